package conversation_test

import (
	"context"
	"strings"
	"testing"
	"time"
)

// TestNotUnderstood: after an answer, a resident who says they did not
// understand it (« je comprends pas », « c'est trop compliqué pour
// moi », « merci mais j'ai pas compris ») was not helped: the answer is
// counted as not helpful, and a mediator is offered at once, in plain
// words, never « Avec plaisir ! » nor the out-of-scope text (an outside
// console check). Said with no answer before, it still gets the
// mediator, and is no question the FAQ lacks.
func TestNotUnderstood(t *testing.T) {
	for _, text := range []string{
		"je comprends pas",
		"Je ne comprends pas.",
		"j'ai rien compris",
		"c est trop compliqué pour moi",
		"C'est compliqué",
		"merci mais j ai pas compris",
		"je suis perdue",
		"j'y comprends rien du tout",
		"pas clair votre réponse",
	} {
		t.Run(text, func(t *testing.T) {
			h := newHarness(t)
			h.say(alice, "comment demander l'apl")
			rs := h.say(alice, text)
			got := texts(rs)
			if strings.Contains(got, "Avec plaisir") || strings.Contains(got, "ressort") || strings.Contains(got, "pas sûr") ||
				!strings.Contains(got, "médiateur") || !hasAction(rs, "human") {
				t.Errorf("%q after an answer: %q, want a mediator offered", text, got)
			}
			if r := h.resident(alice); r.Voted != "caf-apl" {
				t.Errorf("%q: the answer is not counted as not helpful (voted %q)", text, r.Voted)
			}
			c, _ := h.store.Conversation(context.Background(), h.resident(alice).Conversation)
			if c.NotHelpful != 1 {
				t.Errorf("%q: not helpful %d", text, c.NotHelpful)
			}
			// « oui » then takes the mediator.
			if got := texts(h.say(alice, "oui")); !strings.Contains(got, "demande n°") {
				t.Errorf("« oui » after the offer: %q", got)
			}
			rs = h.say(bob, text)
			if got := texts(rs); strings.Contains(got, "ressort") || !hasAction(rs, "human") {
				t.Errorf("%q with no answer before: %q", text, got)
			}
			if un, _ := h.store.Unanswered(context.Background(), time.Time{}); len(un) != 0 {
				t.Errorf("%q kept as unanswered: %+v", text, un)
			}
		})
	}
	// A subject named is a question: « je comprends pas ma facture »
	// goes to the engine.
	h := newHarness(t)
	h.say(alice, "comment demander l'apl")
	if got := texts(h.say(alice, "je comprends pas ma facture d'électricité")); strings.Contains(got, "trop compliqué") ||
		strings.Contains(got, "compliquées") {
		t.Errorf("a question taken for « je comprends pas »: %q", got)
	}
}
