package conversation

import (
	"context"
	"errors"
	"fmt"
	"iter"
	"sync"
	"time"
)

// Delivery retry policy.
const (
	retryBase = 2 * time.Second
	// retryMax caps the wait between two tries of an item: after an
	// outage of any length, what waits goes out within seconds of the
	// platform's return. (It was 10 minutes: after a 5-minute outage the
	// replies came 218 s late.) A wait the platform asks for
	// (retry_after) is kept whole.
	retryMax = 10 * time.Second
	// giveUpAfter is the age at which an undeliverable item is dropped
	// (it stays in the conversation's messages).
	giveUpAfter = 7 * 24 * time.Hour
	// redeliverConcurrency is how many queues Redeliver delivers at
	// once: one that is slow (a request hanging, a rate limit) holds no
	// other.
	redeliverConcurrency = 32
)

// A failure is the last failed try of a stalled queue's first item, for
// retrying it before its NotBefore: when its route is back (a delivery
// on it succeeded since), or when the resident writes again (poke).
type failure struct {
	route string    // the item's channel, or "desk"
	at    time.Time // when it failed
	// imposed is set when the platform asked for the wait (retry_after):
	// it is kept whole.
	imposed bool
	// early is set when the failed try was an early one: the next waits
	// for NotBefore, so that one chat that keeps failing while others
	// succeed is not tried at every success.
	early bool
	// poked is set when the resident wrote since.
	poked bool
}

// route returns where an outbox item goes: its channel, or "desk".
func route(o Outgoing) string {
	if o.Kind == OutReply {
		r := Resident{ID: o.Resident}
		return r.Channel()
	}
	return "desk"
}

// due reports whether the item may be tried now: its NotBefore has
// passed, or it may be retried early (see failure).
func (s *Service) due(o Outgoing, now time.Time) (due, early bool) {
	if !o.NotBefore.After(now) {
		return true, false
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	f, ok := s.failures[o.Queue]
	switch {
	case !ok || f.imposed:
		return false, false
	case f.poked:
		return true, true
	case f.early:
		return false, false
	}
	return s.recovered[f.route].After(f.at), true
}

// tried records the outcome of a try: a route whose delivery fails (not
// for a retry_after) is down, and it is back at its next success or
// refusal, which makes the queues that failed meanwhile due (kick).
func (s *Service) tried(o Outgoing, code string, retryAfter time.Duration, now time.Time) {
	r := route(o)
	s.mu.Lock()
	defer s.mu.Unlock()
	switch {
	case code == ETEMPORARY && retryAfter == 0:
		s.down[r] = true
	case code != ETEMPORARY && s.down[r]:
		delete(s.down, r)
		s.recovered[r] = now
		s.kickLocked()
	}
}

// failed records the failed try of a queue's first item.
func (s *Service) failed(o Outgoing, now time.Time, imposed, early bool) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.failures[o.Queue] = failure{route: route(o), at: now, imposed: imposed, early: early}
}

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
	var done []uint64
	var retry []Outgoing
	for q, queue := range queues(items) {
		if s.isStalled(q) {
			continue
		}
		d, r := s.deliverQueue(ctx, queue)
		done, retry = append(done, d...), append(retry, r...)
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

func (s *Service) setStalled(queue string, v bool) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if v {
		s.stalled[queue] = true
	} else {
		delete(s.stalled, queue)
		delete(s.failures, queue)
	}
}

