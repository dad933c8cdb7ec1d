package catalog_test

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"pimmsbot/internal/catalog"
	"pimmsbot/internal/catalog/catalogtest"
)

// isEmergency reports whether an evaluation line expects an emergency
// entry.
func isEmergency(c catalog.EvalCase) bool {
	for _, id := range c.Accept {
		if strings.HasPrefix(id, "urgence-") {
			return true
		}
	}
	return false
}

// TestEmergencies checks both sides of safety on every evaluation set of
// testdata (and ../shared/eval/dev.jsonl when present): each message of a
// resident in danger gets an emergency answer at once, and an emergency
// entry that accepts it; no other message gets an emergency answer, even
// when it borrows the words of danger (« ce formulaire va me tuer »).
func TestEmergencies(t *testing.T) {
	m := catalogtest.Matcher(t)
	var distress, answered, right, ordinary, falseAlarms int
	for file, cases := range evalSets(t, true) {
		for _, c := range cases {
			r := m.Match(c.Q)
			if isEmergency(c) {
				distress++
				switch {
				case !r.Emergency:
					t.Errorf("%s: in danger, not answered as an emergency: %q → %s %s (%.2f) %v", filepath.Base(file), c.Q, r.Outcome, r.ID, r.Confidence, r.Candidates)
				case slices.Contains(c.Accept, r.ID):
					answered++
					right++
				default:
					// The numbers are given at once, those of a neighbouring
					// emergency: counted, not failed.
					answered++
					t.Logf("%s: in danger, another emergency entry: %q → %s, want %v", filepath.Base(file), c.Q, r.ID, c.Accept)
				}
				continue
			}
			ordinary++
			if r.Emergency {
				falseAlarms++
				report := t.Logf
				if strings.Contains(file, "distress") {
					// The messages written to sound alarming: none may alarm.
					report = t.Errorf
				}
				report("%s: false alarm: %q → %s (%.2f) %v", filepath.Base(file), c.Q, r.ID, r.Confidence, r.Candidates)
			}
		}
	}
	t.Logf("in danger: %d/%d answered as an emergency, %d with the right entry; ordinary messages: %d false alarms in %d", answered, distress, right, falseAlarms, ordinary)
	if float64(falseAlarms) > 0.003*float64(ordinary) {
		t.Errorf("%d false alarms in %d ordinary messages, want at most 0.3 %%", falseAlarms, ordinary)
	}
	if distress > 0 && float64(right) < 0.95*float64(distress) {
		t.Errorf("right emergency entry for %d of %d messages in danger, want 95 %%", right, distress)
	}
}

