package report

import (
	"cmp"
	"context"
	"slices"
	"strings"
	"time"

	"pimmsbot/internal/conversation"
	"pimmsbot/internal/hours"
	"pimmsbot/internal/secret"
)

// Source is what the monthly report reads from the store. The bbolt store
// (package bolt) implements it.
type Source interface {
	Activity
	MissSource
	// ForEachMessage calls fn with the messages of the conversations
	// numbered first to last, both included.
	ForEachMessage(ctx context.Context, first, last uint64, fn func(conversation.Message) error) error
	SuggestionsSince(ctx context.Context, since time.Time) ([]conversation.Suggestion, error)
	// ProposalsWaiting counts the FAQ proposals waiting for review.
	ProposalsWaiting(ctx context.Context) (int, error)
}

// MinGroup is the smallest number of similar questions whose wording the
// report shows: a question asked by fewer people could tell who asked it.
const MinGroup = 3

// MonthOptions choose the month and how to read it.
type MonthOptions struct {
	// Month is any time within the month, read in Location.
	Month    time.Time
	Location *time.Location
	// Hours are the site's opening hours: the time to a mediator's first
	// reply counts only while the site is open. Nil counts wall-clock time.
	Hours *hours.Schedule
	// Site names the site; SiteID is its id ("" for the single site).
	Site, SiteID string
	// RetentionDays is how long messages are kept (PIMMS_RETENTION_DAYS).
	RetentionDays int
	Partners      []Partner
	Names         Names
	// Proposals is the number of FAQ proposals waiting for review.
	Proposals int
	// Generated is when the report is made; it is printed on it.
	Generated time.Time
}

// Figures are the activity of one period.
type Figures struct {
	From, To time.Time

	Conversations int
	// Residents are the distinct residents who started a conversation in
	// the period; New had none before it. Anonymous counts the
	// conversations of residents who erased their data.
	Residents, New, Returning, Anonymous int
	// ResidentMessages are the messages residents wrote; SentMessages
	// those the bot and the mediators sent.
	ResidentMessages, SentMessages int

	// Outcomes of the questions (conversation counters, kept after the
	// purge). Answered counts every FAQ answer; Confirmed the answers
	// given after a resident confirmed a suggestion (« Oui », or a title
	// picked); Clarified the suggestions shown; DontKnow the questions
	// that ended without an answer, by reason.
	Questions, Answered, Confirmed, Clarified, DontKnow int
	DontKnowBy                                          map[conversation.Reason]int
	// Emergencies are the emergency answers (from the messages), counted
	// in Answered too; EmergencyConversations the conversations that got
	// at least one: residents in danger directed to the emergency numbers.
	Emergencies, EmergencyConversations int

	// Handovers are the tickets requested in the period; Replied those a
	// mediator answered, with FirstReplies the times from the request to
	// the first reply, counted while the site is open.
	Handovers, Replied int
	FirstReplies       []time.Duration

	// Ratings[n] counts the ratings n (1 to 5) of the period's tickets.
	Ratings                [6]int
	Helpful, NotHelpful    int
	Entries                map[string]*EntryFigures
	Themes                 map[string]int // FAQ answers by theme
	Partners               map[string]int // FAQ answers by partner name
	PurgedConversations    int            // whose messages the purge deleted
	EntriesFromMessages    bool           // false when no message was readable
	unansweredQuestions    []conversation.Unanswered
	notHelpfulQuestions    []conversation.Feedback
	ticketConversations    map[uint64][]int // conversation → indexes in tickets
	tickets                []conversation.Ticket
	conversationsByID      map[uint64]bool
	emergencyConversations map[uint64]bool
	firstReplyByTicket     map[int]time.Time
	residentsSeen          map[string]bool
	answersFromMessages    int
	mediatorMessagesSeen   int
}

// EntryFigures are what happened to one FAQ entry.
type EntryFigures struct {
	Answers, Helpful, NotHelpful int
}

// FirstReplyMedian returns the median time to a mediator's first reply.
func (f *Figures) FirstReplyMedian() (time.Duration, bool) { return median(f.FirstReplies) }

// FirstReplyP90 returns the 90th percentile of the time to a mediator's
// first reply (nearest rank).
func (f *Figures) FirstReplyP90() (time.Duration, bool) { return percentile(f.FirstReplies, 90) }

// RatingCount returns the number of ratings and their mean.
func (f *Figures) RatingCount() (n int, mean float64) {
	sum := 0
	for v := 1; v <= 5; v++ {
		n += f.Ratings[v]
		sum += v * f.Ratings[v]
	}
	if n == 0 {
		return 0, 0
	}
	return n, float64(sum) / float64(n)
}

// AnsweredDirectly is the FAQ answers given without a suggestion first,
// emergency answers included.
func (f *Figures) AnsweredDirectly() int { return max(f.Answered-f.Confirmed, 0) }

// Unresolved is the questions that ended neither with an answer nor with
// « I don't know »: a suggestion, or a request for the postcode, left
// without a reply. With AnsweredDirectly, Confirmed and DontKnow it shares
// the questions out: each question counts in one of the four.
func (f *Figures) Unresolved() int { return max(f.Questions-f.Answered-f.DontKnow, 0) }

