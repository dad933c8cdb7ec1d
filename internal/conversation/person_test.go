package conversation_test

import (
	"fmt"
	"strings"
	"testing"
	"time"

	"pimmsbot/internal/conversation"
)

// TestPersonRequestWithSubject: a resident who asks for a mediator, or to
// see or talk to someone, and names what for, gets a ticket, whose
// question holds the subject and whose theme is the subject's (an outside
// check: « un médiateur pour ma retraite » got an entry). Words that only
// name a mediator or a person do not (« comment devenir médiateur »).
func TestPersonRequestWithSubject(t *testing.T) {
	h := newHarness(t)
	for i, c := range []struct{ text, subject, theme string }{
		{"je voudrais voir un médiateur pour mon dossier de retraite", "retraite", "retraite"},
		{"j'aimerais parler à quelqu'un pour ma déclaration d'impôts", "impôts", "impots"},
		{"Bonjour, est-ce que je peux voir une personne au sujet de ma facture d'eau ?", "facture d'eau", "energie"},
		{"il me faut un médiateur concernant mon loyer impayé", "loyer", "logement"},
		{"jai besoin dun mediateur pour la caf svp", "caf", "caf"},
		{"je veux voir qqn pour les papiers de ma mere", "papiers", ""},
	} {
		who := fmt.Sprintf("test:person%d", i)
		got := h.say(who, c.text)
		opened, _, _ := h.desk.snapshot()
		if len(opened) != i+1 || h.resident(who).Ticket == 0 {
			t.Fatalf("%q: no ticket (%q)", c.text, texts(got))
		}
		tk := opened[i]
		if !strings.Contains(tk.Question, c.subject) {
			t.Errorf("%q: ticket's question %q, want the subject %q", c.text, tk.Question, c.subject)
		}
		if c.theme != "" && tk.Theme != c.theme {
			t.Errorf("%q: ticket's theme %q, want %q", c.text, tk.Theme, c.theme)
		}
		sum := conversation.Summary(tk, h.messages(who), time.UTC)
		if strings.Contains(sum, "pas trouvé de réponse") {
			t.Errorf("%q: the bot was not asked, the summary says it missed:\n%s", c.text, sum)
		}
	}
	before, _, _ := h.desk.snapshot()
	for _, text := range []string{
		"comment devenir médiateur au pimms",
		"je cherche une personne pour garder mon fils le mercredi",
		"une personne m'a volé mon portefeuille dans le bus",
		"je veux voir mes remboursements de soins",
	} {
		h.say(bob, text)
		if r := h.resident(bob); r.Ticket != 0 {
			t.Errorf("%q opened a ticket", text)
			break
		}
	}
	if after, _, _ := h.desk.snapshot(); len(after) != len(before) {
		t.Errorf("%d tickets opened by messages that ask for no one", len(after)-len(before))
	}
}

// TestWaitingTicketTakesCallback: while a ticket waits (the site
// closed), a resident who asks to be called back, or gives their number,
// writes to the mediator: they get the receipt, with the opening time,
// not « Votre demande est déjà transmise » as to a second request (an
// outside check). Asking again for a person, bare, still gets that.
func TestWaitingTicketTakesCallback(t *testing.T) {
	for _, text := range []string{
		"vous pouvez me rappeler s'il vous plait",
		"mon tel c'est le 07 12 34 56 78, appelez moi demain",
		"rappelez moi au plus vite",
	} {
		h := newHarness(t, withHours("sam 09:00-12:00")) // a Wednesday: closed
		h.say(alice, "je voudrais parler à une personne")
		if h.resident(alice).Ticket == 0 {
			t.Fatal("no ticket")
		}
		got := texts(h.say(alice, text))
		if strings.Contains(got, "déjà transmise") || !strings.Contains(got, "Votre message est transmis") ||
			!strings.Contains(got, "samedi") {
			t.Errorf("%q while the ticket waits: %q, want the receipt with the opening", text, got)
		}
	}
	h := newHarness(t)
	h.say(alice, "je voudrais parler à une personne")
	if got := texts(h.say(alice, "je veux parler à quelqu'un")); !strings.Contains(got, "déjà transmise") {
		t.Errorf("a second bare request: %q, want it confirmed", got)
	}
}

// TestTicketQuestionNotAboutSite: a question the bot answered about the
// PIMMS itself (its address) is not the subject of the ticket asked for
// next: the summary says the question is not yet given (an outside
// check: « Question : adresse svp »). A question before it is the
// subject.
func TestTicketQuestionNotAboutSite(t *testing.T) {
	h := newHarness(t)
	h.say(alice, "c'est ou votre adresse")
	h.say(alice, "je veux parler à quelqu'un")
	h.say(bob, "comment demander la prime d'activité")
	h.say(bob, "quels sont vos horaires d'ouverture")
	h.say(bob, "je veux parler à quelqu'un")
	opened, _, _ := h.desk.snapshot()
	if len(opened) != 2 {
		t.Fatalf("%d tickets, want 2", len(opened))
	}
	if q := opened[0].Question; q != "" {
		t.Errorf("ticket after the address: question %q, want none", q)
	}
	if sum := conversation.Summary(opened[0], h.messages(alice), time.UTC); !strings.Contains(sum, "Question\u00a0: pas encore précisée.") {
		t.Errorf("summary:\n%s", sum)
	}
	if q := opened[1].Question; !strings.Contains(q, "prime d'activité") {
		t.Errorf("ticket after a question then the hours: question %q, want the question", q)
	}
}
