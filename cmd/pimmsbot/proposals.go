package main

import (
	"context"
	"flag"
	"fmt"
	"strconv"
	"time"

	"pimmsbot/internal/report"
)

// faqProposals lists the FAQ proposals mediators made with /proposer, as
// YAML entries to edit, or archives one with --done ID. It never changes
// the FAQ: a person pastes, completes and checks the entry.
func faqProposals(ctx context.Context, env *Env, args []string) int {
	var done string
	var all bool
	cfg, fs, code, ok := commandConfig("faq proposals", args, env, func(fs *flag.FlagSet) {
		fs.StringVar(&done, "done", "", "archiver la proposition de ce `numéro`, une fois relue\u00a0: écrite dans la FAQ ou abandonnée")
		fs.BoolVar(&all, "all", false, "montrer aussi les propositions archivées")
	})
	if !ok {
		return code
	}
	if fs.NArg() > 0 {
		return env.usageError("faq proposals", "argument inattendu %s", guillemets(fs.Arg(0)))
	}
	var id uint64
	if done != "" {
		n, err := strconv.ParseUint(done, 10, 64)
		if err != nil || n == 0 {
			return env.usageError("faq proposals", "--done %s\u00a0: donnez le numéro d'une proposition, par exemple --done 3", guillemets(done))
		}
		id = n
	}
	// Archiving writes: it needs the database itself.
	if id != 0 {
		store, err := openStore(ctx, cfg, "Arrêtez pimmsbot serve pour archiver une proposition.")
		if err != nil {
			return env.errorf(1, "faq proposals", "%v", err)
		}
		defer store.Close()
		if err := store.ArchiveProposal(ctx, id, time.Now()); err != nil {
			return env.errorf(1, "faq proposals", "%v", err)
		}
		fmt.Fprintf(env.Stdout, "Proposition n° %d archivée.\n", id)
		return 0
	}
	store, closeStore, err := openReader(ctx, cfg)
	if err != nil {
		return env.errorf(1, "faq proposals", "%v", err)
	}
	defer closeStore()
	ps, err := store.Proposals(ctx, all)
	if err != nil {
		return env.errorf(1, "faq proposals", "%v", err)
	}
	if err := report.WriteProposals(env.Stdout, ps, cfg.Location()); err != nil {
		return env.errorf(1, "faq proposals", "%v", err)
	}
	return 0
}
