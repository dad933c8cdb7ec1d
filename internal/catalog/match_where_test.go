package catalog

import (
	"strings"
	"testing"
)

// TestWhereAreYou: a resident who asks the PIMMS where it is, as one asks
// a person, gets its address and hours (pimms-horaires-adresse) answered
// (an outside check of the console: « vous êtes où ? » got « je ne suis
// pas sûr », while « c ou le pimms » was answered). Lines of our own;
// « où trouver… » still asks for a thing, and « vous êtes ou pas… »
// offers a choice. Before readWhereAreYou, 2 of the first 8 were
// answered, and 2 of the last 4 answered or offered.
func TestWhereAreYou(t *testing.T) {
	m := NewMatcher(mustLoadFAQ(t))
	for _, q := range []string{
		"vous êtes où ?", "vous etes ou svp", "où êtes-vous ?", "ou etes vous situés", "vous vous trouvez où",
		"où vous trouver ?", "c'est où chez vous ?", "bonjour, vous êtes à quelle adresse ?",
	} {
		if res := m.Match(q); res.Outcome != Answer || res.ID != "pimms-horaires-adresse" {
			t.Errorf("%q: %v %q %v, want pimms-horaires-adresse answered", q, res.Outcome, res.ID, res.Offered)
		}
	}
	// With more words, another entry of the PIMMS may be as likely (what
	// to bring when « je viens demain »): offered beside it is enough.
	for _, q := range []string{
		"où êtes-vous exactement ?", "vous vous trouvez où dans la ville ?", "vos locaux sont où ?",
		"je viens demain, vous êtes où ?",
	} {
		if res := m.Match(q); !helps(res, "pimms-horaires-adresse") {
			t.Errorf("%q: %v %q %v, want pimms-horaires-adresse answered or offered", q, res.Outcome, res.ID, res.Offered)
		}
	}
	for q, want := range map[string]string{
		"où trouver mon attestation de la caf": "caf-attestation",
		"où trouver mon avis d'imposition":     "impots-avis-imposition",
	} {
		if res := m.Match(q); res.ID != want {
			t.Errorf("%q: %v %q %v, want %s answered", q, res.Outcome, res.ID, res.Offered, want)
		}
	}
	for _, q := range []string{"vous êtes ou pas ouverts le samedi", "où trouver le formulaire"} {
		if got := readWhereAreYou(q); strings.Contains(got, "pimms") {
			t.Errorf("readWhereAreYou(%q) = %q, want no « pimms »", q, got)
		}
	}
}
