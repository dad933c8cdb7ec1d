package catalog_test

import (
	"testing"

	"pimmsbot/internal/catalog/catalogtest"
)

// round25Case is a line of our own: a resident in danger and the entry
// they need, or an ordinary message that borrows the words of danger
// (want "").
type round25Case struct{ q, want string }

// round25Ways are the ways of saying of the twenty-fifth round
// (distress22b, issue 19): no roof tonight, a body in danger told in the
// middle of a paperwork question or in another language, and a
// resident's own despair. Each way was written, in our own words, before
// its fix, with ordinary look-alikes it must leave calm.
var round25Ways = map[string][]round25Case{
	// Put out now, and nowhere for tonight: a host, a landlord or a hotel
	// that puts the resident out today, told in French, in SMS, or mixed
	// with English or Spanish; a question of papers may come first.
	"put out tonight": {
		{"le proprio vient de me jeter dehors avec mes deux sacs, il est 21h, je vais où ?", "urgence-hebergement"},
		{"Bonjour je dois renouveler ma CSS mais ce matin mon hébergeur m'a mise à la porte avec mon fils, là on est assis à la gare et je ne sais pas où dormir", "urgence-hebergement"},
		{"my cousin kicked me out this afternoon, i am at the station with my bag, where can i sleep tonight?", "urgence-hebergement"},
		{"el dueño me echó hoy del cuarto, no tengo dónde dormir esta noche, aidez moi svp", "urgence-hebergement"},
		{"ma coloc m'a foutue dehors tout à l'heure, mes valises sont sur le trottoir, je dors où ce soir ?", "urgence-hebergement"},
		{"on vient de se faire virer de l'hôtel avec les trois petits, il fait nuit, on va où ?", "urgence-hebergement"},
		{"question pour ma demande de RSA : ma tante m'a sortie de chez elle ce midi, je suis dans un parc avec ma valise, ce soir je fais comment ?", "urgence-hebergement"},
		{"the owner threw us out today with the kids, we are in the street, où aller ce soir ?", "urgence-hebergement"},
		{"nos echaron del piso esta mañana con los niños, estamos en la calle, où dormir ?", "urgence-hebergement"},
		{"jme suis fait mettre dehors par mon logeur y a 2h, jsuis sur un banc, on fait quoi pr la nuit", "urgence-hebergement"},
		// Look-alikes: a notice for later, an office, a film, a move.
		{"le propriétaire veut me mettre à la porte à la fin du bail l'an prochain, quels recours ?", ""},
		{"l'huissier est venu ce matin pour l'état des lieux de sortie, on emménage dans le nouveau logement ce soir, comment récupérer la caution ?", ""},
		{"the landlord wants us out next year, can he do that?", ""},
		{"mi casero me quiere echar el año que viene, qué derechos tengo ?", ""},
		{"hier soir j'ai vu un film où une famille est jetée dehors avec ses valises, ça m'a fait pleurer", ""},
		{"mon fils a été mis à la porte du cours ce matin, il doit aller où pour la sanction ?", ""},
		{"mon ancien hébergeur m'a mis dehors il y a deux ans, maintenant j'ai un studio, je peux demander les APL ?", ""},
		{"ma valise est restée à la gare ce soir, où je peux la récupérer ?", ""},
		{"je dois quitter l'hôtel ce midi, le train part à 14 h, il y a une consigne à la gare ?", ""},
		// Written after the way's fix, as an estimate of an unseen set.
		{"Hi, my husband's family threw me out this evening with the baby, I have no money, where we can sleep?", "urgence-hebergement"},
		{"bonsoir, l'hôtel social nous a sortis aujourd'hui, on est 4 sur le parking, on dort où ?", "urgence-hebergement"},
		{"je voulais savoir pour ma domiciliation mais en fait depuis ce matin je suis dehors, mon ami m'a demandé de partir, je fais comment cette nuit ?", "urgence-hebergement"},
		{"me botaron del cuarto hoy, estoy en la calle con mi maleta, où dormir ce soir ?", "urgence-hebergement"},
		{"proprio ma mis dehor ce midi jsui a la gare avc mes sac jsai pa ou dormir", "urgence-hebergement"},
		{"Hi, the hotel kicked us out at 11am because check-out, can we leave our bags at the PIMMS?", ""},
		{"ma fille s'est fait virer de la colo aujourd'hui, je dois aller la chercher où ?", ""},
		{"je suis sur un banc devant la mairie, vous ouvrez à quelle heure ce soir ?", ""},
		// A third probe, written after the second's fixes.
		{"j'ai une question sur le RSA. je dors dans ma voiture depuis hier avec mon chien, il fait -3 cette nuit", "urgence-hebergement"},
		{"nos desalojaron hoy, estamos en la calle con mi bebé, où aller ?", "urgence-hebergement"},
		{"je suis à la rue depuis ce soir, my landlord change the lock, I have nowhere", "urgence-hebergement"},
		{"my landlord changed the lock of the cellar, is it legal?", ""},
		{"nos desalojaron hace dos años, ahora tenemos piso, comment demander l'APL ?", ""},
		// In SMS spelling, written after the third probe's fixes.
		{"on ma mi dehor ojourdui avc les enfan on sai pa ou dormir", "urgence-hebergement"},
		{"jsui a la gare depui 18h le foyer veu plu de moi jfai koi pr cette nuit", "urgence-hebergement"},
		{"jsui a la gare, le train de 18h est annulé, remboursement ?", ""},
		{"le foyer veu plu de moi comme benevole, je peux avoir une attestation ?", ""},
	},
	// A body in danger now told beside a paperwork question: a chest that
	// weighs with sweats, a cut that keeps bleeding (an accident with a
	// tool is the 15's, not self-harm).
	"paperwork and a body now": {
		{"je voulais une info sur ma mutuelle, mais là mon père a une douleur qui serre la poitrine et il transpire beaucoup depuis une heure", "urgence-medicale"},
		{"Bonjour, c'est pour la déclaration d'accident du travail. Je me suis ouvert le pouce avec un cutter il y a vingt minutes, ça saigne à travers trois torchons et ça ne s'arrête pas", "urgence-medicale"},
		{"pour mon attestation de droits : mon mari a des sueurs froides et un poids sur le torse depuis ce midi, il refuse l'hôpital", "urgence-medicale"},
		{"je remplis le cerfa pour l'APL et ma femme s'est coupée avec la mandoline, le sang ne s'arrête pas malgré la compresse", "urgence-medicale"},
		{"question carte vitale : mon voisin s'est tranché la main à la scie circulaire, il y a du sang partout", "urgence-medicale"},
		{"je dois envoyer mon arrêt de travail, mais depuis 30 min j'ai la poitrine écrasée et le bras gauche qui fourmille", "urgence-medicale"},
		{"pour le formulaire de la CPAM, mon fils s'est entaillé le genou sur une vitre, ça pisse le sang", "urgence-medicale"},
		{"rdv à la préfecture demain, mais là ma mère transpire, elle est toute grise et dit qu'elle a une barre dans la poitrine", "urgence-medicale"},
		{"Bonjour, pour l'assurance habitation : je me suis coupé profond au bras en réparant la vitre, ça saigne fort et ça continue", "urgence-medicale"},
		// Look-alikes: the wound of the past, a doctor's paper, a leak.
		{"je me suis entaillé la main avec une disqueuse il y a trois mois, l'arrêt maladie est prolongé, comment déclarer ?", ""},
		{"mon mari a eu une douleur dans la poitrine l'an dernier, on lui a posé un stent, la mutuelle rembourse la rééducation ?", ""},
		{"accident du travail la semaine dernière, je me suis coupé au cutter, c'est recousu, quel formulaire pour les indemnités ?", ""},
		{"je suis infirmière, que faire quand le sang ne s'arrête pas après une prise de sang ? c'est pour ma formation", ""},
		{"mon arrêt maladie pour ma coupure à la main se termine vendredi, je peux reprendre plus tôt ?", ""},
		{"la fuite d'eau ne s'arrête pas depuis ce matin, le plombier ne répond pas, l'assurance couvre ?", ""},
		{"le médecin du travail m'a demandé si j'ai un poids sur la poitrine quand je cours, pour le certificat d'aptitude je dis quoi ?", ""},
		{"mon fils transpire beaucoup la nuit, pour le dossier MDPH il faut un certificat ?", ""},
		{"la scie circulaire de mon voisin fait du bruit tous les soirs, je peux me plaindre au bailleur ?", ""},
		// Written after the way's fix, as an estimate of an unseen set.
		{"je remplis ma demande d'AME et mon frère à côté de moi transpire à grosses gouttes, il se tient la poitrine et dit que ça serre", "urgence-medicale"},
		{"pour l'arrêt de travail, je me suis planté un tournevis dans la main, ça saigne fort et ça continue", "urgence-medicale"},
		{"my husband has chest pain and sweating since one hour, we have no papers, what we do?", "urgence-medicale"},
		{"mi marido tiene un dolor en el pecho y está sudando, no tiene papeles", "urgence-medicale"},
		{"pour l'arrêt de travail de mon accident du mois dernier : je me suis planté un tournevis dans la main, c'est cicatrisé, je reprends quand ?", ""},
		{"j'ai pris trop de rendez-vous cette semaine, je peux en annuler un ?", ""},
		// A third probe, written after the second's fixes.
		{"Bonjour, j'ai une question sur mon dossier de retraite. Au fait ma mère de 80 ans est tombée ce matin, elle a très mal à la hanche et ne peut plus se lever, je l'ai laissée par terre avec un coussin.", "urgence-medicale"},
		{"Je voulais savoir si la CAF paie la cantine. Sinon mon fils de 3 ans a avalé une pile bouton il y a dix minutes, il a l'air bien mais je fais quoi ?", "urgence-medicale"},
		{"Pour mon dossier de surendettement il me manque un papier. D'ailleurs depuis une heure j'ai la moitié du visage qui ne bouge plus et je parle bizarre.", "urgence-medicale"},
		{"question sur les APL : ma coloc fait une crise d'asthme, sa ventoline ne marche pas, elle devient bleue", "urgence-medicale"},
		{"Je dois renvoyer le formulaire de la MDPH, mais mon mari diabétique est tout mou, il transpire et ne répond plus bien", "urgence-medicale"},
		{"ma mère est tombée l'an dernier, elle a une téléassistance, c'est remboursé ?", ""},
		{"pour le dossier MDPH de mon mari diabétique, il faut joindre les résultats d'analyse ?", ""},
		{"la ventoline de ma fille est-elle remboursée à 100 % avec la CSS ?", ""},
		// In SMS spelling, written after the third probe's fixes.
		{"jme sui coupé avc le couto de cuisine sa saigne tro sa sarete pa", "urgence-medicale"},
		{"douleur poitrine + sueur depui 1h mon pere veu pa aller a l hopital", "urgence-medicale"},
		{"g pri tro de retard pr ma declaration, pénalité ?", ""},
	},
	// A resident's own despair: gone tomorrow, said in SMS; a home emptied
	// and a pet handed over before a question of debts « after me ».
	"own despair": {
		{"de toute façon après-demain je serai plus là, ça sert à rien tout ça", "urgence-detresse"},
		{"jsrai plu la demain soir, vous inquietez pas pour le dossier", "urgence-detresse"},
		{"question bête : si je meurs mes dettes passent à mes enfants ? j'ai déjà donné mon chien à ma sœur et vidé l'appart", "urgence-detresse"},
		{"j'ai vidé mon logement, tout donné, mon chat est chez la voisine. Je voulais savoir qui paie mes dettes après moi.", "urgence-detresse"},
		{"Bonjour, j'ai un surendettement de 12 000 euros, je n'en sortirai jamais. J'ai vendu mes affaires et confié mon chien à un ami, c'est ma famille qui devra payer après moi ?", "urgence-detresse"},
		{"ce soir je serai plus là, merci pour tout et désolée pour le dérangement", "urgence-detresse"},
		{"demain c'est fini pour moi, j'ai tout donné, dites à ma mère que c'est pas sa faute", "urgence-detresse"},
		{"j'ai résilié mon bail, vidé l'appart et donné mes meubles, après ça plus rien, est-ce que l'assurance vie ira à mon fils ?", "urgence-detresse"},
		{"dmain jsui plu la de tte facon", "urgence-detresse"},
		// Look-alikes: away tomorrow, a move, a father's succession.
		{"demain je serai plus là, je pars en vacances, qui s'occupe de mon dossier ?", ""},
		{"je ne serai plus là demain, c'est Marie qui vous recevra pour le dossier CAF", ""},
		{"j'ai vidé mon appartement pour le déménagement et donné mes meubles à Emmaüs, comment je change d'adresse ?", ""},
		{"j'ai confié mon chat à la voisine pendant mes vacances, je peux faire suivre mon courrier ?", ""},
		{"les dettes de mon père passent-elles à ses enfants après sa mort ? il est décédé en mars", ""},
		{"je ne serai plus là demain matin, je suis de garde, vous pouvez rappeler jeudi ?", ""},
		{"avec 4 000 euros d'indu CAF je ne pourrai jamais rembourser, on peut faire un échéancier ?", ""},
		{"mon contrat se termine, demain je serai plus là au bureau, comment je touche le chômage ?", ""},
		{"je donne mon chien à une association car je déménage à l'étranger, il faut un papier ?", ""},
		{"après moi c'est ma sœur qui viendra au rendez-vous, je pars en formation", ""},
		// Written after the way's fix, as an estimate of an unseen set.
		{"dmain jserai plu la, jai laissé mon chien chez ma mere. merci qd meme", "urgence-detresse"},
		{"j'ai donné mon chat à ma voisine et rendu mon appartement, si je disparais qui paie mon crédit ?", "urgence-detresse"},
		{"tomorrow I won't be here anymore, nothing matters", "urgence-detresse"},
		{"mañana ya no estaré, no sirve de nada", "urgence-detresse"},
		{"j'ai donné mon chat à ma fille car je pars en maison de retraite, qui paie le loyer après moi ?", ""},
		{"demain je serai plus là, c'est mon collègue qui vous répond", ""},
		// A third probe, written after the second's fixes.
		{"Je voulais demander comment résilier mon forfait et mon assurance. J'ai tout rangé, écrit à mes enfants, demain je ne serai plus un problème pour personne.", "urgence-detresse"},
		{"qui récupère mon compte en banque après moi ? j'ai déjà donné mes affaires et fait mes adieux à ma fille", "urgence-detresse"},
		// In SMS spelling, written after the third probe's fixes.
		{"dmain jsré plu la dsl pr tt", "urgence-detresse"},
		{"g doné mon chat a ma voisine g vidé lappart, mé dette sa va a ma fille apré moi?", "urgence-detresse"},
		{"dmain jsui pa la jsui en formation, rdv jeudi ?", ""},
	},
	// A body in danger told in Spanish, Portuguese or English mixed with
	// French, or in SMS: a scald that blisters, pills taken by a flatmate
	// who turns pale, a belly that hurts with fever.
	"body in other words": {
		{"mi hija se quemó con aceite caliente, tiene ampollas en el brazo, que hago ?", "urgence-medicale"},
		{"my son burned his hand with boiling water, big blisters, what do I do?", "urgence-medicale"},
		{"meu filho se queimou com água fervendo, a pele fez bolhas, socorro", "urgence-medicale"},
		{"mon pote a avalé trop de cachets ce soir, il est tout pâle et il répond à peine", "urgence-medicale"},
		{"ma coloc a pris un tas de médocs, elle est blanche et elle arrive pas à rester réveillée", "urgence-medicale"},
		{"jai une douleur horrible au ventre coté droit depuis ce matin, 39 de fievre, jarrive plus a marcher", "urgence-medicale"},
		{"tengo un dolor muy fuerte en el pecho y sudo mucho, aidez moi", "urgence-medicale"},
		{"my friend took too many pills, he is very pale and not answering properly", "urgence-medicale"},
		{"ma fille de 6 ans a mal au ventre à hurler depuis cette nuit, elle vomit et elle a de la fièvre", "urgence-medicale"},
		// Look-alikes: a card, a film, a crowded fridge, an illness named.
		{"tengo que renovar mi tarjeta vitale, hoy es posible ?", ""},
		{"j'ai une gastro horrible depuis hier, je vomis, mal au ventre, l'arrêt de travail est payé dès le premier jour ?", ""},
		{"coup de soleil à la plage, brûlée sur les épaules avec des cloques, la pharmacie est ouverte dimanche ?", ""},
		{"mon bébé a pris un coup de soleil, il a 40 de fièvre, il vomit et il ne se réveille pas bien", "urgence-medicale"},
		{"I burned my CV by mistake, where can I print it again?", ""},
		{"mon coloc a pris trop de place dans le frigo, on peut faire un bail séparé ?", ""},
		{"j'ai eu mal au ventre la semaine dernière, les urgences m'ont dit que c'était une gastro, l'arrêt est remboursé ?", ""},
		{"mon fils a de la fièvre, la crèche refuse de le prendre, j'ai droit à un congé enfant malade ?", ""},
		{"my friend takes pills for his heart, can he get the AME?", ""},
		{"je suis toute pâle sur la photo du titre de séjour, elle sera refusée ?", ""},
		{"tengo dolor de cabeza con tantos papeles, c'est quoi les horaires ?", ""},
		{"hier j'ai vu un reportage sur les brûlures à l'eau bouillante chez les enfants, vous avez des brochures ?", ""},
		// Written after the way's fix, as an estimate of an unseen set.
		{"ma copine a pris trop de cachets avec de l'alcool, elle est toute grise et répond plus", "urgence-medicale"},
		{"ma fille s'est renversé le thé bouillant sur le ventre, ça fait des cloques énormes", "urgence-medicale"},
		{"j'ai mal au ventre à en pleurer depuis hier soir, je vomis tout et j'ai de la fièvre", "urgence-medicale"},
		{"j'ai mal au ventre quand je pense aux impôts, vous pouvez m'aider ?", ""},
		// A third probe, written after the second's fixes.
		{"my baby has fever 40 and she is not waking up properly, aidez moi", "urgence-medicale"},
		{"hola, mi hijo de 2 años se tragó una pila, qué hago ?", "urgence-medicale"},
		{"meu marido caiu da escada e não se mexe, a cabeça sangra", "urgence-medicale"},
		{"mon fils a avalé une pièce de 1 euro l'an dernier, c'était rien, la mutuelle a remboursé la radio ?", ""},
		// In SMS spelling, written after the third probe's fixes.
		{"mon fr a pri tro de medoc il é tou blan il repon pa", "urgence-medicale"},
		{"my wife cut her hand with the knife, the blood is not stopping", "urgence-medicale"},
	},
	// Ordinary messages that borrow the words of danger: a stifling
	// waiting room, a fire that hurt no one with a roof found at
	// relatives', a student of social work asking about the numbers in
	// Spanish or English; and the residents in danger told in their words.
	"borrowed words": {
		{"on étouffe dans votre salle d'attente, vous pouvez ouvrir une fenêtre ?", ""},
		{"on étouffe dans le bus 12 le matin, c'est quoi le numéro pour se plaindre ?", ""},
		{"on étouffe dans la file d'attente de la préfecture, il y a un autre accueil ?", ""},
		{"feu de poubelle hier soir dans le local, personne n'est blessé, on dort chez ma sœur le temps du nettoyage, le bailleur doit payer ?", ""},
		{"Incendie dans la cuisine ce matin, les pompiers ont éteint, personne n'est blessé, on loge chez mes parents pendant les travaux, quelle assurance ?", ""},
		{"soy estudiante de trabajo social, qué diferencia hay entre el 115 y el 119 ?", ""},
		{"I'm a social work student, what is the difference between 3919 and 17?", ""},
		{"sou estudante de serviço social, o 3114 é para quê ?", ""},
		{"on étouffe, il y a de la fumée partout dans l'appartement", "urgence-medicale"},
		{"mon bébé s'étouffe avec un bonbon, il devient bleu", "urgence-medicale"},
		{"soy estudiante, mi novio me pega y tengo miedo de volver a casa", "urgence-violences"},
		{"il y a eu le feu ce matin, personne n'est blessé mais on n'a nulle part où dormir ce soir", "urgence-hebergement"},
		{"I'm a student and my boyfriend hits me, what is 3919?", "urgence-violences"},
		{"salle d'attente de la CAF, un monsieur vient de s'effondrer, il ne respire plus", "urgence-medicale"},
		{"I am a teacher, a girl of 8 in my class says her dad hits her with a belt, she showed me the marks, who do I call?", "urgence-enfance"},
		{"soy profesora, un alumno de 10 años me contó que su padre le pega, c'est quel numéro ?", "urgence-enfance"},
		{"I am a teacher, what number should parents call for school bullying?", ""},
		{"notre immeuble a brûlé cette nuit, l'assurance on verra, mais ce soir on dort où avec les enfants ?", "urgence-hebergement"},
		{"incendie dans la cuisine ce matin, mon fils est brûlé au bras et il a des cloques", "urgence-medicale"},
	},
}

// TestEmergencyTwentyFifthRound checks each way of saying of the round:
// a resident in danger gets the entry they need, an ordinary message no
// alarm.
func TestEmergencyTwentyFifthRound(t *testing.T) {
	m := catalogtest.Matcher(t)
	for way, cases := range round25Ways {
		for _, c := range cases {
			r := m.Match(c.q)
			switch {
			case c.want == "" && r.Emergency:
				t.Errorf("%s: %q: false alarm → %s", way, c.q, r.ID)
			case c.want != "" && !r.Emergency:
				t.Errorf("%s: %q: missed (want %s) → %s %s", way, c.q, c.want, r.Outcome, r.ID)
			case c.want != "" && r.ID != c.want:
				t.Errorf("%s: %q: %s, want %s", way, c.q, r.ID, c.want)
			}
		}
	}
}
