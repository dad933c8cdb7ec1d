package report

import (
	"cmp"
	"context"
	"fmt"
	"slices"
	"time"

	"pimmsbot/internal/conversation"
)

// By says how Stats splits a period into rows.
type By string

// Ways of splitting a period.
const (
	ByNone  By = ""      // one row: the whole period
	ByTheme By = "theme" // one row per theme of the conversations
	ByWeek  By = "week"  // one row per ISO week, Monday first, empty weeks included
)

// NoTheme is the row key of conversations with no theme: no FAQ answer
// was given (only small talk, unanswered questions or a direct handover).
const NoTheme = "(sans thème)"

// Options choose what Stats counts.
type Options struct {
	// From and To bound the period: a conversation counts when it started
	// at or after From and before To.
	From, To time.Time
	By       By
	// Location is where weeks start; time.Local when nil.
	Location *time.Location
	// Site, when set, counts only the conversations and tickets of that
	// site; a record without a site belongs to DefaultSite. "" counts the
	// whole network.
	Site, DefaultSite string
}

// ofSite reports whether a record of site (its Site field) counts for
// the site filter site, whose records without a site belong to def.
func ofSite(filter, def, site string) bool {
	if filter == "" {
		return true
	}
	if site == "" {
		site = def
	}
	return site == filter
}

// A Row is the activity of one part of the period (or all of it).
type Row struct {
	// Key is the theme id, the week ("2025-W10") or "total".
	Key string
	// Start is the Monday of the week for ByWeek rows.
	Start time.Time

	Conversations int
	// Questions counts what residents asked the bot (typed or chosen in
	// the menus); small talk is not a question.
	Questions  int
	Answered   int // answered from the FAQ
	Clarified  int // "your question is about…" with choices
	Unanswered int // "I don't know", or "something else" after a clarification
	Handovers  int // tickets opened for a mediator
	Helpful    int // 👍
	NotHelpful int // 👎

	// Waits are the times from a handover request to a mediator's claim,
	// Handlings from the claim to the close, of the tickets of the row's
	// conversations; tickets not yet claimed or closed are not in them.
	Waits, Handlings []time.Duration
	// Ratings are the residents' satisfaction ratings, 1 to 5.
	Ratings []int
}

// Pending counts the questions left in suspense: entries were offered,
// and the resident neither chose one nor refused them.
func (r Row) Pending() int {
	return max(0, r.Questions-r.Answered-r.Unanswered)
}

// WaitMedian returns the median waiting time, and false when no ticket was
// claimed.
func (r *Row) WaitMedian() (time.Duration, bool) { return median(r.Waits) }

// HandlingMedian returns the median handling time, and false when no
// claimed ticket was closed.
func (r *Row) HandlingMedian() (time.Duration, bool) { return median(r.Handlings) }

// RatingMean returns the mean satisfaction, and false when nobody rated.
func (r *Row) RatingMean() (float64, bool) {
	if len(r.Ratings) == 0 {
		return 0, false
	}
	sum := 0
	for _, n := range r.Ratings {
		sum += n
	}
	return float64(sum) / float64(len(r.Ratings)), true
}

func (r *Row) add(c *conversation.Conversation) {
	r.Conversations++
	r.Questions += c.Questions
	r.Answered += c.Answered
	r.Clarified += c.Clarified
	r.Unanswered += c.Unanswered
	r.Handovers += c.Handovers
	r.Helpful += c.Helpful
	r.NotHelpful += c.NotHelpful
}

func (r *Row) addTicket(t *conversation.Ticket) {
	if !t.Claimed.IsZero() && !t.Requested.IsZero() {
		r.Waits = append(r.Waits, t.Claimed.Sub(t.Requested))
		if !t.Closed.IsZero() {
			r.Handlings = append(r.Handlings, t.Closed.Sub(t.Claimed))
		}
	}
	if t.Rating >= 1 && t.Rating <= 5 {
		r.Ratings = append(r.Ratings, t.Rating)
	}
}

// median returns the median of ds (the mean of the two middle values for
// an even count), and false for none.
func median(ds []time.Duration) (time.Duration, bool) {
	if len(ds) == 0 {
		return 0, false
	}
	s := slices.Clone(ds)
	slices.Sort(s)
	n := len(s)
	if n%2 == 1 {
		return s[n/2], true
	}
	return (s[n/2-1] + s[n/2]) / 2, true
}

// Activity is what Stats reads from the store: every conversation and
// every ticket. The bbolt store (package bolt) implements it.
type Activity interface {
	ForEachConversation(ctx context.Context, fn func(conversation.Conversation) error) error
	ForEachTicket(ctx context.Context, fn func(conversation.Ticket) error) error
}

