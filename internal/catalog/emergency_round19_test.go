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
		checkEmergency(t, m, c.q, c.want)
	}
}

// TestEmergencyNineteenthRoundSecond checks the second families of
// distress17, in our own words: love sent in the past tense after an
// apology, a writer who hides from someone who reads their messages, a
// threat on leaving, a friend feared to harm themselves or who posted
// they will be gone, a lethal dose looked up or a weapon stared at, a
// burden said with precious things given, a room to leave today with
// nowhere to go, a short line of fear of someone now; and the ordinary
// ones: love passed on before coming home, « je craque » at a site, a
// blunder in a file, a dose asked for, a notice for the end of the month,
// a move in the rain.
func TestEmergencyNineteenthRoundSecond(t *testing.T) {
	m := catalogtest.Matcher(t)
	for _, c := range []struct{ q, want string }{
		{"pardon pour tout, dites à maman que je l'aimais", "urgence-detresse"},
		{"dsl pr tt, dis a ma soeur que jlaimais fort", "urgence-detresse"},
		{"dites à ma fille que je l'aime, je rentre à 18 h", ""},
		{"dites à mon fils que je l'aime, je serai de retour vendredi", ""},
		{"je craque, cette appli !", ""},
		{"je craque avec ce formulaire", ""},
		{"j'écris en cachette, il épluche mon téléphone tous les soirs", "urgence-violences"},
		{"je vous ecris en douce il lit tous mes sms, aidez moi", "urgence-violences"},
		{"si je pars, il dit qu'il me retrouvera et que je le paierai", "urgence-violences"},
		{"si je le quitte il prendra les enfants, il me le répète chaque jour", "urgence-violences"},
		{"mon mari dit que si je parle à l'assistante sociale il me renverra au pays", "urgence-violences"},
		{"si je pars en vacances, qui garde les enfants ? il y a un centre aéré ?", ""},
		{"ma copine a posté sur insta que ce soir elle ne sera plus là, je fais quoi", "urgence-detresse"},
		{"j'ai peur que mon frère fasse une bêtise, il a tout donné et ne répond plus", "urgence-detresse"},
		{"j'ai peur qu'il fasse une bêtise avec son dossier de retraite, il ne lit rien", ""},
		{"hier j'ai recherché combien de somnifères il faudrait pour ne plus se réveiller", "urgence-detresse"},
		{"je fixe la carabine de mon père tous les soirs depuis le licenciement", "urgence-detresse"},
		{"combien de comprimés de doliprane par jour pour un adulte ?", ""},
		{"mon père dit qu'il ne sert plus à rien, il m'a donné sa montre et ses économies hier", "urgence-detresse"},
		{"ma grand-mère m'a donné ses bijoux pour mon mariage, elle dit qu'elle est trop vieille pour les porter", ""},
		{"le logeur a mis mes valises dans le couloir ce midi, je suis sur le trottoir", "urgence-hebergement"},
		{"on m'a dit de quitter la chambre immédiatement, je ne connais personne ici", "urgence-hebergement"},
		{"le foyer nous a mis dehors ce matin, on est devant l'entrée avec les sacs", "urgence-hebergement"},
		{"le propriétaire m'a demandé de libérer l'appartement pour la fin du mois, je cherche un studio", ""},
		{"on a sorti nos meubles ce matin pour le déménagement, il pleut, l'assurance couvre ?", ""},
		{"elle me guette, j'ai peur", "urgence-violences"},
		{"il est revenu, j'ai peur", "urgence-violences"},
		{"mon ex me suit j'ai peur", "urgence-violences"},
		{"il arrive demain, j'ai peur de rater mon train", ""},
	} {
		checkEmergency(t, m, c.q, c.want)
	}
}

// TestEmergencyNineteenthRoundCalm checks, in our own words, the calm
// frames of distress17: no one hurt or a home regained, someone taken in
// care or recovering, a doctor who has examined, a life settled since the
// danger, a child's nightmare or tantrum, a sleepless night, a student's
// thesis, « la semaine pro », an office's harassment, a boss who « will
// kill » over a paper, « le feu au lac »; and the danger still told beside
// such words.
func TestEmergencyNineteenthRoundCalm(t *testing.T) {
	m := catalogtest.Matcher(t)
	for _, c := range []struct{ q, want string }{
		{"il y a eu un feu de poubelle dans le local vélo hier, personne n'a été blessé, qui paie la porte ?", ""},
		{"Une fuite de gaz a fait évacuer l'école hier matin, les enfants ont pu rentrer l'après-midi, faut-il un justificatif d'absence ?", ""},
		{"Mon oncle a fait un infarctus en août, il est rentré chez lui, comment demander l'APA ?", ""},
		{"Mon père est tombé de l'échelle le mois dernier, il est en rééducation, comment faire pour la carte stationnement ?", ""},
		{"mon fils a de la fièvre depuis deux jours, le pédiatre l'a examiné ce matin, j'ai droit à un congé enfant malade ?", ""},
		{"avant je dormais dans ma voiture, maintenant j'ai un studio, je veux demander l'APL", ""},
		{"Placé à l'ASE quand j'étais petit, aujourd'hui j'ai 42 ans, comment retrouver mon dossier ?", ""},
		{"un monsieur a fait un malaise à la boulangerie, il est reparti avec les pompiers, ça m'a fait peur pour mon père, quel numéro noter ?", ""},
		{"garde enfant soir et week-end, quelle aide ?", ""},
		{"ma fille fait des cauchemars toutes les nuits depuis la rentrée, la PMI peut nous conseiller ?", ""},
		{"mon petit a fait une colère énorme au supermarché pour un paquet de bonbons, il tapait tout le monde, je suis épuisée, des ateliers parents ?", ""},
		{"pas dormi de la nuit à cause des travaux du voisin, je peux porter plainte où ?", ""},
		{"mon neveu sort de l'hôpital la semaine pro, il a besoin d'une mutuelle", ""},
		{"je fais un master de sociologie sur les appels au 115, vous avez des chiffres ?", ""},
		{"jvais craquer cette appli caf plante encore", ""},
		{"je me fais harceler par ma banque pour un découvert, c'est légal ?", ""},
		{"la patronne va me tuer si je ne rends pas la feuille d'heures ce soir", ""},
		{"y a le feu au lac ? ma demande attend depuis un mois", ""},
		{"on m'a remis une brochure sur les signes de harcèlement au collège, je dois la signer ?", ""},
		{"le feu est dans la cuisine, mon mari est brûlé, personne ne répond au 18", "urgence-medicale"},
		{"il va me tuer si je ne rentre pas avant minuit, il l'a déjà frappée", "urgence-violences"},
		{"pas dormi de la nuit parce que je suis dehors avec mon fils, où aller ce soir ?", "urgence-hebergement"},
		{"avant on vivait bien, maintenant mon mari me frappe tous les soirs", "urgence-violences"},
		{"je me fais harceler par mon ex, il m'attend devant le travail", "urgence-violences"},
		{"ma fille m'a mise dehors aujourd'hui, j'ai 81 ans, j'ai mon sac et pas de quoi payer l'hôtel", "urgence-hebergement"},
	} {
		checkEmergency(t, m, c.q, c.want)
	}
}

