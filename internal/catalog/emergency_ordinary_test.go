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
	plain, crowded := catalogtest.Matcher(t), crowd(t, familyLife, 20)
	for _, s := range []string{"Ma voisine garde mon bébé toute la journée pendant que je travaille"} {
		if r := crowded.Match(s); r.Emergency {
			t.Errorf("%q: an ordinary situation alarms (%s)", s, r.ID)
		}
	}
	if n := checkEmergencyKept(t, plain, crowded, "urgence-enfance", "family life"); n < 50 {
		t.Errorf("only %d children in danger in testdata", n)
	}
}

// crowd returns a matcher of the embedded FAQ with the situations of more
// added to their entries; it fails when fewer than min were added (the
// entries are gone from the FAQ).
func crowd(t *testing.T, more map[string][]string, min int) *catalog.Matcher {
	t.Helper()
	c, err := catalog.Load(faq.FS)
	if err != nil {
		t.Fatal(err)
	}
	added := 0
	for _, e := range c.Entries {
		if m, ok := more[e.ID]; ok {
			e.Situations = append(slices.Clone(e.Situations), m...)
			added += len(m)
		}
	}
	if added < min {
		t.Fatalf("only %d situations added: their entries are gone from the FAQ", added)
	}
	return catalog.NewMatcher(c)
}

// checkEmergencyKept checks, over the testdata distress sets, that every
// line plain answers with the emergency id, crowded answers so too, and
// that no ordinary line alarms with crowded that did not with plain. what
// names the content added, for the errors. It returns how many lines of
// id it checked.
func checkEmergencyKept(t *testing.T, plain, crowded *catalog.Matcher, id, what string) int {
	t.Helper()
	files, err := filepath.Glob("testdata/distress*.jsonl")
	if err != nil || len(files) == 0 {
		t.Fatalf("no testdata distress sets (%v)", err)
	}
	kept := 0
	for _, f := range files {
		for _, dc := range readDistressSet(t, f) {
			before, after := plain.Match(dc.Q), crowded.Match(dc.Q)
			if dc.Kind != "distress" {
				if after.Emergency && !before.Emergency {
					t.Errorf("%s: ordinary line alarms once %s is added: %q → %s", filepath.Base(f), what, dc.Q, after.ID)
				}
				continue
			}
			if !before.Emergency || before.ID != id {
				continue
			}
			kept++
			if !after.Emergency || after.ID != id {
				t.Errorf("%s: %s silenced by %s: %q → %s %s (emergency %v)", filepath.Base(f), id, what, dc.Q, after.Outcome, after.ID, after.Emergency)
			}
		}
	}
	return kept
}

// housingLife are ordinary situations of housing, written for this test
// in the words a night with no roof is told with (put out, today,
// tonight, the station, one's things, the landing, a room, nowhere), by
// the ordinary entries they belong to. None of them is a danger: an
// eviction procedure, an APL suspended, an unfit flat reported, a deposit
// not returned, a move.
var housingLife = map[string][]string{
	"logement-impayes-loyer": {
		"J'ai reçu aujourd'hui un commandement de payer de l'huissier, j'ai trois mois de loyer de retard et j'ai peur d'être expulsé à la fin de la trêve hivernale.",
		"Le tribunal a fixé l'audience d'expulsion le mois prochain, je voudrais savoir si je peux encore négocier un échéancier avec le propriétaire.",
		"Mon propriétaire me dit qu'il va me sortir de la chambre si je ne paie pas le loyer ce mois-ci, j'ai encore un mois pour m'organiser.",
		"Depuis ce matin je cherche comment demander un délai au juge, le bailleur a lancé la procédure et j'ai rendez-vous avec l'huissier la semaine prochaine.",
	},
	"caf-apl": {
		"Mon APL a été suspendue ce mois-ci parce que le propriétaire a signalé un impayé, comment je fais pour la récupérer ?",
		"La CAF a arrêté mon aide au logement aujourd'hui, je suis toujours dans ma chambre mais le loyer va être dur à payer.",
		"Je viens de déménager dans un studio et je voudrais savoir si l'APL suit ou si je dois refaire une demande ce soir sur internet.",
	},
	"logement-indecent": {
		"Il y a de la moisissure partout dans l'appartement et les fenêtres ne ferment plus, je voudrais faire un signalement pour logement insalubre.",
		"Le plombier est venu cet après-midi pour une fuite d'eau, tout est réparé et on a pu rentrer chez nous, mais le propriétaire ne fait rien pour l'humidité.",
		"Mon voisin de 80 ans vit dans un logement sans chauffage, la mairie est passée faire un constat et il attend le rapport.",
		"Le plafond de la salle de bain est fissuré depuis hier et on dort dans l'autre chambre en attendant les travaux.",
	},
	"logement-depot-garantie": {
		"J'ai rendu les clés il y a trois mois et le propriétaire ne m'a toujours pas rendu ma caution, il dit que j'ai laissé des affaires sur le palier.",
		"Je suis parti de ma chambre étudiante ce matin, l'état des lieux s'est bien passé, quand est-ce que je vais récupérer le dépôt de garantie ?",
		"L'agence garde tout le dépôt de garantie pour un trou dans le mur, je ne suis pas d'accord, qu'est-ce que je peux faire ?",
	},
	"logement-social-demande": {
		"Je vis chez ma tante avec mes deux enfants depuis un an, on dort à quatre dans une chambre, je voudrais faire une demande de logement social.",
		"J'ai 20 ans et je veux quitter la maison de mes parents pour prendre un appartement, est-ce que je peux avoir un HLM ?",
		"Nous déménageons à la fin du mois, nos cartons sont dans le couloir, comment changer l'adresse de notre demande de logement social ?",
	},
	"logement-dalo": {
		"Ma demande de logement social n'a pas de réponse depuis trois ans, je suis hébergé chez un ami et je voudrais faire un recours DALO.",
		"Mon logement a été déclaré insalubre l'an dernier, on a été relogés à l'hôtel puis dans un studio, est-ce que je peux encore demander le DALO ?",
	},
}

