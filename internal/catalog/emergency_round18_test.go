package catalog_test

import (
	"slices"
	"strings"
	"testing"

	"pimmsbot/internal/catalog"
	"pimmsbot/internal/catalog/catalogtest"
)

// TestEmergencyEighteenthRound checks the families an outside tester of
// the binary found missed or alarmed (qa11), in our own words: a partner
// who drinks and a writer who hides, a child gone missing, a fire now (the
// 18, given by the medical entry), someone breaking in, danger felt at
// home, « jpp » of life and « me buter », a forced marriage; and the
// ordinary messages that borrow their words: the « violence » of prices,
// a danger to one's marks, the cold of a broken boiler, « taper » as
// stealing, weary of a slum, a work accident of yesterday to declare.
func TestEmergencyEighteenthRound(t *testing.T) {
	m := catalogtest.Matcher(t)
	for _, c := range []struct{ q, want string }{
		{"ma fille a disparu depuis ce matin, elle a 7 ans", "urgence-enfance"},
		{"mon fils de 10 ans a disparu au parc, je le trouve plus", "urgence-enfance"},
		{"je retrouve plus ma fille, elle était dans la cour il y a une heure", "urgence-enfance"},
		{"mon petit a disparu dans le supermarché", "urgence-enfance"},
		{"nos enfants ont disparu en sortant de l'école", "urgence-enfance"},
		{"mon bébé a disparu de sa poussette", "urgence-enfance"},
		{"je trouve plus mon enfant, il avait 4 ans, aidez moi", "urgence-enfance"},
		{"ma petite a disparu ce soir", "urgence-enfance"},
		{"ma fille a disparu de mon dossier CAF, c'est normal ?", ""},
		{"mon fils a disparu de la déclaration d'impôts", ""},
		{"mon enfant a disparu de l'attestation de la mutuelle", ""},
		{"ma fille a disparu des photos sur l'appli de l'école", ""},
		{"il y a le feu dans la cage d'escalier", "urgence-medicale"},
		{"au feu ! la cuisine brûle", "urgence-medicale"},
		{"incendie dans mon appartement", "urgence-medicale"},
		{"le feu dans ma chambre, je fais quoi", "urgence-medicale"},
		{"feu de cuisine, la poêle a pris feu", "urgence-medicale"},
		{"il y a le feu dans l'immeuble d'en face, de la fumée partout", "urgence-medicale"},
		{"incendie au troisième étage, on est bloqués", "urgence-medicale"},
		{"notre appartement a brûlé hier, on n'a nulle part où dormir ce soir", "urgence-hebergement"},
		{"après l'incendie de 2022, l'assurance n'a toujours pas payé", ""},
		{"exercice incendie à l'école demain, faut une autorisation ?", ""},
		{"mes papiers ont brûlé dans l'incendie de ma voiture, comment les refaire", ""},
		{"quand il a bu il devient violent, je m'enferme dans la salle de bain", "urgence-violences"},
		{"dès qu'il rentre bourré je me planque avec les enfants", "urgence-violences"},
		{"je m'enferme dans ma chambre quand il a bu", "urgence-violences"},
		{"quand mon copain s'énerve on se cache dans la cave", "urgence-violences"},
		{"lorsqu'il est ivre il hurle, je me cache avec ma fille", "urgence-violences"},
		{"mon conjoint devient fou quand il boit, on s'enferme", "urgence-violences"},
		{"un homme essaie d'ouvrir ma porte en pleine nuit", "urgence-violences"},
		{"des gens essaient d'entrer chez moi, ils tapent au volet", "urgence-violences"},
		{"il y a quelqu'un dans mon appartement, je suis cachée dans la chambre", "urgence-violences"},
		{"quelqu'un tente de forcer la porte", "urgence-violences"},
		{"un type essaye de rentrer par la fenêtre", "urgence-violences"},
		{"on essaie de défoncer ma porte", "urgence-violences"},
		{"mon ex essaie d'entrer chez moi, il a pas les clés", "urgence-violences"},
		{"y a un inconnu dans le jardin qui regarde par la fenêtre", "urgence-violences"},
		{"le serrurier essaie d'ouvrir la porte de ma mère, c'est combien ?", ""},
		{"j'ai été cambriolée la semaine dernière, comment faire pour l'assurance", ""},
		{"je me sens en danger dans mon appartement", "urgence-violences"},
		{"je ne suis pas en sécurité chez moi", "urgence-violences"},
		{"on est en danger à la maison", "urgence-violences"},
		{"je me sens en danger avec lui", "urgence-violences"},
		{"je me sens en danger financièrement avec ce crédit", ""},
		{"ma fille est en danger scolaire, elle redouble", ""},
		{"mon entreprise est en danger financier, aide possible ?", ""},
		{"mon fils est en danger au niveau scolaire", ""},
		{"jpp de la vie", "urgence-detresse"},
		{"jpp de vivre", "urgence-detresse"},
		{"j'en peux plus de cette vie, je veux que ça s'arrête", "urgence-detresse"},
		{"jpp de ma vie sérieux", "urgence-detresse"},
		{"je vais me buter ce soir", "urgence-detresse"},
		{"envie de me buter", "urgence-detresse"},
		{"il veut me buter", "urgence-violences"},
		{"ils vont me buter si je rentre", "urgence-violences"},
		{"jpp de la caf sérieux", ""},
		{"mes parents veulent me marier de force", "urgence-violences"},
		{"ils vont me marier au pays cet été, j'ai 24 ans", "urgence-violences"},
		{"mon père veut me marier avec un cousin, je refuse", "urgence-violences"},
		{"j'ai 15 ans et on veut me marier de force", "urgence-enfance"},
		{"la violence des factures d'énergie cet hiver", ""},
		{"violence des hausses de loyer, que faire", ""},
		{"la violence de ce courrier de la CAF m'a choqué", ""},
		{"violence conjugale, que faire", "urgence-violences"},
		{"on crève de froid, le chauffage est en panne depuis une semaine", ""},
		{"je meurs de froid, ma chaudière marche plus, le bailleur répond pas", ""},
		{"les radiateurs sont glacés on va mourir de froid cet hiver", ""},
		{"je dors dehors je vais crever de froid cette nuit", "urgence-hebergement"},
		{"on m'a tapé mon portable dans le bus", ""},
		{"il m'a tapé ma trottinette devant le collège", ""},
		{"je me suis fait taper mon sac au marché, plainte ?", ""},
		{"il m'a tapé 20 euros et me les rend pas", ""},
		{"il m'a tapé au visage hier soir", "urgence-violences"},
		{"on peut plus vivre avec les cafards dans cet appart", ""},
		{"je veux plus vivre dans ce taudis, DALO possible ?", ""},
		{"je ne veux plus vivre, ce logement c'est la fin", "urgence-detresse"},
		{"je suis tombée dans l'escalier au travail hier, accident du travail comment déclarer", ""},
		{"mon mari s'est coupé la main avant-hier au boulot, accident de travail, l'employeur doit déclarer ?", ""},
		{"je suis tombé d'un échafaudage, je saigne, accident du travail", "urgence-medicale"},
		{"Je dois refaire ma carte vitale, je pars de chez moi car mon mari me frappe", "urgence-violences"},
		{"changement d'adresse CAF, je quitte la maison parce que mon compagnon est violent", "urgence-violences"},
		{"je quitte l'appartement car il me menace, je dois prévenir les impôts ?", "urgence-violences"},
		{"je quitte le logement à cause des travaux, changement de situation CAF", ""},
		// The twenty-seventh round's families, in our own words.
		{"ma femme va me tuer, j'ai oublié de payer la facture de gaz, comment régulariser ?", ""},
		{"mon père va me tuer j'ai encore oublié d'envoyer le dossier CAF", ""},
		{"ils vont me tuer, j'ai raté de déclarer mes revenus à temps", ""},
		{"il va me tuer, j'ai perdu sa carte bleue", "urgence-violences"},
		{"chaque fois que j'ouvre un courrier de la banque j'ai des sueurs froides", ""},
		{"les lettres de l'huissier me donnent des sueurs froides, je peux avoir de l'aide ?", ""},
		{"j'avais envie de rentrer sous terre au guichet de la mairie", ""},
		{"je voulais disparaître sous terre quand la conseillère a lu mon dossier à voix haute", ""},
		{"je veux en finir une fois pour toutes avec ce dossier de surendettement", ""},
		{"en finir définitivement avec ce crédit, c'est possible ?", ""},
		{"ma fille adore taper dans un sac de frappe, il y a un club pas cher ?", ""},
		{"mon fils frappe dans le punching ball tous les soirs, aide pour le club de boxe ?", ""},
		{"mon mari s'est brûlé la main en mars, il est guéri maintenant, l'assurance rembourse ?", ""},
		{"ma mère a beaucoup saigné après son opération l'an passé, elle est rétablie, on peut avoir l'APA ?", ""},
		{"le foyer nous met dehors demain, on n'a nulle part où aller avec les enfants", "urgence-hebergement"},
		{"l'hôtel c'est terminé ce soir et on a rien après, où on dort ?", "urgence-hebergement"},
		{"mon voisin a les lèvres toutes bleues et il répond plus", "urgence-medicale"},
		{"mon fils a avalé une pile bouton il y a dix minutes", "urgence-medicale"},
		{"mon patron m'a forcée à coucher avec lui pour garder mon poste", "urgence-violences"},
		{"mon cousin m'a obligée à coucher avec lui, je sais pas à qui le dire", "urgence-violences"},
		{"j'ai donné mon chien à mon frère, je suis fatigué de tout, je veux que personne n'ait rien à gérer après", "urgence-detresse"},
		{"je range mes papiers pour que mes enfants n'aient rien à gérer après moi", "urgence-detresse"},
		{"je suis fatiguée de la vie, plus rien n'a de sens", "urgence-detresse"},
		{"je veux plus être en vie", "urgence-detresse"},
		{"mes parents m'ont dit de ne plus remettre les pieds à la maison, je suis dehors", "urgence-hebergement"},
		{"mon copain me tire les cheveux quand il s'énerve", "urgence-violences"},
		{"il m'a arraché les cheveux devant les enfants", "urgence-violences"},
		{"je m arrache les cheveux avec ce dossier de la CAF", ""},
		// A shelter that ends, and nothing after.
		{"le foyer dit que demain c'est fini pour nous, après on a rien, où aller avec les petits ?", "urgence-hebergement"},
		{"l'hôtel du 115 s'arrête demain matin, on n'a rien après", "urgence-hebergement"},
		{"la chambre d'hôtel c'est terminé lundi, après nous avons rien, ma femme est enceinte", "urgence-hebergement"},
		{"l'hébergement se termine demain, je n'ai rien d'autre, où dormir ?", "urgence-hebergement"},
		{"mon bail se termine demain et j'ai rien trouvé après, je peux demander le DALO ?", ""},
		{"l'hôtel des vacances c'est fini demain, on rentre à la maison, remboursement taxe de séjour ?", ""},
	} {
		checkEmergency(t, m, c.q, c.want)
	}
}

