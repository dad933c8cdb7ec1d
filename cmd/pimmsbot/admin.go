package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"time"

	"pimmsbot/internal/admin"
	"pimmsbot/internal/bolt"
	"pimmsbot/internal/conversation"
)

// serviceAdmin is what the admin socket does inside the running service:
// hot backups from the store, erasure through the service (so that the
// resident's open ticket is closed and the mediators are told at once).
type serviceAdmin struct {
	*bolt.Store
	svc *conversation.Service
}

// EraseResident erases the resident through the service, then compacts
// the database at once: the site manager asked, and wants no trace left
// in the file. Commits pause for the compaction (docs/performance.md).
func (a serviceAdmin) EraseResident(ctx context.Context, id string) error {
	if err := a.svc.EraseResident(ctx, id); err != nil {
		return err
	}
	if _, err := a.Store.Compact(ctx, false); err != nil {
		return fmt.Errorf("resident erased, but compacting the database failed (the daily purge tries again): %w", err)
	}
	return nil
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
// holds it, it asks the service for a copy through the admin socket and
// opens that; done closes the store and removes the copy.
func openSnapshot(ctx context.Context, cfg *Config) (store *bolt.Store, done func(), err error) {
	store, err = openStore(cfg, "")
	if err == nil {
		return store, func() { store.Close() }, nil
	}
	socket := cfg.SocketPath()
	if conversation.ErrorCode(err) != conversation.ECONFLICT || socket == "" {
		return nil, nil, err
	}
	// A copy beside the database: same disk, same protection (mode 0600
	// in the data directory).
	f, err := os.CreateTemp(filepath.Dir(cfg.DB), ".snapshot-*.db")
	if err != nil {
		return nil, nil, err
	}
	remove := func() { os.Remove(f.Name()) }
	_, err = admin.Dial(socket).Backup(ctx, f)
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		remove()
		return nil, nil, fmt.Errorf("database in use, and the copy from the running service failed: %w", err)
	}
	store, err = bolt.Open(f.Name(), bolt.Options{})
	if err != nil {
		remove()
		return nil, nil, err
	}
	return store, func() { store.Close(); remove() }, nil
}

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
