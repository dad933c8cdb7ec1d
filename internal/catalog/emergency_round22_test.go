package catalog_test

import (
	"strings"
	"testing"

	"pimmsbot/internal/catalog/catalogtest"
)

// TestEmergencyTwentySecondRound checks, in our own words, the families of
// residents in danger that the forty-third set showed missing (issue 19):
// a partner who reads the writer's messages or keeps their papers until
// they stay; a scald that takes the skin; an adult's « weird things » to a
// child with the order to say nothing; a relative fallen who answers
// badly; a baby crying behind a door no one opens, in SMS spelling; a
// teenager who cuts their arms; a rope bought; a child's fever with spots
// that do not fade; cuts told « encore » and « ça soulage »; a bridge and
// the water looked at; tonight with nothing after a shelter's « complet »;
// an old mother who whispers and hangs up when he comes; « il recommence »
// and « il rentre bientôt » alone; affairs put in order for children when
// « the parent is no longer there »; locked out by a flatmate; a parent
// who hurts a child who writes; and the ordinary messages that borrow
// their words.
func TestEmergencyTwentySecondRound(t *testing.T) {
	m := catalogtest.Matcher(t)
	for _, c := range []struct{ q, want string }{
		// Messages read and papers kept by a partner.
		{"je peux pas parler, il lit tous mes messages le soir", "urgence-violences"},
		{"jpeu pa telephoné il regarde tt mes sms", "urgence-violences"},
		{"il a cassé mon portable la dernière fois que j'ai appelé ma sœur", "urgence-violences"},
		{"mon copain garde mon passeport, il me le rendra pas si je le quitte", "urgence-violences"},
		{"il a pris ma carte vitale et mes papiers, il les rend que si je reste avec lui", "urgence-violences"},
		{"ma fille lit mes messages pour m'aider, je ne peux pas parler fort au téléphone, je suis sourde", ""},
		{"la mairie garde mon passeport jusqu'à la fin du renouvellement, c'est normal ?", ""},
		// A scald that takes the skin.
		{"mon fils a renversé la casserole d'eau bouillante sur son bras, la peau se décolle", "urgence-medicale"},
		{"mon mari s'est renversé l'huile bouillante sur la main, la peau part", "urgence-medicale"},
		{"jme sui renversé du thé bouillan sur la cuiss ca fai des cloques partout", "urgence-medicale"},
		{"j'ai renversé de l'eau bouillante sur mon clavier, la garantie marche ?", ""},
		{"ma peinture se décolle dans la salle de bain, le propriétaire doit payer ?", ""},
		// An adult's « weird things » to a child, and a secret.
		{"ma fille de 9 ans dit que l'animateur lui fait des trucs bizarres et qu'elle doit rien dire", "urgence-enfance"},
		{"mon fils de 7 an dit ke le voisin lui fé des chose bizar et lui a dit de pa le dir", "urgence-enfance"},
		{"le prof de mon fils fait des trucs bizarres avec les notes, il dit de rien dire aux parents avant le conseil", ""},
		// A relative fallen who answers badly.
		{"mon père est tombé dans la rue, il répond pas bien, il est diabétique", "urgence-medicale"},
		{"ma mère est tombée dans l'escalier et elle ne répond plus quand je lui parle", "urgence-medicale"},
		{"mon portefeuille est tombé dans la rue, quelqu'un l'a ramassé ?", ""},
		// A baby crying behind a door no one opens.
		{"un bb pleur depui hier soir chez la voisine person ouvre", "urgence-enfance"},
		{"le bébé d'à côté hurle depuis des heures et personne ne répond quand on sonne", "urgence-enfance"},
		{"le bébé de la voisine pleure depuis ce matin, il fait ses dents, elle m'a demandé conseil", ""},
		// A teenager who cuts their arms; cuts told again.
		{"mon fils de 15 ans s'est coupé les bras, il s'enferme, il ne mange plus", "urgence-detresse"},
		{"ma fille de 14 ans se taillade les bras et dit qu'elle veut mourir", "urgence-detresse"},
		{"jme suis encor ouvert le bras hier soir", "urgence-detresse"},
		{"je me coupe encore, ça me soulage même plus", "urgence-detresse"},
		{"mon fils s'est coupé le bras en tombant de vélo, il faut des points ?", ""},
		{"mon mari s'est coupé le bras avec la tronçonneuse, ça saigne beaucoup", "urgence-medicale"},
		{"j'ai enfin ouvert le courrier des impôts, ça me soulage", ""},
		// A rope bought; a bridge and the water.
		{"j'ai acheté une corde ce matin, je suis seul, je n'y arrive plus", "urgence-detresse"},
		{"jai acheté une corde hier, nu mai pot", "urgence-detresse"},
		{"j'ai acheté une corde pour le déménagement, la CAF aide pour les frais ?", ""},
		{"je suis sur le pont, je regarde l'eau, je sais pas pourquoi je vous écris", "urgence-detresse"},
		{"jsui sur le pon je regard leau depui 1h", "urgence-detresse"},
		{"je suis sur le pont du bateau pour les vacances, on regarde l'eau, c'est beau", ""},
		// A child's fever with spots that do not fade.
		{"mon fils a 40 de fièvre et des taches rouges qui ne partent pas quand j'appuie", "urgence-medicale"},
		{"mi hija tiene fiebre y manchas moradas en las piernas", "urgence-medicale"},
		{"ma fille a des petites taches rouges depuis la varicelle, c'est remboursé la crème ?", ""},
		// Tonight with nothing after a shelter's « complet ».
		{"j'ai rendez-vous au CCAS lundi pour la domiciliation, mais ce soir le foyer est complet et je n'ai nulle part", "urgence-hebergement"},
		{"le 115 dit complet, il est 22 h, je suis enceinte et dehors", "urgence-hebergement"},
		{"je cherche une domiciliation, le CCAS est complet jusqu'à lundi, c'est possible ailleurs ?", ""},
		// An old mother who whispers and hangs up when he comes.
		{"ma grand-mère chuchote au téléphone et raccroche dès que son mari arrive, elle avait un bleu à l'œil", "urgence-violences"},
		{"ma mère ne parle plus qu'à voix basse quand mon beau-père est là, hier elle avait l'œil gonflé", "urgence-violences"},
		{"ma mère a eu une piqûre de guêpe, elle a l'œil gonflé et chuchote à cause de sa gorge", ""},
		// A partner back, told alone.
		{"il recommence", "urgence-violences"},
		{"il recommence, je fais quoi ?", "urgence-violences"},
		{"il rentre dans 10 minutes aidez moi", "urgence-violences"},
		{"il recommence à pleuvoir, je fais quoi pour la fuite ?", ""},
		{"mon fils rentre bientôt de l'école, aidez-moi à remplir la demande de bourse", ""},
		// Affairs in order for the children when « the parent is no longer there ».
		{"si un parent n'est plus là, les enfants touchent quoi ? je veux que tout soit réglé avant dimanche", "urgence-detresse"},
		{"comment mes enfants toucheront l'assurance si je ne suis plus là ? il faut que ce soit en ordre avant vendredi", "urgence-detresse"},
		{"mon mari est décédé le mois dernier, la CAF continue de verser pour les enfants ?", ""},
		// Locked out by a flatmate.
		{"mon coloc a changé la serrure, je suis dehors avec mes sacs", "urgence-hebergement"},
		{"le proprio a changé le code de la porte et mes affaires sont dedans, je dors où ce soir ?", "urgence-hebergement"},
		{"le syndic a changé le code de la porte, comment je le récupère ?", ""},
		// A parent who hurts a child who writes.
		{"papa me fait mal", "urgence-enfance"},
		{"maman me fait du mal quand elle boit", "urgence-enfance"},
		{"mon dos me fait mal depuis hier, je peux avoir un arrêt ?", ""},
		{"ça me fait mal de voir papa malade, il a droit à l'APA ?", ""},
	} {
		checkEmergency(t, m, c.q, c.want)
	}
}

