package conversation_test

import (
	"context"
	"strings"
	"testing"
	"time"

	"pimmsbot/internal/catalog"
	"pimmsbot/internal/conversation"
)

// TestWaitingReceipt: while a ticket waits, the resident's messages get a
// short receipt that says when a mediator will answer: « à
// l'ouverture », with the day, when the site is closed. An outside
// tester got no reply at all to five messages after a ticket, for what
// could be a whole week-end. The receipt comes once per burst: ten lines
// written in a row get one, a message half an hour later gets another,
// and once a mediator has taken the ticket there is none (the mediator
// answers). Every message still reaches the mediators.
func TestWaitingReceipt(t *testing.T) {
	h := newHarness(t, withHours("lun 09:00-17:00")) // Wednesday: closed
	h.say(alice, "/mediateur")
	got := texts(h.say(alice, "c'est pour ma retraite"))
	for _, want := range []string{"transmis", "à l'ouverture", "lundi 30 novembre à 9\u00a0h"} {
		if !strings.Contains(got, want) {
			t.Errorf("first message while waiting: receipt lacks %q:\n%s", want, got)
		}
	}
	for _, line := range []string{"j'ai 62 ans", "je suis né en 1964", "j'ai travaillé en Espagne", "merci"} {
		if got := h.say(alice, line); len(got) != 0 {
			t.Errorf("%q, right after a receipt, got %q: one receipt per burst", line, texts(got))
		}
	}
	h.clock.Add(31 * time.Minute)
	if got := texts(h.say(alice, "vous êtes là ?")); !strings.Contains(got, "transmis") {
		t.Errorf("half an hour later: %q, want another receipt", got)
	}
	_, posts, _ := h.desk.snapshot()
	if n := len(postsOf(posts, conversation.PostResident)); n != 6 {
		t.Errorf("%d messages relayed to the mediators, want 6", n)
	}
	if err := h.mediator(conversation.MediatorAction{Ticket: h.resident(alice).Ticket, Kind: conversation.MedClaim}); err != nil {
		t.Fatal(err)
	}
	h.channel.take(alice)
	h.clock.Add(time.Hour)
	if got := h.say(alice, "bonjour Camille"); len(got) != 0 {
		t.Errorf("to a claimed ticket: %q, want no receipt (the mediator answers)", texts(got))
	}
}

// TestWaitingReceiptOpen: when the site is open, or its hours unknown,
// the receipt says a mediator answers as soon as possible.
func TestWaitingReceiptOpen(t *testing.T) {
	for name, opts := range map[string][]option{"open": {withHours("lun-ven 09:00-17:00")}, "no hours": nil} {
		h := newHarness(t, opts...)
		h.say(alice, "/mediateur")
		got := texts(h.say(alice, "c'est pour ma retraite"))
		if !strings.Contains(got, "transmis") || !strings.Contains(got, "dès que possible") || strings.Contains(got, "ouverture") {
			t.Errorf("%s: receipt = %q", name, got)
		}
	}
}

// TestWaitingEmergencyAnsweredAtOnce: an emergency written while a
// ticket waits gets the emergency numbers at once, not a receipt: then
// only the urgent ticket's word (TestWaitingTicketTurnsUrgent).
func TestWaitingEmergencyAnsweredAtOnce(t *testing.T) {
	h := newHarness(t, withHours("lun 09:00-17:00"))
	h.say(alice, "/mediateur")
	h.say(alice, "c'est pour ma retraite")
	got := h.say(alice, distress)
	if len(got) == 0 || !strings.Contains(got[0].Text, "3919") || strings.Contains(texts(got), "Votre message est transmis") {
		t.Errorf("emergency while waiting = %q, want the numbers first, no receipt", texts(got))
	}
}

