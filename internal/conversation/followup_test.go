package conversation_test

import (
	"context"
	"strings"
	"testing"
	"time"

	"pimmsbot/internal/catalog"
	"pimmsbot/internal/conversation"
)

// pointsBack reports whether replies say that the answer before had what
// the bot knows (French.FollowUp), or that it does not tell what was
// asked (French.FollowUpMissing).
func pointsBack(rs []conversation.Reply) bool {
	return strings.Contains(texts(rs), "est dans ma réponse précédente") || strings.Contains(texts(rs), "ne le précise pas")
}

// TestFollowUp: a short follow-up the engine cannot read on its own
// (« et pour mon fils ? », « c payant ? ») is read as being about the
// entry just answered: the bot says plainly, naming it, that what it
// knows is in that answer, and offers a mediator for the rest, instead of
// « Je ne suis pas sûr » (an outside tester's M7) or offering the same
// entry's text again (an outside check: « c'est combien ? » after the APL
// got « Votre question concerne-t-elle : l'APL ? » and, on « Oui », the
// whole answer once more). The follow-up is kept for the curators with
// that entry; it is no miss, and the answer can still be rated. A
// follow-up with nothing answered before, or a short message that
// follows nothing, is not (TestNotAFollowUp for the rest).
func TestFollowUp(t *testing.T) {
	// The price, which the answer tells, is quoted (TestFollowUpQuotes).
	for _, q := range []string{"et pour mon fils ?", "c pour mon fils", "et le délai ?", "ok et après ?", "mais pour ma fille"} {
		h := newHarness(t)
		h.say(alice, "j'ai perdu ma carte vitale")
		got := h.say(alice, q)
		if !pointsBack(got) || !strings.Contains(texts(got), "carte Vitale") || !hasAction(got, conversation.ActHuman) {
			t.Errorf("after the carte Vitale, %q = %q %v, want the answer named and a mediator", q, texts(got), actions(got))
			continue
		}
		if hasAction(got, conversation.ActYes+":ameli-carte-vitale") || strings.Contains(texts(got), "ameli.fr") {
			t.Errorf("after the carte Vitale, %q offers its text again: %q %v", q, texts(got), actions(got))
		}
		if c := h.conversation(alice); c.Unanswered != 1 || c.Clarified != 0 {
			t.Errorf("counts = %+v, want the follow-up unanswered, no suggestion", c)
		}
		un, _ := h.store.Unanswered(context.Background(), time.Time{})
		if len(un) != 1 || len(un[0].Candidates) != 1 || un[0].Candidates[0] != "ameli-carte-vitale" {
			t.Errorf("kept for the curators: %+v, want the follow-up with the carte Vitale", un)
		}
		if h.say(alice, "ça m'a aidé"); h.conversation(alice).Helpful != 1 {
			t.Errorf("after %q, « ça m'a aidé » did not rate the carte Vitale", q)
		}
	}

	h := newHarness(t)
	if got := h.say(alice, "et pour mon fils ?"); pointsBack(got) {
		t.Errorf("a follow-up with nothing answered = %q", texts(got))
	}
	h.say(alice, "j'ai perdu ma carte vitale")
	if got := h.say(alice, "la météo demain"); pointsBack(got) {
		t.Errorf("a short message that follows nothing = %q", texts(got))
	}
}

// TestNotAFollowUp: a message that opens like a follow-up but names its
// own subject, or says nothing, keeps what the engine makes of it; and the
// entry answered is no subject any more after a « je ne sais pas », a
// handover, an emergency or on the next visit (a reviewer's findings).
func TestNotAFollowUp(t *testing.T) {
	vitale := conversation.ActYes + ":ameli-carte-vitale"
	offersVitale := func(got []conversation.Reply) bool {
		return pointsBack(got) || hasAction(got, vitale) || hasAction(got, conversation.ActEntry+":ameli-carte-vitale")
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

// TestFollowUpQuotes: a follow-up that asks what a paragraph of the
// answer tells (the price, a child's, the papers) gets that paragraph
// quoted, not « est dans ma réponse précédente », the out-of-scope text
// or a choice of other entries (an outside console check after the
// passport: « et c'est combien pour un enfant ? », « il faut quels
// papiers ? »); one the answer does not tell is said so, with a
// mediator.
func TestFollowUpQuotes(t *testing.T) {
	for _, c := range []struct {
		entry, q string
		want     []string // in the reply; none: « ne le précise pas »
	}{
		{"ants-passeport", "et c est combien pour un enfant ?", []string{"42 €", "17 €"}},
		{"ants-passeport", "c'est combien ?", []string{"86 €"}},
		{"ameli-carte-vitale", "et c est combien ?", []string{"gratuite"}},
		{"ameli-carte-vitale", "c payant ?", []string{"gratuite"}},
		{"ameli-carte-vitale", "et pour mon fils ?", nil},
		{"ameli-carte-vitale", "et le délai ?", nil},
	} {
		h := newHarness(t)
		h.click(alice, conversation.ActEntry+":"+c.entry)
		got := h.say(alice, c.q)
		text := texts(got)
		if strings.Contains(text, "ressort") || strings.Contains(text, "concerne") || strings.Contains(text, "réponse précédente") ||
			!hasAction(got, conversation.ActHuman) {
			t.Errorf("%s, then %q: %q", c.entry, c.q, text)
			continue
		}
		if c.want == nil && !strings.Contains(text, "ne le précise pas") {
			t.Errorf("%s, then %q: %q, want « ne le précise pas »", c.entry, c.q, text)
		}
		for _, w := range c.want {
			if !strings.Contains(text, w) || !strings.Contains(text, "Dans ma réponse") {
				t.Errorf("%s, then %q: %q, want %q quoted", c.entry, c.q, text, w)
			}
		}
		if h.say(alice, "ça m'a aidé"); h.conversation(alice).Helpful != 1 {
			t.Errorf("after %q, « ça m'a aidé » did not rate %s", c.q, c.entry)
		}
	}
	// « il faut quels papiers ? » after the passport stays on it.
	h := newHarness(t)
	h.click(alice, conversation.ActEntry+":ants-passeport")
	if got := texts(h.say(alice, "il faut quels papiers ?")); strings.Contains(got, "concerne") || !strings.Contains(got, "passeport") {
		t.Errorf("« il faut quels papiers ? » after the passport: %q", got)
	}
}

// TestFollowUpWithNoAnswerYet: a follow-up typed before any answer (a
// list of choices open, or the conversation's first message) names no
// subject: it is no question outside the PIMMS's, and never gets the
// out-of-scope text (« météo, magasins… »; an outside console check).
func TestFollowUpWithNoAnswerYet(t *testing.T) {
	h := newHarness(t)
	h.matcher.results["refaire passeport"] = catalog.Result{Outcome: catalog.Clarify,
		Offered: []string{"ants-passeport", "ants-perte-vol-papiers"}}
	h.say(alice, "refaire passeport")
	for _, q := range []string{"et c est combien pour un enfant ?", "il faut quels papiers ?", "et pour mon fils ?"} {
		if got := texts(h.say(alice, q)); strings.Contains(got, outOfScopeSaid) {
			t.Errorf("%q before any answer = %q, want no « out of scope »", q, got)
		}
		if got := texts(h.say(bob, q)); strings.Contains(got, outOfScopeSaid) {
			t.Errorf("%q as a first message = %q, want no « out of scope »", q, got)
		}
	}
}