// TestEmergencyTwentySecondRoundEntry checks which emergency answers: a
// child's word in Turkish, children beaten at the other parent's, a
// teenager's farewell note, a flatmate who hands over his affairs, a
// child tied by a neighbour the writer fears, a wife shut in with the
// baby.
func TestEmergencyTwentySecondRoundEntry(t *testing.T) {
	m := catalogtest.Matcher(t)
	for _, c := range []struct{ q, want string }{
		{"11 yaşındayım, abim beni dövüyor, il me tape tous les soirs", "urgence-enfance"},
		{"mon ex a la garde des jumeaux et son compagnon les frappe, ils m'appellent en pleurant", "urgence-enfance"},
		{"les petits sont chez leur mère, son nouveau mec les cogne, ils veulent que je vienne", "urgence-enfance"},
		{"mon ado de 16 ans a laissé une lettre « pardon, je vous aime » et elle ne rentre pas, son portable est coupé", "urgence-detresse"},
		{"mon colocataire ne sort plus de sa chambre, il m'a laissé ses codes et son chien, il ne répond plus", "urgence-detresse"},
		{"la voisine attache son petit à la chaise quand elle part, il pleure toute la journée, j'ai peur d'elle", "urgence-enfance"},
		{"mon mari m'enferme à clé avec le bébé quand il part travailler, je n'ai pas de clé", "urgence-violences"},
	} {
		checkEmergency(t, m, c.q, c.want)
	}
}

