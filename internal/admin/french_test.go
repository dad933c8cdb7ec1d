package admin_test

import (
	"context"
	"errors"
	"io"
	"net/http"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"pimmsbot/internal/admin"
	"pimmsbot/internal/frenchcheck"
)

// TestErrorsInFrench: what the site manager's commands print when the
// running service cannot answer them says in French what happened and
// what to do: a socket path taken by a file, no service, a backup cut
// short, an answer cut short or unreadable, a request the service does
// not know.
func TestErrorsInFrench(t *testing.T) {
	mux := http.NewServeMux()
	mux.HandleFunc("GET /backup", func(w http.ResponseWriter, r *http.Request) {
		io.WriteString(w, "the first bytes of a database")
		w.(http.Flusher).Flush()
		panic(http.ErrAbortHandler) // the service stopped
	})
	mux.HandleFunc("GET /faq/names", func(w http.ResponseWriter, r *http.Request) { io.WriteString(w, "<html>\n") })
	mux.HandleFunc("GET /proposals/waiting", func(w http.ResponseWriter, r *http.Request) { io.WriteString(w, "1\n2\n") })
	mux.HandleFunc("GET /export", func(w http.ResponseWriter, r *http.Request) {
		io.WriteString(w, `{"resident": "telegram:1", "conversations": [`)
		w.(http.Flusher).Flush()
		panic(http.ErrAbortHandler)
	})
	c, _ := serveHandler(t, mux)
	ctx := context.Background()

	dir := t.TempDir()
	file := filepath.Join(dir, "admin.sock")
	if err := os.WriteFile(file, []byte("x"), 0o600); err != nil {
		t.Fatal(err)
	}
	_, errListen := admin.Listen(file)
	errNoService := admin.Dial(filepath.Join(dir, "none.sock")).Health(ctx)
	_, errBackup := c.Backup(ctx, io.Discard)
	_, errNames := c.FAQNames(ctx)
	_, errWaiting := c.ProposalsWaiting(ctx)
	_, errExport := c.Export(ctx, "telegram:1")
	_, errUnknown := c.Unanswered(ctx, time.Time{})

	for _, tc := range []struct {
		name   string
		err    error
		phrase string
	}{
		{"a file at the socket's path", errListen, "«\u00a0" + file + "\u00a0» existe et n'est pas un socket\u00a0; retirez ce fichier, ou indiquez un autre chemin"},
		{"no service", errNoService, "aucun pimmsbot en marche ne répond sur le socket d'administration (" + filepath.Join(dir, "none.sock") + ")\u00a0; relancez la commande"},
		{"a backup cut short", errBackup, "la copie envoyée par le pimmsbot en marche s'est interrompue\u00a0; relancez la sauvegarde"},
		{"an unreadable answer", errNames, "la réponse du pimmsbot en marche est illisible (/faq/names)\u00a0; s'il n'a pas la même version que cette commande, redémarrez-le"},
		{"two answers for one", errWaiting, "le pimmsbot en marche devait répondre un élément, il en a donné 2 (/proposals/waiting)\u00a0; s'il n'a pas la même version"},
		{"an answer cut short", errExport, "la réponse du pimmsbot en marche s'est interrompue (/export)\u00a0; relancez la commande"},
		{"a request the service does not know", errUnknown, "le pimmsbot en marche ne connaît pas cette demande\u00a0; s'il n'a pas la même version que cette commande, redémarrez-le"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if tc.err == nil {
				t.Fatal("no error")
			}
			msg := tc.err.Error()
			if !strings.Contains(msg, tc.phrase) {
				t.Errorf("error %q, want it to hold %q", msg, tc.phrase)
			}
			for _, p := range frenchcheck.Problems(msg, "running", "answers", "exists", "interrupted", "read", "records", "admin socket") {
				t.Error(p)
			}
		})
	}
	if !errors.Is(errNoService, admin.ErrNoService) {
		t.Errorf("%v does not wrap ErrNoService", errNoService)
	}
	if !errors.Is(errBackup, io.ErrUnexpectedEOF) {
		t.Errorf("%v does not wrap the cut", errBackup)
	}
}
