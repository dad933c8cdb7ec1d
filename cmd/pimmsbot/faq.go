package main

import (
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"path"
	"path/filepath"
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
	fmt.Fprintf(env.Stderr, "pimmsbot faq: unknown subcommand %q (check, list, learn, proposals)\n", args[0])
	return 2
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
		fmt.Fprintf(env.Stderr, "pimmsbot faq check: unexpected argument %q\n", fl.Arg(0))
		return 2
	}
	fsys, prefix := faqFS(*dir)
	cat, problems := catalog.Check(fsys, now)
	nerr, nwarn := 0, 0
	for _, p := range problems {
		p.File = joinDir(prefix, p.File)
		fmt.Fprintln(env.Stdout, p)
		if p.Warning {
			nwarn++
		} else {
			nerr++
		}
	}
	summary := fmt.Sprintf("%d entries, %d themes, %d intents, %d synonyms; %d errors, %d warnings",
		len(cat.Entries), len(cat.Themes), len(cat.Intents), len(cat.Synonyms), nerr, nwarn)
	if nerr > 0 {
		fmt.Fprintln(env.Stderr, "pimmsbot faq check: "+summary)
		return 1
	}
	fmt.Fprintln(env.Stdout, "ok: "+summary)
	return 0
}

// joinDir prefixes a FAQ file name with the folder it was read from.
func joinDir(dir, file string) string {
	if dir == "faq" {
		return path.Join(dir, file)
	}
	return filepath.Join(dir, file)
}

// faqList prints one entry per line: "id<TAB>theme<TAB>title", or with
// --json one JSON object per line with every field.
func faqList(env *Env, args []string) int {
	fl := flag.NewFlagSet("pimmsbot faq list", flag.ContinueOnError)
	fl.SetOutput(env.Stderr)
	dir := faqFlag(fl)
	asJSON := fl.Bool("json", false, "print one JSON object per entry, with every field")
	if err := fl.Parse(args); err != nil {
		return 2
	}
	if fl.NArg() > 0 {
		fmt.Fprintf(env.Stderr, "pimmsbot faq list: unexpected argument %q\n", fl.Arg(0))
		return 2
	}
	cat, err := loadCatalog(*dir)
	if err != nil {
		var probs *catalog.Problems
		if errors.As(err, &probs) {
			fmt.Fprintf(env.Stderr, "pimmsbot faq list: the FAQ has %d errors; run \"pimmsbot faq check\"\n", len(probs.Errors()))
		} else {
			fmt.Fprintf(env.Stderr, "pimmsbot faq list: %v\n", err)
		}
		return 1
	}
	enc := json.NewEncoder(env.Stdout)
	enc.SetEscapeHTML(false)
	for _, e := range cat.Entries {
		if !*asJSON {
			fmt.Fprintf(env.Stdout, "%s\t%s\t%s\n", e.ID, e.Theme, e.Title)
			continue
		}
		if err := enc.Encode(listedEntry(e)); err != nil {
			fmt.Fprintf(env.Stderr, "pimmsbot faq list: %v\n", err)
			return 1
		}
	}
	return 0
}

// jsonEntry is an entry as "faq list --json" prints it: every field, lists
// never null.
type jsonEntry struct {
	ID        string   `json:"id"`
	Theme     string   `json:"theme"`
	Title     string   `json:"title"`
	Questions []string `json:"questions"`
	Keywords  []string `json:"keywords"`
	Answer    string   `json:"answer"`
	Sources   []string `json:"sources"`
	Reviewed  string   `json:"reviewed"`
	Handover  bool     `json:"handover"`
}

func listedEntry(e *catalog.Entry) jsonEntry {
	nonNil := func(s []string) []string {
		if s == nil {
			return []string{}
		}
		return s
	}
	return jsonEntry{
		ID: e.ID, Theme: e.Theme, Title: e.Title,
		Questions: nonNil(e.Questions), Keywords: nonNil(e.Keywords),
		Answer: e.Answer, Sources: nonNil(e.Sources), Reviewed: e.Reviewed, Handover: e.Handover,
	}
}
