package conversation

import (
	"context"
	"maps"
	"slices"
	"sync"
)

// marks records the outbox items delivered while Run runs, in the
// background: the event that sent them returns, and frees its resident's
// lock, without waiting for a second disk write. What a crash can do is
// unchanged: an item sent whose mark is not yet on disk is sent again
// after a restart, whether its event waited for the mark or not. Until
// its mark is committed an item is still in the outbox, so a Redeliver
// pass skips the items marks holds (unmarked). Redeliver itself commits
// its marks before it frees a queue.
//
// Without Run (the console, tests of the core alone), marks are
// committed by the event that sent the items, as before.
type marks struct {
	mu      sync.Mutex
	running bool            // Run's flusher takes the marks
	waiting []Outgoing      // delivered, not yet given to Commit
	sent    map[uint64]bool // the IDs of waiting items and of those being committed
	wake    chan struct{}   // capacity 1: there are waiting items
}

// add hands the delivered items to the flusher and reports true, or
// reports false when no flusher runs: the caller commits them.
func (m *marks) add(items []Outgoing) bool {
	m.mu.Lock()
	defer m.mu.Unlock()
	if !m.running {
		return false
	}
	if m.sent == nil {
		m.sent = map[uint64]bool{}
	}
	for _, o := range items {
		m.sent[o.ID] = true
	}
	m.waiting = append(m.waiting, items...)
	select {
	case m.wake <- struct{}{}:
	default:
	}
	return true
}

// unmarked returns a filter that drops, from an outbox read after the
// call, the items whose mark was not committed at the time of the call:
// a mark committed between the call and the read left the outbox before
// it, one committed during or after it is dropped by the filter.
func (m *marks) unmarked() func([]Outgoing) []Outgoing {
	m.mu.Lock()
	defer m.mu.Unlock()
	if len(m.sent) == 0 {
		return func(items []Outgoing) []Outgoing { return items }
	}
	sent := maps.Clone(m.sent)
	return func(items []Outgoing) []Outgoing {
		return slices.DeleteFunc(items, func(o Outgoing) bool { return sent[o.ID] })
	}
}

// take returns the waiting items, which stay in sent until done.
func (m *marks) take() []Outgoing {
	m.mu.Lock()
	defer m.mu.Unlock()
	items := m.waiting
	m.waiting = nil
	return items
}

// done forgets items, whose marks are committed.
func (m *marks) done(items []Outgoing) {
	m.mu.Lock()
	defer m.mu.Unlock()
	for _, o := range items {
		delete(m.sent, o.ID)
	}
}

// start makes add hand items to the flusher; stop makes it refuse them
// again.
func (m *marks) start() {
	m.mu.Lock()
	defer m.mu.Unlock()
	m.running = true
}

func (m *marks) stop() {
	m.mu.Lock()
	defer m.mu.Unlock()
	m.running = false
}

// flushMarks commits the marks of delivered items as they come, one
// commit for all that came during the previous one, until ctx is done;
// then it commits what is left, and later events commit their own.
func (s *Service) flushMarks(ctx context.Context) {
	s.marks.start()
	for {
		select {
		case <-s.marks.wake:
			s.commitMarks(ctx)
		case <-ctx.Done():
			s.marks.stop()
			s.commitMarks(ctx)
			return
		}
	}
}

// commitMarks commits the waiting marks. When the commit fails the items
// stay in the outbox, and in sent so that no Redeliver sends them again
// in this run; the next start delivers them again (at least once).
func (s *Service) commitMarks(ctx context.Context) {
	items := s.marks.take()
	if len(items) == 0 {
		return
	}
	ch := Change{Delivered: items}
	if err := s.store.Commit(context.WithoutCancel(ctx), &ch); err != nil {
		s.log.Error("record delivery", "err", err)
		return
	}
	s.marks.done(items)
}
