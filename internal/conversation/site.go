package conversation

import (
	"slices"
	"strconv"
	"strings"
	"time"

	"pimmsbot/internal/hours"
)

// Site is what residents are told about a PIMMS site.
type Site struct {
	// ID names the site in stored data (Resident.Site, Ticket.Site) and
	// in deep links ("/start <ID>"). It may be "" in a network of one.
	ID      string
	Name    string
	Address string
	Phone   string
	Email   string
	// Hours decides what a resident is told on handover; nil means the
	// hours are unknown and the mediators are taken to be always there.
	Hours *hours.Schedule
	// RetentionDays is how long messages are kept. It is the whole
	// network's: only Config.Site's counts, when Config.RetentionDays is
	// zero.
	RetentionDays int
}

// Sites are the PIMMS sites of a network, as the service needs them to
// give each resident their own site. They must not change while a
// Service uses them. The sites package adapts its Network to it.
type Sites interface {
	// Site returns the site with the given ID, and false when there is
	// none (a deep link to an unknown site, a site removed since a
	// record was stored).
	Site(id string) (Site, bool)
	// ForPostcode returns the sites a resident with this five-digit
	// postcode may choose from, or nil when none is near: the resident
	// then gets the Default site.
	ForPostcode(code string) []Site
	// Default returns the site of residents whose postcode no site
	// serves, and of records stored without a site.
	Default() Site
	// Len returns the number of sites. In a network of one, residents
	// are never asked for their postcode.
	Len() int
}

// one is the network of one site that Config.Site makes.
type one struct{ site Site }

func (o one) Site(id string) (Site, bool) { return o.site, id == o.site.ID }
func (o one) ForPostcode(string) []Site   { return []Site{o.site} }
func (o one) Default() Site               { return o.site }
func (o one) Len() int                    { return 1 }

// SiteVars returns the values of the {site.*} placeholders of the FAQ for
// a site at time now. {site.hours} is hoursText: every text that gives
// the hours (/horaires, the FAQ's answers) gives them alike, and warns of
// a closed door.
func SiteVars(site Site, now time.Time) map[string]string {
	return map[string]string{
		"site.name":      site.Name,
		"site.address":   site.Address,
		"site.phone":     site.Phone,
		"site.email":     site.Email,
		"site.hours":     hoursText(site.Hours, now),
		"site.retention": strconv.Itoa(site.RetentionDays),
	}
}

// hoursText writes a site's hours as one sentence that a text may hold
// inline, before its full stop: the groups of days with their hours
// (« du lundi au vendredi, de 9 h à 12 h 30 et de 13 h 30 à 17 h ; le
// samedi, de 9 h à 12 h »), then the exceptional closures of the next
// closedAhead days, in the site's time zone, as a sentence of their own
// (« . Fermé exceptionnellement demain (mardi 8 décembre) »). It is ""
// for a site without hours. An outside check found the hours' own colon
// after « Horaires : », a second group of days on a line of its own and
// the closures without a full stop.
func hoursText(h *hours.Schedule, now time.Time) string {
	if h == nil {
		return ""
	}
	var groups []string
	for _, line := range h.Describe() {
		days, spans, ok := strings.Cut(line, "\u00a0: ") // « du lundi au vendredi : 9 h – 12 h 30, … »
		if !ok {
			groups = append(groups, line)
			continue
		}
		var from []string
		for _, span := range strings.Split(spans, ", ") {
			start, end, _ := strings.Cut(span, " – ")
			from = append(from, "de "+start+" à "+end)
		}
		groups = append(groups, days+", "+joinAnd(from))
	}
	text := strings.Join(groups, " ; ")
	if note := h.ClosedNote(now, closedAhead); note != "" {
		text += ". " + note
	}
	return text
}

// joinAnd joins words with commas and a last « et ».
func joinAnd(words []string) string {
	if n := len(words); n > 1 {
		return strings.Join(words[:n-1], ", ") + " et " + words[n-1]
	}
	return strings.Join(words, "")
}

// closedAhead is how many days ahead, today included, the hours a
// resident reads tell the exceptional closures: enough to plan a visit
// over the Christmas holidays.
const closedAhead = 60

// notGiven stands for a site's detail that its configuration leaves
// empty, in a text that has nothing else to say.
const notGiven = "(non renseigné)"

