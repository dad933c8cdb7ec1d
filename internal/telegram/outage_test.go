package telegram_test

import (
	"context"
	"strings"
	"testing"
	"time"

	"pimmsbot/internal/conversation"
	"pimmsbot/internal/telegram"
	"pimmsbot/internal/telegram/telegramtest"
)

// After a Telegram outage of any length, the replies that wait go out
// within 15 s of its end, in order and once (issue 11, item 3). Time is
// the service's clock, moved by the test; the service's Run loop, which
// calls Redeliver every 2 s, is played by the test too.

// outbox returns the items waiting in the outbox.
func (h *harness) outbox() []conversation.Outgoing {
	h.t.Helper()
	items, err := h.store.Outbox(context.Background())
	if err != nil {
		h.t.Fatal(err)
	}
	return items
}

// startOutage makes chat's next reply fail as Telegram goes down, with
// the replies of the updates already pushed waiting in the outbox (n of
// them).
func startOutage(t *testing.T, h *harness, chat int64, n int) {
	t.Helper()
	hold := make(chan struct{})
	h.srv.Inject(telegramtest.Fault{Method: "sendMessage", Chat: chat, Code: 502, Hold: hold})
	waitHeld(t, h.srv, 1)
	h.srv.Outage()
	close(hold)
	waitFor(t, "the replies waiting in the outbox", func() bool {
		items := h.outbox()
		return len(items) == n && items[0].Attempts > 0
	})
}

// during plays the service's Run loop for d of its time: Redeliver every
// 2 s.
func (h *harness) during(d time.Duration) {
	for elapsed := time.Duration(0); elapsed < d; elapsed += 2 * time.Second {
		h.clock.Add(2 * time.Second)
		h.redeliver()
	}
}

// untilDelivered plays the Run loop, a second of the service's time at a
// time, until the outbox is empty, and returns the time it took; it gives
// up after limit.
func (h *harness) untilDelivered(limit time.Duration) time.Duration {
	var elapsed time.Duration
	for {
		h.redeliver()
		if len(h.outbox()) == 0 || elapsed > limit {
			return elapsed
		}
		h.clock.Add(time.Second)
		elapsed += time.Second
	}
}

func TestRepliesGoOutSoonAfterOutage(t *testing.T) {
	for _, outage := range []time.Duration{10 * time.Second, 5 * time.Minute, time.Hour} {
		t.Run(outage.String(), func(t *testing.T) {
			h := newHarness(t)
			h.srv.Push(telegramtest.Text(chat, "/horaires"), telegramtest.Text(chat, "/aide"))
			startOutage(t, h, chat, 2)
			h.during(outage)
			h.srv.Recover()
			took := h.untilDelivered(15 * time.Minute)
			t.Logf("after an outage of %v, the replies went out %v after it ended", outage, took)
			if took > 15*time.Second {
				t.Errorf("after an outage of %v, the replies went out %v after it ended, want 15s at most", outage, took)
			}
			msgs := h.srv.Messages(chat)
			if len(msgs) != 2 || !strings.Contains(msgs[0].Text, "Les horaires") || !strings.Contains(msgs[1].Text, "Je réponds aux questions") {
				t.Errorf("want the two replies once, in order:\n%s", formatMessages(msgs))
			}
		})
	}
}

// A resident who writes again once Telegram is back is answered at once,
// after the reply that waited, not behind the long wait of a retry.
func TestNewMessageAfterOutageNotDelayed(t *testing.T) {
	h := newHarness(t)
	h.srv.Push(telegramtest.Text(chat, "/horaires"))
	startOutage(t, h, chat, 1)
	h.during(130 * time.Second)
	h.srv.Recover()
	h.srv.Push(telegramtest.Text(chat, "/aide"))
	waitFor(t, "the new message stored", func() bool { return len(storedFromResident(t, h.store, chat)) == 2 })
	took := h.untilDelivered(15 * time.Minute)
	t.Logf("after an outage of 130s, the resident who wrote again was answered %v after writing", took)
	if took > 0 {
		t.Errorf("the resident who wrote again was answered %v later, want at the next retry", took)
	}
	msgs := h.srv.Messages(chat)
	if len(msgs) != 2 || !strings.Contains(msgs[0].Text, "Les horaires") || !strings.Contains(msgs[1].Text, "Je réponds aux questions") {
		t.Errorf("want the two replies once, in order:\n%s", formatMessages(msgs))
	}
}

// The service's retries (Redeliver) are no different: a retried reply
// that hangs at Telegram does not hold another resident's retried reply.
func TestHangingRetryDelaysNoOne(t *testing.T) {
	h := newTunedHarness(t, func(c *telegram.Config) { c.SendTimeout = time.Minute })
	const slow, other = 41, 43
	// Both residents' first replies fail: both wait for a retry, the
	// slow chat's first in the outbox.
	for _, c := range []int64{slow, other} {
		h.srv.Inject(telegramtest.Fault{Method: "sendMessage", Chat: c, Code: 502})
		h.srv.Push(telegramtest.Text(c, "/horaires"))
		h.srv.Wait(t, "a failed reply", func([]telegramtest.Call) bool { return sendAttempts(h.srv, c) == 1 })
	}
	waitFor(t, "both replies waiting for a retry", func() bool {
		items := h.outbox()
		return len(items) == 2 && items[0].Attempts > 0 && items[1].Attempts > 0
	})
	release := holdSends(t, h.srv, slow, 1)
	h.clock.Add(time.Hour)
	done := make(chan struct{})
	go func() {
		defer close(done)
		h.redeliver()
	}()
	waitHeld(t, h.srv, 1)
	h.srv.WaitMessages(t, other, 1)
	if h.srv.Held() != 1 {
		t.Fatal("the other resident's retry waited for the slow chat's")
	}
	release()
	<-done
	h.srv.WaitMessages(t, slow, 1)
}
