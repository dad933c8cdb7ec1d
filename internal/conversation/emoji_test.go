package conversation_test

import (
	"strings"
	"testing"

	"pimmsbot/internal/conversation"
)

// TestEmojiOnly: a message of emoji alone is read for what it says. A
// thumbs up is an « ok »; tears are met with warmth and the numbers
// (an outside check got « Écrivez votre question en quelques mots. Par
// exemple… » to « 😭😭😭 »); anything else asks for the question.
func TestEmojiOnly(t *testing.T) {
	h := newHarness(t)
	for _, q := range []string{"👍", "👍🏽", "🙏", "👌 !"} {
		if got := texts(h.say(alice, q)); !strings.Contains(got, "Très bien") {
			t.Errorf("%q = %q, want it read as « ok »", q, got)
		}
	}
	for _, q := range []string{"😭😭😭", "😢", "💔 …", "😰"} {
		got := h.say(alice, q)
		if !strings.Contains(texts(got), "112") || !strings.Contains(texts(got), "Je suis là") ||
			!hasAction(got, conversation.ActTheme+":urgence") || !hasAction(got, conversation.ActHuman) {
			t.Errorf("%q = %q, want warmth, the 112, the emergencies' menu and a mediator", q, texts(got))
		}
	}
	for _, q := range []string{"🤔", "?", "😡👎🏻", "…"} {
		got := texts(h.say(alice, q))
		if !strings.Contains(got, "Écrivez votre question") || strings.Contains(got, "112") {
			t.Errorf("%q = %q, want the prompt for a question", q, got)
		}
	}
}