// TestEmergencyReading checks how signals read a message: spellings by
// ear, figurative phrases that cover only their own words, and the victim
// that chooses between violence in the couple and children in danger.
func TestEmergencyReading(t *testing.T) {
	m := catalogtest.Matcher(t)
	for _, c := range []struct{ q, want string }{
		{"il ma frapé hier soir", "urgence-violences"},
		{"mon mari me tap dessu", "urgence-violences"},
		{"on dor dehor avc les enfan", "urgence-hebergement"},
		{"le loyer m'étrangle et mon mari me frappe", "urgence-violences"},
		{"le loyer m'étrangle, je peux avoir un délai ?", ""},
		{"je me noie dans les papiers de la caf", ""},
		{"mon fils et moi on s'est battus avec le site des impôts", ""},
		{"mon dossier ne bouge plus depuis trois mois", ""},
		{"je suis à la rue avec les ordinateurs, il y a un atelier ?", ""},
		{"je suis à la rue avec mes deux enfants", "urgence-hebergement"},
		{"la préfecture me rend folle, trois rendez-vous annulés, je vais craquer", ""},
		{"il me frappe devant les enfants", "urgence-violences"},
		{"mon ex tape notre fille de 5 ans", "urgence-enfance"},
		{"j'ai 15 ans et mon beau-père me frappe", "urgence-enfance"},
		{"ma sœur de 30 ans se fait frapper par son mari", "urgence-violences"},
		{"jai fait une ts hier soir jsuis seule", "urgence-detresse"},
		{"g deja fait 2 ts et la jy repense", "urgence-detresse"},
		{"on mange ts les jours a la cantine", ""},
		// Which emergency: self-harm that bleeds is distress, pills
		// taken with a body that fails are medical, a child's « papa »
		// and a school grade name a child, no child is not the 119.
		{"je me scarifie et ce soir ça saigne beaucoup, je n'arrive pas à arrêter", "urgence-detresse"},
		{"ma copine a avalé une boîte de somnifères, elle ne se réveille pas", "urgence-medicale"},
		{"mon papa me frappe", "urgence-enfance"},
		{"je suis en quatrième et un homme sur internet me demande des photos", "urgence-enfance"},
		{"je suis enfermée dans la salle de bains, mon copain tape sur la porte et hurle", "urgence-violences"},
		{"jsuis au college ma mere ma brulé le bras avec sa cigarette", "urgence-enfance"},
		{"c fini pr moi", "urgence-detresse"},
		{"mon ex menace de venir mettre le feu chez moi ce soir", "urgence-violences"},
		{"on a trouvé un chien abandonné sur le parking, qui appeler ?", ""},
		// « son » is French before it is English; a third party beaten
		// by her partner; a threat to kill the writer is violence; a
		// child put out by a parent is the 119; farewells are distress.
		{"ma cousine m'écrit que son copain la frappe, elle est enfermée", "urgence-violences"},
		{"il veut me tuer, il est devant la porte", "urgence-violences"},
		{"un garçon de 6 ans pleure sur le palier, son père l'a mis dehors en slip", "urgence-enfance"},
		{"les deux petits d'en face sont seuls depuis hier soir, ils ont 4 et 6 ans", "urgence-enfance"},
		{"j'ai écrit une lettre d'adieu à ma fille, ce soir c'est fini", "urgence-detresse"},
		{"jve plu vivre", "urgence-detresse"},
		{"I feel like a burden for everyone and I think about ending my life", "urgence-detresse"},
		{"my son fell from the stairs and vomited, he is very sleepy", "urgence-medicale"},
		{"j'ai mis de côté tous mes cachets depuis des semaines", "urgence-detresse"},
		{"ma voisine âgée est tombée, elle n'arrive pas à se relever", "urgence-medicale"},
		{"le bébé des voisins est seul dans la voiture au soleil depuis une heure", "urgence-enfance"},
		{"mon frère dit qu'il va se tuer, il s'est enfermé avec un couteau", "urgence-detresse"},
		{"il a un couteau et il dit qu'il va me tuer", "urgence-violences"},
		// Residents who write in English, or mix it with French or
		// Portuguese, with words the engine does not rank at all.
		{"he hit me again and he took my phone", "urgence-violences"},
		{"no place to sleep tonight, me and my son", "urgence-hebergement"},
		{"I want to end my life", "urgence-detresse"},
		{"my dad hits me every day, I am 11", "urgence-enfance"},
		{"my baby is not breathing", "urgence-medicale"},
		{"my son needs a paper for the school", ""},
		{"kil me rappelle demain pour le dossier svp", ""},
		// Being kept in, papers taken: violence, even when a child is
		// named for another reason.
		{"il me laisse pas sortir et il a pris mes papiers, je t'écris du portable de mon fils", "urgence-violences"},
		// A child victim told by the child, ages glued to « ans ».
		{"papa me tape jai 8ans", "urgence-enfance"},
		{"mon frère de 9ans, son père le tape tous les soirs", "urgence-enfance"},
		{"ma fille tape son CV à la médiathèque", ""},
		{"il m'a frappée ce soir, je suis seule avec mon bébé", "urgence-violences"},
		// Products swallowed; a wish to die spelt by ear.
		{"mon petit a avalé du destop", "urgence-medicale"},
		{"jme fou en lair ce soir", "urgence-detresse"},
		// A blow denied after « avoir » is none; a stop denied is a blow
		// that goes on.
		{"il ne m'a pas frappée, il a juste crié", ""},
		{"mon ex m'a jamais touchée, on cherche juste un accord pour la garde", ""},
		{"il a pas arrêté de me frapper depuis ce matin", "urgence-violences"},
		{"il a pas respiré pendant une minute et il est tout mou", "urgence-medicale"},
	} {
		checkEmergency(t, m, c.q, c.want)
	}
}

