package catalog

import (
	"testing"
)

// TestLicenceFunding: help to pay for a driving licence is in the young
// people's entry (1jeune1permis, emploi-jeunes) and the training account
// (emploi-cpf); it is never answered with how to replace a licence or
// its points (an outside check of the console: « aide permis de
// conduire » was answered with the ANTS's replacement). Lines of our
// own. Before the young people's entry said it in more ways, 4 of the 10
// were offered it, and 3 were answered the replacement or the points.
func TestLicenceFunding(t *testing.T) {
	m := NewMatcher(mustLoadFAQ(t))
	lines := []string{
		"aide pour payer le permis", "y a t il des aides pour passer le permis b",
		"mon fils a 18 ans il veut passer le permis, comment le financer ?",
		"le permis est trop cher pour moi une aide possible ?", "aide de l'etat pour le permis de conduire",
		"ma fille de 17 ans veut faire la conduite accompagnée, une aide existe ?",
		"financement permis de conduire", "aide financière permis", "financer mon permis",
		"une aide pour l'auto-école ?",
	}
	helped := 0
	for _, q := range lines {
		res := m.Match(q)
		checkResult(t, res)
		if res.Outcome == Answer && (res.ID == "ants-permis-conduire" || res.ID == "transport-permis-points") {
			t.Errorf("%q: answered %s", q, res.ID)
		}
		if helps(res, "emploi-jeunes", "emploi-cpf") {
			helped++
			continue
		}
		t.Logf("%q: %v %q %v, want emploi-jeunes or emploi-cpf", q, res.Outcome, res.ID, res.Offered)
	}
	if helped < len(lines)-3 {
		t.Errorf("emploi-jeunes or emploi-cpf answered or offered for %d of %d, want all but three", helped, len(lines))
	}
}