// settle records what was delivered and what waits for a retry.
func (s *Service) settle(ctx context.Context, done []uint64, retry []Outgoing) {
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
// first one that must wait. It returns the ids delivered (or dropped) and
// the item to retry, if any.
func (s *Service) deliverQueue(ctx context.Context, items []Outgoing) (done []uint64, retry []Outgoing) {
	now := s.now()
	for _, o := range items {
		due, early := s.due(o, now)
		if !due {
			s.setStalled(o.Queue, true)
			return done, retry
		}
		err := s.send(ctx, o)
		code := ErrorCode(err)
		s.obs.Delivery(o.Kind, code)
		s.tried(o, code, RetryAfter(err), s.now())
		switch code {
		case "":
			done = append(done, o.ID)
		case EBLOCKED:
			s.log.Info("resident blocked the bot", "queue", o.Queue)
			s.markBlocked(ctx, o.Resident)
			done = append(done, o.ID)
		case ETEMPORARY:
			if now.Sub(o.Created) > giveUpAfter {
				s.log.Error("delivery given up", "kind", o.Kind, "queue", o.Queue, "attempts", o.Attempts, "err", err)
				done = append(done, o.ID)
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
			s.setStalled(o.Queue, true)
			return done, append(retry, o)
		default:
			s.log.Error("delivery failed for good", "kind", o.Kind, "queue", o.Queue, "code", code, "err", err)
			done = append(done, o.ID)
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
			if t.DeskRef == "" {
				return nil // never shown on the desk
			}
			if err := s.desk.Erase(ctx, t); ErrorCode(err) != EGONE {
				return err
			}
			return nil // the place is gone, and what it showed with it
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

// Redeliver sends the outbox items waiting for a retry whose time has
// come, queue by queue, in order, several queues at once (one that is
// slow holds no other), and returns once they are tried. Run calls it
// every few seconds, and as soon as a channel is back.
func (s *Service) Redeliver(ctx context.Context) error {
	pending, err := s.store.Outbox(ctx)
	if err != nil {
		return err
	}
	now := s.now()
	var wg sync.WaitGroup
	defer wg.Wait()
	for q, queue := range queues(pending) {
		// Items of a queue that is not stalled are being delivered by
		// the event that committed them.
		if !s.isStalled(q) || ctx.Err() != nil {
			continue
		}
		if due, _ := s.due(queue[0], now); !due || !s.claimQueue(q) {
			continue
		}
		select {
		case s.slots <- struct{}{}:
		case <-ctx.Done():
			s.unclaimQueue(q)
			return ctx.Err()
		}
		wg.Go(func() {
			defer func() {
				<-s.slots
				s.unclaimQueue(q)
			}()
			s.redeliverQueue(ctx, q, queue)
		})
	}
	return ctx.Err()
}

func (s *Service) redeliverQueue(ctx context.Context, queue string, items []Outgoing) {
	key := items[0].Resident
	if key == "" {
		key = queue
	}
	unlock := s.lock(key)
	defer unlock()
	for len(items) > 0 {
		done, retry := s.deliverQueue(ctx, items)
		s.settle(ctx, done, retry)
		if len(done) < len(items) {
			return // the rest waits
		}
		// Drained: take the items added while the queue was stalled.
		pending, err := s.store.Outbox(ctx)
		if err != nil {
			return
		}
		items = items[:0]
		for _, o := range pending {
			if o.Queue == queue {
				items = append(items, o)
			}
		}
	}
	s.setStalled(queue, false)
}

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

// waited returns how long a ticket has waited, in opening hours when the
// site's hours are known.
func (s *Service) waited(t Ticket, now time.Time) time.Duration {
	if s.site.Hours == nil {
		return now.Sub(t.Requested)
	}
	return s.site.Hours.OpenDuration(t.Requested, now)
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
	s.reply(ev, Reply{Text: French.WaitNotice + "\n\n" + s.contact(),
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

// Run redelivers the outbox and reminds mediators of waiting tickets until
// ctx is done. It starts with what a previous run left in the outbox, so
// that a process restarted again and again still delivers it. Redeliver
// runs every 2 seconds, and at once when a channel is back or a resident
// whose replies wait writes again; a Redeliver still under way (a slow
// queue) does not hold the next.
func (s *Service) Run(ctx context.Context, remindAfter time.Duration) {
	var running sync.WaitGroup
	defer running.Wait()
	redeliver := func() {
		running.Go(func() {
			if err := s.Redeliver(ctx); err != nil && ctx.Err() == nil {
				s.log.Error("redeliver", "err", err)
			}
		})
	}
	redeliver()
	tick := time.NewTicker(2 * time.Second)
	defer tick.Stop()
	remind := time.NewTicker(time.Minute)
	defer remind.Stop()
	for {
		select {
		case <-ctx.Done():
			return
		case <-tick.C:
			redeliver()
		case <-s.kick:
			redeliver()
		case <-remind.C:
			if err := s.Remind(ctx, remindAfter); err != nil && ctx.Err() == nil {
				s.log.Error("remind", "err", err)
			}
		}
	}
}
