package report_test

import (
	"bytes"
	"context"
	"image/png"
	"log/slog"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"pimmsbot/internal/bolt"
	"pimmsbot/internal/catalog/catalogtest"
	"pimmsbot/internal/conversation"
	"pimmsbot/internal/discord"
	"pimmsbot/internal/discord/discordtest"
	"pimmsbot/internal/fakeclock"
	"pimmsbot/internal/hours"
	"pimmsbot/internal/report"
	"pimmsbot/internal/report/reporttest"
)

// The store and the Discord desk are what serve gives the monthly poster.
var (
	_ report.MonthlyStore = (*bolt.Store)(nil)
	_ report.Announcer    = (*discord.Desk)(nil)
)

// The monthly report goes to the mediators' forum on the first opening
// day of the month, once: not before the site opens, not twice in the
// day, not again after a restart, not again when the record of the post
// was lost (the thread is there), and the next month's comes in turn.
func TestMonthlyReportPostedOnce(t *testing.T) {
	ctx := context.Background()
	dc := discordtest.New(t)
	const channel, role = "800000000000000001", "800000000000000002"
	dc.AddChannel(discordtest.Channel{ID: channel, Name: "demandes", Type: discordtest.TypeForum})
	h, err := hours.Parse("lun-ven 09:00-12:30,13:30-17:00", nil, paris)
	if err != nil {
		t.Fatal(err)
	}
	site := report.Site{Name: "PIMMS Test", Location: paris, Hours: h, RetentionDays: 180}
	cat := catalogtest.FAQ(t)
	var ids []string
	for _, e := range cat.Entries {
		ids = append(ids, e.ID)
	}
	seed := func(path string) {
		store, err := bolt.Open(path, bolt.Options{NoSync: true})
		if err != nil {
			t.Fatal(err)
		}
		defer store.Close()
		next, err := reporttest.Seed(ctx, store, reporttest.Options{
			Month: time.Date(2026, 10, 1, 0, 0, 0, 0, paris), Conversations: 120, Entries: ids, Seed: 1})
		if err == nil {
			_, err = reporttest.Seed(ctx, store, reporttest.Options{
				Month: time.Date(2026, 11, 1, 0, 0, 0, 0, paris), Conversations: 150, Entries: ids, FirstID: next, Seed: 2})
		}
		if err != nil {
			t.Fatal(err)
		}
	}
	dbPath := filepath.Join(t.TempDir(), "pimms.db")
	seed(dbPath)

	// Sunday 1 November 2026: closed. The first opening is Monday 2 at 9 h.
	clock := fakeclock.New(time.Date(2026, 11, 1, 10, 0, 0, 0, paris))
	// start is serve's start: the store, the real Discord desk on the
	// fake, the monthly poster. It returns a stop func.
	start := func(path string) (*report.Monthly, func()) {
		store, err := bolt.Open(path, bolt.Options{})
		if err != nil {
			t.Fatal(err)
		}
		desk, err := discord.New(discord.Config{Token: discordtest.Token, GuildID: discordtest.GuildID,
			ChannelID: channel, MediatorRoleID: role, APIURL: dc.URL, Location: paris, Logger: slog.New(slog.DiscardHandler)})
		if err != nil {
			t.Fatal(err)
		}
		names := func() report.Names { return faqNames(cat) }
		return &report.Monthly{Store: store, Desk: desk, Site: site, Names: names, Now: clock.Now,
			Log: slog.New(slog.DiscardHandler)}, func() { store.Close() }
	}
	tick := func(m *report.Monthly, want bool) {
		t.Helper()
		posted, err := m.Tick(ctx)
		if err != nil {
			t.Fatalf("%s: %v", clock.Now(), err)
		}
		if posted != want {
			t.Fatalf("%s: posted = %v, want %v", clock.Now(), posted, want)
		}
	}

	m, stop := start(dbPath)
	tick(m, false)
	clock.Set(time.Date(2026, 11, 2, 8, 59, 0, 0, paris))
	tick(m, false)
	clock.Set(time.Date(2026, 11, 2, 9, 0, 0, 0, paris))
	tick(m, true)
	clock.Add(10 * time.Minute)
	tick(m, false)
	stop()

	threads := dc.Threads(channel)
	if len(threads) != 1 || threads[0].Name != "Rapport d'activité – octobre 2026" {
		t.Fatalf("threads = %+v", threads)
	}
	msgs := dc.Messages(threads[0].ID)
	if len(msgs) != 1 {
		t.Fatalf("%d messages in the report's thread", len(msgs))
	}
	post := msgs[0]
	for _, want := range []string{"120 conversations", "octobre 2026", "relais à un médiateur", "Le rapport complet est joint"} {
		if !strings.Contains(post.Content, want) {
			t.Errorf("the summary lacks %q:\n%s", want, post.Content)
		}
	}
	files := map[string][]byte{}
	for _, f := range post.Files {
		files[f.Name] = f.Data
	}
	if _, err := png.Decode(bytes.NewReader(files["questions-par-theme-2026-10.png"])); err != nil {
		t.Errorf("the chart: %v", err)
	}
	if page := files["rapport-2026-10.html"]; !bytes.Contains(page, []byte("<svg")) || !bytes.Contains(page, []byte("octobre 2026")) {
		t.Errorf("the report attached: %d bytes", len(page))
	}

	// A restart the same day: nothing again.
	clock.Set(time.Date(2026, 11, 2, 14, 0, 0, 0, paris))
	m, stop = start(dbPath)
	tick(m, false)
	stop()

	// The record lost (another copy of the data, without it): the thread
	// is found on Discord and not posted again.
	other := filepath.Join(t.TempDir(), "copie.db")
	seed(other)
	m, stop = start(other)
	tick(m, true)
	stop()
	if n := len(dc.Threads(channel)); n != 1 {
		t.Fatalf("%d threads after the record was lost, want 1", n)
	}

	// Tuesday 1 December at 9 h: November's report.
	clock.Set(time.Date(2026, 12, 1, 9, 0, 0, 0, paris))
	m, stop = start(dbPath)
	tick(m, true)
	tick(m, false)
	stop()
	threads = dc.Threads(channel)
	if len(threads) != 2 || threads[1].Name != "Rapport d'activité – novembre 2026" {
		t.Fatalf("threads = %+v", threads)
	}
	if msgs := dc.Messages(threads[1].ID); len(msgs) != 1 || !strings.Contains(msgs[0].Content, "150 conversations") {
		t.Errorf("November's post: %+v", msgs)
	}
}

