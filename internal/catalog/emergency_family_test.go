package catalog_test

import (
	"slices"
	"testing"

	"pimmsbot/internal/catalog/catalogtest"
)

// TestEmergencyFamilies checks the families of signals that are patterns
// rather than phrases (emergency_family.go), and the everyday messages
// that borrow their words.
func TestEmergencyFamilies(t *testing.T) {
	m := catalogtest.Matcher(t)
	for _, c := range []struct{ q, want string }{
		// A third person beaten, by whoever: the victim decides.
		{"mon oncle la bat depuis qu'elle est veuve, elle a 70 ans", "urgence-violences"},
		{"le copain de ma mère la cogne le soir, elle a des bleus", "urgence-violences"},
		{"son père le frappe avec un câble, il a 9 ans", "urgence-enfance"},
		{"ma voisine a été rouée de coups par son fils", "urgence-violences"},
		{"il la frappe au ballon à chaque entraînement de foot", "urgence-violences"}, // « il frapp* », a signal before this round
		// A relative or a host who touches the writer.
		{"le frère de mon mari me touche dès qu'on est seuls", "urgence-violences"},
		{"mon logeur me touche quand sa femme est absente", "urgence-violences"},
		// Hiding one's address.
		{"je veux pas qu'il me retrouve, il a déjà cassé ma vitre", "urgence-violences"},
		// Where one sleeps; a host's deadline; a hotel that ends.
		{"depuis mardi on dort dans le sous-sol de l'immeuble", "urgence-hebergement"},
		{"le gardien dort dans le local à vélos, c'est permis ?", ""},
		{"la dame chez qui je loge m'a dit de partir avant 19 h", "urgence-hebergement"},
		{"mon propriétaire veut que je parte avant la fin du bail, c'est légal ?", ""},
		{"l'hôtel payé par le 115 c'est fini ce soir", "urgence-hebergement"},
		{"l'hôtel payé jusqu'à dimanche pour les vacances, on m'a débité deux fois", ""},
		// The edge of a window; a farewell of two kinds.
		{"cette nuit j'ai enjambé le balcon, je sais pas ce qui m'a retenue", "urgence-detresse"},
		{"mon frère a donné sa console et ses livres, il dit qu'il n'en aura plus besoin", "urgence-detresse"},
		{"ma grand-mère m'a donné ses bijoux, faut-il déclarer la donation ?", ""},
		{"Merci pour tout ! Ma conseillère ne répond plus à mes mails.", ""},
		// A child left alone, or wandering.
		{"un enfant de 3 ans erre tout seul dans le hall depuis une heure", "urgence-enfance"},
		{"les petits d'en bas, leur mère est jamais là et personne s'occupe d'eux", "urgence-enfance"},
		// A young child left alone by someone, not an older one; a baby
		// shaken; a minor made to work for clients; things thrown at a
		// child who writes. Rules, so that ordinary family entries cannot
		// teach the reader otherwise (TestChildDangerIgnoresFamilyLife).
		{"mon beau-frère laisse sa fille de 4 ans toute seule le soir pour aller au bar", "urgence-enfance"},
		{"la nounou laisse les bébés seuls dans la chambre tout l'après-midi", "urgence-enfance"},
		{"je laisse mon fils de 14 ans seul le mercredi après-midi, il faut une assurance ?", ""},
		{"ma mère laisse mon frère de 15 ans seul le week-end, il a besoin d'une attestation ?", ""},
		{"mon voisin secoue son bébé quand il pleure la nuit", "urgence-enfance"},
		{"ma nièce de 15 ans, un type la fait travailler la nuit avec des clients", "urgence-enfance"},
		{"j'ai 11 ans mon père me jette des assiettes à la figure quand il a bu", "urgence-enfance"},
		{"mon mari me balance des objets à la figure", "urgence-violences"},
		// An old person who no longer answers at home; letters unanswered.
		{"mon père a 91 ans, depuis ce matin il ne décroche plus et n'ouvre pas quand la voisine sonne", "urgence-medicale"},
		{"ma grand-mère de 88 ans ne répond pas aux lettres des impôts, je peux le faire ?", ""},
		{"ma voisine âgée n'ouvre plus à personne depuis son veuvage, elle refuse l'aide à domicile", ""},
		// A diabetic's low sugar, not a chronic tremor.
		{"ma fille diabétique transpire énormément et ne me répond plus bien", "urgence-medicale"},
		{"ma mère diabétique tremble des mains depuis des années, l'APA couvre ça ?", ""},
		// Followed by a partner one left; an ordinary evening.
		{"on est séparés depuis mars et il rôde sous mes fenêtres la nuit", "urgence-violences"},
		{"mon mari m'attend à la sortie du travail pour aller à la CAF ensemble", ""},
		// A grown child who shoves and takes the pension.
		{"ma fille de 40 ans me bouscule et me vole ma pension", "urgence-violences"},
		// Figures of blows, touches and nights in a car.
		{"la régularisation d'EDF m'a mis une claque", ""},
		{"votre conseillère m'a beaucoup touchée par sa patience", ""},
		{"je dors parfois dans mon camion pendant mes tournées, c'est déductible ?", ""},
	} {
		checkEmergency(t, m, c.q, c.want)
	}
}