// TestEmergencyTwentySecondRoundCalm checks the ordinary messages the
// forty-third set alarmed on, by family: a number asked about in SMS
// spelling for a list of useful numbers; a danger repaired and its bill;
// a partner who « controls all » on his spreadsheet; a job applied for or
// a thesis about violence; and residents in danger told in the same words.
func TestEmergencyTwentySecondRoundCalm(t *testing.T) {
	m := catalogtest.Matcher(t)
	for _, c := range []struct{ q, want string }{
		{"le 119 c gratui ? c pour la liste des num utiles de l'école", ""},
		{"jdoi noté les numeros util pour la fiche de lassos, le 3919 c payan ?", ""},
		{"le 3114 c gratuit ? je pense à mourir ce soir", "urgence-detresse"},
		{"une fuite de gaz hier, GRDF est passé, c'est réparé, qui paie le plombier ?", ""},
		{"le détecteur de fumée a sonné, les pompiers ont vérifié, tout est réparé, la facture du serrurier c'est pour qui ?", ""},
		{"ça sent le gaz dans tout l'immeuble, ma voisine ne répond pas", "urgence-medicale"},
		{"mon copain contrôle tout sur son fichier Excel, moi je voudrais faire le budget aussi, vous avez un atelier ?", ""},
		{"mon mari contrôle tout, il prend mon salaire et je n'ai pas le droit de sortir", "urgence-violences"},
		{"je postule comme intervenante dans un centre pour femmes victimes de violences, vous pouvez relire mon CV ?", ""},
		{"j'ai un entretien d'embauche au 3919 la semaine prochaine, vous avez des conseils ?", ""},
		{"mon frère fait un mémoire sur les violences faites aux enfants, il cherche des statistics du 119", ""},
		{"je candidate pour un poste à l'ASE, mais là mon mari me frappe et je suis enfermée", "urgence-violences"},
	} {
		checkEmergency(t, m, c.q, c.want)
	}
}

// TestEmergencyOverdoseFirstMedical checks that an overdose taken now is
// answered by the medical entry (the 15 or the 112 first), even with a
// wish to die told, and that pills set out and looked at stay distress.
func TestEmergencyOverdoseFirstMedical(t *testing.T) {
	m := catalogtest.Matcher(t)
	for _, c := range []struct{ q, want string }{
		{"j'ai pris toutes mes boîtes de médicaments", "urgence-medicale"},
		{"je viens d'avaler deux boîtes de somnifères, je veux dormir pour toujours", "urgence-medicale"},
		{"il a avalé toutes les plaquettes de sa mère il y a une heure", "urgence-medicale"},
		{"j'ai sorti toutes mes boîtes de médicaments sur la table et je les regarde", "urgence-detresse"},
	} {
		checkEmergency(t, m, c.q, c.want)
	}
}

