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
		// English, over.
		{"my father had a stroke last year, now he is fine, can he get help at home?", ""},
		{"my mother fell last winter and she is okay now, what is the APA?", ""},
	} {
		wantEmergency(t, m, c.q, c.want)
	}
}