// TestEmergencyNinthRound checks the other families of the ninth set's
// round, in my own words: figurative phrases, questions about a number,
// the victim, and residents who write in another language.
func TestEmergencyNinthRound(t *testing.T) {
	m := catalogtest.Matcher(t)
	for _, c := range []struct{ q, want string }{
		// Games: what players shout is no danger, but a stranger in a
		// game still is, and so is a threat to the writer.
		{"mon neveu hurle « je vais mourir » sur sa console, c'est insupportable, bref la CAF ?", ""},
		{"un inconnu demande des photos à mon fils de 10 ans sur un jeu en ligne", "urgence-enfance"},
		{"il joue à la console toute la nuit et il crie qu'il va me tuer si je coupe la box", "urgence-violences"},
		{"mon fils a tué le game au bac, comment on demande la bourse ?", ""},
		// Figurative phrases.
		{"je voudrais disparaître de la liste d'envoi de la mutuelle", ""},
		{"le bouton valider disparaît quand je clique", ""},
		{"je veux disparaître, je n'en peux plus", "urgence-detresse"},
		{"ma sœur va m'étrangler, j'ai oublié de poster sa lettre", ""},
		{"mon mari va me tuer, j'ai perdu sa carte bleue", "urgence-violences"}, // a partner is never a joke here
		{"on va se faire massacrer par les impôts cette année", ""},
		{"en plein coup de feu le chef a dit qu'il allait tous nous tuer, bref, ma fiche de paie", ""},
		{"mon boss va me tuer si je suis en retard", ""},
		{"mon beau-père va me tuer si je le dis, j'ai 13 ans", "urgence-enfance"},
		// Questions about a number, a fear for a trip.
		{"Mon fils part en voyage scolaire, il a peur de se faire voler là-bas, le 112 marche partout ?", ""},
		{"On m'a dit que le 3919 laisse une trace sur la facture, c'est vrai ?", ""},
		{"Je suis éducateur, en ce moment beaucoup de jeunes sans abri viennent, vous faites la domiciliation ?", ""},
		// The victim: blows « mis » to the writer, an old parent.
		{"pour la cantine de ma fille je reviendrai, hier mon mari m'a mis une droite", "urgence-violences"},
		{"ma maman de 80 ans a des bleus, mon frère la bat", "urgence-violences"},
		{"jsui en 5eme mon beau pere ma mis des claques", "urgence-enfance"},
		// A body in danger told beside paperwork.
		{"pour l'attestation de mutuelle, mon père vient de faire un malaise et se tient la poitrine", "urgence-medicale"},
		// Other languages.
		{"mi padre pega a mi hermano pequeño, es un niño", "urgence-enfance"},
		{"sin casa esta noche", "urgence-hebergement"},
		{"mi abuelo no respira", "urgence-medicale"},
		{"sotul meu ma bate", "urgence-violences"},
		{"i want to end it tonight", "urgence-detresse"},
		{"my friend took too many pills and now he is throwing up", "urgence-medicale"},
	} {
		checkEmergency(t, m, c.q, c.want)
	}
}

// TestEmergencyTenthRound checks the families of the tenth set's round,
// in my own words: blows « re- », leaving life told as leaving, weapons,
// threats heard against a child, parents gone for days, fits, broken
// limbs, and the ordinary messages that borrow their words (knocking,
// « sur le système », a baby's teeth, childcare, an eviction to come, a
// claim, a school fight, a first-aid class, an association).
func TestEmergencyTenthRound(t *testing.T) {
	m := catalogtest.Matcher(t)
	for _, c := range []struct{ q, want string }{
		{"il m'a recognée devant la porte", "urgence-violences"},
		{"mon ex ma retapé la semaine derniere encore", "urgence-violences"},
		{"on va retaper la cuisine, la CAF aide pour les travaux ?", ""},
		{"il ma secouée comme un prunier hier soir", "urgence-violences"},
		{"je ne vois plus de raison de rester, je voudrais partir sans faire de peine à mes fils", "urgence-detresse"},
		{"il est resté toute la nuit dans l'atelier avec son fusil chargé", "urgence-detresse"},
		{"mon voisin dit à sa fille de 3 ans je vais te jeter dans l'escalier", "urgence-enfance"},
		{"les gamins d'à côté, leur père est pas revenu depuis trois jours", "urgence-enfance"},
		{"son parrain la touche, elle a 8 ans", "urgence-enfance"},
		{"my nephew, 6 years old, alone since two days in the flat", "urgence-enfance"},
		{"mon oncle est par terre, il bave et ses yeux sont révulsés", "urgence-medicale"},
		{"ma tante arrive plus à respirer", "urgence-medicale"},
		{"elle a glissé, sa cheville fait un angle pas normal", "urgence-medicale"},
		{"il a offert sa guitare à son pote et m'a dit que je serai mieux sans moi", "urgence-detresse"},
		{"quelqu'un frappe aux volets tous les soirs, c'est le chat du voisin, bref la taxe foncière", ""},
		{"mon chef me tape sur le système, je peux changer de poste ?", ""},
		{"ma petite fait ses dents, elle hurle la nuit, quel pédiatre en ville ?", ""},
		{"mode de garde pour le soir quand je travaille, c'est quelle aide ?", ""},
		{"le bailleur veut nous mettre dehors d'ici septembre pour travaux, il a le droit ?", ""},
		{"comment déclarer un sinistre après l'incendie de la cuisine ?", ""},
		{"notre association accompagne des femmes victimes de violences, comment ouvrir leurs droits CAF ?", ""},
		{"au cours de secourisme on a appris quoi faire si quelqu'un s'évanouit, le PSC1 est remboursé ?", ""},
		// An acronym is spelt, not sounded: « sdfggh » is no « SDF ».
		{"je suis sdf depuis hier soir", "urgence-hebergement"},
		{"asdfggh qwertz sdfggh", ""},
	} {
		checkEmergency(t, m, c.q, c.want)
	}
}

