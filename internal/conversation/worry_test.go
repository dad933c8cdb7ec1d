package conversation_test

import (
	"strings"
	"testing"

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
