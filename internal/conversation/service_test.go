package conversation_test

import (
	"context"
	"errors"
	"strings"
	"sync"
	"testing"
	"time"

	"pimmsbot/internal/catalog"
	"pimmsbot/internal/catalog/catalogtest"
	"pimmsbot/internal/conversation"
)

const (
	alice = "test:1"
	bob   = "test:2"
)

func TestSetFAQKeepsConversations(t *testing.T) {
	h := newHarness(t)
	h.say(alice, "/mediateur")
	number := h.resident(alice).Ticket
	// A FAQ reloaded with one entry less: the conversation goes on.
	c := catalogtest.FAQ(t)
	smaller := *c
	smaller.Entries = c.Entries[1:]
	h.svc.SetFAQ(&smaller, catalog.NewMatcher(&smaller))
	if h.svc.Catalog() != &smaller {
		t.Fatal("the service does not answer from the new FAQ")
	}
	if r := h.resident(alice); r.Mode != conversation.ModeWaiting || r.Ticket != number {
		t.Fatalf("after reload: %+v", r)
	}
	if err := h.mediator(conversation.MediatorAction{Ticket: number, Kind: conversation.MedReply, Text: "ok"}); err != nil {
		t.Fatal(err)
	}
	if got := h.channel.take(alice); len(got) != 2 || !strings.Contains(got[1].Text, "ok") {
		t.Fatalf("after reload the claim and the reply got lost: %q", texts(got))
	}
}

// countingObserver counts what the service reports.
type countingObserver struct {
	mu        sync.Mutex
	questions map[string]int
	handovers int
}

func (o *countingObserver) Question(outcome string) {
	o.mu.Lock()
	defer o.mu.Unlock()
	o.questions[outcome]++
}

func (o *countingObserver) Handover() {
	o.mu.Lock()
	defer o.mu.Unlock()
	o.handovers++
}

func (o *countingObserver) Delivery(conversation.OutKind, string) {}

// failingStore fails the next commit while fail is set.
type failingStore struct {
	conversation.Store
	fail bool
}

func (s *failingStore) Commit(ctx context.Context, ch *conversation.Change) error {
	if s.fail {
		s.fail = false
		return errors.New("disk full")
	}
	return s.Store.Commit(ctx, ch)
}

func TestMetricsCountedOnceCommitted(t *testing.T) {
	h := newHarness(t)
	obs := &countingObserver{questions: map[string]int{}}
	store := &failingStore{Store: h.store, fail: true}
	svc, err := conversation.New(context.Background(), conversation.Config{
		Store: store, Catalog: catalogtest.FAQ(t), Matcher: h.matcher,
		Channels: map[string]conversation.Channel{"test": h.channel}, Desk: h.desk, Now: h.clock.Now, Observer: obs,
	})
	if err != nil {
		t.Fatal(err)
	}
	in := conversation.Incoming{Resident: alice, Text: "j'ai perdu ma carte vitale", Update: &conversation.UpdateRef{Channel: "test", ID: 7}}
	if err := svc.HandleResident(context.Background(), in); err == nil {
		t.Fatal("the failed commit was not reported")
	}
	// The platform delivers the update again; then a third time.
	for range 2 {
		if err := svc.HandleResident(context.Background(), in); err != nil {
			t.Fatal(err)
		}
	}
	if obs.questions["answer"] != 1 {
		t.Errorf("questions = %v, want the answer counted once", obs.questions)
	}
	in = conversation.Incoming{Resident: alice, Text: "/mediateur", Update: &conversation.UpdateRef{Channel: "test", ID: 8}}
	store.fail = true
	svc.HandleResident(context.Background(), in)
	if err := svc.HandleResident(context.Background(), in); err != nil {
		t.Fatal(err)
	}
	if obs.handovers != 1 {
		t.Errorf("handovers = %d, want 1", obs.handovers)

	}
}

func TestNewConversationAfterSilence(t *testing.T) {
	h := newHarness(t)
	h.say(alice, "bonjour")
	first := h.resident(alice).Conversation
	h.clock.Add(7 * time.Hour)
	h.say(alice, "bonjour")
	if second := h.resident(alice).Conversation; second == first {
		t.Fatal("no new conversation after a long silence")
	}
}
