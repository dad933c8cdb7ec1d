package main

import (
	"context"
	"flag"
	"fmt"
	"time"

	"pimmsbot/internal/admin"
	"pimmsbot/internal/bolt"
	"pimmsbot/internal/report"
)

func runUnanswered(ctx context.Context, env *Env, args []string) int {
	var since string
	var limit int
	cfg, site, defSite, code, ok := siteReport("unanswered", args, env, func(fs *flag.FlagSet) {
		fs.StringVar(&since, "since", "", "à partir de ce `jour`, AAAA-MM-JJ ou AAAA-MM (par défaut\u00a0: les 30 derniers jours)")
		fs.IntVar(&limit, "limit", 30, "montrer au plus ce nombre de groupes, 0 pour tous")
	})
	if !ok {
		return code
	}
	fail := env.failer("unanswered")
	loc := cfg.Location()
	from, err := report.Since(since, 30, time.Now(), loc)
	if err != nil {
		return fail(2, "--since %v", err)
	}
	store, done, err := openReader(ctx, cfg)
	if err != nil {
		return fail(1, "%v", err)
	}
	defer done()
	tally, err := countMisses(ctx, store, from, site, defSite)
	if err != nil {
		return fail(1, "%v", err)
	}
	opt := report.MissOptions{Since: from, Limit: limit, Names: reportNames(ctx, cfg, store), Location: loc, Site: site, DefaultSite: defSite}
	if err := report.WriteTally(env.Stdout, tally, opt); err != nil {
		return fail(1, "%v", err)
	}
	return 0
}

// countMisses counts by wording the misses of the unanswered report: the
// running service counts them and sends the counts alone (its reads of
// the records keep to their share of the CPU); from the file, the
// command reads the records and counts them itself, the same way.
func countMisses(ctx context.Context, r reader, since time.Time, site, def string) (*report.MissTally, error) {
	switch r := r.(type) {
	case *admin.Client:
		t := &report.MissTally{Site: site, DefaultSite: def}
		err := r.ForEachMissWordingJSON(ctx, since, site, def, t.AddJSON)
		return t, err
	case report.MissRecords:
		return report.CountMisses(ctx, r, since, site, def, nil)
	}
	return nil, fmt.Errorf("%T ne lit pas les questions sans réponse", r)
}

var _ report.MissRecords = (*bolt.Store)(nil)
