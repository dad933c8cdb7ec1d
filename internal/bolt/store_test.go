package bolt_test

import (
	"bytes"
	"context"
	"encoding/binary"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	bbolt "go.etcd.io/bbolt"

	"pimmsbot/internal/bolt"
	"pimmsbot/internal/conversation"
)

// testTimeout keeps lock waits short in tests.
const testTimeout = 300 * time.Millisecond

// MustOpen opens a new store in a temporary directory and closes it at the
// end of the test.
func MustOpen(tb testing.TB) *bolt.Store {
	tb.Helper()
	return MustOpenPath(tb, filepath.Join(tb.TempDir(), "data", "pimmsbot.db"), bolt.Options{})
}

// MustOpenPath opens the store at path and closes it at the end of the test.
// A zero LockTimeout becomes testTimeout.
func MustOpenPath(tb testing.TB, path string, opts bolt.Options) *bolt.Store {
	tb.Helper()
	if opts.LockTimeout == 0 {
		opts.LockTimeout = testTimeout
	}
	s, err := bolt.Open(path, opts)
	if err != nil {
		tb.Fatalf("open %s: %v", path, err)
	}
	tb.Cleanup(func() {
		if err := s.Close(); err != nil {
			tb.Errorf("close: %v", err)
		}
	})
	return s
}

// MustReopen closes s and opens its file again.
func MustReopen(tb testing.TB, s *bolt.Store) *bolt.Store {
	tb.Helper()
	if err := s.Close(); err != nil {
		tb.Fatalf("close: %v", err)
	}
	return MustOpenPath(tb, s.Path(), bolt.Options{})
}

func wantCode(t *testing.T, err error, code string) {
	t.Helper()
	if got := conversation.ErrorCode(err); got != code {
		t.Fatalf("error code = %q (%v), want %q", got, err, code)
	}
}

func TestOpen(t *testing.T) {
	t.Run("CreatesDirectoryAndFile", func(t *testing.T) {
		dir := filepath.Join(t.TempDir(), "a", "b")
		path := filepath.Join(dir, "pimmsbot.db")
		MustOpenPath(t, path, bolt.Options{})
		fi, err := os.Stat(dir)
		if err != nil {
			t.Fatal(err)
		}
		if got := fi.Mode().Perm(); got != 0o700 {
			t.Errorf("directory mode = %v, want 0700", got)
		}
		fi, err = os.Stat(path)
		if err != nil {
			t.Fatal(err)
		}
		if got := fi.Mode().Perm(); got != 0o600 {
			t.Errorf("file mode = %v, want 0600", got)
		}
	})

	t.Run("LockedByAnother", func(t *testing.T) {
		s := MustOpen(t)
		start := time.Now()
		_, err := bolt.Open(s.Path(), bolt.Options{LockTimeout: 200 * time.Millisecond})
		elapsed := time.Since(start)
		wantCode(t, err, conversation.ECONFLICT)
		if elapsed > 2*time.Second {
			t.Errorf("failed after %v, want about 200ms", elapsed)
		}
		t.Log(err)
	})

	t.Run("NewerSchema", func(t *testing.T) {
		s := MustOpen(t)
		path := s.Path()
		s.Close()
		setSchema(t, path, bolt.SchemaVersion+1)
		_, err := bolt.Open(path, bolt.Options{LockTimeout: testTimeout})
		wantCode(t, err, conversation.ESCHEMA)
		t.Log(err)
		// The file is left as it was.
		setSchema(t, path, bolt.SchemaVersion)
		MustOpenPath(t, path, bolt.Options{})
	})

	t.Run("NotADatabase", func(t *testing.T) {
		path := filepath.Join(t.TempDir(), "x.db")
		if err := os.WriteFile(path, []byte("not a bbolt file, only text, quite long indeed........"), 0o600); err != nil {
			t.Fatal(err)
		}
		if _, err := bolt.Open(path, bolt.Options{LockTimeout: testTimeout}); err == nil {
			t.Fatal("opened a text file")
		}
	})

	t.Run("CloseTwice", func(t *testing.T) {
		s := MustOpen(t)
		if err := s.Close(); err != nil {
			t.Fatal(err)
		}
		if err := s.Close(); err != nil {
			t.Fatal(err)
		}
	})
}

// setSchema writes the schema version directly with bbolt.
func setSchema(t *testing.T, path string, version uint64) {
	t.Helper()
	db, err := bbolt.Open(path, 0o600, &bbolt.Options{Timeout: testTimeout})
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	err = db.Update(func(tx *bbolt.Tx) error {
		v := binary.BigEndian.AppendUint64(nil, version)
		return tx.Bucket([]byte("meta")).Put([]byte("schema"), v)
	})
	if err != nil {
		t.Fatal(err)
	}
}

