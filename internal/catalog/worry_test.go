package catalog

import "testing"

// TestWorry: a message the engine does not answer, and that reads like
// danger to the danger reader without being raised as an emergency, is
// marked Worry, so that the bot can give the emergency number beside its
// « je ne suis pas sûr »: no reader catches every way a resident in
// danger writes. Everyday questions the engine does not know are not.
// Lines our own: a night ahead with no roof, a grief that stops eating.
func TestWorry(t *testing.T) {
	m := NewMatcher(mustLoadFAQ(t))
	worried := 0
	hints := []string{
		"je dors chez des amis mais demain je ne sais pas",
		"depuis la séparation je ne mange plus, je reste couchée",
	}
	for _, q := range hints {
		res := m.Match(q)
		switch {
		case res.Emergency:
			t.Logf("%q raised: better still, but this test wants a line no emergency takes", q)
		case res.Worry:
			worried++
		default:
			t.Errorf("%q = %v, not marked Worry", q, res.Outcome)
		}
	}
	for _, q := range []string{
		"comment adopter un chat", "le mcdo ferme à quelle heure", "je cherche un plombier pas cher",
		"c'est quoi la meilleure banque en ligne", "comment faire une tarte aux pommes",
		"quel temps fera-t-il demain", "ma fille veut faire du judo le mercredi",
		"ce formulaire va me tuer", "je suis morte de rire", "ma fille fait du judo le soir",
		"mon voisin de 80 ans n'ouvre plus sa porte depuis 3 jours, je dois lui faire ses papiers",
	} {
		if res := m.Match(q); res.Worry || res.Emergency {
			t.Errorf("%q = %v worry=%v emergency=%v, want neither", q, res.Outcome, res.Worry, res.Emergency)
		}
	}
	t.Logf("%d of %d hints not raised were marked Worry", worried, len(hints))
}
