package conversation_test

import (
	"context"
	"fmt"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"pimmsbot/internal/bolt"
	"pimmsbot/internal/catalog/catalogtest"
	"pimmsbot/internal/conversation"
)

// An outboxCounter is the harness's store that counts its outbox reads
// and runs afterOutbox, when set, after each.
type outboxCounter struct {
	*bolt.Store
	reads       atomic.Int64
	afterOutbox func()
}

func (s *outboxCounter) Outbox(ctx context.Context) ([]conversation.Outgoing, error) {
	items, err := s.Store.Outbox(ctx)
	s.reads.Add(1)
	if s.afterOutbox != nil {
		s.afterOutbox()
	}
	return items, err
}

// countOutboxReads replaces the harness's service by one on the same
// store and channel whose outbox reads are counted.
func countOutboxReads(t *testing.T, h *harness) *outboxCounter {
	t.Helper()
	store := &outboxCounter{Store: h.store}
	svc, err := conversation.New(context.Background(), conversation.Config{
		Store: store, Catalog: catalogtest.FAQ(t), Matcher: h.matcher,
		Channels: map[string]conversation.Channel{"test": h.channel},
		Site:     h.site, Now: h.clock.Now,
	})
	if err != nil {
		t.Fatal(err)
	}
	h.svc = svc
	store.reads.Store(0)
	return store
}

// After an outage, a round of redelivery reads the outbox once, whatever
// the number of queues it drains (issue 16, item 4: it read it once per
// queue, which made draining 8,000 items take 48 s).
func TestRedeliverReadsTheOutboxOncePerRound(t *testing.T) {
	h := newHarness(t)
	const residents = 50
	var ch conversation.Change
	for i := range residents * 2 {
		r := fmt.Sprintf("test:%d", 100+i/2)
		ch.Outbox = append(ch.Outbox, conversation.Outgoing{
			Queue: conversation.ResidentQueue(r), Kind: conversation.OutReply, Resident: r,
			Reply: &conversation.Reply{Text: fmt.Sprint(i)}, Created: h.clock.Now(),
		})
	}
	if err := h.store.Commit(context.Background(), &ch); err != nil {
		t.Fatal(err)
	}
	store := countOutboxReads(t, h) // a start: every queue waits
	if err := h.svc.Redeliver(context.Background()); err != nil {
		t.Fatal(err)
	}
	if n := store.reads.Load(); n != 1 {
		t.Errorf("one round over %d queues read the outbox %d times, want 1", residents, n)
	}
	for i := range residents {
		r := fmt.Sprintf("test:%d", 100+i)
		got := h.channel.take(r)
		if len(got) != 2 || got[0].Text != fmt.Sprint(2*i) || got[1].Text != fmt.Sprint(2*i+1) {
			t.Fatalf("%s received %q, want %d then %d once each", r, texts(got), 2*i, 2*i+1)
		}
	}
	if out, _ := h.store.Outbox(context.Background()); len(out) != 0 {
		t.Fatalf("outbox still holds %d items", len(out))
	}
}

// A reply committed to a waiting queue after a round read the outbox
// waits behind the others and goes once, at the latest at the next
// round. The queue is free again afterwards.
func TestReplyCommittedDuringRedeliveryWaitsItsTurn(t *testing.T) {
	h := newHarness(t)
	store := countOutboxReads(t, h)
	ctx := context.Background()
	h.channel.fail(alice, &conversation.Error{Code: conversation.ETEMPORARY, Message: "down"})
	h.say(alice, "/aide")
	h.channel.fail(alice, nil)
	h.clock.Add(time.Minute)
	store.afterOutbox = func() {
		store.afterOutbox = nil
		// Alice writes again while the round starts.
		if got := h.say(alice, "/horaires"); len(got) != 0 {
			t.Errorf("the new reply overtook the waiting one: %q", texts(got))
		}
	}
	// The round that started before it may leave it to the next.
	for range 2 {
		if err := h.svc.Redeliver(ctx); err != nil {
			t.Fatal(err)
		}
	}
	got := h.channel.take(alice)
	if len(got) != 2 || !strings.Contains(got[0].Text, "/themes") || !strings.Contains(got[1].Text, "horaires") {
		t.Fatalf("redelivered %q, want the replies to /aide then /horaires, once each", texts(got))
	}
	if out, _ := h.store.Outbox(ctx); len(out) != 0 {
		t.Fatalf("outbox still holds %d items", len(out))
	}
	if got := h.say(alice, "/aide"); len(got) != 1 {
		t.Fatalf("after redelivery the queue still waits: %q", texts(got))
	}
}
