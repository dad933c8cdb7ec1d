package bolt_test

import (
	"context"
	"fmt"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"pimmsbot/internal/bolt"
	"pimmsbot/internal/conversation"
)

var t0 = time.Date(2025, 3, 10, 9, 0, 0, 0, time.UTC)

func TestRecords(t *testing.T) {
	ctx := context.Background()
	s := MustOpen(t)
	f := play(t, s, "telegram:42", t0)

	t.Run("Resident", func(t *testing.T) {
		r, err := s.Resident(ctx, f.resident)
		if err != nil {
			t.Fatal(err)
		}
		if r.Label != f.label || r.Conversation != f.conv || r.Mode != conversation.ModeWaiting || !r.Seen.Equal(t0) {
			t.Errorf("resident = %+v", r)
		}
		_, err = s.Resident(ctx, "telegram:43")
		wantCode(t, err, conversation.ENOTFOUND)
	})
	t.Run("Conversation", func(t *testing.T) {
		c, err := s.Conversation(ctx, f.conv)
		if err != nil {
			t.Fatal(err)
		}
		if c.Resident != f.resident || c.Questions != 2 || c.Handovers != 1 {
			t.Errorf("conversation = %+v", c)
		}
		_, err = s.Conversation(ctx, f.conv+100)
		wantCode(t, err, conversation.ENOTFOUND)
	})
	t.Run("Ticket", func(t *testing.T) {
		tk, err := s.Ticket(ctx, f.ticket)
		if err != nil {
			t.Fatal(err)
		}
		if tk.Resident != f.resident || tk.Status != conversation.TicketWaiting || tk.Conversation != f.conv {
			t.Errorf("ticket = %+v", tk)
		}
		_, err = s.Ticket(ctx, f.ticket+100)
		wantCode(t, err, conversation.ENOTFOUND)
	})
	t.Run("Messages", func(t *testing.T) {
		msgs, err := s.Messages(ctx, f.conv)
		if err != nil {
			t.Fatal(err)
		}
		var froms []conversation.Author
		for i, m := range msgs {
			froms = append(froms, m.From)
			if m.Conversation != f.conv || m.Seq == 0 || (i > 0 && m.Seq <= msgs[i-1].Seq) {
				t.Errorf("message %d = %+v", i, m)
			}
		}
		want := []conversation.Author{conversation.FromResident, conversation.FromBot, conversation.FromResident, conversation.FromSystem}
		if !slices.Equal(froms, want) {
			t.Errorf("authors = %v, want %v", froms, want)
		}
		msgs, err = s.Messages(ctx, f.conv+100)
		if err != nil || len(msgs) != 0 {
			t.Errorf("unknown conversation: %v, %v", msgs, err)
		}
	})
}

func TestNextID(t *testing.T) {
	ctx := context.Background()
	s := MustOpen(t)
	for want := uint64(1); want <= 3; want++ {
		if got, err := s.NextID(ctx, "ticket"); err != nil || got != want {
			t.Fatalf("NextID(ticket) = %d, %v; want %d", got, err, want)
		}
	}
	if got, _ := s.NextID(ctx, "conversation"); got != 1 {
		t.Errorf("NextID(conversation) = %d, want 1: sequences are independent", got)
	}
	_, err := s.NextID(ctx, "")
	wantCode(t, err, conversation.EINVALID)

	var mu sync.Mutex
	seen := map[uint64]bool{}
	var wg sync.WaitGroup
	for range 20 {
		wg.Go(func() {
			id, err := s.NextID(ctx, "concurrent")
			if err != nil {
				t.Error(err)
			}
			mu.Lock()
			defer mu.Unlock()
			if seen[id] {
				t.Errorf("id %d twice", id)
			}
			seen[id] = true
		})
	}
	wg.Wait()
}

func TestOpenTickets(t *testing.T) {
	ctx := context.Background()
	s := MustOpen(t)
	tickets := []conversation.Ticket{
		{Number: 1, Conversation: 1, Status: conversation.TicketClosed, Requested: t0},
		{Number: 2, Conversation: 2, Status: conversation.TicketClaimed, Requested: t0.Add(2 * time.Hour)},
		{Number: 3, Conversation: 3, Status: conversation.TicketWaiting, Requested: t0.Add(time.Hour)},
		{Number: 4, Conversation: 4, Status: conversation.TicketWaiting, Requested: t0.Add(3 * time.Hour)},
	}
	if err := s.Commit(ctx, &conversation.Change{Tickets: tickets}); err != nil {
		t.Fatal(err)
	}
	open, err := s.OpenTickets(ctx)
	if err != nil {
		t.Fatal(err)
	}
	var got []uint64
	for _, tk := range open {
		got = append(got, tk.Number)
	}
	if want := []uint64{3, 2, 4}; !slices.Equal(got, want) {
		t.Errorf("open tickets = %v, want %v", got, want)
	}
	// Saving a ticket again replaces it.
	tickets[1].Status = conversation.TicketClosed
	if err := s.Commit(ctx, &conversation.Change{Tickets: tickets[1:2]}); err != nil {
		t.Fatal(err)
	}
	open, _ = s.OpenTickets(ctx)
	if len(open) != 2 {
		t.Errorf("%d open tickets after closing one, want 2", len(open))
	}
}

