package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"log/slog"
	"net"
	"net/http"
	"os"
	"path/filepath"
	"time"

	"pimmsbot/internal/bolt"
	"pimmsbot/internal/conversation"
)

// The admin socket lets "pimmsbot backup" get a copy from the running
// service, which holds the database's lock. It is a Unix socket beside the
// database (mode 0600 in the data directory, mode 0700): only the user
// running pimmsbot can use it. It serves one request:
//
//	GET /backup   a consistent copy of the database (bbolt's Tx.WriteTo)

// listenAdmin listens on the Unix socket at path. A socket left by a
// previous run is removed: the caller holds the database's lock, so no
// other pimmsbot serves this database.
func listenAdmin(path string) (net.Listener, error) {
	if fi, err := os.Lstat(path); err == nil {
		if fi.Mode()&os.ModeSocket == 0 {
			return nil, fmt.Errorf("%s exists and is not a socket", path)
		}
		if err := os.Remove(path); err != nil {
			return nil, err
		}
	}
	if err := os.MkdirAll(filepath.Dir(path), 0o700); err != nil {
		return nil, err
	}
	ln, err := net.Listen("unix", path)
	if err != nil {
		return nil, err
	}
	if err := os.Chmod(path, 0o600); err != nil {
		ln.Close()
		return nil, err
	}
	return ln, nil
}

// adminHandler serves the admin socket's requests.
func adminHandler(store *bolt.Store, log *slog.Logger) http.Handler {
	log = log.With("component", "admin")
	mux := http.NewServeMux()
	mux.HandleFunc("GET /backup", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/octet-stream")
		n, err := store.Backup(r.Context(), w)
		if err != nil {
			// The status is sent: the client sees a short or broken copy,
			// which its check refuses.
			log.Error("backup through the admin socket", "bytes", n, "err", err)
			return
		}
		log.Info("backup through the admin socket", "bytes", n)
	})
	return mux
}

// errNoService is returned when no running pimmsbot answers on the admin
// socket.
var errNoService = errors.New("no running pimmsbot answers on the admin socket")

// backupViaService asks the running service for a copy of the database and
// writes it to w.
func backupViaService(ctx context.Context, socket string, w io.Writer) (int64, error) {
	client := &http.Client{Transport: &http.Transport{
		DialContext: func(ctx context.Context, _, _ string) (net.Conn, error) {
			var d net.Dialer
			return d.DialContext(ctx, "unix", socket)
		},
	}}
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, "http://pimmsbot/backup", nil)
	if err != nil {
		return 0, err
	}
	resp, err := client.Do(req)
	if err != nil {
		return 0, fmt.Errorf("%w (%s): %v", errNoService, socket, err)
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		return 0, fmt.Errorf("admin socket %s: %s", socket, resp.Status)
	}
	return io.Copy(w, resp.Body)
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
	socket := cfg.adminSocket()
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
	_, err = backupViaService(ctx, socket, f)
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