// TestEmergencyNineteenthRoundEnglishAndFarewells checks, in our own
// words, learners' English read by its grammar (blows on the writer,
// control with fear, a child hit, a night in a station, a fall and a body
// that cannot move) and farewells told by what is readied (letters laid
// out, the last night, « la solution », one step, « mieux sans elle », a
// roof stared down from); and the ordinary lines that borrow their words.
func TestEmergencyNineteenthRoundEnglishAndFarewells(t *testing.T) {
	m := catalogtest.Matcher(t)
	for _, c := range []struct{ q, want string }{
		{"my boyfriend he punch me yesterday and today again, I am in the toilets of the shop", "urgence-violences"},
		{"my husband keep my passport and all my money, I am afraid of him", "urgence-violences"},
		{"the mother next door hit her small girl with a shoe every evening, she screams", "urgence-enfance"},
		{"we sleep in the train station since three nights with my son, where can we go?", "urgence-hebergement"},
		{"my uncle fell from the ladder in the garden and he can't move his legs", "urgence-medicale"},
		{"I lost my phone in the bus, my husband took my card to the bank, how to block the SIM?", ""},
		{"I am sleeping at my cousin's home every night, how to get a postal address?", ""},
		{"my son hit the ball very hard at school, is the sport insurance free?", ""},
		{"j'ai écrit une lettre à chacun de mes enfants, elles sont sur la table du salon. voilà", "urgence-detresse"},
		{"j'ai préparé des mots pour mes parents, je sais quand je vais le faire", "urgence-detresse"},
		{"j'ai écrit une lettre pour ma mère pour son anniversaire, vous avez l'adresse de la poste ?", ""},
		{"voici ma dernière nuit", "urgence-detresse"},
		{"c'est mon dernier soir en France, je rentre au pays, comment fermer mon compte ?", ""},
		{"le pont c'est la seule solution pour moi maintenant", "urgence-detresse"},
		{"le prêt c'est la solution pour payer la voiture ?", ""},
		{"je suis au bord de la voie, un seul pas suffirait", "urgence-detresse"},
		{"ma sœur a écrit à sa fille qu'elles seraient mieux sans elle, elle ne répond plus", "urgence-detresse"},
		{"depuis vingt minutes je regarde en bas, je suis sur le toit de l'immeuble", "urgence-detresse"},
		{"je suis sur le toit pour réparer l'antenne depuis vingt minutes, c'est assuré ?", ""},
	} {
		checkEmergency(t, m, c.q, c.want)
	}
}

// TestEmergencyNineteenthRoundWitnessed checks, in our own words, a short
// line of fear of a partner, a watcher told bare beside a message written
// in hiding, a head struck against a door, blows on a child heard night
// after night, a mother's partner who touches the writer while she works;
// and a grade feared, a baby crying next door.
func TestEmergencyNineteenthRoundWitnessed(t *testing.T) {
	m := catalogtest.Matcher(t)
	for _, c := range []struct{ q, want string }{
		{"jai peur de mon mari aidez moi", "urgence-violences"},
		{"j'ai peur de mon père quand il va voir mon bulletin, il sera déçu", ""},
		{"je vous écris en douce, elle surveille", "urgence-violences"},
		{"il m'a cogné la tête contre la porte de la salle de bain hier soir", "urgence-violences"},
		{"tous les soirs j'entends des gifles chez les voisins et la petite qui pleure", "urgence-enfance"},
		{"le bébé des voisins pleure toute la nuit, je n'arrive pas à dormir, à qui me plaindre ?", ""},
		{"le copain de ma mère me touche quand elle est au travail, j'ai 13 ans", "urgence-enfance"},
	} {
		checkEmergency(t, m, c.q, c.want)
	}
}