// TestEmergencyEleventhRound checks the families of the eleventh round:
// fear of going home to someone who drank, a partner who forces or
// « corrects », a threat on leaving in Portuguese or Spanish, put out with
// nowhere tonight, a relative sleeping in the common parts, a farewell
// (a rope and a letter, a bank card left, walking to the water), a child
// unfed for days, a body found cold on the floor, and the ordinary
// messages that borrow their words (a habit « that will kill me », a game,
// an accident where no one was hurt, a child's class on calling the 18).
func TestEmergencyEleventhRound(t *testing.T) {
	m := catalogtest.Matcher(t)
	for _, c := range []struct{ q, want string }{
		{"j'ose plus rentrer, il est encore ivre et la dernière fois il m'a cassé une dent", "urgence-violences"},
		{"je veux pas rentrer ce soir, j'ai piscine demain matin", ""},
		{"mon conjoint me corrige avec sa ceinture et les enfants voient tout", "urgence-violences"},
		{"se eu falar com alguém ele disse que me mata", "urgence-violences"},
		{"mon ami m'a mis à la porte, la gare ferme à 1h et après je sais pas", "urgence-hebergement"},
		{"ma grand-mère dort dans la cage d'escalier depuis lundi", "urgence-hebergement"},
		{"j'ai trouvé une corde dans sa chambre et une lettre pour moi", "urgence-detresse"},
		{"il a laissé sa carte bancaire et ses codes chez moi et il ne répond plus", "urgence-detresse"},
		{"ce soir je vais jusqu'au pont et je ne reviendrai pas", "urgence-detresse"},
		{"mon neveu de 6 ans n'a rien mangé depuis deux jours, sa mère ne se lève plus", "urgence-enfance"},
		{"la dame que j'aide était par terre ce matin, elle est toute froide", "urgence-medicale"},
		{"le tabac va finir par me tuer, le sevrage est remboursé ?", ""},
		{"on a dû dormir dehors dans le jeu de survie, mon fils a adoré, le pass Sport ?", ""},
		{"dégât des eaux vendredi, les pompiers sont venus, personne n'a été blessé, qui paie ?", ""},
		{"à l'école ils ont appris aux enfants à appeler le 18, ma fille en parle tous les soirs", ""},
		{"mon coloc s'est fait virer de son boulot, l'APL change ?", ""},
	} {
		checkEmergency(t, m, c.q, c.want)
	}
}

// TestEmergencyTwelfthRound holds the families of the twelfth round (see
// docs/answer-engine.md, section 7), each beside an ordinary neighbour:
// Italian and Creole, an injury hidden as a fall, an old person bruised
// and robbed by a grown child, a stranded family with no money for a
// room, farewell signs at work, a stroke told at the counter; and on the
// ordinary side a poster, a volunteers' training, a street called « rue »,
// a slight burn, a teacher who « will kill » a pupil.
func TestEmergencyTwelfthRound(t *testing.T) {
	m := catalogtest.Matcher(t)
	for _, c := range []struct{ q, want string }{
		{"il mio compagno mi picchia quando beve", "urgence-violences"},
		{"zonm-lan ka bat mwen dépi lontan", "urgence-violences"},
		{"elle m'a cassé le nez, aux urgences on a dit que j'étais tombée dans le bain", "urgence-violences"},
		{"ma voisine de palier, une vieille dame, a des hématomes et son fils lui vole sa retraite", "urgence-violences"},
		{"depuis qu'on s'est séparés il attend devant chez moi le soir", "urgence-violences"},
		{"siamo per strada con due bambini, non abbiamo dove dormire", "urgence-hebergement"},
		{"on attend à l'aéroport depuis hier, plus d'argent pour payer une chambre", "urgence-hebergement"},
		{"voglio morire, ho preso tutte le pastiglie", "urgence-detresse"},
		{"mon voisin a offert toutes ses photos à sa fille et nous a dit qu'on ne le reverrait... « vous ne me reverrez plus »", "urgence-detresse"},
		{"I have been saving my pills, tonight is the night", "urgence-detresse"},
		{"les petits du dessus mangent pas depuis hier soir", "urgence-enfance"},
		{"mon mari est au guichet avec moi, il ne sent plus son bras gauche, on était venus pour la carte vitale", "urgence-medicale"},
		{"on voudrait afficher le 3919 dans la salle d'attente de notre structure, où trouver l'affiche ?", ""},
		{"formation des bénévoles à l'écoute des victimes de violences, qui finance ?", ""},
		{"je suis à la rue des Lilas, c'est où votre permanence ?", ""},
		{"je me suis brûlé la main en repassant, rien de grave, on m'a dit qu'il faut une attestation pour la mutuelle", ""},
		{"ma fille dit que la maîtresse va la tuer pour son cahier oublié, comment joindre l'école ?", ""},
		{"je suis sdf de wifi depuis trois jours, je peux remplir le dossier chez vous ?", ""},
		{"j'ai pas d'argent pour l'hôtel des vacances, la CAF aide pour les colonies ?", ""},
	} {
		checkEmergency(t, m, c.q, c.want)
	}
}

