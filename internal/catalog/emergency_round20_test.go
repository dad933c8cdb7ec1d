package catalog_test

import (
	"testing"

	"pimmsbot/internal/catalog/catalogtest"
)

// TestEmergencyTwentiethRound checks, in our own words, the ordinary
// messages of distress18 that borrow the words of danger: a wait at an
// office one « dies » of, lost « à la rue » with a paper, « je craque »
// and a paper with no determiner, a dream, a thing burned, a fire over
// and its claim, an old letter of farewell, a device or a plan for a fall
// to come, a plaster already set, a condition treated since, a question
// about a number's languages or, in English, what it is for; and the
// residents in danger they must not silence.
func TestEmergencyTwentiethRound(t *testing.T) {
	m := catalogtest.Matcher(t)
	for _, c := range []struct{ q, want string }{
		// Dying of a wait.
		{"je vais mourir, 2h au téléphone avec la CPAM et toujours rien", ""},
		{"envie de crever, 1h30 d'attente au guichet de la mairie", ""},
		{"on a failli mourir de chaud dans la file de la sous-préfecture, c'est normal autant d'attente ?", ""},
		{"je veux mourir, plus rien ne va depuis qu'il est parti", "urgence-detresse"},
		// Lost with a paper.
		{"je suis totalement à la rue avec ma déclaration de revenus, vous pouvez m'aider ?", ""},
		{"carrément à la rue avec ce dossier de retraite, j'y comprends rien", ""},
		{"je suis à la rue avec mes deux enfants ce soir, on ne sait pas où aller", "urgence-hebergement"},
		{"je craque, formulaire APL encore rejeté", ""},
		{"à bout, attestation employeur introuvable", ""},
		{"je craque, je veux en finir ce soir", "urgence-detresse"},
		// A dream.
		{"cette nuit j'ai rêvé qu'on m'expulsait et que je dormais dehors, quand passe l'huissier en vrai ?", ""},
		{"je rêve toutes les nuits qu'on me met à la rue, le bailleur peut augmenter le loyer comme ça ?", ""},
		{"je fais des cauchemars depuis qu'il me frappe, et ce soir il recommence", "urgence-violences"},
		// A thing burned, a fire over and its claim.
		{"mon permis a brûlé dans la voiture, comment le refaire ?", ""},
		{"nos papiers sont partis en fumée dans l'incendie de la cave, quelles démarches ?", ""},
		{"incendie au local poubelles hier soir, qui paie les dégâts, l'assurance ou le syndic ?", ""},
		{"le feu a pris dans l'atelier mardi, l'usine est fermée, j'ai droit au chômage partiel ?", ""},
		{"le feu a pris dans la cuisine, ma fille est brûlée au bras et elle hurle", "urgence-medicale"},
		{"incendie dans l'immeuble, la fumée monte, on est bloqués sur le balcon", "urgence-medicale"},
		{"le feu a pris dans la cuisine, gros dégâts, mon fils est coincé dans sa chambre", "urgence-medicale"},
		// An old letter of farewell.
		{"ma grand-mère garde les lettres d'adieu de son père fusillé, comment les confier aux archives ?", ""},
		{"au musée on a lu des lettres d'adieu écrites pendant la guerre, c'est ouvert le lundi ?", ""},
		{"j'ai écrit une lettre d'adieu à mes enfants hier soir, tout est prêt", "urgence-detresse"},
		// A plan for a fall or a fever to come.
		{"mon père vit seul, j'aimerais un bracelet d'alerte au cas où il tomberait, qui finance ?", ""},
		{"ma mère a peur qu'il lui arrive quelque chose la nuit, une chute ou un malaise, la téléassistance c'est remboursé ?", ""},
		{"je suis baby-sitter, si le petit avait de la fièvre la nuit, j'appelle qui ? pour être prête", ""},
		{"ma mère vient de tomber dans l'escalier, elle ne bouge plus", "urgence-medicale"},
		{"il me faut le numéro des pompiers par SMS au cas où un jour j'en aurais besoin, je suis malentendant", ""},
		{"j'ai écrit une lettre à ma fille au cas où il m'arriverait quelque chose, et j'ai donné mon chat à la voisine", "urgence-detresse"},
		// A plaster set, a condition treated since.
		{"ma fille s'est fait une entorse au hand, cheville dans le plâtre, la mutuelle rembourse les béquilles ?", ""},
		{"il est tombé du vélo samedi, plâtre posé, il faut déclarer à l'assurance scolaire ?", ""},
		{"il m'a cassé le poignet, je suis dans le plâtre et il recommence ce soir", "urgence-violences"},
		{"mon père faisait des malaises, il a maintenant un pacemaker, il a droit à la carte mobilité ?", ""},
		// A number's languages, what it is for.
		{"le 3919, on peut parler en roumain avec eux ?", ""},
		{"est-ce que le 115 parle anglais ? c'est pour un ami qui arrive", ""},
		{"what is 119? my neighbour told me about it", ""},
		{"my husband hit me again tonight, what is the number?", "urgence-violences"},
		{"my husband beats me, I saw the poster of 3919, is it free?", "urgence-violences"},
		// English, over.
		{"my father had a stroke last year, now he is fine, can he get help at home?", ""},
		{"my mother fell last winter and she is okay now, what is the APA?", ""},
	} {
		checkEmergency(t, m, c.q, c.want)
	}
}

