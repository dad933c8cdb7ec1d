package telegram

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
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
// through except getUpdates, whose answer it stores in the update log's
// inbox, with the next offset, before handing it to the client:
// go-telegram/bot sends the next getUpdates, which confirms the batch to
// Telegram, as soon as the batch is queued in memory. Once stored, an
// update is handled in its chat's turn, from memory or, after a restart,
// from the inbox: confirming a batch never waits for any chat. It also
// honours a 429's retry_after, which the client's polling loop ignores,
// and sends each call's body in one piece (wholeBody).
type pollGate struct {
	next    bot.HttpClient
	updates UpdateLog
	channel string // the channel's name in the update log
	log     *slog.Logger
	now     func() time.Time

	mu        sync.Mutex
	keys      map[int64]uint64 // update id → inbox key, until taken
	notBefore time.Time
	polled    error // why the last getUpdates failed, nil when it worked
}

func newPollGate(next bot.HttpClient, updates UpdateLog, log *slog.Logger, now func() time.Time) *pollGate {
	return &pollGate{next: next, updates: updates, channel: DefaultName, log: log, now: now, keys: map[int64]uint64{}}
}

// Do implements bot.HttpClient.
func (g *pollGate) Do(req *http.Request) (*http.Response, error) {
	if err := wholeBody(req); err != nil {
		return nil, err
	}
	if !strings.HasSuffix(req.URL.Path, "/getUpdates") {
		return g.next.Do(req)
	}
	if err := g.wait(req.Context()); err != nil {
		return nil, err
	}
	resp, err := g.next.Do(req)
	if err != nil {
		g.setPolled(req, err)
		return resp, err
	}
	body, err := io.ReadAll(resp.Body)
	resp.Body.Close()
	if err != nil {
		g.setPolled(req, err)
		return nil, err
	}
	body, ids, raws := g.observe(body)
	if len(raws) > 0 {
		// Stored before the client sees them, and so before the next
		// getUpdates confirms them. When they cannot be, the client
		// sees an error and asks for them again.
		keys, err := g.updates.Receive(req.Context(), g.channel, raws, ids[len(ids)-1]+1)
		if err != nil {
			g.log.Warn("updates received but not stored: asking Telegram again", "updates", len(raws), "err", err)
			return nil, fmt.Errorf("telegram: store updates received: %w", err)
		}
		g.mu.Lock()
		for i, id := range ids {
			g.keys[id] = keys[i]
		}
		g.mu.Unlock()
	}
	resp.Body = io.NopCloser(bytes.NewReader(body))
	resp.ContentLength = int64(len(body))
	resp.Header.Del("Content-Length")
	return resp, nil
}

// setPolled records how the last getUpdates went: err, or the refusal
// in its answer (set by observe). A poll cut short by the channel's stop
// is no failure.
func (g *pollGate) setPolled(req *http.Request, err error) {
	if req.Context().Err() != nil {
		return
	}
	g.mu.Lock()
	g.polled = err
	g.mu.Unlock()
}

// health returns why the last getUpdates failed, nil when it worked or
// none was sent yet.
func (g *pollGate) health() error {
	g.mu.Lock()
	defer g.mu.Unlock()
	return g.polled
}

// take returns the inbox key of a received update, once.
func (g *pollGate) take(id int64) (uint64, bool) {
	g.mu.Lock()
	defer g.mu.Unlock()
	k, ok := g.keys[id]
	delete(g.keys, id)
	return k, ok
}

// wait blocks until any retry_after has passed.
func (g *pollGate) wait(ctx context.Context) error {
	g.mu.Lock()
	nb := g.notBefore
	g.mu.Unlock()
	if d := nb.Sub(g.now()); d > 0 {
		t := time.NewTimer(d)
		defer t.Stop()
		select {
		case <-t.C:
		case <-ctx.Done():
			return ctx.Err()
		}
	}
	return nil
}

// observe notes the retry_after of a getUpdates answer, and returns the
// answer to hand to the client, with the ids of its updates and each
// update's JSON.
//
// An update the client cannot decode would fail the whole answer, again
// and again, and one that is JSON null would crash the client: such an
// update is replaced by its bare id (which the client passes on as an
// update of no kind, so that the offset moves past it) and logged, or
// left out when even its id cannot be read.
func (g *pollGate) observe(body []byte) (out []byte, ids []int64, raws [][]byte) {
	var r struct {
		OK         bool            `json:"ok"`
		Result     json.RawMessage `json:"result"`
		ErrorCode  int             `json:"error_code"`
		Parameters struct {
			RetryAfter int `json:"retry_after"`
		} `json:"parameters"`
	}
	if json.Unmarshal(body, &r) != nil {
		g.mu.Lock()
		g.polled = errors.New("telegram: getUpdates: the answer is not the Bot API's JSON")
		g.mu.Unlock()
		return body, nil, nil
	}
	g.mu.Lock()
	g.polled = nil
	if !r.OK {
		g.polled = fmt.Errorf("telegram: getUpdates: error %d", r.ErrorCode)
	}
	g.mu.Unlock()
	if !r.OK {
		if r.ErrorCode == http.StatusTooManyRequests && r.Parameters.RetryAfter > 0 {
			g.mu.Lock()
			g.notBefore = g.now().Add(time.Duration(r.Parameters.RetryAfter) * time.Second)
			g.mu.Unlock()
		}
		return body, nil, nil
	}
	var all []json.RawMessage
	if json.Unmarshal(r.Result, &all) != nil {
		return body, nil, nil // the client fails on it too, and asks again
	}
	kept := make([]json.RawMessage, 0, len(all))
	changed := false
	for _, raw := range all {
		var u *models.Update
		if err := json.Unmarshal(raw, &u); err == nil && u != nil {
			// The client asks for the last id + 1 next, whatever the order.
			ids, raws = append(ids, u.ID), append(raws, raw)
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
		stub := json.RawMessage(`{"update_id":` + strconv.FormatInt(bare.ID, 10) + `}`)
		ids, raws = append(ids, bare.ID), append(raws, stub)
		kept = append(kept, stub)
	}
	if !changed {
		return body, ids, raws
	}
	out, err := json.Marshal(map[string]any{"ok": true, "result": kept})
	if err != nil {
		return body, nil, nil
	}
	return out, ids, raws
}
