package bolt

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"time"

	bbolt "go.etcd.io/bbolt"
	berrors "go.etcd.io/bbolt/errors"

	"pimmsbot/internal/conversation"
)

// maxCheckErrors is how many problems Check reports in its error; it counts
// them all.
const maxCheckErrors = 20

// Backup writes a consistent copy of the database to w and returns the
// number of bytes written. The copy is compacted: it holds the live
// records only, not the free pages where erased and purged records may
// linger, so that a backup taken after an erasure has nothing of the
// erased resident. It is made from one read transaction into a temporary
// file beside the database (mode 0600, removed at the end), so commits go
// on meanwhile and are not in the copy. The copy is a database file:
// restore it by stopping pimmsbot and putting it in place of the file.
//
// It returns ctx's error when ctx ends during the copy.
func (s *Store) Backup(ctx context.Context, w io.Writer) (int64, error) {
	f, err := createBeside(s.path, "backup")
	if err != nil {
		return 0, besideError(s.path, "la copie", err)
	}
	defer os.Remove(f.Name())
	defer f.Close()
	if err := s.compactTo(ctx, f.Name(), false, false); err != nil {
		return 0, fmt.Errorf("la copie de la base %s a échoué (détail\u00a0: %w)", s.path, err)
	}
	n, err := io.Copy(ctxWriter{ctx, w}, f)
	if err != nil {
		return n, fmt.Errorf("la copie de la base %s n'a pas pu être envoyée en entier (détail\u00a0: %w)", s.path, err)
	}
	return n, nil
}

// BackupFile writes a consistent, compacted copy of the database to path
// (mode 0600), as Backup does. It writes to a temporary file in the same
// directory, syncs it and renames it, so path is either the previous file
// or a complete copy. It refuses to overwrite the database itself with
// EINVALID.
func (s *Store) BackupFile(ctx context.Context, path string) (n int64, err error) {
	n, err = s.CompactFile(ctx, path)
	if err != nil {
		return 0, err
	}
	return n, nil
}

// compactTxSize is how many bytes of keys and values a compaction writes
// per transaction of the copy.
const compactTxSize = 16 << 20

// CompactFile writes a compacted copy of the database to path (mode 0600):
// only the live records, consistent as of one read transaction, without
// the free pages that still hold erased and purged bytes. It writes a
// temporary file, syncs it and renames it, and refuses to overwrite the
// database itself. It returns the copy's size.
func (s *Store) CompactFile(ctx context.Context, path string) (n int64, err error) {
	if err := ctx.Err(); err != nil {
		return 0, err
	}
	if same, err := samePath(path, s.path); err != nil {
		return 0, fmt.Errorf("le chemin %s ne se lit pas\u00a0; vérifiez-le (détail\u00a0: %w)", path, err)
	} else if same {
		return 0, conversation.Errorf(conversation.EINVALID, "%s est la base elle-même\u00a0: rien n'est écrit. Donnez un autre nom de fichier pour la copie.", path)
	}
	err = writeAtomic(path, func(f *os.File) error {
		return s.compactTo(ctx, f.Name(), false, false)
	})
	if err != nil {
		return 0, fmt.Errorf("la copie %s n'a pas pu être écrite\u00a0; vérifiez son dossier, les droits de pimmsbot et la place sur le disque (détail\u00a0: %w)", path, err)
	}
	fi, err := os.Stat(path)
	if err != nil {
		return 0, fmt.Errorf("la copie %s n'a pas pu être relue (détail\u00a0: %w)", path, err)
	}
	return fi.Size(), nil
}