// TestOnCallCareIsPlain: a doctor, a chemist or a dentist on call asked
// for is answered by the medical entry without the alarm; told with a
// sign of the body, it is read as any message.
func TestOnCallCareIsPlain(t *testing.T) {
	m := catalogtest.Matcher(t)
	for _, q := range []string{"médecin de garde dimanche", "pharmacie de garde ce soir", "dentiste de garde dimanche", "médecin de garde la nuit", "pharmacie de garde"} {
		if r := m.Match(q); r.Emergency || r.Outcome != catalog.Answer || r.ID != "urgence-medicale" {
			t.Errorf("%q → %s %s (emergency %v), want the plain answer urgence-medicale", q, r.Outcome, r.ID, r.Emergency)
		}
	}
	if r := m.Match("il me faut un médecin de garde, mon fils a 40 de fièvre et respire mal"); !r.Emergency {
		t.Errorf("on-call care with a body in danger → %s %s, want an emergency", r.Outcome, r.ID)
	}
}

// TestPlainSenseLeavesRanking: ordinary paperwork phrases that borrow a
// word of danger (a threat of eviction, a benefit one « touches ») are no
// figure of speech: the ranking answers them. A figure alone gets nothing.
func TestPlainSenseLeavesRanking(t *testing.T) {
	m := catalogtest.Matcher(t)
	for _, q := range []string{"menace d'expulsion", "menacé d'expulsion", "combien je vais toucher au chomage", "combien je touche au rsa", "combien je vais toucher d'apl", "mon voisin me menace de porter plainte pour le bruit"} {
		r := m.Match(q)
		if r.Emergency || len(r.Candidates) == 0 || strings.HasPrefix(r.ID, "urgence-") {
			t.Errorf("%q → %s %s %v, want an ordinary entry", q, r.Outcome, r.ID, r.Candidates)
		}
	}
	for _, q := range []string{"mort de rire", "je suis mort de fatigue ce soir"} {
		r := m.Match(q)
		if r.Outcome != catalog.Unknown || slices.ContainsFunc(r.Offered, func(id string) bool { return strings.HasPrefix(id, "urgence-") }) {
			t.Errorf("%q → %s %s %v, want unknown", q, r.Outcome, r.ID, r.Offered)
		}
	}
}

