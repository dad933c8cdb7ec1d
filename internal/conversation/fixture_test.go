package conversation_test

import (
	"context"
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
	"pimmsbot/internal/hours"
)

// The residents of the tests.
const (
	alice = "test:1"
	bob   = "test:2"
)

// fakeChannel records what residents are sent, and fails on demand.
type fakeChannel struct {
	mu      sync.Mutex
	sent    map[string][]conversation.Reply
	failure map[string]error // resident → error to return, once per call while set
}

func newFakeChannel() *fakeChannel {
	return &fakeChannel{sent: map[string][]conversation.Reply{}, failure: map[string]error{}}
}

func (f *fakeChannel) Send(ctx context.Context, resident string, r conversation.Reply) error {
	f.mu.Lock()
	defer f.mu.Unlock()
	if err := f.failure[resident]; err != nil {
		return err
	}
	f.sent[resident] = append(f.sent[resident], r)
	return nil
}

func (f *fakeChannel) fail(resident string, err error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	if err == nil {
		delete(f.failure, resident)
	} else {
		f.failure[resident] = err
	}
}

// count returns how many replies the resident received and were not taken.
func (f *fakeChannel) count(resident string) int {
	f.mu.Lock()
	defer f.mu.Unlock()
	return len(f.sent[resident])
}

// take returns what the resident received, and forgets it.
func (f *fakeChannel) take(resident string) []conversation.Reply {
	f.mu.Lock()
	defer f.mu.Unlock()
	out := f.sent[resident]
	delete(f.sent, resident)
	return out
}

// fakeDesk records what the mediators' desk is asked to do.
type fakeDesk struct {
	mu      sync.Mutex
	opened  []conversation.Ticket
	history [][]conversation.Message
	posts   []conversation.Post
	updates []conversation.Ticket
	erased  []conversation.Ticket
	postErr error // returned by Post while set
	// eraseErr is returned by Erase while set.
	eraseErr error
}

func (d *fakeDesk) Open(ctx context.Context, t conversation.Ticket, h []conversation.Message) (string, error) {
	d.mu.Lock()
	defer d.mu.Unlock()
	d.opened = append(d.opened, t)
	d.history = append(d.history, h)
	return "thread-" + strings.Repeat("x", len(d.opened)), nil
}

func (d *fakeDesk) Post(ctx context.Context, t conversation.Ticket, p conversation.Post) error {
	d.mu.Lock()
	defer d.mu.Unlock()
	if d.postErr != nil {
		err := d.postErr
		d.postErr = nil
		return err
	}
	d.posts = append(d.posts, p)
	return nil
}

func (d *fakeDesk) Update(ctx context.Context, t conversation.Ticket) error {
	d.mu.Lock()
	defer d.mu.Unlock()
	d.updates = append(d.updates, t)
	return nil
}

func (d *fakeDesk) Erase(ctx context.Context, t conversation.Ticket) error {
	d.mu.Lock()
	defer d.mu.Unlock()
	if d.eraseErr != nil {
		return d.eraseErr
	}
	d.erased = append(d.erased, t)
	return nil
}

// erasedRefs returns the desk references of the tickets erased, in order.
func (d *fakeDesk) erasedRefs() []string {
	d.mu.Lock()
	defer d.mu.Unlock()
	var refs []string
	for _, t := range d.erased {
		refs = append(refs, t.DeskRef)
	}
	return refs
}

func (d *fakeDesk) snapshot() (opened []conversation.Ticket, posts []conversation.Post, updates []conversation.Ticket) {
	d.mu.Lock()
	defer d.mu.Unlock()
	return append([]conversation.Ticket(nil), d.opened...), append([]conversation.Post(nil), d.posts...),
		append([]conversation.Ticket(nil), d.updates...)
}

// scripted is a Matcher with fixed answers, so that the core's tests do not
// depend on the engine's tuning; unknown questions go to the real engine.
type scripted struct {
	results map[string]catalog.Result
	real    *catalog.Matcher
}

func (m scripted) Match(q string) catalog.Result {
	if r, ok := m.results[q]; ok {
		return r
	}
	return m.real.Match(q)
}

// harness is a service on a real bbolt file with a fake channel and desk.
type harness struct {
	t       testing.TB
	path    string
	store   *bolt.Store
	svc     *conversation.Service
	channel *fakeChannel
	desk    *fakeDesk
	clock   *fakeclock.Clock
	matcher scripted
	site    conversation.Site
	// sites, when set, is the network (Config.Sites); else Config.Site
	// makes a network of one.
	sites  conversation.Sites
	noDesk bool
	// waitNotice is Config.WaitNotice.
	waitNotice time.Duration
}