// shelterTonight are nights with no roof, written for this test in the
// words of the housing entries (an aid cut, the CAF, a studio, a flat
// declared unfit, one's things put out): the crowded catalogue must read
// each as the shelter emergency, whichever ordinary entry ranks first.
var shelterTonight = []string{
	"Mon aide au logement a été coupée et le logeur m'a sorti du studio ce matin, je suis devant la gare avec mes sacs et la nuit tombe.",
	"Ma grand-mère a dû quitter son appartement déclaré dangereux aujourd'hui, elle attend dans l'entrée de l'immeuble et ne sait pas où elle va dormir ce soir.",
	"mon cousin a mis mes sac dehors devant la porte jai 19 ans je sais pa ou dormir ce soir",
	"Le foyer m'a fait sortir cet après-midi pour une histoire de retard de paiement de la CAF, je suis sur un banc avec ma valise, il fait nuit.",
}

// TestShelterIgnoresHousingLife checks that ordinary situations of
// housing, added to the FAQ's ordinary entries, do not silence a night
// with no roof: every line of the testdata sets that the embedded FAQ
// answers with the shelter emergency is still answered so, and no
// ordinary line of those sets, nor the situations added, alarms. The
// ranking and the danger reader both learn from the ordinary entries; a
// resident with nowhere to sleep tonight must not rest on what the
// housing entries happen to say.
func TestShelterIgnoresHousingLife(t *testing.T) {
	plain, crowded := catalogtest.Matcher(t), crowd(t, housingLife, 18)
	for _, more := range housingLife {
		for _, s := range more {
			if r := plain.Match(s); r.Emergency {
				t.Errorf("%q: an ordinary housing situation alarms (%s)", s, r.ID)
			}
		}
	}
	for _, s := range shelterTonight {
		if r := crowded.Match(s); !r.Emergency || r.ID != "urgence-hebergement" {
			t.Errorf("%q: night with no roof read as %s %s (emergency %v)", s, r.Outcome, r.ID, r.Emergency)
		}
	}
	if n := checkEmergencyKept(t, plain, crowded, "urgence-hebergement", "housing"); n < 50 {
		t.Errorf("only %d nights with no roof in testdata", n)
	}
}

