package catalog_test

import (
	"testing"

	"pimmsbot/internal/catalog/catalogtest"
)

// TestEmergencyTwentyFirstRound checks, in our own words, the families of
// residents in danger that distress39 and distress40 showed missing: a
// partner who controls the mail, the phone, the papers and the spending;
// an ex who follows and waits; a writer who cannot speak with him in the
// next room or hides at a neighbour's; a shelter, a social hotel or a
// host's room that ends tonight; farewells told as a night that ends all,
// a life too heavy, « personne ne remarquera », love passed on in the
// past tense; children alone in a car or on a landing, terrified of a
// parent, hurt at a parent's, visited at night; a baby burning with fever
// at night, chest pain with sweats, a sudden headache, a pregnant woman
// who bleeds or fell, a fall that leaves a limb swollen; and the ordinary
// messages that borrow their words.
func TestEmergencyTwentyFirstRound(t *testing.T) {
	m := catalogtest.Matcher(t)
	for _, c := range []struct{ q, want string }{
		// Control of mail, phone, papers and spending.
		{"mon mari ouvre toutes mes lettres et il hurle dès que j'achète quelque chose pour moi", "urgence-violences"},
		{"Comment recevoir mon courrier à une autre adresse sans que mon compagnon le sache ? il lit tout mon courrier", "urgence-violences"},
		{"mon mec fouille tout mon portable et il m'a confisqué mes papiers, je sais plus quoi faire", "urgence-violences"},
		{"ma copine regarde tout mon tel et elle m'a pris mon passeport", "urgence-violences"},
		{"mon mari ouvre mon courrier de la CAF quand je suis au travail, il peut faire la déclaration à ma place ?", ""},
		{"mon copain a pris mes papiers pour les scanner, comment je les envoie à la CAF ?", ""},
		{"ma fille regarde tout mon téléphone pour m'aider avec les applis, c'est pratique", ""},
		// Followed and waited for by an ex.
		{"mon ex m'a suivie en voiture jusqu'au travail et il m'envoie des photos de mon immeuble", "urgence-violences"},
		{"mn ex attend en bas de chez moi tous les soirs dans sa voiture", "urgence-violences"},
		{"J'ai déménagé, mon ex ne doit pas connaître ma nouvelle adresse, il m'a déjà suivie à pied depuis la gare. Les impôts peuvent la lui donner ?", "urgence-violences"},
		{"mon ex m'a suivie sur Instagram, je peux le bloquer ?", ""},
		{"mon ex m'a suivi dans la procédure de divorce, c'est quoi la suite pour la pension ?", ""},
		// Cannot speak, hiding.
		{"je peux pas parler il est juste à côté, comment avoir de l'aide sans appeler", "urgence-violences"},
		{"j'écris parce que je ne peux pas téléphoner, il est dans la chambre à côté, aidez-moi sans appeler", "urgence-violences"},
		{"réfugiée chez ma voisine", "urgence-violences"},
		{"je suis sourde et je ne peux pas parler au téléphone, comment avoir de l'aide de la CAF sans appeler ?", ""},
		{"je ne peux pas parler fort, le bébé dort dans la pièce à côté, je voulais un rendez-vous", ""},
		{"cachée chez la voisine pour la fête surprise de mon mari", ""},
		// A shelter, a social hotel or a host's room that ends tonight.
		{"le foyer m'a dit de partir aujourd'hui, fin du contrat, j'ai juste mon sac et c'est tout", "urgence-hebergement"},
		{"l'hôtel où le 115 nous avait mis nous demande de rendre la chambre ce soir, on a deux enfants", "urgence-hebergement"},
		{"fin de la prise en charge à l'hôtel social aujourd'hui, ils ont repris la chambre, il est 19 h", "urgence-hebergement"},
		{"mon cousin qui me logeait m'a dit de partir, ce soir je sais pas où je vais dormir", "urgence-hebergement"},
		{"où est-ce que je peux dormir cette nuit, je suis assis sur un banc au parc", "urgence-hebergement"},
		{"Hello, we have no place for tonight with my little girl, which number please?", "urgence-hebergement"},
		{"no tengo dónde dormir esta noche con mis hijos", "urgence-hebergement"},
		{"l'hôtel nous demande de libérer la chambre à 11 h, on peut laisser les valises à l'accueil ?", ""},
		{"la prise en charge à l'hôtel s'est arrêtée l'an dernier, depuis j'ai un studio, je fais comment pour l'APL ?", ""},
		{"ma fille est éducatrice au foyer, ils lui ont dit de partir plus tôt ce soir, elle a droit à ses heures ?", ""},
		// Farewells.
		{"j'en ai marre de cette vie, pardonnez-moi, cette nuit je termine tout", "urgence-detresse"},
		{"je lâche tout, la vie est trop lourde pour moi", "urgence-detresse"},
		{"personne ne remarquera si je suis plus là", "urgence-detresse"},
		{"vous direz à ma fille que je l'aimais", "urgence-detresse"},
		{"ma tante vit seule depuis son divorce, elle m'a donné les codes de ses comptes et m'a dit « comme ça ce sera réglé », sa voix était vide", "urgence-detresse"},
		{"mon voisin veuf m'a laissé ses clés et l'adresse de son notaire, il a dit qu'il n'aura plus besoin de rien", "urgence-detresse"},
		{"ma mère vit seule, elle m'a confié ses clés pour arroser les plantes pendant ses vacances", ""},
		{"mon père est veuf, il m'a donné ses papiers pour la déclaration d'impôts, comment je fais en ligne ?", ""},
		{"si je m'endors ce soir et que je ne me réveille pas, tant mieux", "urgence-detresse"},
		{"mon frère m'a écrit « merci pour tout, prends soin des enfants » à 2 h du matin, depuis il ne répond plus, ce n'est pas son genre", "urgence-detresse"},
		{"ce soir je termine tout le dossier CAF et demain je l'envoie", ""},
		{"si je m'endors et que je ne me réveille pas à l'heure, je rate le rendez-vous à la préfecture", ""},
		{"ma collègue part à la retraite, elle m'a envoyé « merci pour tout, prends soin de toi », c'est gentil", ""},
		{"vous direz à ma fille que je l'aime, je rentre à 18 h", ""},
		// Children alone, terrified, hurt at a parent's, visited at night.
		{"deux petits enfermés dans une voiture au parking depuis une heure, vitres fermées, il fait chaud", "urgence-enfance"},
		{"la voisine a laissé son bébé seul dans la voiture depuis 40 minutes, il pleure", "urgence-enfance"},
		{"un petit de 4 ans est seul sur le palier depuis des heures, il pleure, personne chez lui", "urgence-enfance"},
		{"mon fils est terrorisé par son beau-père", "urgence-enfance"},
		{"ma fille de 7 ans revient de chez son père avec des bleus et elle refuse de dire ce qui s'est passé", "urgence-enfance"},
		{"ma nièce de 12 ans dit que son beau-père vient dans son lit la nuit, elle pleure tout le temps", "urgence-enfance"},
		{"je laisse mon fils dans la voiture deux minutes le temps d'acheter le pain, c'est interdit ?", ""},
		{"ma fille de 8 ans est revenue de chez son père avec une dent cassée, elle est tombée au parc, l'assurance scolaire rembourse ?", ""},
		{"ma fille est terrorisée par le dentiste, il existe un cabinet spécialisé ?", ""},
		{"ma fille de 12 ans, son oncle vient la nuit de Noël, il faut une autorisation de sortie du territoire ?", ""},
		// The body.
		{"bébé brûlant de fièvre 2h du matin", "urgence-medicale"},
		{"mon petit est tout chaud depuis ce soir, il tremble et il vomit", "urgence-medicale"},
		{"douleur poitrine et sueurs froides", "urgence-medicale"},
		{"mal de tête horrible d'un coup, comme un coup de tonnerre, et je vomis", "urgence-medicale"},
		{"ma femme est enceinte de 6 mois, elle saigne et elle a mal au ventre", "urgence-medicale"},
		{"my wife is pregnant, she fell down the stairs and has pain in her belly", "urgence-medicale"},
		{"ma grand-mère est tombée ce matin, sa jambe est toute gonflée et elle crie quand on la touche", "urgence-medicale"},
		{"mi padre se cayó y no puede mover el brazo", "urgence-medicale"},
		{"je suis enceinte de 3 mois, j'ai mal au ventre parfois, l'échographie est remboursée ?", ""},
		{"mon fils a eu de la fièvre la semaine dernière, le médecin a dit otite, je peux avoir un arrêt enfant malade ?", ""},
		{"ma mère est tombée l'an dernier, sa hanche gonfle parfois, elle a droit à l'APA ?", ""},
	} {
		checkEmergency(t, m, c.q, c.want)
	}
}

