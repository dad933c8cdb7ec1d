package report

import (
	"context"
	"time"

	"pimmsbot/internal/conversation"
)

// BuildMonth reads the store and computes the month's report. It reads
// the conversations and tickets of the two months when src implements
// Periods, every one otherwise, the messages of the two months'
// conversations only, and the feedback, suggestions and unanswered
// questions since the start of the previous month.
func BuildMonth(ctx context.Context, src Source, opt MonthOptions) (*Month, error) {
	if opt.Location == nil {
		opt.Location = time.Local
	}
	if opt.Generated.IsZero() {
		opt.Generated = time.Now()
	}
	b := newMonthBuilder(opt)
	for _, read := range []func(context.Context, Source) error{
		b.readConversations, b.readTickets, b.readMessages, b.readFeedback, b.readSuggestions, b.readUnanswered,
	} {
		if err := read(ctx, src); err != nil {
			return nil, err
		}
	}
	m := b.m
	m.TopEntries = topEntries(&m.Current, &m.Prior, opt.Names, 10)
	m.Groups, m.Isolated = missGroups(&m.Current, opt.Names, b.askers)
	return m, nil
}

// A monthBuilder reads the store into a Month, one kind of record after
// the other.
type monthBuilder struct {
	m         *Month
	opt       MonthOptions
	firstSeen map[string]time.Time // resident → first conversation
	askers    map[uint64]string    // conversation → its resident, when known
	// convPeriod maps the two months' conversations to their figures;
	// lo and hi bound the numbers of the conversations whose messages to
	// read.
	convPeriod map[uint64]*Figures
	lo, hi     uint64
}

func newMonthBuilder(opt MonthOptions) *monthBuilder {
	from, to := MonthRange(opt.Month, opt.Location)
	priorFrom, _ := MonthRange(from.AddDate(0, 0, -1), opt.Location)
	return &monthBuilder{
		m:         &Month{Options: opt, Current: newFigures(from, to), Prior: newFigures(priorFrom, from)},
		opt:       opt,
		firstSeen: map[string]time.Time{}, askers: map[uint64]string{},
		convPeriod: map[uint64]*Figures{},
	}
}

// figures returns the figures of the month t is in, nil when it is in
// neither.
func (b *monthBuilder) figures(t time.Time) *Figures {
	for _, f := range b.both() {
		if !t.Before(f.From) && t.Before(f.To) {
			return f
		}
	}
	return nil
}

func (b *monthBuilder) both() []*Figures { return []*Figures{&b.m.Current, &b.m.Prior} }

// span widens the range of conversations whose messages to read to id.
func (b *monthBuilder) span(id uint64) {
	if b.lo == 0 || id < b.lo {
		b.lo = id
	}
	b.hi = max(b.hi, id)
}

// readConversations counts the two months' conversations and their
// residents, new or returning.
func (b *monthBuilder) readConversations(ctx context.Context, src Source) error {
	from, to := b.m.Prior.From, b.m.Current.To
	if p, ok := src.(Periods); ok {
		// The residents and starts of the older conversations come from
		// the index: who asked a miss, who is new.
		err := p.ForEachConversationStart(ctx, from, func(id uint64, resident string, started time.Time) error {
			b.seen(id, resident, started)
			return nil
		})
		if err != nil {
			return err
		}
	}
	err := conversationsOf(ctx, src, from, to, func(c conversation.Conversation) error {
		b.seen(c.ID, c.Resident, c.Started)
		if f := b.figures(c.Started); f != nil {
			b.convPeriod[c.ID] = f
			b.span(c.ID)
			f.addConversation(&c)
		}
		return nil
	})
	if err != nil {
		return err
	}
	for _, f := range b.both() {
		for r := range f.residentsSeen {
			f.Residents++
			if b.firstSeen[r].Before(f.From) {
				f.Returning++
			} else {
				f.New++
			}
		}
	}
	return nil
}

// seen records the resident of conversation id, started at started.
func (b *monthBuilder) seen(id uint64, resident string, started time.Time) {
	if resident == "" {
		return
	}
	b.askers[id] = resident
	if t, ok := b.firstSeen[resident]; !ok || started.Before(t) {
		b.firstSeen[resident] = started
	}
}

func (f *Figures) addConversation(c *conversation.Conversation) {
	f.conversationsByID[c.ID] = true
	f.Conversations++
	f.Questions += c.Questions
	f.Answered += c.Answered
	f.Clarified += c.Clarified
	f.DontKnow += c.Unanswered
	if c.Purged {
		f.PurgedConversations++
	}
	if c.Resident == "" {
		f.Anonymous++
	} else {
		f.residentsSeen[c.Resident] = true
	}
}