type option func(*harness)

func withoutDesk() option { return func(h *harness) { h.noDesk = true } }

func withHours(week string) option {
	return func(h *harness) {
		paris, err := time.LoadLocation("Europe/Paris")
		if err != nil {
			h.t.Fatal(err)
		}
		s, err := hours.Parse(week, nil, paris)
		if err != nil {
			h.t.Fatal(err)
		}
		h.site.Hours = s
	}
}

func newHarness(tb testing.TB, opts ...option) *harness {
	tb.Helper()
	h := &harness{
		t:       tb,
		path:    filepath.Join(tb.TempDir(), "data", "pimmsbot.db"),
		channel: newFakeChannel(),
		desk:    &fakeDesk{},
		// A Wednesday at 10:00 in Paris: the site is open.
		clock: fakeclock.New(time.Date(2026, 11, 25, 9, 0, 0, 0, time.UTC)),
		// The engine is built once for all the tests: it is read-only.
		matcher: scripted{results: map[string]catalog.Result{}, real: catalogtest.Matcher(tb)},
		site: conversation.Site{Name: "PIMMS Test", Address: "1 rue de la Paix", Phone: "01 02 03 04 05",
			RetentionDays: 180},
	}
	for _, o := range opts {
		o(h)
	}
	h.open()
	tb.Cleanup(func() { h.store.Close() })
	return h
}

// open opens the store and starts a service on it.
func (h *harness) open() {
	h.t.Helper()
	store, err := bolt.Open(h.path, bolt.Options{LockTimeout: time.Second})
	if err != nil {
		h.t.Fatalf("open store: %v", err)
	}
	h.store = store
	cfg := conversation.Config{
		Store: store, Catalog: catalogtest.FAQ(h.t), Matcher: h.matcher,
		Channels: map[string]conversation.Channel{"test": h.channel},
		Site:     h.site, Sites: h.sites, Now: h.clock.Now, WaitNotice: h.waitNotice,
	}
	if !h.noDesk {
		cfg.Desk = h.desk
	}
	svc, err := conversation.New(context.Background(), cfg)
	if err != nil {
		h.t.Fatalf("new service: %v", err)
	}
	h.svc = svc
}

// reopen closes the store and starts again on the same file, as after a
// restart.
func (h *harness) reopen() {
	h.t.Helper()
	if err := h.store.Close(); err != nil {
		h.t.Fatal(err)
	}
	h.open()
}

// say sends a resident's text and returns what they received.
func (h *harness) say(resident, text string) []conversation.Reply {
	h.t.Helper()
	if err := h.svc.HandleResident(context.Background(), conversation.Incoming{Resident: resident, Text: text}); err != nil {
		h.t.Fatalf("HandleResident(%q): %v", text, err)
	}
	return h.channel.take(resident)
}

// click sends a resident's button click and returns what they received.
func (h *harness) click(resident, action string) []conversation.Reply {
	h.t.Helper()
	if err := h.svc.HandleResident(context.Background(), conversation.Incoming{Resident: resident, Action: action}); err != nil {
		h.t.Fatalf("HandleResident(action %q): %v", action, err)
	}
	return h.channel.take(resident)
}

func (h *harness) mediator(a conversation.MediatorAction) error {
	h.t.Helper()
	if a.Mediator == "" {
		a.Mediator, a.Name = "m1", "Camille"
	}
	return h.svc.HandleMediator(context.Background(), a)
}

func (h *harness) resident(id string) conversation.Resident {
	h.t.Helper()
	r, err := h.store.Resident(context.Background(), id)
	if err != nil {
		h.t.Fatalf("resident %s: %v", id, err)
	}
	return r
}

func (h *harness) messages(resident string) []conversation.Message {
	h.t.Helper()
	r := h.resident(resident)
	msgs, err := h.store.Messages(context.Background(), r.Conversation)
	if err != nil {
		h.t.Fatal(err)
	}
	return msgs
}

// texts joins the texts of replies, for assertions.
func texts(rs []conversation.Reply) string {
	var b strings.Builder
	for _, r := range rs {
		b.WriteString(r.Text)
		b.WriteString("\n---\n")
	}
	return b.String()
}

// actions lists the button actions of replies.
func actions(rs []conversation.Reply) []string {
	var out []string
	for _, r := range rs {
		for _, row := range r.Buttons {
			for _, b := range row {
				out = append(out, b.Action)
			}
		}
	}
	return out
}

func hasAction(rs []conversation.Reply, action string) bool {
	for _, a := range actions(rs) {
		if a == action {
			return true
		}
	}
	return false
}