// TestEmergencyTwentyFirstRoundCalm checks the ordinary messages of the
// families distress39 and distress40 alarmed on, in our own words: an
// illness placed in a past month, breath lost to paperwork, someone back
// home and well, a procedure to start again, a scare that ended well, a
// school work or a training about a number or a danger, English figures
// and volunteers, a door broken by the firemen; and the residents in
// danger they must not silence.
func TestEmergencyTwentyFirstRoundCalm(t *testing.T) {
	m := catalogtest.Matcher(t)
	for _, c := range []struct{ q, want string }{
		{"ma mère a fait un AVC en mars, elle est en invalidité maintenant, comment se passe sa pension ?", ""},
		{"mon mari a eu un infarctus en octobre, il est reconnu travailleur handicapé, il a droit à quoi ?", ""},
		{"j'étouffe tellement j'ai de dossiers à remplir pour la CAF", ""},
		{"je peux plus respirer tellement il y a de factures ce mois-ci", ""},
		{"je peux plus respirer, j'ai les lèvres bleues", "urgence-medicale"},
		{"mon voisin est parti à l'hôpital hier pour une chute, il est rentré ce matin et va bien, je peux récupérer son colis ?", ""},
		{"En 2018 j'ai dormi des mois dans ma voiture. Aujourd'hui ça va, mais je dois tout recommencer pour ma demande HLM ?", ""},
		{"avant-hier mon fils a fait une crise d'asthme au stade, le SAMU est venu et tout s'est bien terminé, le club doit déclarer ?", ""},
		{"le 119, exposé classe de CM2", ""},
		{"formation harcèlement pour les agents d'accueil", ""},
		{"formation violences faites aux femmes pour nos bénévoles", ""},
		{"I'm killing myself over this CAF form, three hours already", ""},
		{"this website is killing me, I can't upload my passport", ""},
		{"I want to kill myself tonight", "urgence-detresse"},
		{"mi hija tiene que hacer un trabajo para la escuela sobre el 3919, ¿hay folletos?", ""},
		{"I used to work in a homeless shelter in Dublin, how can I volunteer with the 115 here?", ""},
		{"la police a cassé ma porte en se trompant d'appartement, qui paie la réparation ?", ""},
		{"il a cassé ma porte et il me frappe, venez vite", "urgence-violences"},
		{"je suis tombée dans l'escalier au travail mardi, le médecin a dit foulure, mon patron doit faire la déclaration ?", ""},
	} {
		checkEmergency(t, m, c.q, c.want)
	}
}

