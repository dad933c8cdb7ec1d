package conversation_test

import (
	"context"
	"testing"
	"time"

	"pimmsbot/internal/conversation"
)

// The wait between two tries of a reply is capped at 10 s, whatever the
// number of tries: after an outage of any length, the replies that wait
// go within seconds of its end (issue 11, item 3).
func TestRetryWaitCapped(t *testing.T) {
	h := newHarness(t)
	ctx := context.Background()
	h.channel.fail(alice, &conversation.Error{Code: conversation.ETEMPORARY, Message: "down"})
	h.say(alice, "/aide")
	for range 3 * 60 * 60 / 2 { // 3 hours of tries
		h.clock.Add(2 * time.Second)
		h.svc.Redeliver(ctx)
	}
	out, _ := h.store.Outbox(ctx)
	if len(out) != 1 || out[0].Attempts < 100 {
		t.Fatalf("outbox %+v", out)
	}
	if wait := out[0].NotBefore.Sub(h.clock.Now()); wait > 10*time.Second {
		t.Errorf("after %d tries the next waits %v, want 10s at most", out[0].Attempts, wait)
	}
}

// When a delivery on a channel succeeds after one failed, the replies
// that wait on that channel go at the next Redeliver, not at the end of
// their wait; a wait the platform asked for (retry_after) is kept.
func TestRetryResetWhenChannelIsBack(t *testing.T) {
	h := newHarness(t)
	ctx := context.Background()
	const bob, carol = "test:2", "test:3"
	down := &conversation.Error{Code: conversation.ETEMPORARY, Message: "down"}
	h.channel.fail(alice, down)
	h.channel.fail(carol, &conversation.Error{Code: conversation.ETEMPORARY, RetryAfter: 30 * time.Second})
	h.say(alice, "/aide")
	h.say(carol, "/aide")
	for range 5 {
		h.clock.Add(10 * time.Second)
		h.svc.Redeliver(ctx)
	}
	h.channel.fail(alice, nil)
	h.channel.fail(carol, nil)
	h.clock.Add(time.Second) // alice's next try is still seconds away
	if got := h.say(bob, "/aide"); len(got) != 1 {
		t.Fatalf("bob: %q", texts(got))
	}
	h.svc.Redeliver(ctx)
	if got := h.channel.take(alice); len(got) != 1 {
		t.Errorf("alice's reply still waits once the channel is back: %q", texts(got))
	}
	if got := h.channel.take(carol); len(got) != 0 {
		t.Errorf("carol's reply went before its retry_after: %q", texts(got))
	}
}