// TestEmergencyThirteenthRound holds the families of the thirteenth round
// (see docs/answer-engine.md, section 7), each beside an ordinary
// neighbour, in phrasings of neither set: Creole, Romanian and English
// residents in danger; a throat cut threatened, glued (« m'égorger »); an
// old man evacuated with nowhere to go; a farewell told as a decision, a
// rope hung, affairs given « pour après »; a child who tells a slap or a
// belt, a baby left alone at night, a child who writes only an age; pills
// swallowed with a body that does not wake. On the ordinary side: a wound
// stitched yesterday, a Romanian bureaucracy that « kills », a game, a
// bungee jump, a night outside at a festival, a footballer who kicks.
func TestEmergencyThirteenthRound(t *testing.T) {
	m := catalogtest.Matcher(t)
	for _, c := range []struct{ q, want string }{
		{"nonm mwen ap fè m mal chak jou, m pè rantre lakay mwen", "urgence-violences"},
		{"il m'a dit qu'il allait m'egorger si je pars avec les enfants", "urgence-violences"},
		{"nou pa gen kay aswè a ak timoun yo, nou dewò", "urgence-hebergement"},
		{"nu avem unde sta in seara asta, dormim in gara cu copiii", "urgence-hebergement"},
		{"ma tante de 85 ans, son immeuble a été évacué ce matin, la mairie ne lui propose rien et elle n'a personne", "urgence-hebergement"},
		{"mwen pa vle viv ankò", "urgence-detresse"},
		{"I can't see any way out, I will take all my pills tonight", "urgence-detresse"},
		{"mon frère m'a dit au téléphone qu'il avait accroché une corde dans le garage", "urgence-detresse"},
		{"mon oncle m'a donné ses papiers et ses clés pour après, il a un fusil", "urgence-detresse"},
		{"la mutuelle paie les obsèques si je décide de partir moi-même ? je n'ai plus rien à perdre", "urgence-detresse"},
		{"pitit la ap kriye, papa l bat li chak swa", "urgence-enfance"},
		{"mon élève a une marque de main sur la joue et m'a dit que son père la tue si elle parle", "urgence-enfance"},
		{"the neighbours leave their baby alone every night and go out", "urgence-enfance"},
		{"copilul vecinilor plange, parintii il bat in fiecare zi", "urgence-enfance"},
		{"vwazen mwen tonbe atè, li pa respire", "urgence-medicale"},
		{"10 ans, mon père me frappe avec la ceinture", "urgence-enfance"},
		{"papa il m'a tapé avec la ceinture, j'ai peur de rentrer après l'école", "urgence-enfance"},
		{"ma coloc a pris toute sa boîte de cachets, elle dort et j'arrive pas à la réveiller", "urgence-medicale"},
		// The ordinary neighbours.
		{"je me suis coupé le doigt hier en cuisine, trois points de suture aux urgences, je déclare ça comment au travail ?", ""},
		{"ma omoara hartiile astea, unde depun dosarul de CAF?", ""},
		{"jvais balancer la manette par la fenêtre, le boss final m'a tué 30 fois", ""},
		{"mon fils veut faire du saut à l'élastique, ça me fait mourir de peur, il faut une autorisation ?", ""},
		{"on a dormi dehors au camping du festival, c'était génial, la carte jeune marche ?", ""},
		{"mon fils a mis un coup de pied à l'arbitre au match, quelle sanction pour sa licence ?", ""},
		{"ma mère a écrit une lettre d'adieu à son appartement avant de déménager en résidence, comment faire suivre le courrier ?", ""},
	} {
		checkEmergency(t, m, c.q, c.want)
	}
}