// recordingDesk is an Announcer that keeps the titles it was given.
type recordingDesk struct{ titles []string }

func (d *recordingDesk) Announce(_ context.Context, title, _ string, _ []*conversation.Attachment) error {
	d.titles = append(d.titles, title)
	return nil
}

// A bot started on 6 December posts no report of November, when it served
// nobody; its first month, December, gets one on 1 January. The first
// conversation is remembered after the purge has taken it.
func TestMonthlyReportNotBeforeTheFirstConversation(t *testing.T) {
	ctx := context.Background()
	store, err := bolt.Open(filepath.Join(t.TempDir(), "pimms.db"), bolt.Options{NoSync: true})
	if err != nil {
		t.Fatal(err)
	}
	defer store.Close()
	cat := catalogtest.FAQ(t)
	clock := fakeclock.New(time.Date(2026, 12, 6, 10, 0, 0, 0, paris))
	desk := &recordingDesk{}
	m := &report.Monthly{Store: store, Desk: desk, Site: report.Site{Name: "PIMMS Test", Location: paris, RetentionDays: 30},
		Names: func() report.Names { return faqNames(cat) }, Now: clock.Now, Log: slog.New(slog.DiscardHandler)}
	if posted, err := m.Tick(ctx); err != nil || posted {
		t.Fatalf("6 December, empty file: posted = %v, %v; want no report of November", posted, err)
	}
	if _, err := reporttest.Seed(ctx, store, reporttest.Options{
		Month: time.Date(2026, 12, 1, 0, 0, 0, 0, paris), Conversations: 5, Entries: []string{cat.Entries[0].ID}, Seed: 3}); err != nil {
		t.Fatal(err)
	}
	if posted, err := m.Tick(ctx); err != nil || posted {
		t.Fatalf("6 December, conversations in December only: posted = %v, %v; want no report of November", posted, err)
	}
	if _, err := store.Purge(ctx, time.Date(2027, 1, 31, 0, 0, 0, 0, paris)); err != nil {
		t.Fatal(err)
	}
	clock.Set(time.Date(2027, 1, 1, 10, 0, 0, 0, paris))
	if posted, err := m.Tick(ctx); err != nil || !posted {
		t.Fatalf("1 January: posted = %v, %v; want December's report", posted, err)
	}
	if len(desk.titles) != 1 || desk.titles[0] != "Rapport d'activité – décembre 2026" {
		t.Errorf("reports posted: %q", desk.titles)
	}
}