// TestEmergencyAnswersPupilsAndOverdose checks what the answers say: the
// children's entry names the 3018 for violence and harassment between
// pupils, and the medical entry, which answers an overdose taken now,
// gives the 15 or the 112 before the 3114.
func TestEmergencyAnswersPupilsAndOverdose(t *testing.T) {
	c := catalogtest.FAQ(t)
	answer := func(id string) string {
		for _, e := range c.Entries {
			if e.ID == id {
				return e.Answer
			}
		}
		t.Fatalf("no entry %s", id)
		return ""
	}
	if a := answer("urgence-enfance"); !strings.Contains(a, "3018") {
		t.Errorf("urgence-enfance does not name the 3018:\n%s", a)
	}
	a := answer("urgence-medicale")
	i15, i3114 := strings.Index(a, "**15**"), strings.Index(a, "3114")
	if i15 < 0 || i3114 < 0 || i3114 < i15 {
		t.Errorf("urgence-medicale must give the 15 before the 3114:\n%s", a)
	}
}

// TestEmergencyTwentySecondRoundProbe holds a probe of our own, written
// after the set's fixes to see whether the families generalise: the same
// dangers told another way, and ordinary lines made to trip the new
// families (a husband who reads the CAF's messages for a writer who does
// not read French, an office that keeps a residence card, a rope to skip,
// a child strapped in a car seat, a note « désolé, je dors chez Karim »,
// a cat kept during the holidays, boxes of pills taken at the chemist's).
func TestEmergencyTwentySecondRoundProbe(t *testing.T) {
	m := catalogtest.Matcher(t)
	for _, c := range []struct{ q, want string }{
		{"g pa le droit de tel, il lit tt mes msg, jpeu pa parler", "urgence-violences"},
		{"ma copine m'a cassé mon portable quand j'ai appelé mon frère, elle surveille tout", "urgence-violences"},
		{"il garde ma carte de séjour et dit qu'il me la rend que si je reviens vivre chez lui", "urgence-violences"},
		{"mon petit s'est ébouillanté avec la bouilloire, sa peau part en lambeaux", "urgence-medicale"},
		{"la voisine a renversé la friteuse, la peau de son bras se décolle, elle hurle", "urgence-medicale"},
		{"le moniteur de judo fait des choses bizarres à mon fils de 10 ans et lui a dit que c'était un secret", "urgence-enfance"},
		{"un bébé pleure depuis 3 heures au 2e, la porte est fermée et ça répond pas", "urgence-enfance"},
		{"mon ado se scarifie les bras tous les soirs, elle dit qu'elle veut disparaître", "urgence-detresse"},
		{"jme coupe encore les poignets, sa me soulage", "urgence-detresse"},
		{"j'ai pris la corde du garage, je suis tout seul, pardon", "urgence-detresse"},
		{"assis sur le parapet du pont depuis une heure, je regarde l'eau", "urgence-detresse"},
		{"bébé 8 mois fièvre 39,5 et petites taches violettes sur le ventre", "urgence-medicale"},
		{"my son has a high fever and purple spots that don't fade", "urgence-medicale"},
		{"le foyer dit qu'il n'y a plus de place, ce soir je suis dehors avec ma valise", "urgence-hebergement"},
		{"ma tante parle tout bas au téléphone quand son mari est à côté, elle a un bleu sur le bras", "urgence-violences"},
		{"mon ex revient dans 5 min aidez moi", "urgence-violences"},
		{"il est en bas, je fais quoi", "urgence-violences"},
		{"si je ne suis plus là, mes filles auront droit à quoi ? je veux que tout soit en ordre d'ici samedi", "urgence-detresse"},
		{"mon hébergeur a changé les serrures pendant que j'étais au travail, je suis sur le palier", "urgence-hebergement"},
		{"mon beau-père me fait mal", "urgence-enfance"},
		{"la nounou attache le petit à sa chaise haute toute la journée", "urgence-enfance"},
		{"meu marido tranca a porta quando sai, fico trancada em casa o dia todo", "urgence-violences"},
		{"ma fille de 13 ans a laissé un message « pardon pour tout, je vous aime » et ne répond plus", "urgence-detresse"},
		{"mon voisin m'a confié son chien et ses clés, il ne sort plus de chez lui depuis 3 jours", "urgence-detresse"},
		{"on est assis sur nos valises devant la résidence, le bailleur a repris l'appartement, on dort où ?", "urgence-hebergement"},
		{"ma femme a avalé toute la plaquette de somnifères, elle dit qu'elle veut mourir", "urgence-medicale"},
		{"ma fille a été frappée à l'école par un camarade", "urgence-enfance"},
		{"mon mari lit tous mes messages de la CAF parce que je ne lis pas le français, je ne peux pas parler au téléphone avec eux, il peut m'aider ?", ""},
		{"j'ai cassé mon téléphone quand j'ai appelé ma mère, il est tombé, l'assurance marche ?", ""},
		{"la préfecture garde mon titre de séjour, elle me le rend que si je reviens avec un justificatif", ""},
		{"j'ai renversé mon café bouillant sur mon jean, la peinture de la table part aussi", ""},
		{"au centre aéré ils font des trucs bizarres avec les enfants, il faut rien dire aux parents, c'est une surprise", ""},
		{"j'ai acheté une corde à sauter pour ma fille, toute seule elle s'ennuie", ""},
		{"nous sommes sur le pont d'Avignon, on regarde l'eau, c'est magnifique, vous avez les horaires du bus ?", ""},
		{"ma fille a eu de la fièvre et des taches rouges, c'était la roséole, le pédiatre l'a vue hier, c'est remboursé ?", ""},
		{"le foyer de jeunes travailleurs est complet, ce soir je reste chez mes parents, vous connaissez d'autres foyers ?", ""},
		{"ma mère chuchote au téléphone parce que mon père dort, elle a un bleu au bras depuis sa chute", ""},
		{"il recommence ses caprices tous les soirs, je fais quoi ?", ""},
		{"mon fils rentre dans 10 minutes, je dois partir, aidez moi à finir le formulaire", ""},
		{"si je ne suis plus là au mois d'août, je pars en Espagne, les APL continuent ? je voudrais que ce soit réglé avant lundi", ""},
		{"le bailleur a changé le code de la porte du local vélos, où est-ce que je range mon vélo ?", ""},
		{"la crèche attache les enfants dans les poussettes pour la sortie, c'est autorisé ?", ""},
		{"o meu marido fecha a porta quando sai porque o bairro é perigoso, eu tenho a chave", ""},
		{"mon fils de 16 ans a laissé un mot « désolé, je dors chez Karim », il ne répond pas", ""},
		{"mon coloc m'a confié son chat pendant ses vacances, il ne répond pas à mes messages depuis hier, c'est normal ?", ""},
		{"j'ai pris toutes mes boîtes de médicaments à la pharmacie, la mutuelle rembourse ?", ""},
	} {
		checkEmergency(t, m, c.q, c.want)
	}
}

