package catalog

import (
	"fmt"
	"math"
	"os"
	"slices"
	"testing"
)

// These tests help tune the engine on an evaluation file; they run only
// when PIMMSBOT_EVAL names one, e.g.
//
//	PIMMSBOT_EVAL=../../../shared/eval/dev.jsonl go test -run Dev -v ./internal/catalog/

func mustDevCases(tb testing.TB) []EvalCase {
	tb.Helper()
	path := os.Getenv("PIMMSBOT_EVAL")
	if path == "" {
		tb.Skip("PIMMSBOT_EVAL is not set")
	}
	f, err := os.Open(path)
	if err != nil {
		tb.Fatal(err)
	}
	defer f.Close()
	cases, err := ReadEvalCases(f)
	if err != nil {
		tb.Fatalf("%s: %v", path, err)
	}
	return cases
}

// TestDevFeatures writes the evidence behind each decision as CSV to
// $PIMMSBOT_FEATURES, for studying thresholds.
func TestDevFeatures(t *testing.T) {
	cases := mustDevCases(t)
	out := os.Getenv("PIMMSBOT_FEATURES")
	if out == "" {
		t.Skip("PIMMSBOT_FEATURES is not set")
	}
	m := NewMatcher(mustLoadFAQ(t))
	f, err := os.Create(out)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	fmt.Fprintln(f, "oos,top1ok,top3ok,coverage,closest,ratio,unknown,gap,score,intent,q")
	for _, dc := range cases {
		rk := m.rank(dc.Q)
		top1, top3 := false, false
		for i := 0; i < rk.n; i++ {
			if slices.Contains(dc.Accept, m.docs[rk.top[i]].id) {
				top3 = true
				top1 = top1 || i == 0
			}
		}
		intent := rk.n > 0 && m.docs[rk.top[0]].intent
		fmt.Fprintf(f, "%v,%v,%v,%.4f,%.4f,%.4f,%.4f,%.4f,%.4f,%v,%q\n", len(dc.Accept) == 0, top1, top3,
			rk.coverage, rk.closest, rk.ratio, rk.unknown, rk.gap, rk.score[0], intent, dc.Q)
	}
}

// TestDevExplain prints how the question in $PIMMSBOT_Q is scored.
func TestDevExplain(t *testing.T) {
	q := os.Getenv("PIMMSBOT_Q")
	if q == "" {
		t.Skip("PIMMSBOT_Q is not set")
	}
	m := NewMatcher(mustLoadFAQ(t))
	for _, qt := range m.analyze(q) {
		line := fmt.Sprintf("%-14s w=%.2f", qt.tok, qt.weight)
		if qt.term != nil {
			line += fmt.Sprintf(" idf=%.2f df=%d:", qt.term.idf, len(qt.term.postings))
			for i, p := range qt.term.postings {
				if i < 8 {
					line += fmt.Sprintf(" %s=%.2f", m.docs[p.doc].id, p.weight)
				}
			}
		}
		t.Log(line)
	}
	rk := m.rank(q)
	for i := 0; i < rk.n; i++ {
		t.Logf("%s %.2f", m.docs[rk.top[i]].id, rk.score[i])
	}
	t.Logf("coverage %.2f closest %.2f ratio %.2f unknown %.2f -> %+v", rk.coverage, rk.closest, rk.ratio, rk.unknown, m.Match(q))
}

// devSample is the evidence for one evaluation line, the best candidate
// and whether answering it would be right.
type devSample struct {
	x     [nFeatures]float64 // ranking.features
	c     EvalCase
	top   string // the best candidate's id; "" when there is none
	right bool   // the best candidate is accepted
}

func devSamples(m *Matcher, cases []EvalCase) []devSample {
	out := make([]devSample, len(cases))
	for i, dc := range cases {
		rk := m.rank(dc.Q)
		s := devSample{c: dc}
		if rk.n > 0 {
			s.x = rk.features()
			s.top = m.docs[rk.top[0]].id
			s.right = slices.Contains(dc.Accept, s.top)
		} else {
			s.x[featUnknown] = 1
		}
		out[i] = s
	}
	return out
}

// fitFeatures is the set of features the confidence model is fitted on
// (bit i for feature i); the others keep a weight of 0.
var fitFeatures = defaultFitFeatures

const defaultFitFeatures uint = 1<<featScore | 1<<featCoverage | 1<<featClosest | 1<<featMargin | 1<<featUnknown | 1<<featShare

// fitLogistic fits P(right | x) by gradient descent with a little L2, on
// the features of fitFeatures.
func fitLogistic(samples []devSample) (w [nFeatures]float64, b float64) {
	const lr, l2 = 0.1, 0.001
	n := float64(len(samples))
	for it := 0; it < 20000; it++ {
		var gw [nFeatures]float64
		gb := 0.0
		for _, s := range samples {
			z := b
			for i := range w {
				z += w[i] * s.x[i]
			}
			y := 0.0
			if s.right {
				y = 1
			}
			d := 1/(1+math.Exp(-z)) - y
			for i := range w {
				gw[i] += d * s.x[i]
			}
			gb += d
		}
		for i := range w {
			if fitFeatures&(1<<i) != 0 {
				w[i] -= lr * (gw[i]/n + l2*w[i])
			}
		}
		b -= lr * gb / n
	}
	return w, b
}

