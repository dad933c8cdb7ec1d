package telegram_test

import (
	"context"
	"fmt"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"pimmsbot/internal/bolt"
	"pimmsbot/internal/catalog"
	"pimmsbot/internal/catalog/catalogtest"
	"pimmsbot/internal/conversation"
	"pimmsbot/internal/fakeclock"
	"pimmsbot/internal/telegram"
	"pimmsbot/internal/telegram/telegramtest"
)

// newClock returns the clock shared by the service and the channel, so
// that a retry_after can pass without waiting.
func newClock() *fakeclock.Clock { return fakeclock.New(time.Date(2026, 3, 2, 10, 0, 0, 0, time.UTC)) }

// desk is a mediators' desk that records what it is given.
type desk struct {
	mu      sync.Mutex
	changed chan struct{}
	opened  []conversation.Ticket
	posts   []conversation.Post
	updates []conversation.Ticket
	erased  []conversation.Ticket
}

func newDesk() *desk { return &desk{changed: make(chan struct{})} }

func (d *desk) notify() {
	close(d.changed)
	d.changed = make(chan struct{})
}

func (d *desk) Open(_ context.Context, t conversation.Ticket, _ []conversation.Message) (string, error) {
	d.mu.Lock()
	defer d.mu.Unlock()
	d.opened = append(d.opened, t)
	d.notify()
	return fmt.Sprintf("thread-%d", t.Number), nil
}

func (d *desk) Post(_ context.Context, _ conversation.Ticket, p conversation.Post) error {
	d.mu.Lock()
	defer d.mu.Unlock()
	d.posts = append(d.posts, p)
	d.notify()
	return nil
}

func (d *desk) Update(_ context.Context, t conversation.Ticket) error {
	d.mu.Lock()
	defer d.mu.Unlock()
	d.updates = append(d.updates, t)
	d.notify()
	return nil
}

func (d *desk) Erase(_ context.Context, t conversation.Ticket) error {
	d.mu.Lock()
	defer d.mu.Unlock()
	d.erased = append(d.erased, t)
	d.notify()
	return nil
}

// wait blocks until cond holds on the desk (ten seconds at most: a hung
// test, not a measure).
func (d *desk) wait(tb testing.TB, what string, cond func(d *desk) bool) {
	tb.Helper()
	deadline := time.NewTimer(10 * time.Second)
	defer deadline.Stop()
	for {
		d.mu.Lock()
		ok, ch := cond(d), d.changed
		d.mu.Unlock()
		if ok {
			return
		}
		select {
		case <-ch:
		case <-deadline.C:
			d.mu.Lock()
			defer d.mu.Unlock()
			tb.Fatalf("desk: still waiting for %s; opened %d, posts %+v", what, len(d.opened), d.posts)
		}
	}
}

func (d *desk) Posts() []conversation.Post {
	d.mu.Lock()
	defer d.mu.Unlock()
	return append([]conversation.Post(nil), d.posts...)
}

// harness runs the real service, store and channel against the fake Bot
// API server.
type harness struct {
	t      testing.TB
	srv    *telegramtest.Server
	dbPath string
	desk   *desk
	clock  *fakeclock.Clock

	// wrap, when set, wraps the service as the channel sees it (to
	// inject failures).
	wrap func(telegram.Service) telegram.Service
	// scripted are the engine's results for some questions, so that a
	// test of a flow does not depend on the engine's tuning; other
	// questions go to the real engine.
	scripted map[string]catalog.Result
	// tune, when set, changes the channel's configuration.
	tune func(*telegram.Config)

	store  *bolt.Store
	svc    *conversation.Service
	ch     *telegram.Channel
	cancel context.CancelFunc
	done   chan error
}

func newHarness(t *testing.T) *harness {
	t.Helper()
	return newWrappedHarness(t, nil)
}

// newTunedHarness is newHarness with the channel's configuration changed
// by tune.
func newTunedHarness(t *testing.T, tune func(*telegram.Config)) *harness {
	t.Helper()
	h := &harness{
		t: t, srv: telegramtest.NewServer(t), dbPath: filepath.Join(t.TempDir(), "db"),
		desk: newDesk(), clock: newClock(), tune: tune,
	}
	h.start()
	t.Cleanup(h.stop)
	return h
}

// newWrappedHarness is newHarness with the service wrapped by wrap.
func newWrappedHarness(t *testing.T, wrap func(telegram.Service) telegram.Service) *harness {
	t.Helper()
	h := &harness{
		t: t, srv: telegramtest.NewServer(t), dbPath: filepath.Join(t.TempDir(), "db"),
		desk: newDesk(), clock: newClock(), wrap: wrap, scripted: map[string]catalog.Result{},
	}
	h.start()
	t.Cleanup(h.stop)
	return h
}

func testLogger(t testing.TB) *slog.Logger {
	if _, ok := t.(*testing.B); ok {
		return slog.New(slog.DiscardHandler)
	}
	return slog.New(slog.NewTextHandler(tWriter{t}, &slog.HandlerOptions{Level: slog.LevelDebug}))
}

type tWriter struct{ t testing.TB }

func (w tWriter) Write(p []byte) (int, error) {
	w.t.Log(strings.TrimRight(string(p), "\n"))
	return len(p), nil
}

