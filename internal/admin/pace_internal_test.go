package admin

import (
	"testing"
	"time"
)

// TestPacer: the reads work at full speed for the burst, then pause so
// that their work stays at the share of the time; concurrent reads share
// one account; an idle socket earns back the burst, no more.
func TestPacer(t *testing.T) {
	now := time.Date(2026, 12, 6, 10, 0, 0, 0, time.UTC)
	p := newPacer(0.1, 250*time.Millisecond, func() time.Time { return now })
	steps := []struct {
		after, work, wait time.Duration
	}{
		{0, 100 * time.Millisecond, 0},
		{0, 150 * time.Millisecond, 0},                     // the burst is spent
		{0, 10 * time.Millisecond, 100 * time.Millisecond}, // 10 ms of work at a tenth of the time
		{0, 10 * time.Millisecond, 200 * time.Millisecond}, // another read: the debts add up
		{200 * time.Millisecond, 0, 0},                     // paid
		{time.Hour, 300 * time.Millisecond, 500 * time.Millisecond},
	}
	for i, s := range steps {
		now = now.Add(s.after)
		if got := p.spend(s.work); got != s.wait {
			t.Errorf("step %d: %v of work after %v: pause %v, want %v", i, s.work, s.after, got, s.wait)
		}
	}
}
