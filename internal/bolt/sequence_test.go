package bolt_test

import (
	"context"
	"os"
	"path/filepath"
	"testing"

	"pimmsbot/internal/bolt"
)

// Numbers come from blocks reserved on disk: consecutive within a run,
// and across a clean restart.
func TestNextIDConsecutive(t *testing.T) {
	ctx := context.Background()
	s := MustOpen(t)
	for want := uint64(1); want <= 150; want++ { // more than two blocks
		if got, err := s.NextID(ctx, "conversation"); err != nil || got != want {
			t.Fatalf("NextID = %d, %v; want %d", got, err, want)
		}
	}
	s = MustReopen(t, s)
	if got, err := s.NextID(ctx, "conversation"); err != nil || got != 151 {
		t.Fatalf("NextID after a clean restart = %d, %v; want 151", got, err)
	}
}

// A crash leaves the block's limit in the file: the numbers handed out
// before it are never handed out again.
func TestNextIDNeverReusedAfterCrash(t *testing.T) {
	ctx := context.Background()
	s := MustOpen(t)
	var last uint64
	for range 3 {
		id, err := s.NextID(ctx, "ticket")
		if err != nil {
			t.Fatal(err)
		}
		last = id
	}
	// The file as a crash leaves it: every commit is on disk, Close
	// never ran.
	data, err := os.ReadFile(s.Path())
	if err != nil {
		t.Fatal(err)
	}
	crashed := filepath.Join(t.TempDir(), "crashed.db")
	if err := os.WriteFile(crashed, data, 0o600); err != nil {
		t.Fatal(err)
	}
	c := MustOpenPath(t, crashed, bolt.Options{})
	id, err := c.NextID(ctx, "ticket")
	if err != nil {
		t.Fatal(err)
	}
	if id <= last {
		t.Errorf("NextID after a crash = %d, already handed out (last %d)", id, last)
	}
}
