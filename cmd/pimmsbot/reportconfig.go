package main

import (
	"context"
	"flag"

	"pimmsbot/internal/catalog"
	"pimmsbot/internal/conversation"
	"pimmsbot/internal/hours"
	"pimmsbot/internal/report"
)

// reportSite is the site as the reports see it, from the configuration
// and its opening hours h.
func reportSite(cfg *Config, h *hours.Schedule) report.Site {
	return report.Site{Name: cfg.SiteName, Location: cfg.Location(), Hours: h, RetentionDays: cfg.RetentionDays,
		Partners: cfg.Partners}
}

// faqNames are the FAQ's names for the reports; with a nil cat (the FAQ
// could not be loaded) the reports show ids.
func faqNames(cat *catalog.Catalog) report.Names {
	names := report.Names{Normalize: catalog.Normalize}
	if cat == nil {
		return names
	}
	names.Theme = func(id string) string {
		t, _ := cat.Theme(id)
		return t.Label // no emoji: a terminal shows it wider than tabwriter counts
	}
	names.EntryTheme = func(id string) string {
		if e, ok := cat.Entry(id); ok {
			return e.Theme
		}
		return ""
	}
	names.EntryTitle = func(id string) string {
		if e, ok := cat.Entry(id); ok {
			return e.Title
		}
		return ""
	}
	return names
}

// configuredNames are the names of the configuration's FAQ, or ids alone
// when it cannot be loaded.
func configuredNames(cfg *Config) report.Names {
	cat, err := loadCatalog(cfg.FAQDir)
	if err != nil {
		return faqNames(nil)
	}
	return faqNames(cat)
}

// namesSource is a reader that knows the FAQ's names: the running
// service, through the admin socket.
type namesSource interface {
	FAQNames(ctx context.Context) (conversation.FAQNames, error)
}

// reportNames are the names of the FAQ for a report read from r: those
// of the FAQ the running service answers from when r is the service (a
// report beside the bot then parses no YAML: 737 KB, 50 ms of CPU each
// time), else those of the configuration's FAQ.
func reportNames(ctx context.Context, cfg *Config, r reader) report.Names {
	if src, ok := r.(namesSource); ok {
		if n, err := src.FAQNames(ctx); err == nil {
			return servedNames(n)
		}
	}
	return configuredNames(cfg)
}

// servedNames are the reports' names from the service's FAQNames.
func servedNames(n conversation.FAQNames) report.Names {
	return report.Names{
		Normalize:  catalog.Normalize,
		Theme:      func(id string) string { return n.Themes[id] },
		EntryTheme: func(id string) string { return n.Entries[id].Theme },
		EntryTitle: func(id string) string { return n.Entries[id].Title },
	}
}

// siteReport starts a report command that takes --site (the reports of
// one site of the network) besides the flags more adds and no argument:
// it returns the settings, the site chosen ("" for the whole network) and
// the network's default site. ok is false when the command must stop with
// code.
func siteReport(name string, args []string, env *Env, more func(*flag.FlagSet)) (cfg *Config, site, def string, code int, ok bool) {
	var id string
	cfg, fs, code, ok := commandConfig(name, args, env, func(fs *flag.FlagSet) {
		more(fs)
		fs.StringVar(&id, "site", "", "seulement ce site du fichier des sites, son `id` (par défaut\u00a0: tout le réseau)")
	})
	switch {
	case !ok:
		return nil, "", "", code, false
	case fs.NArg() > 0:
		return nil, "", "", env.usageError(name, "argument inattendu %s", guillemets(fs.Arg(0))), false
	}
	site, def, err := siteFilter(cfg, id)
	if err != nil {
		return nil, "", "", env.errorf(2, name, "%v", err), false
	}
	return cfg, site, def, 0, true
}

// siteFilter checks the --site of a report against the network and
// returns it with the network's default site, to which records without a
// site belong. An empty id reports on the whole network.
func siteFilter(cfg *Config, id string) (site, def string, err error) {
	net, err := cfg.Network()
	if err == nil && id != "" {
		_, err = net.Lookup(id)
	}
	if err != nil {
		return "", "", err
	}
	return id, net.DefaultID, nil
}
