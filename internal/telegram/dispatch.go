package telegram

import (
	"context"
	"sync"

	"github.com/go-telegram/bot/models"
)

// A job is one update waiting for its chat's turn.
type job struct {
	upd *models.Update
	// recorded is closed once the update is in the update log; fresh is
	// then false for an update seen before (or one that could not be
	// recorded), which is dropped.
	recorded chan struct{}
	fresh    bool
}

// dispatcher runs the jobs of each chat one at a time, in the order they
// were pushed, and the chats concurrently. A chat's goroutine exists only
// while it has jobs.
type dispatcher struct {
	run func(ctx context.Context, j *job)
	// ctx is the handlers' context: it outlives Run's so that an update
	// being handled at shutdown is finished, and is cancelled when the
	// drain times out.
	ctx    context.Context
	cancel context.CancelFunc
	slots  chan struct{} // bounds the jobs queued or running

	mu     sync.Mutex
	queues map[int64][]*job
	closed bool
	wg     sync.WaitGroup
}

func newDispatcher(run func(ctx context.Context, j *job), maxQueued int) *dispatcher {
	ctx, cancel := context.WithCancel(context.Background())
	return &dispatcher{run: run, ctx: ctx, cancel: cancel, slots: make(chan struct{}, maxQueued), queues: map[int64][]*job{}}
}

// push queues j for chat. It blocks while too many jobs are queued, and
// returns false once the dispatcher is closed.
func (d *dispatcher) push(chat int64, j *job) bool {
	select {
	case d.slots <- struct{}{}:
	case <-d.ctx.Done():
		return false
	}
	d.mu.Lock()
	defer d.mu.Unlock()
	if d.closed {
		<-d.slots
		return false
	}
	q, busy := d.queues[chat]
	d.queues[chat] = append(q, j)
	if !busy {
		d.wg.Add(1)
		go d.loop(chat)
	}
	return true
}

func (d *dispatcher) loop(chat int64) {
	defer d.wg.Done()
	for {
		d.mu.Lock()
		q := d.queues[chat]
		if len(q) == 0 {
			delete(d.queues, chat)
			d.mu.Unlock()
			return
		}
		j := q[0]
		q[0] = nil
		d.queues[chat] = q[1:]
		d.mu.Unlock()
		d.run(d.ctx, j)
		<-d.slots
	}
}

// close stops taking jobs and waits for the queued ones until ctx is done;
// it then cancels the handlers' context and waits for them to return.
func (d *dispatcher) close(ctx context.Context) error {
	d.mu.Lock()
	d.closed = true
	d.mu.Unlock()
	done := make(chan struct{})
	go func() {
		d.wg.Wait()
		close(done)
	}()
	select {
	case <-done:
		d.cancel()
		return nil
	case <-ctx.Done():
		d.cancel()
		<-done
		return ctx.Err()
	}
}
