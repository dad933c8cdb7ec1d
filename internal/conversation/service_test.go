package conversation_test

import (
	"strings"
	"testing"

	"pimmsbot/internal/catalog"
	"pimmsbot/internal/catalog/catalogtest"
	"pimmsbot/internal/conversation"
)

func TestSetFAQKeepsConversations(t *testing.T) {
	h := newHarness(t)
	h.say(alice, "/mediateur")
	number := h.resident(alice).Ticket
	// A FAQ reloaded with one entry less: the conversation goes on.
	c := catalogtest.FAQ(t)
	smaller := *c
	smaller.Entries = c.Entries[1:]
	h.svc.SetFAQ(&smaller, catalog.NewMatcher(&smaller))
	if h.svc.Catalog() != &smaller {
		t.Fatal("the service does not answer from the new FAQ")
	}
	if r := h.resident(alice); r.Mode != conversation.ModeWaiting || r.Ticket != number {
		t.Fatalf("after reload: %+v", r)
	}
	if err := h.mediator(conversation.MediatorAction{Ticket: number, Kind: conversation.MedReply, Text: "ok"}); err != nil {
		t.Fatal(err)
	}
	if got := h.channel.take(alice); len(got) != 2 || !strings.Contains(got[1].Text, "ok") {
		t.Fatalf("after reload the claim and the reply got lost: %q", texts(got))
	}
}
