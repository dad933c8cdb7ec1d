package conversation_test

import (
	"context"
	"strings"
	"testing"
	"time"

	"pimmsbot/internal/catalog"
	"pimmsbot/internal/conversation"
)

// The ticket's question is what the resident asked, not the words they
// used to ask for a mediator, nor small talk, nor what they wrote during
// an earlier ticket of the same conversation.
func TestTicketQuestionIsTheResidentsQuestion(t *testing.T) {
	h := newHarness(t)
	h.matcher.results["j'ai un trop perçu caf"] = catalog.Result{Outcome: catalog.Answer, ID: "caf-indu"}
	h.say(alice, "bonjour")
	h.say(alice, "j'ai un trop perçu caf")
	h.say(alice, "merci")
	h.say(alice, "je veux parler à un médiateur")
	opened, _, _ := h.desk.snapshot()
	if len(opened) != 1 {
		t.Fatalf("%d tickets opened, want 1", len(opened))
	}
	if got := opened[0].Question; got != "j'ai un trop perçu caf" {
		t.Errorf("question = %q, want the resident's question", got)
	}

	// A second ticket in the same conversation, asked for at once: no
	// question, rather than one of the first ticket's.
	number := opened[0].Number
	if err := h.mediator(conversation.MediatorAction{Ticket: number, Kind: conversation.MedReply, Text: "Envoyez-moi le courrier."}); err != nil {
		t.Fatal(err)
	}
	h.say(alice, "voici le numéro 1234")
	if err := h.mediator(conversation.MediatorAction{Ticket: number, Kind: conversation.MedClose}); err != nil {
		t.Fatal(err)
	}
	h.click(alice, "rate:5")
	h.say(alice, "je veux parler à un médiateur")
	opened, _, _ = h.desk.snapshot()
	if len(opened) != 2 {
		t.Fatalf("%d tickets opened, want 2", len(opened))
	}
	if got := opened[1].Question; got != "" {
		t.Errorf("second ticket's question = %q, want none", got)
	}
	if s := conversation.Summary(opened[1], h.messages(alice), time.UTC); !strings.Contains(s, "Question\u00a0: aucune") {
		t.Errorf("summary without a question:\n%s", s)
	}
}

// The summary names the FAQ answers by their titles, lists only those
// of the ticket's part of the conversation, and tells the time in the
// site's zone.
func TestSummary(t *testing.T) {
	h := newHarness(t)
	h.matcher.results["j'ai un trop perçu caf"] = catalog.Result{Outcome: catalog.Answer, ID: "caf-indu"}
	h.matcher.results["et pour l'apl ?"] = catalog.Result{Outcome: catalog.Answer, ID: "caf-apl"}
	h.say(alice, "j'ai un trop perçu caf")
	h.click(alice, conversation.ActHuman)
	opened, _, _ := h.desk.snapshot()
	first := opened[0].Number
	if err := h.mediator(conversation.MediatorAction{Ticket: first, Kind: conversation.MedClose}); err != nil {
		t.Fatal(err)
	}
	h.say(alice, "et pour l'apl ?")
	h.click(alice, conversation.ActNotHelp+":caf-apl")
	h.click(alice, conversation.ActHuman)
	opened, _, _ = h.desk.snapshot()
	if len(opened) != 2 {
		t.Fatalf("%d tickets, want 2", len(opened))
	}
	tk := opened[1]
	reunion := time.FixedZone("Indian/Reunion", 4*3600)
	s := conversation.Summary(tk, h.messages(alice), reunion)
	for _, want := range []string{
		"Question\u00a0: et pour l'apl ?",
		"Le bot a répondu\u00a0: «\u00a0Comment demander l'aide au logement de la CAF (APL, ALF, ALS)\u00a0?\u00a0»",
		"Avis\u00a0: 👎 «\u00a0Comment demander l'aide au logement de la CAF (APL, ALF, ALS)\u00a0?\u00a0»",
		"Demande reçue le 25/11/2026 à 13:00", // 09:00 UTC
	} {
		if !strings.Contains(s, want) {
			t.Errorf("summary lacks %q:\n%s", want, s)
		}
	}
	for _, bad := range []string{"caf-apl", "caf-indu", "trop-perçu"} {
		if strings.Contains(s, bad) {
			t.Errorf("summary shows %q (an id, or an answer of the first ticket):\n%s", bad, s)
		}
	}
}

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
