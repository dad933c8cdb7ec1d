package catalog

import (
	"testing"
)

// TestHungerIsFoodAid: a resident who says they are hungry, or have
// nothing left to eat, is told where to find food (aide-alimentaire),
// answered or offered, possibly beside the emergency money aids
// (budget-aides-urgence); it is no emergency (an outside check of the
// console: « j'ai faim » and « je meurs de faim » got « je ne suis pas
// sûr », the FAQ never said « faim »). Lines of our own, not the entry's
// examples.
func TestHungerIsFoodAid(t *testing.T) {
	m := NewMatcher(mustLoadFAQ(t))
	for _, q := range []string{
		"j'ai faim", "on a faim à la maison", "mes enfants ont faim", "ma fille a faim et j'ai plus d'argent",
		"j'ai trop faim aidez moi", "on a rien mangé depuis hier", "je peux pas nourrir mes enfants",
		"on n'a plus de quoi manger", "j'ai besoin de nourriture", "on a plus rien a manger",
		"je meurs de faim, y a des colis quelque part ?", "je crève de faim depuis trois jours",
	} {
		res := m.Match(q)
		checkResult(t, res)
		if res.Emergency || !helps(res, "aide-alimentaire") {
			t.Errorf("%q: %v %q %v (emergency %v), want aide-alimentaire answered or offered, no emergency",
				q, res.Outcome, res.ID, res.Offered, res.Emergency)
		}
	}
}

// TestHungryAskingHours: hunger said in passing is no emergency, and the
// question it comes with keeps its entry.
func TestHungryAskingHours(t *testing.T) {
	m := NewMatcher(mustLoadFAQ(t))
	for _, q := range []string{
		"je meurs de faim, vous ouvrez à quelle heure", "j'ai faim, vous fermez à quelle heure ?",
		"je crève de faim, c'est ouvert entre midi et deux chez vous ?",
	} {
		res := m.Match(q)
		if res.Emergency || !helps(res, "pimms-horaires-adresse") {
			t.Errorf("%q: %v %q %v (emergency %v), want the PIMMS's hours answered or offered, no emergency",
				q, res.Outcome, res.ID, res.Offered, res.Emergency)
		}
	}
}

// TestFoodWordsAreFoodAid: the everyday words for eating and for an
// empty larder (« bouffer », « la bouffe », « placards vides ») are the
// food aid's (an outside check of the console: « bouffer » and
// « placards vides » were unknown). Lines of our own; no emergency.
// Before the synonyms, 1 of the 6 was answered or offered it.
func TestFoodWordsAreFoodAid(t *testing.T) {
	m := NewMatcher(mustLoadFAQ(t))
	for _, q := range []string{
		"bouffer", "j'ai plus rien à bouffer", "mes placards sont vides depuis lundi",
		"placards vides, frigo vide, je fais comment", "y a plus de bouffe chez nous", "on a rien à grailler ce soir",
	} {
		res := m.Match(q)
		checkResult(t, res)
		if res.Emergency || !helps(res, "aide-alimentaire") {
			t.Errorf("%q: %v %q %v (emergency %v), want aide-alimentaire answered or offered, no emergency",
				q, res.Outcome, res.ID, res.Offered, res.Emergency)
		}
	}
}