// TestAutomaticTicketKeepsAnswering: a resident whose ticket the bot
// opened on its own, for an emergency, never asked for a mediator: until
// a mediator takes the ticket, their FAQ questions are answered (an
// outside tester got silence to « vous êtes ouvert quand ? » after « mon
// mari me frappe »), and the mediators see the question and the answer
// given. Once they ask for a mediator themselves, their messages are for
// the mediator, as after any handover; so they are once a mediator has
// taken the ticket.
func TestAutomaticTicketKeepsAnswering(t *testing.T) {
	// The site is open: while it is closed, a question the FAQ answers
	// surely is answered to every ticket that waits
	// (TestWaitingClosedAnswersSureQuestion).
	h := newHarness(t, withHours("lun-dim 00:00-24:00"))
	const css = "c'est quoi la complémentaire santé solidaire"
	h.matcher.results[css] = catalog.Result{Outcome: catalog.Answer, ID: "ameli-css", Confidence: 1}
	h.say(alice, distress)
	got := h.say(alice, css)
	if len(got) != 1 || !strings.Contains(got[0].Text, "Complémentaire santé solidaire") {
		t.Fatalf("FAQ question after an automatic ticket = %q, want the answer", texts(got))
	}
	_, posts, _ := h.desk.snapshot()
	if rel := postsOf(posts, conversation.PostResident); len(rel) == 0 || rel[len(rel)-1].Text != css {
		t.Errorf("the question is not relayed: %+v", rel)
	}
	if bot := postsOf(posts, conversation.PostBot); len(bot) != 1 || !strings.Contains(bot[0].Text, "Complémentaire santé solidaire") {
		t.Errorf("the mediators do not see the answer given: %+v", bot)
	}
	if r := h.resident(alice); r.Mode != conversation.ModeWaiting {
		t.Errorf("mode = %v, want the ticket still waiting", r.Mode)
	}
	// Something the FAQ does not answer: relayed, with a receipt.
	if got := texts(h.say(alice, "et pour mon dossier de la semaine dernière")); !strings.Contains(got, "transmis") {
		t.Errorf("unknown question after an automatic ticket = %q, want a receipt", got)
	}
	// They ask for a mediator: from now on, the mediator answers.
	if got := texts(h.say(alice, "je veux parler à quelqu'un")); !strings.Contains(got, "n°") {
		t.Errorf("asking for a mediator while waiting = %q, want their request confirmed", got)
	}
	if got := texts(h.say(alice, css)); strings.Contains(got, "Complémentaire santé solidaire") {
		t.Errorf("after asking for a mediator, the bot still answers: %q", got)
	}

	// Another resident's automatic ticket, taken by a mediator.
	h.say(bob, distress)
	if err := h.mediator(conversation.MediatorAction{Ticket: h.resident(bob).Ticket, Kind: conversation.MedClaim}); err != nil {
		t.Fatal(err)
	}
	h.channel.take(bob)
	if got := h.say(bob, css); len(got) != 0 {
		t.Errorf("to a claimed automatic ticket: %q, want nothing (the mediator answers)", texts(got))
	}
}

// TestHandoverTicketDoesNotAnswer: a resident who asked for a mediator
// writes their message for the mediator: a FAQ question is relayed with
// a receipt, not answered by the bot.
func TestHandoverTicketDoesNotAnswer(t *testing.T) {
	h := newHarness(t)
	const css = "c'est quoi la complémentaire santé solidaire"
	h.matcher.results[css] = catalog.Result{Outcome: catalog.Answer, ID: "ameli-css", Confidence: 1}
	h.say(alice, "/mediateur")
	got := texts(h.say(alice, css))
	if strings.Contains(got, "Complémentaire santé solidaire") || !strings.Contains(got, "transmis") {
		t.Errorf("FAQ question after asking for a mediator = %q, want a receipt only", got)
	}
	if tk, _ := h.store.Ticket(context.Background(), h.resident(alice).Ticket); tk.Automatic {
		t.Errorf("a ticket the resident asked for is marked automatic")
	}
}

