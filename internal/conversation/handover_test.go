package conversation_test

import (
	"context"
	"strings"
	"testing"
	"time"

	"pimmsbot/internal/catalog"
	"pimmsbot/internal/conversation"
)

// TestHandoverJourney walks a ticket through every state: requested,
// waiting, claimed, closed, rated, and back to the bot.
func TestHandoverJourney(t *testing.T) {
	h := newHarness(t)
	h.matcher.results["j'ai un trop perçu caf"] = catalog.Result{Outcome: catalog.Answer, ID: "caf-indu"}
	h.say(alice, "j'ai un trop perçu caf")
	got := h.say(alice, "je veux parler à quelqu'un")
	if r := h.resident(alice); r.Mode != conversation.ModeWaiting || r.Ticket == 0 {
		t.Fatalf("after handover: mode %v ticket %d, got %q", r.Mode, r.Ticket, texts(got))
	}
	if !strings.Contains(texts(got), "médiateur va vous répondre") {
		t.Errorf("handover reply = %q", texts(got))
	}
	opened, _, _ := h.desk.snapshot()
	if len(opened) != 1 || opened[0].Theme != "caf" || opened[0].Label == "" || strings.Contains(opened[0].Label, "test:1") {
		t.Fatalf("desk opened %+v, want one ticket, theme caf, a pseudonymous label", opened)
	}
	number := opened[0].Number
	if tk, _ := h.store.Ticket(context.Background(), number); tk.DeskRef == "" {
		t.Error("the desk's reference was not stored")
	}

	// While waiting, the resident's messages go to the desk, not the
	// bot: they only get a receipt.
	if got := texts(h.say(alice, "c'est urgent")); !strings.HasPrefix(got, "Votre message est transmis") || strings.Count(got, "---") != 1 {
		t.Errorf("the bot answered during the handover: %q", got)
	}
	if _, posts, _ := h.desk.snapshot(); len(posts) != 1 || posts[0].Text != "c'est urgent" {
		t.Fatalf("desk posts = %+v", posts)
	}

	if err := h.mediator(conversation.MediatorAction{Ticket: number, Kind: conversation.MedClaim}); err != nil {
		t.Fatal(err)
	}
	if got := h.channel.take(alice); !strings.Contains(texts(got), "Camille") {
		t.Errorf("claim told the resident %q, want the mediator's name", texts(got))
	}
	// Someone else cannot claim it again.
	err := h.svc.HandleMediator(context.Background(), conversation.MediatorAction{Ticket: number, Kind: conversation.MedClaim, Mediator: "m2", Name: "Sam"})
	if conversation.ErrorCode(err) != conversation.EINVALID {
		t.Errorf("second claim: %v, want EINVALID", err)
	}

	// Claimed: the bot keeps quiet, even on an old FAQ button.
	if got := h.say(alice, "merci, voici mon numéro de dossier 123"); len(got) != 0 {
		t.Errorf("bot spoke while claimed: %q", texts(got))
	}
	if got := h.click(alice, "e:caf-apl"); strings.Contains(texts(got), "APL") || len(got[0].Links) != 0 {
		t.Errorf("bot answered a FAQ button while claimed: %q", texts(got))
	}

	// A note stays internal; a reply reaches the resident, escaped.
	if err := h.mediator(conversation.MediatorAction{Ticket: number, Kind: conversation.MedNote, Text: "dossier vu"}); err != nil {
		t.Fatal(err)
	}
	if got := h.channel.take(alice); len(got) != 0 {
		t.Fatalf("a note reached the resident: %q", texts(got))
	}
	if err := h.mediator(conversation.MediatorAction{Ticket: number, Kind: conversation.MedReply, Text: "Bonjour, envoyez **2** pièces [ici](x)"}); err != nil {
		t.Fatal(err)
	}
	got = h.channel.take(alice)
	if len(got) != 1 || !strings.Contains(got[0].Text, `\*\*2\*\*`) || !strings.HasPrefix(got[0].Text, "**Camille**") {
		t.Fatalf("relayed reply = %q, want the mediator's name and the text escaped", texts(got))
	}

	if err := h.mediator(conversation.MediatorAction{Ticket: number, Kind: conversation.MedClose}); err != nil {
		t.Fatal(err)
	}
	got = h.channel.take(alice)
	if !strings.Contains(texts(got), "La conversation est terminée") || !hasAction(got, "rate:5") {
		t.Fatalf("close = %q, want the end and the rating question", texts(got))
	}
	// A closed ticket never reopens.
	err = h.mediator(conversation.MediatorAction{Ticket: number, Kind: conversation.MedReply, Text: "encore moi"})
	if conversation.ErrorCode(err) != conversation.EINVALID {
		t.Errorf("reply to a closed ticket: %v, want EINVALID", err)
	}
	h.click(alice, "rate:5")
	tk, _ := h.store.Ticket(context.Background(), number)
	if tk.Status != conversation.TicketClosed || tk.Rating != 5 || tk.Claimed.IsZero() || tk.Closed.IsZero() || tk.MediatorName != "Camille" {
		t.Fatalf("ticket = %+v", tk)
	}
	if r := h.resident(alice); r.Mode != conversation.ModeBot || r.Ticket != 0 {
		t.Fatalf("after rating: %+v, want back to the bot", r)
	}
	// The bot answers again.
	if got := h.say(alice, "j'ai un trop perçu caf"); len(got) != 1 || len(got[0].Links) == 0 {
		t.Fatalf("after the handover the bot does not answer: %q", texts(got))
	}
	// The note is in the history, for mediators only.
	_, msgs, _ := h.svc.History(context.Background(), number)
	var note bool
	for _, m := range msgs {
		note = note || (m.From == conversation.FromNote && m.Text == "dossier vu")
	}
	if !note {
		t.Error("the note is not in the ticket's history")
	}
}

