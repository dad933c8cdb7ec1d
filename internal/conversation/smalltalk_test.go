package conversation_test

import (
	"context"
	"strings"
	"testing"

	"pimmsbot/internal/conversation"
)

// TestAreYouABot: « vous êtes un robot ? » gets an honest answer: an
// automatic assistant, and the mediators are people, one of whom the
// resident can talk to (« oui » takes the offer). It got « Bonjour ! Je
// vous écoute », no answer, or opened a ticket at once.
func TestAreYouABot(t *testing.T) {
	for _, q := range []string{
		"vous etes un robot ?", "Vous êtes un robot", "c'est un robot ?", "je parle à un robot ?",
		"tu es une vraie personne ?", "vous êtes humain ?", "c'est une IA ?", "bonjour, vous êtes une machine ?",
		"est-ce que je parle à une vraie personne", "vous êtes un robot ou une vraie personne ?",
	} {
		t.Run(q, func(t *testing.T) {
			h := newHarness(t)
			h.say(alice, "bonjour")
			rs := h.say(alice, q)
			got := texts(rs)
			if !strings.Contains(got, "assistant automatique") || !strings.Contains(got, "personne") ||
				!hasAction(rs, conversation.ActHuman) {
				t.Errorf("%q: %q", q, got)
			}
			if opened, _, _ := h.desk.snapshot(); len(opened) != 0 {
				t.Errorf("%q opened a ticket", q)
			}
			if got := texts(h.say(alice, "oui")); !strings.Contains(got, "demande n°") {
				t.Errorf("« oui » after %q: %q", q, got)
			}
		})
	}
	// Asking for a person is still a request.
	h := newHarness(t)
	h.say(alice, "je veux parler à une vraie personne")
	if opened, _, _ := h.desk.snapshot(); len(opened) != 1 {
		t.Error("« je veux parler à une vraie personne » opened no ticket")
	}
}

// TestThanksAtTheRating: « très bien merci » at the rating question is
// no rating: it was answered « Avec plaisir ! » and the rating was lost.
// The resident is asked once more for a figure, then a figure counts; a
// second word of thanks lets them go.
func TestThanksAtTheRating(t *testing.T) {
	for _, typed := range []string{"très bien merci", "merci beaucoup", "super merci", "ok"} {
		t.Run(typed, func(t *testing.T) {
			h := newHarness(t)
			h.say(alice, "/mediateur")
			number := h.resident(alice).Ticket
			h.mediator(conversation.MediatorAction{Ticket: number, Kind: conversation.MedClaim})
			h.mediator(conversation.MediatorAction{Ticket: number, Kind: conversation.MedClose})
			h.channel.take(alice)
			rs := h.say(alice, typed)
			if got := texts(rs); !strings.Contains(got, "note de 1") || !hasAction(rs, conversation.ActRate+":5") {
				t.Errorf("%q at the rating: %q, want the rating asked again", typed, got)
			}
			h.say(alice, "5")
			if tk, _ := h.store.Ticket(context.Background(), number); tk.Rating != 5 {
				t.Errorf("rating after %q: %d", typed, tk.Rating)
			}
		})
	}
	h := newHarness(t)
	h.say(alice, "/mediateur")
	number := h.resident(alice).Ticket
	h.mediator(conversation.MediatorAction{Ticket: number, Kind: conversation.MedClaim})
	h.mediator(conversation.MediatorAction{Ticket: number, Kind: conversation.MedClose})
	h.say(alice, "merci")
	h.say(alice, "merci encore")
	if r := h.resident(alice); r.Mode != conversation.ModeBot {
		t.Errorf("after thanks twice: mode %v", r.Mode)
	}
	// A question at the rating is answered.
	h2 := newHarness(t)
	h2.say(alice, "/mediateur")
	number = h2.resident(alice).Ticket
	h2.mediator(conversation.MediatorAction{Ticket: number, Kind: conversation.MedClaim})
	h2.mediator(conversation.MediatorAction{Ticket: number, Kind: conversation.MedClose})
	if got := texts(h2.say(alice, "comment demander l'apl")); !strings.Contains(got, "APL") {
		t.Errorf("a question at the rating: %q", got)
	}
}
