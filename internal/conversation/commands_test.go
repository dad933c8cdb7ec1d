package conversation_test

import (
	"strings"
	"testing"
	"time"

	"pimmsbot/internal/catalog"
	"pimmsbot/internal/conversation"
	"pimmsbot/internal/hours"
)

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
	if got := texts(h.say(alice, "/fermer svp")); !strings.Contains(got, "transmis") || strings.Contains(got, "Je ne connais pas") {
		t.Errorf("/fermer in a handover got %q, want only the receipt of a message", got)
	}
	_, posts, _ := h.desk.snapshot()
	if len(posts) != 1 || posts[0].Text != "/fermer svp" {
		t.Fatalf("desk posts = %+v, want the text relayed", posts)
	}
	if r := h.resident(alice); r.Mode != conversation.ModeWaiting {
		t.Errorf("the command was run: mode %v", r.Mode)
	}
}

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

// TestPathIsNoCommand: a file's path pasted by a resident (« /home/marie/
// impots.pdf ») is words, not an unknown command; « /aide » and
// « /inconnue » stay commands.
func TestPathIsNoCommand(t *testing.T) {
	h := newHarness(t)
	h.matcher.results["/home/marie/impots.pdf"] = catalog.Result{Outcome: catalog.Unknown}
	if got := texts(h.say(alice, "/home/marie/impots.pdf")); strings.Contains(got, "commande") {
		t.Errorf("a path = %q", got)
	}
	if got := texts(h.say(alice, "/inconnue")); !strings.Contains(got, "Je ne connais pas cette commande") {
		t.Errorf("an unknown command = %q", got)
	}
}

// TestThemesInHandover: /themes while a mediator follows the request says
// where the resident stands, rather than a menu whose every choice is
// then refused (an outside tester's L1).
func TestThemesInHandover(t *testing.T) {
	h := newHarness(t)
	h.say(alice, "/mediateur")
	got := h.say(alice, "/themes")
	if hasAction(got, conversation.ActTheme+":caf") || !strings.Contains(texts(got), "attente d'un médiateur") {
		t.Errorf("/themes in a handover = %q %v", texts(got), actions(got))
	}
}

// TestHoursShowClosuresAndEmail: /horaires lists the site's e-mail and the
// exceptional closures of the next two months on days it would open (an
// outside tester's resident could not plan around 24 and 25 December);
// a closed day on which the site never opens, or a past one, is not said.
func TestHoursShowClosuresAndEmail(t *testing.T) {
	paris, _ := time.LoadLocation("Europe/Paris")
	s, err := hours.Parse("lun-ven 09:00-17:00", []string{"2026-11-20", "2026-12-24", "2026-12-25", "2026-12-27", "2027-03-01"}, paris)
	if err != nil {
		t.Fatal(err)
	}
	h := newHarness(t, func(h *harness) { h.site.Hours, h.site.Email = s, "vaise@pimms.example" })
	got := texts(h.say(alice, "/horaires"))
	for _, want := range []string{"vaise@pimms.example", "Fermé exceptionnellement", "jeudi 24 décembre", "vendredi 25 décembre"} {
		if !strings.Contains(got, want) {
			t.Errorf("/horaires lacks %q:\n%s", want, got)
		}
	}
	for _, no := range []string{"27 décembre", "20 novembre", "1 mars"} {
		if strings.Contains(got, no) {
			t.Errorf("/horaires says %q:\n%s", no, got)
		}
	}
}
