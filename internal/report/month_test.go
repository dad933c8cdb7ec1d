package report_test

import (
	"bytes"
	"context"
	"encoding/csv"
	"html"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"

	"pimmsbot/faq"
	"pimmsbot/internal/bolt"
	"pimmsbot/internal/catalog"
	"pimmsbot/internal/hours"
	"pimmsbot/internal/report"
	"pimmsbot/internal/report/reporttest"
)

var (
	november = time.Date(2026, 11, 1, 0, 0, 0, 0, paris)
	october  = time.Date(2026, 10, 1, 0, 0, 0, 0, paris)
)

const partnersYAML = `
partners:
  EDF / Engie: [energie]
  La Poste: poste
  CAF: [caf, sante]
`

// monthFixture opens a store in dir with n conversations in November 2026
// and n/4 in October, and returns the options of November's report.
// builtMonth builds the report of the month of monthFixture(n).
func builtMonth(t *testing.T, n int) *report.Month {
	t.Helper()
	store, opt := monthFixture(t, n)
	m, err := report.BuildMonth(context.Background(), store, opt)
	if err != nil {
		t.Fatal(err)
	}
	return m
}

func monthFixture(tb testing.TB, n int) (*bolt.Store, report.MonthOptions) {
	tb.Helper()
	cat, err := catalog.Load(faq.FS)
	if err != nil {
		tb.Fatal(err)
	}
	store, err := bolt.Open(filepath.Join(tb.TempDir(), "pimmsbot.db"), bolt.Options{NoSync: true})
	if err != nil {
		tb.Fatal(err)
	}
	tb.Cleanup(func() { store.Close() })
	var ids []string
	for _, e := range cat.Entries {
		ids = append(ids, e.ID)
	}
	ctx := context.Background()
	next, err := reporttest.Seed(ctx, store, reporttest.Options{Month: october, Conversations: n / 4, Entries: ids, Seed: 1})
	if err == nil {
		_, err = reporttest.Seed(ctx, store, reporttest.Options{Month: november, Conversations: n, Entries: ids, FirstID: next, Seed: 2})
	}
	if err != nil {
		tb.Fatal(err)
	}
	return store, MonthOptions(tb, cat)
}

// faqNames are the names of cat for the reports, as serve and the report
// command give them.
func faqNames(cat *catalog.Catalog) report.Names {
	return report.Names{
		Theme: func(id string) string {
			t, _ := cat.Theme(id)
			return t.Label
		},
		EntryTheme: func(id string) string {
			e, _ := cat.Entry(id)
			if e == nil {
				return ""
			}
			return e.Theme
		},
		EntryTitle: func(id string) string {
			e, _ := cat.Entry(id)
			if e == nil {
				return ""
			}
			return e.Title
		},
		Normalize: catalog.Normalize,
	}
}

// MonthOptions are the options of November's report with the FAQ's names.
func MonthOptions(tb testing.TB, cat *catalog.Catalog) report.MonthOptions {
	tb.Helper()
	names := faqNames(cat)
	partners, err := report.ParsePartners([]byte(partnersYAML),
		func(id string) bool { _, ok := cat.Theme(id); return ok },
		func(id string) bool { _, ok := cat.Entry(id); return ok })
	if err != nil {
		tb.Fatal(err)
	}
	h, err := hours.Parse("lun-ven 09:00-12:30,13:30-17:00", nil, paris)
	if err != nil {
		tb.Fatal(err)
	}
	return report.MonthOptions{
		Month: november, Location: paris, Hours: h, Site: "PIMMS de Test", RetentionDays: 180,
		Partners: partners, Names: names, Proposals: 2,
		Generated: time.Date(2026, 12, 1, 9, 0, 0, 0, paris),
	}
}

