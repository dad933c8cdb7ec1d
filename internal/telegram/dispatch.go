package telegram

import (
	"context"
	"sync"
	"time"

	"github.com/go-telegram/bot/models"

	"pimmsbot/internal/serial"
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
// were pushed, and the chats concurrently (a serial.Queue keyed by chat).
// On top of the queue it bounds the jobs waiting, gives the handlers a
// context that outlives the push's, and holds a chat whose job was left
// unsettled.
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
	stop     sync.Once
	slots    chan struct{} // bounds the jobs queued or running
	chats    serial.Queue[int64]

	mu sync.Mutex
	// held are the chats whose later jobs are left for the next run. A
	// job is left unsettled only once the dispatcher stops, when no new
	// job comes, so a chat is never released.
	held map[int64]bool
}

func newDispatcher(run func(ctx context.Context, j *job) bool, maxQueued int) *dispatcher {
	ctx, cancel := context.WithCancel(context.Background())
	return &dispatcher{
		run: run, ctx: ctx, cancel: cancel, stopping: make(chan struct{}),
		slots: make(chan struct{}, maxQueued), held: map[int64]bool{},
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
	if !d.chats.Do(chat, func() { d.runJob(chat, j) }) {
		<-d.slots // closed meanwhile
		return false
	}
	return true
}

// runJob runs j in its chat's turn, unless an earlier job of the chat was
// left unsettled.
func (d *dispatcher) runJob(chat int64, j *job) {
	defer func() { <-d.slots }()
	d.mu.Lock()
	held := d.held[chat]
	d.mu.Unlock()
	if held || d.run(d.ctx, j) {
		return
	}
	d.mu.Lock()
	d.held[chat] = true
	d.mu.Unlock()
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
	d.stop.Do(func() {
		d.chats.Close()
		close(d.stopping)
	})
	done := make(chan struct{})
	go func() {
		d.chats.Wait()
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
