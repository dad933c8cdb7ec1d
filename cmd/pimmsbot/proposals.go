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
		fs.StringVar(&done, "done", "", "archive the proposal with this `number`: reviewed, written into the FAQ or dropped")
		fs.BoolVar(&all, "all", false, "list the archived proposals too")
	})
	if !ok {
		return code
	}
	if fs.NArg() > 0 {
		return env.errorf(2, "faq proposals", "unexpected argument %q", fs.Arg(0))
	}
	var id uint64
	if done != "" {
		n, err := strconv.ParseUint(done, 10, 64)
		if err != nil || n == 0 {
			return env.errorf(2, "faq proposals", "--done %q: want a proposal number, such as 3", done)
		}
		id = n
	}
	// Archiving writes: it needs the database itself.
	if id != 0 {
		store, err := openStore(ctx, cfg, "Stop pimmsbot serve to archive a proposal.")
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
