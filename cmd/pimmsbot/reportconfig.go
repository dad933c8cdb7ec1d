package main

import (
	"flag"

	"pimmsbot/internal/catalog"
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

// siteFlag adds --site to fs: the reports of one site of the network.
func siteFlag(fs *flag.FlagSet, id *string) {
	fs.StringVar(id, "site", "", "only this site `id` of the sites file (default: the whole network)")
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
