package metrics

import (
	"context"
	"net/http"
	"time"

	"github.com/prometheus/client_golang/prometheus"
	"github.com/prometheus/client_golang/prometheus/collectors"
	"github.com/prometheus/client_golang/prometheus/promhttp"

	"pimmsbot/internal/conversation"
)

// Store is what the metrics read at scrape time. *bolt.Store implements it.
type Store interface {
	// ForEachTicket calls fn with every stored ticket; it returns fn's
	// first error or a read error.
	ForEachTicket(ctx context.Context, fn func(conversation.Ticket) error) error
	// Outbox returns the pending outbox items, or a read error.
	Outbox(ctx context.Context) ([]conversation.Outgoing, error)
	// Writable returns why the last write failed (a full disk), nil when
	// it succeeded.
	Writable() error
}

// Options configure New. The zero value is usable.
type Options struct {
	// ResidentPlatform and DeskPlatform name the platforms in the
	// "platform" label: "telegram" and "discord" when empty.
	ResidentPlatform, DeskPlatform string
	// ScrapeTimeout bounds the store reads of one scrape (5s when zero).
	ScrapeTimeout time.Duration
	// Now returns the current time; time.Now when nil.
	Now func() time.Time
}

// TicketBuckets are the upper bounds, in seconds, of the waiting and
// handling time histograms: 1 min to 3 days.
var TicketBuckets = []float64{60, 300, 900, 1800, 3600, 2 * 3600, 4 * 3600, 8 * 3600, 24 * 3600, 72 * 3600}

// Metrics counts events and reads the store when scraped. It implements
// conversation.Observer and is safe for concurrent use.
type Metrics struct {
	reg        *prometheus.Registry
	questions  *prometheus.CounterVec
	handovers  prometheus.Counter
	deliveries *prometheus.CounterVec
	errors     *prometheus.CounterVec
	opt        Options
}

var _ conversation.Observer = (*Metrics)(nil)

// New returns the metrics of a service whose state is in store; a nil
// store leaves out the metrics read from it.
func New(store Store, opt Options) *Metrics {
	if opt.ResidentPlatform == "" {
		opt.ResidentPlatform = "telegram"
	}
	if opt.DeskPlatform == "" {
		opt.DeskPlatform = "discord"
	}
	if opt.ScrapeTimeout <= 0 {
		opt.ScrapeTimeout = 5 * time.Second
	}
	if opt.Now == nil {
		opt.Now = time.Now
	}
	m := &Metrics{
		reg: prometheus.NewRegistry(),
		opt: opt,
		questions: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "pimmsbot_questions_total",
			Help: "Questions asked to the bot, by outcome: answer, clarify, unknown, or an intent id.",
		}, []string{"outcome"}),
		handovers: prometheus.NewCounter(prometheus.CounterOpts{
			Name: "pimmsbot_handovers_total",
			Help: "Tickets opened for a mediator.",
		}),
		deliveries: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "pimmsbot_deliveries_total",
			Help: "Delivery attempts of outbox items, by platform and kind.",
		}, []string{"platform", "kind"}),
		errors: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "pimmsbot_delivery_errors_total",
			Help: "Failed delivery attempts (API errors), by platform, kind and error code.",
		}, []string{"platform", "kind", "code"}),
	}
	// Known outcomes start at zero, so that rate() works from the start.
	for _, o := range []conversation.Outcome{conversation.OutcomeAnswer, conversation.OutcomeClarify, conversation.OutcomeUnknown} {
		m.questions.WithLabelValues(string(o))
	}
	m.reg.MustRegister(m.questions, m.handovers, m.deliveries, m.errors,
		collectors.NewGoCollector(), collectors.NewProcessCollector(collectors.ProcessCollectorOpts{}))
	if store != nil {
		m.reg.MustRegister(&storeCollector{store: store, opt: opt})
	}
	return m
}

// Question counts a question by outcome.
func (m *Metrics) Question(outcome conversation.Outcome) {
	m.questions.WithLabelValues(string(outcome)).Inc()
}

// Handover counts a ticket opened.
func (m *Metrics) Handover() { m.handovers.Inc() }

// Delivery counts a delivery attempt, and an error when code is not "".
func (m *Metrics) Delivery(kind conversation.OutKind, code string) {
	platform := m.opt.DeskPlatform
	if kind == conversation.OutReply {
		platform = m.opt.ResidentPlatform
	}
	m.deliveries.WithLabelValues(platform, string(kind)).Inc()
	if code != "" {
		m.errors.WithLabelValues(platform, string(kind), code).Inc()
	}
}

// Registry returns the registry holding the metrics.
func (m *Metrics) Registry() *prometheus.Registry { return m.reg }

