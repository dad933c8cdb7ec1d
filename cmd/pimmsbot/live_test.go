package main

import (
	"context"
	"errors"
	"net"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"pimmsbot/internal/admin"
	"pimmsbot/internal/bolt"
	"pimmsbot/internal/config"
)

// opens records how the commands open the database file.
type opens struct {
	mu    sync.Mutex
	calls []bolt.Options
	errs  []error
}

// watchOpens makes openDatabase record its calls until the test ends.
func watchOpens(t *testing.T) *opens {
	o := &opens{}
	t.Cleanup(func() { openDatabase = bolt.Open })
	openDatabase = func(path string, opts bolt.Options) (*bolt.Store, error) {
		s, err := bolt.Open(path, opts)
		o.mu.Lock()
		o.calls, o.errs = append(o.calls, opts), append(o.errs, err)
		o.mu.Unlock()
		return s, err
	}
	return o
}

// reportRuns are the report commands of the live test, over the script.
func reportRuns(s script) [][]string {
	from := s.old.AddDate(0, 0, -1).Format(time.DateOnly)
	return [][]string{
		{"stats", "--db", s.db, "--csv", "--from", from, "--to", s.now.Format(time.DateOnly)},
		{"stats", "--db", s.db, "--by", "theme", "--from", from, "--to", s.now.Format(time.DateOnly)},
		{"unanswered", "--db", s.db, "--since", from},
		{"export", "--db", s.db, "--resident", "2002"},
		{"export", "--db", s.db, "--resident", s.labels[waitResident]},
		{"report", "--db", s.db, "--csv", "--out", "-", "--month", s.now.Format("2006-01")},
		{"faq", "learn", "--db", s.db, "--since", from},
		{"faq", "proposals", "--db", s.db, "--all"},
	}
}

// TestReportsWhileRunning: the report commands run beside the service
// print what they print from the stopped database, read from the live one
// through the admin socket: no copy, no wait for the file's lock.
func TestReportsWhileRunning(t *testing.T) {
	s := play(t)
	var stopped []string
	for _, args := range reportRuns(s) {
		stopped = append(stopped, mustRun(t, args...))
	}
	_, _, asked := watchedService(t, s.db)
	o := watchOpens(t)
	for i, args := range reportRuns(s) {
		if got := mustRun(t, args...); got != stopped[i] {
			t.Errorf("pimmsbot %s while the service runs:\n%s\nwant, as from the stopped database:\n%s", strings.Join(args, " "), got, stopped[i])
		}
	}
	if len(o.calls) != 0 {
		t.Errorf("the commands opened the file %d times (%+v): they must ask the service, without waiting for its lock", len(o.calls), o.calls)
	}
	if left, _ := filepath.Glob(filepath.Join(filepath.Dir(s.db), ".snapshot-*")); len(left) > 0 {
		t.Errorf("a copy was made: %v", left)
	}
	paths := asked()
	if slices.Contains(paths, "/backup") {
		t.Errorf("the commands asked for a backup: %v", paths)
	}
	for _, want := range []string{"/health", "/conversations/summaries", "/tickets", "/messages", "/unanswered", "/feedback", "/suggestions", "/misses", "/export", "/resident", "/proposals", "/faq/names"} {
		if !slices.Contains(paths, want) {
			t.Errorf("no read of %s through the socket: %v", want, paths)
		}
	}
}

// TestReportsAfterTheService: a socket left by a stopped service is
// refused at once, and the file is opened at its first try, with no lock
// to wait for.
func TestReportsAfterTheService(t *testing.T) {
	s := play(t)
	want := mustRun(t, reportRuns(s)[0]...)
	socket := filepath.Join(filepath.Dir(s.db), config.SocketName)
	ln, err := admin.Listen(socket)
	if err != nil {
		t.Fatal(err)
	}
	ln.(*net.UnixListener).SetUnlinkOnClose(false) // as a killed service leaves it
	ln.Close()

	cfg, _, err := loadConfig("stats", []string{"--db", s.db}, &Env{}, nil)
	if err != nil {
		t.Fatal(err)
	}
	if err := admin.Dial(cfg.SocketPath()).Health(context.Background()); !errors.Is(err, admin.ErrNoService) {
		t.Fatalf("the probe of a stale socket gives %v, want ErrNoService", err)
	}
	o := watchOpens(t)
	if got := mustRun(t, reportRuns(s)[0]...); got != want {
		t.Errorf("stats after the service:\n%s\nwant\n%s", got, want)
	}
	if len(o.calls) != 1 || o.errs[0] != nil || o.calls[0].LockTimeout != lockFallback {
		t.Errorf("opens of the file: %+v, %v; want one, at once, with the fallback lock timeout", o.calls, o.errs)
	}

	t.Run("held by another program", func(t *testing.T) {
		other, err := bolt.Open(s.db, bolt.Options{})
		if err != nil {
			t.Fatal(err)
		}
		defer other.Close()
		_, errOut, code := run(t, reportRuns(s)[0]...)
		if code != 1 || !strings.Contains(errOut, "ouverte par un autre programme, sans doute une autre commande pimmsbot comme pimmsbot chat") ||
			strings.Contains(errOut, "est ouverte par un autre pimmsbot (toujours verrouillée") {
			t.Errorf("stats with the file held: exit %d\n%s", code, errOut)
		}
		_, errOut, code = run(t, "faq", "proposals", "--db", s.db, "--done", "1")
		if code != 1 || !strings.Contains(errOut, "ouverte par un autre programme, sans doute une autre commande pimmsbot comme pimmsbot chat") {
			t.Errorf("faq proposals --done with the file held: exit %d\n%s", code, errOut)
		}
	})
}
