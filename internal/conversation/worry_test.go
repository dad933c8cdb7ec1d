package conversation_test

import (
	"strings"
	"testing"

	"pimmsbot/internal/catalog"
	"pimmsbot/internal/conversation"
)

// TestWorryGivesTheNumber: when the bot does not know how to answer a
// message that reads somewhat like danger (catalog.Result.Worry), its
// « je ne suis pas sûr » also gives the emergency numbers and a button to
// the emergencies' menu: no reader catches every way a resident in
// danger writes. An everyday question the bot does not know gets neither.
func TestWorryGivesTheNumber(t *testing.T) {
	h := newHarness(t)
	for _, q := range []string{
		"je dors chez des amis mais demain je ne sais pas",
		"depuis la séparation je ne mange plus, je reste couchée",
	} {
		got := h.say(alice, q)
		if len(got) == 0 {
			t.Fatalf("%q: no reply", q)
		}
		last := got[len(got)-1]
		if !strings.Contains(last.Text, "112") || !strings.Contains(last.Text, "3114") {
			t.Errorf("%q = %q, want the emergency numbers beside the doubt", q, last.Text)
		}
		if !hasAction([]conversation.Reply{last}, conversation.ActTheme+":urgence") {
			t.Errorf("%q: buttons %+v, want the emergencies' menu", q, last.Buttons)
		}
		menu := h.click(bob, conversation.ActTheme+":urgence")
		if len(menu) == 0 || len(menu[0].Buttons) < 5 {
			t.Errorf("the emergencies' menu = %q, want the five emergencies", texts(menu))
		}
	}
	for _, q := range []string{"comment adopter un chat", "je cherche un plombier pas cher"} {
		got := h.say(bob, q)
		if strings.Contains(texts(got), "112") || hasAction(got, conversation.ActTheme+":urgence") {
			t.Errorf("%q = %q: the emergency note on an everyday question", q, texts(got))
		}
	}
}

// TestWorryAlongsideMediator: a message that reads somewhat like danger
// keeps the emergency numbers when it also asks for a person (« je tiens
// plus, je veux parler à quelqu'un »: the ticket is opened, and the
// numbers come first), and when the resident's ticket already waits: a
// mediator may be hours away (an outside check).
func TestWorryAlongsideMediator(t *testing.T) {
	h := newHarness(t)
	asking := "je tiens plus, je veux parler à quelqu'un"
	h.matcher.results[asking] = catalog.Result{Outcome: catalog.Unknown, Worry: true}
	got := h.say(alice, asking)
	if len(got) == 0 || !strings.Contains(got[0].Text, "3114") {
		t.Errorf("%q = %q, want the emergency numbers first", asking, texts(got))
	}
	if h.resident(alice).Ticket == 0 {
		t.Errorf("%q: no ticket (%q)", asking, texts(got))
	}
	waiting := "je n'en peux plus de tout"
	h.matcher.results[waiting] = catalog.Result{Outcome: catalog.Unknown, Worry: true}
	if got := texts(h.say(alice, waiting)); !strings.Contains(got, "3114") {
		t.Errorf("%q while the ticket waits = %q, want the emergency numbers", waiting, got)
	}
	// An everyday request for a person, and an everyday message while
	// waiting, get no numbers.
	if got := texts(h.say(bob, "je veux parler à un médiateur")) + texts(h.say(bob, "c'est pour ma facture")); strings.Contains(got, "3114") {
		t.Errorf("everyday request and message = %q: the emergency numbers", got)
	}
}

// TestHelpTypedIsACry: « help » typed alone, by a resident who may not
// read French, is a cry for help as the README says: the emergency
// numbers, not the list of commands (an outside check), then « tell me
// what is happening », not « je ne suis pas sûr de pouvoir répondre à
// cette question »: a cry is no question. The command /help still lists
// them.
func TestHelpTypedIsACry(t *testing.T) {
	h := newHarness(t)
	for _, q := range []string{"help", "HELP !", "aidez-moi"} {
		if got := texts(h.say(alice, q)); !strings.Contains(got, "112") || strings.Contains(got, "/mesdonnees") ||
			strings.Contains(got, "pas sûr") || !strings.Contains(got, "ce qui se passe") {
			t.Errorf("%q = %q, want the emergency numbers, and « what is happening? », not « je ne suis pas sûr »", q, got)
		}
	}
	if got := texts(h.say(bob, "/help")); !strings.Contains(got, "/mesdonnees") {
		t.Errorf("/help = %q, want the commands", got)
	}
}
