package bolt

import (
	"bytes"
	"context"
	"encoding/binary"
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	bbolt "go.etcd.io/bbolt"
	berrors "go.etcd.io/bbolt/errors"

	"pimmsbot/internal/conversation"
)

// SchemaVersion is the version of the layout this package reads and writes.
// Open refuses a file written with a newer version, and migrates an older
// one (see migrate.go). Version 2 added the index buckets (index.go),
// version 3 the index of the reports by period (period.go), version 4 the
// conversations' summaries in it (summary.go). Version 5 writes a
// resident's mode by name ("waiting" rather than 1): it reads version 4's
// numbers, but a pimmsbot of version 4 would not read the names, so it
// must refuse the file.
const SchemaVersion = 5

// DefaultLockTimeout is how long Open waits for another process to release
// the file when Options.LockTimeout is zero.
const DefaultLockTimeout = 2 * time.Second

// DefaultMaxBatchDelay is how long a commit waits for others to share its
// disk write when Options.MaxBatchDelay is zero. bbolt's own default, 10ms,
// caps a lone resident at about 100 commits per second; under load commits
// queue behind the running write and group anyway (see BenchmarkCommit).
const DefaultMaxBatchDelay = time.Millisecond

// Bucket names. Every bucket is created by Open.
var (
	bucketMeta          = []byte("meta")          // schema version, update offsets
	bucketSequences     = []byte("sequences")     // name → u64 BE, for NextID
	bucketResidents     = []byte("residents")     // resident id → JSON
	bucketConversations = []byte("conversations") // u64 BE → JSON
	bucketMessages      = []byte("messages")      // conv u64 BE + seq u64 BE → JSON
	bucketTickets       = []byte("tickets")       // number u64 BE → JSON
	bucketFeedback      = []byte("feedback")      // seq u64 BE → JSON
	bucketUnanswered    = []byte("unanswered")    // seq u64 BE → JSON
	bucketSuggestions   = []byte("suggestions")   // seq u64 BE → JSON
	bucketOutbox        = []byte("outbox")        // id u64 BE → JSON
	bucketProposals     = []byte("proposals")     // id u64 BE → JSON: FAQ proposals from mediators
	bucketSeen          = []byte("seen")          // channel → {ids, log}: recently seen update ids

	allBuckets = [][]byte{
		bucketMeta, bucketSequences, bucketResidents, bucketConversations,
		bucketMessages, bucketTickets, bucketFeedback, bucketUnanswered,
		bucketSuggestions, bucketOutbox, bucketSeen, bucketProposals,
		bucketOwned, bucketParts, bucketTimes, bucketTimeOf, bucketOpen, bucketErasing, bucketPeriod,
		bucketAnswers,
	}

	keySchema = []byte("schema")
	// keyCompact, in meta, says that Erase or Purge deleted records since
	// the last Compact: their bytes may linger in free pages.
	keyCompact = []byte("compact-due")
)

// JournalSuffix is added to the database's path to name the erasure
// journal beside it (see Store.Erase).
const JournalSuffix = ".erased"

// Options configure Open. The zero value is ready for production.
type Options struct {
	// LockTimeout is how long Open waits for the file lock held by another
	// process before failing with ECONFLICT. Zero means DefaultLockTimeout.
	LockTimeout time.Duration
	// NoSync skips fsync on commit. It is for benchmarks and tests only: an
	// operating system crash may lose acknowledged messages.
	NoSync bool
	// MaxBatchDelay is how long Commit and SeenUpdate wait for others to
	// share their disk write. Zero means DefaultMaxBatchDelay.
	MaxBatchDelay time.Duration
	// Now returns the current time; nil means time.Now. Tests set it.
	Now func() time.Time
}

