package main

import (
	"bytes"
	"context"
	"fmt"
	"log/slog"
	"time"

	"pimmsbot/internal/bolt"
	"pimmsbot/internal/catalog"
	"pimmsbot/internal/conversation"
	"pimmsbot/internal/hours"
	"pimmsbot/internal/report"
)

// announcer posts a message with files to the mediators' channel.
// *discord.Desk implements it.
type announcer interface {
	Announce(ctx context.Context, title, text string, files []*conversation.Attachment) error
}

// monthlyCheckEvery is how often serve checks whether the monthly report
// is due; the first check comes monthlyFirstCheck after the start, once
// the desk is connected and the backlog of the outbox delivered.
const (
	monthlyCheckEvery = 10 * time.Minute
	monthlyFirstCheck = 2 * time.Minute
)

// monthly posts the previous month's report to the mediators on the first
// opening day of each month, once: the post is recorded in the database
// (key "monthly-report:YYYY-MM"), so a restart does not post it again.
type monthly struct {
	cfg     *Config
	store   *bolt.Store
	desk    announcer
	catalog func() *catalog.Catalog // the FAQ in use (reloads included)
	hours   *hours.Schedule
	now     func() time.Time
	log     *slog.Logger
}

// due returns the month whose report is due at now: the previous month,
// from the first opening of the current month on. A site closed all month
// long gets it on the 1st.
func (m *monthly) due(now time.Time) time.Time {
	loc := m.cfg.Location()
	start, _ := report.MonthRange(now, loc)
	first := start
	if !m.hours.OpenAt(start) {
		if t, ok := m.hours.NextOpening(start); ok && t.Month() == start.Month() {
			first = t
		}
	}
	if now.Before(first) {
		return time.Time{}
	}
	return start.AddDate(0, -1, 0)
}

// doneKey names the record of month's post.
func monthlyKey(month time.Time) string { return "monthly-report:" + month.Format("2006-01") }

// tick posts the report that is due, if any and not posted yet, and
// records the post. It reports whether it recorded one (a post found on
// Discord from an attempt whose record was lost counts).
func (m *monthly) tick(ctx context.Context) (bool, error) {
	now := m.now()
	month := m.due(now)
	if month.IsZero() {
		return false, nil
	}
	key := monthlyKey(month)
	if _, done, err := m.store.Done(ctx, key); err != nil || done {
		return false, err
	}
	rep, err := monthReport(ctx, m.cfg, m.catalog(), m.store, month, now)
	if err != nil {
		return false, err
	}
	var page bytes.Buffer
	if err := rep.WriteHTML(&page); err != nil {
		return false, err
	}
	chart, err := rep.MainChartPNG()
	if err != nil {
		return false, err
	}
	ym := month.Format("2006-01")
	files := []*conversation.Attachment{
		{Name: "questions-par-theme-" + ym + ".png", MIME: "image/png", Data: chart},
		{Name: "rapport-" + ym + ".html", MIME: "text/html; charset=utf-8", Data: page.Bytes()},
	}
	title := fmt.Sprintf("Rapport d'activité – %s", frenchMonth(month))
	if err := m.desk.Announce(ctx, title, rep.Summary(), files); err != nil {
		return false, err
	}
	if err := m.store.MarkDone(ctx, key, now); err != nil {
		return true, err
	}
	m.log.Info("monthly report posted", "month", ym, "conversations", rep.Current.Conversations)
	return true, nil
}

// run checks after first, then every period, until ctx is done. A failed
// post is tried again at the next check.
func (m *monthly) run(ctx context.Context, first, every time.Duration) {
	timer := time.NewTimer(first)
	defer timer.Stop()
	for {
		select {
		case <-ctx.Done():
			return
		case <-timer.C:
		}
		if _, err := m.tick(ctx); err != nil && ctx.Err() == nil {
			m.log.Warn("monthly report not posted yet", "err", err)
		}
		timer.Reset(every)
	}
}

var frenchMonths = [...]string{"janvier", "février", "mars", "avril", "mai", "juin", "juillet",
	"août", "septembre", "octobre", "novembre", "décembre"}

// frenchMonth writes "novembre 2026".
func frenchMonth(t time.Time) string {
	return fmt.Sprintf("%s %d", frenchMonths[t.Month()-1], t.Year())
}
