package main

import (
	"context"
	"flag"
	"time"

	"pimmsbot/internal/report"
)

func runStats(ctx context.Context, env *Env, args []string) int {
	var from, to, by string
	var csvOut bool
	cfg, site, defSite, code, ok := siteReport("stats", args, env, func(fs *flag.FlagSet) {
		fs.StringVar(&from, "from", "", "first `day` of the period, YYYY-MM-DD or YYYY-MM (default: the first day of this month)")
		fs.StringVar(&to, "to", "", "last `day` of the period, included, YYYY-MM-DD or YYYY-MM (default: today)")
		fs.StringVar(&by, "by", "", "split the period: theme or week")
		fs.BoolVar(&csvOut, "csv", false, "write CSV (durations in minutes) instead of a table")
	})
	if !ok {
		return code
	}
	fail := env.failer("stats")
	loc := cfg.Location()
	start, end, err := report.Period(from, to, time.Now(), loc)
	if err != nil {
		return fail(2, "%v", err)
	}
	split, err := report.ParseBy(by)
	if err != nil {
		return fail(2, "--by %v", err)
	}
	store, done, err := openReader(ctx, cfg)
	if err != nil {
		return fail(1, "%v", err)
	}
	defer done()
	st, err := report.ReadStats(ctx, store, report.Options{From: start, To: end, By: split, Location: loc, Site: site, DefaultSite: defSite})
	if err != nil {
		return fail(1, "%v", err)
	}
	if csvOut {
		err = st.WriteCSV(env.Stdout)
	} else {
		err = st.WriteTable(env.Stdout, reportNames(ctx, cfg, store).ThemeLabel)
	}
	if err != nil {
		return fail(1, "%v", err)
	}
	return 0
}
