package bolt

import (
	"bytes"
	"fmt"
	"path/filepath"
	"testing"

	bbolt "go.etcd.io/bbolt"
)

// TestCopyLive copies nested buckets, their sequences and every record,
// across many small write transactions, from one read transaction.
func TestCopyLive(t *testing.T) {
	dir := t.TempDir()
	src, err := bbolt.Open(filepath.Join(dir, "src.db"), 0o600, nil)
	if err != nil {
		t.Fatal(err)
	}
	defer src.Close()
	err = src.Update(func(tx *bbolt.Tx) error {
		for _, name := range []string{"a", "b"} {
			b, err := tx.CreateBucket([]byte(name))
			if err != nil {
				return err
			}
			if err := b.SetSequence(42); err != nil {
				return err
			}
			inner, err := b.CreateBucket([]byte("inner"))
			if err != nil {
				return err
			}
			for i := range 500 {
				k := []byte(fmt.Sprintf("%s-%04d", name, i))
				if err := b.Put(k, bytes.Repeat(k, 10)); err != nil {
					return err
				}
				if err := inner.Put(k, k); err != nil {
					return err
				}
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	dst, err := bbolt.Open(filepath.Join(dir, "dst.db"), 0o600, nil)
	if err != nil {
		t.Fatal(err)
	}
	defer dst.Close()
	tx, err := src.Begin(false)
	if err != nil {
		t.Fatal(err)
	}
	err = copyLive(dst, tx, 4096) // a commit every few dozen records
	tx.Rollback()
	if err != nil {
		t.Fatal(err)
	}
	err = dst.View(func(tx *bbolt.Tx) error {
		for _, name := range []string{"a", "b"} {
			b := tx.Bucket([]byte(name))
			if b == nil || b.Sequence() != 42 {
				t.Fatalf("bucket %s = %v, want it with its sequence", name, b)
			}
			inner := b.Bucket([]byte("inner"))
			for i := range 500 {
				k := []byte(fmt.Sprintf("%s-%04d", name, i))
				if !bytes.Equal(b.Get(k), bytes.Repeat(k, 10)) || !bytes.Equal(inner.Get(k), k) {
					t.Fatalf("record %s missing or changed", k)
				}
			}
			if n := b.Stats().KeyN; n != 1001 { // 500 + the inner bucket + its 500
				t.Errorf("bucket %s holds %d keys, want 1001", name, n)
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
}