// TestEmergencyFourteenthRound holds the structural rules of the
// fourteenth round (see docs/answer-engine.md, section 7), each beside a
// resident in danger told with the same words, in phrasings of neither
// set: a procedure question with one word of danger and nobody in danger
// now is paperwork; a threat whose object is a paper, an office or a
// machine is a figure; an everyday sense in another spelling; a number
// that is part of an identifier; a treatment that fails now, a sudden
// confusion, a collapse just now, no one to sleep at with the home lost.
func TestEmergencyFourteenthRound(t *testing.T) {
	m := catalogtest.Matcher(t)
	for _, c := range []struct{ q, want string }{
		// A procedure question, nobody in danger now.
		{"mon fils fait des crises d'asthme, on peut avoir une place prioritaire à la cantine ?", ""},
		{"les policiers sont venus cette nuit pour le cambriolage de la cave, qui rembourse le vélo ?", ""},
		{"mon fils fait une crise d'asthme et n'arrive plus à respirer, comment on fait ?", "urgence-medicale"},
		{"il me frappe tous les soirs, je peux avoir droit au RSA si je pars ?", "urgence-violences"},
		// A threat whose object is a thing.
		{"je vais en finir avec ce formulaire de la CAF ce soir, il me manque un RIB", ""},
		{"si je dois encore imprimer cette attestation je me pends", ""},
		{"je veux en finir ce soir, j'ai préparé les cachets", "urgence-detresse"},
		{"ma cousine va me tuer, j'ai perdu son livret de famille", ""},
		// Everyday senses in other spellings.
		{"le distrib de la gare a gardé ma cb, je fais opposition ?", ""},
		{"le local poubelles est fermé à clé depuis lundi, qui a la clé ?", ""},
		{"ma mère ne veut plus vivre chez nous, elle cherche une résidence senior", ""},
		{"je veux plus vivre, personne ne m'aime", "urgence-detresse"},
		// Numbers that identify.
		{"mon numéro de contrat commence par 3114, il est sur quelle page ?", ""},
		{"je dors dehors, le 115 ne répond pas depuis ce matin", "urgence-hebergement"},
		// Residents in danger the set missed, in other words.
		{"ma sœur est dialysée, elle a sauté sa séance et ce matin elle respire mal", "urgence-medicale"},
		{"depuis vingt minutes mon père ne me reconnaît plus et parle bizarrement", "urgence-medicale"},
		{"un homme vient de s'écrouler devant la caisse, il ne bouge plus", "urgence-medicale"},
		{"la maison a brûlé cette nuit, on n'a personne chez qui dormir", "urgence-hebergement"},
	} {
		checkEmergency(t, m, c.q, c.want)
	}
}

// TestEmergencyFifteenthRound holds the rules of the fifteenth set's
// round, each beside a message told with the same words that goes the
// other way, in phrasings of neither the set nor its probes.
func TestEmergencyFifteenthRound(t *testing.T) {
	m := catalogtest.Matcher(t)
	for _, c := range []struct{ q, want string }{
		// A present danger: a threat with a condition or a deadline.
		{"il hurle qu'il va mettre le feu à la maison si je ne lui ouvre pas", "urgence-violences"},
		{"le voisin menace de mettre le feu à ses feuilles mortes si on ne les ramasse pas, c'est permis ?", ""},
		{"il m'a juré que je ne verrai pas demain, il est dans la cuisine", "urgence-violences"},
		{"l'agence m'a juré que je verrai mon dossier traité demain", ""},
		// An act told in the past, on a named child; a body sign now.
		{"mon neveu de 6 ans a été jeté contre l'armoire par son père, il pleure et il boite", "urgence-enfance"},
		{"j'ai jeté contre le mur la lettre de la CAF tellement j'étais énervée", ""},
		{"ma femme a 40 de fièvre et la nuque raide, elle vomit", "urgence-medicale"},
		{"j'ai la nuque raide après dix heures de bus, il faut un certificat pour le travail ?", ""},
		{"je me suis ébouillanté la main avec la bouilloire, j'ai de grosses cloques", "urgence-medicale"},
		// A ledge, a bridge, a closed garage with the engine on.
		{"ma voisine est assise sur le garde-corps de son balcon, elle dit qu'elle va sauter", "urgence-detresse"},
		{"le garde-corps de mon balcon est cassé, le propriétaire doit le réparer ?", ""},
		{"il s'est enfermé dans le garage avec le moteur qui tourne", "urgence-detresse"},
		{"le garage m'a rendu la voiture, le moteur tourne mal, je peux contester la facture ?", ""},
		// Figures whose object is a thing.
		{"ce dossier de retraite m'a achevée, il me manque encore un relevé", ""},
		{"mon mari m'a achevée à coups de poing hier soir", "urgence-violences"},
		{"le simulateur d'APL me donne des idées noires, 12 euros par mois ?", ""},
		{"j'ai des idées noires depuis mon licenciement, je pense à en finir", "urgence-detresse"},
		{"la box m'a donné des sueurs froides, tapez 1 pour l'assistance, tapez 2…", ""},
		// An address asked for, not a bed; a street with its number.
		{"je suis sans abri, la domiciliation au CCAS c'est pour recevoir la carte vitale ?", ""},
		{"je suis sans abri ce soir avec mon fils, le 115 est saturé", "urgence-hebergement"},
		{"je suis à la rue Jean Jaurès au 40, c'est bien là ?", ""},
		// Put out of a job, of an office; a child put out in the cold.
		{"mon employeur m'a mis à la porte sans préavis, c'est légal ?", ""},
		{"j'ai 10 ans mon père m'a mise dehors sur le balcon il fait très froid", "urgence-enfance"},
	} {
		checkEmergency(t, m, c.q, c.want)
	}
}

