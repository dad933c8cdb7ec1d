package main

import (
	"context"
	"flag"
	"fmt"

	"pimmsbot/internal/catalog"
	"pimmsbot/internal/report"
)

func runUnanswered(ctx context.Context, env *Env, args []string) int {
	var since string
	var limit int
	cfg, fs, code, ok := commandConfig("unanswered", args, env, func(fs *flag.FlagSet) {
		fs.StringVar(&since, "since", "", "from this `day` on, YYYY-MM-DD or YYYY-MM (default: the last 30 days)")
		fs.IntVar(&limit, "limit", 30, "show at most this many groups, 0 for all")
	})
	if !ok {
		return code
	}
	if fs.NArg() > 0 {
		fmt.Fprintf(env.Stderr, "pimmsbot unanswered: unexpected argument %q\n", fs.Arg(0))
		return 2
	}
	loc := cfg.Location()
	from, err := sinceOrLast(since, 30, loc)
	if err != nil {
		fmt.Fprintf(env.Stderr, "pimmsbot unanswered: --since: %v\n", err)
		return 2
	}
	store, done, err := openSnapshot(ctx, cfg)
	if err != nil {
		fmt.Fprintf(env.Stderr, "pimmsbot unanswered: %v\n", err)
		return 1
	}
	defer done()
	un, err := store.Unanswered(ctx, from)
	if err != nil {
		fmt.Fprintf(env.Stderr, "pimmsbot unanswered: %v\n", err)
		return 1
	}
	fb, err := store.FeedbackSince(ctx, from)
	if err != nil {
		fmt.Fprintf(env.Stderr, "pimmsbot unanswered: %v\n", err)
		return 1
	}
	misses, noQuestion := report.Misses(un, fb)
	groups := report.GroupMisses(misses, catalog.Normalize)
	fmt.Fprintf(env.Stdout, "Questions sans réponse et 👎 depuis le %s : %d, en %d groupes.\n\n",
		from.Format("02/01/2006"), len(misses), len(groups))
	title := entryTitles(cfg)
	if err := report.WriteGroups(env.Stdout, groups, report.WriteOptions{Limit: limit, Title: title, Location: loc}); err != nil {
		fmt.Fprintf(env.Stderr, "pimmsbot unanswered: %v\n", err)
		return 1
	}
	if noQuestion > 0 {
		fmt.Fprintf(env.Stdout, "\n(%d autres sans texte : purgées ou effacées.)\n", noQuestion)
	}
	return 0
}