// TestEmergencyTwentiethRoundSecond checks the families of residents in
// danger that distress18 showed missing, in our own words: a threat on
// the message itself, a writer shut in while someone smashes the home,
// kept from going out, a relative whose money is kept and who is watched
// or threatened, an ex who finds someone again, a life insurance asked
// about for one's own death, pills gathered from several chemists, « à
// quoi bon, pourquoi continuer », farewell signs (a pet confided, a rope
// set, not knowing why one writes, a last message with thanks), a child's
// cries and blows next door, a burn that blisters, a fall that leaves
// someone unable to move, a pain that worsens now, a stay that ends today
// with one's bags, no place for tonight, a car slept in since; and the
// ordinary messages that look like them.
func TestEmergencyTwentiethRoundSecond(t *testing.T) {
	m := catalogtest.Matcher(t)
	for _, c := range []struct{ q, want string }{
		{"s'il tombe sur cette conversation il me tue, je vous écris depuis la cave", "urgence-violences"},
		{"si elle lit mes sms je suis foutu, elle a déjà cassé mon téléphone", "urgence-violences"},
		{"s'il voit ce message il va rire, c'est pour sa fête surprise samedi", ""},
		{"je me suis enfermée dans les toilettes, il casse tout dans la cuisine", "urgence-violences"},
		{"je me suis enfermée dans la salle de bain par erreur, la poignée est cassée, le proprio doit payer ?", ""},
		{"mon mari ne me laisse sortir que pour déposer les enfants, il vérifie l'heure", "urgence-violences"},
		{"je n'ai pas le droit de sortir sans lui, même pour aller chez le médecin", "urgence-violences"},
		{"mon fils de 10 ans n'a pas le droit de sortir seul le soir, c'est normal ?", ""},
		{"mon beau-frère garde tout le salaire de ma sœur et lit tous ses messages", "urgence-violences"},
		{"ma voisine âgée, son fils prend toute sa pension et la menace quand elle refuse", "urgence-violences"},
		{"ma fille garde la carte bancaire de sa grand-mère pour faire ses courses, il faut une procuration ?", ""},
		{"ma sœur a déménagé deux fois, son ex la retrouve toujours et hier il l'attendait devant son travail", "urgence-violences"},
		{"ma fille a quitté son ex, mais il la retrouve à chaque fois et la frappe", "urgence-violences"},
		{"mon gendre prend tout le salaire de ma fille et lit tous ses messages", "urgence-violences"},
		{"ma fille vit chez son copain, elle a des bleus partout et n'ose plus m'appeler", "urgence-violences"},
		{"ma fille de 15 ans, son ex la frappe à la sortie du collège", "urgence-enfance"},
		{"my sister's husband hits her and she is scared to call anyone", "urgence-violences"},
		{"l'assurance décès paiera-t-elle mes filles si je me suicide ?", "urgence-detresse"},
		{"j'ai pris une assurance vie, ils seraient mieux sans moi, au moins ils auraient l'argent", "urgence-detresse"},
		{"comment souscrire une assurance vie pour mes enfants ?", ""},
		{"j'ai acheté des somnifères dans plusieurs pharmacies, je me sens enfin tranquille", "urgence-detresse"},
		{"j'ai cherché du doliprane dans trois pharmacies, rupture partout, c'est normal ?", ""},
		{"à quoi bon, pourquoi continuer", "urgence-detresse"},
		{"pourquoi continuer à payer la mutuelle si j'ai la CSS ?", ""},
		{"pourquoi continuer ? le dossier est déjà accepté non ?", ""},
		{"mon père garde la carte bancaire de mamie et lui donne 50 euros par semaine, il a la curatelle, c'est légal ?", ""},
		{"mon père est tombé la semaine dernière, il ne peut plus marcher du tout, comment avoir un fauteuil ?", ""},
		{"ça empire depuis 2 mois mes douleurs de dos, je peux avoir un arrêt ?", ""},
		{"cris d'enfants et coups de marteau chez le voisin, les travaux le dimanche c'est permis ?", ""},
		{"mon grand-père m'a confié son chien hier, il dit qu'il n'en aura plus besoin", "urgence-detresse"},
		{"ma voisine m'a confié son chat pendant ses vacances, il mange quoi ?", ""},
		{"j'ai préparé une corde dans la cave, je sais pas pourquoi je vous dis ça", "urgence-detresse"},
		{"j'ai mis la corde à linge dans le jardin, le syndic peut l'interdire ?", ""},
		{"depuis la mort de papa, maman dit qu'elle va le rejoindre, elle a rangé toutes ses affaires", "urgence-detresse"},
		{"c'est la dernière fois que je vous écris, merci quand même pour tout", "urgence-detresse"},
		{"c'est la dernière fois que je vous écris pour ce dossier, merci pour tout, c'est réglé", ""},
		{"hurlements d'enfant et coups chez les voisins du dessus", "urgence-enfance"},
		{"cris d'enfants et coups de ballon dans la cour toute la journée, c'est permis ?", ""},
		{"brûlure bébé au bras avec le biberon, que faire vite", "urgence-medicale"},
		{"brûlure sur la jambe avec le fer, il y a des cloques énormes", "urgence-medicale"},
		{"mon père est tombé dans la salle de bain, il ne peut plus bouger et crie de douleur", "urgence-medicale"},
		{"ma mère est tombée l'an dernier, depuis elle ne peut plus marcher seule, elle a droit à l'APA ?", ""},
		{"mal au ventre à droite depuis ce matin, ça empire et j'ai de la fièvre", "urgence-medicale"},
		{"mon cousin m'a demandé de partir ce soir, toutes mes affaires sont dans le couloir", "urgence-hebergement"},
		{"le centre m'a dit ce matin que c'était terminé pour moi, j'ai deux valises et rien pour la nuit", "urgence-hebergement"},
		{"l'ancien logement est rendu, le nouveau bail n'est pas signé, je suis dehors avec mes cartons ce soir", "urgence-hebergement"},
		{"mon coloc m'a demandé de partir à la fin du mois, mes affaires sont prêtes, je déménage", ""},
		{"le foyer m'a demandé de partir ce matin car j'ai enfin un appartement, mes cartons sont dans la voiture", ""},
		{"j'ai pas d'endroit pour dormir ce soir, il gèle", "urgence-hebergement"},
		{"mon oncle dort dans sa camionnette depuis que sa femme est partie", "urgence-hebergement"},
	} {
		checkEmergency(t, m, c.q, c.want)
	}
}

