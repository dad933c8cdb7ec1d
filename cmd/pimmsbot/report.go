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
		fs.StringVar(&month, "month", "", "le mois du rapport, `AAAA-MM` (par défaut\u00a0: le mois dernier)")
		fs.StringVar(&out, "out", "", "écrire dans ce `fichier` (par défaut rapport-AAAA-MM.html, ou .csv avec --csv\u00a0; - pour la sortie standard)")
		fs.BoolVar(&csvOut, "csv", false, "écrire les mêmes chiffres en CSV, pour un tableur")
		fs.StringVar(&site, "site", "", "l'`id` du site d'une installation à un seul site (le rapport d'un réseau couvre tous ses sites\u00a0: "+
			"stats --site et unanswered --site donnent ceux d'un site)")
	})
	if !ok {
		return code
	}
	fail := env.failer("report")
	if fs.NArg() > 0 {
		return env.usageError("report", "argument inattendu %s", guillemets(fs.Arg(0)))
	}
	if report.CheckSite(cfg.SiteName, site) != nil {
		// CheckSite's one reason, said in French for the site manager.
		return fail(2, "--site %s\u00a0: cette installation sert un seul site, %s (PIMMS_SITE_NAME)\u00a0; "+
			"le rapport d'un site d'un réseau n'existe pas encore (stats --site et unanswered --site donnent ses chiffres)",
			guillemets(site), guillemets(report.SiteID(cfg.SiteName)))
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
