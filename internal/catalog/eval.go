package catalog

import (
	"bufio"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"os"
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

// ReadEvalFile reads the evaluation file name. A content error names the
// file and the line.
func ReadEvalFile(name string) ([]EvalCase, error) {
	f, err := os.Open(name)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	cases, err := ReadEvalCases(f)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", name, err)
	}
	return cases, nil
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
	if right || offered || mediatorButton(c, r) {
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

// mediatorButton reports whether c asks for a person and r is a reply
// that carries the « Parler à un médiateur » button: « don't know » and a
// choice of entries do (internal/conversation), a single « Votre question
// concerne-t-elle… ? » and an answer do not. Such a resident reaches a
// mediator in one tap.
func mediatorButton(c EvalCase, r Result) bool {
	return slices.Contains(c.Accept, IntentHandover) && (r.Outcome == Unknown || r.Outcome == Clarify)
}

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

// Evaluate matches every case and counts. It stops with ctx's error when
// ctx is done.
func Evaluate(ctx context.Context, m *Matcher, cases []EvalCase) (EvalReport, error) {
	var rep EvalReport
	for _, c := range cases {
		if err := ctx.Err(); err != nil {
			return rep, err
		}
		rep.Add(c, m.Match(c.Q))
	}
	return rep, nil
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

// WriteSummary writes the figures of the report, as "pimmsbot eval
// --summary" prints them, then a table per style when the lines have one.
func (rep *EvalReport) WriteSummary(w io.Writer) {
	f := rep.All
	fmt.Fprintf(w, "lines:                  %d (%d in scope, %d out of scope)\n", f.Lines, f.InScope, f.OutOfScope)
	fmt.Fprintf(w, "top-1 accuracy:         %5.1f %%  (%d/%d in scope)\n", f.Top1Pct(), f.Top1, f.InScope)
	fmt.Fprintf(w, "helped in one tap:      %5.1f %%  (%d/%d in scope: answered right or offered as a button)\n", f.HelpedPct(), f.Helped, f.InScope)
	fmt.Fprintf(w, "top-3 recall:           %5.1f %%  (%d/%d in scope)\n", f.Top3Pct(), f.Top3, f.InScope)
	fmt.Fprintf(w, "wrong answers:          %5.1f %%  (%d/%d lines)\n", f.WrongPct(), f.Wrong, f.Lines)
	fmt.Fprintf(w, "out-of-scope abstained: %5.1f %%  (%d/%d out of scope)\n", f.AbstainPct(), f.Abstain, f.OutOfScope)
	fmt.Fprintf(w, "out-of-scope suggested: %5.1f %%  (%d/%d out of scope got a suggestion)\n", f.SuggestedPct(), f.Suggested, f.OutOfScope)
	names := rep.StyleNames()
	if len(names) == 0 {
		return
	}
	fmt.Fprintf(w, "\nby style:       lines  top-1  helped  wrong  abstained  suggested\n")
	for _, s := range names {
		g := rep.Styles[s]
		fmt.Fprintf(w, "  %-12s %5d %5.1f %%  %5.1f %%  %4.1f %%  %5.1f %%  %5.1f %%\n",
			s, g.Lines, g.Top1Pct(), g.HelpedPct(), g.WrongPct(), g.AbstainPct(), g.SuggestedPct())
	}
}

// WriteFailures writes the lines the engine did not get right, the wrong
// answers first, each with what was expected, what the engine did, and
// its candidates.
func (rep *EvalReport) WriteFailures(w io.Writer) {
	var wrong, other []EvalLine
	for _, l := range rep.Failures {
		if l.Wrong() {
			wrong = append(wrong, l)
		} else {
			other = append(other, l)
		}
	}
	writeLines(w, "wrong answers", wrong)
	writeLines(w, "failures", other)
}

// writeLines writes a titled list of evaluation lines; nothing when there
// are none.
func writeLines(w io.Writer, title string, lines []EvalLine) {
	if len(lines) == 0 {
		return
	}
	fmt.Fprintf(w, "\n%s (%d):\n", title, len(lines))
	for _, l := range lines {
		expected := "(out of scope)"
		if l.Case.InScope() {
			expected = strings.Join(l.Case.Accept, " | ")
		}
		got := l.Result.ID
		if got == "" {
			got = "(" + l.Result.Outcome.String() + ")"
			if len(l.Result.Offered) > 0 {
				got = "(" + l.Result.Outcome.String() + ": " + strings.Join(l.Result.Offered, ", ") + ")"
			}
		}
		fmt.Fprintf(w, "- %q\n    expected %s, got %s (confidence %.2f); candidates: %s\n",
			l.Case.Q, expected, got, l.Result.Confidence, candidatesText(l.Result.Candidates))
	}
}
