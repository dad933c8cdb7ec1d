package catalog

import (
	"strings"
	"testing"
)

// TestAnswersGiveWhatIsAsked: answers that an outside check of the
// console found wanting give what their question asks: the large
// families' card its link (not « le lien est sur la fiche
// service-public »), the grants a student's parent the university's line
// before the school's, the carte Vitale what to do with a card without a
// photo, and the post what to do with a lost parcel.
func TestAnswersGiveWhatIsAsked(t *testing.T) {
	c := mustLoadFAQ(t)
	answers := map[string]string{}
	for _, e := range c.Entries {
		answers[e.ID] = e.Answer
	}
	for _, want := range []struct{ id, has, before string }{
		{"transport-tarifs-reduits", "(https://www.carte-familles-nombreuses.gouv.fr)", ""},
		{"famille-bourse-scolaire", "messervices.etudiant.gouv.fr", "**Collège ou lycée public**"},
		{"ameli-carte-vitale", "**Sans photo**", ""},
		{"poste-recommande-colis", "**Colis perdu", ""},
	} {
		a := answers[want.id]
		i := strings.Index(a, want.has)
		if i < 0 {
			t.Errorf("%s: the answer lacks %q", want.id, want.has)
			continue
		}
		if want.before != "" && strings.Index(a, want.before) < i {
			t.Errorf("%s: %q comes after %q", want.id, want.has, want.before)
		}
	}
	if strings.Contains(answers["transport-tarifs-reduits"], "fiche service-public") {
		t.Errorf("transport-tarifs-reduits: the answer sends to a page for the link instead of giving it")
	}
	m := NewMatcher(c)
	for q, want := range map[string]string{
		"il y a pas de photo sur ma carte vitale":            "ameli-carte-vitale",
		"ma fille a son bac, une bourse pour l'université ?": "famille-bourse-scolaire",
	} {
		if res := m.Match(q); res.Outcome != Answer || res.ID != want {
			t.Errorf("%q: %v %q %v, want %s answered", q, res.Outcome, res.ID, res.Offered, want)
		}
	}
}
