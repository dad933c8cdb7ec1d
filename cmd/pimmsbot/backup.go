package main

import (
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"

	"pimmsbot/internal/admin"
	"pimmsbot/internal/bolt"
	"pimmsbot/internal/conversation"
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
	n, how, err := backup(ctx, cfg, file)
	if err != nil {
		fmt.Fprintf(env.Stderr, "pimmsbot backup: %v\n", err)
		return 1
	}
	// The copy is only a backup once it is known to open and be sound.
	copyStore, err := bolt.Open(file, bolt.Options{})
	if err == nil {
		err = copyStore.Check()
		copyStore.Close()
	}
	if err != nil {
		fmt.Fprintf(env.Stderr, "pimmsbot backup: the copy %s failed its check: %v\n", file, err)
		return 1
	}
	fmt.Fprintf(env.Stdout, "backup written to %s (%d bytes, %s; consistency check passed)\n", file, n, how)
	fmt.Fprintln(env.Stdout, "restore: stop pimmsbot, copy this file in place of PIMMS_DB, start pimmsbot (docs/deploy.md)")
	return 0
}

// backup copies the database to file: directly when no service holds it,
// else through the running service's admin socket. It returns the size
// and how the copy was made.
func backup(ctx context.Context, cfg *Config, file string) (int64, string, error) {
	store, err := openStore(cfg, "")
	if err == nil {
		defer store.Close()
		n, err := store.BackupFile(ctx, file)
		return n, "copied from the database", err
	}
	socket := cfg.SocketPath()
	if conversation.ErrorCode(err) != conversation.ECONFLICT {
		return 0, "", err
	}
	if socket == "" {
		return 0, "", fmt.Errorf("%w\nThe admin socket is off (PIMMS_ADMIN_SOCKET=off): stop pimmsbot to back up, or turn the socket on", err)
	}
	if same, _ := sameFile(file, cfg.DB); same {
		return 0, "", fmt.Errorf("backup to %s: that is the database itself", file)
	}
	if err := os.MkdirAll(filepath.Dir(file), 0o700); err != nil {
		return 0, "", err
	}
	f, err := os.CreateTemp(filepath.Dir(file), "."+filepath.Base(file)+".tmp-*")
	if err != nil {
		return 0, "", err
	}
	n, err := admin.Dial(socket).Backup(ctx, f)
	if err == nil {
		err = f.Sync()
	}
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	if err == nil {
		err = os.Rename(f.Name(), file)
	}
	if err != nil {
		os.Remove(f.Name())
		if errors.Is(err, admin.ErrNoService) {
			err = fmt.Errorf("the database is locked but %w: is another program holding %s?", err, cfg.DB)
		}
		return 0, "", err
	}
	return n, "copied by the running service", nil
}

// sameFile reports whether a and b name the same existing file.
func sameFile(a, b string) (bool, error) {
	fa, err := os.Stat(a)
	if err != nil {
		return false, err
	}
	fb, err := os.Stat(b)
	if err != nil {
		return false, err
	}
	return os.SameFile(fa, fb), nil
}
