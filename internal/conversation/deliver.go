package conversation

import (
	"context"
	"fmt"
	"iter"
	"slices"
)

// poke makes the items waiting for a retry in queue due now, unless the
// platform asked for the wait, and asks Run for a Redeliver: the resident
// wrote again, which Telegram could only pass on if it is back.
func (s *Service) poke(queue string) {
	s.mu.Lock()
	defer s.mu.Unlock()
	f, ok := s.failures[queue]
	if !ok || f.imposed {
		return
	}
	f.poked = true
	s.failures[queue] = f
	s.kickLocked()
}

// kickLocked asks Run for a Redeliver now; the caller holds s.mu.
func (s *Service) kickLocked() {
	select {
	case s.kick <- struct{}{}:
	default:
	}
}

// claimQueue marks a queue as being redelivered, and reports false when it
// already is.
func (s *Service) claimQueue(queue string) bool {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.redelivering[queue] {
		return false
	}
	s.redelivering[queue] = true
	return true
}

func (s *Service) unclaimQueue(queue string) {
	s.mu.Lock()
	defer s.mu.Unlock()
	delete(s.redelivering, queue)
}

// deliver sends outbox items just committed, in order, queue by queue. A
// queue with older items waiting for a retry is left to Redeliver so that
// nothing overtakes them. The caller holds the lock of the items' resident.
func (s *Service) deliver(ctx context.Context, items []Outgoing) {
	var done, retry []Outgoing
	for q, queue := range queues(items) {
		if s.holdBack(q, queue[len(queue)-1].ID) {
			continue
		}
		d, r := s.deliverQueue(ctx, queue)
		done, retry = append(done, d...), append(retry, r...)
	}
	if len(retry) == 0 && s.marks.add(done) {
		return // Run's flusher commits the marks (marks.go)
	}
	s.settle(ctx, done, retry)
}

// queues yields outbox items queue by queue, in the order each queue first
// appears, each queue's items in their order.
func queues(items []Outgoing) iter.Seq2[string, []Outgoing] {
	return func(yield func(string, []Outgoing) bool) {
		var order []string
		byQueue := map[string][]Outgoing{}
		for _, o := range items {
			if _, ok := byQueue[o.Queue]; !ok {
				order = append(order, o.Queue)
			}
			byQueue[o.Queue] = append(byQueue[o.Queue], o)
		}
		for _, q := range order {
			if !yield(q, byQueue[q]) {
				return
			}
		}
	}
}

func (s *Service) isStalled(queue string) bool {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.stalled[queue]
}

// holdBack reports whether queue is stalled, and then records that its
// items up to last wait in the outbox behind the stalled ones: a pass of
// Redeliver that read the outbox before they were committed leaves the
// queue stalled for its next pass (release) instead of reading the
// outbox again.
func (s *Service) holdBack(queue string, last uint64) bool {
	s.mu.Lock()
	defer s.mu.Unlock()
	if !s.stalled[queue] {
		return false
	}
	if s.held == nil {
		s.held = map[string]uint64{}
	}
	s.held[queue] = max(s.held[queue], last)
	return true
}

func (s *Service) stall(queue string) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.stalled[queue] = true
}

// release frees a stalled queue whose items up to last were delivered,
// and reports true, unless deliver held back later items meanwhile (see
// holdBack): then the queue stays stalled for the next pass of
// Redeliver, which reads them.
func (s *Service) release(queue string, last uint64) bool {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.held[queue] > last {
		return false
	}
	delete(s.stalled, queue)
	delete(s.failures, queue)
	delete(s.held, queue)
	return true
}

// settle records what was delivered and what waits for a retry.
func (s *Service) settle(ctx context.Context, done, retry []Outgoing) {
	if len(done) == 0 && len(retry) == 0 {
		return
	}
	ch := Change{Delivered: done, Retry: retry}
	if err := s.store.Commit(context.WithoutCancel(ctx), &ch); err != nil {
		// The items stay in the outbox and will be sent again: at least
		// once rather than never.
		s.log.Error("record delivery", "err", err)
	}
}

