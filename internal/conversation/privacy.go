package conversation

import (
	"context"
	"fmt"
	"time"
)

// exportData sends the resident a copy of what is stored about them, as
// a French text they can read (copy.go), without what is the mediators'
// own. The copy is of what was stored before this command: the command
// and its reply are stored once it is handled, which the reply says when
// there was nothing before (after /oublier, or as a first message).
func (s *Service) exportData(ctx context.Context, ev *event) error {
	x, err := s.store.Export(ctx, ev.r.ID)
	if ErrorCode(err) == ENOTFOUND {
		s.reply(ev, Reply{Text: French.ExportEmpty})
		return nil
	}
	if err != nil {
		return err
	}
	file, counts := s.residentCopy(x)
	text := say(French.ExportIntro, counts)
	if _, ok := s.sites.Site(ev.r.Site); ok && ev.r.Site != "" {
		text += "\n\n" + French.ExportSite
	}
	s.reply(ev, Reply{Text: text, File: file})
	return nil
}

// erase deletes everything about the resident, after their confirmation,
// with the desk's copies (Forget).
func (s *Service) erase(ctx context.Context, ev *event) error {
	ev.r.Confirm = ""
	// Commit the event first (the erase removes it with the rest), then
	// erase, then tell the mediators and the resident.
	resident, channel := ev.r.ID, s.channels[ev.r.Channel()]
	after := func() {
		_, items, err := Forget(ctx, s.store, resident, s.now(), s.desk != nil)
		if err != nil && ErrorCode(err) != ENOTFOUND {
			s.log.Error("erase resident", "err", err)
			return
		}
		s.deliver(ctx, items)
		if channel != nil {
			rep := Reply{Text: s.text(French.EraseDone, s.sites.Default(), s.now()), Choice: frButtons.Yes}
			if err := channel.Send(ctx, resident, rep); err != nil {
				s.log.Warn("confirm erase", "code", ErrorCode(err))
			}
		}
	}
	ev.afterCommit(after)
	return nil
}

// Forget erases everything stored about a resident and what the desk
// shows of them. In order, so that a crash at any point leaves the desk's
// erasure to do:
//
//  1. it commits an OutDeskErase item for each of the resident's tickets
//     shown on the desk (with desk true), which Store.Erase keeps;
//  2. it erases the resident (Store.Erase);
//  3. it closes their open ticket, if any, with, when desk is true, the
//     notice for the mediators (closedByErasure).
//
// It returns the number of the ticket closed (0 for none) and the outbox
// items committed, for the caller to deliver, or to leave for the
// service's next start when it is stopped ("pimmsbot erase"). Nothing in
// them names the resident. It returns ENOTFOUND for an unknown resident.
//
// It is the one way a resident is erased: by their /oublier, by the site
// manager through the running service (Service.EraseResident) or with
// the service stopped, and again when a restored backup still holds them.
func Forget(ctx context.Context, store Store, id string, now time.Time, desk bool) (closed uint64, items []Outgoing, err error) {
	x, err := store.Export(ctx, id)
	if err != nil {
		return 0, nil, err
	}
	r := x.Resident
	if desk {
		var ch Change
		for _, t := range x.Tickets {
			if t.DeskRef != "" || len(t.FormerRefs) > 0 {
				ch.Outbox = append(ch.Outbox, Outgoing{Queue: TicketQueue(t.Number), Kind: OutDeskErase, Ticket: t.Number, Created: now})
			}
		}
		if len(ch.Outbox) > 0 {
			if err := store.Commit(ctx, &ch); err != nil {
				return 0, nil, fmt.Errorf("queue the desk's erasure: %w", err)
			}
			items = ch.Outbox
		}
	}
	if err := store.Erase(ctx, id); err != nil {
		return 0, items, err
	}
	if r.Ticket == 0 || !r.InHandover() {
		return 0, items, nil
	}
	t, err := store.Ticket(ctx, r.Ticket)
	if err != nil {
		return 0, items, fmt.Errorf("ticket %d after erase: %w", r.Ticket, err)
	}
	ch := closedByErasure(t, now, desk)
	if err := store.Commit(ctx, &ch); err != nil {
		return 0, items, fmt.Errorf("close erased ticket %d: %w", r.Ticket, err)
	}
	return r.Ticket, append(items, ch.Outbox...), nil
}

// closedByErasure returns the change that closes ticket t once its
// resident's data is erased (Store.Erase has run), with, when notify is
// true, the notice for the mediators' desk. Nothing in it names the
// resident.
func closedByErasure(t Ticket, now time.Time, notify bool) Change {
	if t.Open() {
		t.Status, t.Closed = TicketClosed, now
	}
	t.Gone = GoneErased
	ch := Change{Tickets: []Ticket{t}}
	if notify {
		ch.Outbox = []Outgoing{
			{Queue: TicketQueue(t.Number), Kind: OutDeskPost, Ticket: t.Number, Created: now,
				Post: &Post{Kind: PostSystem, Text: "L'usager a effacé ses données : la demande est close.", At: now}},
			{Queue: TicketQueue(t.Number), Kind: OutDeskUpdate, Ticket: t.Number, Created: now},
		}
	}
	return ch
}

// EraseResident erases everything about a resident at the site manager's
// request ("pimmsbot erase"), as /oublier does (Forget): their open ticket
// is closed and the mediators are told, with nothing that names them, and
// the desk's copies are erased. It returns ENOTFOUND for an unknown
// resident. The resident is not told.
func (s *Service) EraseResident(ctx context.Context, id string) error {
	unlock := s.lock(id)
	defer unlock()
	_, items, err := Forget(ctx, s.store, id, s.now(), s.desk != nil)
	s.deliver(ctx, items)
	return err
}
