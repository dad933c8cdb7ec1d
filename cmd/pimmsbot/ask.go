package main

import (
	"bufio"
	"context"
	"flag"
	"fmt"
	"strings"

	"pimmsbot/internal/catalog"
)

// runAsk prints how the answer engine reads each question: those given as
// arguments, or one per line on stdin.
func runAsk(ctx context.Context, env *Env, args []string) int {
	fs := flag.NewFlagSet("ask", flag.ContinueOnError)
	fs.SetOutput(env.Stderr)
	faqDir := faqFlag(fs)
	asJSON := fs.Bool("json", false, "print one JSON object per question")
	fs.Usage = func() {
		fmt.Fprintln(env.Stderr, "Usage: pimmsbot ask [--faq DIR] [--json] [question ...]")
		fmt.Fprintln(env.Stderr, "Without questions as arguments, reads one question per line on stdin.")
		fs.PrintDefaults()
	}
	if err := fs.Parse(args); err != nil {
		if err == flag.ErrHelp {
			return 0
		}
		return 2
	}
	c, err := loadCatalog(*faqDir)
	if err != nil {
		return env.errorf(1, "ask", "%v", err)
	}
	m := catalog.NewMatcher(c)
	format := catalog.Result.Describe
	if *asJSON {
		format = catalog.Result.JSON
	}
	answer := func(q string) bool {
		if _, err := fmt.Fprintln(env.Stdout, format(m.Match(q), q)); err != nil {
			fmt.Fprintf(env.Stderr, "pimmsbot ask: %v\n", err)
			return false
		}
		return true
	}
	if fs.NArg() > 0 {
		for _, q := range fs.Args() {
			if !answer(q) {
				return 1
			}
		}
		return 0
	}
	sc := bufio.NewScanner(env.Stdin)
	sc.Buffer(make([]byte, 64*1024), 1<<20)
	for sc.Scan() {
		if ctx.Err() != nil {
			return 1
		}
		if q := strings.TrimSpace(sc.Text()); q != "" && !answer(q) {
			return 1
		}
	}
	if err := sc.Err(); err != nil {
		return env.errorf(1, "ask", "read stdin: %v", err)
	}
	return 0
}
