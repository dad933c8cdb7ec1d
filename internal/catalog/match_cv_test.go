package catalog

import (
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

// Cross-validation of the decision on the union of the evaluation files.
// It runs only when PIMMSBOT_EVAL names the dev set; the held-out set
// (testdata/heldout.jsonl) is always added:
//
//	PIMMSBOT_EVAL=$PWD/../shared/eval/dev.jsonl go test -run CV -v ./internal/catalog/
//
// Each fold fits the confidence model on the other folds of both sets,
// chooses the answer threshold on them (cvThreshold), and is scored with
// the real Match (ties, clarifications, small talk) on its own lines.

const cvFolds = 5

// cvTargets are what the threshold is chosen for on the training folds:
// the lowest threshold with at most this share of wrong answers and at
// least this share of out-of-scope lines abstained.
const (
	cvMaxWrong      = 1.5
	cvMinAbstention = 95.0
	cvMaxSuggested  = 20.0 // the goal is 25 %: a margin for a new set
)

type evalSet struct {
	name  string
	cases []EvalCase
}

// mustEvalSets returns the dev set, the held-out set and, when present, the
// story-style tuning set (testdata/stories.jsonl).
func mustEvalSets(tb testing.TB) []evalSet {
	tb.Helper()
	dev := mustDevCases(tb)
	held := loadCases(tb, filepath.Join("testdata", "heldout.jsonl"))
	sets := []evalSet{{"dev", dev}, {"heldout", held}}
	if _, err := os.Stat(filepath.Join("testdata", "stories.jsonl")); err == nil {
		sets = append(sets, evalSet{"stories", loadCases(tb, filepath.Join("testdata", "stories.jsonl"))})
	}
	return sets
}

func loadCases(tb testing.TB, path string) []EvalCase {
	tb.Helper()
	old := os.Getenv("PIMMSBOT_EVAL")
	defer os.Setenv("PIMMSBOT_EVAL", old)
	os.Setenv("PIMMSBOT_EVAL", path)
	return mustDevCases(tb)
}

// evalMatch scores m.Match on cases, as "pimmsbot eval" does.
func evalMatch(m *Matcher, cases []EvalCase) EvalFigures {
	return evaluate(m, cases).All
}

// withConfidence returns p with the fitted confidence model.
func withConfidence(p params, w [nFeatures]float64, b float64) params {
	p.confBias, p.conf = b, w
	return p
}

// formatConf writes a fitted model as it is written in defaultParams.
func formatConf(w [nFeatures]float64, b float64) string {
	var ws []string
	for _, x := range w {
		ws = append(ws, fmt.Sprintf("%.3f", x))
	}
	return fmt.Sprintf("confBias: %.3f, conf: [nFeatures]float64{%s}", b, strings.Join(ws, ", "))
}

// cvThreshold picks the lowest answer threshold that meets the targets on
// cases (the training folds), with the real Match.
func cvThreshold(m *Matcher, cases []EvalCase) float64 {
	for th := 0.50; th < 0.96; th += 0.05 {
		m.p.answerConfidence = th
		f := evalMatch(m, cases)
		if f.WrongPct() <= cvMaxWrong && f.AbstainPct() >= cvMinAbstention {
			return th
		}
	}
	return 0.95
}

// cvConfirmThreshold picks the lowest suggestion threshold (below the
// answer threshold) at which at most cvMaxSuggested % of the out-of-scope
// lines of cases get a suggestion.
func cvConfirmThreshold(m *Matcher, cases []EvalCase) float64 {
	for th := 0.20; th < m.p.answerConfidence; th += 0.05 {
		m.p.confirmConfidence = th
		if evalMatch(m, cases).SuggestedPct() <= cvMaxSuggested {
			return th
		}
	}
	return m.p.answerConfidence
}

// crossValidate fits the confidence and the threshold on all folds but one
// and scores that one, for each fold; it returns the figures per set.
func crossValidate(c *Catalog, base params, sets []evalSet) ([]EvalFigures, []string) {
	out := make([]EvalFigures, len(sets))
	var notes []string
	m := newMatcher(c, base)
	for k := 0; k < cvFolds; k++ {
		var train []EvalCase
		test := make([][]EvalCase, len(sets))
		for si, s := range sets {
			for i, dc := range s.cases {
				if i%cvFolds == k {
					test[si] = append(test[si], dc)
				} else {
					train = append(train, dc)
				}
			}
		}
		w, b := fitLogistic(devSamples(m, train))
		m.p = withConfidence(base, w, b)
		th := cvThreshold(m, train)
		m.p.answerConfidence = th
		ct := cvConfirmThreshold(m, train)
		m.p.confirmConfidence = ct
		notes = append(notes, fmt.Sprintf("fold %d: thresholds %.2f/%.2f", k, th, ct))
		for si := range sets {
			out[si].Merge(evalMatch(m, test[si]))
		}
	}
	return out, notes
}

// TestCV prints the in-sample figures of the engine as it is, the
// confidence model and threshold fitted on the union of the sets, and the
// cross-validated figures per set.
func TestCV(t *testing.T) {
	sets := mustEvalSets(t)
	c := mustLoadFAQ(t)
	m := NewMatcher(c)
	for _, s := range sets {
		t.Logf("as is, %-8s %v", s.name, evalMatch(m, s.cases))
	}
	var all []EvalCase
	for _, s := range sets {
		all = append(all, s.cases...)
	}
	w, b := fitLogistic(devSamples(m, all))
	m.p = withConfidence(defaultParams, w, b)
	th := cvThreshold(m, all)
	m.p.answerConfidence = th
	ct := cvConfirmThreshold(m, all)
	m.p.confirmConfidence = ct
	t.Logf("fitted on the union: %s, answerConfidence: %.2f, confirmConfidence: %.2f", formatConf(w, b), th, ct)
	for _, s := range sets {
		t.Logf("refit,  %-8s %v", s.name, evalMatch(m, s.cases))
	}
	for th := 0.5; th < 0.96; th += 0.05 {
		m.p.answerConfidence = th
		var line []string
		for _, s := range sets {
			line = append(line, s.name+" "+evalMatch(m, s.cases).String())
		}
		t.Logf("  at %.2f: %s", th, strings.Join(line, " | "))
	}
	m.p.answerConfidence = defaultParams.answerConfidence
	for ct := 0.15; ct < m.p.answerConfidence; ct += 0.05 {
		m.p.confirmConfidence = ct
		var line []string
		for _, s := range sets {
			f := evalMatch(m, s.cases)
			line = append(line, fmt.Sprintf("%s helped %5.1f %% oos suggested %4.1f %%", s.name, f.HelpedPct(), f.SuggestedPct()))
		}
		t.Logf("  suggest from %.2f (answer at %.2f): %s", ct, m.p.answerConfidence, strings.Join(line, " | "))
	}
	figs, notes := crossValidate(c, defaultParams, sets)
	t.Log(strings.Join(notes, ", "))
	for i, s := range sets {
		t.Logf("CV,     %-8s %v", s.name, figs[i])
	}
	// Across styles: fit on one set, score the other.
	for i, train := range sets {
		w, b := fitLogistic(devSamples(m, train.cases))
		m.p = withConfidence(defaultParams, w, b)
		m.p.answerConfidence = cvThreshold(m, train.cases)
		m.p.confirmConfidence = cvConfirmThreshold(m, train.cases)
		for j, test := range sets {
			if j != i {
				t.Logf("fit on %s (threshold %.2f), %-8s %v", train.name, m.p.answerConfidence, test.name, evalMatch(m, test.cases))
			}
		}
	}
}

// setParam sets one ranking parameter by name (for TestCVGrid).
func setParam(p *params, name string, v float64) bool {
	switch name {
	case "weightTitle":
		p.weightTitle = v
	case "weightKeywords":
		p.weightKeywords = v
	case "weightQuestion":
		p.weightQuestion = v
	case "saturation":
		p.saturation = v
	case "typoFactor":
		p.typoFactor = v
	case "jaccardBonus":
		p.jaccardBonus = v
	case "unknownWeight":
		p.unknownWeight = v
	case "idfPower":
		p.idfPower = v
	case "digitFactor":
		p.digitFactor = v
	case "clarifyRatio":
		p.clarifyRatio = v
	case "clarifyGap":
		p.clarifyGap = v
	case "lengthNorm":
		p.lengthNorm = v
	case "closeLambda":
		p.closeLambda = v
	case "weightSituation":
		p.weightSituation = v
	case "rerank":
		p.rerank = v != 0
	case "rerankBonus":
		p.rerankBonus = v
	case "agreeConfidence":
		p.agreeConfidence = v
	case "rerankEpochs":
		defaultRerank.epochs = int(v)
	case "rerankRate":
		defaultRerank.rate = v
	case "rerankLearnt":
		defaultRerank.learnt = v
	case "clarifyShareGap":
		p.clarifyShareGap = v
	case "answerConfidence":
		// A threshold, not a ranking parameter: TestCV and TestCVGrid
		// choose their own; TestSituationDecision uses it as given.
		p.answerConfidence = v
	case "confirmConfidence":
		p.confirmConfidence = v
	case "suggestRatio":
		p.suggestRatio = v
	case "features":
		// Not a ranking parameter: the features the model is fitted on
		// (a bit mask, see fitFeatures).
		fitFeatures = uint(v)
	default:
		return false
	}
	return true
}

// TestCVGrid cross-validates every combination of the ranking parameters
// in $PIMMSBOT_GRID, e.g. "idfPower=1,1.5;jaccardBonus=0.5,1" (each
// with its own confidence model and threshold per fold).
func TestCVGrid(t *testing.T) {
	grid := os.Getenv("PIMMSBOT_GRID")
	if grid == "" {
		t.Skip("PIMMSBOT_GRID is not set")
	}
	sets := mustEvalSets(t)
	c := mustLoadFAQ(t)
	type axis struct {
		name string
		vals []float64
	}
	var axes []axis
	for _, part := range strings.Split(grid, ";") {
		name, vals, _ := strings.Cut(part, "=")
		a := axis{name: strings.TrimSpace(name)}
		for _, v := range strings.Split(vals, ",") {
			var f float64
			if _, err := fmt.Sscan(v, &f); err != nil {
				t.Fatal(err)
			}
			a.vals = append(a.vals, f)
		}
		ok := setParam(&params{}, a.name, 0)
		fitFeatures = defaultFitFeatures
		if !ok {
			t.Fatalf("unknown parameter %q", a.name)
		}
		axes = append(axes, a)
	}
	idx := make([]int, len(axes))
	for {
		p := defaultParams
		fitFeatures = defaultFitFeatures
		var label []string
		for i, a := range axes {
			setParam(&p, a.name, a.vals[idx[i]])
			label = append(label, fmt.Sprintf("%s=%g", a.name, a.vals[idx[i]]))
		}
		figs, _ := crossValidate(c, p, sets)
		m := newMatcher(c, p)
		var line []string
		for i, s := range sets {
			line = append(line, fmt.Sprintf("%s rank-1 %5.1f %% %v", s.name, rank1Pct(m, s.cases), figs[i]))
		}
		t.Logf("%s: %s", strings.Join(label, " "), strings.Join(line, " | "))
		if os.Getenv("PIMMSBOT_GRID_UNION") != "" {
			t.Logf("%s: fitted on the union: %s", strings.Join(label, " "), unionFitted(t, c, p, sets))
		}
		i := len(idx) - 1
		for ; i >= 0; i-- {
			idx[i]++
			if idx[i] < len(axes[i].vals) {
				break
			}
			idx[i] = 0
		}
		if i < 0 {
			fitFeatures = defaultFitFeatures
			return
		}
	}
}

// unionFitted fits the confidence and thresholds on the union of sets, as
// TestCV does for defaultParams, and scores with them the decision on the
// situation folds and the extra file $PIMMSBOT_GRID_EXTRA (neither is
// fitted on).
func unionFitted(t *testing.T, c *Catalog, p params, sets []evalSet) string {
	m := newMatcher(c, p)
	var all []EvalCase
	for _, s := range sets {
		all = append(all, s.cases...)
	}
	w, b := fitLogistic(devSamples(m, all))
	m.p = withConfidence(p, w, b)
	m.p.answerConfidence = cvThreshold(m, all)
	m.p.confirmConfidence = cvConfirmThreshold(m, all)
	fitted := m.p
	var sit EvalFigures
	for k := 0; k < cvFolds; k++ {
		cc, test := situationFold(c, k)
		sit.Merge(evalMatch(newMatcher(cc, fitted), test))
	}
	out := fmt.Sprintf("thresholds %.2f/%.2f | situations top-1 %.1f %% helped %.1f %% wrong %.1f %%",
		fitted.answerConfidence, fitted.confirmConfidence, sit.Top1Pct(), sit.HelpedPct(), sit.WrongPct())
	if path := os.Getenv("PIMMSBOT_GRID_EXTRA"); path != "" {
		out += fmt.Sprintf(" | %s %v", filepath.Base(path), evalMatch(m, loadCases(t, path)))
	}
	return out
}

// rank1Pct is the share of in-scope cases whose best candidate is right,
// whatever the decision: what the ranking alone is worth.
func rank1Pct(m *Matcher, cases []EvalCase) float64 {
	var in, ok int
	for _, c := range cases {
		if !c.InScope() {
			continue
		}
		in++
		if rk := m.rank(c.Q); rk.n > 0 && slices.Contains(c.Accept, m.docs[rk.top[0]].id) {
			ok++
		}
	}
	return Pct(ok, in)
}

// TestCVUnknownWords lists the words of the evaluation sets the catalogue
// does not know, most frequent first (for stop words and synonyms).
func TestCVUnknownWords(t *testing.T) {
	if os.Getenv("PIMMSBOT_UNKNOWN") == "" {
		t.Skip("PIMMSBOT_UNKNOWN is not set")
	}
	m := NewMatcher(mustLoadFAQ(t))
	n := map[string]int{}
	for _, s := range mustEvalSets(t) {
		for _, c := range s.cases {
			for _, qt := range m.analyze(c.Q) {
				if qt.term == nil {
					n[qt.tok]++
				}
			}
		}
	}
	var ws []string
	for w := range n {
		ws = append(ws, w)
	}
	slices.SortFunc(ws, func(a, b string) int { return n[b] - n[a] })
	var line []string
	for _, w := range ws {
		line = append(line, fmt.Sprintf("%s:%d", w, n[w]))
	}
	t.Log(strings.Join(line, " "))
}
