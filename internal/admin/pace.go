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
	ReadBurst = 500 * time.Millisecond
)

// readCost is the least work a read counts: the command that asks it
// spends at least that much CPU of the same machine, to start, to dial and
// to decode, which the service cannot see. A loop of small reads (exports)
// is then paced as well as one of large ones.
const readCost = 5 * time.Millisecond

// minPause is the shortest pause a read makes: a smaller debt waits for
// the next record, so that no read sleeps for microseconds per record.
const minPause = time.Millisecond

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
	since time.Time     // when the read's work not yet counted began
	owed  time.Duration // work counted at the next step besides: readCost at first
	flush func() error
}

func (p *pacer) start(flush func() error) *paced {
	return &paced{p: p, since: p.now(), owed: readCost, flush: flush}
}

// step is called after each record: it counts the work since the last
// step and, once the reads owe minPause or more, pauses as long as the
// pacer says, after flushing what the client has not received yet so
// that it decodes while the read waits. A read of one record (an export)
// pays at its record for its work and for the debt of the reads before
// it, and readCost: a loop of small reads is paced as a large one.
func (r *paced) step(ctx context.Context) error {
	now := r.p.now()
	wait := r.p.spend(now.Sub(r.since) + r.owed)
	r.since, r.owed = now, 0
	if wait < minPause {
		return nil
	}
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
	r.since = r.p.now()
	return nil
}

// end counts the read's last work, which the next read pays for.
func (r *paced) end() { r.p.spend(r.p.now().Sub(r.since) + r.owed) }
