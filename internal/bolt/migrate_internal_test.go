package bolt

import (
	"bytes"
	"context"
	"encoding/binary"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"testing"
	"time"

	bbolt "go.etcd.io/bbolt"

	"pimmsbot/internal/conversation"
)

// schema1 is what the code of schema 1 read from testdata/schema1.db
// before it was committed: Export of every resident, OpenTickets, and the
// report reads.
type schema1 struct {
	Exports     map[string]*conversation.Export `json:"exports"`
	Open        []conversation.Ticket           `json:"open"`
	Feedback    []conversation.Feedback         `json:"feedback"`
	Unanswered  []conversation.Unanswered       `json:"unanswered"`
	Suggestions []conversation.Suggestion       `json:"suggestions"`
	Outbox      []conversation.Outgoing         `json:"outbox"`
}

// copySchema1 copies the schema-1 database of testdata, and its erasure
// journal, into a temporary directory and returns the copy's path.
func copySchema1(t *testing.T) string {
	t.Helper()
	path := filepath.Join(t.TempDir(), "pimmsbot.db")
	for _, suffix := range []string{"", JournalSuffix} {
		data, err := os.ReadFile("testdata/schema1.db" + suffix)
		if err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path+suffix, data, 0o600); err != nil {
			t.Fatal(err)
		}
	}
	return path
}

// TestMigrateSchema1 opens a file written by the code of schema 1 (see
// testdata), stopping the migration midway once as a crash would, and
// checks that every record is found by the new indexes afterwards.
func TestMigrateSchema1(t *testing.T) {
	path := copySchema1(t)
	var golden schema1
	data, err := os.ReadFile("testdata/schema1.json")
	if err != nil {
		t.Fatal(err)
	}
	if err := json.Unmarshal(data, &golden); err != nil {
		t.Fatal(err)
	}

	defer func(n int) { migrateChunk, afterMigrateTx = n, nil }(migrateChunk)
	migrateChunk = 7
	crash := errors.New("killed")
	txs := 0
	afterMigrateTx = func() error {
		if txs++; txs == 12 {
			return crash
		}
		return nil
	}
	if _, err := Open(path, Options{LockTimeout: time.Second}); !errors.Is(err, crash) {
		t.Fatalf("open with the migration killed: %v", err)
	}
	version, progress := schemaOf(t, path)
	if version != 1 || progress == nil || progress[0] == 0 {
		t.Fatalf("after the kill: schema %d, progress %x; want 1 and a step past the first", version, progress)
	}

	txs = 0
	afterMigrateTx = func() error { txs++; return nil }
	s, err := Open(path, Options{LockTimeout: time.Second})
	if err != nil {
		t.Fatal(err)
	}
	if txs == 0 {
		t.Error("the second Open did not go on with the migration")
	}
	ctx := context.Background()
	for id, want := range golden.Exports {
		got, err := s.Export(ctx, id)
		if err != nil {
			t.Fatalf("export %s: %v", id, err)
		}
		want.Messages = numbered(want.Messages)
		equalJSON(t, got, want)
	}
	open, err := s.OpenTickets(ctx)
	if err != nil {
		t.Fatal(err)
	}
	equalJSON(t, open, golden.Open)
	fb, err := s.FeedbackSince(ctx, time.Time{})
	un, err2 := s.Unanswered(ctx, time.Time{})
	sg, err3 := s.SuggestionsSince(ctx, time.Time{})
	out, err4 := s.Outbox(ctx)
	if err := errors.Join(err, err2, err3, err4); err != nil {
		t.Fatal(err)
	}
	equalJSON(t, fb, golden.Feedback)
	equalJSON(t, un, golden.Unanswered)
	equalJSON(t, sg, golden.Suggestions)
	equalJSON(t, out, golden.Outbox)
	if err := s.read(checkIndexes); err != nil {
		t.Error(err)
	}
	if err := s.Close(); err != nil {
		t.Fatal(err)
	}
	if version, progress := schemaOf(t, path); version != SchemaVersion || progress != nil {
		t.Errorf("after the migration: schema %d, progress %x", version, progress)
	}
}

// schemaOf returns the schema version of the file at path and the
// progress of a migration under way.
func schemaOf(t *testing.T, path string) (uint64, []byte) {
	t.Helper()
	db, err := bbolt.Open(path, 0o600, &bbolt.Options{ReadOnly: true, Timeout: time.Second})
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	var version uint64
	var progress []byte
	db.View(func(tx *bbolt.Tx) error {
		meta := tx.Bucket(bucketMeta)
		version = binary.BigEndian.Uint64(meta.Get(keySchema))
		progress = bytes.Clone(meta.Get(keyMigrate))
		return nil
	})
	return version, progress
}

