package admin

import (
	"context"
	"sync"
	"time"
)

// The reads of the socket share the bot's CPU: a report alone runs at
// full speed, but a loop of them (a dashboard, a script) must not slow
// the residents' answers. The socket's reads therefore work at most
// ReadShare of the time, beyond a first ReadBurst of work: a read that
// has spent its share pauses between two records, outside any read
// transaction of the store, until the share allows it to go on. The time
// a read works includes the time its writes wait for a slow client, so
// the pace holds the client's decoding as well as the service's reading.
const (
	ReadShare = 0.1
	ReadBurst = 250 * time.Millisecond
)

// paceStep is how much work a read does between two looks at its pace.
const paceStep = 2 * time.Millisecond

// A pacer keeps the work of all the socket's reads to share of the time,
// beyond a burst: a token bucket whose tokens are work time.
type pacer struct {
	share float64
	burst time.Duration
	now   func() time.Time

	mu     sync.Mutex
	tokens time.Duration // work the reads may still do at once; negative: owed
	last   time.Time     // when tokens were counted
}

func newPacer(share float64, burst time.Duration, now func() time.Time) *pacer {
	return &pacer{share: share, burst: burst, now: now, tokens: burst, last: now()}
}

// spend counts work, the time a read has just worked, and returns how long
// it must pause so that the reads keep to their share: 0 while the burst
// lasts.
func (p *pacer) spend(work time.Duration) time.Duration {
	p.mu.Lock()
	defer p.mu.Unlock()
	now := p.now()
	p.tokens = min(p.burst, p.tokens+time.Duration(float64(now.Sub(p.last))*p.share))
	p.last = now
	p.tokens -= work
	if p.tokens >= 0 {
		return 0
	}
	return time.Duration(float64(-p.tokens) / p.share)
}

// A paced is one read's account with its pacer.
type paced struct {
	p     *pacer
	since time.Time // when the read's work not yet counted began
	flush func() error
}

func (p *pacer) start(flush func() error) *paced {
	return &paced{p: p, since: p.now(), flush: flush}
}

// step is called between two records: after paceStep of work, it counts
// the work and pauses as long as the pacer says, after flushing what the
// client has not received yet so that it decodes while the read waits.
func (r *paced) step(ctx context.Context) error {
	if r.p.now().Sub(r.since) < paceStep {
		return nil
	}
	wait := r.p.spend(r.p.now().Sub(r.since))
	if wait > 0 {
		if err := r.flush(); err != nil {
			return err
		}
		t := time.NewTimer(wait)
		defer t.Stop()
		select {
		case <-ctx.Done():
			return ctx.Err()
		case <-t.C:
		}
	}
	r.since = r.p.now()
	return nil
}

// end counts the read's last work, which the next read pays for.
func (r *paced) end() { r.p.spend(r.p.now().Sub(r.since)) }
