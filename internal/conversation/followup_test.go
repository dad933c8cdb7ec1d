package conversation_test

import (
	"strings"
	"testing"
	"time"

	"pimmsbot/internal/conversation"
)

// TestFollowUp: a short follow-up the engine cannot read on its own
// (« et pour mon fils ? », « c payant ? ») is read as being about the
// entry just answered, and that entry is offered again, instead of « Je
// ne suis pas sûr » (an outside tester's M7). A follow-up with nothing
// answered before, or a short message that follows nothing, is not
// (TestNotAFollowUp for the rest).
func TestFollowUp(t *testing.T) {
	for _, q := range []string{"et pour mon fils ?", "c pour mon fils", "Et combien ça coûte ?", "c payant ?", "et le délai ?", "ok et après ?", "mais pour ma fille"} {
		h := newHarness(t)
		h.say(alice, "j'ai perdu ma carte vitale")
		got := h.say(alice, q)
		if !hasAction(got, conversation.ActYes+":ameli-carte-vitale") {
			t.Errorf("after the carte Vitale, %q = %q %v", q, texts(got), actions(got))
			continue
		}
		if again := h.say(alice, "Oui"); !strings.Contains(texts(again), "ameli") {
			t.Errorf("« Oui » to the follow-up = %q, want the carte Vitale's answer again", texts(again))
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

// TestNotAFollowUp: a message that opens like a follow-up but names its
// own subject, or says nothing, keeps what the engine makes of it; and the
// entry answered is no subject any more after a « je ne sais pas », a
// handover, an emergency or on the next visit (a reviewer's findings).
func TestNotAFollowUp(t *testing.T) {
	vitale := conversation.ActYes + ":ameli-carte-vitale"
	offersVitale := func(got []conversation.Reply) bool {
		return hasAction(got, vitale) || hasAction(got, conversation.ActEntry+":ameli-carte-vitale")
	}
	for _, q := range []string{"pour ma retraite", "et pour la mutuelle ?", "et la caf ?", "mais j'ai un problème avec la caf",
		"et le chômage ?", "pour faire une carte d'identité", "pour un rdv a la caf", "et voilà", "mais non"} {
		h := newHarness(t)
		h.say(alice, "j'ai perdu ma carte vitale")
		if got := h.say(alice, q); offersVitale(got) {
			t.Errorf("after the carte Vitale, %q offers it: %q %v", q, texts(got), actions(got))
		}
	}

	after := map[string]func(h *harness){
		"a « je ne sais pas »": func(h *harness) { h.say(alice, "la météo demain") },
		"the next visit":       func(h *harness) { h.clock.Add(48 * time.Hour) },
		"a handover": func(h *harness) {
			h.say(alice, "/mediateur")
			number := h.resident(alice).Ticket
			h.mediator(conversation.MediatorAction{Ticket: number, Kind: conversation.MedReply, Text: "Pour le loyer, voyez la CAF."})
			h.mediator(conversation.MediatorAction{Ticket: number, Kind: conversation.MedClose})
		},
		"an emergency": func(h *harness) { h.say(alice, "mon mari me frappe") },
	}
	for name, between := range after {
		h := newHarness(t)
		h.say(alice, "j'ai perdu ma carte vitale")
		between(h)
		if got := h.say(alice, "et pour mon fils ?"); offersVitale(got) {
			t.Errorf("after %s, « et pour mon fils ? » offers the carte Vitale: %q", name, texts(got))
		}
		if h.say(alice, "ça répond pas à ma question"); h.conversation(alice).NotHelpful != 0 {
			t.Errorf("after %s, « ça répond pas à ma question » rated the carte Vitale", name)
		}
	}
}
