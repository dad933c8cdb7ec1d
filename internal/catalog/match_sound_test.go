package catalog

import (
	"slices"
	"testing"
)

// Residents who text write by ear: the engine must read their words as
// the words they sound like.
func TestSoundAlikes(t *testing.T) {
	readsAs(t, NewMatcher(mustLoadFAQ(t)), [][2]string{
		{"ma kart vital marche pa", "ma carte vitale marche pas"},
		{"jcompren pa mon avi dimpo", "je comprends pas mon avis d'impôt"},
		{"kart didantite", "carte d'identité"},
		{"mon proprio veu me mettre dehor", "mon proprio veut me mettre dehors"},
		{"jveu un logment", "je veux un logement"},
		{"trop dappel commercial cmt les bloker", "trop d'appel commercial cmt les bloquer"},
		{"kil paye", "qu'il paye"},
	})
}

// A word that sounds like a resident's spelling listed in the synonyms is
// not that spelling: « pomme » sounds like « paumé » (« perdu »).
func TestSoundAlikeNotVariant(t *testing.T) {
	m := NewMatcher(mustLoadFAQ(t))
	perte := m.Tokens("perdu")
	if got := m.Tokens("pomme"); slices.Equal(got, perte) {
		t.Errorf("Tokens(pomme) = %v, the token of « perdu »", got)
	}
}

func TestSoundKey(t *testing.T) {
	for _, ws := range [][]string{
		{"carte", "kart", "karte"},
		{"impots", "impot", "impo"},
		{"avis", "avi"},
		{"dehors", "dehor"},
		{"bloquer", "bloker", "bloque"},
		{"veux", "veu"},
	} {
		for _, w := range ws[1:] {
			if soundKey(w) != soundKey(ws[0]) {
				t.Errorf("soundKey(%q) = %q, want soundKey(%q) = %q", w, soundKey(w), ws[0], soundKey(ws[0]))
			}
		}
	}
}

// A word one typo from a word of the content is that word, before any
// word that merely sounds like it: « vieilesse » is « vieillesse ».
func TestTypoBeforeSound(t *testing.T) {
	readsAs(t, NewMatcher(mustLoadFAQ(t)), [][2]string{
		{"le minimum vieilesse c combien", "le minimum vieillesse c combien"},
		{"jai perdu mon passport jfai koi", "jai perdu mon passport koi"},
		{"apre le demenagement", "après le déménagement"},
	})
}

// readsAs checks that the matcher reads each resident's spelling (the
// first of a pair) as the clean wording (the second).
func readsAs(t *testing.T, m *Matcher, pairs [][2]string) {
	t.Helper()
	for _, p := range pairs {
		if got, want := m.Tokens(p[0]), m.Tokens(p[1]); !slices.Equal(got, want) {
			t.Errorf("Tokens(%q) = %v, want those of %q: %v", p[0], got, p[1], want)
		}
	}
}

// The SMS spelling of « faut » is the stop word it sounds like, and « ci »
// of « ce mois-ci » says no more than « mois ». (« fai » stays a word:
// made a stop word, it cost the emergency reader a line of violence.)
func TestSMSStopWords(t *testing.T) {
	readsAs(t, NewMatcher(mustLoadFAQ(t)), [][2]string{
		{"fo ke je coupe lelectricite", "il faut que je coupe l'électricité"},
		{"ma facture est enorme ce mois ci", "ma facture est énorme ce mois"},
	})
}

// « peu » after a subject is the verb a texter means (« je peu »), not
// « un peu »; after anything else it stays a word.
func TestPeuAfterSubject(t *testing.T) {
	readsAs(t, NewMatcher(mustLoadFAQ(t)), [][2]string{
		{"jai plu de chomage je peu avoir le rsa", "j'ai plus de chômage je peux avoir le rsa"},
		{"on peu faire la demande en ligne", "on peut faire la demande en ligne"},
	})
	m := NewMatcher(mustLoadFAQ(t))
	if got := m.Tokens("je gagne peu"); len(got) != 2 {
		t.Errorf("Tokens(%q) = %v, want « gagne » and « peu »", "je gagne peu", got)
	}
}