// TestEmergencyTwentiethRoundThird checks the last families of
// distress18, in our own words: someone smashing the home told with « en
// train de », a partner who hides the writer's things, bags on the
// landing, an old neighbour who no longer opens, a height posted, a wish
// to join a grandparent with meals refused; and a last message that only
// thanks.
func TestEmergencyTwentiethRoundThird(t *testing.T) {
	m := catalogtest.Matcher(t)
	for _, c := range []struct{ q, want string }{
		{"je suis barricadée dans la chambre, il est en train de tout défoncer dans le salon", "urgence-violences"},
		{"mon mari contrôle tout et me cache mes papiers, je veux partir, comment avoir une attestation de la CAF ?", "urgence-violences"},
		{"ma cousine nous demande de partir ce soir, les sacs sont sur le palier", "urgence-hebergement"},
		{"ma voisine de 80 ans n'ouvre plus depuis hier, son courrier s'accumule", "urgence-medicale"},
		{"ma sœur a publié une story depuis le toit de son immeuble, son téléphone sonne dans le vide", "urgence-detresse"},
		{"j'ai publié une photo du pont de Normandie sur insta, comment la mettre en privé ?", ""},
		{"papy veut rejoindre mamie et ne mange plus rien depuis des jours", "urgence-detresse"},
		{"Dernier message : merci bien, bonne soirée", ""},
		{"dernier message. merci pour tout, prenez soin de ma fille", "urgence-detresse"},
	} {
		checkEmergency(t, m, c.q, c.want)
	}
}

