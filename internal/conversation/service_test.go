package conversation_test

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"pimmsbot/internal/catalog"
	"pimmsbot/internal/catalog/catalogtest"
	"pimmsbot/internal/conversation"
)

const (
	alice = "test:1"
	bob   = "test:2"
)

func TestWelcome(t *testing.T) {
	h := newHarness(t)
	got := h.say(alice, "/start")
	if len(got) != 1 || !strings.Contains(got[0].Text, "PIMMS Test") {
		t.Fatalf("/start = %q, want the welcome with the site's name", texts(got))
	}
	for _, a := range []string{conversation.ActAsk, conversation.ActThemes, conversation.ActHuman, conversation.ActHours} {
		if !hasAction(got, a) {
			t.Errorf("welcome lacks the %q button: %v", a, actions(got))
		}
	}
	if !strings.Contains(got[0].Text, "/confidentialite") {
		t.Error("welcome does not point to /confidentialite")
	}
	if strings.Contains(got[0].Text, " !") || strings.Contains(got[0].Text, " :") {
		t.Errorf("welcome has a plain space before ! or : %q", got[0].Text)
	}
}

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

func TestClarifyThenChoose(t *testing.T) {
	h := newHarness(t)
	h.matcher.results["attestation"] = catalog.Result{Outcome: catalog.Clarify,
		Candidates: []catalog.Candidate{{ID: "caf-attestation", Score: 5}, {ID: "ameli-attestation-droits", Score: 4.8}},
		Offered:    []string{"caf-attestation", "ameli-attestation-droits"}}
	got := h.say(alice, "attestation")
	for _, a := range []string{"e:caf-attestation", "e:ameli-attestation-droits", conversation.ActOther, conversation.ActHuman} {
		if len(got) != 1 || !hasAction(got, a) {
			t.Fatalf("clarification = %q %v, want both candidates, « Aucune de ces questions » and a mediator", texts(got), actions(got))
		}
	}
	got = h.click(alice, "e:ameli-attestation-droits")
	if len(got) != 1 || len(got[0].Links) == 0 || got[0].Choice == "" {
		t.Fatalf("choice = %+v, want the entry with its sources and the choice shown", got)
	}
	// « Aucune de ces questions » keeps the question for the curators.
	h.say(alice, "attestation")
	got = h.click(alice, conversation.ActOther)
	if !hasAction(got, conversation.ActHuman) || !strings.Contains(texts(got), "autrement") {
		t.Errorf("« Aucune » = %q %v, want to write it otherwise, with a mediator", texts(got), actions(got))
	}
	un, err := h.store.Unanswered(context.Background(), time.Time{})
	if err != nil {
		t.Fatal(err)
	}
	if len(un) != 1 || un[0].Question != "attestation" || un[0].Reason != "clarify-other" || len(un[0].Candidates) != 2 {
		t.Fatalf("unanswered = %+v, want the clarified question with its candidates", un)
	}
	sg := suggestions(t, h)
	want := []string{"shown clarify", "accepted clarify ameli-attestation-droits", "shown clarify", "refused clarify"}
	if strings.Join(sg, "|") != strings.Join(want, "|") {
		t.Errorf("suggestions = %q, want %q", sg, want)
	}
	if c := h.conversation(alice); c.Questions != 2 || c.Clarified != 2 || c.Answered != 1 || c.Unanswered != 1 {
		t.Errorf("counts = %+v, want 2 questions, 2 clarified, 1 answered, 1 unanswered", c)
	}
}

// suggestions returns the stored suggestions as "event kind [entry]".
func suggestions(t *testing.T, h *harness) []string {
	t.Helper()
	sgs, err := h.store.SuggestionsSince(context.Background(), time.Time{})
	if err != nil {
		t.Fatal(err)
	}
	var out []string
	for _, sg := range sgs {
		out = append(out, strings.TrimSpace(sg.Event+" "+sg.Kind+" "+sg.Entry))
		if sg.Question == "" || len(sg.Offered) == 0 || sg.Conversation == 0 {
			t.Errorf("suggestion without its question or entries: %+v", sg)
		}
	}
	return out
}

func (h *harness) conversation(resident string) conversation.Conversation {
	h.t.Helper()
	c, err := h.store.Conversation(context.Background(), h.resident(resident).Conversation)
	if err != nil {
		h.t.Fatal(err)
	}
	return c
}

func confirmResult(id string) catalog.Result {
	return catalog.Result{Outcome: catalog.Confirm, Confidence: 0.6,
		Candidates: []catalog.Candidate{{ID: id, Score: 6}, {ID: "caf-apl", Score: 3}}, Offered: []string{id}}
}

