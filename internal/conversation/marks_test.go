package conversation_test

import (
	"context"
	"sync"
	"testing"
	"time"

	"pimmsbot/internal/conversation"
)

// gatedStore holds the commits that only record deliveries until open is
// closed.
type gatedStore struct {
	conversation.Store
	open chan struct{}
	mu   sync.Mutex
	held int // delivery commits waiting at the gate
}

func (g *gatedStore) Commit(ctx context.Context, ch *conversation.Change) error {
	if len(ch.Delivered) > 0 && ch.Update == nil && ch.Conversation == nil && len(ch.Outbox) == 0 {
		g.mu.Lock()
		g.held++
		g.mu.Unlock()
		<-g.open
	}
	return g.Store.Commit(ctx, ch)
}

// TestRunRecordsDeliveriesInTheBackground checks that, while Run runs, a
// resident's event returns once its replies are sent, without waiting for
// the disk write that records them as delivered; that the item, sent but
// not yet recorded, is never sent again; and that Run records what is left
// before it returns.
func TestRunRecordsDeliveriesInTheBackground(t *testing.T) {
	h := newHarness(t)
	gate := &gatedStore{Store: h.store, open: make(chan struct{})}
	svc, err := conversation.New(context.Background(), conversation.Config{
		Store: gate, Catalog: h.svc.Catalog(), Matcher: h.matcher,
		Channels: map[string]conversation.Channel{"test": h.channel}, Site: h.site, Now: h.clock.Now,
	})
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	ran := make(chan struct{})
	go func() { svc.Run(ctx, 0); close(ran) }()
	for !svc.Running() {
		time.Sleep(time.Millisecond)
	}

	handled := make(chan error, 1)
	go func() {
		handled <- svc.HandleResident(context.Background(), conversation.Incoming{Resident: alice, Text: "/aide"})
	}()
	select {
	case err := <-handled:
		if err != nil {
			t.Fatal(err)
		}
	case <-time.After(10 * time.Second):
		close(gate.open)
		t.Fatal("the event waited for the record of its delivery")
	}
	if got := h.channel.take(alice); len(got) != 1 {
		t.Fatalf("sent %d replies, want 1", len(got))
	}
	if out, _ := h.store.Outbox(context.Background()); len(out) != 1 {
		t.Fatalf("outbox holds %d items before the record, want 1", len(out))
	}
	// A Redeliver meanwhile does not send the item again.
	h.clock.Add(time.Hour)
	if err := svc.Redeliver(context.Background()); err != nil {
		t.Fatal(err)
	}
	if got := h.channel.take(alice); len(got) != 0 {
		t.Fatalf("Redeliver sent again a delivered reply: %q", texts(got))
	}

	close(gate.open)
	cancel()
	<-ran
	if out, _ := h.store.Outbox(context.Background()); len(out) != 0 {
		t.Fatalf("after Run: outbox holds %d items, want 0", len(out))
	}
	gate.mu.Lock()
	defer gate.mu.Unlock()
	if gate.held == 0 {
		t.Error("no delivery was recorded through the background commit")
	}
}
