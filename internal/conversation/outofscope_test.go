package conversation_test

import (
	"context"
	"strings"
	"testing"
	"time"

	"pimmsbot/internal/catalog"
	"pimmsbot/internal/conversation"
)

// outOfScopeSaid is a phrase of French.OutOfScope.
const outOfScopeSaid = "ne sont pas de son ressort"

// TestOutOfScopeSaysSo: a question about no paperwork at all (the
// weather, a recipe, a match, a joke) is told plainly what the PIMMS does
// and that other subjects are not its business, the themes first and a
// mediator only as an option; a second one in a row is not pushed to a
// mediator (an outside check of the console: the weather got « je ne
// suis pas sûr », the mediator's button first, and a second miss « un
// médiateur peut vous aider : voulez-vous lui parler ? »). The questions
// are still kept for the curators. Lines of our own, read by the real
// engine.
func TestOutOfScopeSaysSo(t *testing.T) {
	qs := []string{
		"il va faire beau demain ?", "va-t-il neiger ce week-end", "c'est quoi une bonne recette de couscous",
		"qui a gagné le match hier soir", "tu connais une blague", "quel temps fera-t-il à Lyon samedi",
	}
	h := newHarness(t)
	for i, q := range qs {
		got := h.say(alice, q)
		if !strings.Contains(texts(got), outOfScopeSaid) || strings.Contains(texts(got), "toujours") {
			t.Errorf("%q (miss %d in a row) = %q, want what the PIMMS does", q, i+1, texts(got))
			continue
		}
		if a := actions(got); len(a) != 2 || a[0] != conversation.ActThemes || a[1] != conversation.ActHuman {
			t.Errorf("%q: buttons %v, want the themes first, then a mediator", q, a)
		}
	}
	if un, _ := h.store.Unanswered(context.Background(), time.Time{}); len(un) != len(qs) {
		t.Errorf("%d unanswered questions kept, want %d", len(un), len(qs))
	}
}

// TestNotOutOfScope: a miss the engine nearly knew, one that names a
// theme, one that reads like danger, one in another language, or a plea
// for help with its subject still to tell (« aidez moi ») keeps its own
// words.
func TestNotOutOfScope(t *testing.T) {
	h := newHarness(t)
	h.matcher.results["ma demande bloque"] = catalog.Result{Outcome: catalog.Unknown, Confidence: 0.3}
	h.matcher.results["la caf et mon truc"] = catalog.Result{Outcome: catalog.Unknown, NamesTheme: true}
	h.matcher.results["je n'en peux plus de tout"] = catalog.Result{Outcome: catalog.Unknown, Worry: true}
	h.matcher.results["hello I need help"] = catalog.Result{Outcome: catalog.Unknown}
	for _, q := range []string{"ma demande bloque", "la caf et mon truc", "je n'en peux plus de tout", "hello I need help",
		"aidez moi", "bonjour madame, c'est urgent", "vous pouvez m'aider svp ?", "j'ai un problème"} {
		h.say(alice, "/themes") // a fresh start: no « toujours »
		if got := texts(h.say(alice, q)); strings.Contains(got, outOfScopeSaid) {
			t.Errorf("%q = %q, want no « out of scope »", q, got)
		}
	}
}