// TestEmergencyTwentyFirstRoundEntry checks, in our own words, which
// emergency the families of the second half of the round bring, and the
// ordinary messages beside them: a child beaten with a thing or hurt and
// said to have fallen (the 119 even when it bleeds), a child chased out
// by a parent sleeping in a stairwell (the 119, not the 115), a bruised
// face hidden or spoken for, a product swallowed, a burn told in
// Portuguese or Spanish, a door seen locked from outside or a knock no
// one answers (no violence), a door broken by the firemen, a home taken
// back tonight, a bed promised by someone who no longer answers, a
// burglary with no one hurt.
func TestEmergencyTwentyFirstRoundEntry(t *testing.T) {
	m := catalogtest.Matcher(t)
	for _, c := range []struct{ q, want string }{
		{"le voisin frappe son fils avec une ceinture tous les soirs, le petit saigne du dos", "urgence-enfance"},
		{"ma cousine chicote ses enfants, la petite a 5 ans", "urgence-enfance"},
		{"le petit que je garde a des bleus sur les jambes, le papa dit qu'il est tombé, il a 3 ans", "urgence-enfance"},
		{"il y a un petit garçon de 8 ans qui dort dans le local vélo, il dit que son père l'a mis dehors", "urgence-enfance"},
		{"ma sœur a le visage tout gonflé et elle me dit que c'est rien, son mari crie tout le temps", "urgence-violences"},
		{"ma fille de 30 ans met des lunettes de soleil en plein hiver et elle a l'œil noir, c'est lui qui répond à sa place", "urgence-violences"},
		{"mon fils de 3 ans a bu de la javel, il tousse beaucoup", "urgence-medicale"},
		{"minha filha queimou a mão no forno, la peau est partie", "urgence-medicale"},
		{"mon grand-père est par terre dans la cuisine, je le vois par la vitre, mais la porte est fermée à clé", "urgence-medicale"},
		{"ma voisine âgée ne répond plus, je l'entends gémir quand je frappe, ses volets sont fermés depuis trois jours", "urgence-medicale"},
		{"la propriétaire a récupéré l'appartement, ce soir je n'ai plus nulle part", "urgence-hebergement"},
		{"je devais dormir chez une amie mais elle ne répond plus, il est 23 h, je suis à la gare avec mes sacs", "urgence-hebergement"},
		{"je frappe ma pâte à pizza avec un rouleau, le petit de 4 ans adore m'aider", ""},
		{"la porte de la cave est fermée à clé et le syndic ne répond pas, comment récupérer mon vélo ?", ""},
		{"les pompiers ont forcé notre porte pour une fuite chez le voisin, l'assurance paie ?", ""},
		{"mon fils de 6 ans s'est brûlé la main au four la semaine dernière, c'est cicatrisé, la mutuelle rembourse la crème ?", ""},
		{"on lave le sol à l'eau de javel au travail, on a droit à des gants ?", ""},
		{"cambriolage cette nuit pendant notre sommeil, personne n'est blessé, comment déclarer le vol des papiers ?", ""},
	} {
		checkEmergency(t, m, c.q, c.want)
	}
}