// Store is the bbolt implementation of conversation.Store, plus what the
// commands and the Telegram adapter need: backup, check, purge, reports and
// the dedupe of updates. It is safe for concurrent use.
type Store struct {
	// gate lets Compact swap the file: every transaction holds it for
	// reading (read, update, batch), Compact and Close for writing.
	gate sync.RWMutex
	db   *bbolt.DB
	// dbOpts reopens the file after Compact.
	dbOpts bbolt.Options
	// group gathers concurrent commits into one write (group.go), after
	// batchDelay when the writer is idle.
	group      writeGroup
	batchDelay time.Duration
	path       string
	now        func() time.Time
	closeOnce  sync.Once
	closeErr   error
	closed     bool // under gate: Compact must not reopen a closed store
	// writeErr is the error of the last write when the disk failed it.
	writeErr atomic.Pointer[error]

	// journal records erasures outside the file (<db>.erased);
	// replaying is set while Open erases again from it.
	journal   *journal
	replaying bool

	// seqs are the numbers NextID reserved and has not handed out yet.
	seqs sequences

	// What SeenUpdate remembers; tests lower them.
	seenMax    uint64
	seenMaxAge time.Duration
}

var _ conversation.Store = (*Store)(nil)

// Open opens the database at path, creating the file (mode 0600) and its
// directory (mode 0700) when missing, and the buckets of the current schema.
//
// It returns an *conversation.Error with code ECONFLICT when another process
// holds the file for longer than opts.LockTimeout, ESCHEMA when the file
// was written by a newer pimmsbot, and ECORRUPT when the file is empty,
// truncated or damaged: never a panic.
func Open(path string, opts Options) (s *Store, err error) {
	if path == "" {
		return nil, conversation.Errorf(conversation.EINVALID, "aucun fichier de base de données n'est indiqué\u00a0; donnez-le avec PIMMS_DB ou --db")
	}
	if dir := filepath.Dir(path); dir != "" {
		if err := os.MkdirAll(dir, 0o700); err != nil {
			return nil, fmt.Errorf("le dossier de la base %s n'a pas pu être créé\u00a0; vérifiez le chemin de PIMMS_DB et les droits de pimmsbot (détail\u00a0: %w)", dir, err)
		}
	}
	// An existing empty file is not a new database: something emptied
	// it, and bbolt would silently start afresh over it.
	if fi, err := os.Stat(path); err == nil && fi.Mode().IsRegular() && fi.Size() == 0 {
		return nil, corrupt(path, "le fichier est vide", "")
	}
	if err := checkFile(path); err != nil {
		return nil, err
	}
	timeout := opts.LockTimeout
	if timeout <= 0 {
		timeout = DefaultLockTimeout
	}
	defer func() {
		if r := recover(); r != nil {
			s, err = nil, corrupt(path, "", fmt.Sprint(r))
		}
	}()
	dbOpts := bbolt.Options{Timeout: timeout, NoSync: opts.NoSync}
	db, err := bbolt.Open(path, 0o600, &dbOpts)
	if errors.Is(err, berrors.ErrTimeout) {
		return nil, &conversation.Error{
			Code:    conversation.ECONFLICT,
			Message: fmt.Sprintf("la base %s est ouverte par un autre pimmsbot (toujours verrouillée après %s). Arrêtez l'autre pimmsbot, ou attendez sa fin, puis relancez.", path, timeout),
			Err:     err,
		}
	} else if errors.Is(err, berrors.ErrInvalid) || errors.Is(err, berrors.ErrChecksum) || errors.Is(err, berrors.ErrVersionMismatch) {
		return nil, corrupt(path, "", err.Error())
	} else if err != nil {
		return nil, openError(path, err)
	}
	batchDelay := DefaultMaxBatchDelay
	if opts.MaxBatchDelay > 0 {
		batchDelay = opts.MaxBatchDelay
	}
	s = &Store{db: db, dbOpts: dbOpts, batchDelay: batchDelay, path: path, now: opts.Now, seenMax: seenMax, seenMaxAge: seenMaxAge}
	if s.now == nil {
		s.now = time.Now
	}
	if err := s.init(); err != nil {
		db.Close()
		return nil, err
	}
	if s.journal, err = openJournal(path + JournalSuffix); err != nil {
		db.Close()
		return nil, err
	}
	if err := s.finishErasures(context.Background()); err != nil {
		db.Close()
		return nil, fmt.Errorf("la base %s\u00a0: un effacement interrompu n'a pas pu être terminé\u00a0; relancez pimmsbot. Si l'erreur revient, restaurez la dernière sauvegarde (détail\u00a0: %w)", path, err)
	}
	if err := s.replayErasures(context.Background()); err != nil {
		db.Close()
		return nil, fmt.Errorf("la base %s\u00a0: les effacements du journal n'ont pas pu être refaits\u00a0; relancez pimmsbot. Si l'erreur revient, restaurez la dernière sauvegarde (détail\u00a0: %w)", path, err)
	}
	return s, nil
}

