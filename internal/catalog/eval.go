package catalog

import (
	"bufio"
	"encoding/json"
	"fmt"
	"io"
	"slices"
	"sort"
	"strings"
)

// An EvalCase is one line of an evaluation file: a question and the ids
// that count as a right answer (none: out of scope). Style, when set, names
// the way it is written ("story", "sms"…) for figures per style.
type EvalCase struct {
	Q      string   `json:"q"`
	Accept []string `json:"accept"`
	Style  string   `json:"style,omitempty"`
}

// InScope reports whether the question has a right answer in the FAQ.
func (c EvalCase) InScope() bool { return len(c.Accept) > 0 }

// ReadEvalCases reads an evaluation file: one JSON object per line, blank
// lines skipped.
func ReadEvalCases(r io.Reader) ([]EvalCase, error) {
	var cases []EvalCase
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 64*1024), 1<<20)
	for n := 1; sc.Scan(); n++ {
		line := strings.TrimSpace(sc.Text())
		if line == "" {
			continue
		}
		var c EvalCase
		if err := json.Unmarshal([]byte(line), &c); err != nil {
			return nil, fmt.Errorf("line %d: %w", n, err)
		}
		cases = append(cases, c)
	}
	return cases, sc.Err()
}

// EvalFigures are the counts behind the engine's figures on a set of
// questions. "pimmsbot eval" and the tests compute them with Add.
type EvalFigures struct {
	Lines, InScope, OutOfScope int
	// In scope: the right entry answered, among the candidates, answered
	// or offered as a button (helped in one tap), offered but not answered.
	Top1, Top3, Helped, Offered int
	// Wrong counts answers with a wrong entry (in scope) or any answer
	// (out of scope); Abstain the out-of-scope lines not answered, and
	// Suggested those among them that got a suggestion (confirm, clarify).
	Wrong, Abstain, Suggested int
}

// Add counts one question and the engine's result, and reports whether the
// result is as it should be: the right answer, or no answer out of scope.
func (f *EvalFigures) Add(c EvalCase, r Result) bool {
	f.Lines++
	answered := r.Outcome == Answer && r.ID != ""
	if !c.InScope() {
		f.OutOfScope++
		switch {
		case answered:
			f.Wrong++
			return false
		case len(r.Offered) > 0:
			f.Suggested++
		}
		f.Abstain++
		return true
	}
	f.InScope++
	right := answered && slices.Contains(c.Accept, r.ID)
	switch {
	case right:
		f.Top1++
	case answered:
		f.Wrong++
	}
	offered := slices.ContainsFunc(r.Offered, func(id string) bool { return slices.Contains(c.Accept, id) })
	if right || offered {
		f.Helped++
	}
	if offered {
		f.Offered++
	}
	for _, cand := range r.Candidates {
		if slices.Contains(c.Accept, cand.ID) {
			f.Top3++
			break
		}
	}
	return right
}

// Merge adds the counts of g.
func (f *EvalFigures) Merge(g EvalFigures) {
	f.Lines += g.Lines
	f.InScope += g.InScope
	f.OutOfScope += g.OutOfScope
	f.Top1 += g.Top1
	f.Top3 += g.Top3
	f.Helped += g.Helped
	f.Offered += g.Offered
	f.Wrong += g.Wrong
	f.Abstain += g.Abstain
	f.Suggested += g.Suggested
}

// Pct returns 100·n/d, 0 when d is 0.
func Pct(n, d int) float64 {
	if d == 0 {
		return 0
	}
	return 100 * float64(n) / float64(d)
}

// Top1Pct is the share of in-scope questions answered right.
func (f EvalFigures) Top1Pct() float64 { return Pct(f.Top1, f.InScope) }

// Top3Pct is the share of in-scope questions whose right entry is a candidate.
func (f EvalFigures) Top3Pct() float64 { return Pct(f.Top3, f.InScope) }

// HelpedPct is the share of in-scope questions answered right or whose
// right entry was offered as a button.
func (f EvalFigures) HelpedPct() float64 { return Pct(f.Helped, f.InScope) }

// WrongPct is the share of all questions answered with a wrong entry.
func (f EvalFigures) WrongPct() float64 { return Pct(f.Wrong, f.Lines) }

// AbstainPct is the share of out-of-scope questions not answered.
func (f EvalFigures) AbstainPct() float64 { return Pct(f.Abstain, f.OutOfScope) }

// SuggestedPct is the share of out-of-scope questions that got a suggestion.
func (f EvalFigures) SuggestedPct() float64 { return Pct(f.Suggested, f.OutOfScope) }

// String writes the figures on one line.
func (f EvalFigures) String() string {
	return fmt.Sprintf("top-1 %5.1f %%  helped %5.1f %%  top-3 %5.1f %%  wrong %4.1f %%  abstained %5.1f %%  oos suggested %4.1f %%",
		f.Top1Pct(), f.HelpedPct(), f.Top3Pct(), f.WrongPct(), f.AbstainPct(), f.SuggestedPct())
}

// An EvalLine is one question with the engine's result.
type EvalLine struct {
	Case   EvalCase
	Result Result
}

// Wrong reports whether the engine answered with an entry that is not right.
func (l EvalLine) Wrong() bool {
	return l.Result.Outcome == Answer && l.Result.ID != "" && !slices.Contains(l.Case.Accept, l.Result.ID)
}

// An EvalReport is the engine's figures on a set of questions, in all and
// per style, with the lines it did not get right.
type EvalReport struct {
	All EvalFigures
	// Styles holds the figures per Style, for the lines that have one.
	Styles map[string]*EvalFigures
	// Failures are the lines not answered right (in scope) or answered
	// (out of scope), in input order.
	Failures []EvalLine
}

// Evaluate matches every case and counts.
func Evaluate(m *Matcher, cases []EvalCase) EvalReport {
	var rep EvalReport
	for _, c := range cases {
		rep.Add(c, m.Match(c.Q))
	}
	return rep
}

// Add counts one case and its result.
func (rep *EvalReport) Add(c EvalCase, r Result) {
	ok := rep.All.Add(c, r)
	if c.Style != "" {
		if rep.Styles == nil {
			rep.Styles = map[string]*EvalFigures{}
		}
		f := rep.Styles[c.Style]
		if f == nil {
			f = &EvalFigures{}
			rep.Styles[c.Style] = f
		}
		f.Add(c, r)
	}
	if !ok {
		rep.Failures = append(rep.Failures, EvalLine{c, r})
	}
}

// StyleNames returns the styles of the report, sorted.
func (rep *EvalReport) StyleNames() []string {
	names := make([]string, 0, len(rep.Styles))
	for s := range rep.Styles {
		names = append(names, s)
	}
	sort.Strings(names)
	return names
}