// TestEmergencyTwentyFirstRoundProbe holds a probe of our own, written
// after the round's changes and scored before the last fixes (20 of 21
// in danger answered, 3 of 14 ordinary lines alarmed): other wordings of
// the same families, and ordinary lines made to trip them.
func TestEmergencyTwentyFirstRoundProbe(t *testing.T) {
	m := catalogtest.Matcher(t)
	for _, c := range []struct{ q, want string }{
		{"mon époux lit tous mes mails et il m'a repris ma carte vitale, je dois tout lui demander", "urgence-violences"},
		{"il garde mon passeport et il fouille mon portable tous les soirs, mon mari", "urgence-violences"},
		{"mon conjoint ouvre tout mon courrier, il ne doit surtout pas savoir que je vous écris", "urgence-violences"},
		{"depuis que je suis partie, mon ex me suit en scooter le soir après le travail", "urgence-violences"},
		{"mon ex rôde devant chez moi toutes les nuits, je n'ose plus sortir", "urgence-violences"},
		{"je chuchote, il dort dans le salon, je ne peux pas appeler, vous pouvez m'aider par écrit ?", "urgence-violences"},
		{"planquée dans la salle de bain", "urgence-violences"},
		{"le CHRS m'a dit de partir ce matin, fin de prise en charge, je ne sais pas où aller", "urgence-hebergement"},
		{"plus de nuitées d'hôtel à partir de ce soir, ils nous ont dit de rendre la chambre, on a trois enfants", "urgence-hebergement"},
		{"we have nowhere to sleep tonight, we are at the bus station", "urgence-hebergement"},
		{"não temos onde dormir esta noite, estamos na rua com o bebé", "urgence-hebergement"},
		{"ce soir je finis tout, pardon à ma famille", "urgence-detresse"},
		{"marre de ma vie, je laisse tomber tout", "urgence-detresse"},
		{"dites à mes parents que je les aimais", "urgence-detresse"},
		{"ma sœur m'a envoyé adieu à 3 h du matin et son téléphone est éteint, je m'inquiète", "urgence-detresse"},
		{"une petite de 3 ans est restée seule dans la voiture sur le parking du supermarché depuis 30 minutes", "urgence-enfance"},
		{"mon neveu de 6 ans a peur de rentrer, il est terrifié par son beau-père", "urgence-enfance"},
		{"le bébé est brûlant et ne boit plus rien", "urgence-medicale"},
		{"grosse douleur dans la poitrine, je transpire, j'ai mal au bras gauche", "urgence-medicale"},
		{"je suis enceinte de 8 mois et je perds du sang", "urgence-medicale"},
		{"mon fils a avalé du déboucheur, il vomit", "urgence-medicale"},
		{"mon mari lit mon courrier des impôts parce que je ne comprends pas le français, c'est autorisé ?", ""},
		{"mon ex m'a suivie sur LinkedIn, c'est du harcèlement ?", ""},
		{"je ne peux pas parler longtemps, je suis au travail, il me faut une attestation CAF", ""},
		{"cachée chez ma mère pour réviser mes examens, la CAF peut m'écrire là-bas ?", ""},
		{"nous partons en vacances, où peut-on passer la nuit pas cher près de la gare ?", ""},
		{"ce soir je termine tout mon ménage et demain je pars", ""},
		{"la vie est trop chère en ce moment, je laisse tomber les sorties", ""},
		{"ma fille a oublié son doudou dans la voiture depuis hier, elle pleure, c'est normal à 2 ans ?", ""},
		{"mon fils de 5 ans joue seul sur le balcon depuis une heure, il arrose les plantes", ""},
		{"mon bébé est tout chaud après le bain, c'est normal ?", ""},
		{"j'ai eu mal à la poitrine l'an dernier avec des sueurs, le cardiologue a dit que tout va bien, je dois refaire un bilan ?", ""},
		{"je suis enceinte et je suis tombée amoureuse du quartier, comment demander un HLM ici ?", ""},
	} {
		checkEmergency(t, m, c.q, c.want)
	}
}

