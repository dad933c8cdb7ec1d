package main

import (
	"encoding/csv"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"pimmsbot/internal/bolt"
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
	if code != 2 || !strings.Contains(errOut, "one site") {
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
