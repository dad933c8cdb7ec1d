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
		fs.StringVar(&from, "from", "", "premier `jour` de la période, AAAA-MM-JJ ou AAAA-MM (par défaut\u00a0: le premier jour du mois)")
		fs.StringVar(&to, "to", "", "dernier `jour` de la période, inclus, AAAA-MM-JJ ou AAAA-MM (par défaut\u00a0: aujourd'hui)")
		fs.StringVar(&by, "by", "", "découper la période\u00a0: `theme|week`, par thème ou par semaine")
		fs.BoolVar(&csvOut, "csv", false, "écrire du CSV (durées en minutes) plutôt qu'un tableau")
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
