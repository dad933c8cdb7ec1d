package bolt

import (
	"bufio"
	"context"
	"crypto/rand"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"time"

	bbolt "go.etcd.io/bbolt"

	"pimmsbot/internal/conversation"
)

// journalHeader starts the first line of the erasure journal; the salt, in
// hex, follows it.
const journalHeader = "pimmsbot erasure journal v1, salt "

// A journal is the erasure journal: a file beside the database
// (<db>.erased), outside it, so that restoring a backup in place of the
// database keeps it. Its first line holds a random salt; each other line
// is the salted SHA-256 of an erased resident's id and the time of the
// erasure (Unix nanoseconds). It holds no name and no text. Lines are only appended,
// each synced before the erasure commits.
//
// At Open, every resident of the database whose hash is in the journal
// and whose record was created before that erasure is erased again: a
// backup from before the erasure forgets them as soon as it is opened,
// while a resident who wrote again after erasing is kept.
type journal struct {
	mu     sync.Mutex
	path   string
	salt   []byte               // nil until the first erasure
	erased map[string]time.Time // hash → last erasure
}

// openJournal reads the journal at path, if any. A header it cannot read
// is an error: going on would silently forget the erasures. A torn last
// line, from a crash during an append, is skipped: its erasure did not
// commit.
func openJournal(path string) (*journal, error) {
	j := &journal{path: path, erased: map[string]time.Time{}}
	f, err := os.Open(path)
	if errors.Is(err, os.ErrNotExist) {
		return j, nil
	}
	if err != nil {
		return nil, journalError(path, "lu", err)
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	if !sc.Scan() {
		if err := sc.Err(); err != nil {
			return nil, journalError(path, "lu", err)
		}
		return j, nil // empty: created, nothing written yet
	}
	hexSalt, ok := strings.CutPrefix(sc.Text(), journalHeader)
	salt, err := hex.DecodeString(hexSalt)
	if !ok || err != nil || len(salt) < 16 {
		return nil, conversation.Errorf(conversation.ECORRUPT,
			"la première ligne du journal des effacements %s est illisible. Ce n'est pas la base\u00a0: ne restaurez pas de sauvegarde. "+
				"Remettez ce fichier depuis une copie, ou déplacez-le ailleurs\u00a0; pimmsbot oubliera alors les effacements qu'il garde, "+
				"et une sauvegarde restaurée pourra ramener les usagers effacés.", path)
	}
	j.salt = salt
	for sc.Scan() {
		h, ts, ok := strings.Cut(sc.Text(), " ")
		sec, err := strconv.ParseInt(ts, 10, 64)
		if !ok || err != nil || len(h) != 2*sha256.Size {
			continue
		}
		if at := time.Unix(0, sec); at.After(j.erased[h]) {
			j.erased[h] = at
		}
	}
	if err := sc.Err(); err != nil {
		return nil, journalError(path, "lu", err)
	}
	return j, nil
}

// journalError says in French that the erasure journal at path could not
// be read or written (done: « lu », « écrit »), with err, the system's
// words, as the detail.
func journalError(path, done string, err error) error {
	return fmt.Errorf("le journal des effacements %s n'a pas pu être %s\u00a0; vérifiez que pimmsbot a le droit de lire et d'écrire dans son dossier, "+
		"et que le disque n'est pas plein (détail\u00a0: %w)", path, done, err)
}

// hash returns the salted hash of a resident's id, in hex; the caller
// holds j.mu and j.salt is set.
func (j *journal) hash(resident string) string {
	h := sha256.New()
	h.Write(j.salt)
	h.Write([]byte(resident))
	return hex.EncodeToString(h.Sum(nil))
}

// add records the erasure of resident at at, durably: the line is synced
// when add returns. The first erasure creates the file (mode 0600) with
// its salt.
func (j *journal) add(resident string, at time.Time) error {
	j.mu.Lock()
	defer j.mu.Unlock()
	var head string
	if j.salt == nil {
		salt := make([]byte, 32)
		rand.Read(salt)
		j.salt = salt
		head = journalHeader + hex.EncodeToString(salt) + "\n"
	}
	h := j.hash(resident)
	f, err := os.OpenFile(j.path, os.O_WRONLY|os.O_APPEND|os.O_CREATE, 0o600)
	if err != nil {
		return journalError(j.path, "écrit", err)
	}
	if fi, err := f.Stat(); err == nil && fi.Size() > 0 {
		head = "" // written by an earlier run whose salt is j.salt
		// A line torn by a crash must not swallow this one.
		last := make([]byte, 1)
		if r, err := os.Open(j.path); err == nil {
			if _, err := r.ReadAt(last, fi.Size()-1); err == nil && last[0] != '\n' {
				head = "\n"
			}
			r.Close()
		}
	}
	_, err = f.WriteString(head + h + " " + strconv.FormatInt(at.UnixNano(), 10) + "\n")
	if err == nil {
		err = f.Sync()
	}
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		return journalError(j.path, "écrit", err)
	}
	if head != "" {
		syncDir(filepath.Dir(j.path))
	}
	if at.After(j.erased[h]) {
		j.erased[h] = at
	}
	return nil
}

// erasedAt returns when resident was last erased, and whether they were.
func (j *journal) erasedAt(resident string) (time.Time, bool) {
	j.mu.Lock()
	defer j.mu.Unlock()
	if j.salt == nil || len(j.erased) == 0 {
		return time.Time{}, false
	}
	at, ok := j.erased[j.hash(resident)]
	return at, ok
}

// replayErasures erases again every resident whose erasure the journal
// records and whose record was created before it (a restored backup),
// as conversation.Forget does: their open ticket is closed and the
// desk's copies are queued for erasure in the outbox, for the service's
// start. The journal is not written again.
func (s *Store) replayErasures(ctx context.Context) error {
	var again []string
	// A resident is stored under their id: the journal is asked by the
	// key, and only the records it names are decoded (Open pays no JSON
	// decoding per resident).
	err := s.read(func(tx *bbolt.Tx) error {
		return tx.Bucket(bucketResidents).ForEach(func(k, v []byte) error {
			at, ok := s.journal.erasedAt(string(k))
			if !ok {
				return nil
			}
			var r conversation.Resident
			if err := decode(v, &r, "resident", k); err != nil {
				return err
			}
			if !r.Created.After(at) {
				again = append(again, r.ID)
			}
			return nil
		})
	})
	if err != nil {
		return err
	}
	s.replaying = true
	defer func() { s.replaying = false }()
	for _, id := range again {
		if _, _, err := conversation.Forget(ctx, s, id, s.now(), true); err != nil && conversation.ErrorCode(err) != conversation.ENOTFOUND {
			return fmt.Errorf("erase again a resident of the erasure journal: %w", err)
		}
	}
	return nil
}
