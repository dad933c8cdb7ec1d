package main

import (
	"bytes"
	"cmp"
	"context"
	"flag"
	"fmt"
	"os"
	"time"

	"pimmsbot/internal/report"
)

func runReport(ctx context.Context, env *Env, args []string) int {
	var month, out, site string
	var csvOut bool
	cfg, fs, code, ok := commandConfig("report", args, env, func(fs *flag.FlagSet) {
		fs.StringVar(&month, "month", "", "the `month` to report, YYYY-MM (default: last month)")
		fs.StringVar(&out, "out", "", "write to this `file` (default rapport-YYYY-MM.html, or .csv with --csv; - for standard output)")
		fs.BoolVar(&csvOut, "csv", false, "write the same figures as CSV, for spreadsheets")
		fs.StringVar(&site, "site", "", "the site `id` of a single-site installation (a network's report covers all its sites: use stats and unanswered --site for one)")
	})
	if !ok {
		return code
	}
	fail := env.failer("report")
	if fs.NArg() > 0 {
		return fail(2, "unexpected argument %q", fs.Arg(0))
	}
	if err := report.CheckSite(cfg.SiteName, site); err != nil {
		return fail(2, "--site %q: %v", site, err)
	}
	loc := cfg.Location()
	now := time.Now().In(loc)
	start, err := report.ParseMonth(month, now, loc)
	if err != nil {
		return fail(2, "--month %v", err)
	}
	cat, err := loadCatalog(cfg.FAQDir)
	if err != nil {
		return fail(1, "%v", err)
	}
	conf, err := cfg.Site()
	if err != nil {
		return fail(1, "%v", err)
	}
	store, done, err := openReader(ctx, cfg)
	if err != nil {
		return fail(1, "%v", err)
	}
	defer done()
	m, err := reportSite(cfg, conf.Hours).Month(ctx, store, faqNames(cat), start, now)
	if err != nil {
		return fail(1, "%v", err)
	}
	var b bytes.Buffer
	write, ext := m.WriteHTML, ".html"
	if csvOut {
		write, ext = m.WriteCSV, ".csv"
	}
	if err := write(&b); err != nil {
		return fail(1, "%v", err)
	}
	if out == "-" {
		_, err = env.Stdout.Write(b.Bytes())
	} else {
		out = cmp.Or(out, m.FileName(ext))
		err = os.WriteFile(out, b.Bytes(), 0o644)
	}
	if err != nil {
		return fail(1, "%v", err)
	}
	if out != "-" {
		fmt.Fprintln(env.Stderr, m.Written(out, b.Len()))
	}
	return 0
}
