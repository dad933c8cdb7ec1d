package catalog

import (
	"testing"
)

// TestPlacesHoursDeclined: the hours of a shop or a public place other
// than the PIMMS are not the PIMMS's (an outside check of the console:
// « à quelle heure ferme le carrefour » and « le resto ouvre à quelle
// heure » got the PIMMS's hours); they are declined as the hours of
// another body. The PIMMS's own hours, the food aid's days and a closed
// canteen's question keep their answers. Lines of our own. Before
// placeHours, none of the 6 was declined: 1 was answered with the
// PIMMS's hours, 3 were offered them.
func TestPlacesHoursDeclined(t *testing.T) {
	m := NewMatcher(mustLoadFAQ(t))
	for _, q := range []string{
		"le leclerc ferme à quelle heure le samedi", "la boulangerie est ouverte le lundi ?",
		"kfc ouvert jusqu'à quelle heure", "la piscine ouvre à quelle heure",
		"la médiathèque est fermée le dimanche ?", "il ouvre quand le magasin en bas de chez moi",
	} {
		res := m.Match(q)
		checkResult(t, res)
		if res.Declines != "hours" || res.Outcome == Answer {
			t.Errorf("%q: %v %q %v (declines %q), want declined as another body's hours", q, res.Outcome, res.ID, res.Offered, res.Declines)
		}
	}
	for q, want := range map[string]string{
		"vous ouvrez à quelle heure":                            "pimms-horaires-adresse",
		"l'accueil ferme à quelle heure le vendredi":            "pimms-horaires-adresse",
		"les restos du coeur ouvrent quel jour":                 "aide-alimentaire",
		"la cantine est fermée jeudi, qui peut garder ma fille": "famille-garde-enfant",
	} {
		res := m.Match(q)
		if res.Declines != "" || !helps(res, want) {
			t.Errorf("%q: %v %q %v (declines %q), want %s answered or offered", q, res.Outcome, res.ID, res.Offered, res.Declines, want)
		}
	}
}
