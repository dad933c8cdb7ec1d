package bolt_test

import (
	"bytes"
	"context"
	"fmt"
	"os"
	"path/filepath"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"pimmsbot/internal/bolt"
	"pimmsbot/internal/conversation"
)

func TestCheck(t *testing.T) {
	s := MustOpen(t)
	play(t, s, "telegram:1", t0)
	if err := s.Check(); err != nil {
		t.Fatal(err)
	}
}

// TestBackupUnderLoad takes backups while 20 residents commit, and checks
// that each backup opens, passes bbolt's check and holds every message
// acknowledged before it started.
func TestBackupUnderLoad(t *testing.T) {
	ctx := context.Background()
	s := MustOpen(t)
	var (
		stop  atomic.Bool
		acked [20]atomic.Int64 // messages acknowledged per resident
		wg    sync.WaitGroup
	)
	for r := range acked {
		wg.Go(func() {
			conv := uint64(r + 1)
			for i := 0; !stop.Load(); i++ {
				ch := &conversation.Change{
					Conversation: &conversation.Conversation{ID: conv, Questions: i + 1},
					Messages: []conversation.Message{{Conversation: conv, At: t0,
						Text: fmt.Sprintf("message %d, padded to fill pages %0200d", i, i)}},
				}
				if err := s.Commit(ctx, ch); err != nil {
					t.Error(err)
					return
				}
				acked[r].Store(int64(i + 1))
			}
		})
	}
	defer func() {
		stop.Store(true)
		wg.Wait()
	}()

	dir := t.TempDir()
	for i := range 3 {
		time.Sleep(50 * time.Millisecond)
		var before [20]int64
		for r := range acked {
			before[r] = acked[r].Load()
		}
		var path string
		if i%2 == 0 {
			path = filepath.Join(dir, fmt.Sprintf("backup-%d.db", i))
			n, err := s.BackupFile(ctx, path)
			if err != nil {
				t.Fatal(err)
			}
			if fi, err := os.Stat(path); err != nil || fi.Size() != n || fi.Mode().Perm() != 0o600 {
				t.Fatalf("backup file: %v, %v; want %d bytes, mode 0600", fi, err, n)
			}
		} else {
			var buf bytes.Buffer
			n, err := s.Backup(ctx, &buf)
			if err != nil {
				t.Fatal(err)
			}
			if int64(buf.Len()) != n {
				t.Fatalf("Backup wrote %d bytes, says %d", buf.Len(), n)
			}
			path = filepath.Join(dir, fmt.Sprintf("backup-%d.db", i))
			if err := os.WriteFile(path, buf.Bytes(), 0o600); err != nil {
				t.Fatal(err)
			}
		}
		b := MustOpenPath(t, path, bolt.Options{})
		if err := b.Check(); err != nil {
			t.Fatalf("backup %d: %v", i, err)
		}
		for r, n := range before {
			msgs, err := b.Messages(ctx, uint64(r+1))
			if err != nil {
				t.Fatal(err)
			}
			if int64(len(msgs)) < n {
				t.Errorf("backup %d: resident %d has %d messages, %d were acknowledged before", i, r, len(msgs), n)
			}
		}
		b.Close()
	}
	total := int64(0)
	for r := range acked {
		total += acked[r].Load()
	}
	t.Logf("%d messages committed during the backups", total)
}

func TestBackupRefusesItself(t *testing.T) {
	s := MustOpen(t)
	_, err := s.BackupFile(context.Background(), s.Path())
	wantCode(t, err, conversation.EINVALID)
	_, err = s.CompactFile(context.Background(), filepath.Join(filepath.Dir(s.Path()), ".", filepath.Base(s.Path())))
	wantCode(t, err, conversation.EINVALID)
}

func TestBackupCanceled(t *testing.T) {
	s := MustOpen(t)
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	path := filepath.Join(t.TempDir(), "b.db")
	if _, err := s.BackupFile(ctx, path); err == nil {
		t.Fatal("backup with a canceled context succeeded")
	}
	if entries, _ := os.ReadDir(filepath.Dir(path)); len(entries) != 0 {
		t.Errorf("canceled backup left %v", entries)
	}
}

// TestCompactFile checks that a compacted copy keeps every record and
// sequence but none of the erased bytes that remain in the live file.
func TestCompactFile(t *testing.T) {
	ctx := context.Background()
	s := MustOpen(t)
	f := play(t, s, "telegram:111", t0)
	other := play(t, s, "telegram:222", t0)
	if err := s.Erase(ctx, f.resident); err != nil {
		t.Fatal(err)
	}
	want, err := s.Export(ctx, other.resident)
	if err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(t.TempDir(), "compact.db")
	if _, err := s.CompactFile(ctx, path); err != nil {
		t.Fatal(err)
	}
	raw, err := os.ReadFile(s.Path())
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Contains(raw, []byte(f.texts[0])) {
		t.Log("the live file no longer holds the erased text: bbolt reused the pages")
	}
	raw, err = os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	for _, n := range f.needles() {
		if bytes.Contains(raw, []byte(n)) {
			t.Errorf("compacted copy holds %q", n)
		}
	}

	c := MustOpenPath(t, path, bolt.Options{})
	if err := c.Check(); err != nil {
		t.Fatal(err)
	}
	got, err := c.Export(ctx, other.resident)
	if err != nil {
		t.Fatal(err)
	}
	equalJSON(t, got, want)
	// Sequences are kept: new messages and outbox items get new numbers.
	ch := &conversation.Change{
		Messages: []conversation.Message{{Conversation: other.conv, Text: "after"}},
		Outbox:   []conversation.Outgoing{{Queue: "r:x"}},
	}
	if err := c.Commit(ctx, ch); err != nil {
		t.Fatal(err)
	}
	last := want.Messages[len(want.Messages)-1].Seq
	if ch.Messages[0].Seq <= last || ch.Outbox[0].ID <= 6 {
		t.Errorf("after compaction: seq %d (last was %d), outbox id %d (last was 6)", ch.Messages[0].Seq, last, ch.Outbox[0].ID)
	}
}
