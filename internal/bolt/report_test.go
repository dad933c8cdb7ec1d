package bolt_test

import (
	"context"
	"errors"
	"sync"
	"testing"
	"time"

	"pimmsbot/internal/conversation"
)

func TestForEach(t *testing.T) {
	ctx := context.Background()
	s := MustOpen(t)
	// More than a page of each, committed concurrently.
	const n = 1234
	tickets := make([]conversation.Ticket, n)
	for i := range tickets {
		tickets[i] = conversation.Ticket{Number: uint64(i + 1), Conversation: uint64(i + 1), Status: conversation.TicketClosed}
	}
	if err := s.Commit(ctx, &conversation.Change{Tickets: tickets}); err != nil {
		t.Fatal(err)
	}
	var wg sync.WaitGroup
	for g := range 50 {
		wg.Go(func() {
			for i := g; i < n; i += 50 {
				c := &conversation.Conversation{ID: uint64(i + 1), Questions: i}
				if err := s.Commit(ctx, &conversation.Change{Conversation: c}); err != nil {
					t.Error(err)
					return
				}
			}
		})
	}
	wg.Wait()

	var last uint64
	count := 0
	err := s.ForEachConversation(ctx, func(c conversation.Conversation) error {
		if c.ID != last+1 || c.Questions != int(c.ID)-1 {
			t.Fatalf("conversation %+v after %d", c, last)
		}
		// fn runs outside a transaction: it may use the store.
		if _, err := s.NextID(ctx, "x"); err != nil {
			return err
		}
		last = c.ID
		count++
		return nil
	})
	if err != nil || count != n {
		t.Fatalf("ForEachConversation: %d conversations, %v; want %d", count, err, n)
	}
	last, count = 0, 0
	err = s.ForEachTicket(ctx, func(tk conversation.Ticket) error {
		if tk.Number != last+1 {
			t.Fatalf("ticket %d after %d", tk.Number, last)
		}
		last = tk.Number
		count++
		return nil
	})
	if err != nil || count != n {
		t.Fatalf("ForEachTicket: %d tickets, %v; want %d", count, err, n)
	}

	stop := errors.New("stop")
	count = 0
	err = s.ForEachTicket(ctx, func(conversation.Ticket) error {
		count++
		if count == 3 {
			return stop
		}
		return nil
	})
	if err != stop || count != 3 {
		t.Errorf("ForEachTicket stopped after %d with %v, want 3 and fn's error as is", count, err)
	}
}

func TestSince(t *testing.T) {
	ctx := context.Background()
	s := MustOpen(t)
	ch := &conversation.Change{}
	for d := range 5 {
		at := t0.Add(time.Duration(d) * 24 * time.Hour)
		ch.Feedback = append(ch.Feedback, conversation.Feedback{Conversation: 1, Entry: "e", Helpful: d%2 == 0, At: at})
		ch.Unanswered = append(ch.Unanswered, conversation.Unanswered{Conversation: 1, Question: "q", At: at, Candidates: []string{"a", "b"}, Reason: "unknown"})
	}
	if err := s.Commit(ctx, ch); err != nil {
		t.Fatal(err)
	}
	since := t0.Add(2 * 24 * time.Hour)
	fb, err := s.FeedbackSince(ctx, since)
	if err != nil {
		t.Fatal(err)
	}
	equalJSON(t, fb, ch.Feedback[2:])
	un, err := s.Unanswered(ctx, since)
	if err != nil {
		t.Fatal(err)
	}
	equalJSON(t, un, ch.Unanswered[2:])
}