func percentile(ds []time.Duration, p int) (time.Duration, bool) {
	if len(ds) == 0 {
		return 0, false
	}
	s := slices.Clone(ds)
	slices.Sort(s)
	rank := (p*len(s) + 99) / 100 // nearest rank, 1-based
	return s[max(rank, 1)-1], true
}

// A MissGroup is a group of similar questions the bot could not answer
// (or answered unhelpfully), shown when it has at least MinGroup of them.
type MissGroup struct {
	Count int
	// Question is the most frequent wording, masked.
	Question string
	// Proposed is the title of the entry the bot hesitated on, if any.
	Proposed string
}

// Month is the monthly report: the month's figures and the previous
// month's, to compare.
type Month struct {
	Options        MonthOptions
	Current, Prior Figures
	// TopEntries are the ten entries answered most in the month.
	TopEntries []EntryRow
	// Groups are the groups of similar misses of the month with at least
	// MinGroup questions; Isolated counts the other misses, whose text is
	// not shown.
	Groups   []MissGroup
	Isolated int
}

// An EntryRow is one entry of the month with its figures and the prior
// month's answers.
type EntryRow struct {
	ID, Title, Theme string
	EntryFigures
	Prior int
}

// MonthRange returns the first instant of t's month in loc and the first
// of the next month.
func MonthRange(t time.Time, loc *time.Location) (time.Time, time.Time) {
	t = t.In(loc)
	start := time.Date(t.Year(), t.Month(), 1, 0, 0, 0, 0, loc)
	return start, start.AddDate(0, 1, 0)
}

func newFigures(from, to time.Time) Figures {
	return Figures{
		From: from, To: to, DontKnowBy: map[conversation.Reason]int{}, Entries: map[string]*EntryFigures{},
		Themes: map[string]int{}, Partners: map[string]int{}, ticketConversations: map[uint64][]int{},
		conversationsByID: map[uint64]bool{}, firstReplyByTicket: map[int]time.Time{},
		residentsSeen: map[string]bool{}, emergencyConversations: map[uint64]bool{},
	}
}

func (f *Figures) entry(id string) *EntryFigures {
	e := f.Entries[id]
	if e == nil {
		e = &EntryFigures{}
		f.Entries[id] = e
	}
	return e
}

func (f *Figures) countAnswer(id string, opt MonthOptions) {
	f.answersFromMessages++
	f.entry(id).Answers++
	theme := opt.Names.entryTheme(id)
	if theme == "" {
		theme = NoTheme
	}
	f.Themes[theme]++
	for _, p := range opt.Partners {
		if p.covers(id, theme) {
			f.Partners[p.Name]++
		}
	}
}

// firstReply records at as the first reply to ticket i when it follows
// the request, comes before the close, and is earlier than any seen.
func (f *Figures) firstReply(i int, at time.Time) {
	t := f.tickets[i]
	if at.Before(t.Requested) || (!t.Closed.IsZero() && at.After(t.Closed)) {
		return
	}
	if prev, ok := f.firstReplyByTicket[i]; !ok || at.Before(prev) {
		f.firstReplyByTicket[i] = at
	}
}

func topEntries(cur, prior *Figures, names Names, n int) []EntryRow {
	var rows []EntryRow
	for id, e := range cur.Entries {
		if e.Answers == 0 {
			continue
		}
		r := EntryRow{ID: id, Title: names.entryTitle(id), Theme: names.entryTheme(id), EntryFigures: *e}
		if p := prior.Entries[id]; p != nil {
			r.Prior = p.Answers
		}
		rows = append(rows, r)
	}
	slices.SortFunc(rows, func(a, b EntryRow) int {
		return cmp.Or(cmp.Compare(b.Answers, a.Answers), strings.Compare(a.ID, b.ID))
	})
	if len(rows) > n {
		rows = rows[:n]
	}
	return rows
}

// missGroups groups the month's misses; only groups asked by at least
// MinGroup residents (or anonymous conversations) are shown, with a
// wording only when MinGroup of them used it (one resident's own words, a
// name or an address, never reach the report, even written on three
// days), masked again in case a secret slipped through.
func missGroups(cur *Figures, names Names, askers map[uint64]string) ([]MissGroup, int) {
	misses, _ := Misses(cur.unansweredQuestions, cur.notHelpfulQuestions)
	for i := range misses {
		misses[i].Asker = askers[misses[i].Conversation]
	}
	var out []MissGroup
	isolated := 0
	for _, g := range GroupMisses(misses, names.normalize()) {
		if g.Askers < MinGroup {
			isolated += g.Count
			continue
		}
		mg := MissGroup{Count: g.Count}
		for i, w := range g.Questions {
			if g.Spread[i] >= MinGroup {
				mg.Question, _ = secret.Mask(w.Value)
				mg.Question = secret.MaskContact(mg.Question)
				break
			}
		}
		if len(g.Proposed) > 0 {
			mg.Proposed = names.entryTitle(g.Proposed[0].Value)
		} else if len(g.Guessed) > 0 {
			mg.Proposed = names.entryTitle(g.Guessed[0].Value)
		}
		out = append(out, mg)
	}
	return out, isolated
}