func TestRestartInTheMiddleOfAHandover(t *testing.T) {
	h := newHarness(t)
	h.say(alice, "bonjour")
	h.click(alice, conversation.ActHuman)
	h.say(alice, "premier message")
	number := h.resident(alice).Ticket
	before := h.messages(alice)

	h.reopen()

	if r := h.resident(alice); r.Mode != conversation.ModeWaiting || r.Ticket != number {
		t.Fatalf("after restart: %+v", r)
	}
	if got := h.messages(alice); len(got) != len(before) {
		t.Fatalf("after restart %d messages, want %d", len(got), len(before))
	}
	h.say(alice, "deuxième message")
	if err := h.mediator(conversation.MediatorAction{Ticket: number, Kind: conversation.MedReply, Text: "je suis là"}); err != nil {
		t.Fatal(err)
	}
	if got := h.channel.take(alice); !strings.Contains(texts(got), "je suis là") {
		t.Errorf("after restart the reply did not arrive: %q", texts(got))
	}
	_, posts, _ := h.desk.snapshot()
	if len(posts) != 2 || posts[1].Text != "deuxième message" {
		t.Errorf("desk posts = %+v", posts)
	}
}

func TestHandoverOutOfHours(t *testing.T) {
	h := newHarness(t, withHours("lun-ven 13:00-17:00"))
	got := h.say(alice, "/mediateur")
	if !strings.Contains(texts(got), "fermé") || !strings.Contains(texts(got), "aujourd'hui à 13") {
		t.Fatalf("out of hours = %q, want when the site opens", texts(got))
	}
	if opened, _, _ := h.desk.snapshot(); len(opened) != 1 {
		t.Error("the ticket does not wait in the queue")
	}
}