// TestEverydayWordsOfDanger holds ordinary messages of a mediation desk
// that borrow a word of danger in its everyday sense, each beside a
// resident in danger told with the same word, in my own phrasings: an
// emergency number is one only when it stands alone, not as a group of a
// longer number (a tax number, a card, a phone); a machine that swallows
// a card poisons no one; benefits or a line cut, a flat whose power the
// last tenant stopped, are no wish to die; a parking place or a card is
// blue, not a bruise.
func TestEverydayWordsOfDanger(t *testing.T) {
	m := catalogtest.Matcher(t)
	for _, c := range []struct{ q, want string }{
		// Numbers: alone, or in a list of emergency numbers, they count.
		{"mon numéro de sécu c'est le 1 84 07 115 032 47, il est juste ?", ""},
		{"voici ma référence fiscale 21 115 3919 04, je n'ai pas reçu l'avis", ""},
		{"ma carte vitale 2 91 03 119 045 12 ne marche plus", ""},
		{"le numéro de dossier est 3114 0892 77, où en est ma demande ?", ""},
		{"appelez le 06 12 15 17 18 pour le rendez-vous, c'est mon portable", ""},
		{"je dors dehors cette nuit, le 115 ne répond pas", "urgence-hebergement"},
		{"j'ai appelé le 115 17 fois ce soir, personne, je dors où avec les enfants ?", "urgence-hebergement"},
		// Talk of the weather (an outside tester's « il fait beau » got the
		// children's numbers: « beau » is in « beau-père »).
		{"il fait beau", ""},
		{"il fait beau aujourd'hui", ""},
		{"bonjour il fait beau ce soir", ""},
		{"quel temps fait-il demain ?", ""},
		{"ça va faire chaud cet après-midi", ""},
		// A moment or a person named alone tells no danger, though the
		// emergency entries use those words so much that one ranks first.
		{"ce soir", ""},
		{"aujourd'hui", ""},
		{"mon beau-père", ""},
		{"il est beau", ""},
		{"mes enfants", ""},
		{"pompiers", "urgence-medicale"},
		{"sdf", "urgence-hebergement"},
		{"mon beau-père me frappe", "urgence-enfance"},
		{"il fait beau mais on dort dehors avec les enfants depuis hier", "urgence-hebergement"},
		{"il fait froid, je dors dehors ce soir", "urgence-hebergement"},
		// A machine that swallows a card, a ticket.
		{"le distributeur de la banque a avalé ma carte ce matin, comment la récupérer ?", ""},
		{"ma carte bancaire 4972 1234 5678 9012 a été avalée par le guichet automatique", ""},
		{"la borne de la gare a avalé mon ticket et ma CB", ""},
		{"mon fils de 2 ans a avalé une pile bouton, il pleure", "urgence-medicale"},
		{"mon mari a avalé toute la boîte de somnifères, il ne répond plus", "urgence-medicale"},
		// Benefits, a line or a utility cut, stopped, removed.
		{"la CAF va me supprimer l'APL si je ne renvoie pas le papier ?", ""},
		{"est-ce qu'ils peuvent me supprimer le RSA parce que je vis en couple ?", ""},
		{"ils vont me couper les allocations à cause de mon salaire ?", ""},
		{"EDF menace de me couper l'électricité la semaine prochaine", ""},
		{"le proprio a tout arrêté, plus d'eau ni de gaz dans le logement depuis que je suis arrivé", ""},
		{"j'ai envie de me supprimer, je n'en peux plus", "urgence-detresse"},
		{"je veux tout arrêter, plus la force de vivre", "urgence-detresse"},
		{"je vais me couper les veines ce soir", "urgence-detresse"},
		// A number that counts or places something: a street number.
		{"j'habite au 115 rue Jean Jaurès, c'est bien votre antenne ?", ""},
		{"on est au 119 avenue de la gare, le courrier n'arrive pas", ""},
		// A machine that keeps a card; food swallowed; a haircut.
		{"l'automate de la gare a gardé ma carte bleue", ""},
		{"la borne a confisqué ma carte vitale", ""},
		{"la photocopieuse a avalé mon dossier, vous pouvez le réimprimer ?", ""},
		{"depuis le décès de papa ma mère a des bleus à l'âme, elle a droit à un soutien ?", ""},
		{"mon petit a avalé son goûter trop vite, il a le hoquet, il peut aller à la cantine ?", ""},
		{"mon petit a avalé un bonbon de travers et il s'étouffe, il devient bleu", "urgence-medicale"},
		{"je vais me faire couper les cheveux avant l'entretien, France Travail rembourse ?", ""},
		{"elle s'est coupé les ongles trop court, c'est remboursé ?", ""},
		// Blue things, not bruises.
		{"mon père a du mal à marcher, on cherche des places de parking bleues près de la mairie, faut-il la carte ?", ""},
		{"j'ai perdu des papiers et ma carte bleue au marché, je fais opposition comment ?", ""},
		{"ma voisine a des bleus sur les bras, son mari la frappe", "urgence-violences"},
	} {
		checkEmergency(t, m, c.q, c.want)
	}
}