func TestMonthFigures(t *testing.T) {
	m := builtMonth(t, 1000)
	f, g := m.Current, m.Prior
	if f.Conversations != 1000 || g.Conversations != 250 {
		t.Errorf("conversations = %d, %d; want 1000, 250", f.Conversations, g.Conversations)
	}
	if f.Residents == 0 || f.New+f.Returning != f.Residents || f.Returning == 0 || f.New == 0 {
		t.Errorf("residents = %d: %d new + %d returning", f.Residents, f.New, f.Returning)
	}
	answers := 0
	for _, n := range f.Themes {
		answers += n
	}
	if answers != f.Answered {
		t.Errorf("answers by theme = %d, conversations' answered = %d", answers, f.Answered)
	}
	if f.Handovers == 0 || f.Replied != f.Handovers || len(f.FirstReplies) != f.Handovers {
		t.Errorf("handovers %d, replied %d, times %d", f.Handovers, f.Replied, len(f.FirstReplies))
	}
	med, _ := f.FirstReplyMedian()
	p90, _ := f.FirstReplyP90()
	if med <= 0 || p90 < med || p90 > 91*time.Minute {
		t.Errorf("first reply median %v, p90 %v", med, p90)
	}
	if f.Confirmed == 0 || f.Confirmed > f.Clarified || f.DontKnow == 0 {
		t.Errorf("confirmed %d, clarified %d, don't know %d", f.Confirmed, f.Clarified, f.DontKnow)
	}
	if len(m.TopEntries) != 10 || m.TopEntries[0].Answers < m.TopEntries[9].Answers {
		t.Errorf("top entries = %+v", m.TopEntries)
	}
	if f.Partners["EDF / Engie"] != f.Themes["energie"] {
		t.Errorf("EDF / Engie = %d, energie = %d", f.Partners["EDF / Engie"], f.Themes["energie"])
	}
	for _, g := range m.Groups {
		if g.Count < report.MinGroup {
			t.Errorf("group of %d shown: %q", g.Count, g.Question)
		}
	}
	if m.Isolated == 0 {
		t.Error("no isolated question: the rare ones should be counted without text")
	}
}

func TestMonthHTML(t *testing.T) {
	m := builtMonth(t, 1000)
	var b bytes.Buffer
	if err := m.WriteHTML(&b); err != nil {
		t.Fatal(err)
	}
	raw := b.String()
	page := html.UnescapeString(raw)
	for _, want := range []string{
		`<html lang="fr">`, "Rapport d'activité – novembre 2026", "du 1er novembre 2026 au 30 novembre 2026",
		"octobre 2026", "Questions par thème", "Les dix fiches les plus demandées",
		"EDF / Engie\u00a0: ", " sur le thème Énergie et eau (", "comment faire une procuration pour voter",
		"180\u00a0jours", "Europe/Paris", "2 propositions de fiches attendent", "@media print",
	} {
		if !strings.Contains(page, want) {
			t.Errorf("the page lacks %q", want)
		}
	}
	if n := strings.Count(raw, "<svg"); n != 3 {
		t.Errorf("%d charts, want 3", n)
	}
	for _, bad := range []string{"<script", "<link", " src=", "url(", "<img", "telegram:", "Camille",
		"FR7630006000011234567890189", "unique"} {
		if strings.Contains(raw, bad) {
			t.Errorf("the page contains %q", bad)
		}
	}
	// French typography in the text people read: no plain space before
	// : ; ? ! (styles and charts aside).
	text := regexp.MustCompile(`(?s)<style>.*?</style>|<svg.*?</svg>|<[^>]*>`).ReplaceAllString(page, "")
	if loc := regexp.MustCompile(` [:;?!]`).FindStringIndex(text); loc != nil {
		t.Errorf("plain space before punctuation: %q", text[max(loc[0]-40, 0):loc[1]])
	}
}

func TestMonthCSV(t *testing.T) {
	m := builtMonth(t, 200)
	var b bytes.Buffer
	if err := m.WriteCSV(&b); err != nil {
		t.Fatal(err)
	}
	recs, err := csv.NewReader(&b).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	if strings.Join(recs[0], ",") != strings.Join(report.MonthCSVHeader, ",") {
		t.Errorf("header = %v", recs[0])
	}
	got := map[string][]string{}
	for _, r := range recs[1:] {
		got[r[2]] = r
	}
	if r := got["conversations"]; r == nil || r[0] != "2026-11" || r[4] != "200" || r[5] != "50" {
		t.Errorf("conversations = %v", r)
	}
	if r := got["partner:EDF / Engie"]; r == nil {
		t.Error("no partner line")
	}
	for _, r := range recs {
		if strings.Contains(strings.Join(r, ","), "FR76300060000112") {
			t.Errorf("unmasked secret in %v", r)
		}
	}
}