// TestEmergencyNeverOffered: an emergency entry is answered at once or not
// at all; it is never one of the buttons of a suggestion.
func TestEmergencyNeverOffered(t *testing.T) {
	m := catalogtest.Matcher(t)
	for file, cases := range evalSets(t, false) {
		for _, c := range cases {
			for _, id := range m.Match(c.Q).Offered {
				if strings.HasPrefix(id, "urgence-") {
					t.Errorf("%s: %q offers the emergency entry %s as a button", filepath.Base(file), c.Q, id)
				}
			}
		}
	}
}

// evalSets reads every evaluation set of testdata and, with dev, the
// shared dev set when present (beside the repository, or two levels up
// from a worktree), by file name.
func evalSets(t *testing.T, dev bool) map[string][]catalog.EvalCase {
	t.Helper()
	files, _ := filepath.Glob("testdata/*.jsonl")
	if dev {
		for _, f := range []string{"../../../shared/eval/dev.jsonl", "../../../../shared/eval/dev.jsonl"} {
			if _, err := os.Stat(f); err == nil {
				files = append(files, f)
				break
			}
		}
	}
	sets := map[string][]catalog.EvalCase{}
	for _, file := range files {
		f, err := os.Open(file)
		if err != nil {
			t.Fatal(err)
		}
		cases, err := catalog.ReadEvalCases(f)
		f.Close()
		if err != nil {
			t.Fatalf("%s: %v", file, err)
		}
		sets[file] = cases
	}
	return sets
}

// TestCalmFrames: a danger told as over, paperwork about it, or a
// professional's question is no emergency, and is not answered with an
// emergency entry either unless it names its number (see
// TestEmergencyAsPlainAnswer); a cue of present danger wins over the
// frame.
func TestCalmFrames(t *testing.T) {
	m := catalogtest.Matcher(t)
	for _, c := range []struct{ q, want string }{
		{"il y a quatre ans mon compagnon me battait, je suis en sécurité, je peux changer de caisse de retraite ?", ""},
		{"quand j'avais 16 ans j'ai avalé des médicaments, ça va mieux depuis longtemps, je peux donner mon sang ?", ""},
		{"une attestation de la gendarmerie pour l'agression de mon fils, la mutuelle la demande", ""},
		{"je suis éducatrice, comment fonctionne le 119 ?", ""},
		{"mon oncle est décédé d'une crise cardiaque, qui paie les obsèques ?", ""},
		{"il y a quatre ans mon compagnon me battait et il a recommencé hier", "urgence-violences"},
		{"je suis éducatrice, un gamin vient de me dire que son père le frappe", "urgence-enfance"},
		{"j'ai besoin d'une attestation, il m'a frappée et j'ai peur", "urgence-violences"},
		{"la CAF m'a tuée avec ses papiers, je vais me tuer ce soir", "urgence-detresse"},
		{"ma fille de 2 ans se réveille trois fois par nuit et pleure, c'est normal à son âge ?", ""},
		{"mon bébé pleure tout le temps la nuit, c'est normal pour un nourrisson ?", ""},
		{"mon mari m'interdit de sortir seule et me prend tout mon salaire, c'est normal ?", "urgence-violences"},
		{"Nous faisons un exercice d'évacuation incendie à l'école demain, que dire aux enfants ?", ""},
		{"la banque me menace de fermer mon compte, je peux faire quoi ?", ""},
		{"je suis élue, on prépare des affiches sur les violences conjugales, quel numéro mettre ?", ""},
		{"j'ai été agressée il y a huit ans, est-ce que je peux encore porter plainte ?", ""},
		{"mon père a fait un infarctus en mars, il est sorti de l'hôpital et va mieux, quelles aides pour lui ?", ""},
		{"je suis en arrêt maladie et je veux juste disparaître pour de bon", "urgence-detresse"},
		{"mon ex m'a frappée la semaine dernière, il m'attend devant chez moi", "urgence-violences"},
		{"ma fille a disparu cet après-midi, elle a été retrouvée chez une copine, je dois prévenir la police ?", ""},
		{"mon fils s'est brûlé la main hier, le pédiatre a dit que ce n'est pas grave, il faut un certificat pour l'école ?", ""},
		{"mon mari me met des gifles quand il rentre, hier il est rentré ivre", "urgence-violences"},
		{"ma sœur a fugué, elle m'écrit qu'elle va bien mais un homme la garde chez lui, elle a 15 ans", "urgence-enfance"},
		// Questions about the numbers themselves, a training, an
		// internship, a runaway who came back: no emergency.
		{"le 3114 c'est payant ?", ""},
		{"combien ça coûte d'appeler le 3919 ?", ""},
		{"je suis directrice de crèche, le 119 fait-il des formations sur la maltraitance ?", ""},
		{"mon fils fait un stage au 115, qui signe la convention de stage ?", ""},
		{"j'ai lu que le 115 était saturé, c'est vrai ?", ""},
		{"mon fils avait fugué en mai dernier, il est revenu le lendemain, tout s'est arrangé", ""},
		{"le 115 c'est gratuit ? je dors dehors ce soir avec mon fils", "urgence-hebergement"},
		{"plus de chauffage dans la maison depuis une semaine, quelle aide ?", ""},
		{"la caf me harcèle avec ses courriers de relance", ""},
		// Anger at a machine, a joke told of someone, a pet, a bill
		// that comes back, a wish to die at home, the news, a carer
		// telling an old story, a month gone: no emergency.
		{"j'ai envie d'exploser mon imprimante, elle n'imprime plus rien", ""},
		{"mon collègue m'a dit en rigolant qu'il allait étrangler son chef, on fait comment pour la mutuelle ?", ""},
		{"mon chat s'est coupé la patte, il saigne, le vétérinaire de garde coûte combien ?", ""},
		{"on m'a opéré il y a trois ans et l'hôpital m'envoie encore une facture", ""},
		{"mon grand-père veut mourir chez lui, quelles aides pour rester à domicile ?", ""},
		{"j'ai vu aux infos qu'une femme a été tuée par son mari, comment aider une amie ?", ""},
		{"je suis aide-soignante, une patiente m'a raconté qu'elle était battue dans les années 80, vers qui l'orienter ?", ""},
		{"opéré du cœur en février, comment toucher mes indemnités journalières ?", ""},
		{"la mairie fait une semaine de prévention du suicide, c'est quand ?", ""},
	} {
		r := checkEmergency(t, m, c.q, c.want)
		// A question about a number may get the entry's numbers as a
		// plain answer (« quel numéro mettre ? »); the others are no question
		// about an emergency.
		if c.want == "" && r.Outcome == catalog.Answer && strings.HasPrefix(r.ID, "urgence-") && !strings.ContainsAny(c.q, "0123456789") && !strings.Contains(c.q, "numéro") {
			t.Errorf("%q → answered with the emergency entry %s", c.q, r.ID)
		}
	}
}

