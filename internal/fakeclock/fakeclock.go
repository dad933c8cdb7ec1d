// Package fakeclock is a time source for tests: it stands still until the
// test sets it or moves it forward, so that delays (retry_after, waiting
// times, retention) pass without waiting. It is safe for concurrent use.
// No message passes through it: tests hand its Now to the code they run.
package fakeclock

import (
	"sync"
	"time"
)

// Clock is a settable time. Pass its Now method where code takes a
// func() time.Time.
type Clock struct {
	mu  sync.Mutex
	now time.Time
}

// New returns a clock set to t.
func New(t time.Time) *Clock { return &Clock{now: t} }

// Now returns the clock's time.
func (c *Clock) Now() time.Time {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.now
}

// Set sets the clock to t.
func (c *Clock) Set(t time.Time) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.now = t
}

// Add moves the clock forward by d.
func (c *Clock) Add(d time.Duration) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.now = c.now.Add(d)
}
