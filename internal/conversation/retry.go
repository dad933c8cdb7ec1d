package conversation

import (
	"cmp"
	"context"
	"slices"
	"sync"
	"sync/atomic"
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
	// redeliverPasses bounds the passes of one Redeliver over the
	// outbox: a queue that keeps receiving while it is drained does not
	// hold the call (Run starts another).
	redeliverPasses = 4
)

// A failure is the last failed try of a stalled queue's first item, for
// retrying it before its NotBefore: when its route is back (a delivery
// on it succeeded since), or when the resident writes again (poke).
type failure struct {
	id    uint64    // the item's ID: those before it in its queue are settled
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
	s.failures[o.Queue] = failure{id: o.ID, route: route(o), at: now, imposed: imposed, early: early}
}

// Redeliver sends the outbox items waiting for a retry whose time has
// come, queue by queue, in order, several queues at once (one that is
// slow holds no other), and returns once they are tried. Run calls it
// every few seconds, and as soon as a channel is back.
//
// It reads the outbox once per pass, whatever the number of queues
// (reading it again for each queue drained made 8,000 items take 48 s).
// Items committed to a waiting queue after a pass read the outbox go at
// the next pass, which reads it once for all such queues; after
// redeliverPasses passes, Run is asked for another Redeliver.
func (s *Service) Redeliver(ctx context.Context) error {
	for range redeliverPasses {
		more, err := s.redeliverPass(ctx)
		if err != nil || !more {
			return err
		}
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	s.kickLocked()
	return nil
}

// redeliverPass reads the outbox and redelivers the queues that are due.
// It reports whether a queue drained has items committed after the read
// (see release).
func (s *Service) redeliverPass(ctx context.Context) (more bool, err error) {
	unmarked := s.marks.unmarked()
	pending, err := s.store.Outbox(ctx)
	if err != nil {
		return false, err
	}
	pending = unmarked(pending)
	now := s.now()
	var wg sync.WaitGroup
	var left atomic.Bool
	defer func() {
		wg.Wait()
		more = left.Load()
	}()
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
			return false, ctx.Err()
		}
		wg.Go(func() {
			defer func() {
				<-s.slots
				s.unclaimQueue(q)
			}()
			if s.redeliverQueue(ctx, q, queue) {
				left.Store(true)
			}
		})
	}
	return false, ctx.Err()
}

// redeliverQueue delivers the items of a stalled queue read by a pass,
// and frees the queue once they are all delivered. It reports whether
// the queue has later items, committed after the read.
func (s *Service) redeliverQueue(ctx context.Context, queue string, items []Outgoing) (more bool) {
	key := items[0].Resident
	if key == "" {
		key = queue
	}
	unlock := s.lock(key)
	defer unlock()
	if items = s.current(queue, items); len(items) == 0 {
		return false
	}
	done, retry := s.deliverQueue(ctx, items)
	s.settle(ctx, done, retry)
	return len(done) == len(items) && !s.release(queue, items[len(items)-1].ID)
}

// current drops the items of a stalled queue that another Redeliver
// settled since this one read the outbox: those before the item whose
// last try failed. Calls may overlap (Run), and a pass's read may be
// older than another's delivery.
func (s *Service) current(queue string, items []Outgoing) []Outgoing {
	s.mu.Lock()
	defer s.mu.Unlock()
	f, ok := s.failures[queue]
	if !ok {
		return items
	}
	i, _ := slices.BinarySearchFunc(items, f.id, func(o Outgoing, id uint64) int { return cmp.Compare(o.ID, id) })
	return items[i:]
}
