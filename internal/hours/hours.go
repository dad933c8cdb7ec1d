// Package hours decides whether the site is open and when it opens next,
// from a weekly schedule, closed days and a time zone.
//
// A schedule is written the way a site manager would put it on the door:
//
//	lun-ven 09:00-12:30,13:30-17:00; sam 09:00-12:00
//
// Days are French abbreviations (lun mar mer jeu ven sam dim) or full
// names (lundi … dimanche), alone or in ranges (lun-ven, lundi-vendredi);
// each day has one or more time spans, 09:00-12:30 or 9h-12h30. Closed
// days (public holidays, closures) are dates in YYYY-MM-DD form.
//
// Its errors are French, for the site manager who wrote the schedule; the
// caller names the setting first (PIMMS_HOURS, a site's hours).
//
// No message passes through it: the core asks it, when a resident asks
// for a mediator or a reminder is due, whether the site is open and when
// it opens next, and words in French that time (Schedule.When), the
// weekly hours (Schedule.Describe) and the closures ahead
// (Schedule.ClosedNote).
package hours

import (
	"fmt"
	"slices"
	"strconv"
	"strings"
	"time"
)

// A Span is an opening span within a day, in minutes after midnight.
type Span struct{ From, To int }

// A Schedule is a site's weekly opening hours.
type Schedule struct {
	// Week holds the spans of each weekday, indexed by time.Weekday.
	Week [7][]Span
	// Closed holds the closed days, as YYYY-MM-DD in Location.
	Closed map[string]bool
	// Location is the site's time zone (Europe/Paris).
	Location *time.Location
}

// dayNames are the days a schedule may name: abbreviated or in full.
var dayNames = map[string]time.Weekday{
	"lun": time.Monday, "mar": time.Tuesday, "mer": time.Wednesday, "jeu": time.Thursday,
	"ven": time.Friday, "sam": time.Saturday, "dim": time.Sunday,
	"lundi": time.Monday, "mardi": time.Tuesday, "mercredi": time.Wednesday, "jeudi": time.Thursday,
	"vendredi": time.Friday, "samedi": time.Saturday, "dimanche": time.Sunday,
}

// quote quotes a value the French way, « value », for the errors.
func quote(v string) string {
	return "«\u00a0" + v + "\u00a0»"
}

var frDays = [7]string{"dimanche", "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi"}

var frMonths = [12]string{"janvier", "février", "mars", "avril", "mai", "juin", "juillet",
	"août", "septembre", "octobre", "novembre", "décembre"}

// Parse reads a weekly schedule such as "lun-ven 09:00-12:30,13:30-17:00;
// sam 09:00-12:00" and a list of closed days. loc is the site's time zone.
func Parse(week string, closed []string, loc *time.Location) (*Schedule, error) {
	if loc == nil {
		loc = time.UTC
	}
	s := &Schedule{Closed: map[string]bool{}, Location: loc}
	for _, part := range strings.Split(week, ";") {
		part = strings.TrimSpace(part)
		if part == "" {
			continue
		}
		days, spans, ok := strings.Cut(part, " ")
		if !ok {
			return nil, fmt.Errorf("%s\u00a0: il manque les jours ou les heures\u00a0; écrivez les jours, une espace, puis les heures, par exemple %s", quote(part), quote("lun-ven 09:00-17:00"))
		}
		ds, err := parseDays(days)
		if err != nil {
			return nil, err
		}
		var sp []Span
		for _, r := range strings.Split(strings.TrimSpace(spans), ",") {
			r = strings.TrimSpace(r)
			from, to, ok := strings.Cut(r, "-")
			f, ok1 := parseClock(from)
			t, ok2 := parseClock(to)
			switch {
			case !ok || !ok1 || !ok2:
				return nil, fmt.Errorf("plage horaire %s illisible\u00a0; écrivez l'ouverture et la fermeture, par exemple 09:00-12:30 ou 9h-12h30", quote(r))
			case t <= f:
				return nil, fmt.Errorf("plage horaire %s\u00a0: la fermeture vient avant l'ouverture\u00a0; écrivez par exemple 09:00-12:30", quote(r))
			}
			sp = append(sp, Span{f, t})
		}
		slices.SortFunc(sp, func(a, b Span) int { return a.From - b.From })
		for _, d := range ds {
			s.Week[d] = append(s.Week[d], sp...)
		}
	}
	for _, d := range closed {
		d = strings.TrimSpace(d)
		if d == "" {
			continue
		}
		if _, err := time.Parse(time.DateOnly, d); err != nil {
			return nil, fmt.Errorf("jour de fermeture %s illisible\u00a0; écrivez la date en chiffres, année-mois-jour, par exemple 2026-12-25", quote(d))
		}
		s.Closed[d] = true
	}
	return s, nil
}

func parseDays(s string) ([]time.Weekday, error) {
	var out []time.Weekday
	for _, item := range strings.Split(s, ",") {
		from, to, isRange := strings.Cut(item, "-")
		a, ok := dayNames[strings.ToLower(from)]
		if !ok {
			return nil, dayError(from)
		}
		if !isRange {
			out = append(out, a)
			continue
		}
		b, ok := dayNames[strings.ToLower(to)]
		if !ok {
			return nil, dayError(to)
		}
		for d := a; ; d = (d + 1) % 7 {
			out = append(out, d)
			if d == b {
				break
			}
		}
	}
	return out, nil
}