// readTickets counts the tickets requested in either month.
func (b *monthBuilder) readTickets(ctx context.Context, src Source) error {
	return ticketsOf(ctx, src, b.m.Prior.From, b.m.Current.To, func(t conversation.Ticket) error {
		f := b.figures(t.Requested)
		if f == nil {
			return nil
		}
		f.Handovers++
		if t.Rating >= 1 && t.Rating <= 5 {
			f.Ratings[t.Rating]++
		}
		f.ticketConversations[t.Conversation] = append(f.ticketConversations[t.Conversation], len(f.tickets))
		f.tickets = append(f.tickets, t)
		return nil
	})
}

// readMessages reads the messages of the two months' conversations, and
// of the conversations of their tickets (a ticket may come late in an
// older conversation): messages and answers, and mediators' first
// replies.
func (b *monthBuilder) readMessages(ctx context.Context, src Source) error {
	for _, f := range b.both() {
		for id := range f.ticketConversations {
			b.span(id)
		}
	}
	if b.hi > 0 {
		if err := src.ForEachMessage(ctx, b.lo, b.hi, b.countMessage); err != nil {
			return err
		}
	}
	for _, f := range b.both() {
		f.countFirstReplies(b.opt)
		f.EmergencyConversations = len(f.emergencyConversations)
		f.EntriesFromMessages = f.answersFromMessages > 0 || f.PurgedConversations == 0
	}
	return nil
}

func (b *monthBuilder) countMessage(msg conversation.Message) error {
	if f := b.convPeriod[msg.Conversation]; f != nil {
		switch msg.From {
		case conversation.FromResident:
			f.ResidentMessages++
		case conversation.FromBot, conversation.FromMediator:
			f.SentMessages++
		}
		if msg.From == conversation.FromBot && msg.Entry != "" {
			switch msg.Outcome {
			case conversation.OutcomeAnswer:
				f.countAnswer(msg.Entry, b.opt)
			case conversation.OutcomeEmergency:
				// An emergency answer is an answer of the FAQ, as the
				// conversation's counters and stats count it.
				f.countAnswer(msg.Entry, b.opt)
				f.Emergencies++
				f.emergencyConversations[msg.Conversation] = true
			}
		}
	}
	if msg.From == conversation.FromMediator {
		for _, f := range b.both() {
			for _, i := range f.ticketConversations[msg.Conversation] {
				f.firstReply(i, msg.At)
			}
		}
	}
	return nil
}

// countFirstReplies turns the first replies seen into the times to them,
// counted while the site is open when opt has opening hours.
func (f *Figures) countFirstReplies(opt MonthOptions) {
	for i, at := range f.firstReplyByTicket {
		f.Replied++
		t := f.tickets[i]
		d := at.Sub(t.Requested)
		if opt.Hours != nil {
			d = opt.Hours.OpenDuration(t.Requested, at)
		}
		f.FirstReplies = append(f.FirstReplies, d)
	}
}

// readFeedback counts the 👍 and 👎 records of the two months; the month's
// 👎 join its misses.
func (b *monthBuilder) readFeedback(ctx context.Context, src Source) error {
	fb, err := src.FeedbackSince(ctx, b.m.Prior.From)
	if err != nil {
		return err
	}
	for _, x := range fb {
		f := b.figures(x.At)
		if f == nil {
			continue
		}
		e := f.entry(x.Entry)
		if x.Helpful {
			f.Helpful++
			e.Helpful++
		} else {
			f.NotHelpful++
			e.NotHelpful++
			if f == &b.m.Current {
				f.notHelpfulQuestions = append(f.notHelpfulQuestions, x)
			}
		}
	}
	return nil
}

// readSuggestions counts the suggestions the residents confirmed.
func (b *monthBuilder) readSuggestions(ctx context.Context, src Source) error {
	sgs, err := src.SuggestionsSince(ctx, b.m.Prior.From)
	if err != nil {
		return err
	}
	for _, sg := range sgs {
		if f := b.figures(sg.At); f != nil && sg.Event == conversation.SuggestionAccepted {
			f.Confirmed++
		}
	}
	return nil
}

// readUnanswered counts the questions left without an answer, by reason;
// the month's join its misses.
func (b *monthBuilder) readUnanswered(ctx context.Context, src Source) error {
	un, err := src.Unanswered(ctx, b.m.Prior.From)
	if err != nil {
		return err
	}
	for _, u := range un {
		f := b.figures(u.At)
		if f == nil {
			continue
		}
		f.DontKnowBy[u.Reason]++
		if f == &b.m.Current {
			f.unansweredQuestions = append(f.unansweredQuestions, u)
		}
	}
	return nil
}
