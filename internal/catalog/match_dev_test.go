package catalog

import (
	"bufio"
	"encoding/json"
	"fmt"
	"os"
	"slices"
	"testing"

	"pimmsbot/faq"
)

// These tests help tune the engine on an evaluation file; they run only
// when PIMMSBOT_EVAL names one, e.g.
//
//	PIMMSBOT_EVAL=../../../shared/eval/dev.jsonl go test -run Dev -v ./internal/catalog/

type devCase struct {
	Q      string   `json:"q"`
	Accept []string `json:"accept"`
}

func mustDevCases(tb testing.TB) []devCase {
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
	var cases []devCase
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		var c devCase
		if err := json.Unmarshal(sc.Bytes(), &c); err != nil {
			tb.Fatal(err)
		}
		cases = append(cases, c)
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
	c, err := Load(faq.FS)
	if err != nil {
		t.Fatal(err)
	}
	m := NewMatcher(c)
	f, err := os.Create(out)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	fmt.Fprintln(f, "oos,top1ok,top3ok,coverage,closest,ratio,unknown,total,score,intent,q")
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
			rk.coverage, rk.closest, rk.ratio, rk.unknown, rk.total, rk.score[0], intent, dc.Q)
	}
}

// TestDevExplain prints how the question in $PIMMSBOT_Q is scored.
func TestDevExplain(t *testing.T) {
	q := os.Getenv("PIMMSBOT_Q")
	if q == "" {
		t.Skip("PIMMSBOT_Q is not set")
	}
	c, err := Load(faq.FS)
	if err != nil {
		t.Fatal(err)
	}
	m := NewMatcher(c)
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
