package conversation_test

import (
	"context"
	"strings"
	"testing"
	"time"

	"pimmsbot/internal/conversation"
)

func TestWaitingNotice(t *testing.T) {
	h := newHarness(t, func(h *harness) { h.waitNotice = time.Hour })
	h.say(alice, "/mediateur")
	ctx := context.Background()
	h.clock.Add(30 * time.Minute)
	if err := h.svc.Remind(ctx, 15*time.Minute); err != nil {
		t.Fatal(err)
	}
	if got := h.channel.take(alice); len(got) != 0 {
		t.Fatalf("told after 30 min: %q", texts(got))
	}
	h.clock.Add(31 * time.Minute)
	if err := h.svc.Remind(ctx, 15*time.Minute); err != nil {
		t.Fatal(err)
	}
	got := h.channel.take(alice)
	if len(got) != 1 || !strings.Contains(got[0].Text, "01 02 03 04 05") || !hasAction(got, "end") {
		t.Fatalf("after an hour = %q %v, want what to do next", texts(got), actions(got))
	}
	h.clock.Add(2 * time.Hour)
	if err := h.svc.Remind(ctx, 15*time.Minute); err != nil {
		t.Fatal(err)
	}
	if got := h.channel.take(alice); len(got) != 0 {
		t.Fatalf("told twice: %q", texts(got))
	}
	// A claimed ticket is never the subject of the notice.
	h.say(bob, "/mediateur")
	h.mediator(conversation.MediatorAction{Ticket: h.resident(bob).Ticket, Kind: conversation.MedClaim})
	h.channel.take(bob)
	h.clock.Add(2 * time.Hour)
	if err := h.svc.Remind(ctx, 15*time.Minute); err != nil {
		t.Fatal(err)
	}
	if got := h.channel.take(bob); len(got) != 0 {
		t.Fatalf("claimed ticket noticed: %q", texts(got))
	}
}

func TestRemindUnclaimed(t *testing.T) {
	h := newHarness(t)
	h.say(alice, "/mediateur")
	h.svc.Remind(context.Background(), 15*time.Minute)
	if _, posts, _ := h.desk.snapshot(); len(posts) != 0 {
		t.Fatal("reminded too early")
	}
	h.clock.Add(20 * time.Minute)
	h.svc.Remind(context.Background(), 15*time.Minute)
	h.svc.Remind(context.Background(), 15*time.Minute)
	_, posts, _ := h.desk.snapshot()
	if len(posts) != 1 || posts[0].Kind != conversation.PostReminder {
		t.Fatalf("posts = %+v, want one reminder", posts)
	}
}
