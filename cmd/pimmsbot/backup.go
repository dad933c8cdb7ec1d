package main

import (
	"context"
	"fmt"

	"pimmsbot/internal/bolt"
)

func runBackup(ctx context.Context, env *Env, args []string) int {
	var file string
	if len(args) > 0 && args[0] != "" && args[0][0] != '-' {
		file, args = args[0], args[1:]
	}
	cfg, fs, code, ok := commandConfig("backup", args, env, nil)
	if !ok {
		return code
	}
	if file == "" && fs.NArg() > 0 {
		file = fs.Arg(0)
	}
	if file == "" || fs.NArg() > 1 {
		fmt.Fprintln(env.Stderr, "usage: pimmsbot backup FILE [--db FILE] [--config FILE]")
		return 2
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
