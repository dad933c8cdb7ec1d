package conversation

import (
	"context"
	"fmt"
	"slices"
	"strings"
	"time"
)

// event is the work of one event: the resident concerned and everything
// the event changes.
type event struct {
	r    *Resident
	conv *Conversation
	// pending is what the bot asked the resident's postcode for, taken
	// out of the resident: it waits for this event only.
	pending *Pending
	ch      Change
	now     time.Time
	// committed is called once the change is on disk, before the
	// replies are delivered (Incoming.Committed).
	committed func()
	// after are the hooks run once the change is on disk and its
	// replies delivered (see afterCommit).
	after []func()
	// outcomes (of questions) and handovers are told to the Observer
	// once the change is on disk: an update that failed to commit and
	// that the platform delivers again is counted once.
	outcomes  []Outcome
	handovers int
}

// loadResident returns the resident with their current conversation,
// creating both when needed. The caller holds the resident's lock.
func (s *Service) loadResident(ctx context.Context, id string) (*event, error) {
	now := s.now()
	r, err := s.store.Resident(ctx, id)
	switch {
	case ErrorCode(err) == ENOTFOUND:
		r = Resident{ID: id, Label: Label(id, now), Created: now}
	case err != nil:
		return nil, err
	}
	ev := &event{r: &r, now: now}
	ev.ch.Resident = ev.r
	if r.Conversation != 0 {
		c, err := s.store.Conversation(ctx, r.Conversation)
		if err != nil && ErrorCode(err) != ENOTFOUND {
			return nil, err
		}
		if err == nil {
			ev.conv = &c
		}
	}
	fresh := ev.conv == nil || ev.conv.Purged ||
		(r.Mode == ModeBot && now.Sub(ev.conv.Updated) > s.idle)
	if fresh {
		n, err := s.store.NextID(ctx, "conversation")
		if err != nil {
			return nil, err
		}
		ev.conv = &Conversation{ID: n, Resident: id, Channel: r.Channel(), Started: now}
		r.Conversation = n
		r.Rated = nil // a new visit: the ratings of the last one are not this ticket's
		r.Misses, r.Refused = 0, nil
		r.forgetAnswer()
		r.Shown, r.YesTo = nil, ""
	}
	ev.conv.Updated = now
	r.Seen = now
	ev.ch.Conversation = ev.conv
	return ev, nil
}

// afterCommit makes fn run once the event is committed and its replies
// delivered. fn does not run when the commit fails or the event is a
// duplicate. /oublier uses it: the click that confirms is committed
// first, then the erasure removes it with the rest.
func (ev *event) afterCommit(fn func()) { ev.after = append(ev.after, fn) }

// record appends a message to the event's conversation.
func (ev *event) record(m Message) {
	m.Conversation = ev.conv.ID
	m.At = ev.now
	ev.ch.Messages = append(ev.ch.Messages, m)
}

// reply queues a reply to the resident and records it.
func (s *Service) reply(ev *event, rep Reply) {
	ev.r.Shown, ev.r.YesTo = nil, ""
	for _, row := range rep.Buttons {
		for _, b := range row {
			ev.r.Shown = append(ev.r.Shown, b.Action)
		}
	}
	if slices.Contains(ev.r.Shown, ActHuman) && strings.HasSuffix(frenchSpaces(rep.Text), frenchSpaces(mediatorQuestion)) {
		ev.r.YesTo = ActHuman
	}
	rep.Text = s.text(rep.Text, s.replySite(ev.r), ev.now)
	ev.record(Message{From: FromBot, Text: rep.Text})
	ev.ch.Outbox = append(ev.ch.Outbox, Outgoing{
		Queue: ResidentQueue(ev.r.ID), Kind: OutReply, Resident: ev.r.ID, Reply: &rep, Created: ev.now,
	})
}

// deskPost queues a post to the ticket's place on the desk.
func (s *Service) deskPost(ev *event, t *Ticket, kind PostKind, text string, file *Attachment) {
	if s.desk == nil || t == nil {
		return
	}
	ev.ch.Outbox = append(ev.ch.Outbox, Outgoing{
		Queue: TicketQueue(t.Number), Kind: OutDeskPost, Resident: ev.r.ID, Ticket: t.Number,
		Post: &Post{Kind: kind, Text: text, File: file, At: ev.now}, Created: ev.now,
	})
}

// deskUpdate queues an update of the ticket's status on the desk.
func (s *Service) deskUpdate(ev *event, t *Ticket) {
	if s.desk == nil {
		return
	}
	ev.ch.Outbox = append(ev.ch.Outbox, Outgoing{
		Queue: TicketQueue(t.Number), Kind: OutDeskUpdate, Resident: ev.r.ID, Ticket: t.Number, Created: ev.now,
	})
}

// commit writes the event, delivers what it queued, then runs its
// after-commit hooks.
func (s *Service) commit(ctx context.Context, ev *event) error {
	if ev.conv != nil && ev.r != nil && ev.r.Site != "" {
		ev.conv.Site = ev.r.Site // the reports count the conversation at its site
	}
	if err := s.store.Commit(ctx, &ev.ch); err != nil {
		return fmt.Errorf("commit: %w", err)
	}
	if ev.committed != nil {
		ev.committed()
	}
	for _, o := range ev.outcomes {
		s.obs.Question(o)
	}
	for range ev.handovers {
		s.obs.Handover()
	}
	s.deliver(ctx, ev.ch.Outbox)
	for _, fn := range ev.after {
		fn()
	}
	return nil
}
