package report_test

import (
	"bytes"
	"context"
	"encoding/csv"
	"slices"
	"strings"
	"testing"
	"time"

	"pimmsbot/internal/conversation"
	"pimmsbot/internal/report"
)

var paris = mustLoc("Europe/Paris")

func mustLoc(name string) *time.Location {
	loc, err := time.LoadLocation(name)
	if err != nil {
		panic(err)
	}
	return loc
}

func day(d int, hour int) time.Time { return time.Date(2025, 3, d, hour, 0, 0, 0, paris) }

// fixture: four conversations in March 2025 (two weeks) and one in
// February, three tickets.
func fill(s *report.Stats) {
	convs := []conversation.Conversation{
		{ID: 1, Started: day(3, 10), Theme: "caf", Questions: 3, Answered: 2, Unanswered: 1, Helpful: 1},
		{ID: 2, Started: day(4, 11), Theme: "sante", Questions: 2, Answered: 1, Clarified: 1, NotHelpful: 1, Handovers: 1},
		{ID: 3, Started: day(11, 9), Theme: "caf", Questions: 1, Answered: 1, Handovers: 1, Purged: true},
		{ID: 4, Started: day(12, 9), Questions: 1, Unanswered: 1, Handovers: 1},
		{ID: 9, Started: time.Date(2025, 2, 27, 9, 0, 0, 0, paris), Theme: "caf", Questions: 5, Handovers: 1},
	}
	for _, c := range convs {
		s.AddConversation(c)
	}
	tickets := []conversation.Ticket{
		{Number: 1, Conversation: 2, Requested: day(4, 11), Claimed: day(4, 11).Add(10 * time.Minute),
			Closed: day(4, 11).Add(40 * time.Minute), Rating: 4},
		{Number: 2, Conversation: 3, Requested: day(11, 9), Claimed: day(11, 9).Add(30 * time.Minute),
			Closed: day(11, 10), Rating: 5},
		{Number: 3, Conversation: 4, Requested: day(12, 9)}, // still waiting
		{Number: 4, Conversation: 9, Requested: day(1, 9), Claimed: day(1, 10)},
	}
	for _, t := range tickets {
		s.AddTicket(t)
	}
}

func TestStatsTotal(t *testing.T) {
	s := report.NewStats(report.Options{From: day(1, 0), To: time.Date(2025, 4, 1, 0, 0, 0, 0, paris), Location: paris})
	fill(s)
	got := s.Total()
	if got.Conversations != 4 || got.Questions != 7 || got.Answered != 4 || got.Clarified != 1 ||
		got.Unanswered != 2 || got.Handovers != 3 || got.Helpful != 1 || got.NotHelpful != 1 {
		t.Errorf("total = %+v", got)
	}
	if w, ok := got.WaitMedian(); !ok || w != 20*time.Minute {
		t.Errorf("wait median = %v %v, want 20m (10m and 30m)", w, ok)
	}
	if h, ok := got.HandlingMedian(); !ok || h != 30*time.Minute {
		t.Errorf("handling median = %v %v, want 30m", h, ok)
	}
	if m, ok := got.RatingMean(); !ok || m != 4.5 || len(got.Ratings) != 2 {
		t.Errorf("rating = %v %v %v", m, ok, got.Ratings)
	}
}

func TestStatsByTheme(t *testing.T) {
	s := report.NewStats(report.Options{From: day(1, 0), To: time.Date(2025, 4, 1, 0, 0, 0, 0, paris), By: report.ByTheme, Location: paris})
	fill(s)
	rows := s.Rows()
	var keys []string
	for _, r := range rows {
		keys = append(keys, r.Key)
	}
	if got, want := strings.Join(keys, ","), "caf,(sans thème),sante"; got != want {
		t.Fatalf("rows %s, want %s", got, want)
	}
	if rows[0].Conversations != 2 || rows[0].Questions != 4 || len(rows[0].Ratings) != 1 {
		t.Errorf("caf row = %+v", rows[0])
	}
	// The notes under the table are French: no plain space before « ; ».
	var b strings.Builder
	if err := s.WriteTable(&b, nil); err != nil {
		t.Fatal(err)
	}
	if notes := b.String()[strings.Index(b.String(), "\nRépondues"):]; strings.Contains(notes, " ;") || strings.Contains(notes, " :") {
		t.Errorf("plain space before « ; » or « : » in the notes:\n%s", notes)
	}
}

