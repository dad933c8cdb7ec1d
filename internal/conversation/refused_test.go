package conversation_test

import (
	"strings"
	"testing"

	"pimmsbot/internal/catalog"
	"pimmsbot/internal/conversation"
)

// TestRefusedNotOfferedAgain: entries the resident refused (« Aucune de
// ces questions », « Non ») are not offered again for their next
// questions: when nothing else is left, the theme's list and a mediator
// are (an outside check: « problème caf », « Aucune », then « problème
// avec la caf » and « la caf » showed the same three entries each
// time). An answer forgets the refusal.
func TestRefusedNotOfferedAgain(t *testing.T) {
	h := newHarness(t)
	clarify := func(ids ...string) catalog.Result {
		return catalog.Result{Outcome: catalog.Clarify, Offered: ids, Confidence: 0.5, NamesTheme: true}
	}
	h.matcher.results["souci avec ma caf"] = clarify("caf-compte", "caf-date-paiement")
	h.matcher.results["j'ai un souci caf"] = clarify("caf-date-paiement", "caf-compte")
	h.matcher.results["toujours la caf"] = clarify("caf-compte", "caf-apl", "caf-date-paiement")
	h.say(alice, "souci avec ma caf")
	h.click(alice, conversation.ActOther)
	got := h.say(alice, "j'ai un souci caf")
	for _, id := range []string{"caf-compte", "caf-date-paiement"} {
		if hasAction(got, conversation.ActEntry+":"+id) || hasAction(got, conversation.ActYes+":"+id) {
			t.Errorf("%s offered again after « Aucune »: %q", id, texts(got))
		}
	}
	if !hasAction(got, conversation.ActHuman) || !hasAction(got, conversation.ActTheme+":caf") {
		t.Errorf("after a refusal, the same choice: %q %v, want the CAF theme and a mediator", texts(got), actions(got))
	}
	// A new entry among them is offered alone.
	got = h.say(alice, "toujours la caf")
	if !hasAction(got, conversation.ActYes+":caf-apl") || hasAction(got, conversation.ActEntry+":caf-compte") {
		t.Errorf("with one entry not refused: %q %v, want it alone", texts(got), actions(got))
	}
	// An answer forgets the refusal.
	h.say(alice, "comment demander l'apl")
	got = h.say(alice, "souci avec ma caf")
	if !hasAction(got, conversation.ActEntry+":caf-compte") || strings.Contains(texts(got), "écartées") {
		t.Errorf("after an answer: %q, want the choice again", texts(got))
	}
}
