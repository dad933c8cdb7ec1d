package conversation_test

import (
	"strings"
	"testing"

	"pimmsbot/internal/catalog"
	"pimmsbot/internal/catalog/catalogtest"
	"pimmsbot/internal/conversation"
)

func TestAnswerFromFAQ(t *testing.T) {
	h := newHarness(t)
	h.matcher.results["j'ai perdu ma carte vitale"] = catalog.Result{Outcome: catalog.Answer, ID: "ameli-carte-vitale", Confidence: 0.9}
	got := h.say(alice, "j'ai perdu ma carte vitale")
	if len(got) != 1 {
		t.Fatalf("got %d replies, want 1: %q", len(got), texts(got))
	}
	e, _ := catalogtest.FAQ(t).Entry("ameli-carte-vitale")
	if len(got[0].Links) != len(e.Sources) || got[0].Links[0].URL != e.Sources[0] {
		t.Errorf("links = %v, want the entry's sources %v", got[0].Links, e.Sources)
	}
	for _, a := range []string{"fb1:ameli-carte-vitale", "fb0:ameli-carte-vitale", conversation.ActHuman} {
		if !hasAction(got, a) {
			t.Errorf("answer lacks the %q button", a)
		}
	}
	msgs := h.messages(alice)
	if len(msgs) != 2 || msgs[0].From != conversation.FromResident || msgs[1].Entry != "ameli-carte-vitale" {
		t.Fatalf("stored messages = %+v, want the question then the answer", msgs)
	}
}

// TestHandoverOfferSaidOnce: an entry whose answer ends by offering a
// mediator does not get the handover offer again (an outside tester read
// « Un médiateur du PIMMS peut vous aider… » then « Votre situation dépend
// de votre dossier : un médiateur peut le regarder avec vous. »); one
// that does not, gets it. An offer of the PIMMS's mediators anywhere in
// the answer counts (the residence permit's said it before the papers to
// bring, and got the second offer at its end).
func TestHandoverOfferSaidOnce(t *testing.T) {
	h := newHarness(t)
	cat := h.svc.Catalog()
	checked := 0
	for _, e := range cat.Entries {
		if e == nil || !e.Handover || cat.IsEmergency(e.ID) {
			continue
		}
		paras := strings.Split(strings.TrimSpace(e.Answer), "\n\n")
		offers := strings.Contains(paras[len(paras)-1], "médiat") || strings.Contains(strings.ToLower(e.Answer), "médiateur du pimms")
		got := texts(h.click(alice, "e:"+e.ID))
		if added := strings.Contains(got, "dépend de votre dossier"); added == offers {
			t.Errorf("%s: handover offer added %v, its answer's end offers a mediator %v:\n%s", e.ID, added, offers, got)
		}
		checked++
	}
	if checked == 0 {
		t.Fatal("no handover entry in the FAQ")
	}
}

// TestSecretsDoNotSpoilTheAnswer: the engine reads a message without the
// secrets it held (an outside tester's social security number, pasted
// with its spaces, took « mon fils … n'a pas de carte vitale » from an
// answer to « pas sûr »); the stored copy is masked as always.
func TestSecretsDoNotSpoilTheAnswer(t *testing.T) {
	h := newHarness(t)
	got := h.say(alice, "mon fils 1 85 05 78 006 084 36 n'a pas de carte vitale")
	r := h.resident(alice)
	if r.LastEntry != "ameli-carte-vitale" {
		t.Errorf("reply = %q, want the carte Vitale entry, as without the number", texts(got))
	}
	for _, m := range h.messages(alice) {
		if strings.Contains(m.Text, "084 36") {
			t.Errorf("stored in clear: %q", m.Text)
		}
	}
}