// checkEmergency matches q and fails unless it is the emergency want ("":
// none); it returns the result.
func checkEmergency(t *testing.T, m *catalog.Matcher, q, want string) catalog.Result {
	t.Helper()
	r := m.Match(q)
	got := ""
	if r.Emergency {
		got = r.ID
	}
	if got != want {
		t.Errorf("%q → emergency %q, want %q", q, got, want)
	}
	return r
}

// TestEmergencyAsPlainAnswer: a resident who only asks about an
// emergency number or service, or tells a danger that is over or
// paperwork about it, gets the emergency entry's answer as a plain answer
// (its numbers, no alarm, no urgent ticket); a figurative phrase or a
// joke gets no emergency entry at all, neither as an answer nor offered;
// a present danger stays an emergency.
func TestEmergencyAsPlainAnswer(t *testing.T) {
	m := catalogtest.Matcher(t)
	for _, c := range []struct {
		q, plain, urgent string
	}{
		{q: "c'est quoi le 3114", plain: "urgence-detresse"},
		{q: "le 119 c'est pour quoi ?", plain: "urgence-enfance"},
		{q: "le 115 c'est gratuit ?", plain: "urgence-hebergement"},
		{q: "à quoi sert le 3919", plain: "urgence-violences"},
		{q: "le 3919, c'est ouvert le dimanche ?", plain: "urgence-violences"},
		{q: "je suis éducatrice, comment fonctionne le 119 ?", plain: "urgence-enfance"},
		{q: "c'est quoi la différence entre le 15, le 18 et le 112 ?", plain: "urgence-medicale"},
		{q: "le samu social, c'est quoi exactement ?", plain: "urgence-hebergement"},
		{q: "il y a six ans mon ex me battait, c'est fini, le 3919 peut encore m'aider à en parler ?", plain: "urgence-violences"},
		{q: "ce formulaire va me tuer"},
		{q: "j'ai failli mourir de honte au guichet"},
		{q: "mdr le 115 c'est le numéro de mon bus"},
		{q: "la CAF m'a tuée avec ses papiers, c'est quoi le 3114 ?"},
		{q: "le 115 c'est gratuit ? je dors dehors ce soir avec mon fils", urgent: "urgence-hebergement"},
		{q: "c'est quoi le 3919, mon mari me frappe encore", urgent: "urgence-violences"},
	} {
		r := m.Match(c.q)
		switch {
		case c.urgent != "":
			if !r.Emergency || r.ID != c.urgent {
				t.Errorf("%q → %s %s (emergency %v), want the emergency %s", c.q, r.Outcome, r.ID, r.Emergency, c.urgent)
			}
		case c.plain != "":
			if r.Outcome != catalog.Answer || r.ID != c.plain || r.Emergency {
				t.Errorf("%q → %s %s (emergency %v), want the plain answer %s", c.q, r.Outcome, r.ID, r.Emergency, c.plain)
			}
		default:
			if r.Emergency || strings.HasPrefix(r.ID, "urgence-") || slices.ContainsFunc(r.Offered, func(id string) bool { return strings.HasPrefix(id, "urgence-") }) {
				t.Errorf("%q → %s %s %v (emergency %v), want no emergency entry", c.q, r.Outcome, r.ID, r.Offered, r.Emergency)
			}
		}
	}
}