// TestEmergencyTwentyFirstRoundSecondProbe holds a second probe of our
// own, scored before its fixes (23 of 25 in danger answered, 3 of 13
// ordinary lines alarmed, all three as on main): control, following,
// a neighbour's injuries, put out tonight, farewells, children and the
// body, in non-native French, English, Spanish and Portuguese.
func TestEmergencyTwentyFirstRoundSecondProbe(t *testing.T) {
	m := catalogtest.Matcher(t)
	for _, c := range []struct{ q, want string }{
		{"mon mari il prend tout mon salaire et il cache mes papiers, moi je peux rien acheter", "urgence-violences"},
		{"my husband takes all my money and my passport, I am scared of him", "urgence-violences"},
		{"mi marido me quita el dinero y el pasaporte, tengo miedo", "urgence-violences"},
		{"meu marido pega meu dinheiro e meus documentos, tenho medo dele", "urgence-violences"},
		{"je vous écris en cachette pendant qu'il dort, il contrôle mon téléphone", "urgence-violences"},
		{"un homme me suit depuis la sortie du métro, il est encore derrière moi", "urgence-violences"},
		{"ma voisine a des bleus partout sur les bras, j'entends son copain crier et taper la nuit", "urgence-violences"},
		{"la dame d'en face a un œil au beurre noir, elle dit qu'elle s'est cognée, mais je l'entends pleurer tous les soirs", "urgence-violences"},
		{"moi pas parler bien français, mari frappe moi, quoi faire", "urgence-violences"},
		{"le gérant de l'hôtel dit on doit partir ce soir, on a pas d'argent, deux enfants", "urgence-hebergement"},
		{"le 115 dit plus de place ce soir, je suis dehors avec ma fille de 4 ans", "urgence-hebergement"},
		{"my landlord put my things outside today, I have nowhere to go tonight", "urgence-hebergement"},
		{"el dueño nos echó hoy, dormimos en la calle esta noche", "urgence-hebergement"},
		{"moi dormir dehors ce soir, pas maison, froid", "urgence-hebergement"},
		{"I don't want to live anymore, I have pills ready", "urgence-detresse"},
		{"ya plus rien qui me retient ici, jvais en finir", "urgence-detresse"},
		{"no quiero vivir más, esta noche me voy a matar", "urgence-detresse"},
		{"j'ai donné mon chat et mes bijoux, j'ai tout rangé, demain je serai plus là", "urgence-detresse"},
		{"le petit d'à côté a des marques de ceinture sur les jambes, il a 7 ans, il m'a dit que c'est sa mère", "urgence-enfance"},
		{"my neighbour's kids, 3 and 5, are alone since yesterday, the mother is gone", "urgence-enfance"},
		{"j'ai 14 ans mon beau père me tape et je veux pas rentrer ce soir", "urgence-enfance"},
		{"mi hijo de 2 años tiene fiebre muy alta y convulsiona", "urgence-medicale"},
		{"mon père parle bizarre d'un coup et sa bouche tombe d'un côté", "urgence-medicale"},
		{"my son is not breathing well, his lips are blue", "urgence-medicale"},
		{"ma femme a fait un malaise, elle répond plus, elle respire bizarre", "urgence-medicale"},
		{"mon mari gère les comptes et garde la carte bleue, on a un compte joint, comment avoir une deuxième carte ?", ""},
		{"my husband keeps my passport in the safe at home, how do I renew it?", ""},
		{"le facteur me suit jusqu'à la porte pour la signature du recommandé, c'est normal ?", ""},
		{"ma voisine a des bleus aux jambes depuis sa chute à vélo, elle peut avoir une aide ménagère ?", ""},
		{"l'hôtel du congrès nous demande de partir ce soir plutôt que demain, on a droit à un remboursement ?", ""},
		{"my landlord wants us out in two months, what are my rights?", ""},
		{"je veux en finir avec ce dossier de retraite une bonne fois pour toutes", ""},
		{"j'ai donné mes vieux vêtements et rangé le garage, demain je déménage", ""},
		{"mon fils de 7 ans a des marques de ceinture de sécurité après l'accident de voiture d'hier, l'assurance couvre ?", ""},
		{"mi hijo tiene fiebre desde ayer, ¿cómo pido cita con el médico?", ""},
		{"mon père parle bizarre depuis des années à cause de son accent, il veut prendre des cours de français", ""},
		{"j'ai 14 ans, je veux faire un stage ce soir après l'école, il faut une autorisation ?", ""},
	} {
		checkEmergency(t, m, c.q, c.want)
	}
}

