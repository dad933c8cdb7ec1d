package discord

import (
	"context"
	"sync"
)

// threadIndex maps thread ids to ticket numbers. It is a cache: the
// tickets' DeskRef in the store is the truth, and the index is rebuilt
// from the open tickets (and the threads' titles) after a restart.
type threadIndex struct {
	mu      sync.Mutex
	tickets map[string]uint64
	others  map[string]bool // channels known not to be ticket threads
}

func (x *threadIndex) init() {
	x.tickets = map[string]uint64{}
	x.others = map[string]bool{}
}

func (x *threadIndex) put(thread string, ticket uint64) {
	x.mu.Lock()
	defer x.mu.Unlock()
	x.tickets[thread] = ticket
	delete(x.others, thread)
}

func (x *threadIndex) get(thread string) (ticket uint64, known, other bool) {
	x.mu.Lock()
	defer x.mu.Unlock()
	t, ok := x.tickets[thread]
	return t, ok, x.others[thread]
}

func (x *threadIndex) notTicket(channel string) {
	x.mu.Lock()
	defer x.mu.Unlock()
	if len(x.others) > 10000 {
		clear(x.others)
	}
	x.others[channel] = true
}

// ticketOf returns the ticket whose thread is channel: from the index,
// else from the open tickets' DeskRef, else from the title of a thread
// of a site's channel (a closed ticket's thread after a restart).
func (d *Desk) ticketOf(ctx context.Context, svc Service, channel string) (uint64, bool) {
	if n, ok, other := d.index.get(channel); ok || other {
		return n, ok
	}
	// A channel the state knows, outside the sites' channels, is not a
	// ticket: no need to read the store for the messages of #general.
	if st := d.s.State; st != nil {
		if ch, err := st.Channel(channel); err == nil && !d.isSiteChannel(ch.ParentID) {
			d.index.notTicket(channel)
			return 0, false
		}
	}
	if svc != nil {
		open, err := svc.Queue(ctx)
		if err != nil {
			d.log.Error("read the open tickets", "err", err)
			return 0, false
		}
		for _, t := range open {
			if t.DeskRef != "" {
				d.index.put(t.DeskRef, t.Number)
			}
		}
		if n, ok, _ := d.index.get(channel); ok {
			return n, true
		}
	}
	ch, err := d.s.Channel(channel, opts(ctx)...)
	if err != nil {
		d.log.Warn("read a channel", "channel", channel, "err", err)
		return 0, false
	}
	if d.isSiteChannel(ch.ParentID) && ch.IsThread() {
		if n, ok := ticketFromName(ch.Name); ok {
			d.index.put(channel, n)
			return n, true
		}
	}
	d.index.notTicket(channel)
	return 0, false
}

// isSiteChannel reports whether id is a site's channel.
func (d *Desk) isSiteChannel(id string) bool {
	_, ok := d.siteOfChannel(id)
	return ok
}
