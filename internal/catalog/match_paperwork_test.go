package catalog

import "testing"

// TestPaperworkWithoutEntry: a question about paperwork that no entry
// answers still has a subject of its own (Result.NamesTheme), so the bot
// does not call it « pas de son ressort » (chatqa3, item 7: a criminal
// record extract, a form). A question about the weather or a recipe
// has none.
func TestPaperworkWithoutEntry(t *testing.T) {
	m := NewMatcher(mustLoadFAQ(t))
	for _, q := range []string{
		"comment on demande un extrait de casier judiciaire", "ce formulaire me rend fou",
		"je comprends rien à ce cerfa", "la préfecture me demande un justificatif", "il me faut un extrait du casier",
		"je dois remplir un dossier et j'y arrive pas",
	} {
		if res := m.Match(q); res.Outcome == Unknown && !res.NamesTheme {
			t.Errorf("%q: unknown without a subject, want NamesTheme", q)
		}
	}
	for _, q := range []string{"il va faire beau demain ?", "une recette de crêpes", "qui a gagné le match hier"} {
		if res := m.Match(q); res.NamesTheme {
			t.Errorf("%q: NamesTheme, want none", q)
		}
	}
}
