package conversation

import (
	"context"
	"regexp"
	"strings"
)

// A Pending is what the bot was about to do for a resident when it asked
// for their postcode: it is done once their site is known.
type Pending struct {
	// Do is one of the Pending constants.
	Do string `json:"do"`
	// ID is the FAQ entry or intent to answer (PendingEntry,
	// PendingIntent).
	ID string `json:"id,omitempty"`
	// Question is the question the ticket of a PendingHandover takes,
	// masked.
	Question string `json:"question,omitempty"`
	// Request is the Ticket.Request of a PendingHandover.
	Request string `json:"request,omitempty"`
}

// What a Pending does.
const (
	PendingHandover = "handover" // open a ticket (or, with no desk, say how to reach the site)
	PendingEntry    = "entry"    // answer with a FAQ entry that names the site
	PendingIntent   = "intent"   // answer small talk that names the site
	PendingHours    = "hours"    // show the site's hours and address
	PendingSite     = "site"     // nothing more: the resident asked to change their site
)

// askSite asks the resident for their postcode when they have no site
// yet and the network has several, and keeps p to do once they answer.
// It reports whether it asked: the caller then does nothing more now.
func (s *Service) askSite(ev *event, p Pending, choice string) bool {
	if _, ok := s.siteOf(ev.r); ok {
		return false
	}
	s.askPostcode(ev, p, choice)
	return true
}

// askPostcode asks the resident for their postcode, and keeps p to do once
// they answer. The question waits for one answer only: whatever else the
// resident writes is answered as usual, and the bot asks again the next
// time it needs their site.
func (s *Service) askPostcode(ev *event, p Pending, choice string) {
	ev.r.Pending = &p
	s.reply(ev, Reply{Text: French.PostcodeAsk, Choice: choice})
}

// postcodeRE finds a postcode in what a resident writes: five digits,
// possibly as "69 009", not part of a longer number.
var postcodeRE = regexp.MustCompile(`(?:^|[^0-9])([0-9]{2}) ?([0-9]{3})(?:[^0-9]|$)`)

// findPostcode returns the postcode in a short answer ("69009",
// "c 69009", "j'habite à Lyon 9e 69009"), and false when there is none
// or the text is too long to be an answer to « Quel est votre code
// postal ? ».
func findPostcode(text string) (string, bool) {
	if !strings.ContainsAny(text, "0123456789") || len(strings.Fields(text)) > 12 {
		return "", false
	}
	m := postcodeRE.FindStringSubmatch(text)
	if m == nil || m[1] == "00" {
		return "", false
	}
	return m[1] + m[2], true
}

// onPostcode gives the resident the site of their postcode, then does
// what was pending: one site is theirs at once, several are offered as
// buttons, none gives the network's default site.
func (s *Service) onPostcode(ctx context.Context, ev *event, p *Pending, code string) error {
	found := s.sites.ForPostcode(code)
	switch len(found) {
	case 0:
		return s.chooseSite(ctx, ev, s.sites.Default(), p, French.PostcodeNone, "")
	case 1:
		return s.chooseSite(ctx, ev, found[0], p, "", "")
	}
	ev.r.Pending = p
	rows := make([][]Button, 0, len(found))
	for _, site := range found {
		rows = append(rows, []Button{{Label: site.Name, Action: ActSite + ":" + site.ID}})
	}
	s.reply(ev, Reply{Text: French.PostcodeChoose, Buttons: rows})
	return nil
}

// pickSite gives the resident the site they picked among the buttons,
// then does what was pending. A resident in a handover keeps their
// ticket's site.
func (s *Service) pickSite(ctx context.Context, ev *event, p *Pending, id string) error {
	if ev.r.InHandover() {
		s.reply(ev, Reply{Text: French.SiteLocked})
		return nil
	}
	site, ok := s.sites.Site(id)
	if !ok || id == "" {
		s.reply(ev, Reply{Text: French.StaleButton})
		return nil
	}
	return s.chooseSite(ctx, ev, site, p, "", site.Name)
}

// chooseSite makes site the resident's, tells them, and does what was
// pending. intro, when set, comes first (why this site).
func (s *Service) chooseSite(ctx context.Context, ev *event, site Site, p *Pending, intro, choice string) error {
	ev.r.Site = site.ID
	text := French.SiteIs
	if intro != "" {
		text = intro + "\n\n" + text
	}
	s.reply(ev, Reply{Text: text, Choice: choice})
	if p == nil {
		return nil
	}
	cat := s.Catalog()
	switch p.Do {
	case PendingHandover:
		return s.openHandover(ctx, ev, p.Question, p.Request, false)
	case PendingEntry:
		if e, ok := cat.Entry(p.ID); ok {
			s.sendEntry(ev, e, "")
		}
	case PendingIntent:
		if in, ok := cat.Intent(p.ID); ok {
			s.reply(ev, Reply{Text: in.Answer, Buttons: menuButtons()})
		}
	case PendingHours:
		s.hours(ev)
	}
	return nil
}

// showSite shows the resident's site (/site) and offers to change it; a
// resident without one is asked for their postcode.
func (s *Service) showSite(ev *event) {
	if s.askSite(ev, Pending{Do: PendingSite}, "") {
		return
	}
	rep := Reply{Text: French.SiteIntro + "\n\n" + French.Hours}
	switch {
	case s.sites.Len() == 1:
		// One site: there is nothing to change, now or later.
	case ev.r.InHandover():
		rep.Text += "\n\n" + French.SiteLocked
	default:
		rep.Buttons = [][]Button{{{Label: frButtons.ChangeSite, Action: ActSiteChange}}}
	}
	s.reply(ev, rep)
}

// changeSite asks the resident for the postcode of their new site, at
// their click on « Changer de PIMMS ».
func (s *Service) changeSite(ev *event) {
	if ev.r.InHandover() || s.sites.Len() == 1 {
		s.showSite(ev)
		return
	}
	s.askPostcode(ev, Pending{Do: PendingSite}, frButtons.ChangeSite)
}

// welcome greets the resident (/start). A deep link's payload ("/start
// lyon-vaise") that names a site makes it theirs at once; an unknown one
// is ignored, and the site is asked when needed.
func (s *Service) welcome(ev *event, payload string) {
	if payload != "" && !ev.r.InHandover() {
		if site, ok := s.sites.Site(payload); ok {
			ev.r.Site = site.ID
		}
	}
	text := French.Welcome
	if s.sites.Len() > 1 {
		text = French.WelcomeNetwork
		if _, ok := s.siteOf(ev.r); ok {
			text += "\n\n" + French.SiteIs
		}
	}
	s.reply(ev, Reply{Text: text, Buttons: welcomeButtons()})
	s.remindMode(ev)
}