// dropNotGiven removes from src the lines that name a site's detail left
// empty in vars (« - par téléphone au {site.phone} ; »): a resident reads
// the ways that exist, not « au (non renseigné) ». A line that announces
// a list (« … avec du temps pour vous : ») whose items all went loses its
// last sentence, or goes too: nothing may dangle after a colon. A text
// left with no line keeps its lines, the empty details written notGiven;
// vars is changed so.
func dropNotGiven(src string, vars map[string]string) string {
	var empty []string
	for k, v := range vars {
		if v == "" {
			empty = append(empty, "{"+k+"}")
		}
	}
	if len(empty) == 0 || !strings.Contains(src, "{site.") {
		return src
	}
	lines := strings.Split(src, "\n")
	gone := make([]bool, len(lines))
	for i, l := range lines {
		gone[i] = slices.ContainsFunc(empty, func(p string) bool { return strings.Contains(l, p) })
	}
	kept := make([]string, 0, len(lines))
	for i, l := range lines {
		if gone[i] {
			continue
		}
		if listLost(lines, gone, i) {
			if l = withoutLastSentence(l); strings.TrimSpace(l) == "" {
				continue
			}
		}
		if len(kept) == 0 && strings.TrimSpace(l) == "" {
			continue // the text starts with its first line left
		}
		kept = append(kept, l)
	}
	if strings.TrimSpace(strings.Join(kept, "")) != "" {
		// Two blank lines where a paragraph was are one.
		kept = slices.CompactFunc(kept, func(a, b string) bool { return strings.TrimSpace(a) == "" && strings.TrimSpace(b) == "" })
		return strings.Join(kept, "\n")
	}
	for k, v := range vars {
		if v == "" {
			vars[k] = notGiven
		}
	}
	return src
}

// listLost reports whether lines[i] announces a list (it ends with a
// colon and list items follow) whose items are all gone.
func listLost(lines []string, gone []bool, i int) bool {
	if !strings.HasSuffix(strings.TrimSpace(lines[i]), ":") {
		return false
	}
	items := 0
	for j := i + 1; j < len(lines) && strings.HasPrefix(strings.TrimSpace(lines[j]), "- "); j++ {
		if !gone[j] {
			return false
		}
		items++
	}
	return items > 0
}

// withoutLastSentence cuts the last sentence of a line: « Prenez
// rendez-vous. Vous serez reçu : » becomes « Prenez rendez-vous. », and a
// line of one sentence becomes "".
func withoutLastSentence(l string) string {
	body := strings.TrimRight(strings.TrimSpace(l), ": \u00a0")
	for i := len(body) - 1; i > 0; i-- {
		if body[i] == ' ' && strings.ContainsRune(".?!", rune(body[i-1])) {
			return body[:i]
		}
	}
	return ""
}

// usesSite reports whether a catalogue or FAQ text names the site: its
// {site.*} placeholders need the resident's own.
func usesSite(text string) bool { return strings.Contains(text, "{site.") }

// siteOf returns the resident's site, and false when they have none yet
// and the network has several. A resident in a handover always has one:
// their ticket's, which is theirs or, after an emergency, the default
// site.
func (s *Service) siteOf(r *Resident) (Site, bool) {
	if r.Site != "" {
		if site, ok := s.sites.Site(r.Site); ok {
			return site, true
		}
	}
	if s.sites.Len() == 1 || r.InHandover() {
		return s.sites.Default(), true
	}
	return Site{}, false
}

// siteOrDefault returns the resident's site, or the network's default
// site when they have none yet.
func (s *Service) siteOrDefault(r *Resident) Site {
	if site, ok := s.siteOf(r); ok {
		return site
	}
	return s.sites.Default()
}

// replySite returns the site whose details fill a reply: the resident's,
// or, in a network of several sites and before the resident chose one,
// the network itself, named French.NetworkName, with no site's address or
// phone: « bonjour » is not answered in the name of another site. Texts
// that need a site's address ask for the postcode first (askSite).
func (s *Service) replySite(r *Resident) Site {
	if site, ok := s.siteOf(r); ok {
		return site
	}
	return Site{ID: s.sites.Default().ID, Name: French.NetworkName}
}

// ticketSite returns the site a ticket belongs to; a ticket stored
// before sites existed, or of a site removed since, belongs to the
// default site.
func (s *Service) ticketSite(t Ticket) Site {
	if site, ok := s.sites.Site(t.Site); ok {
		return site
	}
	return s.sites.Default()
}

// contact writes how to reach the site, as bullets, from what the site's
// configuration gives: the phone, the address and the hours when known.
func contact(site Site) string {
	var lines []string
	if site.Phone != "" {
		lines = append(lines, "- appelez le {site.phone} ;")
	}
	place := "- venez au {site.name}"
	if site.Address != "" {
		place += " : {site.address}"
	}
	if site.Hours != nil {
		place += " (horaires : /horaires)"
	}
	lines = append(lines, place+".")
	return strings.Join(lines, "\n")
}
