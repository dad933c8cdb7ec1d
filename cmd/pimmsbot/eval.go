package main

import (
	"context"
	"flag"
	"fmt"
	"io"
	"os"
	"strings"

	"pimmsbot/internal/catalog"
)

func runEval(ctx context.Context, env *Env, args []string) int {
	fs := flag.NewFlagSet("eval", flag.ContinueOnError)
	fs.SetOutput(env.Stderr)
	faqDir := faqFlag(fs)
	summary := fs.Bool("summary", false, "print the figures only, not the lines")
	fs.Usage = func() {
		fmt.Fprintln(env.Stderr, "Usage: pimmsbot eval [--faq DIR] [--summary] FILE.jsonl")
		fmt.Fprintln(env.Stderr, `Each line of FILE is {"q": "question", "accept": ["id", ...], "style": "story"}; [] means out of scope, "style" is optional.`)
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
	cases, err := catalog.ReadEvalCases(f)
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
	var rep catalog.EvalReport
	for _, ec := range cases {
		if ctx.Err() != nil {
			return 1
		}
		rep.Add(ec, m.Match(ec.Q))
	}
	printEval(env.Stdout, &rep, *summary)
	return 0
}

// printEval writes the figures of rep, per style when the lines have one,
// then, unless summary is set, the wrong answers and the other failures.
func printEval(w io.Writer, rep *catalog.EvalReport, summary bool) {
	f := rep.All
	fmt.Fprintf(w, "lines:                  %d (%d in scope, %d out of scope)\n", f.Lines, f.InScope, f.OutOfScope)
	fmt.Fprintf(w, "top-1 accuracy:         %5.1f %%  (%d/%d in scope)\n", f.Top1Pct(), f.Top1, f.InScope)
	fmt.Fprintf(w, "helped in one tap:      %5.1f %%  (%d/%d in scope: answered right or offered as a button)\n", f.HelpedPct(), f.Helped, f.InScope)
	fmt.Fprintf(w, "top-3 recall:           %5.1f %%  (%d/%d in scope)\n", f.Top3Pct(), f.Top3, f.InScope)
	fmt.Fprintf(w, "wrong answers:          %5.1f %%  (%d/%d lines)\n", f.WrongPct(), f.Wrong, f.Lines)
	fmt.Fprintf(w, "out-of-scope abstained: %5.1f %%  (%d/%d out of scope)\n", f.AbstainPct(), f.Abstain, f.OutOfScope)
	fmt.Fprintf(w, "out-of-scope suggested: %5.1f %%  (%d/%d out of scope got a suggestion)\n", f.SuggestedPct(), f.Suggested, f.OutOfScope)
	if names := rep.StyleNames(); len(names) > 0 {
		fmt.Fprintf(w, "\nby style:       lines  top-1  helped  wrong  abstained  suggested\n")
		for _, s := range names {
			g := rep.Styles[s]
			fmt.Fprintf(w, "  %-12s %5d %5.1f %%  %5.1f %%  %4.1f %%  %5.1f %%  %5.1f %%\n",
				s, g.Lines, g.Top1Pct(), g.HelpedPct(), g.WrongPct(), g.AbstainPct(), g.SuggestedPct())
		}
	}
	if summary || len(rep.Failures) == 0 {
		return
	}
	var wrong, other []catalog.EvalLine
	for _, l := range rep.Failures {
		if l.Wrong() {
			wrong = append(wrong, l)
		} else {
			other = append(other, l)
		}
	}
	printLines := func(title string, lines []catalog.EvalLine) {
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
				l.Case.Q, expected, got, l.Result.Confidence, formatCandidates(l.Result.Candidates))
		}
	}
	printLines("wrong answers", wrong)
	printLines("failures", other)
}
