package bolt

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"path/filepath"
	"testing"
	"time"

	bbolt "go.etcd.io/bbolt"

	"pimmsbot/internal/conversation"
)

// TestEraseFinishedAtOpen stops an erasure after its first transactions,
// as a crash would, and checks that the next Open finishes it: nothing
// names the resident, their ticket is closed, the mark is gone.
func TestEraseFinishedAtOpen(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "pimmsbot.db")
	s, err := Open(path, Options{LockTimeout: time.Second})
	if err != nil {
		t.Fatal(err)
	}
	const id = "telegram:4242"
	at := time.Date(2026, 3, 2, 10, 0, 0, 0, time.UTC)
	ch := &conversation.Change{
		Resident:     &conversation.Resident{ID: id, Label: "Usager 4242", Created: at, Seen: at, Conversation: 1, Mode: conversation.ModeWaiting, Ticket: 1},
		Conversation: &conversation.Conversation{ID: 1, Resident: id, Started: at, Updated: at},
		Tickets:      []conversation.Ticket{{Number: 1, Resident: id, Label: "Usager 4242", Conversation: 1, Status: conversation.TicketWaiting, Requested: at}},
		Feedback:     []conversation.Feedback{{Conversation: 1, At: at, Question: "question of " + id}},
		Unanswered:   []conversation.Unanswered{{Conversation: 1, At: at, Question: "unanswered of " + id}},
		Outbox:       []conversation.Outgoing{{Queue: conversation.ResidentQueue(id), Resident: id, Kind: conversation.OutReply, Created: at}},
	}
	for i := range 30 {
		ch.Messages = append(ch.Messages, conversation.Message{Conversation: 1, At: at, Text: fmt.Sprintf("message %d of %s", i, id)})
	}
	if err := s.Commit(ctx, ch); err != nil {
		t.Fatal(err)
	}

	defer func(n int) { eraseBudget, afterEraseTx = n, nil }(eraseBudget)
	eraseBudget = 5
	crash := errors.New("killed")
	txs := 0
	afterEraseTx = func() error {
		if txs++; txs == 2 {
			return crash
		}
		return nil
	}
	if err := s.Erase(ctx, id); !errors.Is(err, crash) {
		t.Fatalf("erase killed midway: %v", err)
	}
	var marked, left bool
	s.read(func(tx *bbolt.Tx) error {
		marked = tx.Bucket(bucketErasing).Get([]byte(id)) != nil
		left = tx.Bucket(bucketResidents).Get([]byte(id)) != nil
		return nil
	})
	if !marked || !left {
		t.Fatalf("after the kill: marked %v, resident left %v; want both", marked, left)
	}
	if err := s.Close(); err != nil {
		t.Fatal(err)
	}

	afterEraseTx = nil
	s, err = Open(path, Options{LockTimeout: time.Second})
	if err != nil {
		t.Fatal(err)
	}
	tk, err := s.Ticket(ctx, 1)
	if err != nil || tk.Status != conversation.TicketClosed || tk.Gone != conversation.GoneErased || tk.Resident != "" {
		t.Errorf("ticket after the erasure = %+v, %v; want closed, erased, anonymous", tk, err)
	}
	if msgs, _ := s.Messages(ctx, 1); len(msgs) != 0 {
		t.Errorf("%d messages left", len(msgs))
	}
	err = s.read(func(tx *bbolt.Tx) error {
		var found []string
		tx.ForEach(func(name []byte, b *bbolt.Bucket) error {
			return b.ForEach(func(k, v []byte) error {
				if bytes.Contains(k, []byte(id)) || bytes.Contains(v, []byte(id)) {
					found = append(found, fmt.Sprintf("%s/%x", name, k))
				}
				return nil
			})
		})
		if len(found) > 0 {
			return fmt.Errorf("the erased resident is still named in %v", found)
		}
		return checkIndexes(tx)
	})
	if err != nil {
		t.Error(err)
	}
	if err := s.Close(); err != nil {
		t.Fatal(err)
	}
}