// TestEmergencyTwentiethRoundProbe holds a probe of our own, written and
// scored after the first changes of the round (15 of 20 in danger
// answered, 2 false alarms of 20): asking leave to go out, an old
// mother afraid of the son who empties her account, « je ne serai plus
// un problème », things sold and thanks for everything, a child shaking
// with fever in English, a hostel full « pour septembre »; and the
// look-alikes that already passed.
func TestEmergencyTwentiethRoundProbe(t *testing.T) {
	m := catalogtest.Matcher(t)
	for _, c := range []struct{ q, want string }{
		{"il prend mon téléphone chaque soir et je dois demander pour sortir acheter du pain", "urgence-violences"},
		{"ma mère 78 ans, mon frère vit chez elle et vide son compte, elle a peur de lui", "urgence-violences"},
		{"je sais plus quoi faire, j'ai écrit à chacun une lettre, demain je ne serai plus un problème", "urgence-detresse"},
		{"mon ami a vendu toutes ses affaires et m'a dit merci pour tout, il répond plus", "urgence-detresse"},
		{"my baby has fever 40 and she is shaking, what do I do", "urgence-medicale"},
		{"plus de place au foyer de jeunes travailleurs pour septembre, autre solution ?", ""},
		{"si mon mari trouve ce message il me tue, je veux juste savoir les droits pour partir", "urgence-violences"},
		{"la dame qui m'héberge m'a dit ce matin de partir, j'ai juste mon sac et mon fils de 3 ans", "urgence-hebergement"},
		{"hotel 115 terminé ce matin, où on dort ce soir avec les petits", "urgence-hebergement"},
		{"j'ai rêvé que mon mari me quittait, c'est bête, comment changer le nom sur le bail ?", ""},
		{"dernier message pour aujourd'hui, merci et à demain", ""},
		{"mon mari garde la carte bancaire quand je suis à l'étranger, comment faire une procuration ?", ""},
		{"la voisine m'a confié ses clés et son chat pour les vacances, elle rentre lundi", ""},
		{"mon fils a acheté des médicaments dans deux pharmacies pour comparer les prix", ""},
		{"on a eu un accident de voiture hier, personne blessé, constat amiable comment remplir ?", ""},
		{"c'est la dernière fois que je vous écris pour ce problème de box, merci", ""},
		{"mon père ne mange plus rien depuis sa grippe, le médecin passe demain, rien de grave", ""},
		{"ma soeur est enfermée dehors, elle a perdu ses clés, serrurier ?", ""},
		{"on étouffe dans cet appart de 20 m2 à quatre, comment demander plus grand ?", ""},
		{"mon bébé étouffe, il ne respire plus, il devient bleu", "urgence-medicale"},
		{"ce matin j'ai failli glisser sur le parvis de la mairie, qui est responsable ?", ""},
		{"je suis tombée dans l'escalier hier et je ne peux plus bouger la jambe", "urgence-medicale"},
		{"mon père a eu un AVC l'an dernier, il a peur de conduire seul, aide au transport ?", ""},
		{"j'ai peur de sortir, il m'attend en bas de l'immeuble tous les soirs", "urgence-violences"},
		{"mon fils veut aller dormir chez un copain ce soir, il a 12 ans, c'est raisonnable ?", ""},
		{"ma fille s'enferme dans sa chambre avec sa console tout le week-end", ""},
		{"ma fille s'est enfermée dans sa chambre avec les cachets, elle ne répond plus", "urgence-detresse"},
		{"le petit du 3e hurle depuis deux heures, personne n'ouvre, la mère est partie", "urgence-enfance"},
		{"le centre où je suis bénévole accueille des femmes victimes de violences, on cherche des jouets pour les enfants", ""},
	} {
		checkEmergency(t, m, c.q, c.want)
	}
}
