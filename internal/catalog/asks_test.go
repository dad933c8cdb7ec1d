package catalog

import (
	"fmt"
	"os"
	"strings"
	"testing"
)

// askLines are questions written for these tests, by family: each asks
// what no answer of the FAQ gives, in the words of one of its topics.
var askLines = map[askKind][]string{
	askOpinion: {
		"Ma sœur veut que je demande le divorce, vous pensez que c'est une bonne idée ?",
		"Franchement, vous trouvez pas ça injuste, toutes ces taxes sur les petits propriétaires ?",
		"J'ai des chances de gagner contre la banque au tribunal, d'après vous ?",
		"Qu'est-ce que vous pensez de la réforme des retraites ?",
		"tu crois que le smic va augmenter en janvier ?",
		"Mon fils veut arrêter le lycée pour travailler, c'est une bonne décision d'après vous ?",
		"vous votez pour qui vous aux municipales",
		"Votre avis sur la nouvelle carte d'identité, elle est mieux que l'ancienne ?",
		"jhesite a prendre la retraite a 62 ans ou attendre, vous en pensez quoi",
		"d'après toi les prix de l'électricité vont monter cet hiver ?",
		"c'est quel parti qui défend le mieux les locataires ?",
		"Vous êtes pour ou contre la fin de la taxe d'habitation ?",
		"tu pense ke les loyers vont baisser un jour",
	},
	askChoice: {
		"Vous connaissez un bon avocat spécialisé en droit de la famille ?",
		"quel opérateur de téléphone est le moins cher pour appeler le Maroc ?",
		"Tu me conseilles quelle voiture d'occasion pour un jeune conducteur ?",
		"jcherche un bon garagiste pas arnaqueur vers chez moi",
		"Quelle est la meilleure assurance auto pour un jeune permis ?",
		"Le dentiste de la rue Victor Hugo, il est sérieux ?",
		"vous me recommandez quel supermarché pour faire des économies ?",
		"c quoi la meilleure banque pour un premier compte",
		"Ma mère cherche un bon kiné qui vient à domicile, vous en avez un ?",
		"je déménage à Lille, vous connaissez un déménageur pas trop cher et sérieux ? le moins cher possible",
		"c koi la box internet la moin chere en ce moment",
		"sosh ou red, ki a le forfait le moin cher",
	},
	askPay: {
		"combien gagne une aide-soignante à l'hôpital",
		"c'est quoi le salaire d'un conseiller CAF ?",
		"les agents de la mairie sont payés combien ?",
		"Combien est payé un facteur qui débute à La Poste ?",
		"salaire moyen d'un fonctionnaire des impôts",
		"une infirmière de nuit touche combien en fin de mois ?",
		"Je me demande combien gagnent les médecins généralistes avec la sécu",
		"le maire de ma commune il touche combien ?",
		"c koi le salaire dun agent a la caf",
		"combien ils gagnent les gens de la caf",
	},
	askSetup: {
		"Comment brancher ma nouvelle imprimante à l'ordinateur ?",
		"jarrive pas a installer la freebox que jai recu",
		"Comment configurer le wifi sur ma tablette ?",
		"Comment relier mon téléphone à la télé en bluetooth ?",
		"comment paramétrer la box orange pour avoir internet",
		"jarrive pa a instaler mon imprimante",
		"Comment connecter mon imprimante au wifi de la box ?",
		"je dois réinitialiser mon portable, il rame trop, ça se fait comment",
		"où faire réparer l'écran de mon portable pas trop cher ?",
		"comment mettre à jour mon téléphone, il me dit que la version est trop vieille",
		"Mon petit-fils m'a offert une tablette, vous pouvez m'expliquer comment la configurer ? Je ne sais pas configurer une tablette.",
	},
	askHours: {
		"La préfecture de Créteil ferme à quelle heure le mercredi ?",
		"cest quoi les horaires de la cpam du centre ville",
		"est ce que la sous prefecture est ouverte le lundi matin",
		"Le centre des impôts, il ouvre à quelle heure ?",
		"Quelle est l'adresse de la mairie annexe ?",
		"la caf elle ferme pendant les vacances de noel ?",
		"Mon agence France Travail est fermée le jeudi après-midi, c'est vrai ?",
		"horaires d'ouverture de l'urssaf svp",
		"Le tribunal de proximité est ouvert le samedi ? J'ai une convocation.",
		"jvoudrais l adresse de la cpam la plus proche",
	},
	askPrice: {
		"Un serrurier pour ouvrir une porte claquée, ça coûte combien en général ?",
		"c'est quoi le tarif d'un plombier pour une fuite sous l'évier ?",
		"combien prend un déménageur pour un deux-pièces",
		"Le prix moyen de vingt heures de conduite en auto-école ?",
		"un taxi de la gare à l'hôpital ça coute combien",
		"Le garagiste me facture combien pour une vidange normalement ?",
		"combien coutent les lecons a lauto ecole",
		"Quel est le tarif d'un électricien pour changer un tableau ?",
	},
	askNews: {
		"y a grève demain à la SNCF ?",
		"Est-ce qu'il y aura des perturbations sur le RER B lundi ?",
		"il y a une manif samedi en centre-ville ?",
		"la grève prévue mardi, elle est maintenue ?",
		"c'est quand la prochaine grève des transports",
		"les trains roulent demain ou pas",
		"Y a-t-il des grèves annoncées dans les écoles cette semaine ?",
		"les bus circulent ce week-end malgré le mouvement social ?",
	},
}