// TestEmergencySixteenthRound holds the rules of the sixteenth set's
// round, each beside a message told with the same words that goes the
// other way, in phrasings of neither the set nor its probes.
func TestEmergencySixteenthRound(t *testing.T) {
	m := catalogtest.Matcher(t)
	for _, c := range []struct{ q, want string }{
		// The writer's own laugh, as « mdr »; tears are no laugh.
		{"ma sœur va m'étrangler quand elle verra que j'ai rayé sa voiture 😂 c'est couvert par l'assurance ?", ""},
		{"il m'a étranglée hier soir, j'ai peur qu'il recommence 😢", "urgence-violences"},
		// A boss who « will massacre », an employer who harasses, a
		// paper one breaks down over or « dies » on: figures.
		{"ma cheffe va me massacrer si le rapport n'est pas prêt lundi, je peux poser un jour de congé ?", ""},
		{"mon compagnon va me massacrer ce soir, il me l'a écrit", "urgence-violences"},
		{"ma hiérarchie me harcèle de mails pendant mon arrêt maladie, c'est autorisé ?", ""},
		{"mon ex me harcèle au téléphone et m'attend devant chez moi", "urgence-violences"},
		{"je craque, je comprends rien à ce formulaire de la CAF", ""},
		{"je craque, je n'en peux plus de vivre, je veux en finir", "urgence-detresse"},
		{"je meurs sur cette déclaration de revenus, c'est quelle case pour la pension ?", ""},
		// A number that counts energy; a homeless writer's procedure.
		{"ma facture dit 3114 kWh sur l'année, c'est normal pour un T2 ?", ""},
		{"je suis SDF depuis un an et la CAF refuse de m'inscrire, que faire ?", ""},
		{"à la rue depuis des mois, je dors chez un cousin, je peux refaire mon passeport sans adresse ?", ""},
		{"je suis SDF et ce soir il fait moins cinq, le 115 ne répond pas", "urgence-hebergement"},
		// A dated event, a fear of some day, a work accident to declare,
		// an old wound's relapse, what the school said.
		{"L'incendie de 2019 a tout détruit, je refais ma carte grise.", ""},
		{"le juge a fixé l'audience en mars, j'ai peur d'être mise à la rue avec les petits, quelles aides ?", ""},
		{"ce soir je suis à la rue avec les petits et personne ne répond", "urgence-hebergement"},
		{"glissé d'un escabeau au dépôt vendredi, cheville cassée, mon patron refuse de déclarer", ""},
		{"je remplis la déclaration d'accident du travail pour mon apprenti, il vient de se couper avec la scie, il perd beaucoup de sang", "urgence-medicale"},
		{"En 2023 un client m'a agressée au guichet, accident du travail reconnu. J'ai de nouveau mal au dos, c'est une rechute ?", ""},
		{"ma fille a fugué deux jours en octobre, elle est revenue à la maison, le proviseur m'a dit qu'elle serait exclue, c'est possible ?", ""},
		// A young child alone for days; the writer alone with theirs.
		{"la petite de 4 ans d'en face est toute seule depuis hier soir, on l'entend pleurer", "urgence-enfance"},
		{"depuis trois jours le papa est parti et les jumeaux de 2 ans sont avec leur grande sœur de 9 ans", "urgence-enfance"},
		{"je suis seule depuis 3 jours avec mon bébé de 2 mois, mon mari est en déplacement, la PAJE c'est versée quand ?", ""},
		{"on est seuls depuis deux jours avec les jumeaux de 3 ans, mon mari travaille à Lyon, je peux avoir une aide ménagère ?", ""},
		// A child gone to an adult met online.
		{"mon fils de 13 ans a rencontré un homme sur Snapchat, il a pris le bus pour le rejoindre et il ne répond plus", "urgence-enfance"},
		{"ma fille de 15 ans a acheté son billet de train sur internet pour son stage, la région rembourse ?", ""},
		// A blow on the head with its signs; a face that droops, whatever
		// the person says.
		{"ma mère de 80 ans a glissé et s'est tapé la tête contre le radiateur, elle vomit et ne nous reconnaît plus", "urgence-medicale"},
		{"mon fils s'est cogné la tête à la récré la semaine passée, il va bien, l'école demande un certificat", ""},
		{"mon père a la bouche de travers et parle bizarrement depuis dix minutes, il dit que ça va passer", "urgence-medicale"},
		// On a height and lost; pills laid out after a death.
		{"je suis sur le pont au-dessus de l'autoroute, j'ai plus la force", "urgence-detresse"},
		{"je suis sur le toit pour nettoyer la gouttière, le syndic doit rembourser l'échelle ?", ""},
		{"depuis la mort de ma femme je n'ai plus de raison de continuer, j'ai aligné les cachets sur la table", "urgence-detresse"},
		// Leaving told as a decision, beside affairs put in order; the
		// same words for a plan.
		{"j'ai rangé toutes mes affaires et écrit mon testament, je ne compte pas rester longtemps, ne m'en voulez pas", "urgence-detresse"},
		{"je veux tout régler avant, j'ai décidé d'arrêter, comment je donne mon chat à ma voisine ?", "urgence-detresse"},
		{"je veux tout organiser avant, j'ai décidé d'arrêter de travailler en juin, je fais ma demande de retraite quand ?", ""},
		{"j'ai fait mon testament chez le notaire, je ne compte pas rester longtemps dans cet appartement, je dois prévenir la CAF ?", ""},
		{"j'ai fait mon testament, j'ai décidé de partir demain pour le Portugal, la CAF doit le savoir ?", ""},
		// Put out, or kept out, tonight; a home lost with no one hurt.
		{"ma mère m'a foutue dehors avec mon sac, je dors où ce soir ?", "urgence-hebergement"},
		{"mon patron m'a mis à la porte vendredi, je touche le chômage ?", ""},
		{"le propriétaire a changé les serrures, je suis sur le palier avec mes deux enfants, il est 23 h", "urgence-hebergement"},
		{"le gardien refuse de m'ouvrir la salle commune ce soir pour l'anniversaire, je peux me plaindre ?", ""},
		{"incendie dans l'immeuble ce matin, les pompiers nous ont évacués, personne n'est blessé mais on n'a personne chez qui dormir cette nuit", "urgence-hebergement"},
	} {
		checkEmergency(t, m, c.q, c.want)
	}
}

