package telegram_test

import (
	"testing"
)

// TestCallsSentWhole checks that every call to the Bot API, getUpdates
// and getMe included, announces its body's length: go-telegram/bot
// streams its forms through a pipe, which net/http would send chunked,
// one write per piece of the form.
func TestCallsSentWhole(t *testing.T) {
	h := newHarness(t)
	h.say(chat, "/start", 1)
	h.say(chat, "ma carte vitale est perdue, que faire", 2)
	h.click(chat, "👍 Ça m'aide")
	h.srv.WaitMessages(t, chat, 3)
	methods := map[string]bool{}
	for _, c := range h.srv.Calls() {
		methods[c.Method] = true
		if c.Length < 0 {
			t.Errorf("%s #%d came chunked", c.Method, c.Seq)
		}
	}
	for _, m := range []string{"getMe", "getUpdates", "sendMessage", "answerCallbackQuery"} {
		if !methods[m] {
			t.Errorf("no %s call seen; calls: %v", m, methods)
		}
	}
}
