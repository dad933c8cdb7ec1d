package admin_test

import (
	"context"
	"errors"
	"fmt"
	"io"
	"net/http"
	"os"
	"path/filepath"
	"sync"
	"testing"
	"time"

	"pimmsbot/internal/admin"
	"pimmsbot/internal/bolt"
	"pimmsbot/internal/conversation"
	"pimmsbot/internal/report"
)

// backend serves the socket from a real store.
type backend struct{ *bolt.Store }

func (b backend) EraseResident(ctx context.Context, id string) error { return b.Store.Erase(ctx, id) }

func (b backend) FAQNames(context.Context) (conversation.FAQNames, error) {
	return conversation.FAQNames{
		Themes:  map[string]string{"caf": "CAF"},
		Entries: map[string]conversation.FAQEntryName{"caf-apl": {Theme: "caf", Title: "L'APL ?"}},
	}, nil
}

// ForEachMissWordingJSON counts in the service, as pimmsbot serve does.
func (b backend) ForEachMissWordingJSON(ctx context.Context, since time.Time, site, def string, step func() error, fn func([]byte) error) error {
	t, err := report.CountMisses(ctx, b.Store, since, site, def, step)
	if err != nil {
		return err
	}
	return t.EachJSON(fn)
}

func commitResident(t *testing.T, s *bolt.Store, id string, n int) {
	t.Helper()
	ch := &conversation.Change{
		Resident:     &conversation.Resident{ID: id, Label: conversation.Label(id, time.Time{}), Conversation: uint64(n)},
		Conversation: &conversation.Conversation{ID: uint64(n), Resident: id, Started: time.Now(), Updated: time.Now()},
		Messages:     []conversation.Message{{Conversation: uint64(n), From: conversation.FromResident, Text: "bonjour " + id, At: time.Now()}},
	}
	if err := s.Commit(context.Background(), ch); err != nil {
		t.Error(err)
	}
}

func TestSocket(t *testing.T) {
	dir, err := os.MkdirTemp("", "adm") // short: socket paths are limited to ~100 bytes
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { os.RemoveAll(dir) })
	db := filepath.Join(dir, "p.db")
	store, err := bolt.Open(db, bolt.Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer store.Close()
	commitResident(t, store, "telegram:1", 1)

	socket := filepath.Join(dir, "pimmsbot.sock")
	if err := os.WriteFile(socket, []byte("not a socket"), 0o600); err != nil {
		t.Fatal(err)
	}
	if _, err := admin.Listen(socket); err == nil {
		t.Fatal("Listen replaced a file that is not a socket")
	}
	os.Remove(socket)
	ln, err := admin.Listen(socket)
	if err != nil {
		t.Fatal(err)
	}
	if fi, err := os.Stat(socket); err != nil || fi.Mode().Perm() != 0o600 {
		t.Fatalf("socket: %v %v, want mode 0600", fi, err)
	}
	srv := &http.Server{Handler: admin.Handler(backend{store}, nil)}
	go srv.Serve(ln)
	c := admin.Dial(socket)

	t.Run("backup under load", func(t *testing.T) {
		var wg sync.WaitGroup
		for i := range 20 {
			wg.Go(func() {
				for j := range 20 {
					commitResident(t, store, fmt.Sprintf("telegram:%d", 100+i), 100+i*100+j)
				}
			})
		}
		out := filepath.Join(dir, "backup.db")
		f, err := os.Create(out)
		if err != nil {
			t.Fatal(err)
		}
		n, err := c.Backup(context.Background(), f)
		f.Close()
		wg.Wait()
		if err != nil || n == 0 {
			t.Fatalf("backup: %d bytes, %v", n, err)
		}
		copyStore, err := bolt.Open(out, bolt.Options{})
		if err != nil {
			t.Fatal(err)
		}
		defer copyStore.Close()
		if err := copyStore.Check(); err != nil {
			t.Fatalf("backup fails the consistency check: %v", err)
		}
		if _, err := copyStore.Resident(context.Background(), "telegram:1"); err != nil {
			t.Fatalf("backup lacks a resident: %v", err)
		}
	})

	t.Run("erase", func(t *testing.T) {
		if err := c.EraseResident(context.Background(), "telegram:1"); err != nil {
			t.Fatal(err)
		}
		if _, err := store.Resident(context.Background(), "telegram:1"); conversation.ErrorCode(err) != conversation.ENOTFOUND {
			t.Fatalf("resident after erase: %v, want ENOTFOUND", err)
		}
		if err := c.EraseResident(context.Background(), "telegram:404"); conversation.ErrorCode(err) != conversation.ENOTFOUND {
			t.Fatalf("erase unknown: %v, want ENOTFOUND", err)
		}
	})

	srv.Close()
	if _, err := c.Backup(context.Background(), io.Discard); !errors.Is(err, admin.ErrNoService) {
		t.Errorf("backup with no service: %v, want ErrNoService", err)
	}
}
