package report

import (
	"bytes"
	"context"
	"log/slog"
	"time"

	"pimmsbot/internal/conversation"
)

// An Announcer posts a message with files to the mediators' channel.
// *discord.Desk implements it.
type Announcer interface {
	Announce(ctx context.Context, title, text string, files []*conversation.Attachment) error
}

// MonthlyStore is what the monthly poster reads, and where it records its
// posts. The bbolt store (package bolt) implements it.
type MonthlyStore interface {
	Source
	// Done reports whether the task named key was marked done, and when.
	Done(ctx context.Context, key string) (time.Time, bool, error)
	MarkDone(ctx context.Context, key string, at time.Time) error
	// FirstActivity returns when the first conversation ever recorded
	// started, and false when there was none.
	FirstActivity(ctx context.Context) (time.Time, bool, error)
}

// MonthlyCheckEvery is how often serve checks whether the monthly report
// is due; the first check comes MonthlyFirstCheck after the start, once
// the desk is connected and the backlog of the outbox delivered.
const (
	MonthlyCheckEvery = 10 * time.Minute
	MonthlyFirstCheck = 2 * time.Minute
)

// Monthly posts the previous month's report to the mediators on the first
// opening day of each month, once: the post is recorded in the store (key
// "monthly-report:YYYY-MM"), so a restart does not post it again. A month
// that ended before the first conversation has no report: a bot started
// on the 6th does not post an empty report of the month before.
type Monthly struct {
	Store MonthlyStore
	Desk  Announcer
	Site  Site
	// Names returns the names of the FAQ in use, reloads included.
	Names func() Names
	Now   func() time.Time
	Log   *slog.Logger
}

// due returns the month whose report is due at now: the previous month,
// from the first opening of the current month on. A site closed all month
// long gets it on the 1st.
func (m *Monthly) due(now time.Time) time.Time {
	start, _ := MonthRange(now, m.Site.Location)
	first := start
	if h := m.Site.Hours; h != nil && !h.OpenAt(start) {
		if t, ok := h.NextOpening(start); ok && t.Month() == start.Month() {
			first = t
		}
	}
	if now.Before(first) {
		return time.Time{}
	}
	return start.AddDate(0, -1, 0)
}

// monthlyKey names the record of month's post.
func monthlyKey(month time.Time) string { return "monthly-report:" + month.Format("2006-01") }

// Tick posts the report that is due, if any and not posted yet, and
// records the post. It reports whether it recorded one (a post found on
// Discord from an attempt whose record was lost counts).
func (m *Monthly) Tick(ctx context.Context) (bool, error) {
	now := m.Now()
	month := m.due(now)
	if month.IsZero() {
		return false, nil
	}
	key := monthlyKey(month)
	if _, done, err := m.Store.Done(ctx, key); err != nil || done {
		return false, err
	}
	first, ok, err := m.Store.FirstActivity(ctx)
	if err != nil {
		return false, err
	}
	if _, end := MonthRange(month, m.Site.Location); !ok || !first.Before(end) {
		return false, nil // the bot served nobody yet by the month's end
	}
	rep, err := m.Site.Month(ctx, m.Store, m.Names(), month, now)
	if err != nil {
		return false, err
	}
	files, err := rep.attachments()
	if err != nil {
		return false, err
	}
	title := "Rapport d'activité – " + monthName(month)
	if err := m.Desk.Announce(ctx, title, rep.Summary(), files); err != nil {
		return false, err
	}
	if err := m.Store.MarkDone(ctx, key, now); err != nil {
		return true, err
	}
	m.Log.Info("monthly report posted", "month", month.Format("2006-01"), "conversations", rep.Current.Conversations)
	return true, nil
}

// attachments are the files of the monthly post: the main chart as PNG
// and the whole report as HTML.
func (m *Month) attachments() ([]*conversation.Attachment, error) {
	var page bytes.Buffer
	if err := m.WriteHTML(&page); err != nil {
		return nil, err
	}
	chart, err := m.MainChartPNG()
	if err != nil {
		return nil, err
	}
	ym := m.Current.From.Format("2006-01")
	return []*conversation.Attachment{
		{Name: "questions-par-theme-" + ym + ".png", MIME: "image/png", Data: chart},
		{Name: m.FileName(".html"), MIME: "text/html; charset=utf-8", Data: page.Bytes()},
	}, nil
}

// Run checks after first, then every period, until ctx is done. A failed
// post is tried again at the next check.
func (m *Monthly) Run(ctx context.Context, first, every time.Duration) {
	timer := time.NewTimer(first)
	defer timer.Stop()
	for {
		select {
		case <-ctx.Done():
			return
		case <-timer.C:
		}
		if _, err := m.Tick(ctx); err != nil && ctx.Err() == nil {
			m.Log.Warn("monthly report not posted yet", "err", err)
		}
		timer.Reset(every)
	}
}