// compactTo writes the live records of the database into a new database
// at tmp (an empty file, or none), and syncs it. It holds the gate for
// reading, unless locked says the caller holds it for writing. With
// clearDue, the copy no longer says that a compaction is due.
func (s *Store) compactTo(ctx context.Context, tmp string, clearDue, locked bool) (err error) {
	if err := ctx.Err(); err != nil {
		return err
	}
	if !locked {
		s.gate.RLock()
		defer s.gate.RUnlock()
	}
	defer s.recoverCorrupt(&err)
	// The copy is synced once at the end, not on each of its commits.
	dst, err := bbolt.Open(tmp, 0o600, &bbolt.Options{Timeout: DefaultLockTimeout, NoSync: true})
	if err != nil {
		return err
	}
	// Deferred, so that a panic on a damaged page (turned into ECORRUPT)
	// still ends the read transaction: left open, it would hold bbolt's
	// memory map and stop the next commit that grows the file, for good.
	dstOpen := true
	defer func() {
		if dstOpen {
			dst.Close()
		}
	}()
	// One read transaction, held for the whole copy: the values copied
	// point into its memory map, which stays in place while it is open.
	// bbolt.Compact would open a second one, and a commit growing the
	// file between the two waits for the first while the second waits
	// behind it: every commit and read of the store then stops.
	src, err := s.db.Begin(false)
	if err != nil {
		return err
	}
	defer src.Rollback() // a second Rollback is harmless
	err = copyLive(dst, src, compactTxSize)
	src.Rollback()
	if err == nil && clearDue {
		err = dst.Update(func(tx *bbolt.Tx) error {
			if b := tx.Bucket(bucketMeta); b != nil {
				return b.Delete(keyCompact)
			}
			return nil
		})
	}
	if err == nil {
		err = dst.Sync()
	}
	dstOpen = false
	if cerr := dst.Close(); err == nil {
		err = cerr
	}
	return err
}

// A Compaction says what Compact did.
type Compaction struct {
	// Done is false when nothing was deleted since the last compaction.
	Done bool
	// Pause is how long commits and reads waited; Took is the whole
	// compaction. Size is the new file's size.
	Pause, Took time.Duration
	Size        int64
}

// compactTries is how many times Compact copies the file while commits
// go on before it copies it with commits paused.
const compactTries = 3

// Compact replaces the database file with a compacted copy while the
// store stays open, so that no byte of erased or purged records stays in
// the file's free pages. It runs only when Erase or Purge deleted
// something since the last compaction, unless always is true.
//
// It copies the live records to a temporary file beside the database from
// one read transaction, while commits go on. Then it pauses commits and
// reads (the gate every transaction goes through) and, when nothing was
// committed during the copy, renames the copy over the database and
// reopens it: the pause is a close, a rename and an open. When commits
// came in meanwhile it tries again, and after compactTries copies it
// makes the copy with commits paused (BenchmarkCompact measures both, see
// docs/performance.md). When the rename fails the store stays on the old
// file; when the file cannot be reopened, the store fails every call from
// then on, as a closed one does.
func (s *Store) Compact(ctx context.Context, always bool) (c Compaction, err error) {
	start := time.Now()
	if err := ctx.Err(); err != nil {
		return c, err
	}
	if !always {
		var due bool
		err := s.read(func(tx *bbolt.Tx) error {
			due = tx.Bucket(bucketMeta).Get(keyCompact) != nil
			return nil
		})
		if err != nil || !due {
			return c, err
		}
	}
	tmp, err := createBeside(s.path, "compact")
	if err != nil {
		return c, besideError(s.path, "le compactage", err)
	}
	defer os.Remove(tmp.Name()) // gone once renamed
	defer tmp.Close()           // closed once renamed
	for try := 0; ; try++ {
		if err := ctx.Err(); err != nil {
			return c, err
		}
		locked := try == compactTries
		var before int
		var paused time.Time
		if locked {
			paused = time.Now()
			s.gate.Lock()
		} else if before, err = s.txID(); err != nil {
			return c, fmt.Errorf("compactage de la base %s\u00a0: %w", s.path, err)
		}
		err := tmp.Truncate(0)
		if err == nil {
			err = s.compactTo(ctx, tmp.Name(), true, locked)
		}
		if err != nil {
			if locked {
				s.gate.Unlock()
				c.Pause += time.Since(paused)
			}
			return c, fmt.Errorf("compactage de la base %s\u00a0: %w", s.path, err)
		}
		if !locked {
			paused = time.Now()
			s.gate.Lock()
			after, err := s.txIDLocked()
			if err != nil || after != before {
				s.gate.Unlock()
				c.Pause += time.Since(paused)
				if err != nil {
					return c, fmt.Errorf("compactage de la base %s\u00a0: %w", s.path, err)
				}
				continue // commits came in during the copy: copy again
			}
		}
		err = s.swap(tmp)
		s.gate.Unlock()
		c.Pause += time.Since(paused)
		c.Took = time.Since(start)
		if err != nil {
			return c, err
		}
		c.Done = true
		if fi, err := os.Stat(s.path); err == nil {
			c.Size = fi.Size()
		}
		return c, nil
	}
}

// txID returns the id of the last committed write transaction.
func (s *Store) txID() (id int, err error) {
	s.gate.RLock()
	defer s.gate.RUnlock()
	return s.txIDLocked()
}

