package main

import (
	"context"
	"flag"
	"time"

	"pimmsbot/internal/report"
)

func runUnanswered(ctx context.Context, env *Env, args []string) int {
	var since string
	var limit int
	cfg, site, defSite, code, ok := siteReport("unanswered", args, env, func(fs *flag.FlagSet) {
		fs.StringVar(&since, "since", "", "from this `day` on, YYYY-MM-DD or YYYY-MM (default: the last 30 days)")
		fs.IntVar(&limit, "limit", 30, "show at most this many groups, 0 for all")
	})
	if !ok {
		return code
	}
	fail := env.failer("unanswered")
	loc := cfg.Location()
	from, err := report.Since(since, 30, time.Now(), loc)
	if err != nil {
		return fail(2, "--since: %v", err)
	}
	store, done, err := openReader(ctx, cfg)
	if err != nil {
		return fail(1, "%v", err)
	}
	defer done()
	opt := report.MissOptions{Since: from, Limit: limit, Names: reportNames(ctx, cfg, store), Location: loc, Site: site, DefaultSite: defSite}
	if err := report.WriteMisses(ctx, env.Stdout, store, opt); err != nil {
		return fail(1, "%v", err)
	}
	return 0
}
