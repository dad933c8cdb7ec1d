package main

import (
	"bufio"
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"os"
	"slices"
	"strings"

	"pimmsbot/internal/catalog"
)

func init() {
	register(command{"eval", "measure the answer engine on questions with their expected ids (JSON lines)", runEval})
}

// evalCase is one line of an evaluation file: a question and the ids that
// count as a right answer; an empty accept means out of scope.
type evalCase struct {
	Q      string   `json:"q"`
	Accept []string `json:"accept"`
}

// evalReport holds the counts behind the figures "pimmsbot eval" prints.
type evalReport struct {
	lines, inScope, outOfScope int
	top1, top3, wrong, abstain int
	failures                   []evalFailure
}

type evalFailure struct {
	c evalCase
	r catalog.Result
}

func runEval(ctx context.Context, env *Env, args []string) int {
	fs := flag.NewFlagSet("eval", flag.ContinueOnError)
	fs.SetOutput(env.Stderr)
	faqDir := faqFlag(fs)
	fs.Usage = func() {
		fmt.Fprintln(env.Stderr, "Usage: pimmsbot eval [--faq DIR] FILE.jsonl")
		fmt.Fprintln(env.Stderr, `Each line of FILE is {"q": "question", "accept": ["id", ...]}; [] means out of scope.`)
		fs.PrintDefaults()
	}
	if err := fs.Parse(args); err != nil {
		if err == flag.ErrHelp {
			return 0
		}
		return 2
	}
	if fs.NArg() != 1 {
		fs.Usage()
		return 2
	}
	f, err := os.Open(fs.Arg(0))
	if err != nil {
		fmt.Fprintf(env.Stderr, "pimmsbot eval: %v\n", err)
		return 1
	}
	defer f.Close()
	cases, err := readEvalCases(f)
	if err != nil {
		fmt.Fprintf(env.Stderr, "pimmsbot eval: %s: %v\n", fs.Arg(0), err)
		return 1
	}
	c, err := loadCatalog(*faqDir)
	if err != nil {
		fmt.Fprintf(env.Stderr, "pimmsbot eval: %v\n", err)
		return 1
	}
	m := catalog.NewMatcher(c)
	var rep evalReport
	for _, ec := range cases {
		if ctx.Err() != nil {
			return 1
		}
		rep.add(ec, m.Match(ec.Q))
	}
	rep.print(env.Stdout)
	return 0
}

func readEvalCases(r io.Reader) ([]evalCase, error) {
	var cases []evalCase
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 64*1024), 1<<20)
	for n := 1; sc.Scan(); n++ {
		line := strings.TrimSpace(sc.Text())
		if line == "" {
			continue
		}
		var ec evalCase
		if err := json.Unmarshal([]byte(line), &ec); err != nil {
			return nil, fmt.Errorf("line %d: %w", n, err)
		}
		cases = append(cases, ec)
	}
	return cases, sc.Err()
}

func (rep *evalReport) add(ec evalCase, r catalog.Result) {
	rep.lines++
	ok := false
	if len(ec.Accept) == 0 {
		rep.outOfScope++
		if r.ID == "" {
			rep.abstain++
			ok = true
		} else {
			rep.wrong++
		}
	} else {
		rep.inScope++
		switch {
		case r.ID != "" && slices.Contains(ec.Accept, r.ID):
			rep.top1++
			ok = true
		case r.ID != "":
			rep.wrong++
		}
		for _, c := range r.Candidates {
			if slices.Contains(ec.Accept, c.ID) {
				rep.top3++
				break
			}
		}
	}
	if !ok {
		rep.failures = append(rep.failures, evalFailure{ec, r})
	}
}

func pct(n, d int) float64 {
	if d == 0 {
		return 0
	}
	return 100 * float64(n) / float64(d)
}

func (rep *evalReport) print(w io.Writer) {
	fmt.Fprintf(w, "lines:                  %d (%d in scope, %d out of scope)\n", rep.lines, rep.inScope, rep.outOfScope)
	fmt.Fprintf(w, "top-1 accuracy:         %5.1f %%  (%d/%d in scope)\n", pct(rep.top1, rep.inScope), rep.top1, rep.inScope)
	fmt.Fprintf(w, "top-3 recall:           %5.1f %%  (%d/%d in scope)\n", pct(rep.top3, rep.inScope), rep.top3, rep.inScope)
	fmt.Fprintf(w, "wrong answers:          %5.1f %%  (%d/%d lines)\n", pct(rep.wrong, rep.lines), rep.wrong, rep.lines)
	fmt.Fprintf(w, "out-of-scope abstained: %5.1f %%  (%d/%d out of scope)\n", pct(rep.abstain, rep.outOfScope), rep.abstain, rep.outOfScope)
	if len(rep.failures) == 0 {
		return
	}
	fmt.Fprintf(w, "\nfailures (%d):\n", len(rep.failures))
	for _, f := range rep.failures {
		expected := "(out of scope)"
		if len(f.c.Accept) > 0 {
			expected = strings.Join(f.c.Accept, " | ")
		}
		got := f.r.ID
		if got == "" {
			got = "(" + f.r.Outcome.String() + ")"
		}
		fmt.Fprintf(w, "- %q\n    expected %s, got %s (confidence %.2f); candidates: %s\n",
			f.c.Q, expected, got, f.r.Confidence, formatCandidates(f.r.Candidates))
	}
}