// plainLines are questions of the FAQ's topics that use the same words
// without asking such a kind: the reader must leave them alone.
var plainLines = []string{
	"mon train a été annulé pour cause de grève, comment être remboursé ?",
	"il y avait grève et j'ai raté mon TGV, le billet est perdu ?",
	"grève demain, je peux échanger mon billet sans frais ?",
	"Vous pensez que j'ai droit à la prime d'activité avec mon salaire ?",
	"à votre avis je dois envoyer mon arrêt maladie à qui ?",
	"Ma conseillère m'a recommandé une formation, comment la payer avec mon CPF ?",
	"C'est normal que la CAF ne m'ait rien versé ce mois-ci ?",
	"Je gagne 1300 euros par mois, combien je vais toucher d'APL ?",
	"je n'arrive pas à me connecter sur ma tablette à mon compte ameli",
	"Comment installer l'application France Identité sur mon téléphone ?",
	"vous me conseillez de faire une demande de logement social ?",
	"Quel est le meilleur moment pour appeler la CAF ?",
	"mon salaire d'aide-soignante a baissé, je dois le dire à la CAF ?",
	"Je voudrais résilier ma box internet, comment faire ?",
	"Vous pensez que mes APL vont augmenter si mon loyer augmente ?",
	"c'est normal selon toi que mon proprio garde toute ma caution ?",
	"Mon avocat m'a dit de demander l'aide juridictionnelle, comment faire ?",
	"ma box ne marche plus depuis trois semaines et l'opérateur ne fait rien",
	"je cherche un médecin traitant, le mien part à la retraite",
	"mon employeur ne m'a pas versé le salaire du mois de mars",
	"c'est quoi la meilleure façon d'envoyer un recommandé ?",
	"je vais perdre mon logement selon vous si je ne paie pas ?",
	"mon conseiller france travail m'a dit de m'actualiser avant le 15",
	"il me faut mes bulletins de salaire des trois derniers mois pour le dossier ?",
	"je suis candidat à un logement social, où en est mon dossier ?",
	"mon compte ameli est bloqué, comment le débloquer ?",
	"combien gagne mon mari au maximum pour que j'aie encore la prime d'activité ?",
	"ma chaudière est en panne depuis un mois et le propriétaire ne veut pas la réparer",
	"je dois mettre à jour ma carte vitale à la pharmacie ?",
	"plus de 3 mois de retard de loyer, je suis pour ou pas obligé de partir ?",
	"Le PIMMS est ouvert le samedi matin ? Je dois faire ma déclaration CAF.",
	"vous êtes ouverts demain ? j'ai un papier de la caf à remplir",
	"la caf m'a fermé mes droits sans prévenir",
	"j'ai changé d'adresse, je dois prévenir la caf et les impôts ?",
	"combien coûte un passeport pour un enfant ?",
	"combien coûte le permis de conduire avec le CPF ?",
	"le plombier m'a fait une facture énorme, je peux contester ?",
	"mon compte en banque est fermé, comment en ouvrir un autre ?",
	"pour ma retraite agricole je m'adresse à la msa ou à la carsat ?",
	"la cpam est fermée le samedi et je travaille toute la semaine, comment envoyer ma feuille de soins ?",
	"l'agence france travail ferme à midi, je peux m'actualiser sur internet ?",
	"la mairie est fermée jusqu'à lundi et je dois déclarer un décès",
	"le garagiste m'a facturé 900 euros de réparations que je n'avais pas demandées, comment contester ce prix ?",
	"la caf était fermée ce matin, je peux faire ma demande de prime d'activité en ligne ?",
}

