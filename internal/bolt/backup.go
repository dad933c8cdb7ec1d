package bolt

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"

	bbolt "go.etcd.io/bbolt"

	"pimmsbot/internal/conversation"
)

// maxCheckErrors is how many problems Check reports in its error; it counts
// them all.
const maxCheckErrors = 20

// Backup writes a consistent copy of the whole database to w and returns
// the number of bytes written. It runs in one read transaction, so commits
// go on meanwhile and are not in the copy. The copy is a database file:
// restore it by stopping pimmsbot and putting it in place of the file.
//
// A slow w keeps old pages of the file in use, which grows the file; back
// up to a local file first (BackupFile) when the destination is remote. It
// returns ctx's error when ctx ends during the copy.
func (s *Store) Backup(ctx context.Context, w io.Writer) (int64, error) {
	var n int64
	err := s.view(ctx, func(tx *bbolt.Tx) error {
		var err error
		n, err = tx.WriteTo(ctxWriter{ctx, w})
		return err
	})
	if err != nil {
		return n, fmt.Errorf("backup %s: %w", s.path, err)
	}
	return n, nil
}

// BackupFile writes a consistent copy of the database to path (mode 0600),
// as Backup does. It writes to a temporary file in the same directory,
// syncs it and renames it, so path is either the previous file or a
// complete copy. It refuses to overwrite the database itself with EINVALID.
func (s *Store) BackupFile(ctx context.Context, path string) (n int64, err error) {
	if same, err := samePath(path, s.path); err != nil {
		return 0, fmt.Errorf("backup to %s: %w", path, err)
	} else if same {
		return 0, conversation.Errorf(conversation.EINVALID, "backup to %s: that is the database itself", path)
	}
	dir := filepath.Dir(path)
	if err := os.MkdirAll(dir, 0o700); err != nil {
		return 0, fmt.Errorf("backup to %s: %w", path, err)
	}
	f, err := os.CreateTemp(dir, "."+filepath.Base(path)+".tmp-*")
	if err != nil {
		return 0, fmt.Errorf("backup to %s: %w", path, err)
	}
	defer func() {
		if err != nil {
			f.Close()
			os.Remove(f.Name())
		}
	}()
	if n, err = s.Backup(ctx, f); err != nil {
		return 0, err
	}
	if err = f.Sync(); err != nil {
		return 0, fmt.Errorf("backup to %s: %w", path, err)
	}
	if err = f.Close(); err != nil {
		return 0, fmt.Errorf("backup to %s: %w", path, err)
	}
	if err = os.Rename(f.Name(), path); err != nil {
		return 0, fmt.Errorf("backup to %s: %w", path, err)
	}
	return n, nil
}

// compactTxSize is how many bytes of keys and values CompactFile writes per
// transaction of the copy.
const compactTxSize = 16 << 20

// CompactFile writes a compacted copy of the database to path (mode 0600):
// only the live records, consistent as of one read transaction, without
// the free pages that still hold erased and purged bytes. Like BackupFile
// it writes a temporary file, syncs it and renames it, and refuses to
// overwrite the database itself. It returns the copy's size.
//
// Erase and Purge delete records, but bbolt does not clear the pages they
// occupied: until reused, those pages keep the old bytes, in the file and
// in every Backup of it. To make erasure final, stop pimmsbot and replace
// the database with a compacted copy.
func (s *Store) CompactFile(ctx context.Context, path string) (n int64, err error) {
	if err := ctx.Err(); err != nil {
		return 0, err
	}
	if same, err := samePath(path, s.path); err != nil {
		return 0, fmt.Errorf("compact to %s: %w", path, err)
	} else if same {
		return 0, conversation.Errorf(conversation.EINVALID, "compact to %s: that is the database itself", path)
	}
	dir := filepath.Dir(path)
	if err := os.MkdirAll(dir, 0o700); err != nil {
		return 0, fmt.Errorf("compact to %s: %w", path, err)
	}
	f, err := os.CreateTemp(dir, "."+filepath.Base(path)+".tmp-*")
	if err != nil {
		return 0, fmt.Errorf("compact to %s: %w", path, err)
	}
	tmp := f.Name()
	f.Close()
	defer func() {
		if err != nil {
			os.Remove(tmp)
		}
	}()
	// The copy is synced once at the end, not on each of its commits.
	dst, err := bbolt.Open(tmp, 0o600, &bbolt.Options{Timeout: DefaultLockTimeout, NoSync: true})
	if err != nil {
		return 0, fmt.Errorf("compact to %s: %w", path, err)
	}
	err = bbolt.Compact(dst, s.db, compactTxSize)
	if err == nil {
		err = dst.Sync()
	}
	if err == nil {
		err = dst.View(func(tx *bbolt.Tx) error { n = tx.Size(); return nil })
	}
	if cerr := dst.Close(); err == nil {
		err = cerr
	}
	if err == nil {
		err = os.Rename(tmp, path)
	}
	if err != nil {
		return 0, fmt.Errorf("compact to %s: %w", path, err)
	}
	return n, nil
}

// samePath reports whether a and b name the same file.
func samePath(a, b string) (bool, error) {
	fa, errA := os.Stat(a)
	fb, errB := os.Stat(b)
	if errA == nil && errB == nil {
		return os.SameFile(fa, fb), nil
	}
	absA, err := filepath.Abs(a)
	if err != nil {
		return false, err
	}
	absB, err := filepath.Abs(b)
	if err != nil {
		return false, err
	}
	return absA == absB, nil
}

// ctxWriter fails writes once ctx is done.
type ctxWriter struct {
	ctx context.Context
	w   io.Writer
}

func (w ctxWriter) Write(p []byte) (int, error) {
	if err := w.ctx.Err(); err != nil {
		return 0, err
	}
	return w.w.Write(p)
}

// Check runs bbolt's consistency check of the whole file in one read
// transaction and returns nil when it finds nothing. Otherwise the error
// counts the problems and lists the first ones. It reads every page: run it
// on a backup or at start, not on every request.
func (s *Store) Check() error {
	var problems []error
	count := 0
	err := s.read(func(tx *bbolt.Tx) error {
		for err := range tx.Check() { // drain: the checker stops only then
			count++
			if len(problems) < maxCheckErrors {
				problems = append(problems, err)
			}
		}
		return nil
	})
	if err != nil {
		return fmt.Errorf("check %s: %w", s.path, err)
	}
	if count > 0 {
		return fmt.Errorf("check %s: %d problems: %w", s.path, count, errors.Join(problems...))
	}
	return nil
}