// TestSureReadingOutranksProcedure: a story opened by a procedure ranks
// that procedure first, or nothing; when its sentence of danger reads far
// above the reader's threshold (dangerSure), it is an emergency all the
// same, of the entry the reader reads. The procedure alone stays ordinary.
func TestSureReadingOutranksProcedure(t *testing.T) {
	m := catalogtest.Matcher(t)
	for _, c := range []struct{ q, want string }{
		{"Je viens pour renouveler ma carte vitale. Pour tout vous dire, j'ai mis de côté les cachets de ma mère et chaque soir je me dis que ce serait plus simple de ne plus me réveiller.", "urgence-detresse"},
		{"C'est pour la prime d'activité. En passant, mon grand-père est tombé dans le couloir ce matin, il respire fort et ne répond plus quand je lui parle.", "urgence-medicale"},
		{"Bonjour, une question sur la taxe foncière. Autre chose, ma fille de 8 ans a des marques de ceinture sur les cuisses et elle a peur de rentrer chez son père ce soir.", "urgence-enfance"},
	} {
		checkEmergency(t, m, c.q, c.want)
	}
	for _, q := range []string{"Je viens pour renouveler ma carte vitale.", "C'est pour la prime d'activité, je ne dors plus tellement j'attends.", "Une question sur la taxe foncière de ma mère qui est tombée l'an dernier."} {
		checkEmergency(t, m, q, "")
	}
}

