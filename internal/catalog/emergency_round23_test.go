package catalog_test

import (
	"slices"
	"testing"

	"pimmsbot/internal/catalog/catalogtest"
)

// TestEmergencyTwentyThirdRound checks, in our own words and written
// before the fixes, the families of residents in danger that the
// forty-fourth set showed missing (issue 19), each with the ordinary
// look-alikes it must leave calm.
func TestEmergencyTwentyThirdRound(t *testing.T) {
	m := catalogtest.Matcher(t)
	for _, c := range []struct{ q, want string }{
		// A relative who speaks only when the partner is there, a bruise seen.
		{"ma fille ne parle plus qu'en présence de son mari, j'ai vu des marques sur son bras", "urgence-violences"},
		{"mon amie ne sort plus qu'en présence de son compagnon et elle cache un bleu à l'œil", "urgence-violences"},
		{"ma sœur ne parle qu'en présence de son avocat pour le divorce, c'est normal ?", ""},
		// Blows that come back, told beside a question of papers.
		{"arrivée en France il y a deux ans pour le regroupement familial, il lève la main sur moi dès que je parle de travailler, je perds mon titre si je pars ?", "urgence-violences"},
		{"il y a dix ans mon ex a levé la main sur moi, aujourd'hui je demande la naturalisation, ça compte ?", ""},
		// Put out today, nowhere after.
		{"Demande de logement depuis trois ans. Aujourd'hui les gendarmes nous ont expulsés, on est avec les petits devant l'immeuble et après je ne sais pas.", "urgence-hebergement"},
		{"recours DALO il y a deux ans, aujourd'hui l'huissier m'a sortie avec mes affaires, je ne sais pas où aller", "urgence-hebergement"},
		{"l'huissier nous a expulsés il y a deux ans, aujourd'hui on est relogés, je veux récupérer la caution", ""},
		// A foyer closed, outside now, nothing tonight.
		{"ils ont évacué notre foyer, nous dehors maintenant avec les valises, ce soir rien du tout", "urgence-hebergement"},
		{"le foyer de jeunes travailleurs a fermé ce matin, moi dehors, cette nuit rien", "urgence-hebergement"},
		{"le foyer ferme le dimanche, on peut déposer un dossier ce soir ?", ""},
		// A farewell message received, then silence.
		{"mon frère m'a envoyé un message d'adieu cette nuit et il décroche plus", "urgence-detresse"},
		{"g recu un sms dadieu de ma cousine elle repond pa", "urgence-detresse"},
		{"mon collègue part à la retraite, il a envoyé un message d'adieu à toute l'équipe, comment on organise le pot ?", ""},
		// Marks on a child that come back each week, seen by an adult at work.
		{"je suis animatrice, une petite revient chaque lundi avec des bleus sur les bras et dit qu'elle s'est cognée, je fais quoi ?", "urgence-enfance"},
		{"je suis prof, un élève arrive tous les lundis avec des marques au cou, je le signale à qui ?", "urgence-enfance"},
		{"je suis bénévole, chaque lundi j'aide des enfants aux devoirs, il faut une attestation ?", ""},
		// A child beaten with a belt or a cable.
		{"mon compagnon frappe ma fille de 8 ans avec sa ceinture quand elle a des mauvaises notes", "urgence-enfance"},
		{"son père le corrige au câble électrique, il a 7 ans", "urgence-enfance"},
		{"mon fils de 6 ans a besoin d'une ceinture pour son pantalon d'uniforme, il y a une aide ?", ""},
		// A minor and a much older man who gives money, in secret.
		{"ma nièce de 14 ans reçoit de l'argent d'un homme de 35 ans qu'elle voit en cachette", "urgence-enfance"},
		{"ma fille a 16 ans, un adulte de 28 ans lui offre des cadeaux et la ramène tard la nuit", "urgence-enfance"},
		{"ma fille de 15 ans garde les enfants d'un homme de 40 ans le mercredi, il la paye, il faut déclarer ?", ""},
		// A child alone with no parent, outside or in a hall.
		{"un petit garçon dort seul dans le hall de mon immeuble, aucun parent, il fait froid", "urgence-enfance"},
		{"une gamine de 6 ans traîne seule dans la rue depuis ce matin, pas de parents", "urgence-enfance"},
		{"mon fils dort chez ses grands-parents sans ses parents ce week-end, il faut une autorisation ?", ""},
		// A child sent to beg, beaten.
		{"la voisine envoie son fils de 9 ans mendier à la gare et le frappe s'il rentre sans rien", "urgence-enfance"},
		{"un enfant de 11 ans est forcé de faire la manche tous les jours par son oncle", "urgence-enfance"},
		{"mon fils de 16 ans veut travailler au marché le samedi, il faut une autorisation ?", ""},
		// An allergy that swells now, whatever paper is asked about.
		{"question de mutuelle plus tard : ma fille a mangé des noix, elle est allergique, sa langue gonfle et elle respire mal", "urgence-medicale"},
		{"je remplis le formulaire CAF mais mon fils allergique a été piqué par une guêpe, son visage gonfle et il a du mal à avaler", "urgence-medicale"},
		{"mon fils est allergique aux arachides, la cantine doit faire un PAI, quel formulaire ?", ""},
		// A burn told in a few words.
		{"brûlée à la main, vite", "urgence-medicale"},
		{"mon fils brûlé au bras, aidez moi", "urgence-medicale"},
		{"brûlé au visage par le soleil à la plage, quelle crème ?", ""},
	} {
		checkEmergency(t, m, c.q, c.want)
	}
}

