package catalog_test

import (
	"path/filepath"
	"slices"
	"testing"

	"pimmsbot/faq"
	"pimmsbot/internal/catalog"
	"pimmsbot/internal/catalog/catalogtest"
)

// familyLife are ordinary situations of family life, written for this
// test in the words a child in danger is told with (a baby, a child alone
// at home, a mother, a neighbour, the whole day, work, clients), by the
// ordinary entries they belong to. None of them is a danger.
var familyLife = map[string][]string{
	"famille-garde-enfant": {
		"Ma voisine garde mon bébé toute la journée pendant que je travaille, je voudrais savoir si je peux être aidée pour la payer.",
		"Je laisse mes jumeaux de 2 ans à la crèche le matin et ma mère les récupère le soir, je cherche une assistante maternelle pour le mercredi.",
		"Je reprends le travail le mois prochain et je ne sais pas qui va garder le petit, il a 8 mois.",
		"Ma fille de 3 ans reste chez sa grand-mère toute la semaine, est-ce que je peux avoir une aide pour la faire garder près de chez moi ?",
		"Je fais des ménages tôt le matin et mon mari part à 7 heures, on cherche quelqu'un pour emmener les enfants à l'école.",
		"La nounou de mon fils arrête, il a 18 mois et je n'ai personne pour le garder à partir de lundi.",
		"Mon bébé pleure beaucoup le soir et je suis seule avec lui, je voudrais trouver une place en halte-garderie quelques heures.",
	},
	"famille-naissance": {
		"Ma fille vient d'accoucher d'un petit garçon, elle est seule et elle ne sait pas par où commencer pour les papiers.",
		"Nous avons eu des jumeaux la semaine dernière, mon compagnon travaille loin et je dois tout faire toute seule.",
		"Ma belle-fille a eu son bébé à Marseille, nous habitons à Lyon et nous voulons l'aider à déclarer la naissance.",
		"Je suis la grand-mère, ma fille a eu un bébé hier et le papa n'est pas là, qui doit aller à la mairie ?",
	},
	"famille-ecole-cantine": {
		"Mon fils de 12 ans mange à la cantine mais sa mère ne veut plus payer, il rentre seul à la maison le midi.",
		"Ma fille de 7 ans ne veut plus aller à la cantine, elle dit que les autres lui lancent des trucs dans l'assiette.",
		"Mon petit de 6 ans reste à la garderie du soir jusqu'à 18 h 30 parce que je finis tard.",
		"La maîtresse dit que ma fille arrive fatiguée le matin, je travaille de nuit et c'est sa grande sœur qui l'emmène.",
		"Mon fils de 16 ans voudrait travailler pendant l'été dans une boutique avec des clients, il doit demander quoi ?",
	},
	"caf-changement-situation": {
		"Ma fille de 16 ans est partie vivre chez son père à Lille, je dois le dire à la CAF ?",
		"Mon compagnon est parti, je suis seule avec mes deux petits de 2 et 4 ans depuis le mois dernier.",
		"Ma mère est venue habiter chez nous avec les enfants, elle garde le bébé toute la journée.",
		"Mon ado de 17 ans a trouvé un travail le week-end, est-ce que ça change nos allocations ?",
		"La voisine m'a dit qu'il fallait déclarer la naissance du bébé à la CAF, je ne l'ai pas encore fait.",
		"Mon petit-fils de 2 ans vit chez moi depuis que sa mère est partie travailler loin, je peux toucher quelque chose ?",
	},
}

// TestChildDangerIgnoresFamilyLife checks that ordinary situations of
// family life, added to the FAQ's ordinary entries, do not silence a
// child in danger: every line of the testdata sets that the embedded FAQ
// answers with the children's emergency is still answered so, and no
// ordinary line of those sets alarms. The danger reader and the ranking
// both learn from the ordinary entries; a child in danger must not rest
// on what those entries happen to say.
func TestChildDangerIgnoresFamilyLife(t *testing.T) {
	c, err := catalog.Load(faq.FS)
	if err != nil {
		t.Fatal(err)
	}
	added := 0
	for i := range c.Entries {
		e := c.Entries[i]
		if more, ok := familyLife[e.ID]; ok {
			e.Situations = append(slices.Clone(e.Situations), more...)
			added += len(more)
		}
	}
	if added < 20 {
		t.Fatalf("only %d situations added: the entries of familyLife are gone from the FAQ", added)
	}
	plain, crowded := catalogtest.Matcher(t), catalog.NewMatcher(c)
	for _, s := range []string{"Ma voisine garde mon bébé toute la journée pendant que je travaille"} {
		if r := crowded.Match(s); r.Emergency {
			t.Errorf("%q: an ordinary situation alarms (%s)", s, r.ID)
		}
	}
	files, err := filepath.Glob("testdata/distress*.jsonl")
	if err != nil || len(files) == 0 {
		t.Fatalf("no testdata distress sets (%v)", err)
	}
	children := 0
	for _, f := range files {
		for _, dc := range readDistressSet(t, f) {
			before, after := plain.Match(dc.Q), crowded.Match(dc.Q)
			if dc.Kind != "distress" {
				if after.Emergency && !before.Emergency {
					t.Errorf("%s: ordinary line alarms once family life is added: %q → %s", filepath.Base(f), dc.Q, after.ID)
				}
				continue
			}
			if !slices.Contains(dc.Accept, "urgence-enfance") || !before.Emergency || before.ID != "urgence-enfance" {
				continue
			}
			children++
			if !after.Emergency || after.ID != "urgence-enfance" {
				t.Errorf("%s: child in danger silenced by family life: %q → %s %s (emergency %v)", filepath.Base(f), dc.Q, after.Outcome, after.ID, after.Emergency)
			}
		}
	}
	if children < 50 {
		t.Errorf("only %d children in danger in testdata", children)
	}
}
