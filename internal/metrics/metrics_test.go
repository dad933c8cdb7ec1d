package metrics_test

import (
	"context"
	"errors"
	"io"
	"net/http/httptest"
	"strings"
	"testing"
	"time"

	"pimmsbot/internal/conversation"
	"pimmsbot/internal/metrics"
)

type fakeStore struct {
	tickets  []conversation.Ticket
	outbox   []conversation.Outgoing
	err      error
	writeErr error
}

func (s *fakeStore) Writable() error { return s.writeErr }

func (s *fakeStore) ForEachTicket(ctx context.Context, fn func(conversation.Ticket) error) error {
	if s.err != nil {
		return s.err
	}
	for _, t := range s.tickets {
		if err := fn(t); err != nil {
			return err
		}
	}
	return nil
}

func (s *fakeStore) Outbox(ctx context.Context) ([]conversation.Outgoing, error) {
	return s.outbox, s.err
}

func scrape(t *testing.T, m *metrics.Metrics) string {
	t.Helper()
	rec := httptest.NewRecorder()
	m.Handler().ServeHTTP(rec, httptest.NewRequest("GET", "/metrics", nil))
	body, _ := io.ReadAll(rec.Body)
	if rec.Code != 200 {
		t.Fatalf("status %d: %s", rec.Code, body)
	}
	return string(body)
}

func TestMetrics(t *testing.T) {
	now := time.Date(2025, 3, 3, 12, 0, 0, 0, time.UTC)
	store := &fakeStore{
		tickets: []conversation.Ticket{
			{Number: 1, Status: conversation.TicketClosed, Requested: now.Add(-2 * time.Hour),
				Claimed: now.Add(-2*time.Hour + 4*time.Minute), Closed: now.Add(-time.Hour)},
			{Number: 2, Status: conversation.TicketClaimed, Requested: now.Add(-time.Hour), Claimed: now.Add(-20 * time.Minute)},
			{Number: 3, Status: conversation.TicketWaiting, Requested: now.Add(-30 * time.Minute)},
			{Number: 4, Status: conversation.TicketWaiting, Requested: now.Add(-10 * time.Minute)},
		},
		outbox: []conversation.Outgoing{{ID: 1, Created: now.Add(-90 * time.Second)}, {ID: 2, Created: now}},
	}
	m := metrics.New(store, metrics.Options{Now: func() time.Time { return now }})
	m.Question(conversation.OutcomeAnswer)
	m.Question(conversation.OutcomeAnswer)
	m.Question("greeting")
	m.Handover()
	m.Delivery(conversation.OutReply, "")
	m.Delivery(conversation.OutReply, conversation.ETEMPORARY)
	m.Delivery(conversation.OutDeskPost, conversation.EGONE)
	out := scrape(t, m)
	for _, want := range []string{
		`pimmsbot_questions_total{outcome="answer"} 2`,
		`pimmsbot_questions_total{outcome="unknown"} 0`,
		`pimmsbot_questions_total{outcome="greeting"} 1`,
		`pimmsbot_handovers_total 1`,
		`pimmsbot_deliveries_total{kind="reply",platform="telegram"} 2`,
		`pimmsbot_delivery_errors_total{code="temporary",kind="reply",platform="telegram"} 1`,
		`pimmsbot_delivery_errors_total{code="gone",kind="desk-post",platform="discord"} 1`,
		`pimmsbot_tickets_open{status="waiting"} 2`,
		`pimmsbot_tickets_open{status="claimed"} 1`,
		`pimmsbot_ticket_oldest_waiting_seconds 1800`,
		`pimmsbot_ticket_wait_seconds_bucket{le="300"} 1`,
		`pimmsbot_ticket_wait_seconds_bucket{le="3600"} 2`,
		`pimmsbot_ticket_wait_seconds_count 2`,
		`pimmsbot_ticket_handling_seconds_count 1`,
		`pimmsbot_outbox_items 2`,
		`pimmsbot_outbox_oldest_seconds 90`,
		`pimmsbot_store_up 1`,
		`# TYPE go_goroutines gauge`,
	} {
		if !strings.Contains(out, want+"\n") {
			t.Errorf("metrics lack %s", want)
		}
	}
	if t.Failed() {
		t.Log(out)
	}
}

func TestMetricsStoreDown(t *testing.T) {
	m := metrics.New(&fakeStore{err: errors.New("closed")}, metrics.Options{})
	out := scrape(t, m)
	if !strings.Contains(out, "pimmsbot_store_up 0") || strings.Contains(out, "pimmsbot_tickets_open") {
		t.Errorf("store down:\n%s", out)
	}
}

func TestMetricsDiskFull(t *testing.T) {
	store := &fakeStore{writeErr: errors.New("no space left on device")}
	m := metrics.New(store, metrics.Options{})
	if out := scrape(t, m); !strings.Contains(out, "pimmsbot_store_up 0") {
		t.Errorf("disk full:\n%s", out)
	}
	store.writeErr = nil
	if out := scrape(t, m); !strings.Contains(out, "pimmsbot_store_up 1") {
		t.Errorf("disk with room again:\n%s", out)
	}
}
