package telegram

import (
	"bytes"
	"context"
	"encoding/json"
	"io"
	"log/slog"
	"net/http"
	"strings"
	"sync"
	"time"

	"github.com/go-telegram/bot"
)

// pollGate is the HTTP client of the Bot API client. It lets every call
// through except getUpdates, which it holds until each update of the
// previous answer is recorded in the update log: go-telegram/bot sends the
// next getUpdates (which confirms the batch to Telegram) as soon as the
// batch is queued in memory, before anything is handled. It then stores the
// offset, so that a restart resumes there, and honours a 429's retry_after,
// which the client's polling loop ignores.
type pollGate struct {
	next    bot.HttpClient
	updates UpdateLog
	log     *slog.Logger
	now     func() time.Time

	mu        sync.Mutex
	changed   chan struct{} // closed and replaced when pending shrinks
	pending   map[int64]bool
	last      int64 // id of the last update received
	saved     int64 // offset stored
	notBefore time.Time
}

func newPollGate(next bot.HttpClient, updates UpdateLog, saved int64, log *slog.Logger, now func() time.Time) *pollGate {
	return &pollGate{next: next, updates: updates, log: log, now: now, changed: make(chan struct{}), pending: map[int64]bool{}, saved: saved}
}

// Do implements bot.HttpClient.
func (g *pollGate) Do(req *http.Request) (*http.Response, error) {
	if !strings.HasSuffix(req.URL.Path, "/getUpdates") {
		return g.next.Do(req)
	}
	if err := g.wait(req.Context()); err != nil {
		return nil, err
	}
	resp, err := g.next.Do(req)
	if err != nil {
		return resp, err
	}
	body, err := io.ReadAll(resp.Body)
	resp.Body.Close()
	if err != nil {
		return nil, err
	}
	resp.Body = io.NopCloser(bytes.NewReader(body))
	g.observe(body)
	return resp, nil
}

// wait blocks until every update received is recorded and any retry_after
// has passed, then stores the offset.
func (g *pollGate) wait(ctx context.Context) error {
	var nb time.Time
	for {
		g.mu.Lock()
		var n int
		var ch chan struct{}
		n, ch, nb = len(g.pending), g.changed, g.notBefore
		g.mu.Unlock()
		if n == 0 {
			break
		}
		select {
		case <-ch:
		case <-ctx.Done():
			return ctx.Err()
		}
	}
	if d := nb.Sub(g.now()); d > 0 {
		t := time.NewTimer(d)
		select {
		case <-t.C:
		case <-ctx.Done():
			t.Stop()
			return ctx.Err()
		}
	}
	return g.flush(ctx)
}

// flush stores the offset when every update received is recorded.
func (g *pollGate) flush(ctx context.Context) error {
	g.mu.Lock()
	off, ok := g.last+1, len(g.pending) == 0 && g.last+1 > g.saved && g.last != 0
	g.mu.Unlock()
	if !ok {
		return nil
	}
	if err := g.updates.SetOffset(ctx, channelName, off); err != nil {
		// Not fatal: the updates are recorded, a restart from an older
		// offset only sees duplicates, which are dropped.
		g.log.Warn("store update offset", "err", err)
		return nil
	}
	g.mu.Lock()
	g.saved = max(g.saved, off)
	g.mu.Unlock()
	return nil
}

// observe notes the updates of a getUpdates answer as pending, or its
// retry_after.
func (g *pollGate) observe(body []byte) {
	var r struct {
		OK     bool `json:"ok"`
		Result []struct {
			ID int64 `json:"update_id"`
		} `json:"result"`
		ErrorCode  int `json:"error_code"`
		Parameters struct {
			RetryAfter int `json:"retry_after"`
		} `json:"parameters"`
	}
	if json.Unmarshal(body, &r) != nil {
		return
	}
	g.mu.Lock()
	defer g.mu.Unlock()
	if !r.OK {
		if r.ErrorCode == http.StatusTooManyRequests && r.Parameters.RetryAfter > 0 {
			g.notBefore = g.now().Add(time.Duration(r.Parameters.RetryAfter) * time.Second)
		}
		return
	}
	for _, u := range r.Result {
		g.pending[u.ID] = true
		g.last = u.ID // the client asks for last+1 next, whatever the order
	}
}

// release marks an update as recorded (or not to be recorded).
func (g *pollGate) release(id int64) {
	g.mu.Lock()
	defer g.mu.Unlock()
	if !g.pending[id] {
		return
	}
	delete(g.pending, id)
	close(g.changed)
	g.changed = make(chan struct{})
}
