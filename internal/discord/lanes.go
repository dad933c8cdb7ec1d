package discord

import (
	"log/slog"
	"sync"
)

// lanes run functions one at a time per key (a channel) and concurrently
// across keys: the messages and clicks of one thread are handled in the
// gateway's order, and a slow thread does not hold up the others nor the
// gateway's read loop.
type lanes struct {
	log  *slog.Logger
	mu   sync.Mutex
	q    map[string][]func() // a key is present while its lane runs
	idle *sync.Cond
}

func (l *lanes) init(log *slog.Logger) {
	l.log = log
	l.q = map[string][]func(){}
	l.idle = sync.NewCond(&l.mu)
}

// do queues f on the key's lane.
func (l *lanes) do(key string, f func()) {
	l.mu.Lock()
	defer l.mu.Unlock()
	if q, ok := l.q[key]; ok {
		l.q[key] = append(q, f)
		return
	}
	l.q[key] = nil
	go l.run(key, f)
}

func (l *lanes) run(key string, f func()) {
	for {
		l.call(f)
		l.mu.Lock()
		q := l.q[key]
		if len(q) == 0 {
			delete(l.q, key)
			if len(l.q) == 0 {
				l.idle.Broadcast()
			}
			l.mu.Unlock()
			return
		}
		f, l.q[key] = q[0], q[1:]
		l.mu.Unlock()
	}
}

func (l *lanes) call(f func()) {
	defer func() {
		if r := recover(); r != nil {
			l.log.Error("event handler panicked", "panic", r)
		}
	}()
	f()
}

// wait blocks until every lane is empty.
func (l *lanes) wait() {
	l.mu.Lock()
	defer l.mu.Unlock()
	for len(l.q) > 0 {
		l.idle.Wait()
	}
}
