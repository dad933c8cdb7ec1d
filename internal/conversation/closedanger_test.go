package conversation_test

import (
	"strings"
	"testing"

	"pimmsbot/internal/catalog"
	"pimmsbot/internal/conversation"
)

// TestCloseAfterDanger: a mediator closing a ticket in which the resident
// wrote danger does not end with only « Merci d'avoir contacté… » and the
// rating: the resident is given again the numbers of that emergency
// (the 3114 after « je veux mourir », the 115 for a night outside), and
// is not asked for a rating then (an outside console check). A ticket
// without danger still asks for the rating.
func TestCloseAfterDanger(t *testing.T) {
	t.Run("claimed, then despair", func(t *testing.T) {
		h := newHarness(t)
		got := h.claimedThenClosed(alice, "je veux mourir")
		if !strings.Contains(texts(got), "3114") || strings.Contains(texts(got), "note de 1") ||
			hasAction(got, conversation.ActRate+":5") {
			t.Errorf("closed after « je veux mourir »: %q", texts(got))
		}
		if r := h.resident(alice); r.Mode == conversation.ModeRating {
			t.Error("asked for a rating after a suicidal message")
		}
	})
	t.Run("claimed, despair, then /fin", func(t *testing.T) {
		h := newHarness(t)
		h.say(alice, "/mediateur")
		number := h.resident(alice).Ticket
		h.mediator(conversation.MediatorAction{Ticket: number, Kind: conversation.MedClaim})
		h.say(alice, "je veux mourir")
		got := h.say(alice, "/fin")
		if !strings.Contains(texts(got), "3114") || strings.Contains(texts(got), "note de 1") {
			t.Errorf("/fin after « je veux mourir »: %q", texts(got))
		}
	})
	t.Run("urgent, nobody took it", func(t *testing.T) {
		h := newHarness(t)
		h.say(alice, "je dors dehors ce soir")
		number := h.resident(alice).Ticket
		if number == 0 {
			t.Fatal("no urgent ticket")
		}
		h.mediator(conversation.MediatorAction{Ticket: number, Kind: conversation.MedClose, Confirmed: true})
		if got := texts(h.channel.take(alice)); !strings.Contains(got, "115") {
			t.Errorf("urgent shelter ticket closed: %q", got)
		}
	})
	t.Run("claimed, worried", func(t *testing.T) {
		h := newHarness(t)
		h.matcher.results["je sais plus quoi faire de ma vie"] = catalog.Result{Outcome: catalog.Unknown, Worry: true}
		got := texts(h.claimedThenClosed(alice, "je sais plus quoi faire de ma vie"))
		if !strings.Contains(got, "3114") || strings.Contains(got, "note de 1") {
			t.Errorf("closed after a worried message: %q", got)
		}
	})
	t.Run("no danger", func(t *testing.T) {
		h := newHarness(t)
		got := texts(h.claimedThenClosed(alice, "j'ai une question sur ma facture"))
		if strings.Contains(got, "3114") || !strings.Contains(got, "note de 1") {
			t.Errorf("closed with no danger: %q", got)
		}
	})
}

// claimedThenClosed has resident ask for a mediator, who claims the
// ticket; the resident then says said, and the mediator closes the
// ticket. It returns what the closing sent the resident.
func (h *harness) claimedThenClosed(resident, said string) []conversation.Reply {
	h.say(resident, "/mediateur")
	number := h.resident(resident).Ticket
	h.mediator(conversation.MediatorAction{Ticket: number, Kind: conversation.MedClaim})
	h.say(resident, said)
	h.channel.take(resident)
	h.mediator(conversation.MediatorAction{Ticket: number, Kind: conversation.MedClose})
	return h.channel.take(resident)
}
