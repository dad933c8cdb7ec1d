package conversation_test

import (
	"context"
	"strings"
	"testing"
	"time"

	"pimmsbot/internal/conversation"
)

func TestRedeliveryKeepsOrder(t *testing.T) {
	h := newHarness(t)
	h.channel.fail(alice, &conversation.Error{Code: conversation.ETEMPORARY, RetryAfter: 3 * time.Second})
	h.say(alice, "/aide")
	h.channel.fail(alice, nil)
	// A later reply must not overtake the one waiting for its retry.
	if got := h.say(alice, "/horaires"); len(got) != 0 {
		t.Fatalf("a newer reply overtook the waiting one: %q", texts(got))
	}
	if out, _ := h.store.Outbox(context.Background()); len(out) != 2 {
		t.Fatalf("outbox holds %d items, want 2", len(out))
	}
	// Too early: nothing is sent.
	h.svc.Redeliver(context.Background())
	if got := h.channel.take(alice); len(got) != 0 {
		t.Fatalf("sent before retry_after: %q", texts(got))
	}
	h.clock.Add(4 * time.Second)
	h.svc.Redeliver(context.Background())
	got := h.channel.take(alice)
	if len(got) != 2 || !strings.Contains(got[0].Text, "/themes") || !strings.Contains(got[1].Text, "Les horaires") {
		t.Fatalf("redelivered %q, want /aide then /horaires, once each", texts(got))
	}
	if out, _ := h.store.Outbox(context.Background()); len(out) != 0 {
		t.Fatalf("outbox still holds %d items", len(out))
	}
	// The queue is free again: replies go at once.
	if got := h.say(alice, "/aide"); len(got) != 1 {
		t.Fatalf("after redelivery: %q", texts(got))
	}
}

func TestOutboxSurvivesRestart(t *testing.T) {
	h := newHarness(t)
	h.channel.fail(alice, &conversation.Error{Code: conversation.ETEMPORARY})
	h.say(alice, "/aide")
	h.reopen()
	h.channel.fail(alice, nil)
	h.clock.Add(time.Minute)
	if err := h.svc.Redeliver(context.Background()); err != nil {
		t.Fatal(err)
	}
	if got := h.channel.take(alice); len(got) != 1 {
		t.Fatalf("after restart %d replies delivered, want 1", len(got))
	}
}

func TestBlockedResident(t *testing.T) {
	h := newHarness(t)
	h.say(alice, "/mediateur")
	number := h.resident(alice).Ticket
	h.channel.fail(alice, &conversation.Error{Code: conversation.EBLOCKED})
	if err := h.mediator(conversation.MediatorAction{Ticket: number, Kind: conversation.MedReply, Text: "bonjour"}); err != nil {
		t.Fatal(err)
	}
	if r := h.resident(alice); !r.Blocked {
		t.Fatal("resident not marked blocked")
	}
	tk, _ := h.store.Ticket(context.Background(), number)
	_, posts, _ := h.desk.snapshot()
	if tk.Gone != "blocked" || !strings.Contains(posts[len(posts)-1].Text, "bloqué") {
		t.Fatalf("ticket %+v, posts %+v: the thread must say the resident blocked the bot", tk, posts)
	}
	if out, _ := h.store.Outbox(context.Background()); len(out) != 0 {
		t.Errorf("replies to a blocked resident are retried: %d", len(out))
	}
}

func TestDeskThreadGone(t *testing.T) {
	h := newHarness(t)
	h.say(alice, "/mediateur")
	h.desk.mu.Lock()
	h.desk.postErr = &conversation.Error{Code: conversation.EGONE}
	h.desk.mu.Unlock()
	h.say(alice, "vous êtes là ?")
	opened, _, _ := h.desk.snapshot()
	if len(opened) != 2 {
		t.Fatalf("desk opened %d times, want a new place after the old one was gone", len(opened))
	}
	h.desk.mu.Lock()
	last := h.desk.history[1]
	h.desk.mu.Unlock()
	// The history ends with the message and its receipt.
	if m := last[len(last)-2]; m.Text != "vous êtes là ?" {
		t.Fatalf("the new place lacks the history: message %+v", m)
	}
	number := h.resident(alice).Ticket
	if tk, _ := h.store.Ticket(context.Background(), number); tk.DeskRef != "thread-xx" {
		t.Errorf("desk ref = %q, want the new place's", tk.DeskRef)
	}
}

func TestRunDeliversWhatAPreviousRunLeft(t *testing.T) {
	h := newHarness(t)
	h.channel.fail(alice, &conversation.Error{Code: conversation.ETEMPORARY})
	h.say(alice, "/aide")
	h.channel.fail(alice, nil)
	h.reopen()
	h.clock.Add(time.Minute)
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan struct{})
	go func() { h.svc.Run(ctx, 0); close(done) }()
	// Run delivers at once, before its first tick (2 s).
	deadline := time.Now().Add(1500 * time.Millisecond)
	for h.channel.count(alice) == 0 && time.Now().Before(deadline) {
		time.Sleep(5 * time.Millisecond)
	}
	cancel()
	<-done
	if got := h.channel.take(alice); len(got) != 1 {
		t.Fatalf("Run delivered %d replies left by the previous run, want 1", len(got))
	}
}

func TestUndeliverableReplyIsToldToTheDesk(t *testing.T) {
	h := newHarness(t)
	h.say(alice, "/mediateur")
	number := h.resident(alice).Ticket
	h.channel.fail(alice, &conversation.Error{Code: conversation.EINVALID, Message: "Bad Request: message is too long"})
	if err := h.mediator(conversation.MediatorAction{Ticket: number, Kind: conversation.MedReply, Text: "bonjour"}); err != nil {
		t.Fatal(err)
	}
	_, posts, _ := h.desk.snapshot()
	if len(posts) == 0 || !strings.Contains(posts[len(posts)-1].Text, "n'a pas pu être remis") {
		t.Fatalf("desk posts = %+v, want the notice of an undelivered reply", posts)
	}
	if out, _ := h.store.Outbox(context.Background()); len(out) != 0 {
		t.Errorf("a reply refused for good is retried: %d items", len(out))
	}
}