func TestConfirmYes(t *testing.T) {
	h := newHarness(t)
	h.matcher.results["ma carte verte de la sécu est partie avec mon sac"] = confirmResult("ameli-carte-vitale")
	got := h.say(alice, "ma carte verte de la sécu est partie avec mon sac")
	if len(got) != 1 || !strings.HasPrefix(got[0].Text, "Votre question concerne-t-elle\u00a0: **") ||
		!strings.HasSuffix(got[0].Text, "**\u00a0?") || strings.Contains(got[0].Text, "?**") {
		t.Fatalf("confirm = %q, want « Votre question concerne-t-elle : titre ? »", texts(got))
	}
	if !hasAction(got, "y:ameli-carte-vitale") || !hasAction(got, conversation.ActNo) || len(got[0].Buttons) != 1 || len(got[0].Buttons[0]) != 2 {
		t.Fatalf("confirm buttons = %v, want [Oui] [Non, autre chose]", actions(got))
	}
	got = h.click(alice, "y:ameli-carte-vitale")
	if len(got) != 1 || len(got[0].Links) == 0 || got[0].Choice != "Oui" || !hasAction(got, "fb1:ameli-carte-vitale") {
		t.Fatalf("« Oui » = %+v, want the entry", got)
	}
	if sg := suggestions(t, h); strings.Join(sg, "|") != "shown confirm|accepted confirm ameli-carte-vitale" {
		t.Errorf("suggestions = %q", sg)
	}
	if r := h.resident(alice); len(r.Offered) != 0 || r.LastQuestion != "" {
		t.Errorf("the suggestion is still pending after « Oui »: %+v", r)
	}
	// The same button again is an old button: the entry, nothing stored.
	h.click(alice, "y:ameli-carte-vitale")
	if sg := suggestions(t, h); len(sg) != 2 {
		t.Errorf("an old « Oui » was stored again: %q", sg)
	}
}

func TestConfirmNoTwiceOffersMediator(t *testing.T) {
	h := newHarness(t)
	h.matcher.results["question un"] = confirmResult("ameli-carte-vitale")
	h.matcher.results["question deux"] = confirmResult("caf-apl")
	h.say(alice, "question un")
	first := h.click(alice, conversation.ActNo)
	if !strings.Contains(texts(first), "autrement") || !hasAction(first, conversation.ActHuman) || first[0].Choice != "Non, autre chose" {
		t.Fatalf("first « Non » = %q %v, want to write it otherwise", texts(first), actions(first))
	}
	h.say(alice, "question deux")
	second := h.click(alice, conversation.ActNo)
	if !strings.Contains(texts(second), "Un médiateur peut vous aider") || !hasAction(second, conversation.ActHuman) {
		t.Fatalf("second « Non » = %q %v, want the offer of a mediator", texts(second), actions(second))
	}
	un, _ := h.store.Unanswered(context.Background(), time.Time{})
	if len(un) != 2 || un[0].Reason != "confirm-no" || un[1].Candidates[0] != "caf-apl" {
		t.Errorf("unanswered = %+v, want both refused questions", un)
	}
	// The mediator from the offer: a ticket with the question.
	h.click(alice, conversation.ActHuman)
	if r := h.resident(alice); r.Mode != conversation.ModeWaiting {
		t.Errorf("mode = %v after asking for a mediator", r.Mode)
	}
}

func TestSuggestionThenMediator(t *testing.T) {
	h := newHarness(t)
	h.matcher.results["question"] = confirmResult("caf-apl")
	h.say(alice, "question")
	h.click(alice, conversation.ActHuman)
	if sg := suggestions(t, h); strings.Join(sg, "|") != "shown confirm|mediator confirm" {
		t.Errorf("suggestions = %q", sg)
	}
	if tk, err := h.store.Ticket(context.Background(), h.resident(alice).Ticket); err != nil || tk.Question != "question" {
		t.Errorf("ticket = %+v, %v, want the suggested question", tk, err)
	}
}

func TestNewQuestionDropsSuggestion(t *testing.T) {
	h := newHarness(t)
	h.matcher.results["question"] = confirmResult("caf-apl")
	h.say(alice, "question")
	h.say(alice, "j'ai perdu ma carte vitale")
	// « Non » on the old suggestion is an old button now.
	got := h.click(alice, conversation.ActNo)
	if strings.Contains(texts(got), "médiateur peut vous aider") {
		t.Errorf("old « Non » counted as a miss: %q", texts(got))
	}
	if un, _ := h.store.Unanswered(context.Background(), time.Time{}); len(un) != 0 {
		t.Errorf("old « Non » stored: %+v", un)
	}
}