func TestReadAsks(t *testing.T) {
	for kind, lines := range askLines {
		names := map[askKind]string{kind: kind.Name()}
		if len(lines) < 8 {
			t.Errorf("%s: %d lines, want at least 8 per family", names[kind], len(lines))
		}
		for _, q := range lines {
			t.Run(names[kind], func(t *testing.T) {
				if got := readAsks(q); got&kind == 0 {
					t.Errorf("readAsks(%q) = %04b, want the %s bit", q, got, names[kind])
				}
			})
		}
	}
	for _, q := range plainLines {
		if got := readAsks(q); got != 0 {
			t.Errorf("readAsks(%q) = %04b, want 0", q, got)
		}
	}
}

// TestMatchUnasked checks that such questions are neither answered nor
// offered by the real FAQ, and that their plain neighbours still are
// answered.
func TestMatchUnasked(t *testing.T) {
	c := mustLoadFAQ(t)
	m := NewMatcher(c)
	// Emergency entries are left out: the emergency reader goes first
	// (emergency.go), whatever the question asks.
	entry := map[string]bool{}
	for _, e := range c.Entries {
		entry[e.ID] = e.Theme != "urgence"
	}
	for _, lines := range askLines {
		for _, q := range lines {
			r := m.Match(q)
			if r.Outcome == Answer && entry[r.ID] || len(r.Offered) > 0 {
				t.Errorf("Match(%q) = %v %s %v, want no entry answered or offered", q, r.Outcome, r.ID, r.Offered)
			}
			if r.Outcome == Unknown && r.Declines != "" && r.Declines != readAsks(q).Name() {
				t.Errorf("Match(%q).Declines = %q, want %q", q, r.Declines, readAsks(q).Name())
			}
		}
	}
	answered := 0
	for _, q := range plainLines {
		r := m.Match(q)
		if r.Outcome == Answer || len(r.Offered) > 0 {
			answered++
		}
		if r.Declines != "" {
			t.Errorf("Match(%q).Declines = %q, want none", q, r.Declines)
		}
	}
	if answered < len(plainLines)-3 {
		t.Errorf("%d of %d plain questions answered or offered, want at least %d", answered, len(plainLines), len(plainLines)-3)
	}
}

// TestDeclines checks that a question declined for its kind says which:
// the conversation words its reply after it.
func TestDeclines(t *testing.T) {
	m := NewMatcher(mustLoadFAQ(t))
	declined := map[string]int{}
	for kind, lines := range askLines {
		for _, q := range lines {
			if r := m.Match(q); r.Declines != "" {
				if r.Outcome != Unknown {
					t.Errorf("Match(%q) = %v with Declines %q, want unknown", q, r.Outcome, r.Declines)
				}
				declined[kind.Name()]++
			}
		}
	}
	for kind, lines := range askLines {
		// Some lines match no entry at all: nothing is declined then.
		if declined[kind.Name()] < len(lines)/2 {
			t.Errorf("%s: %d of %d lines declined, want at least half", kind.Name(), declined[kind.Name()], len(lines))
		}
	}
	for _, k := range []askKind{0, askOpinion, askChoice | askPay, askSetup, askHours, askPrice, askNews} {
		if k != 0 && k.Name() == "" || k == 0 && k.Name() != "" {
			t.Errorf("askKind(%04b).Name() = %q", k, k.Name())
		}
	}
}

// TestAsksProbe lists the lines of the evaluation files, and the FAQ's own
// texts, that read as a kind of question, to check the reader on lines it
// was not written from (PIMMSBOT_ASKS=1; PIMMSBOT_ASKS=FILE adds a file):
//
//	PIMMSBOT_ASKS=1 go test -run 'TestAsksProbe$' -v ./internal/catalog/
func TestAsksProbe(t *testing.T) {
	env := os.Getenv("PIMMSBOT_ASKS")
	if env == "" {
		t.Skip("PIMMSBOT_ASKS is not set")
	}
	files := []string{"testdata/residents.jsonl", "testdata/stories.jsonl", "testdata/heldout.jsonl", "../../../shared/eval/dev.jsonl"}
	if env != "1" {
		files = append(files, env)
	}
	for _, f := range files {
		for _, c := range loadCases(t, f) {
			if k := readAsks(c.Q); k != 0 {
				fmt.Printf("%s\t%04b\t%v\t%s\n", f[strings.LastIndex(f, "/")+1:], k, c.Accept, c.Q)
			}
		}
	}
	for _, e := range mustLoadFAQ(t).Entries {
		for _, s := range append(append([]string{e.Title}, e.Questions...), e.Situations...) {
			if k := readAsks(s); k != 0 {
				fmt.Printf("faq\t%04b\t%s\t%s\n", k, e.ID, s)
			}
		}
	}
}
