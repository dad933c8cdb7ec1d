package conversation_test

import (
	"strings"
	"testing"

	"pimmsbot/internal/conversation"
)

// TestFollowUp: a short follow-up the engine cannot read on its own
// (« et pour mon fils ? », « c payant ? ») is read as being about the
// entry just answered, and that entry is offered again, instead of « Je
// ne suis pas sûr » (an outside tester's M7). Other short messages, a
// follow-up with nothing answered before, or after an emergency's
// numbers, are not.
func TestFollowUp(t *testing.T) {
	for _, q := range []string{"et pour mon fils ?", "c pour mon fils", "Et combien ça coûte ?", "c payant ?", "et le délai ?", "ok et après ?", "mais pour ma fille", "et si je l'ai perdue à l'étranger"} {
		h := newHarness(t)
		h.say(alice, "j'ai perdu ma carte vitale")
		got := h.say(alice, q)
		confirm := hasAction(got, conversation.ActYes+":ameli-carte-vitale")
		// Beside what the engine suggests, the carte Vitale comes first.
		clarify := len(got) > 0 && len(got[0].Buttons) > 1 && got[0].Buttons[0][0].Action == conversation.ActEntry+":ameli-carte-vitale"
		if !confirm && !clarify {
			t.Errorf("after the carte Vitale, %q = %q %v", q, texts(got), actions(got))
			continue
		}
		answer := "Oui"
		if clarify {
			answer = "le premier"
		}
		if again := h.say(alice, answer); !strings.Contains(texts(again), "ameli") {
			t.Errorf("%q to the follow-up = %q, want the carte Vitale's answer again", answer, texts(again))
		}
		if c := h.conversation(alice); c.Unanswered != 0 || c.Clarified != 1 {
			t.Errorf("counts = %+v, want one suggestion and nothing unanswered", c)
		}
	}

	h := newHarness(t)
	if got := texts(h.say(alice, "et pour mon fils ?")); strings.Contains(got, "concerne-t-elle") {
		t.Errorf("a follow-up with nothing answered = %q", got)
	}
	h.say(alice, "j'ai perdu ma carte vitale")
	if got := texts(h.say(alice, "la météo demain")); strings.Contains(got, "concerne-t-elle") {
		t.Errorf("a short message that follows nothing = %q", got)
	}
}
