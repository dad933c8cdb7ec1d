package main

import (
	"bytes"
	"context"
	"errors"
	"flag"
	"fmt"
	"os"
	"regexp"
	"strings"
	"time"
	"unicode"

	"golang.org/x/text/unicode/norm"

	"pimmsbot/internal/catalog"
	"pimmsbot/internal/hours"
	"pimmsbot/internal/report"
)

func runReport(ctx context.Context, env *Env, args []string) int {
	var month, out, site string
	var csvOut bool
	cfg, fs, code, ok := commandConfig("report", args, env, func(fs *flag.FlagSet) {
		fs.StringVar(&month, "month", "", "the `month` to report, YYYY-MM (default: last month)")
		fs.StringVar(&out, "out", "", "write to this `file` (default rapport-YYYY-MM.html, or .csv with --csv; - for standard output)")
		fs.BoolVar(&csvOut, "csv", false, "write the same figures as CSV, for spreadsheets")
		fs.StringVar(&site, "site", "", "the site `id` (this installation has one site; per-site reports come with the network)")
	})
	if !ok {
		return code
	}
	if fs.NArg() > 0 {
		fmt.Fprintf(env.Stderr, "pimmsbot report: unexpected argument %q\n", fs.Arg(0))
		return 2
	}
	if err := checkSite(cfg, site); err != nil {
		fmt.Fprintf(env.Stderr, "pimmsbot report: %v\n", err)
		return 2
	}
	loc := cfg.Location()
	now := time.Now().In(loc)
	start, _ := report.MonthRange(now, loc)
	start = start.AddDate(0, -1, 0)
	if month != "" {
		t, err := time.ParseInLocation("2006-01", month, loc)
		if err != nil {
			fmt.Fprintf(env.Stderr, "pimmsbot report: --month %q: want a month such as 2026-11\n", month)
			return 2
		}
		start = t
	}
	cat, err := loadCatalog(cfg.FAQDir)
	if err != nil {
		fmt.Fprintf(env.Stderr, "pimmsbot report: %v\n", err)
		return 1
	}
	store, done, err := openSnapshot(ctx, cfg)
	if err != nil {
		fmt.Fprintf(env.Stderr, "pimmsbot report: %v\n", err)
		return 1
	}
	defer done()
	m, err := monthReport(ctx, cfg, cat, store, start, now)
	if err != nil {
		fmt.Fprintf(env.Stderr, "pimmsbot report: %v\n", err)
		return 1
	}
	var b bytes.Buffer
	ext := ".html"
	if csvOut {
		ext = ".csv"
		err = m.WriteCSV(&b)
	} else {
		err = m.WriteHTML(&b)
	}
	if err != nil {
		fmt.Fprintf(env.Stderr, "pimmsbot report: %v\n", err)
		return 1
	}
	if out == "-" {
		_, err = env.Stdout.Write(b.Bytes())
	} else {
		if out == "" {
			out = "rapport-" + start.Format("2006-01") + ext
		}
		err = os.WriteFile(out, b.Bytes(), 0o644)
	}
	if err != nil {
		fmt.Fprintf(env.Stderr, "pimmsbot report: %v\n", err)
		return 1
	}
	if out != "-" {
		fmt.Fprintf(env.Stderr, "wrote %s (%d KiB): %d conversations in %s\n", out, (b.Len()+1023)/1024,
			m.Current.Conversations, start.Format("2006-01"))
	}
	return 0
}

// siteID is the id of the single site this installation serves, made from
// PIMMS_SITE_NAME: "PIMMS Médiation" → "pimms-mediation".
func siteID(cfg *Config) string {
	var b strings.Builder
	for _, r := range norm.NFD.String(strings.ToLower(cfg.SiteName)) {
		if !unicode.Is(unicode.Mn, r) {
			b.WriteRune(r)
		}
	}
	s := b.String()
	s = regexp.MustCompile(`[^a-z0-9]+`).ReplaceAllString(s, "-")
	return strings.Trim(s, "-")
}

// checkSite accepts "" or the configured site's id: per-site figures come
// with the network of sites.
func checkSite(cfg *Config, site string) error {
	if site == "" || site == siteID(cfg) {
		return nil
	}
	return fmt.Errorf("--site %q: this installation serves one site, %q (from PIMMS_SITE_NAME); reports per site of a network are not available yet", site, siteID(cfg))
}

// monthReport builds the report of the month starting at start, with the
// FAQ's names, the partners and the proposals waiting.
func monthReport(ctx context.Context, cfg *Config, cat *catalog.Catalog, src report.Source, start, now time.Time) (*report.Month, error) {
	loc := cfg.Location()
	h, err := hours.Parse(cfg.Hours, cfg.ClosedDays, loc)
	if err != nil {
		return nil, err
	}
	partners, err := partners(cfg, cat)
	if err != nil {
		return nil, err
	}
	opt := report.MonthOptions{
		Month: start, Location: loc, Hours: h, Site: cfg.SiteName, SiteID: siteID(cfg),
		RetentionDays: cfg.RetentionDays, Partners: partners, Names: reportNames(cat), Generated: now,
	}
	if p, ok := src.(proposalCounter); ok {
		if opt.Proposals, err = p.ProposalsWaiting(ctx); err != nil {
			return nil, err
		}
	}
	return report.BuildMonth(ctx, src, opt)
}

// proposalCounter counts the FAQ proposals waiting for review.
type proposalCounter interface {
	ProposalsWaiting(ctx context.Context) (int, error)
}

// partners reads PIMMS_PARTNERS (usually PIMMS_PARTNERS_FILE, a YAML file
// with a `partners:` mapping) against the FAQ; none when it is not set.
func partners(c *Config, cat *catalog.Catalog) ([]report.Partner, error) {
	if strings.TrimSpace(c.Partners) == "" {
		return nil, nil
	}
	ps, err := report.ParsePartners([]byte(c.Partners),
		func(id string) bool { _, ok := cat.Theme(id); return ok },
		func(id string) bool { _, ok := cat.Entry(id); return ok })
	if err != nil {
		return nil, errors.New("PIMMS_PARTNERS_FILE: " + err.Error())
	}
	return ps, nil
}

// reportNames are the FAQ's names for the reports.
func reportNames(cat *catalog.Catalog) report.Names {
	return report.Names{
		Theme: func(id string) string {
			t, _ := cat.Theme(id)
			return t.Label
		},
		EntryTheme: func(id string) string {
			if e, ok := cat.Entry(id); ok {
				return e.Theme
			}
			return ""
		},
		EntryTitle: func(id string) string {
			if e, ok := cat.Entry(id); ok {
				return e.Title
			}
			return ""
		},
		Normalize: catalog.Normalize,
	}
}
