package telegram_test

import (
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/go-telegram/bot/models"

	"pimmsbot/internal/telegram"
	"pimmsbot/internal/telegram/telegramtest"
)

// One resident's chat that is slow to serve (a request hanging at
// Telegram, a per-chat rate limit, a burst of messages) must not keep the
// others waiting: storing an update and confirming it to Telegram does
// not wait for any chat's sending (issue 11, item 2). These tests assert
// causality, not speed: the other resident is answered while the slow
// chat is still held. BenchmarkOtherResidentLatency gives the figures.

// holdSends withholds the answers to the next n sendMessage calls to chat
// until the returned function is called (at the latest when the test
// ends).
func holdSends(t *testing.T, srv *telegramtest.Server, chat int64, n int) (release func()) {
	ch := make(chan struct{})
	release = sync.OnceFunc(func() { close(ch) })
	t.Cleanup(release)
	srv.Inject(telegramtest.Fault{Method: "sendMessage", Chat: chat, Hold: ch, Times: n})
	return release
}

// waitHeld waits until the server withholds n answers.
func waitHeld(t *testing.T, srv *telegramtest.Server, n int) {
	t.Helper()
	srv.Wait(t, "a request hanging at Telegram", func([]telegramtest.Call) bool { return srv.Held() >= n })
}

// A reply that hangs at Telegram (the request gets no answer for as long
// as the client waits) holds its own chat only: another resident has a
// whole exchange meanwhile, in updates fetched after the slow chat's next
// one.
func TestHangingChatDelaysNoOne(t *testing.T) {
	h := newTunedHarness(t, func(c *telegram.Config) { c.SendTimeout = time.Minute })
	const slow, other = 41, 43
	release := holdSends(t, h.srv, slow, 1)
	h.srv.Push(telegramtest.Text(slow, "/horaires"))
	waitHeld(t, h.srv, 1)

	// The slow chat writes again, in the same batch as the other
	// resident's first message; the other resident's second message
	// comes in a later batch.
	h.srv.Push(telegramtest.Text(slow, "/aide"), telegramtest.Text(other, "/horaires"))
	h.srv.WaitMessages(t, other, 1)
	msgs := h.say(other, "/aide", 2)
	if !strings.Contains(msgs[1].Text, "Je réponds aux questions") {
		t.Errorf("other resident:\n%s", formatMessages(msgs))
	}
	if h.srv.Held() != 1 {
		t.Fatal("the other resident was answered only once the slow chat's request ended")
	}

	// Once the request ends, the slow chat goes on, in order.
	release()
	msgs = h.srv.WaitMessages(t, slow, 2)
	if !strings.Contains(msgs[0].Text, "Les horaires") || !strings.Contains(msgs[1].Text, "Je réponds aux questions") {
		t.Errorf("slow chat, out of order:\n%s", formatMessages(msgs))
	}
	if n := len(sends(h.srv, slow)); n != 2 {
		t.Errorf("slow chat: %d replies, want 2", n)
	}
}

// A chat held by its per-chat rate limit (here one message every 100 s,
// so that its second reply waits) holds its own chat only.
func TestRateLimitedChatDelaysNoOne(t *testing.T) {
	h := newTunedHarness(t, func(c *telegram.Config) {
		c.Limits = telegram.Limits{PerChat: 0.01, PerChatBurst: 1, MaxWait: time.Hour}
		c.Now = time.Now
		c.DrainTimeout = 100 * time.Millisecond
	})
	const slow, other = 41, 43
	h.srv.Push(telegramtest.Text(slow, "/horaires"), telegramtest.Text(slow, "/aide"), telegramtest.Text(slow, "/themes"))
	h.srv.WaitMessages(t, slow, 1)
	msgs := h.say(other, "/horaires", 1)
	if !strings.Contains(msgs[0].Text, "Les horaires") {
		t.Errorf("other resident:\n%s", formatMessages(msgs))
	}
	if n := len(h.srv.Messages(slow)); n != 1 {
		t.Errorf("slow chat got %d replies, want 1 (its second waits for its limit)", n)
	}
}

// A burst of 100 messages from one chat, under Telegram's limits (one
// message a second in a chat, three at once), takes that chat about 100
// seconds; another resident who writes after it is answered long before
// the burst's last reply.
func TestBurstingChatDelaysNoOne(t *testing.T) {
	h := newTunedHarness(t, func(c *telegram.Config) {
		c.Limits = telegram.DefaultLimits
		c.Now = time.Now
		c.DrainTimeout = 100 * time.Millisecond
	})
	const slow, other = 41, 43
	upds := make([]models.Update, 0, 100)
	for range 100 {
		upds = append(upds, telegramtest.Text(slow, "/horaires"))
	}
	h.srv.Push(upds...)
	h.srv.WaitMessages(t, slow, 1)
	h.say(other, "/horaires", 1)
	if n := len(h.srv.Messages(slow)); n >= 100 {
		t.Errorf("the other resident was answered after the burst's %d replies", n)
	}
}
