package bolt

import (
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
	ch = &conversation.Change{Resident: &r, Conversation: &c, Tickets: []conversation.Ticket{tk}, Delivered: ch.Outbox}
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

// TestDeliveredUnindexed checks that the index entries of a delivered
// desk item, by resident and by ticket, go with it, and that an item
// delivered twice (erased or delivered meanwhile) changes nothing.
func TestDeliveredUnindexed(t *testing.T) {
	ctx := context.Background()
	s, err := Open(filepath.Join(t.TempDir(), "pimmsbot.db"), Options{LockTimeout: time.Second})
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	day := time.Date(2026, 2, 1, 9, 0, 0, 0, time.UTC)
	ch := &conversation.Change{Outbox: []conversation.Outgoing{
		{Queue: conversation.TicketQueue(3), Kind: conversation.OutDeskPost, Resident: "telegram:8", Ticket: 3, Created: day},
		{Queue: conversation.ResidentQueue("telegram:8"), Kind: conversation.OutReply, Resident: "telegram:8", Created: day},
	}}
	if err := s.Commit(ctx, ch); err != nil {
		t.Fatal(err)
	}
	keys := func() (owned, parts int) {
		s.read(func(tx *bbolt.Tx) error {
			if err := checkIndexes(tx); err != nil {
				t.Error(err)
			}
			owned, parts = tx.Bucket(bucketOwned).Stats().KeyN, tx.Bucket(bucketParts).Stats().KeyN
			return nil
		})
		return owned, parts
	}
	if owned, parts := keys(); owned != 2 || parts != 1 {
		t.Fatalf("%d owned and %d part entries for the items, want 2 and 1", owned, parts)
	}
	for range 2 {
		if err := s.Commit(ctx, &conversation.Change{Delivered: ch.Outbox}); err != nil {
			t.Fatal(err)
		}
		if owned, parts := keys(); owned != 0 || parts != 0 {
			t.Errorf("%d owned and %d part entries after the delivery, want none", owned, parts)
		}
	}
	if items, err := s.Outbox(ctx); err != nil || len(items) != 0 {
		t.Errorf("outbox = %+v, %v after the delivery", items, err)
	}
}