// devScore returns the figures of "pimmsbot eval" when the engine answers
// the best candidate at or above threshold under the model (w, b), and
// says it does not know below.
func devScore(samples []devSample, w [nFeatures]float64, b, threshold float64) EvalFigures {
	var f EvalFigures
	for _, s := range samples {
		z := b
		for i := range w {
			z += w[i] * s.x[i]
		}
		var r Result
		if 1/(1+math.Exp(-z)) >= threshold {
			r = Result{Outcome: Answer, ID: s.top}
		}
		f.Add(s.c, r)
	}
	return f
}

// TestDevFit fits the confidence model on the evaluation file and prints
// the weights (to copy into defaultParams) and the figures per threshold.
func TestDevFit(t *testing.T) {
	cases := mustDevCases(t)
	m := NewMatcher(mustLoadFAQ(t))
	samples := devSamples(m, cases)
	w, b := fitLogistic(samples)
	t.Log(formatConf(w, b))
	for th := 0.3; th < 0.91; th += 0.05 {
		f := devScore(samples, w, b, th)
		t.Logf("threshold %.2f: top-1 %.1f %%, wrong %.1f %%, abstained %.1f %%", th, f.Top1Pct(), f.WrongPct(), f.AbstainPct())
	}
	// 5-fold cross-validation at the chosen threshold: an honest estimate
	// of the figures on questions the model was not fitted on.
	const folds = 5
	var top1, wrong, abstain float64
	for k := 0; k < folds; k++ {
		var train, test []devSample
		for i, s := range samples {
			if i%folds == k {
				test = append(test, s)
			} else {
				train = append(train, s)
			}
		}
		w, b := fitLogistic(train)
		f := devScore(test, w, b, defaultParams.answerConfidence)
		top1 += f.Top1Pct() / folds
		wrong += f.WrongPct() / folds
		abstain += f.AbstainPct() / folds
	}
	t.Logf("cross-validated at %.2f: top-1 %.1f %%, wrong %.1f %%, abstained %.1f %%",
		defaultParams.answerConfidence, top1, wrong, abstain)
}

// TestDevTune tries ranking parameters; for each it refits the confidence
// and reports the best top-1 with at most 2 % wrong answers and at least
// 93 % abstention.
func TestDevTune(t *testing.T) {
	cases := mustDevCases(t)
	if os.Getenv("PIMMSBOT_TUNE") == "" {
		t.Skip("PIMMSBOT_TUNE is not set")
	}
	c := mustLoadFAQ(t)
	type result struct {
		p    params
		f    EvalFigures
		th   float64
		rank int
	}
	var results []result
	for _, wt := range []float64{1, 2, 3} {
		for _, wk := range []float64{1, 2, 3} {
			for _, sat := range []float64{0.8, 1.2, 2} {
				for _, jb := range []float64{0.5, 1, 1.5} {
					for _, uw := range []float64{0.3, 0.5, 0.8} {
						p := defaultParams
						p.weightTitle, p.weightKeywords, p.saturation, p.jaccardBonus, p.unknownWeight = wt, wk, sat, jb, uw
						m := newMatcher(c, p)
						samples := devSamples(m, cases)
						rank := 0
						for _, s := range samples {
							if s.right && s.c.InScope() {
								rank++
							}
						}
						w, b := fitLogistic(samples)
						best := result{p: p, rank: rank}
						for th := 0.3; th < 0.91; th += 0.05 {
							f := devScore(samples, w, b, th)
							if f.WrongPct() <= 2 && f.AbstainPct() >= 93 && f.Top1Pct() > best.f.Top1Pct() {
								best.f, best.th = f, th
							}
						}
						results = append(results, best)
					}
				}
			}
		}
	}
	slices.SortFunc(results, func(a, b result) int {
		if a.f.Top1 != b.f.Top1 {
			return b.f.Top1 - a.f.Top1
		}
		return b.rank - a.rank
	})
	for _, r := range results[:min(25, len(results))] {
		t.Logf("title %.0f kw %.0f sat %.1f jac %.1f unk %.1f: rank-1 %d, top-1 %.1f %% wrong %.1f %% abst %.1f %% at %.2f",
			r.p.weightTitle, r.p.weightKeywords, r.p.saturation, r.p.jaccardBonus, r.p.unknownWeight, r.rank, r.f.Top1Pct(), r.f.WrongPct(), r.f.AbstainPct(), r.th)
	}
}

// TestDevEval prints the figures of "pimmsbot eval" without the command.
func TestDevEval(t *testing.T) {
	cases := mustDevCases(t)
	rep := evaluate(NewMatcher(mustLoadFAQ(t)), cases)
	t.Log(rep.All)
	for _, s := range rep.StyleNames() {
		t.Logf("%-10s %v", s, *rep.Styles[s])
	}
}