func TestReopenKeepsEverything(t *testing.T) {
	ctx := context.Background()
	s := MustOpen(t)
	f := play(t, s, "telegram:1", time.Now())
	before, err := s.Export(ctx, f.resident)
	if err != nil {
		t.Fatal(err)
	}
	outbox, err := s.Outbox(ctx)
	if err != nil {
		t.Fatal(err)
	}

	s = MustReopen(t, s)
	after, err := s.Export(ctx, f.resident)
	if err != nil {
		t.Fatal(err)
	}
	equalJSON(t, after, before)
	outbox2, err := s.Outbox(ctx)
	if err != nil {
		t.Fatal(err)
	}
	equalJSON(t, outbox2, outbox)
	id, err := s.NextID(ctx, "conversation")
	if err != nil {
		t.Fatal(err)
	}
	if id != f.conv+1 {
		t.Errorf("NextID after reopen = %d, want %d", id, f.conv+1)
	}
}

func TestErrorsWrap(t *testing.T) {
	s := MustOpen(t)
	_, err := s.Resident(context.Background(), "nobody")
	var e *conversation.Error
	if !errors.As(err, &e) || e.Code != conversation.ENOTFOUND {
		t.Fatalf("err = %#v, want *conversation.Error ENOTFOUND", err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if _, err := s.Resident(ctx, "x"); !errors.Is(err, context.Canceled) {
		t.Fatalf("err = %v, want context.Canceled", err)
	}
	if err := s.Commit(ctx, &conversation.Change{}); !errors.Is(err, context.Canceled) {
		t.Fatalf("err = %v, want context.Canceled", err)
	}
}

// TestFindResident finds a resident by what the site manager knows: the
// stored id, a bare Telegram id, or the label on the desk, in any case.
func TestFindResident(t *testing.T) {
	ctx := context.Background()
	s := MustOpen(t)
	f := play(t, s, "telegram:42", t0)
	for _, who := range []string{"telegram:42", "42", " 42 ", f.label, strings.ToUpper(f.label)} {
		if id, err := s.FindResident(ctx, who); err != nil || id != f.resident {
			t.Errorf("FindResident(%q) = %q, %v, want %q", who, id, err, f.resident)
		}
	}
	for _, who := range []string{"43", "telegram:43", "Usager 0000"} {
		_, err := s.FindResident(ctx, who)
		wantCode(t, err, conversation.ENOTFOUND)
	}
	// Two residents whose tickets bear the same label.
	other := play(t, s, "telegram:44", t0)
	tk, err := s.Ticket(ctx, other.ticket)
	if err != nil {
		t.Fatal(err)
	}
	tk.Label = f.label
	if err := s.Commit(ctx, &conversation.Change{Tickets: []conversation.Ticket{tk}}); err != nil {
		t.Fatal(err)
	}
	_, err = s.FindResident(ctx, f.label)
	wantCode(t, err, conversation.EINVALID)
	// The site manager is told to name one of the two, in a sentence
	// whose pronoun agrees with the plural before it.
	if msg := err.Error(); !strings.Contains(msg, "2 usagers") || strings.Contains(msg, "son identifiant") {
		t.Errorf("two residents: %q", msg)
	}
}

// TestSchema4Modes opens a file of schema 4, whose residents hold their
// mode as a number: Open moves it to the current schema, the numbers read
// as before, and a resident saved again holds the mode's name.
func TestSchema4Modes(t *testing.T) {
	ctx := context.Background()
	s := MustOpen(t)
	path := s.Path()
	s.Close()
	db, err := bbolt.Open(path, 0o600, &bbolt.Options{Timeout: testTimeout})
	if err != nil {
		t.Fatal(err)
	}
	err = db.Update(func(tx *bbolt.Tx) error {
		return tx.Bucket([]byte("residents")).Put([]byte("telegram:7"),
			[]byte(`{"id":"telegram:7","label":"Usager 0007","conversation":3,"mode":1,"ticket":9}`))
	})
	db.Close()
	if err != nil {
		t.Fatal(err)
	}
	setSchema(t, path, 4)

	s = MustOpenPath(t, path, bolt.Options{})
	r, err := s.Resident(ctx, "telegram:7")
	if err != nil || r.Mode != conversation.ModeWaiting || r.Ticket != 9 {
		t.Fatalf("Resident = %+v, %v; want waiting for ticket 9", r, err)
	}
	r.Mode = conversation.ModeClaimed
	if err := s.Commit(ctx, &conversation.Change{Resident: &r}); err != nil {
		t.Fatal(err)
	}
	s.Close()
	db, err = bbolt.Open(path, 0o600, &bbolt.Options{Timeout: testTimeout, ReadOnly: true})
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	db.View(func(tx *bbolt.Tx) error {
		if v := tx.Bucket([]byte("residents")).Get([]byte("telegram:7")); !bytes.Contains(v, []byte(`"mode":"claimed"`)) {
			t.Errorf("resident saved as %s", v)
		}
		if v := tx.Bucket([]byte("meta")).Get([]byte("schema")); binary.BigEndian.Uint64(v) != bolt.SchemaVersion {
			t.Errorf("schema %x after Open, want %d", v, bolt.SchemaVersion)
		}
		return nil
	})
}