func TestStatsByWeekCSV(t *testing.T) {
	s := report.NewStats(report.Options{From: day(1, 0), To: day(20, 0), By: report.ByWeek, Location: paris})
	fill(s)
	var buf bytes.Buffer
	if err := s.WriteCSV(&buf); err != nil {
		t.Fatal(err)
	}
	recs, err := csv.NewReader(&buf).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	// Header, weeks 09 (Feb 24), 10, 11, 12, total.
	var groups []string
	for _, r := range recs[1:] {
		groups = append(groups, r[2]+"="+r[3])
	}
	if got, want := strings.Join(groups, " "), "2025-W09=0 2025-W10=2 2025-W11=2 2025-W12=0 total=4"; got != want {
		t.Errorf("groups %s, want %s", got, want)
	}
	w10 := recs[2]
	if w10[9] != "10.0" || w10[10] != "30.0" || w10[13] != "4.00" {
		t.Errorf("week 10 = %v", w10)
	}
}

func TestWriteTable(t *testing.T) {
	s := report.NewStats(report.Options{From: day(1, 0), To: time.Date(2025, 4, 1, 0, 0, 0, 0, paris), Location: paris})
	fill(s)
	var buf bytes.Buffer
	if err := s.WriteTable(&buf, nil); err != nil {
		t.Fatal(err)
	}
	out := buf.String()
	for _, want := range []string{"Période du 01/03/2025 au 31/03/2025", "20 min", "30 min", "4,5/5 (2)"} {
		if !strings.Contains(out, want) {
			t.Errorf("table lacks %q:\n%s", want, out)
		}
	}
}

func TestGroupMisses(t *testing.T) {
	at := day(5, 10)
	unanswered := []conversation.Unanswered{
		{Question: "Comment avoir la prime de Noël ?", At: at, Candidates: []string{"caf-rsa"}, Reason: "unknown"},
		{Question: "comment avoir la prime de noel", At: at, Reason: "unknown"},
		{Question: "prime de Noël quand", At: at.Add(time.Hour), Reason: "clarify-other"},
		{Question: "recette de la blanquette", At: at, Reason: "unknown"},
		{Question: "", At: at, Reason: "clarify-other"},
	}
	feedback := []conversation.Feedback{
		{Question: "avoir la prime de noël", Entry: "caf-rsa", At: at},
		{Question: "merci", Entry: "caf-apl", Helpful: true, At: at},
		{Entry: "caf-apl", At: at}, // purged
	}
	misses, none := report.Misses(unanswered, feedback)
	if none != 2 || len(misses) != 5 {
		t.Fatalf("misses %d, no question %d", len(misses), none)
	}
	groups := report.GroupMisses(misses, naive)
	if len(groups) != 2 {
		t.Fatalf("groups = %+v", groups)
	}
	g := groups[0]
	// The 👎's entry was shown; the unknown question's best candidate
	// was not.
	if g.Count != 4 || len(g.Questions) != 4 || g.Proposed[0] != (report.Counted{Value: "caf-rsa", Count: 1}) ||
		len(g.Guessed) != 1 || g.Guessed[0] != (report.Counted{Value: "caf-rsa", Count: 1}) ||
		g.Reasons["not-helpful"] != 1 || g.Reasons["unknown"] != 2 || !g.Last.Equal(at.Add(time.Hour)) {
		t.Errorf("first group = %+v", g)
	}
	var buf bytes.Buffer
	if err := report.WriteGroups(&buf, groups, report.WriteOptions{Location: paris}); err != nil {
		t.Fatal(err)
	}
	if !strings.HasPrefix(buf.String(), "  4 × «\u00a0Comment avoir la prime de Noël ?\u00a0»") || !strings.Contains(buf.String(), "fiche proposée\u00a0: caf-rsa (1)") ||
		!strings.Contains(buf.String(), "meilleure fiche (non montrée)\u00a0: caf-rsa (1)") {
		t.Errorf("output:\n%s", buf.String())
	}
}

// naive is a stand-in for catalog.Normalize: lower case, accents of the
// test's words folded, a few stop words dropped.
func naive(s string) []string {
	s = strings.NewReplacer("ë", "e", "?", " ").Replace(strings.ToLower(s))
	var out []string
	for _, w := range strings.Fields(s) {
		switch w {
		case "la", "de", "comment", "quand":
			continue
		}
		out = append(out, w)
	}
	return out
}