// deliverQueue sends the items of one queue in order and stops at the
// first one that must wait. It returns the items delivered (or dropped)
// and the item to retry, if any.
func (s *Service) deliverQueue(ctx context.Context, items []Outgoing) (done, retry []Outgoing) {
	now := s.now()
	for _, o := range items {
		due, early := s.due(o, now)
		if !due {
			s.stall(o.Queue)
			return done, retry
		}
		err := s.send(ctx, o)
		code := ErrorCode(err)
		s.obs.Delivery(o.Kind, code)
		s.tried(o, code, RetryAfter(err), s.now())
		switch code {
		case "":
			done = append(done, o)
		case EBLOCKED:
			s.log.Info("resident blocked the bot", "queue", o.Queue)
			s.markBlocked(ctx, o.Resident)
			done = append(done, o)
		case ETEMPORARY:
			if now.Sub(o.Created) > giveUpAfter {
				s.log.Error("delivery given up", "kind", o.Kind, "queue", o.Queue, "attempts", o.Attempts, "err", err)
				done = append(done, o)
				s.undelivered(ctx, o)
				continue
			}
			o.Attempts++
			wait := min(retryBase<<min(o.Attempts-1, 20), retryMax)
			ra := RetryAfter(err)
			if ra > wait {
				wait = ra
			}
			o.NotBefore = now.Add(wait)
			s.failed(o, now, ra > 0, early)
			s.log.Warn("delivery will be retried", "kind", o.Kind, "queue", o.Queue, "attempts", o.Attempts, "wait", wait, "err", err)
			s.stall(o.Queue)
			return done, append(retry, o)
		default:
			s.log.Error("delivery failed for good", "kind", o.Kind, "queue", o.Queue, "code", code, "err", err)
			done = append(done, o)
			s.undelivered(ctx, o)
		}
	}
	return done, retry
}

// send delivers one outbox item.
func (s *Service) send(ctx context.Context, o Outgoing) error {
	switch o.Kind {
	case OutReply:
		r := Resident{ID: o.Resident}
		ch := s.channels[r.Channel()]
		if ch == nil {
			return Errorf(EINVALID, "no channel for %q", r.Channel())
		}
		return ch.Send(ctx, o.Resident, *o.Reply)
	case OutDeskOpen, OutDeskPost, OutDeskUpdate, OutDeskErase:
		if s.desk == nil {
			return nil // the desk was removed from the configuration
		}
		t, err := s.store.Ticket(ctx, o.Ticket)
		if err != nil {
			return err
		}
		if o.Kind == OutDeskErase {
			// Every place the ticket had: a thread replaced by a new one
			// still shows what it showed.
			for _, ref := range append(slices.Clone(t.FormerRefs), t.DeskRef) {
				if ref == "" {
					continue // never shown on the desk
				}
				at := t
				at.DeskRef = ref
				if err := s.desk.Erase(ctx, at); err != nil && ErrorCode(err) != EGONE {
					return err // EGONE: the place is gone, and what it showed with it
				}
			}
			return nil
		}
		switch {
		case o.Kind == OutDeskOpen:
			if t.DeskRef != "" {
				return nil // opened already, before a crash
			}
			return s.openOnDesk(ctx, t)
		case t.DeskRef == "":
			// Never opened (no desk at the time): open it with the
			// history, which holds this post.
			return s.openOnDesk(ctx, t)
		case o.Kind == OutDeskPost:
			err = s.desk.Post(ctx, t, *o.Post)
		default:
			err = s.desk.Update(ctx, t)
		}
		if ErrorCode(err) != EGONE {
			return err
		}
		// The thread was deleted or archived: open a new one with the
		// whole history, then show the status.
		s.log.Info("desk place gone, opening a new one", "ticket", t.Number)
		if err := s.openOnDesk(ctx, t); err != nil {
			return err
		}
		if o.Kind == OutDeskUpdate || o.Post.Kind == PostSystem {
			t, err = s.store.Ticket(ctx, o.Ticket)
			if err != nil {
				return err
			}
			if o.Kind == OutDeskUpdate {
				return s.desk.Update(ctx, t)
			}
			return s.desk.Post(ctx, t, *o.Post)
		}
		return nil
	}
	return Errorf(EINVALID, "unknown outbox item %q", o.Kind)
}