// TestEmergencyPlainRight: on every evaluation set, an emergency entry
// answered as a plain answer is one the line accepts, or the line is an
// ordinary message that accepts no entry (a question about a number).
func TestEmergencyPlainRight(t *testing.T) {
	m := catalogtest.Matcher(t)
	for file, cases := range evalSets(t, true) {
		for _, c := range cases {
			r := m.Match(c.Q)
			if r.Outcome == catalog.Answer && strings.HasPrefix(r.ID, "urgence-") && !r.Emergency &&
				len(c.Accept) > 0 && !slices.Contains(c.Accept, r.ID) {
				t.Errorf("%s: %q answered with %s as a plain answer, want %v", filepath.Base(file), c.Q, r.ID, c.Accept)
			}
		}
	}
}

// TestEverydayFamilyLife: a parent's everyday worry told with the words of
// family and night (an outside tester's harmful false alarms, qa10 H1),
// and a message that is only a figure of speech (qa10 L1), get no
// emergency entry and no entry about a death; the same words with a
// danger told beside them still do.
func TestEverydayFamilyLife(t *testing.T) {
	m := catalogtest.Matcher(t)
	for _, c := range []struct{ q, want string }{
		{"mon fils tousse beaucoup la nuit", ""},
		{"mon fils pleure la nuit", ""},
		{"ma fille rentre tard la nuit", ""},
		{"mon fils est puni", ""},
		{"mon fils a été puni à l'école", ""},
		{"la nuit je dors mal", ""},
		{"mon fils travaille la nuit", ""},
		{"le facteur a frappé ce matin", ""},
		{"mon fils chante la nuit", ""},
		{"ma fille se maquille le soir", ""},
		{"mon fils pleure la nuit, son père le frappe", "urgence-enfance"},
		{"la nuit je dors dehors avec mon fils", "urgence-hebergement"},
		{"le voisin a frappé mon fils", "urgence-enfance"},
	} {
		r := checkEmergency(t, m, c.q, c.want)
		if c.want == "" && strings.HasPrefix(r.ID, "urgence-") {
			t.Errorf("%q → %s %s, want no emergency entry", c.q, r.Outcome, r.ID)
		}
	}
	for _, q := range []string{"mort de rire", "je suis mort de fatigue"} {
		if r := m.Match(q); r.Outcome != catalog.Unknown || r.Emergency || len(r.Candidates) > 0 {
			t.Errorf("%q → %s %s %v, want unknown with no candidate", q, r.Outcome, r.ID, r.Candidates)
		}
	}
}
