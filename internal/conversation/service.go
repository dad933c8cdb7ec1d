package conversation

import (
	"context"
	"errors"
	"fmt"
	"hash/fnv"
	"log/slog"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"pimmsbot/internal/catalog"
	"pimmsbot/internal/markup"
)

// Matcher finds the FAQ entry or intent a question is about.
// *catalog.Matcher implements it.
type Matcher interface {
	Match(question string) catalog.Result
}

// Observer is told what happens, for metrics. All methods must be cheap
// and safe for concurrent use; a nil Observer is allowed.
type Observer interface {
	// Question is called once per question with its outcome: one of the
	// Outcome constants or an intent id.
	Question(outcome Outcome)
	// Handover is called when a ticket opens.
	Handover()
	// Delivery is called after each delivery attempt; code is "" on
	// success, else an error code.
	Delivery(kind OutKind, code string)
}

// Config holds what a Service needs.
type Config struct {
	Store   Store
	Catalog *catalog.Catalog
	Matcher Matcher
	// Channels deliver replies, by channel name (the part of a resident id
	// before the colon: "telegram", "console").
	Channels map[string]Channel
	// Desk is the mediators' desk; nil when there is none (the resident
	// is then told how to reach the site, and the bot keeps answering).
	Desk Desk
	// Sites are the network's sites; nil means a network of one, Site.
	Sites Sites
	// Site is the one site of a network of one, when Sites is nil.
	Site Site
	// RetentionDays is how long messages are kept, in days, for the
	// {site.retention} placeholder; Site.RetentionDays when zero.
	RetentionDays int
	Logger        *slog.Logger
	Observer      Observer
	// Now returns the current time; time.Now when nil.
	Now func() time.Time
	// IdleAfter is the silence after which a new conversation starts
	// (6 hours when zero).
	IdleAfter time.Duration
	// WaitNotice is how long a ticket may wait unclaimed, counted in
	// opening hours, before the resident is told what else to do
	// (2 hours when zero).
	WaitNotice time.Duration
}

// Service handles residents' and mediators' events. It is safe for
// concurrent use.
type Service struct {
	store    Store
	faq      atomic.Pointer[faqSet]
	channels map[string]Channel
	desk     Desk
	sites    Sites
	retain   int
	log      *slog.Logger
	obs      Observer
	now      func() time.Time
	idle     time.Duration
	notice   time.Duration

	// locks serialise the events of one resident; a resident's outbox
	// queues are only delivered while holding its lock. Residents share
	// a lock by hash, and an event holds it until its replies are sent
	// and recorded: at 2,000 messages a second some twenty events are in
	// flight, so with 256 locks about one event in thirteen waited for
	// another resident's; 4,096 locks (32 KiB) make that rare.
	locks [4096]sync.Mutex

	mu sync.Mutex
	// stalled holds the queues with items waiting for a retry: new items
	// of those queues wait behind them, delivered by Redeliver.
	stalled map[string]bool
	// held holds, for each stalled queue, the last item that deliver
	// left behind it (see holdBack).
	held map[string]uint64
	// The state of the retries (see deliver.go): the last failure of
	// each stalled queue, the routes (channels, the desk) whose last
	// delivery failed and when each came back, the queues being
	// redelivered.
	failures     map[string]failure
	down         map[string]bool
	recovered    map[string]time.Time
	redelivering map[string]bool
	// kick asks Run for a Redeliver now; slots bounds the queues
	// redelivered at once.
	kick  chan struct{}
	slots chan struct{}
	// marks records deliveries in the background while Run runs.
	marks marks
}

