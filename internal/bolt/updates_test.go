package bolt_test

import (
	"context"
	"math/rand/v2"
	"path/filepath"
	"sync"
	"testing"
	"time"

	"pimmsbot/internal/bolt"
	"pimmsbot/internal/conversation"
)

func TestSeenUpdate(t *testing.T) {
	ctx := context.Background()
	s := MustOpen(t)
	seen := func(channel string, id int64, want bool) {
		t.Helper()
		got, err := s.SeenUpdate(ctx, channel, id)
		if err != nil {
			t.Fatal(err)
		}
		if got != want {
			t.Errorf("SeenUpdate(%s, %d) = %v, want %v", channel, id, got, want)
		}
	}
	seen("telegram", 100, true)
	seen("telegram", 100, false)
	seen("telegram", 99, true) // ids are not ordered
	seen("telegram", -5, true)
	seen("other", 100, true) // channels are apart
	s = MustReopen(t, s)
	seen("telegram", 100, false)
	seen("telegram", 99, false)
	seen("other", 100, false)
	seen("telegram", 101, true)
	_, err := s.SeenUpdate(ctx, "", 1)
	wantCode(t, err, conversation.EINVALID)
}

// TestSeenUpdateConcurrent delivers random ids twice from many goroutines:
// each is fresh exactly once.
func TestSeenUpdateConcurrent(t *testing.T) {
	ctx := context.Background()
	s := MustOpen(t)
	ids := make([]int64, 200)
	for i := range ids {
		ids[i] = rand.Int64()
	}
	var mu sync.Mutex
	fresh := map[int64]int{}
	var wg sync.WaitGroup
	for range 2 {
		for _, id := range ids {
			wg.Go(func() {
				ok, err := s.SeenUpdate(ctx, "telegram", id)
				if err != nil {
					t.Error(err)
				}
				if ok {
					mu.Lock()
					fresh[id]++
					mu.Unlock()
				}
			})
		}
	}
	wg.Wait()
	for _, id := range ids {
		if fresh[id] != 1 {
			t.Errorf("id %d fresh %d times, want once", id, fresh[id])
		}
	}
}

func TestSeenUpdateForgetsAfterAWeek(t *testing.T) {
	ctx := context.Background()
	now := t0
	path := filepath.Join(t.TempDir(), "pimmsbot.db")
	s := MustOpenPath(t, path, bolt.Options{Now: func() time.Time { return now }})
	if ok, _ := s.SeenUpdate(ctx, "telegram", 1); !ok {
		t.Fatal("first id not fresh")
	}
	now = now.Add(6 * 24 * time.Hour)
	if ok, _ := s.SeenUpdate(ctx, "telegram", 2); !ok {
		t.Fatal("second id not fresh")
	}
	if ok, _ := s.SeenUpdate(ctx, "telegram", 1); ok {
		t.Error("id 1 forgotten after 6 days")
	}
	now = now.Add(2 * 24 * time.Hour)
	if ok, _ := s.SeenUpdate(ctx, "telegram", 3); !ok { // forgets 1
		t.Fatal("third id not fresh")
	}
	if ok, _ := s.SeenUpdate(ctx, "telegram", 2); ok {
		t.Error("id 2 forgotten after 2 days")
	}
	if ok, _ := s.SeenUpdate(ctx, "telegram", 1); !ok {
		t.Error("id 1 still remembered after 8 days")
	}
}

func TestOffset(t *testing.T) {
	ctx := context.Background()
	s := MustOpen(t)
	if off, err := s.Offset(ctx, "telegram"); err != nil || off != 0 {
		t.Fatalf("Offset before any = %d, %v; want 0", off, err)
	}
	if err := s.SetOffset(ctx, "telegram", 123456789); err != nil {
		t.Fatal(err)
	}
	if err := s.SetOffset(ctx, "other", -1); err != nil {
		t.Fatal(err)
	}
	s = MustReopen(t, s)
	if off, err := s.Offset(ctx, "telegram"); err != nil || off != 123456789 {
		t.Errorf("Offset = %d, %v; want 123456789", off, err)
	}
	if off, _ := s.Offset(ctx, "other"); off != -1 {
		t.Errorf("Offset(other) = %d, want -1", off)
	}
	wantCode(t, s.SetOffset(ctx, "", 1), conversation.EINVALID)
}
