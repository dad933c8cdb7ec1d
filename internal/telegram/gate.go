package telegram

import (
	"bytes"
	"context"
	"encoding/json"
	"io"
	"log/slog"
	"net/http"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/go-telegram/bot"
	"github.com/go-telegram/bot/models"
)

// pollGate is the HTTP client of the Bot API client. It lets every call
// through except getUpdates, which it holds until each update of the
// previous answer is settled (its event committed by the service, or an
// update without effect; see job): go-telegram/bot sends the next
// getUpdates (which confirms the batch to Telegram) as soon as the batch
// is queued in memory, before anything is handled. It then stores the
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
	body = g.observe(body)
	resp.Body = io.NopCloser(bytes.NewReader(body))
	resp.ContentLength = int64(len(body))
	resp.Header.Del("Content-Length")
	return resp, nil
}

// wait blocks until every update received is settled and any retry_after
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

// flush stores the offset when every update received is settled.
func (g *pollGate) flush(ctx context.Context) error {
	g.mu.Lock()
	off, ok := g.last+1, len(g.pending) == 0 && g.last+1 > g.saved && g.last != 0
	g.mu.Unlock()
	if !ok {
		return nil
	}
	if err := g.updates.SetOffset(ctx, channelName, off); err != nil {
		// Not fatal: the updates are committed, a restart from an older
		// offset only sees duplicates, which take no effect.
		g.log.Warn("store update offset", "err", err)
		return nil
	}
	g.mu.Lock()
	g.saved = max(g.saved, off)
	g.mu.Unlock()
	return nil
}

// observe notes the updates of a getUpdates answer as pending, or its
// retry_after, and returns the answer to hand to the client.
//
// An update the client cannot decode would fail the whole answer, again
// and again, and one that is JSON null would crash the client: such an
// update is replaced by its bare id (which the client passes on as an
// update of no kind, so that the offset moves past it) and logged, or
// left out when even its id cannot be read.
func (g *pollGate) observe(body []byte) []byte {
	var r struct {
		OK         bool            `json:"ok"`
		Result     json.RawMessage `json:"result"`
		ErrorCode  int             `json:"error_code"`
		Parameters struct {
			RetryAfter int `json:"retry_after"`
		} `json:"parameters"`
	}
	if json.Unmarshal(body, &r) != nil {
		return body
	}
	g.mu.Lock()
	defer g.mu.Unlock()
	if !r.OK {
		if r.ErrorCode == http.StatusTooManyRequests && r.Parameters.RetryAfter > 0 {
			g.notBefore = g.now().Add(time.Duration(r.Parameters.RetryAfter) * time.Second)
		}
		return body
	}
	var raws []json.RawMessage
	if json.Unmarshal(r.Result, &raws) != nil {
		return body // the client fails on it too, and asks again
	}
	kept := make([]json.RawMessage, 0, len(raws))
	changed := false
	for _, raw := range raws {
		var u *models.Update
		if err := json.Unmarshal(raw, &u); err == nil && u != nil {
			g.pending[u.ID] = true
			g.last = u.ID // the client asks for last+1 next, whatever the order
			kept = append(kept, raw)
			continue
		}
		changed = true
		var bare struct {
			ID int64 `json:"update_id"`
		}
		if json.Unmarshal(raw, &bare) != nil || bare.ID == 0 {
			g.log.Error("unreadable update without an id left out")
			continue
		}
		g.log.Error("unreadable update: confirmed without effect", "update", bare.ID)
		g.last = bare.ID
		kept = append(kept, json.RawMessage(`{"update_id":`+strconv.FormatInt(bare.ID, 10)+`}`))
	}
	if !changed {
		return body
	}
	out, err := json.Marshal(map[string]any{"ok": true, "result": kept})
	if err != nil {
		return body
	}
	return out
}

// release marks an update as settled.
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
