package conversation_test

import (
	"context"
	"errors"
	"strings"
	"sync"
	"testing"
	"time"

	"pimmsbot/internal/catalog/catalogtest"
	"pimmsbot/internal/conversation"
)

// countingObserver counts what the service reports.
type countingObserver struct {
	mu        sync.Mutex
	questions map[conversation.Outcome]int
	handovers int
}

func (o *countingObserver) Question(outcome conversation.Outcome) {
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
	obs := &countingObserver{questions: map[conversation.Outcome]int{}}
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
	if obs.questions[conversation.OutcomeAnswer] != 1 {
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

// The erasure confirmed by a click runs only once that click is
// committed: when the commit fails, nothing is erased and the resident
// is not told it was.
func TestEraseWaitsForTheCommit(t *testing.T) {
	h := newHarness(t)
	store := &failingStore{Store: h.store}
	svc, err := conversation.New(context.Background(), conversation.Config{
		Store: store, Catalog: catalogtest.FAQ(t), Matcher: h.matcher,
		Channels: map[string]conversation.Channel{"test": h.channel}, Desk: h.desk, Now: h.clock.Now,
	})
	if err != nil {
		t.Fatal(err)
	}
	h.say(alice, "bonjour")
	if err := svc.HandleResident(context.Background(), conversation.Incoming{Resident: alice, Text: "/oublier"}); err != nil {
		t.Fatal(err)
	}
	h.channel.take(alice)
	store.fail = true
	yes := conversation.Incoming{Resident: alice, Action: conversation.ActEraseYes}
	if err := svc.HandleResident(context.Background(), yes); err == nil {
		t.Fatal("a failed commit was not reported")
	}
	if got := h.channel.take(alice); len(got) != 0 {
		t.Fatalf("replies after a failed commit: %q", texts(got))
	}
	if r := h.resident(alice); r.Confirm != conversation.ConfirmErase {
		t.Fatalf("resident after a failed commit = %+v, want kept and still asked", r)
	}
	// Confirmed again, committed: now erased.
	if err := svc.HandleResident(context.Background(), yes); err != nil {
		t.Fatal(err)
	}
	if got := h.channel.take(alice); !strings.Contains(texts(got), "effacées") {
		t.Fatalf("erase reply = %q", texts(got))
	}
	if _, err := h.store.Resident(context.Background(), alice); conversation.ErrorCode(err) != conversation.ENOTFOUND {
		t.Fatalf("resident still there: %v", err)
	}
}
