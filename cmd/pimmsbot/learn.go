package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"time"

	"pimmsbot/internal/catalog"
	"pimmsbot/internal/report"
)

// faqLearn prints what residents' taps teach about the FAQ: per entry, the
// questions residents confirmed or picked it for (masked, ready to paste
// into the YAML after review), and the questions that ended in « don't
// know », grouped by their best candidate. It changes nothing.
func faqLearn(ctx context.Context, env *Env, args []string) int {
	var since string
	cfg, fs, code, ok := commandConfig("faq learn", args, env, func(fs *flag.FlagSet) {
		fs.StringVar(&since, "since", "", "à partir de ce `jour`, AAAA-MM-JJ ou AAAA-MM (par défaut\u00a0: les 90 derniers jours)")
	})
	if !ok {
		return code
	}
	if fs.NArg() > 0 {
		return env.usageError("faq learn", "argument inattendu %s", guillemets(fs.Arg(0)))
	}
	loc := cfg.Location()
	from, err := report.Since(since, 90, time.Now(), loc)
	if err != nil {
		return env.errorf(2, "faq learn", "--since %v", err)
	}
	store, done, err := openReader(ctx, cfg)
	if err != nil {
		return env.errorf(1, "faq learn", "%v", err)
	}
	defer done()
	sgs, err := store.SuggestionsSince(ctx, from)
	if err != nil {
		return env.errorf(1, "faq learn", "%v", err)
	}
	un, err := store.Unanswered(ctx, from)
	if err != nil {
		return env.errorf(1, "faq learn", "%v", err)
	}
	learned := report.Learn(sgs, un)
	fmt.Fprintf(env.Stdout, "Ce que les usagers ont confirmé ou laissé sans réponse depuis le %s.\n", from.Format("02/01/2006"))
	fmt.Fprintf(env.Stdout, "Rien n'est modifié\u00a0: relisez chaque formulation avant de l'ajouter à la fiche.\n\n")
	names := reportNames(ctx, cfg, store)
	if names.EntryTitle == nil {
		// Neither the running service nor the configured FAQ gave the
		// titles: the entries are named by their ids alone.
		fmt.Fprintf(env.Stderr, "pimmsbot faq learn\u00a0: attention\u00a0: %s\n", idsNotice(cfg.FAQDir))
	}
	if err := report.WriteLearned(env.Stdout, learned, names.EntryLabel); err != nil {
		return env.errorf(1, "faq learn", "%v", err)
	}
	return 0
}

// idsNotice tells the site manager why faq learn names the entries by
// their ids, not their titles: the FAQ of dir cannot be loaded, and how
// to see why.
func idsNotice(dir string) string {
	_, err := loadCatalog(dir)
	var probs *catalog.Problems
	why := "la FAQ ne se charge pas"
	switch {
	case errors.As(err, &probs):
		why = "la FAQ a " + compte(len(probs.Errors()), "erreur")
	case err != nil:
		why = err.Error()
	}
	check := "pimmsbot faq check"
	if dir != "" {
		check += " --faq " + dir
	}
	return why + "\u00a0; les fiches sont désignées ci-dessous par leur identifiant, non par leur titre. Lancez " + check + " pour voir quoi corriger."
}
