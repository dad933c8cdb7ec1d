package conversation_test

import (
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
