package report_test

import (
	"context"
	"encoding/json"
	"testing"
	"time"

	"pimmsbot/internal/bolt"
	"pimmsbot/internal/conversation"
	"pimmsbot/internal/report"
	"pimmsbot/internal/report/reporttest"
)

// fullScan hides the store's reads by period: the reports then read
// every conversation and ticket, as they did before the index of periods.
type fullScan struct{ report.Source }

// periodsFixture is monthFixture's October and November, then December,
// with tickets requested in December for a conversation of October and
// for a conversation that is not stored.
func periodsFixture(t *testing.T) (*bolt.Store, report.MonthOptions) {
	store, opt := monthFixture(t, 120)
	ctx := context.Background()
	var last uint64
	store.ForEachConversation(ctx, func(c conversation.Conversation) error { last = c.ID; return nil })
	december := november.AddDate(0, 1, 0)
	next, err := reporttest.Seed(ctx, store, reporttest.Options{Month: december, Conversations: 40, Entries: []string{"x"}, FirstID: last + 1, Seed: 3})
	if err != nil {
		t.Fatal(err)
	}
	late := december.Add(50 * time.Hour)
	err = store.Commit(ctx, &conversation.Change{Tickets: []conversation.Ticket{
		{Number: next, Conversation: 1, Label: "Usager 1", Status: conversation.TicketClosed, Requested: late, Claimed: late.Add(time.Minute), Closed: late.Add(time.Hour), Rating: 5},
		{Number: next + 1, Conversation: 99999, Label: "Usager 2", Status: conversation.TicketClosed, Requested: late, Claimed: late.Add(3 * time.Minute), Closed: late.Add(time.Hour), Rating: 1},
	}})
	if err != nil {
		t.Fatal(err)
	}
	return store, opt
}

func sameJSON(t *testing.T, what string, got, want any) {
	t.Helper()
	g, _ := json.Marshal(got)
	w, _ := json.Marshal(want)
	if string(g) != string(w) {
		t.Errorf("%s by period:\n%s\nby full scan:\n%s", what, g, w)
	}
}

// TestStatsByPeriod checks that stats read by period count what the full
// scans count, for several periods and splits.
func TestStatsByPeriod(t *testing.T) {
	store, opt := periodsFixture(t)
	ctx := context.Background()
	loc := opt.Location
	for _, p := range [][2]time.Time{
		{october, november}, {november, november.AddDate(0, 1, 0)}, {november.AddDate(0, 1, 0), november.AddDate(0, 2, 0)},
		{october.AddDate(0, 0, 10), november.AddDate(0, 0, 3)}, {october, november.AddDate(0, 2, 0)},
		{november.AddDate(0, 1, 2), november.AddDate(0, 1, 3)}, {october.AddDate(-1, 0, 0), october},
	} {
		for _, by := range []report.By{report.ByNone, report.ByTheme, report.ByWeek} {
			o := report.Options{From: p[0], To: p[1], By: by, Location: loc}
			got, err := report.ReadStats(ctx, store, o)
			if err != nil {
				t.Fatal(err)
			}
			want, err := report.ReadStats(ctx, fullScan{store}, o)
			if err != nil {
				t.Fatal(err)
			}
			sameJSON(t, p[0].Format(time.DateOnly)+" "+string(by), got.Rows(), want.Rows())
		}
	}
}

// TestMonthByPeriod checks that the monthly report read by period is the
// one the full scans give, for each month and the prior one.
func TestMonthByPeriod(t *testing.T) {
	store, opt := periodsFixture(t)
	ctx := context.Background()
	for _, m := range []time.Time{october, november, november.AddDate(0, 1, 0), november.AddDate(0, 2, 0)} {
		opt.Month = m
		got, err := report.BuildMonth(ctx, store, opt)
		if err != nil {
			t.Fatal(err)
		}
		want, err := report.BuildMonth(ctx, fullScan{store}, opt)
		if err != nil {
			t.Fatal(err)
		}
		sameJSON(t, m.Format("2006-01"), got, want)
		if m.Equal(november) && got.Current.Conversations == 0 {
			t.Error("November: no conversation read")
		}
	}
}
