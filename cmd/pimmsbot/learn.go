package main

import (
	"context"
	"flag"
	"fmt"
	"time"

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
	if err := report.WriteLearned(env.Stdout, learned, reportNames(ctx, cfg, store).EntryLabel); err != nil {
		return env.errorf(1, "faq learn", "%v", err)
	}
	return 0
}
