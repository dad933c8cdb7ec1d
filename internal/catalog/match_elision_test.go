package catalog

import (
	"slices"
	"testing"
)

// TestGluedElisions checks that an elision written without its apostrophe
// reads as the word it is glued to, and that words which only look glued
// stay themselves.
func TestGluedElisions(t *testing.T) {
	m := NewMatcher(mustLoadFAQ(t))
	split := []struct{ glued, apart string }{
		{"lapl", "l'apl"},
		{"minscrire", "m'inscrire"},
		{"sinscrire", "s'inscrire"},
		{"davoir", "d'avoir"},
		{"lattestation", "l'attestation"},
		{"dimpots", "d'impôts"},
		{"lhopital", "l'hôpital"},
		{"leau", "l'eau"},
		{"jcomprends", "je comprends"},
		{"tinquiete", "t'inquiète"},
		// Glued to a pronoun or to être, avoir: a stop word, dropped.
		{"quil", "qu'il"},
		{"quon", "qu'on"},
		{"cetait", "c'était"},
		{"nai", "n'ai"},
		{"jai", "j'ai"},
		{"jsuis", "je suis"},
	}
	for _, tt := range split {
		q := "carte grise " + tt.glued
		want := m.Tokens("carte grise " + tt.apart)
		if got := m.Tokens(q); !slices.Equal(got, want) {
			t.Errorf("Tokens(%q) = %q, want %q as for %q", q, got, want, tt.apart)
		}
	}
	// Words, not elisions: their rest is no word of the content, or they
	// are words of the FAQ's edited text or written after an article.
	for _, w := range []string{"lapin", "diplome", "mutuelle", "nom", "sein", "dame", "taux", "mai", "test", "sans", "couverture", "mars", "livre", "quai"} {
		got := m.Tokens("carte grise " + w)
		if want := stemFold(w); !slices.Contains(got, want) {
			t.Errorf("Tokens(%q) = %q, want %q kept", "carte grise "+w, got, want)
		}
	}
	// Stop words stay dropped, whatever they start with.
	for _, w := range []string{"savoir", "ton", "mon"} {
		if got := m.Tokens("carte grise " + w); len(got) != 1 {
			t.Errorf("Tokens(%q) = %q, want only the carte grise", "carte grise "+w, got)
		}
	}
}

// TestGluedElisionsMatch checks the questions residents glue: each finds
// the entry the same question with an apostrophe finds.
func TestGluedElisionsMatch(t *testing.T) {
	m := NewMatcher(mustLoadFAQ(t))
	for _, tt := range []struct{ q, want string }{
		{"kom on fait pr lapl quand on demenage", "caf-apl"},
		{"minscrire a france travail", "ft-inscription"},
		{"jsais pas comment sinscrire a pole emploi", "ft-inscription"},
	} {
		r := m.Match(tt.q)
		if r.ID != tt.want && !slices.Contains(r.Offered, tt.want) {
			t.Errorf("Match(%q) = %s %q %q, want %s answered or offered", tt.q, r.Outcome, r.ID, r.Offered, tt.want)
		}
	}
}

// An example written without accents (« volee ») must not give the
// residents' « volée » a token of its own: it is stemmed as its accented
// spelling, and meets « volé » and « vol ».
func TestUnaccentedExampleStemmedAsAccented(t *testing.T) {
	c := &Catalog{Entries: []*Entry{
		{ID: "sms", Theme: "t", Title: "Titre", Questions: []string{"ma carte a ete volee hier"}},
		{ID: "propre", Theme: "t", Title: "Papiers", Questions: []string{"ma carte d'identité a été volée", "on m'a volé mon sac"}},
	}}
	m := NewMatcher(c)
	want := m.Tokens("volé")
	for _, q := range []string{"volée", "volee", "vol"} {
		if got := m.Tokens(q); len(got) != 1 || len(want) != 1 || got[0] != want[0] {
			t.Errorf("Tokens(%q) = %v, want %v", q, got, want)
		}
	}
}
