package conversation

import (
	"context"
	"errors"
	"fmt"
	"time"
)

// Remind posts a reminder on the desk for each ticket waiting unclaimed
// for longer than after, at most once per period of after (never when
// after is 0). A resident whose ticket has waited Config.WaitNotice of
// opening hours is told, once, what else they can do.
func (s *Service) Remind(ctx context.Context, after time.Duration) error {
	if s.desk == nil {
		return nil
	}
	open, err := s.store.OpenTickets(ctx)
	if err != nil {
		return err
	}
	now := s.now()
	var errs []error // one ticket's failure does not hold the others back
	for _, t := range open {
		if t.Status != TicketWaiting {
			continue
		}
		if after > 0 && now.Sub(t.Requested) >= after && now.Sub(t.Reminded) >= after {
			errs = append(errs, s.remindOne(ctx, t.Number, after))
		}
		if t.Noticed.IsZero() && t.Resident != "" && s.waited(t, now) >= s.notice {
			errs = append(errs, s.noticeOne(ctx, t.Resident, t.Number))
		}
	}
	return errors.Join(errs...)
}

// waited returns how long a ticket has waited, in opening hours of its
// site when they are known.
func (s *Service) waited(t Ticket, now time.Time) time.Duration {
	site := s.ticketSite(t)
	if site.Hours == nil {
		return now.Sub(t.Requested)
	}
	return site.Hours.OpenDuration(t.Requested, now)
}

// noticeOne tells a resident whose ticket still waits what else they can
// do, and the mediators that they were told.
func (s *Service) noticeOne(ctx context.Context, resident string, number uint64) error {
	unlock := s.lock(resident)
	defer unlock()
	ev, err := s.loadResident(ctx, resident)
	if err != nil {
		return err
	}
	if ev.r.Mode != ModeWaiting || ev.r.Ticket != number {
		return nil
	}
	t, err := s.openTicket(ctx, ev)
	if err != nil || t.Status != TicketWaiting || !t.Noticed.IsZero() {
		return err
	}
	t.Noticed = ev.now
	ev.ch.Tickets = append(ev.ch.Tickets, *t)
	site := s.ticketSite(*t)
	s.reply(ev, Reply{Text: French.WaitNotice + "\n\n" + s.text(contact(site), site, ev.now),
		Buttons: [][]Button{{{Label: frButtons.End, Action: ActEnd}}}})
	s.deskPost(ev, t, PostSystem, "Toujours sans réponse après "+frDuration(s.waited(*t, ev.now).Round(time.Minute))+
		" d'ouverture du PIMMS : l'usager a été invité à appeler ou à venir sur place.", nil)
	return s.commit(ctx, ev)
}

func (s *Service) remindOne(ctx context.Context, number uint64, after time.Duration) error {
	t, err := s.store.Ticket(ctx, number)
	if err != nil {
		return err
	}
	key := t.Resident
	if key == "" {
		key = TicketQueue(number)
	}
	unlock := s.lock(key)
	defer unlock()
	if t, err = s.store.Ticket(ctx, number); err != nil || t.Status != TicketWaiting {
		return err
	}
	now := s.now()
	t.Reminded = now
	waited := now.Sub(t.Requested).Round(time.Minute)
	ch := Change{Tickets: []Ticket{t}, Outbox: []Outgoing{{
		Queue: TicketQueue(number), Kind: OutDeskPost, Resident: t.Resident, Ticket: number, Created: now,
		Post: &Post{Kind: PostReminder, At: now, Text: fmt.Sprintf("Demande n° %d toujours en attente depuis %s.", number, frDuration(waited))},
	}}}
	if err := s.store.Commit(ctx, &ch); err != nil {
		return err
	}
	s.deliver(ctx, ch.Outbox)
	return nil
}

// frDuration writes a duration in French: "1 h 05", "25 min".
func frDuration(d time.Duration) string {
	h, m := int(d.Hours()), int(d.Minutes())%60
	if h == 0 {
		return fmt.Sprintf("%d min", m)
	}
	return fmt.Sprintf("%d h %02d", h, m)
}
