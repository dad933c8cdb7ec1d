package telegram

import (
	"context"
	"sync"
	"time"

	"github.com/go-telegram/bot/models"
)

// A job is one update waiting for its chat's turn.
type job struct {
	upd *models.Update
	// settle is called once the update may be forgotten from the inbox:
	// its effect is committed, or it has none, or it never can have one.
	// It is not called for an update left unhandled when the channel
	// stops: the next run handles that one from the inbox.
	settle func()
}

// dispatcher runs the jobs of each chat one at a time, in the order they
// were pushed, and the chats concurrently. A chat's goroutine exists only
// while it has jobs.
type dispatcher struct {
	// run handles a job and reports whether it was settled; when it was
	// not (the channel is stopping), the chat's later jobs are left
	// unhandled too, so that the next run handles them in order.
	run func(ctx context.Context, j *job) bool
	// ctx is the handlers' context: it outlives Run's so that an update
	// being handled at shutdown is finished, and is cancelled when the
	// drain times out.
	ctx    context.Context
	cancel context.CancelFunc
	// stopping is closed when the dispatcher stops taking jobs: retries
	// give up then.
	stopping chan struct{}
	slots    chan struct{} // bounds the jobs queued or running

	mu     sync.Mutex
	queues map[int64][]*job
	closed bool
	wg     sync.WaitGroup
}

func newDispatcher(run func(ctx context.Context, j *job) bool, maxQueued int) *dispatcher {
	ctx, cancel := context.WithCancel(context.Background())
	return &dispatcher{
		run: run, ctx: ctx, cancel: cancel, stopping: make(chan struct{}),
		slots: make(chan struct{}, maxQueued), queues: map[int64][]*job{},
	}
}

// push queues j for chat. It blocks while too many jobs are queued, and
// returns false once the dispatcher is closed or ctx is done.
func (d *dispatcher) push(ctx context.Context, chat int64, j *job) bool {
	select {
	case d.slots <- struct{}{}:
	case <-ctx.Done():
		return false
	case <-d.stopping:
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
	held := false // a job was left unsettled: leave the next ones too
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
		if !held {
			held = !d.run(d.ctx, j)
		}
		<-d.slots
	}
}

// pause waits for d, and reports false, without waiting, once the
// dispatcher is stopping or ctx is done.
func (d *dispatcher) pause(ctx context.Context, wait time.Duration) bool {
	t := time.NewTimer(wait)
	defer t.Stop()
	select {
	case <-t.C:
		return true
	case <-d.stopping:
	case <-ctx.Done():
	}
	return false
}

// close stops taking jobs and waits for the queued ones until ctx is done;
// it then cancels the handlers' context and waits for them to return.
func (d *dispatcher) close(ctx context.Context) error {
	d.mu.Lock()
	if !d.closed {
		d.closed = true
		close(d.stopping)
	}
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