// TestEmergencyTwentySecondRoundThirdProbe holds a third probe of our own
// (20 in danger, 15 ordinary), written after the fixes above and scored
// before its own: 19 of 20 answered and 3 false alarms (main: 19 and 2).
// A rope shown with « bientôt la paix » (meansPostedPeace) and a note
// that only says sorry were then fixed. Left out: « ma voisine m'a
// raconté que son mari la frappait avant, maintenant ils sont divorcés »
// still alarms, as on main (a disclosure told in the imperfect), and
// « papa me fait mal rire », which is no French.
func TestEmergencyTwentySecondRoundThirdProbe(t *testing.T) {
	m := catalogtest.Matcher(t)
	for _, c := range []struct{ q, want string }{
		{"mon mari m'a poussée dans l'escalier tout à l'heure, j'ai mal au dos et il dit que si j'appelle quelqu'un il recommence", "urgence-violences"},
		{"jsui enfermé ds la salle de bain il tap sur la porte", "urgence-violences"},
		{"mon copain m'empêche de voir ma famille, il prend mon salaire et il dit que je suis folle", "urgence-violences"},
		{"my husband took my passport and says he will send me back if I talk to anyone", "urgence-violences"},
		{"on dort dans la voiture avec les deux petits depuis lundi, il fait 2 degrés", "urgence-hebergement"},
		{"l'hôtel du 115 c'est fini ce matin, on est devant la gare avec les valises", "urgence-hebergement"},
		{"ma logeuse a jeté mes affaires dehors, il est 21h, j'ai nulle part", "urgence-hebergement"},
		{"je ne vois plus l'intérêt de rien, j'ai écrit à chacun de mes enfants, demain ce sera fini", "urgence-detresse"},
		{"ma mère a 80 ans, elle m'a dit qu'elle avait mis de côté ses cachets et qu'elle était fatiguée de tout", "urgence-detresse"},
		{"jveu plus me réveillé demain", "urgence-detresse"},
		{"mon frère a posté une photo d'une corde avec écrit « bientôt la paix »", "urgence-detresse"},
		{"ma nièce de 6 ans a des brûlures de cigarette sur les bras, sa mère dit qu'elle s'est brûlée toute seule", "urgence-enfance"},
		{"les enfants du 3e sont seuls depuis deux jours, le plus grand a 8 ans, ils ont faim", "urgence-enfance"},
		{"mon fils de 14 ans reçoit des messages d'un adulte qui lui demande des photos nues", "urgence-enfance"},
		{"j'ai 13 ans et mon beau-père rentre dans ma chambre la nuit", "urgence-enfance"},
		{"mon père respire très fort et ne répond plus, ses lèvres sont grises", "urgence-medicale"},
		{"ma fille a mangé des cacahuètes, elle gonfle et elle a du mal à respirer", "urgence-medicale"},
		{"mi abuela se cayó en el baño y no se levanta, sangra de la cabeza", "urgence-medicale"},
		{"mon mari parle bizarre d'un coup, sa bouche tombe d'un côté", "urgence-medicale"},
		{"le petit a avalé une pile bouton il y a 10 minutes", "urgence-medicale"},
		{"mon fils joue à un jeu où il faut tuer des zombies toute la nuit, c'est grave ?", ""},
		{"je suis à la rue niveau papiers, qui peut m'aider pour la déclaration ?", ""},
		{"le 115 c'est pour les sans-abri seulement ou aussi pour les familles ?", ""},
		{"mon mari lit mes mails pro parce qu'il m'aide pour mon entreprise, je peux lui donner une procuration ?", ""},
		{"je me suis brûlé la main avec le fer à repasser la semaine dernière, c'est guéri, je dois déclarer à l'assurance ?", ""},
		{"ma fille de 15 ans a laissé un mot « je dors chez Léa, pardon j'ai oublié de te dire », je peux la gronder ?", ""},
		{"mon chat ne répond plus à son nom depuis qu'il est vieux, le véto dit qu'il est sourd", ""},
		{"le foyer de mon fils est complet pour les vacances de Noël, il rentre chez nous ce soir", ""},
		{"j'ai acheté une corde et des piquets pour la tente, on part camper ce week-end", ""},
		{"mon père est tombé l'an dernier, il a une téléassistance maintenant, c'est remboursé ?", ""},
		{"je travaille de nuit, je dors le jour, le bébé de la voisine pleure depuis ce matin et ça m'empêche de dormir", ""},
		{"mon coloc a changé le code wifi et je ne peux plus travailler, il a le droit ?", ""},
		{"ma mère a rangé tous ses papiers et écrit son testament chez le notaire, elle a 90 ans, c'est normal de payer des frais ?", ""},
	} {
		checkEmergency(t, m, c.q, c.want)
	}
}