// TestControlledWriterIsVictim: a partner's hold on the writer that is no
// blow (papers, money or phone kept, the writer waited for or watched, the
// children threatened) makes the writer the victim, children named or
// not; harm told as done to a child keeps the children's entry.
func TestControlledWriterIsVictim(t *testing.T) {
	m := catalogtest.Matcher(t)
	for _, c := range []struct{ q, want string }{
		{"Mon compagnon garde mon passeport et mes cartes, il surveille mes sorties, j'ai peur pour moi et mes deux petits.", "urgence-violences"},
		{"Mon ancien conjoint me guette sur le parking du travail et connaît ma nouvelle adresse, je suis seule avec mes enfants.", "urgence-violences"},
		{"My partner hides my ID card and my bank card, I live with our two kids and I am scared.", "urgence-violences"},
		{"Je suis cachée chez la voisine avec la petite, il cogne sur notre porte en hurlant.", "urgence-violences"},
		{"Il contrôle mon salaire et mes comptes, et menace de partir au pays avec les petits.", "urgence-violences"},
		{"Mon voisin garde la carte de sa fille et la frappe quand elle rentre tard, elle a 12 ans.", "urgence-enfance"},
		{"Le copain de ma mère m'a pris mon téléphone et me frappe, j'ai 13 ans.", "urgence-enfance"},
	} {
		checkEmergency(t, m, c.q, c.want)
	}
}

// TestOrdinaryFamiliesStayCalm: a film or a TV film told, an illness
// named since and a child back to play, a birth where all is well, an
// office that asks for a paper again, a landlord's plan a year ahead, a
// wait that bores one to death: no alarm. The same words beside a danger
// of now still alarm.
func TestOrdinaryFamiliesStayCalm(t *testing.T) {
	m := catalogtest.Matcher(t)
	for _, q := range []string{
		"Le généraliste a parlé d'une angine pour mon fils, le lendemain il gambadait déjà : l'arrêt pour enfant malade est payé ?",
		"Notre petit est né lundi, tout va bien pour la maman et le bébé : quels papiers pour la mairie ?",
		"Après sa fugue de l'automne, réglée depuis, mon ado rattrape ses cours : le lycée me redemande encore une attestation.",
		"Mes voisins regardent des films d'action à fond, on entend des coups de feu toute la soirée : qui contacter pour le bruit ?",
		"Dans un téléfilm on parlait d'un enfant maltraité, ça m'a fait réfléchir : la protection de l'enfance, c'est le département ?",
		"Congé pour reprise dans un an : mon bailleur peut-il me laisser à la rue à l'échéance ?",
		"la réunion de la copro, j'ai cru mourir d'ennui",
	} {
		checkEmergency(t, m, q, "")
	}
	for _, c := range []struct{ q, want string }{
		{"mon fils a fait une chute ce matin, le médecin l'a vu mais maintenant il vomit et il ne se réveille plus", "urgence-medicale"},
		{"mon mari va me tuer, il m'a frappée hier et il revient ce soir", "urgence-violences"},
		{"je travaille comme aide-soignante et mon mari m'a étranglée hier soir, j'ai peur de rentrer", "urgence-violences"},
	} {
		checkEmergency(t, m, c.q, c.want)
	}
}

