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

// After an outage, Redeliver reads the outbox once, whatever the number
// of queues it drains (issue 16, item 4: it read it once per queue, which
// made draining 8,000 items take 48 s).
func TestRedeliverReadsTheOutboxOnce(t *testing.T) {
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
		t.Errorf("draining %d queues read the outbox %d times, want 1", residents, n)
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

// A reply committed to a waiting queue after Redeliver read the outbox
// waits behind the others, and the same call delivers it, once, with a
// second read of the outbox. The queue is free again afterwards.
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
		// Alice writes again once Redeliver has read the outbox.
		if got := h.say(alice, "/horaires"); len(got) != 0 {
			t.Errorf("the new reply overtook the waiting one: %q", texts(got))
		}
	}
	if err := h.svc.Redeliver(ctx); err != nil {
		t.Fatal(err)
	}
	if n := store.reads.Load(); n != 2 {
		t.Errorf("the outbox was read %d times, want 2", n)
	}
	got := h.channel.take(alice)
	if len(got) != 2 || !strings.Contains(got[0].Text, "/themes") || !strings.Contains(got[1].Text, "Les horaires") {
		t.Fatalf("Redeliver sent %q, want the replies to /aide then /horaires, once each", texts(got))
	}
	if out, _ := h.store.Outbox(ctx); len(out) != 0 {
		t.Fatalf("outbox still holds %d items", len(out))
	}
	if got := h.say(alice, "/aide"); len(got) != 1 {
		t.Fatalf("after redelivery the queue still waits: %q", texts(got))
	}
}

// Two Redeliver calls may overlap (Run starts one every 2 s, whatever
// the last is doing). What one read before the other delivered is not
// sent again, even when the queue waits again for a newer reply.
func TestOverlappingRedeliverSendsOnce(t *testing.T) {
	h := newHarness(t)
	store := countOutboxReads(t, h)
	ctx := context.Background()
	down := &conversation.Error{Code: conversation.ETEMPORARY, Message: "down"}
	h.channel.fail(alice, down)
	h.say(alice, "/aide")
	h.channel.fail(alice, nil)
	h.clock.Add(time.Minute)
	var got []conversation.Reply
	store.afterOutbox = func() {
		store.afterOutbox = nil
		// Another Redeliver delivers the reply, then a newer one fails.
		if err := h.svc.Redeliver(ctx); err != nil {
			t.Error(err)
		}
		got = append(got, h.channel.take(alice)...)
		h.channel.fail(alice, down)
		got = append(got, h.say(alice, "/horaires")...)
		h.channel.fail(alice, nil)
	}
	if err := h.svc.Redeliver(ctx); err != nil {
		t.Fatal(err)
	}
	h.clock.Add(time.Minute)
	if err := h.svc.Redeliver(ctx); err != nil {
		t.Fatal(err)
	}
	got = append(got, h.channel.take(alice)...)
	if len(got) != 2 || !strings.Contains(got[0].Text, "/themes") || !strings.Contains(got[1].Text, "Les horaires") {
		t.Fatalf("alice received %q, want the replies to /aide then /horaires, once each", texts(got))
	}
}
