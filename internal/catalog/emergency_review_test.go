package catalog_test

import (
	"testing"

	"pimmsbot/internal/catalog/catalogtest"
)

// TestEmergencyReviewCalmFrames checks, in our own words, that the calm
// frames of the distress18 round and the lead's (a dream, a fire over and
// its claim, a plan for a fall, a condition with a PAI) do not silence a
// danger told in the same words, and still calm their look-alikes: a fire
// going on with an insurance question, fits or a breath of now in a child
// with a PAI, a fall now after a téléassistance, a dream and then the
// danger of today.
func TestEmergencyReviewCalmFrames(t *testing.T) {
	m := catalogtest.Matcher(t)
	for _, c := range []struct{ q, want string }{
		// A fire going on: the alarm, whatever the claim asked about.
		{"le feu a pris dans la cuisine, mon fils est encore dedans, l'assurance va payer ?", "urgence-medicale"},
		{"il y a de la fumée partout dans l'immeuble, ça sent le brûlé, mon assurance habitation couvre ?", "urgence-medicale"},
		{"incendie chez moi en ce moment, les flammes montent, je dois appeler mon assureur ?", "urgence-medicale"},
		{"feu dans l'appartement du dessous maintenant, ma mère de 90 ans ne peut pas descendre l'escalier, on fait quoi pour l'assurance ?", "urgence-medicale"},
		{"l'immeuble est en train de brûler, la fumée entre chez nous, sinistre à déclarer comment ?", "urgence-medicale"},
		{"il y a le feu, on est coincés au 4e, l'assurance c'est pour plus tard", "urgence-medicale"},
		// A fire over: the claim.
		{"incendie dans notre cuisine la semaine dernière, personne de blessé, l'assurance rembourse comment ?", ""},
		{"le feu a pris dans la cave de l'immeuble hier, le syndic parle d'un expert, on fait quoi ?", ""},
		{"l'appartement a brûlé le mois dernier, nous sommes relogés chez ma sœur, comment avoir une aide de l'assurance ?", ""},
		{"il y avait de la fumée dans la cage d'escalier hier soir, les pompiers sont venus, l'assurance couvre la porte ?", ""},
		// Fits or a breath of now, with a PAI: the 15.
		{"mon fils a un PAI pour l'épilepsie, il convulse depuis cinq minutes et ne se réveille pas", "urgence-medicale"},
		{"mon fils a un PAI, il convulse là et ça ne s'arrête pas", "urgence-medicale"},
		{"ma fille épileptique a un PAI, elle fait une crise depuis dix minutes", "urgence-medicale"},
		{"il a un PAI pour son asthme, là il n'arrive plus à respirer, ses lèvres bleuissent", "urgence-medicale"},
		// The PAI asked about: a procedure.
		{"ma fille a un PAI pour ses crises d'épilepsie, le centre de loisirs doit le signer ?", ""},
		{"il convulse parfois la nuit quand il a de la fièvre, il a un PAI, qui le signe au collège ?", ""},
		// A fall now, after a plan for one.
		{"pour être prête au cas où elle tombe, j'ai pris une téléassistance, mais là elle est par terre et elle ne bouge plus", "urgence-medicale"},
		{"je voudrais une téléassistance pour ma mère au cas où elle tombe un jour", ""},
		// A dream, then the danger of today.
		{"j'ai rêvé que j'étais à la rue et ce soir je dors dehors pour de vrai", "urgence-hebergement"},
		{"cette nuit j'ai rêvé qu'il revenait, il est revenu ce matin et il m'a frappée", "urgence-violences"},
		{"j'ai rêvé que je mourais, ce serait mieux, je n'en peux plus de vivre", "urgence-detresse"},
		// A dream alone.
		{"j'ai fait un cauchemar où j'étais à la rue, je voudrais savoir comment demander un logement social", ""},
		{"j'ai rêvé que j'étais expulsée, c'est normal ? je dois deux mois de loyer", ""},
		{"j'ai rêvé que mon fils tombait du balcon et depuis je dors mal, c'est normal ?", ""},
		{"j'ai rêvé que j'étais à la rue et que personne ne m'aidait, je voudrais faire une demande de logement", ""},
	} {
		checkEmergency(t, m, c.q, c.want)
	}
}

// TestEmergencyReviewHeldAgainstWill checks that someone held against
// their will, told with « séquestrer », is the violence entry, and that
// the word of law (« le séquestre de la caution ») and a story long over
// are not.
func TestEmergencyReviewHeldAgainstWill(t *testing.T) {
	m := catalogtest.Matcher(t)
	for _, c := range []struct{ q, want string }{
		{"ma fille, son mari la séquestre depuis ce matin, elle m'a envoyé un sms", "urgence-violences"},
		{"il me séquestre dans l'appartement depuis deux jours", "urgence-violences"},
		{"ma sœur est séquestrée par son copain, elle m'écrit en cachette", "urgence-violences"},
		{"j'ai été séquestrée il y a cinq ans, je peux demander une indemnisation ?", ""},
		{"le séquestre de la caution chez le notaire, c'est normal ?", ""},
	} {
		checkEmergency(t, m, c.q, c.want)
	}
}
