package main

import (
	"encoding/csv"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"
	"time"

	"pimmsbot/internal/bolt"
	"pimmsbot/internal/catalog"
)

// The report of the month of the script's recent residents, as HTML and
// CSV, from the data the core wrote.
func TestReportCommand(t *testing.T) {
	s := play(t)
	month := s.now.AddDate(0, 0, -3).Format("2006-01")
	partners := filepath.Join(t.TempDir(), "partners.yaml")
	if err := os.WriteFile(partners, []byte("partners:\n  CAF: [caf]\n  CPAM: [sante]\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	t.Setenv("PIMMS_PARTNERS_FILE", partners)
	out := filepath.Join(t.TempDir(), "rapport.html")
	mustRun(t, "report", "--db", s.db, "--month", month, "--out", out)
	data, err := os.ReadFile(out)
	if err != nil {
		t.Fatal(err)
	}
	page := string(data)
	for _, want := range []string{"Rapport d&#39;activité", "<svg", "CAF\u00a0: ", "CPAM\u00a0: ", "Durée de conservation"} {
		if !strings.Contains(page, want) {
			t.Errorf("the report lacks %q", want)
		}
	}
	for _, name := range []string{"Alicia", "Capucine", "telegram:", "xylophone"} {
		if strings.Contains(page, name) {
			t.Errorf("the report shows %q", name)
		}
	}

	csvOut := mustRun(t, "report", "--db", s.db, "--month", month, "--csv", "--out", "-")
	recs, err := csv.NewReader(strings.NewReader(csvOut)).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	got := map[string]string{}
	for _, r := range recs[1:] {
		got[r[2]] = r[4]
	}
	want := map[string]string{"conversations": "2", "handovers": "2", "replied": "1", "rating_4": "1", "helpful": "1"}
	if s.now.AddDate(0, 0, -200).Format("2006-01") == month {
		t.Skip("the script's old resident is in the same month")
	}
	for k, v := range want {
		if got[k] != v {
			t.Errorf("%s = %q, want %q", k, got[k], v)
		}
	}
}

func TestReportFlags(t *testing.T) {
	db := filepath.Join(t.TempDir(), "pimmsbot.db")
	if _, errOut, code := run(t, "report", "--db", db, "--month", "novembre"); code != 2 || !strings.Contains(errOut, "2026-11") {
		t.Errorf("bad month: exit %d, %s", code, errOut)
	}
	_, errOut, code := run(t, "report", "--db", db, "--site", "paris-13")
	if code != 2 || !strings.Contains(errOut, "un seul site") {
		t.Errorf("other site: exit %d, %s", code, errOut)
	}
	store, err := bolt.Open(db, bolt.Options{NoSync: true})
	if err != nil {
		t.Fatal(err)
	}
	store.Close()
	t.Setenv("PIMMS_SITE_NAME", "PIMMS Médiation Évry")
	out := filepath.Join(t.TempDir(), "r.html")
	mustRun(t, "report", "--db", db, "--site", "pimms-mediation-evry", "--month", time.Now().Format("2006-01"), "--out", out)
	if _, err := os.Stat(out); err != nil {
		t.Error(err)
	}
}

// TestReportAgreesWithStats plays a chat with every outcome of a question,
// an emergency last (it hands over), and checks that the month's report
// counts what stats counts: the emergency answer in its theme and among
// the entries, the residents in danger as a figure of their own, and
// outcomes that share the questions out exactly once.
func TestReportAgreesWithStats(t *testing.T) {
	cq, _ := suggestionQuestion(t, catalog.Confirm, "papiers voiture", "papiers de la voiture", "ARE date paiement", "la nationalite", "garde enfant", "ehpad")
	kq, _ := suggestionQuestion(t, catalog.Clarify, "attestation", "facture", "amende", "retraite")
	script := strings.Join([]string{
		cq, "1", // a suggestion confirmed
		kq,                           // a suggestion left without a choice
		"j ai perdu ma carte vitale", // a direct answer
		"xylophone quantique",        // no answer
		"mon mari me frappe",         // an emergency answer, and a handover
	}, "\n") + "\n"
	_, db := runChatScript(t, script)
	month := time.Now().Format("2006-01")

	stats, err := csv.NewReader(strings.NewReader(mustRun(t, "stats", "--db", db, "--csv", "--by", "theme"))).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	statsTotal := map[string]string{}
	for i, name := range stats[0] {
		statsTotal[name] = stats[len(stats)-1][i]
	}
	recs, err := csv.NewReader(strings.NewReader(mustRun(t, "report", "--db", db, "--month", month, "--csv", "--out", "-"))).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	got, themes, entries := map[string]int{}, 0, map[string]int{}
	for _, r := range recs[1:] {
		n, _ := strconv.Atoi(r[4])
		got[r[2]] = n
		switch r[1] {
		case "themes":
			themes += n
		case "top_entries":
			entries[strings.TrimPrefix(r[2], "entry:")] = n
		}
	}
	if want, _ := strconv.Atoi(statsTotal["answered"]); themes != want || want != 3 {
		t.Errorf("the report's themes count %d answers, stats %s (want 3)", themes, statsTotal["answered"])
	}
	if got["theme:urgence"] != 1 || entries["urgence-violences"] != 1 {
		t.Errorf("the emergency answer is missing: theme urgence %d, top entries %v", got["theme:urgence"], entries)
	}
	if got["emergency_conversations"] != 1 || got["emergencies"] != 1 {
		t.Errorf("residents in danger = %d, emergency answers = %d; want 1 and 1", got["emergency_conversations"], got["emergencies"])
	}
	shares := got["answered_directly"] + got["confirmed"] + got["unresolved"] + got["dont_know"]
	if q, _ := strconv.Atoi(statsTotal["questions"]); got["questions"] != q || shares != q || q != 5 {
		t.Errorf("questions: report %d, stats %d, outcomes add up to %d (direct %d, confirmed %d, unresolved %d, none %d); want 5",
			got["questions"], q, shares, got["answered_directly"], got["confirmed"], got["unresolved"], got["dont_know"])
	}
}

// TestReportSharesAddUp checks the HTML of the same chat: the residents in
// danger are a key figure, and the shares of « Issue des questions »
// (detail lines aside) add up to 100 %.
func TestReportSharesAddUp(t *testing.T) {
	kq, _ := suggestionQuestion(t, catalog.Clarify, "attestation", "facture", "amende", "retraite")
	_, db := runChatScript(t, kq+"\n1\nj ai perdu ma carte vitale\nxylophone quantique\nmon mari me frappe\n")
	out := filepath.Join(t.TempDir(), "r.html")
	mustRun(t, "report", "--db", db, "--month", time.Now().Format("2006-01"), "--out", out)
	data, err := os.ReadFile(out)
	if err != nil {
		t.Fatal(err)
	}
	page := string(data)
	if !strings.Contains(page, "<b>1</b><span>personne en danger orientée vers les secours") {
		t.Error("no key figure for the residents in danger")
	}
	start, end := strings.Index(page, `<section id="issues">`), strings.Index(page, `<section id="relais">`)
	rows := regexp.MustCompile(`<tr>(?:<td>[^<]*(?:<span[^>]*>[^<]*</span>)?</td>)<td class="n">\d+</td><td class="n">(\d+)\x{a0}%</td>`).
		FindAllStringSubmatch(page[start:end], -1)
	sum := 0
	for _, r := range rows[1:] { // the questions themselves are 100 %
		n, _ := strconv.Atoi(r[1])
		sum += n
	}
	if len(rows) != 5 || sum < 99 || sum > 101 {
		t.Errorf("%d lines with a share, adding up to %d %%:\n%s", len(rows), sum, page[start:end])
	}
}
