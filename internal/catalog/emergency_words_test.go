package catalog

import (
	"slices"
	"strings"
	"testing"
)

func TestSpellElided(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"mon mari m tape", "mon mari me tape"},
		{"i m bat", "i me bat"},
		{"il m harcele", "il me harcele"},
		{"il m insulte et m tape", "il m insulte et me tape"},
		{"il m a tape", "il m a tape"},
		{"son pere l frappe", "son pere le frappe"},
		{"l hopital", "l hopital"},
		{"j suis battue", "je suis battue"},
		{"j habite ici", "j habite ici"},
		{"5 m de tissu", "5 m de tissu"},
		{"dans 3 j max", "dans 3 j max"},
		{"il t tape", "il t tape"},
		{"fin m", "fin m"},
	} {
		if got := strings.Join(messageWords(c.in), " "); got != c.want {
			t.Errorf("messageWords(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

func TestScriptWords(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"нам нема де ночувати сьогодні", "nam nema de nochuvaty sohodni"},
		{"нам негде ночевать", "nam negde nochevat"},
		{"бьет ребенка", "bet rebenka"},
		{"ولا يستيقظ", "و لا يستيقظ"},
		{"وحدي", "و حدي"},
		{"و", "و"},
		{"il me tape", "il me tape"},
	} {
		if got := strings.Join(messageWords(phraseKey(c.in)), " "); got != c.want {
			t.Errorf("messageWords(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

// TestSentenceBreaks checks where sentences end for the signals: at a
// stop, a question mark or a colon before a space, not at an ellipsis,
// nor at a dot inside a number or a name.
func TestSentenceBreaks(t *testing.T) {
	for _, c := range []struct {
		q    string
		want []int // the words a sentence ends before
	}{
		{"fin du mois. J'ai peur", []int{3}},
		{"avec tout dedans : carte bleue, clés", []int{3}},
		{"il m'a... frappée", nil},
		{"il reste 3.5 euros sur caf.fr", nil},
		{"tout saute! j'ai du retard? oui", []int{2, 6}},
		{"une seule phrase sans stop", nil},
		{"fini.\n\nAlors", []int{1}},
	} {
		words := messageWords(phraseKey(c.q))
		breaks := sentenceBreaks(c.q, words)
		var got []int
		for i, b := range breaks {
			if b {
				got = append(got, i)
			}
		}
		if !slices.Equal(got, c.want) {
			t.Errorf("sentenceBreaks(%q) = %v, want breaks before words %v (%q)", c.q, got, c.want, words)
		}
	}
}

// TestSignalReading checks that a signal is read in one sentence and not
// through a negation of its verb, and still read otherwise.
func TestSignalReading(t *testing.T) {
	m := NewMatcher(mustLoadFAQ(t))
	for _, c := range []struct {
		q    string
		want bool
	}{
		{"On part à la fin du mois. J'ai peur de rater des lettres.", false},
		{"moi peur, lui frapper moi", true},
		{"Tout saute. J'ai du retard de paiement.", false},
		{"je vais sauter du pont", true},
		{"Mon voisin n'arrête pas de parler de ses travaux", false},
		{"mon père a arrêté de parler d'un coup", true},
		{"il m'a frappée hier. il revient ce soir", true},
	} {
		msg := newMessage(phraseKey(c.q))
		hit := m.signalsIn(&msg)
		if len(hit) > 0 {
			hit = m.withinSentences(c.q, &msg, hit)
		}
		if got := len(hit) > 0; got != c.want {
			t.Errorf("signals in %q: %v, want %v", c.q, got, c.want)
		}
	}
}

// TestRankingOutweighs checks the last net against a signal found by
// chance: a story the engine answers with an ordinary entry, that the
// danger reader reads far from danger, is not an emergency for its one
// signal; blows told beside a procedure still are.
func TestRankingOutweighs(t *testing.T) {
	m := NewMatcher(mustLoadFAQ(t))
	for _, c := range []struct {
		q         string
		emergency bool
	}{
		// « tout … bleue » is a signal of a body in danger (« il est
		// tout bleu »), read here in one sentence.
		{"Samedi au marché on m'a arraché mon sac avec tout dedans, carte bleue, clés, papiers d'identité, j'ai déjà fait opposition pour la carte bancaire avec ma banque, pour la carte d'identité je ne sais pas par où commencer", false},
		{"On part de Roubaix pour Lyon à la fin du mois et moi j'ai peur de rater des lettres importantes pendant le temps qu'on change l'adresse partout", false},
		{"Pour mon dossier MDPH j'ai besoin d'aide, et aussi mon mari me bat quand je dis non.", true},
		{"mon bébé est tout bleu, il respire mal", true},
	} {
		msg := newMessage(phraseKey(c.q))
		if hit := m.signalsIn(&msg); len(hit) == 0 {
			t.Errorf("%q holds no signal: the net is not what is tested", c.q)
		}
		if got := m.Match(c.q).Emergency; got != c.emergency {
			t.Errorf("Match(%q).Emergency = %v, want %v", c.q, got, c.emergency)
		}
	}
}