// TestEmergencyTwentyThirdRoundCalm checks ordinary messages that borrow
// the words of danger: a flat that « suffocates » with damp, a fall of
// last year now well in another language, a number checked for a
// student's project, insults to the bot, a fridge empty tonight.
func TestEmergencyTwentyThirdRoundCalm(t *testing.T) {
	m := catalogtest.Matcher(t)
	for _, c := range []struct{ q, want string }{
		{"appart humide, on étouffe, le proprio fait rien, recours ?", ""},
		{"on étouffe avec l'humidité dans le studio, à qui signaler ?", ""},
		{"mon fils étouffe, il a avalé un bonbon", "urgence-medicale"},
		{"je suis tombé d'une échelle l'an dernier, agora tudo bem, mais l'assurance ne paie pas", ""},
		{"ma mère a fait un malaise il y a deux ans, ahora todo bien, je veux changer de mutuelle", ""},
		{"pour mon projet à la fac, c'est quoi le numéro pour les violences conjugales ? le 3919 ?", ""},
		{"for my project at university: le 3114 c'est pour la prévention du suicide ?", ""},
		{"tu sers à rien", ""},
		{"vous êtes nuls", ""},
		{"bande d'incapables", ""},
		{"je suis nul, je veux mourir", "urgence-detresse"},
		{"le foyer a fermé pour travaux, on sera relogés où ?", ""},
		{"la résidence ferme pour rénovation en mars, qui s'occupe du relogement ?", ""},
		{"le foyer a fermé pour travaux, personne ne nous a relogés, on dort dans la rue avec le bébé", "urgence-hebergement"},
		{"plus rien dans les placards ce soir", ""},
		{"on a rien à manger ce soir avec les petits, où trouver un colis ?", ""},
		{"plus rien à manger et on dort dehors ce soir avec les enfants", "urgence-hebergement"},
	} {
		checkEmergency(t, m, c.q, c.want)
	}
}

// TestTwentyThirdRoundNoWorry checks what an outside check of the console
// found: an insult to the bot is no distress (no emergency, no doubt's
// numbers, Result.Worry); hunger, even tonight, is food aid's, not the
// 115's, unless no roof is told; and « je meurs de faim » is a question
// for food aid, while the hours asked beside it are still offered.
func TestTwentyThirdRoundNoWorry(t *testing.T) {
	m := catalogtest.Matcher(t)
	for _, q := range []string{
		"tu sers à rien", "vous servez à rien, bande de nuls", "t'es nul", "ce bot est vraiment inutile",
		"vous êtes des incapables", "bande d'abrutis",
		// A complaint about the bot, its subject after or before the
		// futility (an outside check: « ça sert à rien » read as despair).
		"c'est nul votre truc ça sert à rien", "votre bot sert à rien", "ton appli ne sert strictement à rien",
		"ça sert à rien votre site", "franchement votre service il sert a rien", "ce truc sert a rien du tout",
	} {
		if r := m.Match(q); r.Emergency || r.Worry {
			t.Errorf("%q → emergency %v, worry %v: an insult is no distress", q, r.Emergency, r.Worry)
		}
	}
	for _, q := range []string{
		"rien dans le frigo pour ce soir",
		"je n'ai plus rien à manger pour mes enfants ce soir",
		"plus rien dans les placards ce soir, vous avez une adresse ?",
	} {
		if r := m.Match(q); r.Emergency || r.ID == "urgence-hebergement" || slices.Contains(r.Offered, "urgence-hebergement") {
			t.Errorf("%q → %s %v emergency %v: hunger is no night outside", q, r.ID, r.Offered, r.Emergency)
		}
	}
	for _, q := range []string{"je meurs de faim", "on crève de faim"} {
		if r := m.Match(q); r.ID != "aide-alimentaire" {
			t.Errorf("%q → %s %s, want aide-alimentaire", q, r.Outcome, r.ID)
		}
	}
	q := "je meurs de faim, vous ouvrez à quelle heure ?"
	if r := m.Match(q); r.ID != "pimms-horaires-adresse" && !slices.Contains(r.Offered, "pimms-horaires-adresse") {
		t.Errorf("%q → %s %s %v, want the hours", q, r.Outcome, r.ID, r.Offered)
	}
	checkEmergency(t, m, "je n'ai plus rien à manger ce soir et on dort dehors avec les enfants", "urgence-hebergement")
}
