package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"time"

	"pimmsbot/internal/catalog"
)

func runFAQ(ctx context.Context, env *Env, args []string) int {
	if len(args) == 0 || args[0] == "-h" || args[0] == "--help" || args[0] == "help" {
		fmt.Fprintln(env.Stderr, "Usage: pimmsbot faq check [--faq DIR]")
		fmt.Fprintln(env.Stderr, "       pimmsbot faq list [--faq DIR] [--json]")
		fmt.Fprintln(env.Stderr, "       pimmsbot faq learn [--config FILE] [--db FILE] [--since DAY]")
		fmt.Fprintln(env.Stderr, "       pimmsbot faq proposals [--config FILE] [--db FILE] [--all] [--done ID]")
		if len(args) == 0 {
			return 2
		}
		return 0
	}
	switch args[0] {
	case "check":
		return faqCheck(env, args[1:], time.Now())
	case "list":
		return faqList(env, args[1:])
	case "learn":
		return faqLearn(ctx, env, args[1:])
	case "proposals":
		return faqProposals(ctx, env, args[1:])
	}
	return env.errorf(2, "faq", "unknown subcommand %q (check, list, learn, proposals)", args[0])
}

// faqCheck prints the problems of the FAQ, errors then warnings, and a
// summary. It returns 1 when there is an error.
func faqCheck(env *Env, args []string, now time.Time) int {
	fl := flag.NewFlagSet("pimmsbot faq check", flag.ContinueOnError)
	fl.SetOutput(env.Stderr)
	dir := faqFlag(fl)
	if err := fl.Parse(args); err != nil {
		return 2
	}
	if fl.NArg() > 0 {
		return env.errorf(2, "faq check", "unexpected argument %q", fl.Arg(0))
	}
	if err := faqDirMissing(*dir); err != nil {
		return env.errorf(1, "faq check", "%v", err)
	}
	fsys, prefix := faqFS(*dir)
	cat, problems := catalog.Check(fsys, now)
	for _, p := range problems {
		p.File = joinDir(prefix, p.File)
		fmt.Fprintln(env.Stdout, p)
	}
	summary := catalog.CheckSummary(cat, problems)
	if catalog.HasErrors(problems) {
		fmt.Fprintln(env.Stderr, "pimmsbot faq check: "+summary)
		return 1
	}
	fmt.Fprintln(env.Stdout, "ok: "+summary)
	return 0
}

// faqList prints one entry per line: "id<TAB>theme<TAB>title", or with
// --json one JSON object per line.
func faqList(env *Env, args []string) int {
	fl := flag.NewFlagSet("pimmsbot faq list", flag.ContinueOnError)
	fl.SetOutput(env.Stderr)
	dir := faqFlag(fl)
	asJSON := fl.Bool("json", false, "print one JSON object per entry, with every field")
	if err := fl.Parse(args); err != nil {
		return 2
	}
	if fl.NArg() > 0 {
		return env.errorf(2, "faq list", "unexpected argument %q", fl.Arg(0))
	}
	cat, err := loadCatalog(*dir)
	var probs *catalog.Problems
	switch {
	case errors.As(err, &probs):
		return env.errorf(1, "faq list", "the FAQ has %s; run \"pimmsbot faq check\"", count(len(probs.Errors()), "error"))
	case err != nil:
		return env.errorf(1, "faq list", "%v", err)
	}
	write := cat.WriteList
	if *asJSON {
		write = cat.WriteListJSON
	}
	if err := write(env.Stdout); err != nil {
		return env.errorf(1, "faq list", "%v", err)
	}
	return 0
}