// A report for one site counts only that site's conversations and
// tickets; records without a site belong to the network's default site.
func TestStatsBySite(t *testing.T) {
	opt := report.Options{From: day(1, 0), To: day(20, 0), Location: paris, DefaultSite: "vaise"}
	convs := []conversation.Conversation{
		{ID: 1, Started: day(3, 10), Questions: 3, Site: "vaise"},
		{ID: 2, Started: day(4, 10), Questions: 2, Site: "grenoble", Handovers: 1},
		{ID: 3, Started: day(5, 10), Questions: 1}, // before sites: the default site's
	}
	tickets := []conversation.Ticket{{Number: 1, Conversation: 2, Site: "grenoble", Requested: day(4, 10), Rating: 5}}
	for site, want := range map[string][2]int{"": {3, 6}, "vaise": {2, 4}, "grenoble": {1, 2}} {
		o := opt
		o.Site = site
		s := report.NewStats(o)
		for _, c := range convs {
			s.AddConversation(c)
		}
		for _, tk := range tickets {
			s.AddTicket(tk)
		}
		got := s.Total()
		if got.Conversations != want[0] || got.Questions != want[1] {
			t.Errorf("site %q: %d conversations, %d questions; want %v", site, got.Conversations, got.Questions, want)
		}
		if ratings := len(got.Ratings); (site == "vaise") != (ratings == 0) {
			t.Errorf("site %q: %d ratings", site, ratings)
		}
		var buf bytes.Buffer
		if err := s.WriteCSV(&buf); err != nil {
			t.Fatal(err)
		}
		recs, _ := csv.NewReader(&buf).ReadAll()
		wantSite := site
		if site == "" {
			wantSite = "all"
		}
		col := slices.Index(recs[0], "site")
		if col < 0 || recs[1][col] != wantSite {
			t.Errorf("site %q: CSV header %q, line %q", site, recs[0], recs[1])
		}
	}
}

// The unanswered questions of one site leave out the other sites'.
func TestMissesBySite(t *testing.T) {
	src := missSource{un: []conversation.Unanswered{
		{Conversation: 1, Question: "ma voiture électrique", At: day(3, 10), Site: "vaise", Reason: conversation.ReasonUnknown},
		{Conversation: 2, Question: "le bus de nuit", At: day(3, 11), Site: "grenoble", Reason: conversation.ReasonUnknown},
	}}
	for site, want := range map[string]string{"vaise": "voiture", "grenoble": "bus"} {
		var buf bytes.Buffer
		opt := report.MissOptions{Since: day(1, 0), Location: paris, Site: site, DefaultSite: "vaise"}
		if err := report.WriteMisses(context.Background(), &buf, src, opt); err != nil {
			t.Fatal(err)
		}
		if out := buf.String(); !strings.Contains(out, ": 1, en 1 groupe.") || !strings.Contains(out, want) {
			t.Errorf("site %s:\n%s", site, out)
		}
	}
}

type missSource struct {
	un []conversation.Unanswered
	fb []conversation.Feedback
}

func (m missSource) Unanswered(context.Context, time.Time) ([]conversation.Unanswered, error) {
	return append([]conversation.Unanswered(nil), m.un...), nil
}

func (m missSource) FeedbackSince(context.Context, time.Time) ([]conversation.Feedback, error) {
	return append([]conversation.Feedback(nil), m.fb...), nil
}

// TestStatsPending: a question whose offered entries the resident neither
// chose nor refused is « en suspens », so that answered, unanswered and
// pending add up to the questions; « Proposées » counts the offers, as
// the monthly report does (an outside tester read « Précisées 1 » for a
// list nobody chose from, whose legend said the person had chosen).
func TestStatsPending(t *testing.T) {
	s := report.NewStats(report.Options{From: day(1, 0), To: time.Date(2025, 4, 1, 0, 0, 0, 0, paris), Location: paris})
	s.AddConversation(conversation.Conversation{ID: 1, Started: day(3, 10), Questions: 2, Answered: 1, Clarified: 1})
	if p := s.Total().Pending(); p != 1 {
		t.Errorf("pending = %d, want 1", p)
	}
	var buf bytes.Buffer
	if err := s.WriteTable(&buf, nil); err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(buf.String(), "\n")
	if !strings.Contains(lines[2], "Répondues  Sans réponse  En suspens  Proposées") {
		t.Errorf("header = %q", lines[2])
	}
	if f := strings.Fields(lines[3]); strings.Join(f[:6], " ") != "Total 1 2 1 0 1" {
		t.Errorf("total line = %q", lines[3])
	}
}