// txIDLocked is txID for a caller that holds the gate.
func (s *Store) txIDLocked() (id int, err error) {
	defer s.recoverCorrupt(&err)
	err = s.db.View(func(tx *bbolt.Tx) error { id = tx.ID(); return nil })
	return id, err
}

// swap closes the database, puts tmp in its place (replaceWith) and
// reopens it. The caller holds the gate for writing.
func (s *Store) swap(tmp *os.File) error {
	if s.closed {
		return fmt.Errorf("compactage de la base %s\u00a0: elle est fermée (détail\u00a0: %w)", s.path, berrors.ErrDatabaseNotOpen)
	}
	if err := s.db.Close(); err != nil {
		return fmt.Errorf("compactage de la base %s\u00a0: elle n'a pas pu être fermée (détail\u00a0: %w)", s.path, err)
	}
	renameErr := replaceWith(tmp, s.path)
	db, err := bbolt.Open(s.path, 0o600, &s.dbOpts)
	if err != nil {
		// s.db stays the closed handle: every call fails with
		// bbolt's "database not open".
		return fmt.Errorf("compactage de la base %s\u00a0: elle n'a pas pu être rouverte\u00a0; redémarrez pimmsbot (détail\u00a0: %w)", s.path, err)
	}
	s.db = db
	if renameErr != nil {
		return fmt.Errorf("compactage de la base %s\u00a0: la copie compactée n'a pas pu la remplacer (détail\u00a0: %w)", s.path, renameErr)
	}
	return nil
}

// besideError says in French that the temporary file of what (« la
// copie », « le compactage ») could not be made beside the database at
// path, with err, the system's words, as the detail.
func besideError(path, what string, err error) error {
	return fmt.Errorf("%s de la base %s n'a pas pu commencer\u00a0: pimmsbot ne peut pas écrire de fichier dans son dossier\u00a0; "+
		"vérifiez ses droits et la place sur le disque (détail\u00a0: %w)", what, path, err)
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
		return fmt.Errorf("vérification de la base %s\u00a0: %w", s.path, err)
	}
	if count > 0 {
		return fmt.Errorf("vérification de la base %s\u00a0: %d problèmes (détail\u00a0: %w)", s.path, count, errors.Join(problems...))
	}
	return nil
}

// copyLive writes every bucket, nested bucket and record that src sees
// into dst, in write transactions of about maxSize bytes of keys and
// values, pages filled to the brim. src must stay open until it returns.
func copyLive(dst *bbolt.DB, src *bbolt.Tx, maxSize int) (err error) {
	tx, err := dst.Begin(true)
	if err != nil {
		return err
	}
	defer func() {
		if tx != nil {
			tx.Rollback()
		}
	}()
	size, gen := 0, 0 // gen counts the commits: a bucket of an older one is stale
	// bucketAt returns the bucket of dst at path in the current write
	// transaction, creating it when missing.
	bucketAt := func(path [][]byte) (*bbolt.Bucket, error) {
		b, err := tx.CreateBucketIfNotExists(path[0])
		for _, name := range path[1:] {
			if err != nil {
				break
			}
			b, err = b.CreateBucketIfNotExists(name)
		}
		if err == nil {
			b.FillPercent = 1.0
		}
		return b, err
	}
	var copyBucket func(path [][]byte, from *bbolt.Bucket) error
	copyBucket = func(path [][]byte, from *bbolt.Bucket) error {
		to, err := bucketAt(path)
		if err != nil {
			return err
		}
		if err := to.SetSequence(from.Sequence()); err != nil {
			return err
		}
		at := gen
		return from.ForEach(func(k, v []byte) error {
			if v == nil { // a nested bucket
				return copyBucket(append(append([][]byte(nil), path...), k), from.Bucket(k))
			}
			if size += len(k) + len(v); size > maxSize {
				if err := tx.Commit(); err != nil {
					tx = nil
					return err
				}
				if tx, err = dst.Begin(true); err != nil {
					return err
				}
				size, gen = len(k)+len(v), gen+1
			}
			if at != gen {
				if to, err = bucketAt(path); err != nil {
					return err
				}
				at = gen
			}
			return to.Put(k, v)
		})
	}
	err = src.ForEach(func(name []byte, b *bbolt.Bucket) error {
		return copyBucket([][]byte{append([]byte(nil), name...)}, b)
	})
	if err != nil {
		return err
	}
	err = tx.Commit()
	tx = nil
	return err
}