// TestEmergencySeventeenthRound holds the seventeenth round's causes
// beside ordinary messages told with the same words: control by a
// partner (money, card, papers, phone, outings) is violence, control by a
// machine, an office or a ticket inspector is not; a complaint about a
// dispute or a theft is no emergency, a complaint beside a blow or
// against a partner is. Then the seventeenth set's causes, each beside an
// ordinary message with the same words.
func TestEmergencySeventeenthRound(t *testing.T) {
	m := catalogtest.Matcher(t)
	for _, c := range []struct{ q, want string }{
		// A partner who controls what belongs to the writer.
		{"ma compagne contrôle tout mon salaire et je n'ai rien pour moi", "urgence-violences"},
		{"mon conjoint épluche mes dépenses chaque soir", "urgence-violences"},
		{"mon mec me file 10 euros par semaine au compte gouttes", "urgence-violences"},
		{"mon épouse garde ma carte bancaire et mon passeport", "urgence-violences"},
		{"mon copain m a pris mon portable et mon chéquier", "urgence-violences"},
		{"il faut que je lui demande la permission pour sortir voir ma sœur", "urgence-violences"},
		// The same words about a ticket, a bank, an office, a loan.
		{"le contrôleur a contrôlé mon abonnement de bus, il était périmé", ""},
		{"ma banque surveille mes dépenses, je peux changer le plafond de ma carte ?", ""},
		{"mon mari gère les comptes, la déclaration d'impôts est commune ?", ""},
		{"mon mari a pris ma carte pour faire le plein, je peux payer en ligne sans ?", ""},
		{"la préfecture garde mon passeport depuis deux mois, c'est normal ?", ""},
		{"la CAF me verse la prime au compte gouttes, c'est quand le reste ?", ""},
		// A complaint about a dispute or a theft; a complaint beside a
		// blow, or against a partner.
		{"je voudrais porter plainte contre ma voisine, son chien aboie jour et nuit", ""},
		{"déposer plainte contre le garagiste qui a mal réparé ma voiture", ""},
		{"je peux porter plainte contre mon bailleur pour les moisissures ?", ""},
		{"faire une plainte pour escroquerie, un faux site m'a pris 200 euros", ""},
		{"je veux porter plainte contre mon voisin, il m'a frappée hier soir", "urgence-violences"},
		{"je veux porter plainte contre mon mari, il me bat", "urgence-violences"},
		// Marks of blows on someone, with fear of a named person or blows
		// heard; a bruise from sport.
		{"chez ma tante j'ai vu que mon cousin de 30 ans lui a fait des bleus, elle a peur de lui", "urgence-violences"},
		{"la vieille dame du 3e a l'œil au beurre noir et son fils ne la laisse jamais sortir seule", "urgence-violences"},
		{"on entend des claques à travers le mur et la petite d'à côté a des marques rouges sur les bras", "urgence-enfance"},
		{"mon fils a des bleus plein les jambes après le rugby, la licence couvre les soins ?", ""},
		// A child touched, told in the passive; touched by a gift.
		{"mon petit garçon tripoté par le moniteur de la colo", "urgence-enfance"},
		{"ma fille très touchée par le cadeau de son oncle, on peut le déclarer ?", ""},
		// A baby crying for hours behind a door; a baby who cries at night.
		{"le bébé du 2e hurle depuis des heures et personne ne répond quand je sonne", "urgence-enfance"},
		{"mon bébé pleure depuis trois heures du matin, c'est les dents, la crèche le prend ?", ""},
		// Children a parent puts out are the 119's, not the 115's.
		{"les deux petits d'à côté pleurent sur le palier, leur mère les a mis dehors la nuit", "urgence-enfance"},
		// A household product swallowed; a product bought.
		{"mon fils de 2 ans a avalé une capsule de lessive, il bave et tousse", "urgence-medicale"},
		{"j'ai acheté un produit ménager trop cher, je peux le rapporter ?", ""},
		// The worst headache of a life, of sudden onset, with double sight.
		{"d'un coup un mal de crâne atroce, le pire de ma vie, et là je vois double", "urgence-medicale"},
		{"j'ai mal à la tête quand je lis et je vois flou, l'ophtalmo c'est remboursé ?", ""},
		// Tired of being alive; dying without suffering looked up.
		{"fatiguée d'être en vie, voilà", "urgence-detresse"},
		{"j'ai cherché toute la nuit un moyen de mourir sans souffrir", "urgence-detresse"},
		{"ma mère est en soins palliatifs, on veut qu'elle parte sans souffrir, qui contacter ?", ""},
		{"je peux plus de cette vie je veux juste que ça s'arrête", "urgence-detresse"},
		// Not wanting to be a burden, beside joining one who died; a
		// move to join a daughter.
		{"ma grand-mère m'a dit au téléphone qu'elle ne voulait plus être un fardeau et qu'elle allait bientôt rejoindre papi", "urgence-detresse"},
		{"j'ai tout réglé pour le déménagement, on part rejoindre ma fille à Lyon, je préviens la CAF ?", ""},
		// Stranded where travellers wait, put out of the hotel.
		{"on est à l'aéroport avec les enfants depuis ce matin, l'hôtel ne veut plus de nous", "urgence-hebergement"},
		// Figures of pressure: pushed to the end of one's patience, a
		// knife at the throat to sign, an insurer that strangles, a firm
		// that « cuts one's throat »; a roof still had; a theft.
		{"ma responsable m'a poussée à bout, je veux faire une rupture conventionnelle", ""},
		{"l'agence m'a mis le couteau sous la gorge pour accepter le bail, c'est légal ?", ""},
		{"cette assurance auto m'étrangle, je peux changer ?", ""},
		{"peur de me faire égorger par un artisan pour la chaudière, il y a des prix de référence ?", ""},
		{"nous ne sommes pas encore à la rue mais le bailleur a lancé la procédure, quelles aides ?", ""},
		{"on m'a volé mon sac à main avec mes papiers au marché, je refais quoi en premier ?", ""},
		{"on a forcé la portière de ma voiture cette nuit, l'assurance rembourse ?", ""},
	} {
		checkEmergency(t, m, c.q, c.want)
	}
	// A generic question about a complaint is not answered with lost
	// papers: the resident is asked what the complaint is about.
	for _, q := range []string{"je veux porter plainte", "comment on porte plainte ?"} {
		if r := m.Match(q); r.Outcome.String() == "answer" {
			t.Errorf("%q: answered %s directly, want a choice", q, r.ID)
		}
	}
	// A complaint against a neighbour or a landlord is the conciliator's,
	// answered or offered.
	for _, q := range []string{"porter plainte contre mon voisin qui fait la fête toutes les nuits", "je veux porter plainte contre ma propriétaire, elle ne rend pas le dépôt de garantie"} {
		if r := m.Match(q); r.ID != "justice-conciliateur" && !slices.Contains(r.Offered, "justice-conciliateur") {
			t.Errorf("%q: got %s %s %v, want justice-conciliateur", q, r.Outcome, r.ID, r.Offered)
		}
	}
}

