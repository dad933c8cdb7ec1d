package catalog

import (
	"slices"
	"testing"
)

// TestQA10Lines locks the outside tester's findings of 7 December 2026
// (qa10 H2, M1, M2, L1) fixed by causes: an uncovered rare noun, typed
// markup, a lone letter, stems of other meanings, small talk and requests
// for a human.
func TestQA10Lines(t *testing.T) {
	m := NewMatcher(mustLoadFAQ(t))
	cases := []struct {
		q, want string // want "" for no answer
		offer   string // an entry that must be offered, when want is ""
	}{
		{q: "acheter un billet d'avion", want: ""},
		{q: "carte vitale européenne", want: ""},
		{q: "combien coûte un timbre pour une lettre", want: ""},
		{q: "comment passer le permis de conduire", offer: "emploi-cpf"},
		{q: "<b>test</b>", want: "greeting"},
		{q: "test", want: "greeting"},
		{q: "qui es tu", want: "greeting"},
		{q: "comment faire un testament", want: ""},
		{q: "je veux un médiateur", want: "handover"},
		{q: "pouvez vous me rappeler", want: "handover"},
		{q: "je voudrais voir quelqu'un", want: "handover"},
		{q: "que faites vous de mes données", want: "pimms-donnees-personnelles"},
		{q: "mon patron veut me virer", offer: "emploi-fin-contrat"},
	}
	for _, c := range cases {
		r := m.Match(c.q)
		switch {
		case c.offer != "":
			if r.ID != c.offer && !slices.Contains(r.Offered, c.offer) {
				t.Errorf("%q: %v %q offered %v, want %s answered or offered", c.q, r.Outcome, r.ID, r.Offered, c.offer)
			}
		case c.want == "":
			if r.Outcome == Answer {
				t.Errorf("%q: answered %s (%.2f), want no answer", c.q, r.ID, r.Confidence)
			}
			for _, wrong := range []string{"etrangers-naturalisation", "ants-passeport", "ants-perte-vol-papiers", "ameli-carte-vitale"} {
				if slices.Contains(r.Offered, wrong) {
					t.Errorf("%q: %s offered", c.q, wrong)
				}
			}
		case r.Outcome != Answer || r.ID != c.want:
			t.Errorf("%q: %v %q (%.2f), want %s answered", c.q, r.Outcome, r.ID, r.Confidence, c.want)
		}
	}
}

func TestDropMarkup(t *testing.T) {
	for in, want := range map[string]string{
		"<b>test</b>":         " test ",
		"ligne<br/>suite":     "ligne suite",
		`<a href="x">caf</a>`: " caf ",
		"moins de <3 ans":     "moins de <3 ans",
		"si loyer < 500 €":    "si loyer < 500 €",
		"pas fermé <b":        "pas fermé <b",
		"a <b> et </b> c":     "a   et   c",
	} {
		if got := dropMarkup(in); got != want {
			t.Errorf("dropMarkup(%q) = %q, want %q", in, got, want)
		}
	}
}

// TestStemFixesOtherMeanings: words the stemmer would join to a word of
// another meaning keep their own stem.
func TestStemFixesOtherMeanings(t *testing.T) {
	for a, b := range map[string]string{"testament": "test", "données": "donner", "virer": "virement"} {
		if stemFold(a) == stemFold(b) {
			t.Errorf("%q and %q share the stem %q", a, b, stemFold(a))
		}
	}
}
