package main

import (
	"context"
	"flag"
	"fmt"

	"pimmsbot/internal/catalog"
)

// runEval measures the answer engine on an evaluation file and prints the
// figures, then, unless --summary is set, the lines it got wrong.
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
	cases, err := catalog.ReadEvalFile(fs.Arg(0))
	if err != nil {
		return env.errorf(1, "eval", "%v", err)
	}
	c, err := loadCatalog(*faqDir)
	if err != nil {
		return env.errorf(1, "eval", "%v", err)
	}
	rep, err := catalog.Evaluate(ctx, catalog.NewMatcher(c), cases)
	if err != nil {
		return 1
	}
	rep.WriteSummary(env.Stdout)
	if !*summary {
		rep.WriteFailures(env.Stdout)
	}
	return 0
}