// TestEmergencyOutsideTesterRound holds what an outside tester of the
// real binary found (qa8): a cleaning job read as threats (« ménages »
// one letter from « menaces »), the danger said in its own word, a fall
// with no getting up, hunger said with « crever ».
func TestEmergencyOutsideTesterRound(t *testing.T) {
	m := catalogtest.Matcher(t)
	for _, c := range []struct{ q, want string }{
		// A word the FAQ writes is no typo for a danger word; a typo
		// still is, and so is a plural.
		{"je fais des ménages", ""},
		{"et moi je fais des menages le matin", ""},
		{"il me fait des menasses tous les soirs", "urgence-violences"},
		{"il m'a pris mon tel et mes papier il dit que je sortirai plus", "urgence-violences"},
		// The danger said in its own word; a risk of losing something.
		{"je suis en danger", "urgence-violences"},
		{"aidez moi je suis en danger", "urgence-violences"},
		{"je suis en danger de perdre mon logement", ""},
		{"mon dossier est en danger", ""},
		// Fallen and cannot get up; « se relever » without a fall, or a
		// fall into unemployment.
		{"ma mère est tombée elle ne se relève pas", "urgence-medicale"},
		{"tomber dans les escaliers ma mère elle se relève pas", "urgence-medicale"},
		{"mamie a chuté on arrive pas à la relever", "urgence-medicale"},
		{"l'économie ne se relève pas", ""},
		{"il est tombé au chômage et ne se relève pas", ""},
		{"je suis tombée en panne et je n'arrive pas à me relever financièrement", ""},
		// Hunger with « crever »: food aid, not despair.
		{"je vais crever de faim ce mois ci", ""},
		{"on va crever de froid dehors cette nuit avec les enfants", "urgence-hebergement"},
	} {
		checkEmergency(t, m, c.q, c.want)
	}
}
