package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"time"

	"pimmsbot/internal/catalog"
)

func runFAQ(ctx context.Context, env *Env, args []string) int {
	if len(args) == 0 {
		return env.usageError("faq", "donnez une sous-commande\u00a0: check, list, learn ou proposals")
	}
	switch args[0] {
	case "-h", "--help", "help":
		writeFAQHelp(env.Stdout)
		return 0
	case "check":
		return faqCheck(env, args[1:], time.Now())
	case "list":
		return faqList(env, args[1:])
	case "learn":
		return faqLearn(ctx, env, args[1:])
	case "proposals":
		return faqProposals(ctx, env, args[1:])
	}
	return env.usageError("faq", "sous-commande inconnue %s (check, list, learn ou proposals)", guillemets(args[0]))
}

// writeFAQHelp writes the help of pimmsbot faq: its subcommands.
func writeFAQHelp(w io.Writer) {
	writeHelp(w, "faq", nil)
	fmt.Fprintln(w)
	fmt.Fprintln(w, "Sous-commandes\u00a0:")
	for _, c := range faqCommands() {
		fmt.Fprintf(w, "  %-10s %s\n", c.name, c.summary)
	}
	fmt.Fprintln(w)
	fmt.Fprintln(w, "L'aide d'une sous-commande et ses options\u00a0: pimmsbot faq <sous-commande> -h.")
}

// faqCheck prints the problems of the FAQ, errors then warnings, and a
// summary, in French for the site manager. It returns 1 when there is an
// error.
func faqCheck(env *Env, args []string, now time.Time) int {
	fl := newFlagSet("faq check")
	dir := faqFlag(fl)
	if err := env.parseFlags(fl, args); err != nil {
		return flagsExit(err)
	}
	if fl.NArg() > 0 {
		return env.usageError("faq check", "argument inattendu %s", guillemets(fl.Arg(0)))
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
		return env.errorf(1, "faq check", "%s. Corrigez les erreurs\u00a0: le bot refuse la FAQ tant qu'il en reste une.", summary)
	}
	fmt.Fprintln(env.Stdout, "ok\u00a0: "+summary)
	return 0
}

// faqList prints one entry per line: "id<TAB>theme<TAB>title", or with
// --json one JSON object per line.
func faqList(env *Env, args []string) int {
	fl := newFlagSet("faq list")
	dir := faqFlag(fl)
	asJSON := fl.Bool("json", false, "écrire un objet JSON par fiche, avec tous ses champs")
	if err := env.parseFlags(fl, args); err != nil {
		return flagsExit(err)
	}
	if fl.NArg() > 0 {
		return env.usageError("faq list", "argument inattendu %s", guillemets(fl.Arg(0)))
	}
	cat, err := loadCatalog(*dir)
	var probs *catalog.Problems
	switch {
	case errors.As(err, &probs):
		return env.errorf(1, "faq list", "la FAQ a %s\u00a0: pimmsbot faq check les montre", compte(len(probs.Errors()), "erreur"))
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