func TestOutbox(t *testing.T) {
	ctx := context.Background()
	s := MustOpen(t)
	item := func(queue string) conversation.Outgoing {
		return conversation.Outgoing{Queue: queue, Kind: conversation.OutReply, Created: t0,
			Reply: &conversation.Reply{Text: "hello " + queue}}
	}
	ch := &conversation.Change{Outbox: []conversation.Outgoing{item("r:b"), item("r:a"), item("t:1"), item("r:b")}}
	if err := s.Commit(ctx, ch); err != nil {
		t.Fatal(err)
	}
	var ids []uint64
	for _, o := range ch.Outbox {
		ids = append(ids, o.ID)
	}
	if want := []uint64{1, 2, 3, 4}; !slices.Equal(ids, want) {
		t.Fatalf("Commit set ids %v, want %v", ids, want)
	}
	got := outboxIDs(t, s)
	if want := []uint64{2, 1, 4, 3}; !slices.Equal(got, want) {
		t.Errorf("outbox = %v, want %v (by queue then id)", got, want)
	}

	retry := ch.Outbox[0]
	retry.Attempts, retry.NotBefore = 2, t0.Add(time.Minute)
	gone := ch.Outbox[2]
	gone.Attempts = 5
	ch = &conversation.Change{
		Delivered: []conversation.Outgoing{ch.Outbox[1], ch.Outbox[2]},
		Retry:     []conversation.Outgoing{retry, gone},
		Outbox:    []conversation.Outgoing{item("r:c")},
	}
	if err := s.Commit(ctx, ch); err != nil {
		t.Fatal(err)
	}
	if ch.Outbox[0].ID != 5 {
		t.Errorf("new item id = %d, want 5", ch.Outbox[0].ID)
	}
	items, err := s.Outbox(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if got, want := outboxIDs(t, s), []uint64{1, 4, 5}; !slices.Equal(got, want) {
		t.Fatalf("outbox = %v, want %v: delivered items deleted, not resurrected by a retry", got, want)
	}
	if items[0].Attempts != 2 || !items[0].NotBefore.Equal(t0.Add(time.Minute)) || items[0].Reply.Text != "hello r:b" {
		t.Errorf("retried item = %+v", items[0])
	}
}

func outboxIDs(t *testing.T, s interface {
	Outbox(context.Context) ([]conversation.Outgoing, error)
}) []uint64 {
	t.Helper()
	items, err := s.Outbox(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	var ids []uint64
	for _, o := range items {
		ids = append(ids, o.ID)
	}
	return ids
}

func TestCommitInvalid(t *testing.T) {
	ctx := context.Background()
	s := MustOpen(t)
	tests := []struct {
		name string
		ch   conversation.Change
	}{
		{"ResidentWithoutID", conversation.Change{Resident: &conversation.Resident{Label: "x"}}},
		{"ConversationWithoutID", conversation.Change{Conversation: &conversation.Conversation{}}},
		{"TicketWithoutNumber", conversation.Change{Tickets: []conversation.Ticket{{Conversation: 1}}}},
		{"MessageWithoutConversation", conversation.Change{Messages: []conversation.Message{{Text: "x"}}}},
		{"FeedbackWithoutConversation", conversation.Change{Feedback: []conversation.Feedback{{Entry: "x"}}}},
		{"UnansweredWithoutConversation", conversation.Change{Unanswered: []conversation.Unanswered{{Question: "x"}}}},
		{"OutboxWithoutQueue", conversation.Change{Outbox: []conversation.Outgoing{{Kind: conversation.OutReply}}}},
		{"RetryWithoutID", conversation.Change{Retry: []conversation.Outgoing{{Queue: "r:x"}}}},
		{"DeliveredWithoutID", conversation.Change{Delivered: []conversation.Outgoing{{Queue: "r:x"}}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			// A valid part in the same change must not be stored.
			tt.ch.Outbox = append(tt.ch.Outbox, conversation.Outgoing{Queue: "r:ok"})
			wantCode(t, s.Commit(ctx, &tt.ch), conversation.EINVALID)
		})
	}
	if ids := outboxIDs(t, s); len(ids) != 0 {
		t.Errorf("outbox = %v after invalid commits, want empty", ids)
	}
	if err := s.Commit(ctx, nil); err != nil {
		t.Errorf("Commit(nil) = %v", err)
	}
}

// TestCommitBatchFailure commits 50 changes at once, two of which fail:
// one cannot be encoded (it fails before its transaction), one has a key
// bbolt refuses (it fails inside the shared transaction: the store
// rolls it back and runs every function again). Each of the 48 others
// must be stored exactly once.
func TestCommitBatchFailure(t *testing.T) {
	ctx := context.Background()
	// A long delay puts all 50 commits in one batch.
	s := MustOpenPath(t, filepath.Join(t.TempDir(), "pimmsbot.db"), bolt.Options{MaxBatchDelay: 100 * time.Millisecond})
	const n, badDate, badKey = 50, 17, 33
	bad := func(i int) bool { return i == badDate || i == badKey }
	changes := make([]*conversation.Change, n)
	for i := range changes {
		conv := uint64(i + 1)
		at := t0
		if i == badDate {
			at = time.Date(10000, 1, 1, 0, 0, 0, 0, time.UTC) // JSON cannot encode it
		}
		resident := fmt.Sprintf("telegram:%d", i)
		if i == badKey {
			resident = "telegram:" + strings.Repeat("9", 40_000) // longer than bbolt's longest key
		}
		changes[i] = &conversation.Change{
			Resident:     &conversation.Resident{ID: resident, Conversation: conv},
			Conversation: &conversation.Conversation{ID: conv, Resident: resident},
			Messages: []conversation.Message{
				{Conversation: conv, At: t0, Text: fmt.Sprintf("first %d", i)},
				{Conversation: conv, At: at, Text: fmt.Sprintf("second %d", i)},
			},
			Feedback:   []conversation.Feedback{{Conversation: conv, At: t0}},
			Unanswered: []conversation.Unanswered{{Conversation: conv, At: t0}},
			Proposals:  []conversation.Proposal{{Conversation: conv, Ticket: conv, At: t0, Question: fmt.Sprintf("q %d", i)}},
			Outbox:     []conversation.Outgoing{{Queue: "r:" + resident, Created: t0}},
		}
	}
	errs := make([]error, n)
	start := make(chan struct{})
	var wg sync.WaitGroup
	for i := range changes {
		wg.Go(func() {
			<-start
			errs[i] = s.Commit(ctx, changes[i])
		})
	}
	close(start)
	wg.Wait()

	seqs := map[uint64]bool{}
	for i, ch := range changes {
		if bad(i) {
			if errs[i] == nil {
				t.Fatalf("commit %d succeeded", i)
			}
			if i == badKey && !strings.Contains(errs[i].Error(), "key too large") {
				t.Errorf("commit %d failed with %v, want bbolt's refusal of its key", i, errs[i])
			}
			if ch.Messages[0].Seq != 0 || ch.Outbox[0].ID != 0 {
				t.Errorf("failed commit changed its Change: %+v", ch)
			}
			if _, err := s.Resident(ctx, ch.Resident.ID); conversation.ErrorCode(err) != conversation.ENOTFOUND {
				t.Errorf("failed commit stored its resident (%v)", err)
			}
			continue
		}
		if errs[i] != nil {
			t.Fatalf("commit %d: %v", i, errs[i])
		}
		msgs, err := s.Messages(ctx, ch.Conversation.ID)
		if err != nil {
			t.Fatal(err)
		}
		if len(msgs) != 2 || msgs[0].Text != ch.Messages[0].Text || msgs[1].Text != ch.Messages[1].Text {
			t.Fatalf("conversation %d has %+v", i, msgs)
		}
		for j, m := range msgs {
			if m.Seq != ch.Messages[j].Seq {
				t.Errorf("commit %d: Change says seq %d, store says %d", i, ch.Messages[j].Seq, m.Seq)
			}
			if seqs[m.Seq] {
				t.Errorf("seq %d twice", m.Seq)
			}
			seqs[m.Seq] = true
		}
	}
	count := func(name string, got, want int) {
		if got != want {
			t.Errorf("%d %s, want %d", got, name, want)
		}
	}
	items, _ := s.Outbox(ctx)
	count("outbox items", len(items), n-2)
	ids := map[uint64]bool{}
	for i, ch := range changes {
		if !bad(i) {
			ids[ch.Outbox[0].ID] = true
		}
	}
	for _, o := range items {
		if !ids[o.ID] {
			t.Errorf("outbox item %d is not one the commits reported", o.ID)
		}
	}
	count("distinct outbox ids", len(ids), n-2)
	fb, _ := s.FeedbackSince(ctx, time.Time{})
	count("feedback", len(fb), n-2)
	un, _ := s.Unanswered(ctx, time.Time{})
	count("unanswered questions", len(un), n-2)
	ps, _ := s.Proposals(ctx, true)
	count("proposals", len(ps), n-2)
	pids := map[uint64]bool{}
	for _, p := range ps {
		if p.ID == 0 || pids[p.ID] {
			t.Errorf("proposal %+v: number 0 or twice", p)
		}
		pids[p.ID] = true
	}
	total := 0
	s.ForEachConversation(ctx, func(c conversation.Conversation) error {
		m, _ := s.Messages(ctx, c.ID)
		total += len(m)
		return nil
	})
	count("messages", total, 2*(n-2))
}

// TestConcurrentResidents sends 1,000 messages from 100 residents writing at
// once, each one message at a time as the core does.
func TestConcurrentResidents(t *testing.T) {
	ctx := context.Background()
	s := MustOpen(t)
	const residents, perResident = 100, 10
	var wg sync.WaitGroup
	for r := range residents {
		wg.Go(func() {
			conv := uint64(r + 1)
			for i := range perResident {
				ch := &conversation.Change{
					Conversation: &conversation.Conversation{ID: conv, Questions: i + 1},
					Messages:     []conversation.Message{{Conversation: conv, At: t0, Text: fmt.Sprintf("r%d m%d", r, i)}},
				}
				if err := s.Commit(ctx, ch); err != nil {
					t.Error(err)
					return
				}
			}
		})
	}
	wg.Wait()
	s = MustReopen(t, s)
	seqs := map[uint64]bool{}
	for r := range residents {
		msgs, err := s.Messages(ctx, uint64(r+1))
		if err != nil {
			t.Fatal(err)
		}
		if len(msgs) != perResident {
			t.Fatalf("resident %d: %d messages, want %d", r, len(msgs), perResident)
		}
		for i, m := range msgs {
			if want := fmt.Sprintf("r%d m%d", r, i); m.Text != want {
				t.Errorf("resident %d message %d = %q, want %q", r, i, m.Text, want)
			}
			if seqs[m.Seq] {
				t.Errorf("seq %d twice", m.Seq)
			}
			seqs[m.Seq] = true
		}
		c, _ := s.Conversation(ctx, uint64(r+1))
		if c.Questions != perResident {
			t.Errorf("conversation %d: %d questions, want %d", r, c.Questions, perResident)
		}
	}
}

func TestCommitUpdateOnce(t *testing.T) {
	s := MustOpen(t)
	ctx := context.Background()
	change := func(text string) *conversation.Change {
		return &conversation.Change{
			Update:   &conversation.UpdateRef{Channel: "telegram", ID: 77},
			Messages: []conversation.Message{{Conversation: 1, From: conversation.FromResident, Text: text}},
		}
	}
	if err := s.Commit(ctx, change("first")); err != nil {
		t.Fatal(err)
	}
	if err := s.Commit(ctx, change("again")); conversation.ErrorCode(err) != conversation.EDUPLICATE {
		t.Fatalf("second commit of the same update: %v, want EDUPLICATE", err)
	}
	msgs, err := s.Messages(ctx, 1)
	if err != nil || len(msgs) != 1 || msgs[0].Text != "first" {
		t.Fatalf("messages = %+v, %v: the duplicate was written", msgs, err)
	}
	// SeenUpdate and Commit share the record.
	if fresh, err := s.SeenUpdate(ctx, "telegram", 77); err != nil || fresh {
		t.Fatalf("SeenUpdate after Commit = %v, %v, want not fresh", fresh, err)
	}
	if _, err := s.SeenUpdate(ctx, "telegram", 78); err != nil {
		t.Fatal(err)
	}
	ch := change("late")
	ch.Update.ID = 78
	if err := s.Commit(ctx, ch); conversation.ErrorCode(err) != conversation.EDUPLICATE {
		t.Fatalf("commit after SeenUpdate: %v, want EDUPLICATE", err)
	}
	// Concurrent commits of one update: exactly one is written.
	var wg sync.WaitGroup
	var written atomic.Int32
	for range 20 {
		wg.Go(func() {
			c := change("race")
			c.Update.ID = 79
			switch err := s.Commit(ctx, c); conversation.ErrorCode(err) {
			case "":
				written.Add(1)
			case conversation.EDUPLICATE:
			default:
				t.Error(err)
			}
		})
	}
	wg.Wait()
	if n := written.Load(); n != 1 {
		t.Fatalf("%d concurrent commits of one update were written, want 1", n)
	}
}
