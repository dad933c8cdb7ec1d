package bolt

import (
	"context"
	"fmt"
	"path/filepath"
	"slices"
	"testing"
	"time"

	bbolt "go.etcd.io/bbolt"
)

// TestForKeysJSON reads records by sorted keys, as the reads by period do:
// keys that follow each other, keys whose record was deleted (alone, in a
// run longer than a chunk, at the end), keys before the first record and
// after the last. It gets each record that exists, once, in order, with
// its stored JSON, across chunks of pageSize.
func TestForKeysJSON(t *testing.T) {
	s, err := Open(filepath.Join(t.TempDir(), "pimmsbot.db"), Options{LockTimeout: time.Second, NoSync: true})
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	stored := func(k uint64) bool {
		return k >= 5 && k <= 3000 && k%7 != 0 && (k < 1000 || k > 1700)
	}
	err = s.db.Update(func(tx *bbolt.Tx) error {
		b := tx.Bucket(bucketConversations)
		for k := uint64(1); k <= 3100; k++ {
			if stored(k) {
				if err := b.Put(u64(k), fmt.Appendf(nil, `{"id":%d}`, k)); err != nil {
					return err
				}
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	var keys, want []uint64
	for k := uint64(1); k <= 3100; k++ {
		if k%3 != 1 { // some records are not asked for
			keys = append(keys, k)
			if stored(k) {
				want = append(want, k)
			}
		}
	}
	var got []uint64
	err = forKeysJSON(context.Background(), s, bucketConversations, "conversation", keys, func(key uint64, data []byte) error {
		if string(data) != fmt.Sprintf(`{"id":%d}`, key) {
			t.Errorf("record %d: %s", key, data)
		}
		got = append(got, key)
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if !slices.Equal(got, want) {
		t.Errorf("got %d records, want %d (first got %v, want %v)", len(got), len(want), got[:min(10, len(got))], want[:min(10, len(want))])
	}
}