func TestHandoverWithoutDesk(t *testing.T) {
	// Telegram only: no mediator can answer here, so the resident is
	// told how to reach the site and the bot keeps answering.
	h := newHarness(t, withoutDesk())
	got := h.say(alice, "/mediateur")
	if !strings.Contains(texts(got), "01 02 03 04 05") || !strings.Contains(texts(got), "1 rue de la Paix") {
		t.Fatalf("no desk = %q, want the phone and the address", texts(got))
	}
	if r := h.resident(alice); r.Mode != conversation.ModeBot || r.Ticket != 0 {
		t.Fatalf("resident = %+v, want the bot still answering", r)
	}
	if open, _ := h.svc.Queue(context.Background()); len(open) != 0 {
		t.Fatalf("open tickets = %d, want none: nobody would ever take them", len(open))
	}
	conv, err := h.store.Conversation(context.Background(), h.resident(alice).Conversation)
	if err != nil || conv.Handovers != 1 {
		t.Fatalf("conversation = %+v, %v: the request must be counted for the site's reports", conv, err)
	}
	for _, msg := range []string{"merci", "j'ai perdu ma carte vitale", "allo ?"} {
		if got := h.say(alice, msg); len(got) == 0 {
			t.Fatalf("%q got no reply", msg)
		}
	}
	if got := h.say(alice, "je veux parler à un médiateur"); !strings.Contains(texts(got), "01 02 03 04 05") {
		t.Fatalf("second request = %q", texts(got))
	}
}

func TestHandoverWithoutDeskOrContact(t *testing.T) {
	// A site whose phone and address are not configured: never show
	// residents « non renseigné ».
	h := newHarness(t, withoutDesk(), func(h *harness) { h.site.Phone, h.site.Address = "", "" })
	got := texts(h.say(alice, "/mediateur"))
	if strings.Contains(got, "renseign") || strings.Contains(got, "{site") {
		t.Fatalf("no desk, no contact = %q", got)
	}
	if !strings.Contains(got, "PIMMS") {
		t.Fatalf("no desk, no contact = %q, want to be told to come to the PIMMS", got)
	}
}

func TestEndByResident(t *testing.T) {
	h := newHarness(t)
	h.say(alice, "/fin")
	h.say(alice, "/mediateur")
	number := h.resident(alice).Ticket
	h.mediator(conversation.MediatorAction{Ticket: number, Kind: conversation.MedClaim})
	h.channel.take(alice)
	got := h.say(alice, "/fin")
	if !strings.Contains(texts(got), "terminée") || !hasAction(got, "rate:1") {
		t.Fatalf("/fin = %q", texts(got))
	}
	tk, _ := h.store.Ticket(context.Background(), number)
	if tk.Status != conversation.TicketClosed || tk.Gone != "ended" {
		t.Fatalf("ticket = %+v", tk)
	}
	_, posts, updates := h.desk.snapshot()
	if len(updates) == 0 || updates[len(updates)-1].Status != conversation.TicketClosed || !strings.Contains(posts[len(posts)-1].Text, "terminé") {
		t.Errorf("the desk was not told: posts %+v", posts)
	}
	// A rating typed as a number counts too.
	h.say(alice, "4")
	if tk, _ := h.store.Ticket(context.Background(), number); tk.Rating != 4 {
		t.Errorf("rating = %d, want 4", tk.Rating)
	}
}

func TestWaitingFromARunWithDesk(t *testing.T) {
	// A resident left waiting by a run that had a desk: the bot, now
	// without one, frees them at their next message and answers it.
	h := newHarness(t)
	h.say(alice, "/mediateur")
	number := h.resident(alice).Ticket
	h.noDesk = true
	h.reopen()
	if got := h.say(alice, "j'ai perdu ma carte vitale"); !strings.Contains(texts(got), "Vitale") {
		t.Fatalf("after the restart = %q, want an answer", texts(got))
	}
	if r := h.resident(alice); r.Mode != conversation.ModeBot {
		t.Fatalf("mode = %v", r.Mode)
	}
	if tk, _ := h.store.Ticket(context.Background(), number); tk.Status != conversation.TicketClosed {
		t.Fatalf("ticket = %+v, want closed", tk)
	}
}

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
	if s := conversation.Summary(opened[1], h.messages(alice), time.UTC); !strings.Contains(s, "Question\u00a0: pas encore précisée") {
		t.Errorf("summary without a question:\n%s", s)
	}
}