// checkFile refuses, before bbolt maps it, a file shorter than the pages
// its meta pages count: bbolt would read past the end of the mapping, a
// fault that no recover catches. It reads the two meta pages as bbolt
// writes them (go.etcd.io/bbolt/internal/common: a 16-byte page header,
// then magic, version, page size, flags, root, freelist, page count).
func checkFile(path string) error {
	f, err := os.Open(path)
	if errors.Is(err, fs.ErrNotExist) {
		return nil // a new database
	}
	if err != nil {
		return openError(path, err)
	}
	defer f.Close()
	fi, err := f.Stat()
	if err != nil || !fi.Mode().IsRegular() {
		return err
	}
	const header, magic = 16, 0xED0CDAED
	buf := make([]byte, header+64)
	var pageSize int64
	for meta := 0; meta < 2; meta++ {
		at := int64(meta) * pageSize
		if _, err := f.ReadAt(buf, at); err != nil {
			return corrupt(path, fmt.Sprintf("sa page de métadonnées n°\u00a0%d est illisible", meta), err.Error())
		}
		m := buf[header:]
		if binary.LittleEndian.Uint32(m[0:]) != magic {
			if meta == 0 {
				return nil // not a bbolt file: bbolt says so itself
			}
			continue
		}
		size := int64(binary.LittleEndian.Uint32(m[8:]))
		if meta == 0 {
			pageSize = size
			if pageSize < 512 || pageSize > 1<<20 {
				return corrupt(path, fmt.Sprintf("sa taille de page, %d octets, est impossible", pageSize), "")
			}
		}
		freelist := binary.LittleEndian.Uint64(m[32:])
		pages := binary.LittleEndian.Uint64(m[40:])
		if want := int64(pages) * pageSize; want > fi.Size() {
			return corrupt(path, fmt.Sprintf("le fichier est tronqué\u00a0: %d octets au lieu de %d", fi.Size(), want), "")
		}
		if freelist != ^uint64(0) && freelist >= pages {
			return corrupt(path, fmt.Sprintf("sa liste des pages libres est en page %d, au-delà de ses %d pages", freelist, pages), "")
		}
	}
	return nil
}

// init checks the schema version, then creates what is missing. A newer
// file is refused before anything is written to it.
func (s *Store) init() error {
	var version uint64
	err := s.read(func(tx *bbolt.Tx) error {
		b := tx.Bucket(bucketMeta)
		if b == nil {
			return nil
		}
		v := b.Get(keySchema)
		if v == nil {
			return nil
		}
		if len(v) != 8 {
			return conversation.Errorf(conversation.ESCHEMA,
				"la version du schéma de la base %s est illisible (%d octets au lieu de 8). Arrêtez pimmsbot, puis remettez à sa place la dernière sauvegarde (docs/deploy.md, section «\u00a0Backups and restore\u00a0»).", s.path, len(v))
		}
		version = binary.BigEndian.Uint64(v)
		return nil
	})
	if err != nil {
		return err
	}
	if version > SchemaVersion {
		return conversation.Errorf(conversation.ESCHEMA,
			"la base %s a été écrite par un pimmsbot plus récent (schéma %d, celui-ci ne connaît que le %d). "+
				"Lancez la version de pimmsbot qui l'a écrite, ou une plus récente, ou remettez à sa place une sauvegarde faite par cette version-ci.",
			s.path, version, SchemaVersion)
	}
	err = s.update(func(tx *bbolt.Tx) error {
		for _, name := range allBuckets {
			if _, err := tx.CreateBucketIfNotExists(name); err != nil {
				return fmt.Errorf("create bucket %s: %w", name, err)
			}
		}
		return nil
	})
	if err != nil {
		return fmt.Errorf("la base %s n'a pas pu être préparée\u00a0; vérifiez que son disque n'est ni plein ni en lecture seule, puis relancez (détail\u00a0: %w)", s.path, err)
	}
	if version < SchemaVersion {
		if err := s.migrate(version); err != nil {
			return fmt.Errorf("la base %s n'a pas pu être mise à jour depuis le schéma %d\u00a0; vérifiez que son disque n'est ni plein ni en lecture seule, puis relancez. Si l'erreur revient, gardez ce fichier et restaurez la dernière sauvegarde (détail\u00a0: %w)", s.path, version, err)
		}
	}
	if err := s.dropNames(); err != nil {
		return fmt.Errorf("la base %s n'a pas pu être mise à jour\u00a0; vérifiez que son disque n'est ni plein ni en lecture seule, puis relancez (détail\u00a0: %w)", s.path, err)
	}
	return nil
}

