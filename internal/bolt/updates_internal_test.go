package bolt

import (
	"context"
	"path/filepath"
	"testing"
	"time"

	bbolt "go.etcd.io/bbolt"
)

// TestSeenUpdateLimit lowers the number of ids remembered to check that
// the oldest are forgotten first and the buckets stay bounded.
func TestSeenUpdateLimit(t *testing.T) {
	ctx := context.Background()
	s, err := Open(filepath.Join(t.TempDir(), "pimmsbot.db"), Options{LockTimeout: time.Second, MaxBatchDelay: time.Millisecond})
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	s.seenMax = 5
	for id := int64(1); id <= 8; id++ {
		if ok, err := s.SeenUpdate(ctx, "telegram", id*1000); err != nil || !ok {
			t.Fatalf("SeenUpdate(%d) = %v, %v", id*1000, ok, err)
		}
	}
	fresh := func(id int64, want bool) {
		t.Helper()
		ok, err := s.SeenUpdate(ctx, "telegram", id)
		if err != nil || ok != want {
			t.Errorf("SeenUpdate(%d) = %v, %v; want %v", id, ok, err, want)
		}
	}
	for id := int64(8); id >= 4; id-- {
		fresh(id*1000, false) // the 5 latest are remembered
	}
	fresh(1000, true) // forgotten; recorded again, it pushes 4000 out
	fresh(4000, true)
	var ids, log int
	s.db.View(func(tx *bbolt.Tx) error {
		ch := tx.Bucket(bucketSeen).Bucket([]byte("telegram"))
		ids = ch.Bucket(bucketSeenIDs).Stats().KeyN
		log = ch.Bucket(bucketSeenLog).Stats().KeyN
		return nil
	})
	if ids != 5 || log != 5 {
		t.Errorf("%d ids and %d log entries, want 5 and 5", ids, log)
	}
}