// TestSiteDetailsNotGiven: a site whose phone, e-mail and address are not
// configured shows the lines of what exists, never « au (non renseigné) »
// inside a sentence (an outside tester saw « par téléphone au (non
// renseigné) ; par e-mail à (non renseigné) »).
func TestSiteDetailsNotGiven(t *testing.T) {
	h := newHarness(t, func(h *harness) { h.site.Phone, h.site.Address, h.site.Email = "", "", "" })
	for _, ask := range []string{"e:pimms-rendez-vous", "e:pimms-horaires-adresse", "e:pimms-recrutement", conversation.ActHours} {
		got := texts(h.click(alice, ask))
		if got == "" || strings.Contains(got, "renseign") || strings.Contains(got, "{site") {
			t.Errorf("%s with no phone, e-mail or address = %q", ask, got)
		}
	}
	h2 := newHarness(t, func(h *harness) { h.site.Phone, h.site.Hours = "", nil })
	if got := texts(h2.click(alice, conversation.ActHours)); !strings.Contains(got, "pas indiqués") || strings.Contains(got, "renseign") {
		t.Errorf("hours with no hours and no phone = %q", got)
	}
}

// TestTypedRatings: a rating typed in words or stars counts as the
// button (an outside tester's « 5/5 », « 5 étoiles », « cinq » and stars
// were lost, some with « pas sûr »).
func TestTypedRatings(t *testing.T) {
	for typed, want := range map[string]int{
		"5/5": 5, "4 sur 5": 4, "5 étoiles": 5, "Cinq": 5, "⭐⭐⭐": 3, "⭐️⭐️⭐️⭐️": 4, "je mets 2": 2, "1": 1,
		"5 enfants": 0, "6": 0, "⭐ merci": 0, "12": 0,
	} {
		h := newHarness(t)
		h.say(alice, "/mediateur")
		number := h.resident(alice).Ticket
		h.mediator(conversation.MediatorAction{Ticket: number, Kind: conversation.MedClaim})
		h.say(alice, "/fin")
		h.say(alice, typed)
		if tk, _ := h.store.Ticket(context.Background(), number); tk.Rating != want {
			t.Errorf("%q: rating = %d, want %d", typed, tk.Rating, want)
		}
	}
}

// TestRatingTypedTwice: a resident who types more ratings after the
// first (« 4 », then « 5 », « 5 », « 3 ») is told each time their
// rating is noted, not « Je ne suis pas sûr de pouvoir répondre » (qa11
// L); the first rating stays. A figure typed later, after another
// answer, is read as a question.
func TestRatingTypedTwice(t *testing.T) {
	h := newHarness(t)
	h.say(alice, "/mediateur")
	number := h.resident(alice).Ticket
	h.mediator(conversation.MediatorAction{Ticket: number, Kind: conversation.MedClaim})
	h.say(alice, "/fin")
	h.say(alice, "4")
	for i, typed := range []string{"5", "5", "3"} {
		if got := texts(h.say(alice, typed)); !strings.Contains(got, "déjà enregistrée") || strings.Contains(got, "pas sûr") {
			t.Errorf("rating %d typed after the first = %q, want « déjà enregistrée »", i+2, got)
		}
	}
	if tk, _ := h.store.Ticket(context.Background(), number); tk.Rating != 4 {
		t.Errorf("rating = %d, want the first, 4", tk.Rating)
	}
	h.click(alice, "e:ameli-css")
	if got := texts(h.say(alice, "5")); strings.Contains(got, "déjà") {
		t.Errorf("« 5 » after another answer = %q: no rating is pending", got)
	}
}
