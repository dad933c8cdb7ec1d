package catalog

import (
	"slices"
	"testing"
)

// TestOtherSenses checks that a word of an entry used in another sense,
// that faq/synonyms.yaml maps to a key no entry uses, no longer answers
// that entry: a « bourse » that is a sale or the stock exchange is no
// school grant, a shop's loyalty points are not the driving licence's.
// The entry's own sense is still answered.
func TestOtherSenses(t *testing.T) {
	m := NewMatcher(mustLoadFAQ(t))
	for _, c := range []struct {
		q, not string
	}{
		{"je voudrais investir en bourse un peu d'argent", "famille-bourse-scolaire"},
		{"le cours de la bourse aujourd'hui", "famille-bourse-scolaire"},
		{"où se tient la bourse aux jouets de décembre", "famille-bourse-scolaire"},
		{"je vends des habits à la bourse aux vetements de la mairie", "famille-bourse-scolaire"},
		{"ma carte de fidelite du supermarché est perdue", "transport-permis-points"},
		{"mes points fidélité ont disparu", "transport-permis-points"},
	} {
		r := m.Match(c.q)
		if r.ID == c.not || slices.Contains(r.Offered, c.not) {
			t.Errorf("%q: %v %q offered %v, want %s neither answered nor offered", c.q, r.Outcome, r.ID, r.Offered, c.not)
		}
	}
	for _, c := range []struct{ q, want string }{
		{"comment demander la bourse du collège pour mon fils", "famille-bourse-scolaire"},
		{"bourse de lycée", "famille-bourse-scolaire"},
		{"combien de points il reste sur mon permis", "transport-permis-points"},
	} {
		if r := m.Match(c.q); r.Outcome != Answer || r.ID != c.want {
			t.Errorf("%q: %v %q (%.2f), want %s answered", c.q, r.Outcome, r.ID, r.Confidence, c.want)
		}
	}
}

// TestPhraseNamesThing checks that a phrase of the synonyms that opens a
// short message names what it is about as an article would: a shop's
// loyalty card lost with its points is not answered as the driving
// licence's points (uncoveredWord), whatever the shop.
func TestPhraseNamesThing(t *testing.T) {
	m := NewMatcher(mustLoadFAQ(t))
	for _, q := range []string{
		"carte fidelite auchan perdue comment je recupere les points",
		"carte de fidélité intermarché volée, mes points sont perdus ?",
		"points fidélité disparus comment les récupérer",
	} {
		if r := m.Match(q); r.Outcome == Answer && r.ID == "transport-permis-points" {
			t.Errorf("%q: answered %s (%.2f), want it not answered", q, r.ID, r.Confidence)
		}
	}
	for _, q := range []string{
		"j'ai perdu des points sur mon permis, comment les récupérer",
		"stage pour récupérer des points de permis",
	} {
		if r := m.Match(q); r.Outcome != Answer || r.ID != "transport-permis-points" {
			t.Errorf("%q: %v %q (%.2f), want transport-permis-points answered", q, r.Outcome, r.ID, r.Confidence)
		}
	}
}
