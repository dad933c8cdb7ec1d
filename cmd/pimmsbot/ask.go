package main

import (
	"bufio"
	"context"
	"fmt"
	"strings"

	"pimmsbot/internal/catalog"
)

// runAsk prints how the answer engine reads each question: those given as
// arguments, or one per line on stdin.
func runAsk(ctx context.Context, env *Env, args []string) int {
	fs := newFlagSet("ask")
	faqDir := faqFlag(fs)
	asJSON := fs.Bool("json", false, "écrire un objet JSON par question")
	if err := env.parseFlags(fs, args); err != nil {
		return flagsExit(err)
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
			env.errorf(1, "ask", "%v", err)
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
		return env.errorf(1, "ask", "lecture de l'entrée standard\u00a0: %v", err)
	}
	return 0
}