func dayError(day string) error {
	return fmt.Errorf("jour %s inconnu\u00a0; écrivez lun, mar, mer, jeu, ven, sam ou dim, ou le jour en entier (lundi-vendredi)", quote(day))
}

// parseClock reads a time of day, 09:00, 9h30 or 9h, as minutes after
// midnight.
func parseClock(s string) (int, bool) {
	h, m, ok := strings.Cut(strings.TrimSpace(s), ":")
	if !ok {
		h, m, ok = strings.Cut(strings.TrimSpace(s), "h")
	}
	hh, err := strconv.Atoi(strings.TrimSpace(h))
	if err != nil || hh < 0 || hh > 24 {
		return 0, false
	}
	mm := 0
	if m = strings.TrimSpace(m); ok && m != "" {
		mm, err = strconv.Atoi(m)
		if err != nil || mm < 0 || mm > 59 {
			return 0, false
		}
	}
	return hh*60 + mm, true
}

// OpenAt reports whether the site is open at t.
func (s *Schedule) OpenAt(t time.Time) bool {
	t = t.In(s.Location)
	if s.Closed[t.Format(time.DateOnly)] {
		return false
	}
	m := t.Hour()*60 + t.Minute()
	for _, sp := range s.Week[t.Weekday()] {
		if m >= sp.From && m < sp.To {
			return true
		}
	}
	return false
}

// OpenDuration returns how long the site is open between from and to: the
// time mediators had to act on something that arrived at from. It counts
// at most 60 days.
func (s *Schedule) OpenDuration(from, to time.Time) time.Duration {
	if !to.After(from) {
		return 0
	}
	from, to = from.In(s.Location), to.In(s.Location)
	day := time.Date(from.Year(), from.Month(), from.Day(), 0, 0, 0, 0, s.Location)
	var total time.Duration
	for i := 0; i < 60; i++ {
		d := day.AddDate(0, 0, i)
		if d.After(to) {
			break
		}
		if s.Closed[d.Format(time.DateOnly)] {
			continue
		}
		for _, sp := range s.Week[d.Weekday()] {
			a := time.Date(d.Year(), d.Month(), d.Day(), sp.From/60, sp.From%60, 0, 0, s.Location)
			b := time.Date(d.Year(), d.Month(), d.Day(), sp.To/60, sp.To%60, 0, 0, s.Location)
			if a.Before(from) {
				a = from
			}
			if b.After(to) {
				b = to
			}
			if b.After(a) {
				total += b.Sub(a)
			}
		}
	}
	return total
}

// NextOpening returns the next time the site opens after t, and false when
// it never opens in the next 60 days.
func (s *Schedule) NextOpening(t time.Time) (time.Time, bool) {
	t = t.In(s.Location)
	day := time.Date(t.Year(), t.Month(), t.Day(), 0, 0, 0, 0, s.Location)
	for i := 0; i < 60; i++ {
		d := day.AddDate(0, 0, i)
		if s.Closed[d.Format(time.DateOnly)] {
			continue
		}
		for _, sp := range s.Week[d.Weekday()] {
			at := time.Date(d.Year(), d.Month(), d.Day(), sp.From/60, sp.From%60, 0, 0, s.Location)
			if at.After(t) {
				return at, true
			}
		}
	}
	return time.Time{}, false
}

// Describe writes the schedule in French, one line per group of days with
// the same hours, e.g. "du lundi au vendredi : 9 h – 12 h 30, 13 h 30 – 17 h".
func (s *Schedule) Describe() []string {
	order := []time.Weekday{1, 2, 3, 4, 5, 6, 0}
	var lines []string
	for i := 0; i < len(order); {
		j := i
		for j+1 < len(order) && slices.Equal(s.Week[order[j+1]], s.Week[order[i]]) {
			j++
		}
		if len(s.Week[order[i]]) > 0 {
			var days string
			switch {
			case i == j:
				days = "le " + frDays[order[i]]
			case j == i+1:
				days = "le " + frDays[order[i]] + " et le " + frDays[order[j]]
			default:
				days = "du " + frDays[order[i]] + " au " + frDays[order[j]]
			}
			var spans []string
			for _, sp := range s.Week[order[i]] {
				spans = append(spans, clock(sp.From)+" – "+clock(sp.To))
			}
			lines = append(lines, days+"\u00a0: "+strings.Join(spans, ", "))
		}
		i = j + 1
	}
	return lines
}

