package conversation_test

import (
	"context"
	"strings"
	"testing"

	"pimmsbot/internal/conversation"
)

// A ticket nobody answered is closed without asking the resident to rate
// help they did not get.
func TestCloseUnansweredTicket(t *testing.T) {
	h := newHarness(t)
	h.say(alice, "je veux parler à un médiateur")
	opened, _, _ := h.desk.snapshot()
	number := opened[0].Number
	if err := h.mediator(conversation.MediatorAction{Ticket: number, Kind: conversation.MedClose}); err != nil {
		t.Fatal(err)
	}
	got := h.channel.take(alice)
	if hasAction(got, "rate:1") || strings.Contains(texts(got), "satisfait") {
		t.Errorf("the resident is asked to rate help nobody gave: %q", texts(got))
	}
	if !strings.Contains(texts(got), "demande n°\u00a0") && !strings.Contains(texts(got), "demande n° ") {
		t.Errorf("the resident is not told their request is closed: %q", texts(got))
	}
	if r := h.resident(alice); r.Mode != conversation.ModeBot || r.Ticket != 0 {
		t.Errorf("resident after the close: %+v, want back to the bot", r)
	}
	tk, _ := h.store.Ticket(context.Background(), number)
	if tk.Status != conversation.TicketClosed {
		t.Errorf("ticket = %+v, want closed", tk)
	}
	// The bot answers again at once.
	if got := h.say(alice, "bonjour"); len(got) == 0 {
		t.Error("the bot does not answer after the close")
	}
}