// Handler serves the metrics in the Prometheus text format.
func (m *Metrics) Handler() http.Handler {
	return promhttp.HandlerFor(m.reg, promhttp.HandlerOpts{ErrorHandling: promhttp.ContinueOnError})
}

// storeCollector reads the store at each scrape.
type storeCollector struct {
	store Store
	opt   Options
}

var (
	descOpen = prometheus.NewDesc("pimmsbot_tickets_open",
		"Tickets waiting for a mediator or claimed by one.", []string{"status"}, nil)
	descOldest = prometheus.NewDesc("pimmsbot_ticket_oldest_waiting_seconds",
		"Age of the oldest ticket waiting unclaimed, 0 when none.", nil, nil)
	descWait = prometheus.NewDesc("pimmsbot_ticket_wait_seconds",
		"Time from a handover request to a mediator's claim, of every stored ticket claimed.", nil, nil)
	descHandling = prometheus.NewDesc("pimmsbot_ticket_handling_seconds",
		"Time from a mediator's claim to the close, of every stored ticket closed after a claim.", nil, nil)
	descOutbox = prometheus.NewDesc("pimmsbot_outbox_items",
		"Outbox items waiting for delivery or a retry.", nil, nil)
	descOutboxOldest = prometheus.NewDesc("pimmsbot_outbox_oldest_seconds",
		"Age of the oldest outbox item, 0 when none.", nil, nil)
	descUp = prometheus.NewDesc("pimmsbot_store_up",
		"1 when this scrape could read the store and its last write succeeded, else 0.", nil, nil)
)

func (c *storeCollector) Describe(ch chan<- *prometheus.Desc) {
	for _, d := range []*prometheus.Desc{descOpen, descOldest, descWait, descHandling, descOutbox, descOutboxOldest, descUp} {
		ch <- d
	}
}

// histogram accumulates a constant histogram.
type histogram struct {
	count   uint64
	sum     float64
	buckets map[float64]uint64
}

func newHistogram() *histogram {
	h := &histogram{buckets: make(map[float64]uint64, len(TicketBuckets))}
	for _, b := range TicketBuckets {
		h.buckets[b] = 0
	}
	return h
}

func (h *histogram) observe(d time.Duration) {
	v := max(d.Seconds(), 0)
	h.count++
	h.sum += v
	for _, b := range TicketBuckets {
		if v <= b {
			h.buckets[b]++
		}
	}
}

func (c *storeCollector) Collect(ch chan<- prometheus.Metric) {
	ctx, cancel := context.WithTimeout(context.Background(), c.opt.ScrapeTimeout)
	defer cancel()
	now := c.opt.Now()
	waiting, claimed := 0, 0
	var oldest time.Duration
	wait, handling := newHistogram(), newHistogram()
	err := c.store.ForEachTicket(ctx, func(t conversation.Ticket) error {
		switch t.Status {
		case conversation.TicketWaiting:
			waiting++
			oldest = max(oldest, now.Sub(t.Requested))
		case conversation.TicketClaimed:
			claimed++
		}
		if !t.Claimed.IsZero() {
			wait.observe(t.Claimed.Sub(t.Requested))
			if !t.Closed.IsZero() {
				handling.observe(t.Closed.Sub(t.Claimed))
			}
		}
		return nil
	})
	var items []conversation.Outgoing
	if err == nil {
		items, err = c.store.Outbox(ctx)
	}
	if err != nil {
		ch <- prometheus.MustNewConstMetric(descUp, prometheus.GaugeValue, 0)
		return
	}
	up := 1.0
	if c.store.Writable() != nil {
		up = 0
	}
	ch <- prometheus.MustNewConstMetric(descUp, prometheus.GaugeValue, up)
	ch <- prometheus.MustNewConstMetric(descOpen, prometheus.GaugeValue, float64(waiting), string(conversation.TicketWaiting))
	ch <- prometheus.MustNewConstMetric(descOpen, prometheus.GaugeValue, float64(claimed), string(conversation.TicketClaimed))
	ch <- prometheus.MustNewConstMetric(descOldest, prometheus.GaugeValue, oldest.Seconds())
	ch <- prometheus.MustNewConstHistogram(descWait, wait.count, wait.sum, wait.buckets)
	ch <- prometheus.MustNewConstHistogram(descHandling, handling.count, handling.sum, handling.buckets)
	var outboxOldest time.Duration
	for _, o := range items {
		outboxOldest = max(outboxOldest, now.Sub(o.Created))
	}
	ch <- prometheus.MustNewConstMetric(descOutbox, prometheus.GaugeValue, float64(len(items)))
	ch <- prometheus.MustNewConstMetric(descOutboxOldest, prometheus.GaugeValue, outboxOldest.Seconds())
}
