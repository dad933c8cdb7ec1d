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
	"pimmsbot/internal/report"
)

// This file is how the data commands reach the database: through the
// running service's admin socket when one answers, else directly (bbolt
// lets one process at a time open the file). The reports read the
// service's live database; only backup copies it.

// commandConfig loads the configuration of a data command and prints what
// is wrong. ok is false when the command must stop with code.
func commandConfig(name string, args []string, env *Env, more func(*flag.FlagSet)) (cfg *Config, fs *flag.FlagSet, code int, ok bool) {
	cfg, fs, err := loadConfig(name, args, env, more)
	switch {
	case err != nil && fs == nil:
		return nil, nil, flagsExit(err), false
	case err != nil:
		return nil, nil, env.errorf(2, name, "configuration invalide\u00a0:\n%s", indent(err.Error())), false
	}
	return cfg, fs, 0, true
}

// residentFlag adds --resident to fs.
func residentFlag(fs *flag.FlagSet) *string {
	return fs.String("resident", "", "l'`usager`\u00a0: telegram:ID, son identifiant Telegram, ou l'étiquette que voient les médiateurs (--resident \"Usager 7F3A\")")
}

// reader is what the report commands read: the database file when no
// service runs, else the running service through its admin socket, which
// answers from its live database without a copy. Both have the same
// methods, so the commands and package report read either alike.
type reader interface {
	report.Source
	Proposals(ctx context.Context, all bool) ([]conversation.Proposal, error)
	Export(ctx context.Context, resident string) (*conversation.Export, error)
	FindResident(ctx context.Context, who string) (string, error)
}

var (
	_ reader = (*bolt.Store)(nil)
	_ reader = (*admin.Client)(nil)
)

// lockFallback is how long a command waits for the file's lock when no
// service answers on the admin socket. pimmsbot serve is asked first, so
// this is only for a lock held by another program, or by a service that
// started between the question and the opening.
const lockFallback = 100 * time.Millisecond

// probeTimeout bounds the question to the admin socket: a running service
// answers /health at once, a socket left by a stopped one refuses at once.
const probeTimeout = 2 * time.Second

// openDatabase opens the file; tests replace it to see how the commands
// reach the database.
var openDatabase = bolt.Open

// answeringService returns a client of the running service, or nil when
// none answers on the admin socket (or the socket is off).
func answeringService(ctx context.Context, cfg *Config) *admin.Client {
	socket := cfg.SocketPath()
	if socket == "" {
		return nil
	}
	if _, err := os.Stat(socket); err != nil {
		return nil
	}
	ctx, cancel := context.WithTimeout(ctx, probeTimeout)
	defer cancel()
	c := admin.Dial(socket)
	if c.Health(ctx) != nil {
		c.Close()
		return nil
	}
	return c
}

// openReader returns what the report commands read: the running service
// when one answers on the admin socket, else the database file; done
// releases it.
func openReader(ctx context.Context, cfg *Config) (r reader, done func(), err error) {
	if c := answeringService(ctx, cfg); c != nil {
		return c, func() { c.Close() }, nil
	}
	store, err := openFile(cfg, "")
	if conversation.ErrorCode(err) == conversation.ECONFLICT {
		if c := answeringService(ctx, cfg); c != nil { // it has just started
			return c, func() { c.Close() }, nil
		}
	}
	if err != nil {
		return nil, nil, err
	}
	return store, func() { store.Close() }, nil
}

// openStore opens the database for a command that writes it. When the
// running service holds it, the error says so at once, followed by what.
func openStore(ctx context.Context, cfg *Config, what string) (*bolt.Store, error) {
	if c := answeringService(ctx, cfg); c != nil {
		c.Close()
		err := conversation.Errorf(conversation.ECONFLICT, "la base %s est utilisée par le pimmsbot en marche", cfg.DB)
		return nil, fmt.Errorf("%w\n%s", err, what)
	}
	return openFile(cfg, what)
}

// openFile opens the database file, when no service answers on the admin
// socket. When something holds the file all the same, the error says
// what may, followed by what.
func openFile(cfg *Config, what string) (*bolt.Store, error) {
	if _, err := os.Stat(cfg.DB); errors.Is(err, os.ErrNotExist) {
		return nil, fmt.Errorf("aucune base de données en %s\u00a0: donnez avec PIMMS_DB ou --db le fichier qu'utilise pimmsbot serve", cfg.DB)
	}
	s, err := openDatabase(cfg.DB, bolt.Options{LockTimeout: lockFallback})
	if conversation.ErrorCode(err) != conversation.ECONFLICT {
		return s, err
	}
	// The lock says only that some process holds the file: with no
	// service on the admin socket, it is most likely a pimmsbot chat.
	why := fmt.Sprintf("la base %s est ouverte par un autre programme, sans doute une autre commande pimmsbot comme pimmsbot chat\u00a0: "+
		"aucun pimmsbot serve ne répond sur le socket d'administration %s. Fermez cette commande (ou attendez sa fin) et relancez celle-ci.",
		cfg.DB, cfg.SocketPath())
	if cfg.SocketPath() == "" {
		why = fmt.Sprintf("la base %s est ouverte par un autre programme, comme pimmsbot chat ou pimmsbot serve\u00a0; le socket d'administration "+
			"est coupé (PIMMS_ADMIN_SOCKET=off), donc cette commande ne peut pas passer par le service en marche\u00a0: arrêtez-le, ou rallumez le socket.", cfg.DB)
	}
	if what != "" {
		why += "\n" + what
	}
	return nil, &conversation.Error{Code: conversation.ECONFLICT, Message: why, Err: err}
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

// copyDatabase copies the database to file: through the running
// service's admin socket when one answers, else directly. It returns the
// size and how the copy was made.
func copyDatabase(ctx context.Context, cfg *Config, file string) (int64, string, error) {
	c := answeringService(ctx, cfg)
	if c != nil {
		defer c.Close()
	} else {
		store, err := openFile(cfg, "")
		if err == nil {
			defer store.Close()
			n, err := store.BackupFile(ctx, file)
			return n, "copiée depuis la base", err
		}
		if conversation.ErrorCode(err) != conversation.ECONFLICT {
			return 0, "", err
		}
		if c = answeringService(ctx, cfg); c == nil { // unless it has just started
			return 0, "", err
		}
		defer c.Close()
	}
	n, err := bolt.SaveBackup(cfg.DB, file, func(w io.Writer) (int64, error) { return c.Backup(ctx, w) })
	return n, "copiée par le pimmsbot en marche", err
}