// newBenchHarness is newHarness for benchmarks.
func newBenchHarness(b *testing.B) *harness {
	h := &harness{
		t: b, srv: telegramtest.NewServer(b), dbPath: filepath.Join(b.TempDir(), "db"),
		desk: newDesk(), clock: newClock(),
	}
	h.start()
	b.Cleanup(h.stop)
	return h
}

// start opens the store and runs the channel, as pimmsbot serve does.
func (h *harness) start() {
	h.t.Helper()
	ctx := context.Background()
	store, err := bolt.Open(h.dbPath, bolt.Options{LockTimeout: time.Second})
	if err != nil {
		h.t.Fatal(err)
	}
	h.store = store
	cfg := telegram.Config{
		Token: telegramtest.Token, APIURL: h.srv.URL, Updates: store, Limits: telegram.NoLimits,
		PollTimeout: 2 * time.Second, SendTimeout: 5 * time.Second, Logger: testLogger(h.t), Now: h.clock.Now,
	}
	if h.tune != nil {
		h.tune(&cfg)
	}
	h.ch, err = telegram.New(ctx, cfg)
	if err != nil {
		h.t.Fatal(err)
	}
	cat := catalogtest.FAQ(h.t)
	h.svc, err = conversation.New(ctx, conversation.Config{
		Store: store, Catalog: cat, Matcher: scriptedMatcher{h.scripted, catalog.NewMatcher(cat)},
		Channels: map[string]conversation.Channel{"telegram": h.ch}, Desk: h.desk,
		Site: conversation.Site{Name: "PIMMS Test", RetentionDays: 30}, Logger: testLogger(h.t), Now: h.clock.Now,
	})
	if err != nil {
		h.t.Fatal(err)
	}
	rctx, cancel := context.WithCancel(ctx)
	h.cancel, h.done = cancel, make(chan error, 1)
	var res telegram.Service = h.svc
	if h.wrap != nil {
		res = h.wrap(res)
	}
	go func() { h.done <- h.ch.Run(rctx, res) }()
}

// scriptedMatcher answers the scripted questions as written, the others
// with the real engine.
type scriptedMatcher struct {
	results map[string]catalog.Result
	real    *catalog.Matcher
}

func (m scriptedMatcher) Match(q string) catalog.Result {
	if r, ok := m.results[q]; ok {
		return r
	}
	return m.real.Match(q)
}

// stop stops the channel, drains it and closes the store.
func (h *harness) stop() {
	if h.cancel == nil {
		return
	}
	h.cancel()
	if err := <-h.done; err != nil {
		h.t.Errorf("Run: %v", err)
	}
	h.cancel = nil
	if err := h.store.Close(); err != nil {
		h.t.Errorf("close store: %v", err)
	}
}

func (h *harness) restart() {
	h.t.Helper()
	h.stop()
	h.start()
}

// redeliver runs the service's retries, as its Run loop does every few
// seconds.
func (h *harness) redeliver() {
	h.t.Helper()
	if err := h.svc.Redeliver(context.Background()); err != nil {
		h.t.Fatal(err)
	}
}

// click pushes the click of the button labelled label on the last message
// of chat that has it.
func (h *harness) click(chat int64, label string) {
	h.t.Helper()
	upd, ok := h.srv.Click(chat, label)
	if !ok {
		h.t.Fatalf("no button %q in chat %d; messages:\n%s", label, chat, formatMessages(h.srv.Messages(chat)))
	}
	h.srv.Push(upd)
}

// say pushes a text from chat and waits for the n-th message to it.
func (h *harness) say(chat int64, text string, n int) []telegramtest.Message {
	h.t.Helper()
	h.srv.Push(telegramtest.Text(chat, text))
	return h.srv.WaitMessages(h.t, chat, n)
}

func formatMessages(msgs []telegramtest.Message) string {
	var b strings.Builder
	for i, m := range msgs {
		text := m.Text
		if len(text) > 80 {
			text = text[:80] + "…"
		}
		fmt.Fprintf(&b, "  %d. [%d] %q", i+1, m.ID, text)
		for _, row := range m.Keyboard {
			for _, k := range row {
				fmt.Fprintf(&b, " [%s]", k.Text)
			}
		}
		b.WriteByte('\n')
	}
	return b.String()
}

// countTexts counts the messages to chat whose text contains s.
func countTexts(msgs []telegramtest.Message, s string) int {
	n := 0
	for _, m := range msgs {
		if strings.Contains(m.Text, s) {
			n++
		}
	}
	return n
}

// sends returns the send calls to chat that Telegram took (no fault).
func sends(srv *telegramtest.Server, chat int64) []telegramtest.Call {
	var out []telegramtest.Call
	for _, c := range srv.Calls("sendMessage", "sendPhoto", "sendDocument") {
		if c.Chat == chat && c.OK() {
			out = append(out, c)
		}
	}
	return out
}

// httptestServer serves h on a local address until the test ends and
// returns its URL.
func httptestServer(t *testing.T, h http.Handler) string {
	srv := httptest.NewServer(h)
	t.Cleanup(srv.Close)
	return srv.URL
}