// TestFeedbackWhileTicketOpen: the answers a resident gets while a
// ticket is open (an automatic ticket keeps answering, the FAQ stays
// open to browse) carry 👍 and 👎; a tap on them is feedback like any
// other, not a reminder that a mediator will answer. A 👎 is also told
// to the mediators, who can then help with that question.
func TestFeedbackWhileTicketOpen(t *testing.T) {
	h := newHarness(t)
	const css = "c'est quoi la complémentaire santé solidaire"
	h.matcher.results[css] = catalog.Result{Outcome: catalog.Answer, ID: "ameli-css", Confidence: 1}
	h.say(alice, distress) // an automatic ticket
	h.say(alice, css)
	got := texts(h.click(alice, conversation.ActHelpful+":ameli-css"))
	if !strings.Contains(got, "Merci pour votre retour") {
		t.Errorf("👍 while the ticket waits = %q, want thanks", got)
	}
	h.say(alice, "Et la CSS, c'est pour qui ?")
	h.matcher.results["la css encore"] = catalog.Result{Outcome: catalog.Answer, ID: "ameli-css", Confidence: 1}
	h.say(alice, "la css encore")
	got = texts(h.click(alice, conversation.ActNotHelp+":ameli-css"))
	if !strings.Contains(got, "médiateur") || strings.Contains(got, "écrire votre question autrement") {
		t.Errorf("👎 while the ticket waits = %q, want the mediator named, who has the request", got)
	}
	fb, err := h.store.FeedbackSince(context.Background(), time.Time{})
	if err != nil {
		t.Fatal(err)
	}
	if len(fb) != 2 || !fb[0].Helpful || fb[1].Helpful {
		t.Errorf("feedback stored = %+v, want 👍 then 👎", fb)
	}
	_, posts, _ := h.desk.snapshot()
	bot := postsOf(posts, conversation.PostBot)
	if len(bot) == 0 || !strings.Contains(bot[len(bot)-1].Text, "pas aidé") {
		t.Errorf("the mediators are not told of the 👎: %+v", bot)
	}
	// Taken by a mediator: a 👍 on an answer given before still counts.
	h.say(bob, distress)
	h.say(bob, css)
	if err := h.mediator(conversation.MediatorAction{Ticket: h.resident(bob).Ticket, Kind: conversation.MedClaim}); err != nil {
		t.Fatal(err)
	}
	h.channel.take(bob)
	if got := texts(h.click(bob, conversation.ActHelpful+":ameli-css")); !strings.Contains(got, "Merci pour votre retour") {
		t.Errorf("👍 while a mediator has the ticket = %q, want thanks", got)
	}
	if fb, _ := h.store.FeedbackSince(context.Background(), time.Time{}); len(fb) != 3 {
		t.Errorf("%d feedbacks stored, want 3", len(fb))
	}
}

// TestFeedbackWhileTicketOpenStaysWithIt: a 👎 given while ticket 1 was
// open went to ticket 1's mediators; the resident's next ticket, later in
// the same conversation, does not list it among the opinions given before
// it was asked for.
func TestFeedbackWhileTicketOpenStaysWithIt(t *testing.T) {
	h := newHarness(t)
	const css = "c'est quoi la complémentaire santé solidaire"
	h.matcher.results[css] = catalog.Result{Outcome: catalog.Answer, ID: "ameli-css", Confidence: 1}
	h.say(alice, "/mediateur")
	first := h.resident(alice).Ticket
	h.say(alice, css)
	h.click(alice, conversation.ActNotHelp+":ameli-css")
	if err := h.mediator(conversation.MediatorAction{Ticket: first, Kind: conversation.MedClaim}); err != nil {
		t.Fatal(err)
	}
	h.say(alice, "/fin")
	h.say(alice, "4")
	h.say(alice, "/mediateur")
	if got := h.ticketOf(alice); got.Number == first || len(got.Feedback) != 0 {
		t.Errorf("ticket %d after ticket %d has feedback %+v, want none: the 👎 was ticket %d's", got.Number, first, got.Feedback, first)
	}
}

// TestFeedbackWhileTicketOpenCountsOnce: the 👍 and 👎 buttons stay under
// the answers; tapped again while a ticket is open, on an answer that is
// not the last one, they are told the opinion is noted, and the mediators
// are told of a 👎 once, not at every tap. An opinion given before the
// ticket (the summary's « Avis » line shows it) is not told again.
func TestFeedbackWhileTicketOpenCountsOnce(t *testing.T) {
	h := newHarness(t)
	const css = "c'est quoi la complémentaire santé solidaire"
	h.matcher.results[css] = catalog.Result{Outcome: catalog.Answer, ID: "ameli-css", Confidence: 1}
	h.say(alice, "/mediateur")
	h.say(alice, css)
	h.click(alice, "e:caf-apl") // ameli-css is no longer the last answer
	h.click(alice, conversation.ActNotHelp+":ameli-css")
	for range 2 {
		if got := texts(h.click(alice, conversation.ActNotHelp+":ameli-css")); !strings.Contains(got, "déjà noté") {
			t.Errorf("👎 tapped again = %q, want « déjà noté »", got)
		}
	}
	h.click(alice, conversation.ActHelpful+":ameli-css")
	_, posts, _ := h.desk.snapshot()
	if bot := postsOf(posts, conversation.PostBot); len(bot) != 1 {
		t.Errorf("%d posts to the mediators, want 1: %+v", len(bot), bot)
	}
	if fb, _ := h.store.FeedbackSince(context.Background(), time.Time{}); len(fb) != 1 {
		t.Errorf("%d feedbacks stored, want 1: %+v", len(fb), fb)
	}

	h.say(bob, css)
	h.click(bob, "e:caf-apl")
	h.click(bob, conversation.ActNotHelp+":ameli-css")
	h.say(bob, "/mediateur")
	if got := texts(h.click(bob, conversation.ActNotHelp+":ameli-css")); !strings.Contains(got, "déjà noté") {
		t.Errorf("👎 given before the ticket, tapped again = %q, want « déjà noté »", got)
	}
	_, posts, _ = h.desk.snapshot()
	if bot := postsOf(posts, conversation.PostBot); len(bot) != 1 {
		t.Errorf("the mediators are told again of a 👎 their summary shows: %+v", bot)
	}
}