// dropNames rewrites, once, the residents stored with the first name the
// platform gave, which pimmsbot no longer keeps, and marks the file for
// compaction so that the names leave its free pages too. Records without
// one are not touched: running it again changes nothing.
func (s *Store) dropNames() error {
	var keys [][]byte
	err := s.read(func(tx *bbolt.Tx) error {
		return tx.Bucket(bucketResidents).ForEach(func(k, v []byte) error {
			if bytes.Contains(v, []byte(`"name":`)) {
				keys = append(keys, bytes.Clone(k))
			}
			return nil
		})
	})
	if err != nil || len(keys) == 0 {
		return err
	}
	return s.update(func(tx *bbolt.Tx) error {
		b := tx.Bucket(bucketResidents)
		for _, k := range keys {
			var r conversation.Resident
			if err := decode(b.Get(k), &r, "resident", k); err != nil {
				return err
			}
			if err := put(b, k, &r); err != nil {
				return err
			}
		}
		return tx.Bucket(bucketMeta).Put(keyCompact, []byte{1})
	})
}

// Close closes the database. It waits for running transactions, including
// a backup or a compaction. Calling it again returns the first result.
func (s *Store) Close() error {
	s.closeOnce.Do(func() {
		s.gate.Lock()
		defer s.gate.Unlock()
		s.closed = true
		s.giveBack()
		s.closeErr = s.db.Close()
	})
	return s.closeErr
}

// Path returns the database file's path.
func (s *Store) Path() string { return s.path }

// u64 encodes v as 8 big-endian bytes, so that byte order is numeric order.
func u64(v uint64) []byte {
	var b [8]byte
	binary.BigEndian.PutUint64(b[:], v)
	return b[:]
}

// msgKey is a message's key: its conversation, then its sequence.
func msgKey(conv, seq uint64) []byte {
	var b [16]byte
	binary.BigEndian.PutUint64(b[:8], conv)
	binary.BigEndian.PutUint64(b[8:], seq)
	return b[:]
}

// put marshals v as JSON into b at key.
func put(b *bbolt.Bucket, key []byte, v any) error {
	data, err := json.Marshal(v)
	if err != nil {
		return err
	}
	return b.Put(key, data)
}

// quote returns s as a JSON string, as json.Marshal writes it in a value.
func quote(s string) []byte {
	q, _ := json.Marshal(s)
	return q
}

// notFound returns an ENOTFOUND error.
func notFound(format string, args ...any) error {
	return conversation.Errorf(conversation.ENOTFOUND, format, args...)
}

// view runs fn in a read transaction after checking ctx.
func (s *Store) view(ctx context.Context, fn func(tx *bbolt.Tx) error) error {
	if err := ctx.Err(); err != nil {
		return err
	}
	return s.read(fn)
}

// read and update run fn in a transaction of bbolt's View and Update,
// batch in one shared with concurrent calls (group.go). A damaged file
// makes bbolt panic: they turn that into an ECORRUPT error. update and batch remember whether the last write failed,
// for Writable.
//
// They hold the gate for reading, so that Compact can swap the file
// between transactions; fn must not call them again (a waiting Compact
// would deadlock it).
func (s *Store) read(fn func(tx *bbolt.Tx) error) (err error) {
	s.gate.RLock()
	defer s.gate.RUnlock()
	defer s.recoverCorrupt(&err)
	return s.db.View(fn)
}

