package catalog

import (
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"testing"
)

// TestRerankLearns trains the re-ranker on a small catalogue and checks
// that it tells its entries apart by words their examples use, even for a
// message that shares no example whole.
func TestRerankLearns(t *testing.T) {
	c := &Catalog{Entries: []*Entry{
		{ID: "passeport", Title: "Comment faire un passeport ?", Questions: []string{"passeport perdu", "refaire mon passeport"},
			Situations: []string{"ma fille part en voyage scolaire à Londres"}},
		{ID: "cantine", Title: "Comment payer la cantine ?", Questions: []string{"payer la cantine", "tarif cantine"},
			Situations: []string{"ma fille mange à l'école le midi"}},
	}}
	p := defaultParams
	p.rerank = true
	m := newMatcher(c, p)
	if m.rerank == nil {
		t.Fatal("no re-ranker trained")
	}
	probs := make([]float64, len(m.docs))
	for q, want := range map[string]string{
		"voyage scolaire à Londres": "passeport",
		"elle mange le midi":        "cantine",
	} {
		m.classify(m.analyze(q), probs)
		best := slices.Index(probs, slices.Max(probs))
		if got := m.docs[best].id; got != want {
			t.Errorf("%q: re-ranker prefers %s (%v), want %s", q, got, probs, want)
		}
	}
}

// TestRerankOff checks that the engine works without a re-ranker.
func TestRerankOff(t *testing.T) {
	p := defaultParams
	p.rerank = false
	m := newMatcher(mustLoadFAQ(t), p)
	if m.rerank != nil {
		t.Fatal("re-ranker trained although p.rerank is false")
	}
	if r := m.Match("j'ai perdu ma carte vitale"); r.Outcome != Answer || r.ID == "" {
		t.Fatalf("without a re-ranker: %+v", r)
	}
}

// TestRerankAlone prints the rank-1 of the re-ranker alone (its most
// probable entry) on the situation folds and on the evaluation files, for
// each combination of the training settings in $PIMMSBOT_RERANK (names of
// setParam):
//
//	PIMMSBOT_RERANK='rerankEpochs=4,8;rerankRate=0.5' \
//	PIMMSBOT_EVAL=/work/shared/eval/dev.jsonl go test -run 'TestRerankAlone$' -v ./internal/catalog/
func TestRerankAlone(t *testing.T) {
	grid := os.Getenv("PIMMSBOT_RERANK")
	if grid == "" {
		t.Skip("PIMMSBOT_RERANK is not set")
	}
	saved := defaultRerank
	defer func() { defaultRerank = saved }()
	for _, combo := range gridCombos(t, grid) {
		p := defaultParams
		p.rerank = true
		for _, kv := range combo {
			if !setParam(&p, kv.name, kv.v) {
				t.Fatalf("unknown parameter %q", kv.name)
			}
		}
		t.Logf("%v %s", combo, rerankAlone(t, p))
	}
}

// rerankAlone returns the rank-1 of the re-ranker alone, trained with p,
// on the situation folds and the evaluation files.
func rerankAlone(t *testing.T, p params) string {
	c := mustLoadFAQ(t)
	rank1, _ := foldsRank1(c, p, rerankBest)
	line := fmt.Sprintf("situations %.1f", rank1)
	m := newMatcher(c, p)
	sets := mustEvalSets(t)
	sets = append(sets, evalSet{"residents", loadCases(t, filepath.Join("testdata", "residents.jsonl"))})
	for _, s := range sets {
		ok, n := 0, 0
		for _, tc := range s.cases {
			if tc.InScope() {
				n++
				if slices.Contains(tc.Accept, rerankBest(m, tc.Q)) {
					ok++
				}
			}
		}
		line += fmt.Sprintf(" | %s %.1f", s.name, Pct(ok, n))
	}
	return line
}

// rerankBest returns the re-ranker's most probable document for q.
func rerankBest(m *Matcher, q string) string {
	probs := make([]float64, len(m.docs))
	m.classify(m.analyze(q), probs)
	return m.docs[slices.Index(probs, slices.Max(probs))].id
}

