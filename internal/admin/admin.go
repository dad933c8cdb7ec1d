// Package admin lets the site manager's commands reach a running pimmsbot.
//
// bbolt allows one process per database file: while "pimmsbot serve" runs,
// other commands cannot open the file. The service listens on a Unix
// socket in the data directory (mode 0600: only the user running pimmsbot
// can use it) and does for them, inside the running process:
//
//	GET  /health             answers when the service runs
//	GET  /backup             a consistent, compacted copy of the database
//	POST /erase?resident=ID  erase a resident, as their /oublier does
//	GET  /conversations, /tickets, /conversations/summaries?from=T&to=T,
//	     /messages?first=N&last=N, /unanswered?since=T, /feedback?since=T,
//	     /suggestions?since=T, /proposals?all=B, /proposals/waiting,
//	     /export?resident=ID, /resident?who=W
//	                         the reads of the report commands (Reader)
//	GET  /faq/names          the names of the FAQ the service answers
//	                         from, for the reports' themes and entries
//	GET  /misses?since=T&site=S&default=D
//	                         the unanswered questions and 👎 counted by
//	                         wording, for the unanswered report
//
// The reads answer JSON lines, one record per line, written as the store
// yields them from short read transactions: the reports read the live
// database without a copy, and neither side holds a whole result. The
// store gives the records as it holds them, in JSON, and the socket sends
// them as they are: the service decodes none. Only /misses decodes them,
// in the service, to send their counts by wording instead: the command
// then neither receives nor decodes them. The reads keep to a share
// of the time (ReadShare, beyond ReadBurst), so that a loop of reports
// cannot take the CPU the residents' answers need. Client
// has the same read methods as the store, so that a command reads the
// running service as it reads the file.
//
// No resident's message enters through the socket. The messages stored in
// the database leave the process through it only towards the site
// manager's commands: inside a backup, which the command writes to the
// site manager's file, in the reads of the reports and of an export, and
// as the resident's erasure, which the service runs through the core
// (conversation.Forget) and which ends them in the database.
package admin

import (
	"context"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net"
	"net/http"
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"time"

	"pimmsbot/internal/conversation"
)

// Backend does the work for the socket's clients.
type Backend interface {
	Reader
	// Backup writes a consistent copy of the database to w.
	Backup(ctx context.Context, w io.Writer) (int64, error)
	// EraseResident erases a resident and closes their open ticket, or
	// returns ENOTFOUND.
	EraseResident(ctx context.Context, resident string) error
	// FAQNames returns the names of the FAQ the service answers from.
	FAQNames(ctx context.Context) (conversation.FAQNames, error)
	// ForEachMissWordingJSON counts by wording the misses of the
	// unanswered report (the unanswered questions and the 👎) dated since
	// or later, of site (a record without one is def's; "" for all), and
	// calls fn with each as a line of JSON (report.MissTally's EachJSON):
	// the service reads the records, only the counts cross the socket. It
	// calls step after each record it reads, outside any read
	// transaction: the read pauses there when it has spent its share.
	ForEachMissWordingJSON(ctx context.Context, since time.Time, site, def string, step func() error, fn func([]byte) error) error
}

// ErrNoService is returned by a Client when no running pimmsbot answers on
// the socket.
var ErrNoService = errors.New("aucun pimmsbot en marche ne répond sur le socket d'administration")

// nbsp is the no-break space French sets before : ; ? and !: the site
// manager's commands print this package's errors.
const nbsp = "\u00a0"