func (s *Store) update(fn func(tx *bbolt.Tx) error) (err error) {
	s.gate.RLock()
	defer s.gate.RUnlock()
	defer s.recoverCorrupt(&err)
	return s.write(s.db.Update, fn)
}

func (s *Store) batch(fn func(tx *bbolt.Tx) error) error {
	s.gate.RLock()
	defer s.gate.RUnlock()
	return s.groupWrite(fn)
}

// write runs fn through run (bbolt's Update) and records its outcome: a
// failure that does not come from fn itself (the disk is full, read-only,
// gone) makes Writable fail until a write succeeds. bbolt does not wrap
// the file's errors, so the cause is told by elimination.
func (s *Store) write(run func(func(*bbolt.Tx) error) error, fn func(tx *bbolt.Tx) error) error {
	var fnErr error
	err := run(func(tx *bbolt.Tx) error {
		fnErr = fn(tx)
		return fnErr
	})
	switch {
	case err == nil:
		s.writeErr.Store(nil)
	case fnErr == nil || err != fnErr:
		s.writeErr.Store(&err)
	}
	return err
}

// Writable returns the error of the last write transaction when it failed
// because of the disk (full, read-only, removed), nil when the last write
// succeeded. The service's health follows it.
func (s *Store) Writable() error {
	if e := s.writeErr.Load(); e != nil {
		return *e
	}
	return nil
}

// CheckWritable returns nil when the store can write: at once when the
// last write succeeded, else after one small write that finds out whether
// the disk has room again, so that a quiet night after the disk was freed
// does not keep the service unhealthy until the next resident writes.
func (s *Store) CheckWritable(ctx context.Context) error {
	if s.Writable() == nil {
		return nil
	}
	if err := ctx.Err(); err != nil {
		return err
	}
	return s.update(func(tx *bbolt.Tx) error {
		return tx.Bucket(bucketMeta).Put([]byte("probe"), u64(uint64(s.now().Unix())))
	})
}

// recoverCorrupt turns a panic of bbolt, which it raises on a damaged
// page, into an ECORRUPT error naming the file.
func (s *Store) recoverCorrupt(err *error) {
	if r := recover(); r != nil {
		*err = corrupt(s.path, "", fmt.Sprint(r))
	}
}

// corrupt returns the ECORRUPT error for the database at path, in one
// line for the site manager: why, in French, when the store found the
// damage itself; detail, bbolt's own words, when bbolt did.
func corrupt(path, why, detail string) error {
	msg := "la base " + path + " est endommagée"
	if why != "" {
		msg += " (" + why + ")"
	}
	msg += ". Arrêtez pimmsbot, puis remettez à sa place la dernière sauvegarde (docs/deploy.md, section «\u00a0Backups and restore\u00a0»)."
	if detail != "" {
		msg += " (détail\u00a0: " + strings.ReplaceAll(detail, "\n", " ") + ")"
	}
	return &conversation.Error{Code: conversation.ECORRUPT, Message: msg}
}

// readError wraps err, the failure of a read, with what, for the logs;
// a damaged file's error is returned as it is: it names the file and
// says in French what to do, and the site manager reads it whole.
func readError(err error, format string, args ...any) error {
	if conversation.ErrorCode(err) == conversation.ECORRUPT {
		return err
	}
	return fmt.Errorf(format+": %w", append(args, err)...)
}

// openError says in French that the file at path could not be opened,
// with err, the system's words, as the detail.
func openError(path string, err error) error {
	what := "vérifiez le chemin de PIMMS_DB et les droits de pimmsbot sur ce fichier"
	if errors.Is(err, fs.ErrPermission) {
		what = "pimmsbot n'a pas le droit de le lire et de l'écrire\u00a0; donnez-le à l'utilisateur du service"
	}
	return fmt.Errorf("la base %s n'a pas pu être ouverte\u00a0; %s (détail\u00a0: %w)", path, what, err)
}
