package bolt

import (
	"bytes"
	"context"
	"path/filepath"
	"testing"
	"time"

	bbolt "go.etcd.io/bbolt"

	"pimmsbot/internal/conversation"
)

// TestIndexFollowsChanges checks that the index entries follow the
// records through a ticket's life, deliveries and the purge: every record
// is reachable, and a closed ticket or a delivered item leaves no entry.
func TestIndexFollowsChanges(t *testing.T) {
	ctx := context.Background()
	s, err := Open(filepath.Join(t.TempDir(), "pimmsbot.db"), Options{LockTimeout: time.Second})
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	const id = "telegram:7"
	day := time.Date(2026, 2, 1, 9, 0, 0, 0, time.UTC)
	r := conversation.Resident{ID: id, Label: "Usager 7", Created: day, Seen: day, Conversation: 1}
	c := conversation.Conversation{ID: 1, Resident: id, Started: day, Updated: day}
	tk := conversation.Ticket{Number: 1, Resident: id, Label: r.Label, Conversation: 1, Status: conversation.TicketWaiting, Requested: day}
	ch := &conversation.Change{
		Resident: &r, Conversation: &c, Tickets: []conversation.Ticket{tk},
		Messages: []conversation.Message{{Conversation: 1, At: day, Text: "bonjour"}},
		Outbox:   []conversation.Outgoing{{Queue: conversation.ResidentQueue(id), Kind: conversation.OutReply, Created: day}},
	}
	if err := s.Commit(ctx, ch); err != nil {
		t.Fatal(err)
	}
	later := day.Add(48 * time.Hour)
	r.Seen, c.Updated = later, later
	tk.Status, tk.Closed = conversation.TicketClosed, later
	ch = &conversation.Change{Resident: &r, Conversation: &c, Tickets: []conversation.Ticket{tk}, Delivered: []uint64{ch.Outbox[0].ID}}
	if err := s.Commit(ctx, ch); err != nil {
		t.Fatal(err)
	}
	counts := func() map[string]int {
		n := map[string]int{}
		s.read(func(tx *bbolt.Tx) error {
			if err := checkIndexes(tx); err != nil {
				t.Error(err)
			}
			for _, name := range indexBuckets {
				n[string(name)] = tx.Bucket(name).Stats().KeyN
			}
			return nil
		})
		return n
	}
	// The resident, conversation and ticket each under their last time
	// only, and the message; the conversation and ticket owned; the
	// ticket in its conversation; nothing open, no outbox entry.
	equalJSON(t, counts(), map[string]int{"idx-resident": 2, "idx-parent": 1, "idx-time": 4, "idx-timeof": 4, "idx-open": 0, "erasing": 0, "idx-period": 2})

	if _, err := s.Purge(ctx, later.Add(time.Hour)); err != nil {
		t.Fatal(err)
	}
	// All purged: only the ticket's place in its conversation stays, and
	// the conversation and ticket by start and request, for the reports.
	equalJSON(t, counts(), map[string]int{"idx-resident": 0, "idx-parent": 1, "idx-time": 0, "idx-timeof": 0, "idx-open": 0, "erasing": 0, "idx-period": 2})
}

// TestDeliveredReadAgain checks that the index entries of a delivered item
// go even when what Commit read of it before its transaction is stale (a
// retry saved it meanwhile) or missing: the transaction then reads the
// item again.
func TestDeliveredReadAgain(t *testing.T) {
	ctx := context.Background()
	s, err := Open(filepath.Join(t.TempDir(), "pimmsbot.db"), Options{LockTimeout: time.Second})
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	const id = "telegram:8"
	day := time.Date(2026, 2, 1, 9, 0, 0, 0, time.UTC)
	for _, refs := range []func(v []byte) []outboxRef{
		func(v []byte) []outboxRef { return nil },
		func(v []byte) []outboxRef {
			// What an earlier version of the item said, as if read
			// before a retry; its other fields must not be used.
			return []outboxRef{{value: append([]byte("{}"), v...), resident: "telegram:9", ticket: 99}}
		},
	} {
		ch := &conversation.Change{Outbox: []conversation.Outgoing{{Queue: conversation.TicketQueue(3), Kind: conversation.OutDeskPost, Resident: id, Ticket: 3, Created: day}}}
		if err := s.Commit(ctx, ch); err != nil {
			t.Fatal(err)
		}
		item := ch.Outbox[0].ID
		var v []byte
		s.read(func(tx *bbolt.Tx) error { v = bytes.Clone(tx.Bucket(bucketOutbox).Get(u64(item))); return nil })
		ch = &conversation.Change{Delivered: []uint64{item}}
		e, err := encode(ch)
		if err != nil {
			t.Fatal(err)
		}
		e.delivered = refs(v)
		if err := s.update(func(tx *bbolt.Tx) error { return apply(tx, ch, e, nil, nil) }); err != nil {
			t.Fatal(err)
		}
		s.read(func(tx *bbolt.Tx) error {
			if err := checkIndexes(tx); err != nil {
				t.Error(err)
			}
			for _, name := range [][]byte{bucketOwned, bucketParts} {
				if n := tx.Bucket(name).Stats().KeyN; n != 0 {
					t.Errorf("%s has %d keys after the delivery, want none", name, n)
				}
			}
			return nil
		})
	}
}