// ClosedNote words as one French sentence the closed days of the next
// days after now (today included) on which the site would otherwise
// open, without a final period so that a text may hold it inline:
// "Fermé exceptionnellement aujourd'hui (lundi 7 décembre) et le jeudi
// 24 décembre"; a closure of minClosedRun opening days or more is one
// span, "du lundi 21 décembre au vendredi 1er janvier". It is "" when
// there are none.
func (s *Schedule) ClosedNote(now time.Time, days int) string {
	closed := s.closedDays(now, days)
	if len(closed) == 0 {
		return ""
	}
	now = now.In(s.Location)
	today := time.Date(now.Year(), now.Month(), now.Day(), 12, 0, 0, 0, s.Location)
	relative := func(d time.Time) string {
		switch {
		case d.Equal(today):
			return "aujourd'hui"
		case d.Equal(today.AddDate(0, 0, 1)):
			return "demain"
		}
		return ""
	}
	var words []string
	for _, run := range s.closedRuns(closed) {
		first, last := run[0], run[len(run)-1]
		if len(run) >= minClosedRun {
			from := frDate(first)
			if rel := relative(first); rel != "" {
				from += " (" + rel + ")"
			}
			words = append(words, "du "+from+" au "+frDate(last))
			continue
		}
		for _, d := range run {
			if rel := relative(d); rel != "" {
				words = append(words, rel+" ("+frDate(d)+")")
			} else {
				words = append(words, "le "+frDate(d))
			}
		}
	}
	list := words[0]
	if n := len(words); n > 1 {
		list = strings.Join(words[:n-1], ", ") + " et " + words[n-1]
	}
	return "Fermé exceptionnellement " + list
}

// minClosedRun is how many closed opening days in a row ClosedNote
// words as one span (« du lundi 21 décembre au vendredi 1er janvier »)
// rather than day by day.
const minClosedRun = 3

// closedRuns parts closed days, in order, into runs: days with no day
// between them on which the site opens.
func (s *Schedule) closedRuns(closed []time.Time) [][]time.Time {
	var runs [][]time.Time
	for i, d := range closed {
		if i > 0 && s.noOpeningBetween(closed[i-1], d) {
			runs[len(runs)-1] = append(runs[len(runs)-1], d)
			continue
		}
		runs = append(runs, []time.Time{d})
	}
	return runs
}

// noOpeningBetween reports whether the site opens on no day strictly
// between the days a and b.
func (s *Schedule) noOpeningBetween(a, b time.Time) bool {
	for d := a.AddDate(0, 0, 1); d.Before(b); d = d.AddDate(0, 0, 1) {
		if len(s.Week[d.Weekday()]) > 0 && !s.Closed[d.Format(time.DateOnly)] {
			return false
		}
	}
	return true
}

// closedDays returns the closed days of the next days after now (today
// included) on which the site would otherwise open, at noon in the
// site's time zone.
//
// Every text with the site's hours asks for them, several times a
// message: it reads the few closed days set, not each day ahead, and
// returns at once for a site with none.
func (s *Schedule) closedDays(now time.Time, days int) []time.Time {
	if len(s.Closed) == 0 {
		return nil
	}
	now = now.In(s.Location)
	first := time.Date(now.Year(), now.Month(), now.Day(), 12, 0, 0, 0, s.Location)
	// Days written YYYY-MM-DD sort as strings as they do in time.
	from, to := first.Format(time.DateOnly), first.AddDate(0, 0, days).Format(time.DateOnly)
	var out []time.Time
	for key := range s.Closed {
		if key < from || key >= to {
			continue
		}
		day, err := time.Parse(time.DateOnly, key)
		if err != nil {
			continue // Parse accepted only such days
		}
		d := time.Date(day.Year(), day.Month(), day.Day(), 12, 0, 0, 0, s.Location)
		if len(s.Week[d.Weekday()]) > 0 {
			out = append(out, d)
		}
	}
	slices.SortFunc(out, func(a, b time.Time) int { return a.Compare(b) })
	return out
}

// frDate writes a day in French: "jeudi 24 décembre", "mardi 1er
// décembre".
func frDate(d time.Time) string {
	day := strconv.Itoa(d.Day())
	if d.Day() == 1 {
		day = "1er"
	}
	return frDays[d.Weekday()] + " " + day + " " + frMonths[d.Month()-1]
}

// When says in French when t is, relative to now: "aujourd'hui à 13 h 30",
// "demain à 9 h" or "lundi 3 août à 9 h".
func (s *Schedule) When(t, now time.Time) string {
	t, now = t.In(s.Location), now.In(s.Location)
	at := " à " + clock(t.Hour()*60+t.Minute())
	y1, m1, d1 := now.Date()
	y2, m2, d2 := t.Date()
	today := time.Date(y1, m1, d1, 0, 0, 0, 0, s.Location)
	switch time.Date(y2, m2, d2, 0, 0, 0, 0, s.Location).Sub(today).Hours() / 24 {
	case 0:
		return "aujourd'hui" + at
	case 1:
		return "demain" + at
	}
	return fmt.Sprintf("%s %d %s%s", frDays[t.Weekday()], d2, frMonths[m2-1], at)
}

// clock writes minutes after midnight the French way: "9 h", "12 h 30".
func clock(m int) string {
	if m%60 == 0 {
		return fmt.Sprintf("%d\u00a0h", m/60)
	}
	return fmt.Sprintf("%d\u00a0h\u00a0%02d", m/60, m%60)
}