// BenchmarkNewMatcherPlain builds the matcher without the re-ranker, to
// be compared with BenchmarkNewMatcher: the difference is its training.
func BenchmarkNewMatcherPlain(b *testing.B) {
	c := mustLoadFAQ(b)
	p := defaultParams
	p.rerank = false
	b.ReportAllocs()
	for b.Loop() {
		newMatcher(c, p)
	}
}

// BenchmarkTrainRerank measures the re-ranker's training alone.
func BenchmarkTrainRerank(b *testing.B) {
	m, ix := indexCatalog(mustLoadFAQ(b), defaultParams)
	b.ReportAllocs()
	for b.Loop() {
		m.newRerank(ix.texts, defaultRerank)
	}
}

// TestDisagreementSuggests checks that when the re-ranker changes the best
// entry, an answer needs agreeConfidence: below it, the engine offers
// entries instead (emergencies, read on the plain ranking, are left
// aside). Without the rule, some line of the test sets (testdata/*.jsonl)
// would have been answered: which ones changes with the FAQ, as the
// re-ranker learns from it, so every set is read.
func TestDisagreementSuggests(t *testing.T) {
	names, _ := filepath.Glob(filepath.Join("testdata", "*.jsonl"))
	var cases []EvalCase
	for _, name := range names {
		cases = append(cases, loadCases(t, name)...)
	}
	m := NewMatcher(mustLoadFAQ(t))
	loose := newMatcher(mustLoadFAQ(t), defaultParams)
	loose.p.agreeConfidence = 0
	held := 0
	for _, c := range cases {
		rk, plain := m.rankBoth(c.Q)
		if rk.ordinary != nil {
			// An emergency entry ranks first: Match decides on the
			// ranking of the others (rankOrdinary).
			rk = *rk.ordinary
		}
		conf := m.confidence(rk)
		if rk.n == 0 || rk.agree || conf >= m.p.agreeConfidence {
			continue
		}
		if _, urgent := m.emergency(c.Q, plain, new(message)); urgent {
			continue
		}
		if r := m.Match(c.Q); r.Outcome == Answer {
			t.Errorf("%q: answered %s at %.2f although the plain ranking's best differs", c.Q, r.ID, conf)
		}
		if r := loose.Match(c.Q); r.Outcome == Answer {
			held++
		}
	}
	if held == 0 {
		t.Error("no line is held back by the rule: the test no longer tests it")
	}
	t.Logf("%d lines held back from an answer", held)
}

// TestRerankSeedStable checks that the re-ranker's training does not
// depend on its shuffling order: models trained with two seeds give the
// same best document to nearly every message of the test sets. Trained
// with a large first rate (3, five passes), 38 of 624 changed; the
// gentle training (rate 1, twelve passes) changes 17 (§ 4 of
// docs/answer-engine.md: the figures no longer move by a point or two
// with the seed, nor with a harmless line of content).
func TestRerankSeedStable(t *testing.T) {
	if testing.Short() {
		t.Skip("trains the re-ranker twice")
	}
	var cases []EvalCase
	for _, name := range []string{"residents.jsonl", "heldout.jsonl", "stories.jsonl"} {
		cases = append(cases, loadCases(t, filepath.Join("testdata", name))...)
	}
	m, ix := indexCatalog(mustLoadFAQ(t), defaultParams)
	m.indexQuestions(ix.qtoks)
	other := defaultRerank
	other.seed++
	models := []*rerankModel{m.newRerank(ix.texts, defaultRerank), m.newRerank(ix.texts, other)}
	changed := 0
	for _, c := range cases {
		var best [2]string
		for i, rm := range models {
			m.rerank = rm
			best[i] = rerankBest(m, c.Q)
		}
		if best[0] != best[1] {
			changed++
		}
	}
	t.Logf("%d of %d messages change their best document with the seed", changed, len(cases))
	if changed*25 > len(cases) {
		t.Errorf("%d of %d messages change their best document with the seed, want at most one in 25", changed, len(cases))
	}
}
