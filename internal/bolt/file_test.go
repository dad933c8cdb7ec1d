package bolt_test

import (
	"context"
	"errors"
	"io"
	"os"
	"path/filepath"
	"testing"

	"pimmsbot/internal/bolt"
	"pimmsbot/internal/conversation"
)

// TestSaveBackup saves a copy written by someone else (the running
// service, through the admin socket): the file appears whole, mode 0600,
// in a directory created for it; a copy that fails midway leaves the
// previous file as it was and no temporary file; the database itself is
// refused.
func TestSaveBackup(t *testing.T) {
	ctx := context.Background()
	s := MustOpen(t)
	f := play(t, s, "telegram:333", t0)
	path := filepath.Join(t.TempDir(), "backups", "copy.db")
	n, err := bolt.SaveBackup(s.Path(), path, func(w io.Writer) (int64, error) { return s.Backup(ctx, w) })
	if err != nil {
		t.Fatal(err)
	}
	fi, err := os.Stat(path)
	if err != nil || fi.Size() != n || fi.Mode().Perm() != 0o600 {
		t.Fatalf("copy: %v %v, want %d bytes, mode 0600", fi, err, n)
	}
	if _, err := MustOpenPath(t, path, bolt.Options{}).Resident(ctx, f.resident); err != nil {
		t.Errorf("the copy lacks the resident: %v", err)
	}

	broken := errors.New("connection cut")
	_, err = bolt.SaveBackup(s.Path(), path, func(w io.Writer) (int64, error) {
		n, _ := w.Write([]byte("half a copy"))
		return int64(n), broken
	})
	if !errors.Is(err, broken) {
		t.Errorf("a failed copy returned %v, want %v", err, broken)
	}
	if fi2, err := os.Stat(path); err != nil || fi2.Size() != fi.Size() {
		t.Errorf("a failed copy changed the previous one: %v %v", fi2, err)
	}
	if entries, _ := os.ReadDir(filepath.Dir(path)); len(entries) != 1 {
		t.Errorf("a failed copy left %v", entries)
	}

	_, err = bolt.SaveBackup(s.Path(), s.Path(), func(w io.Writer) (int64, error) { return s.Backup(ctx, w) })
	wantCode(t, err, conversation.EINVALID)
}
