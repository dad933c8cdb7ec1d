package catalog_test

import (
	"slices"
	"testing"

	"pimmsbot/internal/catalog/catalogtest"
)

// TestEmergencyEverydayPaperwork checks, in our own words, ordinary
// questions the outside checks of 7 December 2026 saw raised as
// emergencies, and the emergencies they must not silence: a birth told in
// the past is the paperwork after it (the birth entry), a birth under way
// is the 15; rent owed and a bailiff feared is the eviction to come, a
// night out tonight is the 115; a fire with someone trapped is the 18,
// whatever the insurance asked about.
func TestEmergencyEverydayPaperwork(t *testing.T) {
	m := catalogtest.Matcher(t)
	for _, c := range []struct{ q, want string }{
		// A birth told in the past: the birth entry, never the alarm.
		{"ma femme a accouché hier, qu'est-ce qu'on doit faire comme papiers", ""},
		{"j'ai accouché il y a dix jours et la caf ne m'a rien versé", ""},
		{"elle a accouché la semaine dernière, comment on déclare le bébé ?", ""},
		{"ma copine a déjà accouché, la mairie c'est nous ou la maternité", ""},
		{"j ai accouche le 3 novembre je dois envoyer quoi a la secu", ""},
		// A birth under way: the medical emergency.
		{"ma femme accouche dans la voiture, le bébé arrive", "urgence-medicale"},
		{"elle perd les eaux, les contractions sont toutes les deux minutes", "urgence-medicale"},
		// Rent owed, a bailiff: the eviction to come, not a night out.
		{"on a quatre mois de loyer de retard et le commissaire de justice a laissé un papier, j'ai peur qu'on nous mette dehors avec mes fils", ""},
		{"deux mois de loyers en retard, l'huissier est passé, peur d'être à la rue avec les petits, qui peut m'aider ?", ""},
		// The night out is tonight: the 115 still.
		{"le commissaire de justice est venu avec la police ce matin, on est dehors avec les enfants et on n'a nulle part où dormir ce soir", "urgence-hebergement"},
		// A condition known and planned for at school: a procedure; the
		// same condition now is the 15.
		{"mon fils fait des convulsions quand il a de la fièvre, il a un PAI, la cantine peut le prendre ?", ""},
		{"ma fille convulse en ce moment, elle a un PAI pour son épilepsie, que faire", "urgence-medicale"},
		// A fire with someone inside: the alarm, whatever the insurance.
		{"il y a le feu dans l'immeuble, ma voisine est coincée chez elle, et l'assurance ça marche comment ?", "urgence-medicale"},
	} {
		checkEmergency(t, m, c.q, c.want)
	}
	// The past births are answered by the birth entry.
	for _, q := range []string{
		"ma femme a accouché hier, qu'est-ce qu'on doit faire comme papiers",
		"elle a accouché la semaine dernière, comment on déclare le bébé ?",
	} {
		if r := m.Match(q); r.ID != "famille-naissance" && !slices.Contains(r.Offered, "famille-naissance") {
			t.Errorf("%q → %s %s offered %v, want famille-naissance", q, r.Outcome, r.ID, r.Offered)
		}
	}
}

// TestOverdoseTooMuch: « too much » of pills swallowed is an overdose
// taken, the 15's first, as a whole box is (an outside check of 8
// December 2026: « j ai avalé trop de médicaments » led with the 3114,
// « jai pris trop de cachets » raised nothing). Taking too much of a
// medicine as a worry about a treatment, or a bill, is no overdose.
func TestOverdoseTooMuch(t *testing.T) {
	m := catalogtest.Matcher(t)
	for _, q := range []string{
		"j ai avalé trop de médicaments", "jai pris trop de cachets", "je viens de prendre beaucoup trop de comprimés",
		"mon mari a avalé trop de somnifères, il dort et je n'arrive pas à le réveiller",
		"ma mère a pris bien trop de doliprane ce matin", "i took too many pills",
	} {
		if r := m.Match(q); !r.Emergency || r.ID != "urgence-medicale" {
			t.Errorf("%q → %v %q emergency=%v, want urgence-medicale", q, r.Outcome, r.ID, r.Emergency)
		}
	}
	for _, q := range []string{
		"je prends trop de médicaments, le médecin veut réduire mon traitement",
		"la pharmacie m'a fait payer trop de médicaments, comment me faire rembourser",
		"est-ce que la sécu rembourse si j'ai acheté trop de médicaments",
	} {
		if r := m.Match(q); r.Emergency {
			t.Errorf("%q → emergency %q, want none", q, r.ID)
		}
	}
}