func TestParsePartnersErrors(t *testing.T) {
	yes := func(id string) bool { return id == "energie" }
	no := func(string) bool { return false }
	if _, err := report.ParsePartners([]byte("partners:\n  EDF: [energy]\n"), yes, no); err == nil ||
		!strings.Contains(err.Error(), "«\u00a0energy\u00a0» n'est ni un thème ni une fiche") {
		t.Errorf("typo: err = %v", err)
	}
	if _, err := report.ParsePartners([]byte("other: 1\n"), yes, no); err == nil {
		t.Error("no partners mapping: no error")
	}
	ps, err := report.ParsePartners([]byte("partners:\n  Z: energie\n  A: [energie]\n"), yes, no)
	if err != nil || len(ps) != 2 || ps[0].Name != "Z" || ps[1].Name != "A" {
		t.Errorf("order kept: %+v, %v", ps, err)
	}
}

// BenchmarkMonth builds the report of a month of 10,000 conversations (and
// 2,500 the month before) and writes its HTML. Goal: under 2 s, under 1 MiB.
func BenchmarkMonth(b *testing.B) {
	store, opt := monthFixture(b, 10_000)
	ctx := context.Background()
	size := 0
	for b.Loop() {
		m, err := report.BuildMonth(ctx, store, opt)
		if err != nil {
			b.Fatal(err)
		}
		var buf bytes.Buffer
		if err := m.WriteHTML(&buf); err != nil {
			b.Fatal(err)
		}
		size = buf.Len()
	}
	b.ReportMetric(float64(size), "html-bytes")
	if size > 1<<20 {
		b.Fatalf("HTML is %d bytes, over 1 MiB", size)
	}
}

// TestMonthHTMLForOne: a month of one conversation says « 1 Conversation »
// (an outside tester read « 1 Conversations (nouveau) »), and the shares,
// rounded, are said to add up to 100 % only « à l'arrondi près ».
func TestMonthHTMLForOne(t *testing.T) {
	m := builtMonth(t, 1)
	var b bytes.Buffer
	if err := m.WriteHTML(&b); err != nil {
		t.Fatal(err)
	}
	page := html.UnescapeString(b.String())
	for _, want := range []string{"<b>1</b><span>Conversation (", "à l'arrondi près"} {
		if !strings.Contains(page, want) {
			t.Errorf("the page lacks %q", want)
		}
	}
	// « 1 questions posées », « en moins de 0 min »: the count agrees, and
	// the delay of 9 requests out of 10 reads as a sentence.
	for _, bad := range []string{"<b>1</b><span>questions", "0 min", "moins de moins"} {
		if strings.Contains(page, bad) {
			i := strings.Index(page, bad)
			t.Errorf("the page holds %q: %q", bad, page[max(i-200, 0):min(i+100, len(page))])
		}
	}
}

// TestMonthUnderWay: the report of the month under way stops at the day
// it is made, and says so (it said « au 31 décembre » on 7 December).
func TestMonthUnderWay(t *testing.T) {
	store, opt := monthFixture(t, 4)
	opt.Generated = time.Date(2026, 11, 7, 10, 0, 0, 0, time.UTC)
	m, err := report.BuildMonth(context.Background(), store, opt)
	if err != nil {
		t.Fatal(err)
	}
	var b bytes.Buffer
	if err := m.WriteHTML(&b); err != nil {
		t.Fatal(err)
	}
	if page := html.UnescapeString(b.String()); !strings.Contains(page, "au 7\u00a0novembre 2026 (mois en cours)") &&
		!strings.Contains(page, "au 7 novembre 2026 (mois en cours)") {
		t.Errorf("the page does not say the month is under way:\n%s", page[:min(len(page), 3000)])
	}
	// The CSV ends the period on the same day (it said 30 November).
	b.Reset()
	if err := m.WriteCSV(&b); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(b.String(), "mois en cours)\",2026-11-07,") && !strings.Contains(b.String(), "mois en cours),2026-11-07,") {
		t.Errorf("the CSV's end of period:\n%s", b.String()[strings.LastIndex(b.String(), "period,from"):])
	}
}
