package catalog_test

import (
	"testing"

	"pimmsbot/internal/catalog/catalogtest"
)

// TestEmergencyNineteenthRound checks, in our own words, the families of
// distress17: a partner who watches the messages and takes the pay, a
// thing broken with « la prochaine fois ce sera moi », a child not the
// writer's who sleeps in a building's corners or is left in a public
// place; and the ordinary messages that borrow their words: a danger as
// the subject of a programme, a leaflet or an evening of prevention, a
// card lent to a partner, « la prochaine fois » of a cake.
func TestEmergencyNineteenthRound(t *testing.T) {
	m := catalogtest.Matcher(t)
	for _, c := range []struct{ q, want string }{
		{"mon mari regarde tous mes messages et garde ma paie, je n'ai plus un sou", "urgence-violences"},
		{"mon compagnon lit tous mes sms et me prend mon rsa chaque mois", "urgence-violences"},
		{"ma copine fouille mon tel tous les soirs et elle prend tout mon salaire", "urgence-violences"},
		{"mon conjoint épluche mes mails et vide mon compte dès que la paie tombe", "urgence-violences"},
		{"ma femme surveille mon portable et garde ma retraite, je dois tout justifier", "urgence-violences"},
		{"mon mari prend ma carte pour faire les courses le samedi, je peux avoir une deuxième carte ?", ""},
		{"mon copain lit mes messages par-dessus mon épaule pour rigoler, comment mettre un code ?", ""},
		{"il a cassé la télé en disant que la prochaine fois ce serait ma tête", "urgence-violences"},
		{"elle a balancé mon portable par la fenêtre, et dit que la prochaine fois c'est moi qui passe par là", "urgence-violences"},
		{"la prochaine fois ce sera moi qui ferai le gâteau, promis", ""},
		{"un petit garçon dort dans le hall de l'immeuble, il est tout seul ce soir", "urgence-enfance"},
		{"un gamin dor ds le local poubelle depuis 3 nuits il a 9 ans", "urgence-enfance"},
		{"nourrisson abandonné devant la pharmacie, personne autour", "urgence-enfance"},
		{"un bébé laissé seul dans une poussette sur le parking depuis une heure", "urgence-enfance"},
		{"je dors dans la cage d'escalier avec mes deux enfants ce soir", "urgence-hebergement"},
		{"on dort dans le hall avec mon bébé, on n'a nulle part où aller", "urgence-hebergement"},
		{"brochure violences faites aux femmes pour la mairie", ""},
		{"tract harcèlement scolaire pour la réunion des parents", ""},
		{"j'ai vu hier soir une émission sur les femmes battues, comment aider une association ?", ""},
		{"À la radio ce matin ils parlaient encore du suicide des jeunes. Sinon, je voudrais mon attestation CAF.", ""},
		{"Le club organise une conférence sur la prévention des violences faites aux enfants, qui contacter ?", ""},
		{"On a regardé un reportage sur les familles à la rue hier, ma fille veut aider, où s'adresser ?", ""},
		{"exposition sur la maltraitance des enfants à la médiathèque, c'est gratuit ?", ""},
		{"j'ai vu un reportage sur les femmes battues et j'ai compris que c'est ce que je vis, mon mari me frappe tous les soirs", "urgence-violences"},
	} {
		r := m.Match(c.q)
		switch {
		case c.want == "":
			if r.Emergency {
				t.Errorf("%q → the emergency %s, want none", c.q, r.ID)
			}
		case !r.Emergency || r.ID != c.want:
			t.Errorf("%q → %s %s (emergency %v), want the emergency %s", c.q, r.Outcome, r.ID, r.Emergency, c.want)
		}
	}
}
