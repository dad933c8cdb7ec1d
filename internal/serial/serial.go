// Package serial runs functions one at a time per key, in the order they
// were queued, and concurrently across keys.
//
// The adapters use it so that the events of one conversation are handled
// in the order they arrived while a slow conversation holds up no other:
// the Telegram channel queues each update under its chat, the Discord desk
// queues each gateway event under its channel or thread. An event enters
// with [Queue.Do] and ends when its function returns; [Queue.Wait] waits
// for all of them.
package serial

import "sync"

// A Queue runs the functions queued under each key one at a time, in the
// order of the calls to Do, and the functions of different keys
// concurrently. A key's goroutine exists only while the key has functions
// to run.
//
// The zero Queue is ready to use. A Queue must not be copied after first
// use. A function that panics is not recovered: the caller wraps it when
// it must survive one.
type Queue[K comparable] struct {
	mu     sync.Mutex
	lanes  map[K][]func() // a key is present while its goroutine runs
	closed bool
	idle   *sync.Cond // signalled when lanes becomes empty
}

// Do queues f under key and returns at once. It reports false, without
// queuing f, once the queue is closed.
func (q *Queue[K]) Do(key K, f func()) bool {
	q.mu.Lock()
	defer q.mu.Unlock()
	if q.closed {
		return false
	}
	if q.lanes == nil {
		q.lanes = map[K][]func(){}
	}
	if lane, busy := q.lanes[key]; busy {
		q.lanes[key] = append(lane, f)
		return true
	}
	q.lanes[key] = nil
	go q.run(key, f)
	return true
}

// run runs f, then the functions queued under key after it, until none is
// left.
func (q *Queue[K]) run(key K, f func()) {
	for {
		f()
		q.mu.Lock()
		lane := q.lanes[key]
		if len(lane) == 0 {
			delete(q.lanes, key)
			if len(q.lanes) == 0 && q.idle != nil {
				q.idle.Broadcast()
			}
			q.mu.Unlock()
			return
		}
		f = lane[0]
		lane[0] = nil
		q.lanes[key] = lane[1:]
		q.mu.Unlock()
	}
}

// Close stops taking functions: Do reports false from then on. The
// functions already queued still run; Wait waits for them.
func (q *Queue[K]) Close() {
	q.mu.Lock()
	q.closed = true
	q.mu.Unlock()
}

// Wait blocks until no function is queued or running, under any key.
func (q *Queue[K]) Wait() {
	q.mu.Lock()
	defer q.mu.Unlock()
	if q.idle == nil {
		q.idle = sync.NewCond(&q.mu)
	}
	for len(q.lanes) > 0 {
		q.idle.Wait()
	}
}
