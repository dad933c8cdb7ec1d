package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"time"

	"pimmsbot/internal/admin"
	"pimmsbot/internal/bolt"
	"pimmsbot/internal/conversation"
)

// This file is how the data commands reach the database: directly when
// the service is stopped, else through the running service's admin socket
// (bbolt lets one process at a time open the file).

// commandConfig loads the configuration of a data command and prints what
// is wrong. ok is false when the command must stop with code.
func commandConfig(name string, args []string, env *Env, more func(*flag.FlagSet)) (cfg *Config, fs *flag.FlagSet, code int, ok bool) {
	cfg, fs, err := loadConfig(name, args, env, more)
	switch {
	case errors.Is(err, flag.ErrHelp):
		return nil, nil, 0, false
	case err != nil && fs == nil:
		return nil, nil, 2, false
	case err != nil:
		fmt.Fprintf(env.Stderr, "pimmsbot %s: invalid configuration:\n%s\n", name, indent(err.Error()))
		return nil, nil, 2, false
	}
	return cfg, fs, 0, true
}

// residentFlag adds --resident to fs.
func residentFlag(fs *flag.FlagSet) *string {
	return fs.String("resident", "", "the resident: telegram:ID, a Telegram user id, or the label mediators see (\"Usager 7F3A\")")
}

// openStore opens the database for a command run beside the service. When
// the running service holds it, the error says what to do instead.
func openStore(cfg *Config, what string) (*bolt.Store, error) {
	if _, err := os.Stat(cfg.DB); errors.Is(err, os.ErrNotExist) {
		return nil, fmt.Errorf("no database at %s: set PIMMS_DB or --db to the file pimmsbot serve uses", cfg.DB)
	}
	s, err := bolt.Open(cfg.DB, bolt.Options{LockTimeout: 500 * time.Millisecond})
	if conversation.ErrorCode(err) == conversation.ECONFLICT {
		return nil, fmt.Errorf("%w\n%s", err, what)
	}
	return s, err
}

// inUseHint is what the data commands say when the service holds the
// database.
const inUseHint = "The database is in use by the running pimmsbot: stop it first (systemctl stop pimmsbot), " +
	"run this command, then start it again; residents can also use /mesdonnees and /oublier themselves."

// openSnapshot opens the database to read it. When the running service
// holds it, it opens a copy made by the service (openCopy); done closes
// the store and removes the copy.
func openSnapshot(ctx context.Context, cfg *Config) (store *bolt.Store, done func(), err error) {
	store, err = openStore(cfg, "")
	if err == nil {
		return store, func() { store.Close() }, nil
	}
	socket := cfg.SocketPath()
	if conversation.ErrorCode(err) != conversation.ECONFLICT || socket == "" {
		return nil, nil, err
	}
	store, done, err = openCopy(cfg, bolt.Options{}, func(file string) error {
		_, err := bolt.SaveBackup(cfg.DB, file, func(w io.Writer) (int64, error) { return admin.Dial(socket).Backup(ctx, w) })
		return err
	})
	if err != nil {
		return nil, nil, fmt.Errorf("database in use, and the copy from the running service failed: %w", err)
	}
	return store, done, nil
}

// openCopy opens a copy of the database that copyTo writes, in a
// temporary directory beside the database (same disk, same protection:
// mode 0700 in the data directory); done closes it and removes the copy.
func openCopy(cfg *Config, opts bolt.Options, copyTo func(file string) error) (store *bolt.Store, done func(), err error) {
	dir, err := os.MkdirTemp(filepath.Dir(cfg.DB), ".snapshot-")
	if err != nil {
		return nil, nil, err
	}
	remove := func() { os.RemoveAll(dir) }
	file := filepath.Join(dir, filepath.Base(cfg.DB))
	if err = copyTo(file); err == nil {
		store, err = bolt.Open(file, opts)
	}
	if err != nil {
		remove()
		return nil, nil, err
	}
	return store, func() { store.Close(); remove() }, nil
}

// copyDatabase copies the database to file: directly when no service
// holds it, else through the running service's admin socket. It returns
// the size and how the copy was made.
func copyDatabase(ctx context.Context, cfg *Config, file string) (int64, string, error) {
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
	n, err := bolt.SaveBackup(cfg.DB, file, func(w io.Writer) (int64, error) { return admin.Dial(socket).Backup(ctx, w) })
	if errors.Is(err, admin.ErrNoService) {
		err = fmt.Errorf("the database is locked but %w: is another program holding %s?", err, cfg.DB)
	}
	return n, "copied by the running service", err
}