// TestEmergencyTwentyFirstRoundLookAlikes holds ordinary lines of our
// own made to trip the round's families, scored before their fixes (7
// of 20 alarmed, 6 of them as on main; the 5 left, each alarmed by an
// older signal or family, are in docs/answer-engine.md).
func TestEmergencyTwentyFirstRoundLookAlikes(t *testing.T) {
	m := catalogtest.Matcher(t)
	for _, q := range []string{
		"mon mari ouvre mes lettres parce que je ne lis pas bien, et il s'énerve quand je dépense trop en soldes, haha",
		"mon ex attend en bas de chez moi pour récupérer les enfants le samedi, comment déclarer la garde alternée à la CAF ?",
		"je ne peux pas parler, j'ai une extinction de voix, il est à côté de moi, mon mari, il peut appeler à ma place ?",
		"réfugiée chez ma sœur depuis l'inondation de mon appartement en 2021, je peux toucher l'APL chez elle ?",
		"le foyer de jeunes travailleurs m'a dit de partir à la fin du mois, comment faire une demande de logement social ?",
		"le gars qui me logeait m'a dit qu'il faut partir en mars, je sais pas où je vais aller, il faut s'inscrire où pour un HLM ?",
		"ce soir j'arrête tout : la cigarette, le sucre et les séries",
		"la vie est trop dure avec les prix qui montent, je lâche l'affaire pour le permis, c'est trop cher",
		"mon collègue m'a écrit « merci pour tout » pour son pot de départ, il ne répond plus car il est en vacances",
		"mon fils est terrorisé par son père Noël en peluche qui chante, c'est normal à 2 ans ?",
		"ma fille de 9 ans est rentrée de chez son père avec un bleu, elle est tombée au foot, on doit déclarer à l'assurance ?",
		"mon petit a de la fièvre depuis hier, il tremble un peu de froid, je peux le mettre à la crèche demain ?",
		"j'ai mal à la poitrine quand je tousse depuis mon covid, et des sueurs la nuit, le médecin dit que ça va passer",
		"je suis enceinte de 5 mois et je suis tombée sur une super nounou, c'est quoi l'aide de la CAF pour la garde ?",
		"ma mère est tombée il y a deux ans, son genou est un peu gonflé le soir, elle a droit au kiné remboursé ?",
	} {
		checkEmergency(t, m, q, "")
	}
}

