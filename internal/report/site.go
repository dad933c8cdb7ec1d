package report

import (
	"context"
	"fmt"
	"regexp"
	"strings"
	"time"
	"unicode"

	"golang.org/x/text/unicode/norm"

	"pimmsbot/internal/hours"
)

// Site is what the monthly report knows of the site, from its
// configuration.
type Site struct {
	Name     string // PIMMS_SITE_NAME
	Location *time.Location
	// Hours are the opening hours: the time to a mediator's first reply
	// counts only while the site is open, and the report is posted on the
	// first opening day of the month. Nil counts wall-clock time.
	Hours *hours.Schedule
	// RetentionDays is how long messages are kept (PIMMS_RETENTION_DAYS).
	RetentionDays int
	// Partners is the YAML of the partners (PIMMS_PARTNERS, usually from
	// PIMMS_PARTNERS_FILE), read by ParsePartners against the FAQ in use
	// for each report; "" for none.
	Partners string
}

var nonAlnum = regexp.MustCompile(`[^a-z0-9]+`)

// SiteID is the id of a site, made from its name: "PIMMS Médiation" →
// "pimms-mediation".
func SiteID(name string) string {
	var b strings.Builder
	for _, r := range norm.NFD.String(strings.ToLower(name)) {
		if !unicode.Is(unicode.Mn, r) {
			b.WriteRune(r)
		}
	}
	return strings.Trim(nonAlnum.ReplaceAllString(b.String(), "-"), "-")
}

// CheckSite accepts "" or the id of the site named name: an installation
// serves one site, and per-site figures come with the network of sites.
func CheckSite(name, id string) error {
	if id == "" || id == SiteID(name) {
		return nil
	}
	return fmt.Errorf("site %s"+nbsp+": cette installation sert un seul site, %s (PIMMS_SITE_NAME)"+nbsp+
		"; donnez son id, ou aucun (le rapport d'un site d'un réseau n'existe pas encore)", guillemets(id), guillemets(SiteID(name)))
}

// Month builds the site's report of the month starting at month, made at
// now, with the FAQ's names, the partners read against them and the
// proposals waiting in src.
func (s Site) Month(ctx context.Context, src Source, names Names, month, now time.Time) (*Month, error) {
	var partners []Partner
	if strings.TrimSpace(s.Partners) != "" {
		var err error
		if partners, err = ParsePartners([]byte(s.Partners), names.isTheme, names.isEntry); err != nil {
			return nil, fmt.Errorf("PIMMS_PARTNERS_FILE (les partenaires du rapport)"+nbsp+":\n%w", err) // one problem a line
		}
	}
	proposals, err := src.ProposalsWaiting(ctx)
	if err != nil {
		return nil, err
	}
	return BuildMonth(ctx, src, MonthOptions{
		Month: month, Location: s.Location, Hours: s.Hours, Site: s.Name, SiteID: SiteID(s.Name),
		RetentionDays: s.RetentionDays, Partners: partners, Names: names, Proposals: proposals, Generated: now,
	})
}

// FileName is the name of the report's file: "rapport-2026-11" and ext
// (".html", ".csv").
func (m *Month) FileName(ext string) string {
	return "rapport-" + m.Current.From.Format("2006-01") + ext
}