// ReadStats counts the conversations and tickets of src for opt. When src
// implements Periods it reads the period alone.
func ReadStats(ctx context.Context, src Activity, opt Options) (*Stats, error) {
	s := NewStats(opt)
	err := conversationsOf(ctx, src, opt.From, opt.To, func(c conversation.Conversation) error { s.AddConversation(c); return nil })
	if err == nil {
		err = ticketsOf(ctx, src, opt.From, opt.To, func(t conversation.Ticket) error { s.AddTicket(t); return nil })
	}
	if err != nil {
		return nil, err
	}
	return s, nil
}

// ParseBy reads how to split a period: "", "theme" or "week".
func ParseBy(s string) (By, error) {
	switch by := By(s); by {
	case ByNone, ByTheme, ByWeek:
		return by, nil
	}
	return ByNone, fmt.Errorf("%s\u00a0: donnez theme (par thème) ou week (par semaine)", guillemets(s))
}

// Stats accumulates conversations and tickets into rows. Add every
// conversation first, then every ticket: a ticket counts in the row of its
// conversation.
type Stats struct {
	opt   Options
	rows  map[string]*Row
	total Row
	// conv maps each conversation seen to its row key, "" when it is
	// outside the period.
	conv map[uint64]string
}

// NewStats returns an empty report for opt.
func NewStats(opt Options) *Stats {
	if opt.Location == nil {
		opt.Location = time.Local
	}
	s := &Stats{opt: opt, rows: map[string]*Row{}, conv: map[uint64]string{}, total: Row{Key: "total"}}
	if opt.By == ByWeek && opt.To.After(opt.From) {
		for w := weekStart(opt.From, opt.Location); w.Before(opt.To); w = w.AddDate(0, 0, 7) {
			s.row(weekKey(w), w)
		}
	}
	return s
}

func (s *Stats) in(t time.Time) bool { return !t.Before(s.opt.From) && t.Before(s.opt.To) }

func (s *Stats) row(key string, start time.Time) *Row {
	r := s.rows[key]
	if r == nil {
		r = &Row{Key: key, Start: start}
		s.rows[key] = r
	}
	return r
}

// keyOf returns the row of something that happened at t in theme.
func (s *Stats) keyOf(theme string, t time.Time) (string, time.Time) {
	switch s.opt.By {
	case ByTheme:
		if theme == "" {
			return NoTheme, time.Time{}
		}
		return theme, time.Time{}
	case ByWeek:
		w := weekStart(t, s.opt.Location)
		return weekKey(w), w
	}
	return "total", time.Time{}
}

// AddConversation counts c when it started within the period.
func (s *Stats) AddConversation(c conversation.Conversation) {
	if !s.in(c.Started) || !ofSite(s.opt.Site, s.opt.DefaultSite, c.Site) {
		s.conv[c.ID] = ""
		return
	}
	key, start := s.keyOf(c.Theme, c.Started)
	s.conv[c.ID] = key
	s.row(key, start).add(&c)
	s.total.add(&c)
}

// AddTicket counts t's times and rating in the row of its conversation. A
// ticket whose conversation was never added counts by its own theme and
// request time.
func (s *Stats) AddTicket(t conversation.Ticket) {
	if !ofSite(s.opt.Site, s.opt.DefaultSite, t.Site) {
		return
	}
	key, seen := s.conv[t.Conversation]
	var start time.Time
	switch {
	case seen && key == "":
		return // its conversation is outside the period
	case !seen:
		if !s.in(t.Requested) {
			return
		}
		key, start = s.keyOf(t.Theme, t.Requested)
	}
	r := s.rows[key]
	if r == nil {
		r = s.row(key, start)
	}
	r.addTicket(&t)
	s.total.addTicket(&t)
}

// Rows returns the rows: weeks in order; themes by number of
// conversations, most first. With ByNone it is the total alone.
func (s *Stats) Rows() []Row {
	if s.opt.By == ByNone {
		return []Row{s.total}
	}
	rows := make([]Row, 0, len(s.rows))
	for _, r := range s.rows {
		rows = append(rows, *r)
	}
	slices.SortFunc(rows, func(a, b Row) int {
		if s.opt.By == ByWeek {
			return a.Start.Compare(b.Start)
		}
		return cmp.Or(cmp.Compare(b.Conversations, a.Conversations), cmp.Compare(a.Key, b.Key))
	})
	return rows
}

// Total returns the row of the whole period.
func (s *Stats) Total() Row { return s.total }

// weekStart returns the Monday 00:00 of t's week in loc.
func weekStart(t time.Time, loc *time.Location) time.Time {
	t = t.In(loc)
	offset := (int(t.Weekday()) + 6) % 7 // Monday 0 … Sunday 6
	return time.Date(t.Year(), t.Month(), t.Day()-offset, 0, 0, 0, 0, loc)
}

// weekKey names an ISO week: "2025-W03".
func weekKey(monday time.Time) string {
	y, w := monday.ISOWeek()
	return fmt.Sprintf("%d-W%02d", y, w)
}