// checkIndexes returns an error naming every record that its index
// entries do not lead to.
func checkIndexes(tx *bbolt.Tx) error {
	x := indexOf(tx)
	var missing []error
	has := func(b *bbolt.Bucket, key []byte, what string, args ...any) {
		if b.Get(key) == nil {
			missing = append(missing, fmt.Errorf(what, args...))
		}
	}
	// timed checks that a record whose time moves is listed no later
	// than its time.
	timed := func(kind byte, at time.Time, key []byte, what string, args ...any) {
		old := x.timeOf.Get(append([]byte{kind}, key...))
		if old == nil || bytes.Compare(old, nanos(at)) > 0 {
			missing = append(missing, fmt.Errorf(what, args...))
			return
		}
		has(x.times, append(append([]byte{kind}, old...), key...), what, args...)
	}
	scan(tx.Bucket(bucketConversations), "conversation", func(k []byte, c *conversation.Conversation) error {
		if c.Resident != "" {
			has(x.owned, ownedKey(c.Resident, kindConversation, c.ID), "conversation %d not owned by %s", c.ID, c.Resident)
		}
		if !c.Purged || c.Resident != "" {
			timed(kindConversation, lastUpdate(c), k, "conversation %d not timed", c.ID)
		}
		return nil
	})
	scan(tx.Bucket(bucketTickets), "ticket", func(k []byte, t *conversation.Ticket) error {
		if t.Resident != "" {
			has(x.owned, ownedKey(t.Resident, kindTicket, t.Number), "ticket %d not owned", t.Number)
		}
		has(x.parts, partKey(kindConversation, t.Conversation, kindTicket, t.Number), "ticket %d not in its conversation", t.Number)
		if t.Open() {
			has(x.open, k, "open ticket %d not listed", t.Number)
		}
		if named(t) {
			timed(kindTicket, lastActivity(t), k, "ticket %d not timed", t.Number)
		}
		return nil
	})
	scan(tx.Bucket(bucketResidents), "resident", func(k []byte, r *conversation.Resident) error {
		timed(kindResident, lastSeen(r), k, "resident %s not timed", r.ID)
		return nil
	})
	scan(tx.Bucket(bucketMessages), "message", func(k []byte, m *conversation.Message) error {
		if !m.At.IsZero() {
			timed(kindMessage, m.At, k[:8], "message %x not timed", k)
		}
		return nil
	})
	scan(tx.Bucket(bucketFeedback), "feedback", func(k []byte, f *conversation.Feedback) error {
		has(x.parts, partKey(kindConversation, f.Conversation, kindFeedback, seqOf(k)), "feedback %x not in its conversation", k)
		if f.Question != "" {
			has(x.times, timeKey(kindFeedback, f.At, k), "feedback %x not timed", k)
		}
		return nil
	})
	scan(tx.Bucket(bucketUnanswered), "unanswered", func(k []byte, u *conversation.Unanswered) error {
		has(x.parts, partKey(kindConversation, u.Conversation, kindUnanswered, seqOf(k)), "unanswered %x not in its conversation", k)
		has(x.times, timeKey(kindUnanswered, u.At, k), "unanswered %x not timed", k)
		return nil
	})
	scan(tx.Bucket(bucketSuggestions), "suggestion", func(k []byte, sg *conversation.Suggestion) error {
		has(x.parts, partKey(kindConversation, sg.Conversation, kindSuggestion, seqOf(k)), "suggestion %x not in its conversation", k)
		return nil
	})
	scan(tx.Bucket(bucketProposals), "proposal", func(k []byte, p *conversation.Proposal) error {
		has(x.parts, partKey(kindTicket, p.Ticket, kindProposal, seqOf(k)), "proposal %x not in its ticket", k)
		return nil
	})
	scan(tx.Bucket(bucketOutbox), "outbox item", func(k []byte, o *conversation.Outgoing) error {
		if r := outboxOwner(o); r != "" {
			has(x.owned, ownedKey(r, kindOutbox, seqOf(k)), "outbox item %x not owned", k)
		}
		if o.Ticket != 0 {
			has(x.parts, partKey(kindTicket, o.Ticket, kindOutbox, seqOf(k)), "outbox item %x not in its ticket", k)
		}
		return nil
	})
	return errors.Join(append(missing, checkPeriods(tx))...)
}

// equalJSON fails when got and want differ once encoded.
func equalJSON(tb testing.TB, got, want any) {
	tb.Helper()
	g, _ := json.Marshal(got)
	w, _ := json.Marshal(want)
	if !bytes.Equal(g, w) {
		tb.Errorf("got  %s\nwant %s", g, w)
	}
}

// numbered returns msgs numbered from 1 in each conversation, as Export
// numbers them.
func numbered(msgs []conversation.Message) []conversation.Message {
	out := slices.Clone(msgs)
	n := map[uint64]uint64{}
	for i := range out {
		n[out[i].Conversation]++
		out[i].Seq = n[out[i].Conversation]
	}
	return out
}
