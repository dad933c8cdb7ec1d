package admin_test

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"sync"
	"testing"
	"time"

	"pimmsbot/internal/admin"
	"pimmsbot/internal/bolt"
	"pimmsbot/internal/conversation"
)

// backend serves the socket from a real store.
type backend struct{ *bolt.Store }

func (b backend) EraseResident(ctx context.Context, id string) error { return b.Store.Erase(ctx, id) }

func commitResident(t *testing.T, s *bolt.Store, id string, n int) {
	t.Helper()
	ch := &conversation.Change{
		Resident:     &conversation.Resident{ID: id, Label: conversation.Label(id), Conversation: uint64(n)},
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

	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() { done <- admin.Serve(ctx, admin.SocketPath(db), backend{store}, nil) }()
	c := admin.Dial(admin.SocketPath(db))
	// Wait for the socket to exist.
	for i := 0; i < 200; i++ {
		if _, err := os.Stat(admin.SocketPath(db)); err == nil {
			break
		}
		time.Sleep(5 * time.Millisecond)
	}
	if fi, err := os.Stat(admin.SocketPath(db)); err != nil || fi.Mode().Perm() != 0o600 {
		t.Fatalf("socket: %v %v, want mode 0600", fi, err)
	}

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

	t.Run("export and erase", func(t *testing.T) {
		x, err := c.Export(context.Background(), "telegram:1")
		if err != nil || x.Resident.ID != "telegram:1" || len(x.Messages) != 1 {
			t.Fatalf("export = %+v, %v", x, err)
		}
		if err := c.EraseResident(context.Background(), "telegram:1"); err != nil {
			t.Fatal(err)
		}
		if _, err := c.Export(context.Background(), "telegram:1"); conversation.ErrorCode(err) != conversation.ENOTFOUND {
			t.Fatalf("export after erase: %v, want ENOTFOUND", err)
		}
		if err := c.EraseResident(context.Background(), "telegram:404"); conversation.ErrorCode(err) != conversation.ENOTFOUND {
			t.Fatalf("erase unknown: %v, want ENOTFOUND", err)
		}
	})

	cancel()
	if err := <-done; err != nil {
		t.Fatal(err)
	}
	if _, err := os.Stat(admin.SocketPath(db)); !os.IsNotExist(err) {
		t.Errorf("socket left behind: %v", err)
	}
}
