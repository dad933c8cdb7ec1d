package conversation_test

import (
	"context"
	"strings"
	"testing"
	"time"

	"pimmsbot/internal/catalog"
	"pimmsbot/internal/conversation"
)

func TestFeedback(t *testing.T) {
	h := newHarness(t)
	h.matcher.results["q"] = catalog.Result{Outcome: catalog.Answer, ID: "caf-apl"}
	h.say(alice, "q")
	if got := h.click(alice, "fb1:caf-apl"); !strings.Contains(texts(got), "Merci") {
		t.Errorf("👍 reply = %q", texts(got))
	}
	// One vote an answer: the next 👎 are on new answers of the entry.
	h.say(alice, "q")
	h.click(alice, "fb0:caf-apl")
	h.say(alice, "q")
	got := h.click(alice, "fb0:caf-apl")
	if !hasAction(got, conversation.ActHuman) || !strings.Contains(texts(got), "médiateur") {
		t.Errorf("second 👎 = %q, want the offer of a mediator", texts(got))
	}
	fb, err := h.store.FeedbackSince(context.Background(), time.Time{})
	if err != nil || len(fb) != 3 || !fb[0].Helpful || fb[1].Helpful || fb[0].Question != "q" {
		t.Fatalf("feedback = %+v, %v", fb, err)
	}
	// A forged feedback on an unknown entry is ignored.
	h.click(alice, "fb1:../../etc")
	if fb, _ := h.store.FeedbackSince(context.Background(), time.Time{}); len(fb) != 3 {
		t.Errorf("forged feedback stored: %+v", fb)
	}
}

func TestThemesMenu(t *testing.T) {
	h := newHarness(t)
	got := h.say(alice, "/themes")
	if !hasAction(got, "t:caf") {
		t.Fatalf("themes = %v", actions(got))
	}
	got = h.click(alice, "t:caf")
	if !hasAction(got, "e:caf-apl") {
		t.Fatalf("caf theme = %v", actions(got))
	}
	got = h.click(alice, "e:caf-apl")
	if len(got) != 1 || len(got[0].Links) == 0 {
		t.Fatalf("entry = %+v", got)
	}
}

func TestFAQButtonWhileWaiting(t *testing.T) {
	h := newHarness(t)
	h.say(alice, "/mediateur")
	got := h.click(alice, "e:ameli-carte-vitale")
	if !strings.Contains(texts(got), "Vitale") {
		t.Fatalf("FAQ button while waiting = %q, want the answer", texts(got))
	}
	if r := h.resident(alice); r.Mode != conversation.ModeWaiting {
		t.Fatalf("mode = %v, want still waiting for the mediator", r.Mode)
	}
}