// openOnDesk opens the ticket's place on the desk with its history and
// stores the desk's reference.
func (s *Service) openOnDesk(ctx context.Context, t Ticket) error {
	history, err := s.store.Messages(ctx, t.Conversation)
	if err != nil {
		return err
	}
	ref, err := s.desk.Open(ctx, t, history)
	if err != nil {
		return err
	}
	if t.DeskRef != "" && t.DeskRef != ref {
		t.FormerRefs = append(t.FormerRefs, t.DeskRef)
	}
	t.DeskRef = ref
	if err := s.store.Commit(context.WithoutCancel(ctx), &Change{Tickets: []Ticket{t}}); err != nil {
		return fmt.Errorf("save desk reference of ticket %d: %w", t.Number, err)
	}
	return nil
}

// undelivered tells the mediators, when the resident is in a handover,
// that a reply could not be delivered to them and will not be retried.
func (s *Service) undelivered(ctx context.Context, o Outgoing) {
	if o.Kind != OutReply || s.desk == nil || o.Resident == "" {
		return
	}
	r, err := s.store.Resident(ctx, o.Resident)
	if err != nil || r.Ticket == 0 || !r.InHandover() {
		return
	}
	now := s.now()
	ch := Change{Outbox: []Outgoing{{
		Queue: TicketQueue(r.Ticket), Kind: OutDeskPost, Resident: r.ID, Ticket: r.Ticket, Created: now,
		Post: &Post{Kind: PostSystem, At: now, Text: "Un message n'a pas pu être remis à l'usager (refusé par la messagerie). Il ne sera pas renvoyé."},
	}}}
	if err := s.store.Commit(context.WithoutCancel(ctx), &ch); err != nil {
		s.log.Error("tell the desk of an undelivered reply", "err", err)
		return
	}
	s.deliver(ctx, ch.Outbox)
}

// ResidentBlocked records that a resident blocked the bot, as the
// platform reported it, before any reply fails: the mediators of their
// open ticket are told at once. An unknown resident is ignored.
func (s *Service) ResidentBlocked(ctx context.Context, resident string) {
	unlock := s.lock(resident)
	defer unlock()
	s.markBlocked(ctx, resident)
}

// markBlocked records that a resident blocked the bot and tells the
// mediators when a ticket is open.
func (s *Service) markBlocked(ctx context.Context, resident string) {
	if resident == "" {
		return
	}
	r, err := s.store.Resident(ctx, resident)
	if ErrorCode(err) == ENOTFOUND {
		return
	}
	if err != nil {
		s.log.Error("load blocked resident", "err", err)
		return
	}
	if r.Blocked {
		return
	}
	r.Blocked = true
	now := s.now()
	ch := Change{Resident: &r}
	if r.Ticket != 0 && r.InHandover() {
		if t, err := s.store.Ticket(ctx, r.Ticket); err == nil {
			t.Gone = GoneBlocked
			ch.Tickets = []Ticket{t}
			if s.desk != nil {
				ch.Outbox = []Outgoing{
					{Queue: TicketQueue(t.Number), Kind: OutDeskPost, Resident: resident, Ticket: t.Number, Created: now,
						Post: &Post{Kind: PostSystem, At: now, Text: "L'usager a bloqué le bot : vos messages ne lui parviennent plus."}},
					{Queue: TicketQueue(t.Number), Kind: OutDeskUpdate, Resident: resident, Ticket: t.Number, Created: now},
				}
			}
		}
	}
	if err := s.store.Commit(context.WithoutCancel(ctx), &ch); err != nil {
		s.log.Error("mark resident blocked", "err", err)
		return
	}
	s.deliver(ctx, ch.Outbox)
}
