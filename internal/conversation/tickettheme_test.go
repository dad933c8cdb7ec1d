package conversation_test

import (
	"strings"
	"testing"
	"time"

	"pimmsbot/internal/catalog"
	"pimmsbot/internal/conversation"
	"pimmsbot/internal/secret"
)

// TestTicketThemeTitle: what a mediator reads of a ticket's theme is the
// theme's title, as the FAQ's menu shows it, never its id (an outside
// tester read « thème sante » in the summary and « Santé et Assurance
// maladie » in :file).
func TestTicketThemeTitle(t *testing.T) {
	h := newHarness(t)
	h.click(alice, "e:ameli-css")
	h.say(alice, "/mediateur")
	opened, _, _ := h.desk.snapshot()
	if len(opened) != 1 {
		t.Fatalf("opened %d tickets", len(opened))
	}
	tk := opened[0]
	if tk.Theme != "sante" || tk.ThemeLabel != "Santé et Assurance maladie" || tk.ThemeName() != tk.ThemeLabel {
		t.Errorf("ticket theme %q, label %q, name %q", tk.Theme, tk.ThemeLabel, tk.ThemeName())
	}
	sum := conversation.Summary(tk, h.messages(alice), time.UTC)
	if !strings.Contains(sum, "thème «\u00a0Santé et Assurance maladie\u00a0»") || strings.Contains(sum, "thème sante") {
		t.Errorf("summary:\n%s", sum)
	}
	// A ticket stored before labels were kept shows its id.
	if got := (conversation.Ticket{Theme: "caf"}).ThemeName(); got != "caf" {
		t.Errorf("ThemeName of an old ticket = %q", got)
	}
}

// TestTicketThemeOfEmergency: an emergency's ticket is of the emergency's
// theme, and so is a ticket asked for right after it; an outside tester
// found the second ticket of a violence conversation labelled « sante »,
// the theme of the conversation's first answer.
func TestTicketThemeOfEmergency(t *testing.T) {
	h := newHarness(t)
	h.click(alice, "e:ameli-css")
	h.say(alice, distress)
	number := h.resident(alice).Ticket
	for _, k := range []conversation.MediatorKind{conversation.MedClaim, conversation.MedClose} {
		if err := h.mediator(conversation.MediatorAction{Ticket: number, Kind: k}); err != nil {
			t.Fatal(err)
		}
	}
	h.say(alice, "je veux parler à quelqu'un")
	opened, _, _ := h.desk.snapshot()
	if len(opened) != 2 {
		t.Fatalf("opened %d tickets, want 2", len(opened))
	}
	for _, tk := range opened {
		if tk.Theme != "urgence" || !strings.HasPrefix(tk.ThemeLabel, "Urgence") {
			t.Errorf("ticket n° %d: theme %q (%q), want the emergency's", tk.Number, tk.Theme, tk.ThemeLabel)
		}
	}
}

// TestTicketSaysWhatWasAsked: the summary the mediators read first points
// at what the resident asked (qa11 M8). The words asking for a mediator
// are shown when they say more than asking (a number to call back); a
// lone « ? » is no question; a question asked after an answer, about
// something else, gives the ticket its own theme, not the answer's.
func TestTicketSaysWhatWasAsked(t *testing.T) {
	h := newHarness(t)
	h.say(alice, "j'ai un probleme avec mes impots")
	h.say(alice, "pouvez vous me rappeler au 06 12 34 56 78 svp")
	h.say(bob, "?")
	h.say(bob, "je veux parler à un médiateur")
	const sfr = "ma facture sfr a doublé et ils ne répondent pas"
	h.matcher.results[sfr] = catalog.Result{Outcome: catalog.Confirm, Confidence: 0.6, Offered: []string{"conso-litige"},
		Candidates: []catalog.Candidate{{ID: "conso-litige", Score: 6}}}
	h.click("test:3", "e:ameli-css")
	h.say("test:3", sfr)
	h.say("test:3", "je veux parler à un médiateur")
	opened, _, _ := h.desk.snapshot()
	if len(opened) != 3 {
		t.Fatalf("opened %d tickets, want 3", len(opened))
	}
	sum := conversation.Summary(opened[0], h.messages(alice), time.UTC)
	for _, want := range []string{"Question\u00a0: j'ai un probleme avec mes impots", "06 12 34 56 78"} {
		if !strings.Contains(sum, want) {
			t.Errorf("summary lacks %q:\n%s", want, sum)
		}
	}
	if q := opened[1].Question; q != "" {
		t.Errorf("a lone « ? » is the ticket's question: %q", q)
	}
	if opened[1].Request != "" {
		t.Errorf("a bare request for a mediator is kept as more: %q", opened[1].Request)
	}
	if tk := opened[2]; tk.Theme != "justice" || tk.Question != sfr {
		t.Errorf("question after an answer: theme %q (the earlier answer's), question %q", tk.Theme, tk.Question)
	}
}

// TestTicketThemeOfQuestionWithASecret: the theme of a question asked
// after an answer is read as the bot read the question, without the masks
// of its secrets (forMatching), not from the masks' words.
func TestTicketThemeOfQuestionWithASecret(t *testing.T) {
	h := newHarness(t)
	const taxes = "mon numéro 1 85 05 78 006 084 91 comment faire ma déclaration d'impôts"
	stored, _ := secret.Mask(taxes)
	h.matcher.results[stored] = catalog.Result{Outcome: catalog.Unknown}
	h.matcher.results[strings.Replace(stored, secret.MaskNIR, " ", 1)] = catalog.Result{Outcome: catalog.Confirm,
		ID: "impots-declaration-revenus", Offered: []string{"impots-declaration-revenus"}, Confidence: 0.6}
	h.click(alice, "e:ameli-css")
	h.say(alice, taxes)
	h.say(alice, "/mediateur")
	opened, _, _ := h.desk.snapshot()
	if len(opened) != 1 || opened[0].Theme != "impots" {
		t.Errorf("tickets %+v, want one of theme impots", opened)
	}
}
