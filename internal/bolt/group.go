package bolt

import (
	"errors"
	"sync"
	"time"

	bbolt "go.etcd.io/bbolt"
)

// A writeGroup gathers the functions given to Store.batch into shared
// write transactions (group commit), as bbolt's Batch does, with one
// difference: a group stays open while the transaction before it writes.
//
// bbolt's Batch closes a batch MaxBatchDelay after its first call, even
// when it then waits for the transaction before it. A write takes a few
// milliseconds, most of them in fsync: the calls that arrive meanwhile
// formed several small batches, queued behind it, each paying its own
// write and fsync (HandleResident: 6 commits per transaction for 64
// residents writing at once). Here the calls that arrive while a
// transaction writes all go into the next one, which starts as soon as
// the writer is free. A call that finds the writer idle still waits
// MaxBatchDelay for company.
//
// The goroutine of one of the calls writes the group (it leads), then
// hands the lead to the first call of the next group: no goroutine runs
// beside the callers.
type writeGroup struct {
	mu    sync.Mutex
	queue []*groupCall
	// leading is set while a call leads: waiting for company or writing.
	// When it is not set, queue is empty.
	leading bool
}

// A groupCall is a function waiting for its group's transaction.
type groupCall struct {
	fn func(*bbolt.Tx) error
	// done receives the call's result, or errLead.
	done chan error
}

// errLead tells a waiting call to lead the next group.
var errLead = errors.New("lead the next write")

// maxGroup is the most calls one transaction runs, as bbolt's
// DefaultMaxBatchSize.
const maxGroup = 1000

// groupWrite runs fn in a write transaction shared with concurrent calls
// (see writeGroup). fn may run more than once: when a function of the group
// fails, the transaction is rolled back, the failed function runs again
// alone and the others run again together. The caller holds the gate
// for reading.
func (s *Store) groupWrite(fn func(tx *bbolt.Tx) error) error {
	g := &s.group
	c := &groupCall{fn: fn, done: make(chan error, 1)}
	g.mu.Lock()
	g.queue = append(g.queue, c)
	lead := !g.leading
	g.leading = true
	g.mu.Unlock()
	if lead {
		time.Sleep(s.batchDelay) // for company
	} else if err := <-c.done; err != errLead {
		return err
	}
	s.lead()
	return <-c.done
}

// lead writes the calls queued, its own first among them, then hands the
// lead to the next call queued, if any.
func (s *Store) lead() {
	g := &s.group
	g.mu.Lock()
	n := min(len(g.queue), maxGroup)
	calls := g.queue[:n:n]
	g.queue = append([]*groupCall(nil), g.queue[n:]...)
	g.mu.Unlock()

	s.runGroup(calls)

	g.mu.Lock()
	defer g.mu.Unlock()
	if len(g.queue) == 0 {
		g.leading = false
		return
	}
	g.queue[0].done <- errLead
}

// runGroup runs calls in one transaction and sends each its result. A
// call that fails (or panics, as bbolt does on a damaged page) is taken
// out and runs alone; the others run again together.
func (s *Store) runGroup(calls []*groupCall) {
	for len(calls) > 0 {
		failed := -1
		err := s.guarded(func(tx *bbolt.Tx) error {
			for i, c := range calls {
				if err := s.guarded(c.fn, tx); err != nil {
					failed = i
					return err
				}
			}
			return nil
		}, nil)
		if failed < 0 {
			for _, c := range calls {
				c.done <- err
			}
			return
		}
		c := calls[failed]
		calls = append(calls[:failed:failed], calls[failed+1:]...)
		c.done <- s.guarded(c.fn, nil)
	}
}

// guarded runs fn in tx, or in a transaction of its own (through write)
// when tx is nil, and turns a panic into an ECORRUPT error: the callers
// must all get a result.
func (s *Store) guarded(fn func(tx *bbolt.Tx) error, tx *bbolt.Tx) (err error) {
	defer s.recoverCorrupt(&err)
	if tx != nil {
		return fn(tx)
	}
	return s.write(s.db.Update, fn)
}