// Listen listens on the Unix socket at path, mode 0600. A socket left by a
// previous run is removed (the caller holds the database's lock, so no
// other pimmsbot serves it); any other file at path is an error.
func Listen(path string) (net.Listener, error) {
	if fi, err := os.Lstat(path); err == nil {
		if fi.Mode()&os.ModeSocket == 0 {
			return nil, fmt.Errorf("«"+nbsp+"%s"+nbsp+"» existe et n'est pas un socket"+nbsp+"; retirez ce fichier, ou indiquez un autre chemin", path)
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

// Handler returns the socket's HTTP handler. Its reads keep to ReadShare
// of the time beyond ReadBurst.
func Handler(b Backend, log *slog.Logger) http.Handler {
	return handler(b, log, newPacer(ReadShare, ReadBurst, time.Now))
}

func handler(b Backend, log *slog.Logger, p *pacer) http.Handler {
	if log == nil {
		log = slog.New(slog.DiscardHandler)
	}
	log = log.With("component", "admin")
	mux := http.NewServeMux()
	mux.HandleFunc("GET /health", func(w http.ResponseWriter, r *http.Request) { io.WriteString(w, "ok\n") })
	mux.HandleFunc("GET /backup", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/octet-stream")
		n, err := b.Backup(r.Context(), w)
		if err != nil {
			// The status is sent already: cut the stream so that the
			// client gets an error rather than a short, valid-looking copy.
			log.Error("backup through the admin socket", "bytes", n, "err", err)
			panic(http.ErrAbortHandler)
		}
		log.Info("backup through the admin socket", "bytes", n)
	})
	mux.HandleFunc("POST /erase", func(w http.ResponseWriter, r *http.Request) {
		if err := b.EraseResident(r.Context(), r.URL.Query().Get("resident")); err != nil {
			writeError(w, err, log.With("op", "erase"))
			return
		}
		log.Info("resident erased through the admin socket")
		w.WriteHeader(http.StatusNoContent)
	})
	readRoutes(mux, b, p, log)
	return mux
}

// Client talks to a running pimmsbot through its admin socket.
type Client struct {
	socket string
	http   *http.Client
}

// DialTimeout bounds the connection to the socket: a service that runs
// accepts at once, and a socket nobody listens on is refused at once.
const DialTimeout = time.Second

// Dial returns a client for the socket at path. It connects at each call.
func Dial(path string) *Client {
	tr := &http.Transport{DialContext: func(ctx context.Context, _, _ string) (net.Conn, error) {
		d := net.Dialer{Timeout: DialTimeout}
		return d.DialContext(ctx, "unix", path)
	}}
	return &Client{socket: path, http: &http.Client{Transport: tr}}
}

func (c *Client) do(ctx context.Context, method, path string) (*http.Response, error) {
	req, err := http.NewRequestWithContext(ctx, method, "http://pimmsbot"+path, nil)
	if err != nil {
		return nil, err
	}
	resp, err := c.http.Do(req)
	if err != nil {
		return nil, fmt.Errorf("%w (%s)"+nbsp+"; relancez la commande (détail"+nbsp+": %v)", ErrNoService, c.socket, err)
	}
	if resp.StatusCode >= 300 {
		defer resp.Body.Close()
		msg, _ := io.ReadAll(io.LimitReader(resp.Body, 4096))
		if code := resp.Header.Get(errorCode); code != "" {
			return nil, &conversation.Error{Code: code, Message: strings.TrimSuffix(string(msg), "\n")}
		}
		code := conversation.EINTERNAL
		if resp.StatusCode == http.StatusNotFound {
			code = conversation.ENOTFOUND
		}
		why := "le pimmsbot en marche a refusé la demande"
		if resp.StatusCode == http.StatusNotFound || resp.StatusCode == http.StatusMethodNotAllowed {
			why = "le pimmsbot en marche ne connaît pas cette demande"
		}
		return nil, &conversation.Error{Code: code, Message: why + nbsp + "; s'il n'a pas la même version que cette commande, redémarrez-le" +
			" (détail" + nbsp + ": " + resp.Status + ", " + strings.TrimSpace(string(msg)) + ")"}
	}
	return resp, nil
}

// codeOr returns code, or EINTERNAL when it is empty.
func codeOr(code string) string {
	if code == "" {
		return conversation.EINTERNAL
	}
	return code
}

// Close closes the client's idle connections to the socket.
func (c *Client) Close() error {
	c.http.CloseIdleConnections()
	return nil
}

// Health returns nil when a running pimmsbot answers on the socket, and
// an error wrapping ErrNoService when none does.
func (c *Client) Health(ctx context.Context) error {
	resp, err := c.do(ctx, http.MethodGet, "/health")
	if err != nil {
		return err
	}
	resp.Body.Close()
	return nil
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
		return n, fmt.Errorf("la copie envoyée par le pimmsbot en marche s'est interrompue"+nbsp+"; relancez la sauvegarde (détail"+nbsp+": %w)", err)
	}
	return n, nil
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
