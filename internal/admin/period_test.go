package admin_test

import (
	"context"
	"errors"
	"reflect"
	"testing"
	"time"

	"pimmsbot/internal/conversation"
	"pimmsbot/internal/report"
)

// TestReadsByPeriod reads through the socket the conversations, tickets
// and starts of several periods, and finds what the store reads.
func TestReadsByPeriod(t *testing.T) {
	ctx := context.Background()
	store := filled(t, 700) // conversations an hour apart, over a month
	c, _ := serveSocket(t, backend{store})
	t0 := time.Date(2026, 3, 1, 9, 0, 0, 0, time.UTC)
	for _, p := range [][2]time.Time{
		{t0, t0.Add(24 * time.Hour)}, {t0.Add(100 * time.Hour), t0.Add(650 * time.Hour)},
		{t0.AddDate(0, 2, 0), t0.AddDate(0, 3, 0)}, {time.Time{}, t0.AddDate(1, 0, 0)},
	} {
		var convs, wantConvs []uint64
		var tickets, wantTickets []uint64
		err := errors.Join(
			c.ForEachConversationIn(ctx, p[0], p[1], func(v conversation.Conversation) error { convs = append(convs, v.ID); return nil }),
			store.ForEachConversationIn(ctx, p[0], p[1], func(v conversation.Conversation) error { wantConvs = append(wantConvs, v.ID); return nil }),
			c.ForEachTicketIn(ctx, p[0], p[1], func(v conversation.Ticket) error { tickets = append(tickets, v.Number); return nil }),
			store.ForEachTicketIn(ctx, p[0], p[1], func(v conversation.Ticket) error { wantTickets = append(wantTickets, v.Number); return nil }),
		)
		if err != nil {
			t.Fatal(err)
		}
		// Conversation i starts at t0 + i hours.
		n := 0
		for i := 1; i <= 700; i++ {
			if at := t0.Add(time.Duration(i) * time.Hour); !at.Before(p[0]) && at.Before(p[1]) {
				n++
			}
		}
		if len(convs) != n || len(tickets) != n {
			t.Errorf("%s to %s: %d conversations and %d tickets through the socket; want %d", p[0], p[1], len(convs), len(tickets), n)
		}
		equalIDs(t, convs, wantConvs)
		equalIDs(t, tickets, wantTickets)
	}
	var starts int
	err := c.ForEachConversationStart(ctx, t0.Add(10*time.Hour+time.Minute), func(id uint64, resident string, started time.Time) error {
		if starts++; resident == "" || !started.Equal(t0.Add(time.Duration(id)*time.Hour)) {
			t.Errorf("start %d: %q at %s", id, resident, started)
		}
		return nil
	})
	if err != nil || starts != 10 {
		t.Errorf("starts before the 11th hour: %d, %v; want 10", starts, err)
	}
}

// TestSummariesByPeriod reads the summaries of several periods through the
// socket, so that stats beside the bot walk the index of periods in the
// service instead of reading every record, and finds what the store gives.
func TestSummariesByPeriod(t *testing.T) {
	ctx := context.Background()
	store := filled(t, 300)
	c, _ := serveSocket(t, backend{store})
	var _ report.Summaries = c // stats and the monthly report read summaries from it
	t0 := time.Date(2026, 3, 1, 9, 0, 0, 0, time.UTC)
	for _, p := range [][2]time.Time{{t0, t0.Add(24 * time.Hour)}, {t0.Add(100 * time.Hour), t0.Add(250 * time.Hour)}, {time.Time{}, t0.AddDate(1, 0, 0)}} {
		var got, want []conversation.Conversation
		err := errors.Join(
			c.ForEachConversationSummaryIn(ctx, p[0], p[1], func(v conversation.Conversation) error { got = append(got, v); return nil }),
			store.ForEachConversationSummaryIn(ctx, p[0], p[1], func(v conversation.Conversation) error { want = append(want, v); return nil }),
		)
		if err != nil {
			t.Fatal(err)
		}
		if len(got) == 0 || len(got) != len(want) {
			t.Fatalf("%s to %s: %d summaries through the socket, %d from the store", p[0], p[1], len(got), len(want))
		}
		for i := range got {
			g, w := got[i], want[i]
			if !g.Started.Equal(w.Started) {
				t.Errorf("summary %d: started %s, want %s", i, g.Started, w.Started)
			}
			g.Started, w.Started = time.Time{}, time.Time{}
			if !reflect.DeepEqual(g, w) {
				t.Errorf("summary %d: got %+v, want %+v", i, got[i], want[i])
			}
		}
	}
}

func equalIDs(t *testing.T, got, want []uint64) {
	t.Helper()
	if len(got) != len(want) {
		t.Errorf("got %d ids, want %d", len(got), len(want))
		return
	}
	for i := range got {
		if got[i] != want[i] {
			t.Errorf("id %d: got %d, want %d", i, got[i], want[i])
			return
		}
	}
}