// New returns a Service. It reads the outbox so that items left by a
// previous run are delivered before newer ones.
func New(ctx context.Context, cfg Config) (*Service, error) {
	if cfg.Store == nil || cfg.Catalog == nil || cfg.Matcher == nil {
		return nil, errors.New("conversation: Store, Catalog and Matcher are required")
	}
	s := &Service{
		store: cfg.Store, channels: cfg.Channels,
		desk: cfg.Desk, sites: cfg.Sites, retain: cfg.RetentionDays, log: cfg.Logger, obs: cfg.Observer, now: cfg.Now,
		idle: cfg.IdleAfter, notice: cfg.WaitNotice, stalled: map[string]bool{},
		failures: map[string]failure{}, down: map[string]bool{}, recovered: map[string]time.Time{},
		redelivering: map[string]bool{}, kick: make(chan struct{}, 1), slots: make(chan struct{}, redeliverConcurrency),
	}
	s.marks.wake = make(chan struct{}, 1)
	if s.log == nil {
		s.log = slog.New(slog.DiscardHandler)
	}
	s.log = s.log.With("component", "conversation")
	if s.obs == nil {
		s.obs = nopObserver{}
	}
	if s.now == nil {
		s.now = time.Now
	}
	if s.idle == 0 {
		s.idle = 6 * time.Hour
	}
	if s.notice == 0 {
		s.notice = 2 * time.Hour
	}
	if s.channels == nil {
		s.channels = map[string]Channel{}
	}
	if s.sites == nil {
		s.sites = one{cfg.Site}
	}
	if s.retain == 0 {
		s.retain = cfg.Site.RetentionDays
	}
	s.SetFAQ(cfg.Catalog, cfg.Matcher)
	pending, err := s.store.Outbox(ctx)
	if err != nil {
		return nil, fmt.Errorf("read outbox: %w", err)
	}
	for _, o := range pending {
		s.stalled[o.Queue] = true
	}
	return s, nil
}

type nopObserver struct{}

func (nopObserver) Question(Outcome)         {}
func (nopObserver) Handover()                {}
func (nopObserver) Delivery(OutKind, string) {}

func (s *Service) lock(key string) func() {
	h := fnv.New32a()
	h.Write([]byte(key))
	m := &s.locks[h.Sum32()%uint32(len(s.locks))]
	m.Lock()
	return m.Unlock
}

// text fills the placeholders of a catalogue or FAQ text with the
// values of site. A site configured with no name is « le PIMMS »
// (French.NetworkName): a text that names it still says who keeps the
// resident's messages and whom they talked to.
func (s *Service) text(src string, site Site, now time.Time) string {
	site.RetentionDays = s.retain
	if strings.TrimSpace(site.Name) == "" {
		site.Name = French.NetworkName
	}
	vars := SiteVars(site, now)
	return markup.Fill(frenchSpaces(dropNotGiven(src, vars)), vars)
}

// faqSet is a FAQ and its matcher, swapped together on reload.
type faqSet struct {
	cat     *catalog.Catalog
	matcher Matcher
}

// Catalog returns the FAQ the service answers from.
func (s *Service) Catalog() *catalog.Catalog { return s.faq.Load().cat }

// SetFAQ makes the service answer from another FAQ, for example after the
// site manager edited it. Events under way finish with the FAQ they
// started with; conversations, tickets and the outbox are untouched.
func (s *Service) SetFAQ(cat *catalog.Catalog, m Matcher) {
	s.faq.Store(&faqSet{cat: cat, matcher: m})
}

// Label returns the pseudonym mediators see for a resident id whose
// record was created at created: short, not the platform's id, and the
// resident's for as long as their record lives. A resident who comes
// back after /oublier gets another one: the mediators cannot tie the new
// requests to the erased ones.
func Label(resident string, created time.Time) string {
	h := fnv.New32a()
	h.Write([]byte("pimmsbot-label:" + resident + ":" + strconv.FormatInt(created.UnixNano(), 10)))
	return fmt.Sprintf("Usager %04X", h.Sum32()&0xFFFF)
}

// Run redelivers the outbox and reminds mediators of waiting tickets until
// ctx is done. It starts with what a previous run left in the outbox, so
// that a process restarted again and again still delivers it. Redeliver
// runs every 2 seconds, and at once when a channel is back or a resident
// whose replies wait writes again; a Redeliver still under way (a slow
// queue) does not hold the next. While it runs, the marks of delivered
// items are committed in the background (marks.go); before it returns,
// those left are committed.
func (s *Service) Run(ctx context.Context, remindAfter time.Duration) {
	var running sync.WaitGroup
	defer running.Wait()
	running.Go(func() { s.flushMarks(ctx) })
	redeliver := func() {
		running.Go(func() {
			if err := s.Redeliver(ctx); err != nil && ctx.Err() == nil {
				s.log.Error("redeliver", "err", err)
			}
		})
	}
	redeliver()
	tick := time.NewTicker(2 * time.Second)
	defer tick.Stop()
	remind := time.NewTicker(time.Minute)
	defer remind.Stop()
	for {
		select {
		case <-ctx.Done():
			return
		case <-tick.C:
			redeliver()
		case <-s.kick:
			redeliver()
		case <-remind.C:
			if err := s.Remind(ctx, remindAfter); err != nil && ctx.Err() == nil {
				s.log.Error("remind", "err", err)
			}
		}
	}
}