// TestSecretToAMediator: a resident whose mediator asked for a number
// and who sends it is not scolded (« n'envoyez jamais ici… », an outside
// check read it as the bot contradicting the mediator): they learn it was
// masked, and that the mediator will ask for it by voice; the mediator
// reads the mask and how to get the number.
func TestSecretToAMediator(t *testing.T) {
	h := newHarness(t)
	h.say(alice, "/mediateur")
	if err := h.mediator(conversation.MediatorAction{Ticket: h.resident(alice).Ticket, Kind: conversation.MedClaim}); err != nil {
		t.Fatal(err)
	}
	h.channel.take(alice)
	got := texts(h.say(alice, "voila son numero 1 85 05 78 006 084 36"))
	if !strings.Contains(got, "masqué votre numéro de sécurité sociale") || !strings.Contains(got, "vive voix") || strings.Contains(got, "n'envoyez jamais") {
		t.Errorf("resident read %q, want the mask told, without the scolding", got)
	}
	_, posts, _ := h.desk.snapshot()
	last := posts[len(posts)-1]
	if last.Kind != conversation.PostResident || strings.Contains(last.Text, "084") ||
		!strings.Contains(last.Text, "sécurité sociale masqué") || !strings.Contains(last.Text, "vive voix") {
		t.Errorf("mediator read %q, want the mask and how to get the number", last.Text)
	}
	// Outside a handover, the warning stays.
	h2 := newHarness(t)
	if got := texts(h2.say(alice, "mon numero 1 85 05 78 006 084 36")); !strings.Contains(got, "n'envoyez jamais") {
		t.Errorf("resident with no mediator read %q, want the warning", got)
	}
}

// TestWaitingClosedAnswersSureQuestion: while a ticket waits and the
// site is closed, a question the FAQ answers surely gets the answer now,
// with the receipt; the mediators read both. An outside tester's
// « comment faire une demande de rsa » at 2 a.m. got nothing until 9 h.
// A message the FAQ does not answer surely gets the receipt only.
func TestWaitingClosedAnswersSureQuestion(t *testing.T) {
	h := newHarness(t, withHours("lun 09:00-17:00")) // Wednesday: closed
	const rsa = "comment faire une demande de rsa"
	h.matcher.results[rsa] = catalog.Result{Outcome: catalog.Answer, ID: "caf-rsa", Confidence: 1}
	h.say(alice, "/mediateur")
	h.say(alice, "bonsoir, c'est pour un dossier") // the receipt of the burst
	got := h.say(alice, rsa)
	if !hasAction(got, conversation.ActHelpful+":caf-rsa") || !strings.Contains(texts(got), "transmis") {
		t.Errorf("a sure question while the site is closed: %q", texts(got))
	}
	_, posts, _ := h.desk.snapshot()
	var relayed, told bool
	for _, p := range posts {
		relayed = relayed || p.Kind == conversation.PostResident && p.Text == rsa
		told = told || p.Kind == conversation.PostBot && strings.Contains(p.Text, "fiche")
	}
	if !relayed || !told {
		t.Errorf("the mediators: relayed %v, told of the answer %v", relayed, told)
	}
	if r := h.resident(alice); r.Mode != conversation.ModeWaiting {
		t.Errorf("mode %v, want the ticket still waiting", r.Mode)
	}
	h.matcher.results["qsdf qsdf"] = catalog.Result{Outcome: catalog.Unknown}
	h.clock.Add(time.Hour)
	if got := h.say(alice, "qsdf qsdf"); hasAction(got, conversation.ActThemes) || !strings.Contains(texts(got), "transmis") {
		t.Errorf("an unknown message while waiting: %q", texts(got))
	}
}
