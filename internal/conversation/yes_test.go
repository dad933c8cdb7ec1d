package conversation_test

import (
	"context"
	"strings"
	"testing"
	"time"

	"pimmsbot/internal/catalog"
	"pimmsbot/internal/conversation"
)

// TestYesToMediatorOffer: after « Un médiateur peut vous aider :
// voulez-vous lui parler ? », a typed yes, in any of its usual forms,
// opens the ticket; before, « oui » got the same question again, and
// again, and was kept as a question the FAQ lacks (an outside console
// check).
func TestYesToMediatorOffer(t *testing.T) {
	for _, yes := range []string{"oui", "Oui je veux", "oui je veux bien", "oui svp", "d'accord", "je veux bien"} {
		t.Run(yes, func(t *testing.T) {
			h := newHarness(t)
			for _, q := range []string{"qsdf un", "qsdf deux"} {
				h.matcher.results[q] = catalog.Result{Outcome: catalog.Unknown, NamesTheme: true}
			}
			h.say(alice, "qsdf un")
			asked := texts(h.say(alice, "qsdf deux"))
			if !strings.Contains(asked, "voulez-vous lui parler") {
				t.Fatalf("second miss: %q", asked)
			}
			got := texts(h.say(alice, yes))
			opened, _, _ := h.desk.snapshot()
			if len(opened) != 1 || !strings.Contains(got, "demande n°") {
				t.Errorf("%q to the mediator's offer: %d tickets, %q", yes, len(opened), got)
			}
			un, _ := h.store.Unanswered(context.Background(), time.Time{})
			for _, u := range un {
				if strings.Contains(strings.ToLower(u.Question), "oui") || strings.Contains(u.Question, "bien") ||
					strings.Contains(u.Question, "accord") {
					t.Errorf("%q kept as unanswered", u.Question)
				}
			}
		})
	}
}

// TestYesWithNothingAsked: « oui » or « non » when the bot asked
// nothing is no question the FAQ lacks, nor a miss: the resident is
// asked for their question.
func TestYesWithNothingAsked(t *testing.T) {
	h := newHarness(t)
	for _, text := range []string{"oui", "non"} {
		got := h.say(alice, text)
		if len(got) == 0 || strings.Contains(texts(got), "pas sûr") || strings.Contains(texts(got), "ressort") {
			t.Errorf("%q with nothing asked: %q", text, texts(got))
		}
	}
	if un, _ := h.store.Unanswered(context.Background(), time.Time{}); len(un) != 0 {
		t.Errorf("unanswered: %+v", un)
	}
	if r := h.resident(alice); r.Misses != 0 {
		t.Errorf("misses: %d", r.Misses)
	}
}

// TestOrdinalPicksAmongLastButtons: « le premier », « le deuxième »
// pick among the buttons of the bot's last message, whatever they are
// (the themes and the mediator below « je ne suis pas sûr », the
// questions of a theme), as the README promises.
func TestOrdinalPicksAmongLastButtons(t *testing.T) {
	h := newHarness(t)
	h.matcher.results["qsdf"] = catalog.Result{Outcome: catalog.Unknown, NamesTheme: true}
	shown := h.say(alice, "qsdf")
	acts := actions(shown)
	if len(acts) < 2 {
		t.Fatalf("buttons: %v", acts)
	}
	got := h.say(alice, "le premier")
	want := acts[0]
	switch want {
	case conversation.ActThemes:
		if !strings.Contains(texts(got), "Choisissez un thème") {
			t.Errorf("« le premier » (%s): %q", want, texts(got))
		}
	case conversation.ActHuman:
		if opened, _, _ := h.desk.snapshot(); len(opened) != 1 {
			t.Errorf("« le premier » (%s): %q", want, texts(got))
		}
	}
	// The themes' list: « la deuxième » is its second theme.
	themes := actions(h.click(bob, conversation.ActThemes))
	list := actions(h.say(bob, "le 2"))
	if len(themes) < 2 || len(list) == 0 {
		t.Fatalf("themes %v, then %v", themes, list)
	}
	entries := h.say(bob, "la deuxième")
	if len(entries) != 1 || !hasAction(entries, conversation.ActHelpful+":"+strings.TrimPrefix(list[1], conversation.ActEntry+":")) {
		t.Errorf("« la deuxième » among %v: %q", list, texts(entries))
	}
	// Below the answer, « le premier » is « 👍 Ça m'aide ».
	if got := texts(h.say(bob, "le premier !")); !strings.Contains(got, "Merci pour votre retour") {
		t.Errorf("« le premier » below an answer: %q", got)
	}
}

// TestYesAfterMisses: « oui » after misses, when the last message offered
// a mediator among its buttons without asking (the out-of-scope text),
// asks whether they want one; « oui je veux » then opens the ticket (the
// outside tester's « prime de noël », « zzz », « oui », « oui je veux »).
func TestYesAfterMisses(t *testing.T) {
	h := newHarness(t)
	h.matcher.results["qsdf un"] = catalog.Result{Outcome: catalog.Unknown, NamesTheme: true}
	h.matcher.results["zzz"] = catalog.Result{Outcome: catalog.Unknown}
	h.say(alice, "qsdf un")
	h.say(alice, "zzz")
	if got := texts(h.say(alice, "oui")); !strings.Contains(got, "voulez-vous lui parler") {
		t.Errorf("« oui » after two misses: %q", got)
	}
	h.say(alice, "oui je veux")
	if opened, _, _ := h.desk.snapshot(); len(opened) != 1 {
		t.Errorf("« oui je veux » opened %d tickets", len(opened))
	}
}
