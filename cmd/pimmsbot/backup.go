package main

import (
	"context"
	"flag"
	"fmt"
	"os"

	"pimmsbot/internal/bolt"
)

func runBackup(ctx context.Context, env *Env, args []string) int {
	var file string
	if len(args) > 0 && args[0] != "" && args[0][0] != '-' {
		file, args = args[0], args[1:]
	}
	var force bool
	cfg, fs, code, ok := commandConfig("backup", args, env, func(fs *flag.FlagSet) {
		fs.BoolVar(&force, "force", false, "replace FILE when it exists")
	})
	if !ok {
		return code
	}
	if file == "" && fs.NArg() > 0 {
		file = fs.Arg(0)
	}
	if file == "" || fs.NArg() > 1 {
		fmt.Fprintln(env.Stderr, "usage: pimmsbot backup FILE [--force] [--db FILE] [--config FILE]")
		return 2
	}
	// An older backup is worth keeping: replacing it takes --force. The
	// database itself is refused below, --force or not.
	if fi, err := os.Stat(file); err == nil && !force {
		if db, err := os.Stat(cfg.DB); err != nil || !os.SameFile(fi, db) {
			return env.errorf(1, "backup", "%s already exists: nothing written. Give another file name, or --force to replace it.", file)
		}
	}
	n, how, err := copyDatabase(ctx, cfg, file)
	if err != nil {
		return env.errorf(1, "backup", "%v", err)
	}
	// The copy is only a backup once it is known to open and be sound.
	copyStore, err := bolt.Open(file, bolt.Options{})
	if err == nil {
		err = copyStore.Check()
		copyStore.Close()
	}
	if err != nil {
		return env.errorf(1, "backup", "the copy %s failed its check: %v", file, err)
	}
	fmt.Fprintf(env.Stdout, "backup written to %s (%d bytes, %s; consistency check passed)\n", file, n, how)
	fmt.Fprintln(env.Stdout, "restore: stop pimmsbot, copy this file in place of PIMMS_DB, start pimmsbot (docs/deploy.md)")
	return 0
}
