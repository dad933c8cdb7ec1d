package catalog

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"pimmsbot/faq"
)

func mustLoadFAQ(tb testing.TB) *Catalog {
	tb.Helper()
	c, err := Load(faq.FS)
	if err != nil {
		tb.Fatal(err)
	}
	return c
}

// benchQuestions mix the shapes residents send: short, misspelled, long
// stories, small talk and out of scope.
var benchQuestions = []string{
	"bonjour, j'ai perdu ma carte vitale",
	"renouvelement cni",
	"mdp oublié ameli",
	"slt ma proprio veut plus me rendre ma caution et jsais pas a qui demander de l'aide, jai deja envoyer un courrier",
	"merci",
	"recette de la blanquette de veau",
}

func BenchmarkMatch(b *testing.B) {
	m := NewMatcher(mustLoadFAQ(b))
	b.ReportAllocs()
	i := 0
	for b.Loop() {
		m.Match(benchQuestions[i%len(benchQuestions)])
		i++
	}
}

// BenchmarkMatchWorstCase sends 4,000 characters of distinct unknown long
// words: every word is stemmed and the typo look-ups hit their cap.
func BenchmarkMatchWorstCase(b *testing.B) {
	m := NewMatcher(mustLoadFAQ(b))
	var sb strings.Builder
	for i := 0; sb.Len() < 4000; i++ {
		sb.WriteString("qwertzuiopasdf"[i%14:] + string(rune('a'+i%26)) + "gh ")
	}
	q := sb.String()[:4000]
	b.ReportAllocs()
	for b.Loop() {
		m.Match(q)
	}
}

func BenchmarkNewMatcher(b *testing.B) {
	c := mustLoadFAQ(b)
	b.ReportAllocs()
	for b.Loop() {
		NewMatcher(c)
	}
}

func BenchmarkNormalize(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		Normalize(benchQuestions[3])
	}
}

// TestMatchRealFAQ checks the engine on the embedded FAQ with a few
// questions written for this test (not from any evaluation file).
func TestMatchRealFAQ(t *testing.T) {
	m := NewMatcher(mustLoadFAQ(t))
	tests := []struct {
		q       string
		outcome Outcome
		id      string
	}{
		{"bonjour, j'ai perdu ma carte vitale", Answer, "ameli-carte-vitale"},
		{"je veux parler à quelqu'un", Answer, IntentHandover},
		{"un conseiller svp", Answer, IntentHandover},
		{"humain", Answer, IntentHandover},
		{"slt", Answer, IntentGreeting},
		{"merci bcp", Answer, IntentThanks},
		{"bonne journée", Answer, IntentGoodbye},
		{"recette de la blanquette de veau", Unknown, ""},
		{"qui a gagné le match de foot", Unknown, ""},
		{"", Unknown, ""},
	}
	for _, tt := range tests {
		got := m.Match(tt.q)
		if got.Outcome != tt.outcome || got.ID != tt.id {
			t.Errorf("Match(%q) = %v %q (%.2f, %v), want %v %q", tt.q, got.Outcome, got.ID, got.Confidence, got.Candidates, tt.outcome, tt.id)
		}
		checkResult(t, got)
	}
}

// TestMatchResidents runs testdata/residents.jsonl: questions written for
// this test in residents' style (short, SMS, typos, out of scope), one or
// two per entry, never taken from an evaluation file. It guards the
// figures against regressions when the content or the engine changes.
func TestMatchResidents(t *testing.T) {
	m := NewMatcher(mustLoadFAQ(t))
	f, err := os.Open(filepath.Join("testdata", "residents.jsonl"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	cases, err := ReadEvalCases(f)
	if err != nil {
		t.Fatal(err)
	}
	rep := evaluate(m, cases)
	for _, l := range rep.Failures {
		checkResult(t, l.Result)
		if l.Wrong() {
			t.Logf("%q answered %s, want %v", l.Case.Q, l.Result.ID, l.Case.Accept)
		}
	}
	t.Log(rep.All)
	f2 := rep.All
	// The set has 11 out-of-scope lines: one suggestion is 9 points, and
	// a suggestion sits near its threshold (« le prix de l'essence »
	// offers Crit'Air at 0.30–0.33 as the re-ranker is retrained on new
	// questions), so the floor for suggestions is looser than the 25 %
	// goal, which is measured on the blind sets (docs/answer-engine.md).
	if f2.Top1Pct() < 85 || f2.Top3Pct() < 95 || f2.HelpedPct() < 97 || f2.WrongPct() > 3 || f2.AbstainPct() < 80 || f2.SuggestedPct() > 46 {
		t.Errorf("below the floor: top-1 ≥ 85 %%, top-3 ≥ 95 %%, helped ≥ 97 %%, wrong ≤ 3 %%, abstained ≥ 80 %%, out-of-scope suggested ≤ 46 %% (5 of 11)")
	}
}

// A short question about a place the FAQ does not know is about that
// place, even when its other words (« ferme », « heure ») are those of an
// entry: it is offered, not answered. The same words about the PIMMS, or
// with no subject, are answered.
func TestQuestionAboutElsewhere(t *testing.T) {
	m := NewMatcher(mustLoadFAQ(t))
	for _, q := range []string{"le mcdo ferme a kel heure", "la pizzeria est ouverte quand"} {
		if res := m.Match(q); res.Outcome == Answer {
			t.Errorf("%q: answered %s (confidence %.2f), want no answer", q, res.ID, res.Confidence)
		}
	}
	for _, q := range []string{"le pimms ferme a kel heure", "vous fermez à quelle heure", "la caf paie quand"} {
		if res := m.Match(q); res.Outcome != Answer {
			t.Errorf("%q: outcome %v, want an answer", q, res.Outcome)
		}
	}
}