// TestEmergencyTwentyFirstRoundThirdProbe holds a fourth probe of our
// own, in families the blind sets only brushed, scored before its fixes
// (16 of 23 in danger answered, 2 of 13 ordinary lines alarmed, as on
// main): money doled out, receipts checked, a password changed, a phone
// broken to isolate, a partner who geolocates, a shelter's winter
// period over, « personne pour loger », a stroke in Spanish, « disappear
// from this website ».
func TestEmergencyTwentyFirstRoundThirdProbe(t *testing.T) {
	m := catalogtest.Matcher(t)
	for _, c := range []struct{ q, want string }{
		{"mon compagnon me laisse 20 euros par semaine et vérifie tous mes tickets de caisse, il crie si je dépasse", "urgence-violences"},
		{"il a changé le mot de passe de mon compte bancaire et il garde ma carte, je n'ai plus accès à rien, mon mari", "urgence-violences"},
		{"mon copain a cassé mon téléphone pour que je ne parle à personne", "urgence-violences"},
		{"il me géolocalise en permanence et il débarque là où je suis, mon ex", "urgence-violences"},
		{"une voiture me suit tous les soirs depuis le travail, je crois que c'est mon ancien mari", "urgence-violences"},
		{"j'écris depuis les toilettes, il ne sait pas, il ne faut pas qu'il voie ce message", "urgence-violences"},
		{"ma collègue arrive souvent avec des marques sur les bras, elle a peur de rentrer chez elle", "urgence-violences"},
		{"le centre d'hébergement ferme ce soir pour nous, la période hivernale est finie, on est 5", "urgence-hebergement"},
		{"ce soir le 115 nous dit qu'il n'y a plus de chambre à l'hôtel, on est à la rue avec le bébé", "urgence-hebergement"},
		{"le propriétaire a changé la serrure pendant que j'étais au travail, mes affaires sont dedans, je dors où ce soir", "urgence-hebergement"},
		{"moi arrivé hier, personne pour loger, je reste à la gare, aidez", "urgence-hebergement"},
		{"estamos durmiendo en el coche con los niños desde hace tres noches", "urgence-hebergement"},
		{"j'ai préparé une lettre pour chacun de mes enfants, je suis fatiguée de me battre, ce soir c'est fini", "urgence-detresse"},
		{"i can't do this anymore, i want to disappear forever", "urgence-detresse"},
		{"já não aguento mais viver, quero morrer", "urgence-detresse"},
		{"mon frère a posté « adieu tout le monde » sur facebook à 1 h du matin et ne répond plus", "urgence-detresse"},
		{"deux enfants de 4 et 6 ans enfermés seuls dans l'appartement depuis hier, on les entend pleurer", "urgence-enfance"},
		{"mon élève de 10 ans a des brûlures de cigarette sur les bras, il dit que c'est rien", "urgence-enfance"},
		{"ma fille de 14 ans a un copain de 25 ans qui vient la chercher la nuit, elle ne rentre plus", "urgence-enfance"},
		{"my baby has 40 fever and is very sleepy, i can't wake him", "urgence-medicale"},
		{"mi abuela no puede hablar bien y tiene la cara torcida desde hace una hora", "urgence-medicale"},
		{"mon père est tombé de l'échelle, il saigne de la tête et il dit des choses bizarres", "urgence-medicale"},
		{"mon compagnon vérifie les tickets de caisse avec moi pour faire le budget du mois, on a une appli ?", ""},
		{"mon mari a changé le mot de passe de la box, comment je le récupère ?", ""},
		{"une voiture me suit sur l'appli covoiturage, comment annuler ?", ""},
		{"j'écris depuis les toilettes du PIMMS, il n'y a plus de papier", ""},
		{"ma voisine a le bras dans le plâtre depuis sa chute au ski, elle a droit à une aide ménagère ?", ""},
		{"le centre aéré ferme ce soir à 18 h, je peux récupérer mon fils à 18 h 30 ?", ""},
		{"le propriétaire a changé la serrure de la cave sans prévenir, il a le droit ?", ""},
		{"estamos durmiendo mal por el ruido de los vecinos, ¿a quién me quejo?", ""},
		{"i can't do this form anymore, i want to disappear from this website", ""},
		{"ma fille de 14 ans a un copain de son âge qui vient la chercher le samedi pour le cinéma", ""},
		{"my baby has 38 fever since yesterday, can I get a doctor appointment tomorrow?", ""},
		{"mon père est tombé de l'échelle l'an dernier, le médecin a dit fracture, il a eu des indemnités ?", ""},
	} {
		checkEmergency(t, m, c.q, c.want)
	}
}