func TestDontKnowTwiceOffersMediator(t *testing.T) {
	h := newHarness(t)
	first := h.say(alice, "quelle est la couleur du cheval blanc d'henri IV")
	second := h.say(alice, "combien d'étoiles dans le ciel cette nuit")
	if !strings.Contains(texts(first), "pas sûr") || !hasAction(first, conversation.ActHuman) {
		t.Fatalf("first reply = %q, want an honest don't-know with a mediator button", texts(first))
	}
	if !strings.Contains(texts(second), "médiateur") || !hasAction(second, conversation.ActHuman) {
		t.Fatalf("second reply = %q, want the offer of a mediator", texts(second))
	}
	un, _ := h.store.Unanswered(context.Background(), time.Time{})
	if len(un) != 2 {
		t.Fatalf("%d unanswered questions kept, want 2", len(un))
	}
}

func TestFeedback(t *testing.T) {
	h := newHarness(t)
	h.matcher.results["q"] = catalog.Result{Outcome: catalog.Answer, ID: "caf-apl"}
	h.say(alice, "q")
	if got := h.click(alice, "fb1:caf-apl"); !strings.Contains(texts(got), "Merci") {
		t.Errorf("👍 reply = %q", texts(got))
	}
	h.click(alice, "fb0:caf-apl")
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

	// While waiting, the resident's messages go to the desk, not the bot.
	if got := h.say(alice, "c'est urgent"); len(got) != 0 {
		t.Errorf("the bot answered during the handover: %q", texts(got))
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

func TestWaitingNotice(t *testing.T) {
	h := newHarness(t, func(h *harness) { h.waitNotice = time.Hour })
	h.say(alice, "/mediateur")
	ctx := context.Background()
	h.clock.Add(30 * time.Minute)
	if err := h.svc.Remind(ctx, 15*time.Minute); err != nil {
		t.Fatal(err)
	}
	if got := h.channel.take(alice); len(got) != 0 {
		t.Fatalf("told after 30 min: %q", texts(got))
	}
	h.clock.Add(31 * time.Minute)
	if err := h.svc.Remind(ctx, 15*time.Minute); err != nil {
		t.Fatal(err)
	}
	got := h.channel.take(alice)
	if len(got) != 1 || !strings.Contains(got[0].Text, "01 02 03 04 05") || !hasAction(got, "end") {
		t.Fatalf("after an hour = %q %v, want what to do next", texts(got), actions(got))
	}
	h.clock.Add(2 * time.Hour)
	if err := h.svc.Remind(ctx, 15*time.Minute); err != nil {
		t.Fatal(err)
	}
	if got := h.channel.take(alice); len(got) != 0 {
		t.Fatalf("told twice: %q", texts(got))
	}
	// A claimed ticket is never the subject of the notice.
	h.say(bob, "/mediateur")
	h.mediator(conversation.MediatorAction{Ticket: h.resident(bob).Ticket, Kind: conversation.MedClaim})
	h.channel.take(bob)
	h.clock.Add(2 * time.Hour)
	if err := h.svc.Remind(ctx, 15*time.Minute); err != nil {
		t.Fatal(err)
	}
	if got := h.channel.take(bob); len(got) != 0 {
		t.Fatalf("claimed ticket noticed: %q", texts(got))
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

func TestEraseOnRequest(t *testing.T) {
	h := newHarness(t)
	h.say(alice, "je m'appelle Alice Martin")
	h.say(alice, "/mediateur")
	number := h.resident(alice).Ticket
	got := h.say(alice, "/oublier")
	if !hasAction(got, conversation.ActEraseYes) {
		t.Fatalf("/oublier = %v, want a confirmation button", actions(got))
	}
	// A forged "yes" without the question is ignored... and "no" keeps all.
	h.click(alice, conversation.ActEraseNo)
	if got := h.click(alice, conversation.ActEraseYes); len(got) != 0 {
		t.Fatalf("erase without confirmation: %q", texts(got))
	}
	h.say(alice, "/oublier")
	got = h.click(alice, conversation.ActEraseYes)
	if !strings.Contains(texts(got), "effacées") {
		t.Fatalf("erase reply = %q", texts(got))
	}
	if _, err := h.store.Resident(context.Background(), alice); conversation.ErrorCode(err) != conversation.ENOTFOUND {
		t.Fatalf("resident still there: %v", err)
	}
	if _, err := h.store.Export(context.Background(), alice); conversation.ErrorCode(err) != conversation.ENOTFOUND {
		t.Fatalf("export after erase: %v", err)
	}
	tk, _ := h.store.Ticket(context.Background(), number)
	if tk.Status != conversation.TicketClosed || tk.Gone != "erased" || tk.Resident != "" {
		t.Fatalf("ticket after erase = %+v", tk)
	}
	_, posts, _ := h.desk.snapshot()
	if !strings.Contains(posts[len(posts)-1].Text, "effacé") {
		t.Errorf("desk not told of the erasure: %+v", posts)
	}
}

func TestExportOnRequest(t *testing.T) {
	h := newHarness(t)
	h.say(alice, "bonjour")
	got := h.say(alice, "/mesdonnees")
	if len(got) != 1 || got[0].File == nil {
		t.Fatalf("/mesdonnees = %+v, want a file", got)
	}
	var x conversation.Export
	if err := json.Unmarshal(got[0].File.Data, &x); err != nil {
		t.Fatal(err)
	}
	if x.Resident.ID != alice || len(x.Messages) < 2 || x.Messages[0].Text != "bonjour" {
		t.Fatalf("export = %+v", x)
	}
}

func TestMedia(t *testing.T) {
	h := newHarness(t)
	got := h.svcMedia(alice, conversation.MediaVoice, nil)
	if !strings.Contains(texts(got), "vocaux") || !hasAction(got, conversation.ActHuman) {
		t.Fatalf("voice outside a handover = %q", texts(got))
	}
	got = h.svcMedia(alice, conversation.MediaSticker, nil)
	if !strings.Contains(texts(got), "texte") {
		t.Fatalf("sticker = %q", texts(got))
	}
	h.say(alice, "/mediateur")
	fetched := 0
	fetch := func(ctx context.Context) ([]byte, error) { fetched++; return []byte("JPEGDATA"), nil }
	if got := h.svcMedia(alice, conversation.MediaPhoto, fetch); len(got) != 0 {
		t.Fatalf("the bot answered a photo during a handover: %q", texts(got))
	}
	_, posts, _ := h.desk.snapshot()
	if fetched != 1 || len(posts) != 1 || posts[0].File == nil || string(posts[0].File.Data) != "JPEGDATA" {
		t.Fatalf("photo not relayed: fetched %d, posts %+v", fetched, posts)
	}
	// The bytes are not kept with the messages.
	for _, m := range h.messages(alice) {
		if m.File != nil && len(m.File.Data) > 0 {
			t.Error("a photo's bytes are stored with the message")
		}
	}
}

func (h *harness) svcMedia(resident string, kind conversation.MediaKind, fetch func(context.Context) ([]byte, error)) []conversation.Reply {
	h.t.Helper()
	in := conversation.Incoming{Resident: resident, Media: kind, File: &conversation.Attachment{Name: "f", MIME: "image/jpeg"}, Fetch: fetch}
	if err := h.svc.HandleResident(context.Background(), in); err != nil {
		h.t.Fatal(err)
	}
	return h.channel.take(resident)
}

// TestSecretsAreMaskedAndWarned checks that a secret is masked in every
// copy the core makes (messages, unanswered questions, desk posts, a
// caption), and that the resident is told what was masked, and only when
// something was.
func TestSecretsAreMaskedAndWarned(t *testing.T) {
	for _, c := range []struct {
		text, gone, warning string
	}{
		{"mon numéro de sécu est 1 85 05 78 006 084 91", "006 084", "masqué votre numéro de sécurité sociale dans"},
		// Was stored « mot de passe c'est [masqué] Soleil2024! », and
		// the resident told it was masked.
		{"mot de passe c'est : Soleil2024!", "Soleil2024", "masqué votre mot de passe dans"},
		{"iban FR76-3000-6000-0112-3456-7890-189 et mdp : chaton75", "3456",
			"masqué vos coordonnées bancaires et votre mot de passe dans"},
		{"le code de ma carte c'est 4821", "4821", "masqué le code de votre carte bancaire dans"},
		{"mon mot de passe est bloqué depuis le 12/03", "", ""},
	} {
		t.Run(c.text, func(t *testing.T) {
			h := newHarness(t)
			got := h.say(alice, c.text)
			warned := strings.Contains(texts(got), "Attention")
			if warned != (c.warning != "") || !strings.Contains(texts(got), c.warning) {
				t.Fatalf("replies %q, want a warning %q", texts(got), c.warning)
			}
			h.click(alice, conversation.ActHuman)
			h.say(alice, "encore : "+c.text)
			in := conversation.Incoming{Resident: alice, Media: conversation.MediaPhoto, Text: c.text,
				File: &conversation.Attachment{Name: "f", MIME: "image/jpeg"}}
			if err := h.svc.HandleResident(context.Background(), in); err != nil {
				t.Fatal(err)
			}
			x, err := h.store.Export(context.Background(), alice)
			if err != nil {
				t.Fatal(err)
			}
			var copies []string
			for _, m := range x.Messages {
				if m.From == conversation.FromResident && !strings.HasPrefix(m.Text, "[bouton]") {
					copies = append(copies, m.Text)
				}
			}
			for _, u := range x.Unanswered {
				copies = append(copies, u.Question)
			}
			_, posts, _ := h.desk.snapshot()
			for _, p := range posts {
				copies = append(copies, p.Text)
			}
			if len(copies) < 4 {
				t.Fatalf("only %d copies to check: %q", len(copies), copies)
			}
			for _, cp := range copies {
				if c.gone != "" && strings.Contains(cp, c.gone) {
					t.Errorf("a copy keeps %q: %q", c.gone, cp)
				}
				if c.gone == "" && !strings.Contains(cp, "bloqué depuis le 12/03") {
					t.Errorf("an ordinary message was changed: %q", cp)
				}
			}
		})
	}
}

func TestHostileInput(t *testing.T) {
	h := newHarness(t)
	for _, in := range []string{"", "   ", "🙂🙂🙂", strings.Repeat("é", 5000), "<script>alert(1)</script>", "@everyone", "\u202etxet\u200b", "/", "/inconnue"} {
		got := h.say(alice, in)
		if len(got) == 0 {
			t.Errorf("no reply to %q", in)
		}
	}
	for _, m := range h.messages(alice) {
		if len([]rune(m.Text)) > conversation.MaxText {
			t.Errorf("stored a text of %d characters", len([]rune(m.Text)))
		}
	}
}

func TestRedeliveryKeepsOrder(t *testing.T) {
	h := newHarness(t)
	h.channel.fail(alice, &conversation.Error{Code: conversation.ETEMPORARY, RetryAfter: 3 * time.Second})
	h.say(alice, "/aide")
	h.channel.fail(alice, nil)
	// A later reply must not overtake the one waiting for its retry.
	if got := h.say(alice, "/horaires"); len(got) != 0 {
		t.Fatalf("a newer reply overtook the waiting one: %q", texts(got))
	}
	if out, _ := h.store.Outbox(context.Background()); len(out) != 2 {
		t.Fatalf("outbox holds %d items, want 2", len(out))
	}
	// Too early: nothing is sent.
	h.svc.Redeliver(context.Background())
	if got := h.channel.take(alice); len(got) != 0 {
		t.Fatalf("sent before retry_after: %q", texts(got))
	}
	h.clock.Add(4 * time.Second)
	h.svc.Redeliver(context.Background())
	got := h.channel.take(alice)
	if len(got) != 2 || !strings.Contains(got[0].Text, "/themes") || !strings.Contains(got[1].Text, "horaires") {
		t.Fatalf("redelivered %q, want /aide then /horaires, once each", texts(got))
	}
	if out, _ := h.store.Outbox(context.Background()); len(out) != 0 {
		t.Fatalf("outbox still holds %d items", len(out))
	}
	// The queue is free again: replies go at once.
	if got := h.say(alice, "/aide"); len(got) != 1 {
		t.Fatalf("after redelivery: %q", texts(got))
	}
}

func TestOutboxSurvivesRestart(t *testing.T) {
	h := newHarness(t)
	h.channel.fail(alice, &conversation.Error{Code: conversation.ETEMPORARY})
	h.say(alice, "/aide")
	h.reopen()
	h.channel.fail(alice, nil)
	h.clock.Add(time.Minute)
	if err := h.svc.Redeliver(context.Background()); err != nil {
		t.Fatal(err)
	}
	if got := h.channel.take(alice); len(got) != 1 {
		t.Fatalf("after restart %d replies delivered, want 1", len(got))
	}
}

func TestBlockedResident(t *testing.T) {
	h := newHarness(t)
	h.say(alice, "/mediateur")
	number := h.resident(alice).Ticket
	h.channel.fail(alice, &conversation.Error{Code: conversation.EBLOCKED})
	if err := h.mediator(conversation.MediatorAction{Ticket: number, Kind: conversation.MedReply, Text: "bonjour"}); err != nil {
		t.Fatal(err)
	}
	if r := h.resident(alice); !r.Blocked {
		t.Fatal("resident not marked blocked")
	}
	tk, _ := h.store.Ticket(context.Background(), number)
	_, posts, _ := h.desk.snapshot()
	if tk.Gone != "blocked" || !strings.Contains(posts[len(posts)-1].Text, "bloqué") {
		t.Fatalf("ticket %+v, posts %+v: the thread must say the resident blocked the bot", tk, posts)
	}
	if out, _ := h.store.Outbox(context.Background()); len(out) != 0 {
		t.Errorf("replies to a blocked resident are retried: %d", len(out))
	}
}

func TestDeskThreadGone(t *testing.T) {
	h := newHarness(t)
	h.say(alice, "/mediateur")
	h.desk.mu.Lock()
	h.desk.postErr = &conversation.Error{Code: conversation.EGONE}
	h.desk.mu.Unlock()
	h.say(alice, "vous êtes là ?")
	opened, _, _ := h.desk.snapshot()
	if len(opened) != 2 {
		t.Fatalf("desk opened %d times, want a new place after the old one was gone", len(opened))
	}
	h.desk.mu.Lock()
	last := h.desk.history[1]
	h.desk.mu.Unlock()
	if m := last[len(last)-1]; m.Text != "vous êtes là ?" {
		t.Fatalf("the new place lacks the history: last message %+v", m)
	}
	number := h.resident(alice).Ticket
	if tk, _ := h.store.Ticket(context.Background(), number); tk.DeskRef != "thread-xx" {
		t.Errorf("desk ref = %q, want the new place's", tk.DeskRef)
	}
}

func TestRemindUnclaimed(t *testing.T) {
	h := newHarness(t)
	h.say(alice, "/mediateur")
	h.svc.Remind(context.Background(), 15*time.Minute)
	if _, posts, _ := h.desk.snapshot(); len(posts) != 0 {
		t.Fatal("reminded too early")
	}
	h.clock.Add(20 * time.Minute)
	h.svc.Remind(context.Background(), 15*time.Minute)
	h.svc.Remind(context.Background(), 15*time.Minute)
	_, posts, _ := h.desk.snapshot()
	if len(posts) != 1 || posts[0].Kind != conversation.PostReminder {
		t.Fatalf("posts = %+v, want one reminder", posts)
	}
}

func TestNewConversationAfterSilence(t *testing.T) {
	h := newHarness(t)
	h.say(alice, "bonjour")
	first := h.resident(alice).Conversation
	h.clock.Add(7 * time.Hour)
	h.say(alice, "bonjour")
	if second := h.resident(alice).Conversation; second == first {
		t.Fatal("no new conversation after a long silence")
	}
}

// TestConcurrentResidents sends 1,000 messages from 100 residents at once:
// each must be stored exactly once, in order within its conversation.
func TestConcurrentResidents(t *testing.T) {
	h := newHarness(t)
	const residents, each = 100, 10
	var wg sync.WaitGroup
	errs := make(chan error, residents)
	for r := range residents {
		wg.Go(func() {
			id := fmt.Sprintf("test:%d", 1000+r)
			for i := range each {
				in := conversation.Incoming{Resident: id, Text: fmt.Sprintf("message %d de %d", i, r)}
				if err := h.svc.HandleResident(context.Background(), in); err != nil {
					errs <- err
					return
				}
			}
		})
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		t.Fatal(err)
	}
	total := 0
	for r := range residents {
		id := fmt.Sprintf("test:%d", 1000+r)
		var got []string
		for _, m := range h.messages(id) {
			if m.From == conversation.FromResident {
				got = append(got, m.Text)
			}
		}
		if len(got) != each {
			t.Fatalf("%s: %d messages stored, want %d", id, len(got), each)
		}
		for i, text := range got {
			if want := fmt.Sprintf("message %d de %d", i, r); text != want {
				t.Fatalf("%s: message %d = %q, want %q", id, i, text, want)
			}
		}
		total += len(got)
		if replies := h.channel.take(id); len(replies) != each {
			t.Fatalf("%s got %d replies, want %d", id, len(replies), each)
		}
	}
	if total != residents*each {
		t.Fatalf("%d messages stored, want %d", total, residents*each)
	}
}

func TestEraseBySiteManager(t *testing.T) {
	h := newHarness(t)
	h.say(alice, "/mediateur")
	number := h.resident(alice).Ticket
	if err := h.svc.EraseResident(context.Background(), alice); err != nil {
		t.Fatal(err)
	}
	if _, err := h.store.Resident(context.Background(), alice); conversation.ErrorCode(err) != conversation.ENOTFOUND {
		t.Fatalf("resident still there: %v", err)
	}
	if tk, _ := h.store.Ticket(context.Background(), number); tk.Status != conversation.TicketClosed || tk.Gone != "erased" {
		t.Fatalf("ticket = %+v", tk)
	}
	if err := h.svc.EraseResident(context.Background(), alice); conversation.ErrorCode(err) != conversation.ENOTFOUND {
		t.Fatalf("second erase: %v, want ENOTFOUND", err)
	}
}

func TestUpdateTakesEffectOnce(t *testing.T) {
	h := newHarness(t)
	committed := 0
	in := conversation.Incoming{Resident: alice, Text: "/aide", Update: &conversation.UpdateRef{Channel: "test", ID: 5},
		Committed: func() { committed++ }}
	for range 2 {
		if err := h.svc.HandleResident(context.Background(), in); err != nil {
			t.Fatal(err)
		}
	}
	if got := h.channel.take(alice); len(got) != 1 {
		t.Fatalf("an update delivered twice got %d replies, want 1", len(got))
	}
	if committed != 2 {
		t.Fatalf("Committed called %d times, want once per delivery", committed)
	}
	if msgs := h.messages(alice); len(msgs) != 2 {
		t.Fatalf("stored %d messages, want the command and its reply once", len(msgs))
	}
}

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

func TestRunDeliversWhatAPreviousRunLeft(t *testing.T) {
	h := newHarness(t)
	h.channel.fail(alice, &conversation.Error{Code: conversation.ETEMPORARY})
	h.say(alice, "/aide")
	h.channel.fail(alice, nil)
	h.reopen()
	h.clock.Add(time.Minute)
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan struct{})
	go func() { h.svc.Run(ctx, 0); close(done) }()
	// Run delivers at once, before its first tick (2 s).
	deadline := time.Now().Add(1500 * time.Millisecond)
	for h.channel.count(alice) == 0 && time.Now().Before(deadline) {
		time.Sleep(5 * time.Millisecond)
	}
	cancel()
	<-done
	if got := h.channel.take(alice); len(got) != 1 {
		t.Fatalf("Run delivered %d replies left by the previous run, want 1", len(got))
	}
}

func TestCommands(t *testing.T) {
	h := newHarness(t)
	for _, c := range conversation.Commands {
		if c.Name == "oublier" || c.Name == "mediateur" || c.Name == "fin" {
			continue // tested with their journeys
		}
		if got := h.say(alice, "/"+c.Name); len(got) == 0 || strings.Contains(texts(got), "Je ne connais pas") {
			t.Errorf("/%s is not understood: %q", c.Name, texts(got))
		}
	}
	for _, alias := range []string{"/help", "/AIDE", "/aide@pimms_bot", "/adresse", "/stop"} {
		if got := h.say(alice, alias); strings.Contains(texts(got), "Je ne connais pas") {
			t.Errorf("%s is not understood", alias)
		}
	}
	if got := h.say(alice, "/fermer"); !strings.Contains(texts(got), "Je ne connais pas") {
		t.Errorf("/fermer outside a handover = %q, want the unknown command reply", texts(got))
	}
	// In a handover, an unknown command is words for the mediator.
	h.say(alice, "/mediateur")
	if got := h.say(alice, "/fermer svp"); len(got) != 0 {
		t.Errorf("/fermer in a handover got a reply: %q", texts(got))
	}
	_, posts, _ := h.desk.snapshot()
	if len(posts) != 1 || posts[0].Text != "/fermer svp" {
		t.Fatalf("desk posts = %+v, want the text relayed", posts)
	}
	if r := h.resident(alice); r.Mode != conversation.ModeWaiting {
		t.Errorf("the command was run: mode %v", r.Mode)
	}
}

func TestUndeliverableReplyIsToldToTheDesk(t *testing.T) {
	h := newHarness(t)
	h.say(alice, "/mediateur")
	number := h.resident(alice).Ticket
	h.channel.fail(alice, &conversation.Error{Code: conversation.EINVALID, Message: "Bad Request: message is too long"})
	if err := h.mediator(conversation.MediatorAction{Ticket: number, Kind: conversation.MedReply, Text: "bonjour"}); err != nil {
		t.Fatal(err)
	}
	_, posts, _ := h.desk.snapshot()
	if len(posts) == 0 || !strings.Contains(posts[len(posts)-1].Text, "n'a pas pu être remis") {
		t.Fatalf("desk posts = %+v, want the notice of an undelivered reply", posts)
	}
	if out, _ := h.store.Outbox(context.Background()); len(out) != 0 {
		t.Errorf("a reply refused for good is retried: %d items", len(out))
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

// countingObserver counts what the service reports.
type countingObserver struct {
	mu        sync.Mutex
	questions map[string]int
	handovers int
}

func (o *countingObserver) Question(outcome string) {
	o.mu.Lock()
	defer o.mu.Unlock()
	o.questions[outcome]++
}
func (o *countingObserver) Handover() {
	o.mu.Lock()
	defer o.mu.Unlock()
	o.handovers++
}
func (o *countingObserver) Delivery(conversation.OutKind, string) {}

// failingStore fails the next commit while fail is set.
type failingStore struct {
	conversation.Store
	fail bool
}

func (s *failingStore) Commit(ctx context.Context, ch *conversation.Change) error {
	if s.fail {
		s.fail = false
		return errors.New("disk full")
	}
	return s.Store.Commit(ctx, ch)
}

func TestMetricsCountedOnceCommitted(t *testing.T) {
	h := newHarness(t)
	obs := &countingObserver{questions: map[string]int{}}
	store := &failingStore{Store: h.store, fail: true}
	svc, err := conversation.New(context.Background(), conversation.Config{
		Store: store, Catalog: catalogtest.FAQ(t), Matcher: h.matcher,
		Channels: map[string]conversation.Channel{"test": h.channel}, Desk: h.desk, Now: h.clock.Now, Observer: obs,
	})
	if err != nil {
		t.Fatal(err)
	}
	in := conversation.Incoming{Resident: alice, Text: "j'ai perdu ma carte vitale", Update: &conversation.UpdateRef{Channel: "test", ID: 7}}
	if err := svc.HandleResident(context.Background(), in); err == nil {
		t.Fatal("the failed commit was not reported")
	}
	// The platform delivers the update again; then a third time.
	for range 2 {
		if err := svc.HandleResident(context.Background(), in); err != nil {
			t.Fatal(err)
		}
	}
	if obs.questions["answer"] != 1 {
		t.Errorf("questions = %v, want the answer counted once", obs.questions)
	}
	in = conversation.Incoming{Resident: alice, Text: "/mediateur", Update: &conversation.UpdateRef{Channel: "test", ID: 8}}
	store.fail = true
	svc.HandleResident(context.Background(), in)
	if err := svc.HandleResident(context.Background(), in); err != nil {
		t.Fatal(err)
	}
	if obs.handovers != 1 {
		t.Errorf("handovers = %d, want 1", obs.handovers)

	}
}

// TestEraseClearsEveryThread checks that /oublier asks the desk to erase
// the place of each of the resident's tickets, the closed one as well as
// the open one, before the notice that the ticket is closed, and that
// nothing the desk is given names the resident.
func TestEraseClearsEveryThread(t *testing.T) {
	h := newHarness(t)
	h.say(alice, "/mediateur")
	first := h.resident(alice).Ticket
	if err := h.mediator(conversation.MediatorAction{Ticket: first, Kind: conversation.MedClose}); err != nil {
		t.Fatal(err)
	}
	h.say(alice, "5")
	h.say(alice, "/mediateur")
	second := h.resident(alice).Ticket
	if first == second {
		t.Fatal("want two tickets")
	}
	h.say(alice, "/oublier")
	h.click(alice, conversation.ActEraseYes)

	t1, _ := h.store.Ticket(context.Background(), first)
	t2, _ := h.store.Ticket(context.Background(), second)
	got := h.desk.erasedRefs()
	if len(got) != 2 || got[0] == got[1] || !slices.Contains(got, t1.DeskRef) || !slices.Contains(got, t2.DeskRef) {
		t.Fatalf("desk erased %q, want the threads %q and %q", got, t1.DeskRef, t2.DeskRef)
	}
	for _, tk := range h.desk.erased {
		if tk.Resident != "" || tk.Label != "" || tk.Question != "" {
			t.Errorf("desk erase given a ticket that names the resident: %+v", tk)
		}
	}
}

// TestEraseOnDeskSurvivesRestart checks that the desk's erasure is an
// outbox item: when the desk fails, it is done after a restart.
func TestEraseOnDeskSurvivesRestart(t *testing.T) {
	h := newHarness(t)
	h.say(alice, "/mediateur")
	number := h.resident(alice).Ticket
	h.desk.mu.Lock()
	h.desk.eraseErr = conversation.Errorf(conversation.ETEMPORARY, "desk down")
	h.desk.mu.Unlock()
	if err := h.svc.EraseResident(context.Background(), alice); err != nil {
		t.Fatal(err)
	}
	if got := h.desk.erasedRefs(); len(got) != 0 {
		t.Fatalf("desk erased %q while down", got)
	}
	h.desk.mu.Lock()
	h.desk.eraseErr = nil
	h.desk.mu.Unlock()
	h.reopen()
	h.clock.Add(time.Hour)
	if err := h.svc.Redeliver(context.Background()); err != nil {
		t.Fatal(err)
	}
	tk, _ := h.store.Ticket(context.Background(), number)
	if got := h.desk.erasedRefs(); len(got) != 1 || got[0] != tk.DeskRef {
		t.Fatalf("desk erased %q after the restart, want %q", got, tk.DeskRef)
	}
}
