package conversation_test

import (
	"strings"
	"testing"
	"time"

	"pimmsbot/internal/conversation"
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