// TestEmergencyTwentyFirstRoundSMS holds a fifth probe of our own, in
// SMS spelling and non-native French, scored before its fixes (10 of 12
// in danger answered, no ordinary line alarmed, as on main): « jpeu pa
// parlé il é a coté… en cachet », « g pri tt mes medocs ».
func TestEmergencyTwentyFirstRoundSMS(t *testing.T) {
	m := catalogtest.Matcher(t)
	for _, c := range []struct{ q, want string }{
		{"mon mari il prend mon argent tout, il regarde mon telefone, moi peur", "urgence-violences"},
		{"jpeu pa parlé il é a coté jvous ecri en cachet", "urgence-violences"},
		{"mon ex il me suit partou il é devan mon taf tt les jour", "urgence-violences"},
		{"le monsieur du foyer il dit toi partir ce soir, moi pas d'endroit", "urgence-hebergement"},
		{"hotel fini ojourdui assistante social répond pa, on dor ou", "urgence-hebergement"},
		{"jsui a la gare depui 2 jour jai nul part ou dormir", "urgence-hebergement"},
		{"jen pe plu de la vi jve parti pr de bon ce soir", "urgence-detresse"},
		{"g pri tt mes medocs ya 10 min", "urgence-medicale"},
		{"la voisine elle tape son petit tous les jours, il a 4 ans, il a des bleus partout", "urgence-enfance"},
		{"bébé respire pa bien il é tou bleu", "urgence-medicale"},
		{"ma mere é tombé ele bouge plu", "urgence-medicale"},
		{"voisine visage gonflé, mari crie fort chaque soir, elle dit c rien", "urgence-violences"},
		{"mon mari il prend mes papiers pour la préfecture, moi pas parler français bien", ""},
		{"jpeu pa parlé au tel jsui sourde, vous avez un mail ?", ""},
		{"le foyer il dit toi partir en juin, dossier HLM comment faire ?", ""},
		{"jsui a la gare, mon train a 2h de retard, remboursement sncf ?", ""},
		{"jen pe plu de ce dossier caf", ""},
		{"g pri mes medocs ce matin comme dhab, la pharmacie rembourse ?", ""},
	} {
		checkEmergency(t, m, c.q, c.want)
	}
}