// TestEmergencyTwentySecondRoundSMSProbe holds a fourth probe of our own,
// in SMS spelling and learners' French (20 in danger, 10 ordinary),
// scored before its fixes: 17 of 20 answered and 1 false alarm, as on
// main. « dorm in mașina » (Romanian, one sleeper), « g tt preparé pr ce
// soir, merci pr tt » (readyTonightThanks), « caiu da janela, não se
// mexe » (foreignFallStill) and « dehors avec le chien » (an everyday
// sense) were then fixed, with their look-alikes at the end.
func TestEmergencyTwentySecondRoundSMSProbe(t *testing.T) {
	m := catalogtest.Matcher(t)
	for _, c := range []struct{ q, want string }{
		{"mon mec ma frapé ce soir jai du san o nez", "urgence-violences"},
		{"il veu pa ke je sorte il a pri mes clé", "urgence-violences"},
		{"il di kil va me tué si jpar", "urgence-violences"},
		{"moi femme, mari frappe moi tous les jours, pas papiers, aide", "urgence-violences"},
		{"jsui a la gar avec mon bb on a nul par ou dormir", "urgence-hebergement"},
		{"proprio ma mi dehor ojd avec mes enfan", "urgence-hebergement"},
		{"dorm in masina cu copiii, frig, ajutor", "urgence-hebergement"},
		{"jen pe plu jve en finir ce soir", "urgence-detresse"},
		{"g tt preparé pr ce soir, merci pr tt", "urgence-detresse"},
		{"ma soeur a di kel voulai mourir et el repon plu", "urgence-detresse"},
		{"I don't want to live anymore, I have the pills in my hand", "urgence-detresse"},
		{"le voisin tape son gamin tt les soir on entend les cri", "urgence-enfance"},
		{"jai 12 an mon pere me frap avec la ceinture", "urgence-enfance"},
		{"une petite fille seul dans la ru a 23h elle pleur elle trouve pa sa maman", "urgence-enfance"},
		{"mon fils 4 an a bu du produi vaisselle il vomi", "urgence-medicale"},
		{"ma mere respir pa bien el é toute bleu", "urgence-medicale"},
		{"mon pere é tombé il bouge plu il parle pa", "urgence-medicale"},
		{"my baby is not breathing well and very hot, what number", "urgence-medicale"},
		{"meu filho caiu da janela do segundo andar, não se mexe", "urgence-medicale"},
		{"ma femme enceinte 7 mois el saigne bcp", "urgence-medicale"},
		{"jsui mort de rire avec ton msg", ""},
		{"g perdu ma carte vital ds la ru, koi faire", ""},
		{"mon fils a tapé son frère pour un jouet, normal a 4 an ?", ""},
		{"le 115 c koi exactement ? c pour qui ?", ""},
		{"jveu changé de logement le mien é tro petit on é 5", ""},
		{"la caf ma tué avec leur indu de 3000e", ""},
		{"mon bb pleur la nuit il fai ses dents c normal ?", ""},
		{"jai bu trop de café jpeu pa dormir lol", ""},
		{"mon mari é parti en voyage il rentre bientot, aidez moi pour la declaration", ""},
		{"jsui dehor avec le chien je vous rapel apré", ""},
		{"tout est prêt pour ce soir, merci pour tout, à ce soir !", ""},
		{"je suis dehors avec le chien et mes deux enfants, le propriétaire nous a mis à la porte ce matin", "urgence-hebergement"},
		{"mi hijo se cayó jugando pero ya se mueve y se ríe, necesito un certificado para la escuela", ""},
	} {
		checkEmergency(t, m, c.q, c.want)
	}
}
