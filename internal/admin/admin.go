// Package admin lets the site manager's commands reach a running pimmsbot.
//
// bbolt allows one process per database file: while "pimmsbot serve" runs,
// "pimmsbot backup", "export" and "erase" cannot open the file. The server
// listens on a Unix socket next to the database (readable by its owner
// only) and does the work inside the running process; the commands use
// the socket when the database is in use.
package admin

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net"
	"net/http"
	"net/url"
	"os"
	"time"

	"pimmsbot/internal/conversation"
)

// SocketPath returns the admin socket's path for a database file.
func SocketPath(db string) string { return db + ".admin.sock" }

// Backend does the work for the socket's clients.
type Backend interface {
	// Backup writes a consistent copy of the database to w.
	Backup(ctx context.Context, w io.Writer) (int64, error)
	// Export returns everything stored about a resident, or ENOTFOUND.
	Export(ctx context.Context, resident string) (*conversation.Export, error)
	// EraseResident erases a resident, or returns ENOTFOUND.
	EraseResident(ctx context.Context, resident string) error
}

// Serve answers on the Unix socket at path until ctx is done. A stale
// socket left by a crash is replaced.
func Serve(ctx context.Context, path string, b Backend, log *slog.Logger) error {
	if err := os.Remove(path); err != nil && !errors.Is(err, os.ErrNotExist) {
		return fmt.Errorf("admin socket: %w", err)
	}
	ln, err := net.Listen("unix", path)
	if err != nil {
		return fmt.Errorf("admin socket: %w", err)
	}
	if err := os.Chmod(path, 0o600); err != nil {
		ln.Close()
		return fmt.Errorf("admin socket: %w", err)
	}
	srv := &http.Server{Handler: Handler(b, log), ReadHeaderTimeout: 10 * time.Second}
	go func() {
		<-ctx.Done()
		shut, cancel := context.WithTimeout(context.WithoutCancel(ctx), 10*time.Second)
		defer cancel()
		srv.Shutdown(shut)
	}()
	err = srv.Serve(ln)
	os.Remove(path)
	if errors.Is(err, http.ErrServerClosed) {
		return nil
	}
	return err
}

// Handler returns the socket's HTTP handler: GET /backup, GET
// /export?resident=ID, POST /erase?resident=ID.
func Handler(b Backend, log *slog.Logger) http.Handler {
	if log == nil {
		log = slog.New(slog.DiscardHandler)
	}
	mux := http.NewServeMux()
	mux.HandleFunc("GET /backup", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/octet-stream")
		if _, err := b.Backup(r.Context(), w); err != nil {
			// The status is sent already: cut the stream so the client
			// sees a short copy rather than a valid-looking one.
			log.Error("admin backup", "err", err)
			panic(http.ErrAbortHandler)
		}
	})
	mux.HandleFunc("GET /export", func(w http.ResponseWriter, r *http.Request) {
		x, err := b.Export(r.Context(), r.URL.Query().Get("resident"))
		if err != nil {
			writeError(w, err)
			return
		}
		w.Header().Set("Content-Type", "application/json")
		json.NewEncoder(w).Encode(x)
	})
	mux.HandleFunc("POST /erase", func(w http.ResponseWriter, r *http.Request) {
		if err := b.EraseResident(r.Context(), r.URL.Query().Get("resident")); err != nil {
			writeError(w, err)
			return
		}
		w.WriteHeader(http.StatusNoContent)
	})
	return mux
}

func writeError(w http.ResponseWriter, err error) {
	code := http.StatusInternalServerError
	if conversation.ErrorCode(err) == conversation.ENOTFOUND {
		code = http.StatusNotFound
	}
	http.Error(w, conversation.ErrorCode(err)+": "+err.Error(), code)
}

// Client talks to a running pimmsbot through its admin socket.
type Client struct {
	http *http.Client
}

// Dial returns a client for the socket at path. It does not connect until
// a call is made.
func Dial(path string) *Client {
	tr := &http.Transport{DialContext: func(ctx context.Context, _, _ string) (net.Conn, error) {
		var d net.Dialer
		return d.DialContext(ctx, "unix", path)
	}}
	return &Client{http: &http.Client{Transport: tr}}
}

func (c *Client) do(ctx context.Context, method, path string) (*http.Response, error) {
	req, err := http.NewRequestWithContext(ctx, method, "http://pimmsbot"+path, nil)
	if err != nil {
		return nil, err
	}
	resp, err := c.http.Do(req)
	if err != nil {
		return nil, fmt.Errorf("admin socket: %w", err)
	}
	if resp.StatusCode >= 300 {
		defer resp.Body.Close()
		msg, _ := io.ReadAll(io.LimitReader(resp.Body, 4096))
		code := conversation.EINTERNAL
		if resp.StatusCode == http.StatusNotFound {
			code = conversation.ENOTFOUND
		}
		return nil, &conversation.Error{Code: code, Message: string(msg)}
	}
	return resp, nil
}

// Backup writes a consistent copy of the running bot's database to w.
func (c *Client) Backup(ctx context.Context, w io.Writer) (int64, error) {
	resp, err := c.do(ctx, http.MethodGet, "/backup")
	if err != nil {
		return 0, err
	}
	defer resp.Body.Close()
	n, err := io.Copy(w, resp.Body)
	if err != nil {
		return n, fmt.Errorf("backup interrupted: %w", err)
	}
	return n, nil
}

// Export returns everything the running bot stores about a resident.
func (c *Client) Export(ctx context.Context, resident string) (*conversation.Export, error) {
	resp, err := c.do(ctx, http.MethodGet, "/export?resident="+url.QueryEscape(resident))
	if err != nil {
		return nil, err
	}
	defer resp.Body.Close()
	var x conversation.Export
	if err := json.NewDecoder(resp.Body).Decode(&x); err != nil {
		return nil, fmt.Errorf("export: %w", err)
	}
	return &x, nil
}

// EraseResident asks the running bot to erase a resident.
func (c *Client) EraseResident(ctx context.Context, resident string) error {
	resp, err := c.do(ctx, http.MethodPost, "/erase?resident="+url.QueryEscape(resident))
	if err != nil {
		return err
	}
	resp.Body.Close()
	return nil
}