// TestWorkAndSchoolAboutNumbers: a job sought at an emergency line, a
// school work about one, a volunteer's poster, an account deleted « to
// no longer exist » on a site: no alarm.
func TestWorkAndSchoolAboutNumbers(t *testing.T) {
	m := catalogtest.Matcher(t)
	for _, q := range []string{
		"quelles offres d'emploi au 3114 pour une psychologue ?",
		"on doit présenter le 119 pour un devoir de SES",
		"Un trabajo sobre el 115 para la escuela, ¿dónde encuentro las cifras?",
		"candidature spontanée pour être écoutant au 3919",
		"effacez mes données, je ne veux plus exister dans votre fichier client",
		"je postule comme veilleuse de nuit dans un centre d'hébergement d'urgence, il faut un diplôme ?",
	} {
		checkEmergency(t, m, q, "")
	}
	checkEmergency(t, m, "je postule partout mais mon mari me frappe tous les soirs, j'ai peur", "urgence-violences")
}

// TestForeignNowAndNight: today and tonight in the languages residents mix
// with French place a night with no roof now; a child gone from home is
// read in them too; an appointment today in them is no danger.
func TestForeignNowAndNight(t *testing.T) {
	m := catalogtest.Matcher(t)
	for _, c := range []struct{ q, want string }{
		{"Buenas noches, el dueño cambió la cerradura, mis cosas quedaron dentro, ¿dónde dormir esta noche con mi hijo?", "urgence-hebergement"},
		{"O abrigo está cheio e não tenho onde ficar esta noite com a minha bebé", "urgence-hebergement"},
		{"mon fils 14 ans pas revenu depuis hier soir, son téléphone est coupé", "urgence-enfance"},
		{"Mi sobrino de 12 años se fue de casa anoche y no contesta el teléfono", "urgence-enfance"},
	} {
		checkEmergency(t, m, c.q, c.want)
	}
	for _, q := range []string{
		"Hoy tengo cita para la CAF, ¿a qué hora abre ?",
		"Bugün randevum var, je viens pour la carte vitale",
		"mon fils n'est pas revenu depuis la rentrée à la cantine, il mange dehors, comment le désinscrire ?",
	} {
		checkEmergency(t, m, q, "")
	}
}

// TestNowBreaksTheErrand: an errand broken off by « parce que là », a
// work accident of five minutes ago, a widow's wish to join the one who
// died are dangers of now; a move to join the living, a mail of ten
// minutes ago, a site down are not.
func TestNowBreaksTheErrand(t *testing.T) {
	m := catalogtest.Matcher(t)
	for _, c := range []struct{ q, want string }{
		{"Je voulais demander un rendez-vous pour ma CSS, parce que là ma fille de 2 mois a 40 de fièvre et ne se réveille presque plus, il est 1h du matin.", "urgence-medicale"},
		{"Accident du travail : mon collègue est tombé de l'échafaudage il y a cinq minutes, il saigne de la tête et ne répond pas.", "urgence-medicale"},
		{"Veuf depuis l'été, je n'ai plus de goût à rien, j'ai tout mis en ordre et je veux rejoindre ma femme.", "urgence-detresse"},
		{"Mon mari est mort il y a un an, je veux aller le retrouver, je n'ai plus rien à faire ici.", "urgence-detresse"},
	} {
		checkEmergency(t, m, c.q, c.want)
	}
	for _, q := range []string{
		"Ma mère est veuve, elle va rejoindre mon frère en Bretagne, comment transférer sa pension ?",
		"Mon mari est décédé en mars, je vais retrouver ma fille à Lyon pour les fêtes, la CAF doit être prévenue ?",
		"Il y a dix minutes j'ai reçu un mail des impôts, c'est une arnaque ?",
		"je voulais payer ma cantine mais là le site est en panne",
	} {
		checkEmergency(t, m, q, "")
	}
}
