package report_test

import (
	"strings"
	"testing"
	"time"

	"pimmsbot/internal/report"
)

func TestPeriod(t *testing.T) {
	now := time.Date(2026, 3, 15, 23, 30, 0, 0, time.UTC) // 16 March 00:30 in Paris
	d := func(y int, m time.Month, day int) time.Time { return time.Date(y, m, day, 0, 0, 0, 0, paris) }
	for _, tc := range []struct {
		from, to   string
		start, end time.Time
		err        string
	}{
		{"", "", d(2026, 3, 1), d(2026, 3, 17), ""},
		{"2026-02", "", d(2026, 2, 1), d(2026, 3, 17), ""},
		{"2026-02-10", "2026-02", d(2026, 2, 10), d(2026, 3, 1), ""},
		{"", "2026-03-10", d(2026, 3, 1), d(2026, 3, 11), ""},
		{"31/03/2025", "", time.Time{}, time.Time{}, "--from «\u00a031/03/2025\u00a0»\u00a0: "},
		{"", "mars", time.Time{}, time.Time{}, "--to «\u00a0mars\u00a0»\u00a0: "},
		{"2026-03-10", "2026-03-01", time.Time{}, time.Time{}, "est avant --from"},
		// Without --to, a --from in the future: said so, not « --to  is
		// before » with an empty --to.
		{"2027-01", "", time.Time{}, time.Time{}, "--from 2027-01 est après aujourd'hui (2026-03-16)"},
	} {
		start, end, err := report.Period(tc.from, tc.to, now, paris)
		if tc.err != "" {
			if err == nil || !strings.Contains(err.Error(), tc.err) {
				t.Errorf("Period(%q, %q): err %v, want %q", tc.from, tc.to, err, tc.err)
			}
			continue
		}
		if err != nil || !start.Equal(tc.start) || !end.Equal(tc.end) {
			t.Errorf("Period(%q, %q) = %v, %v, %v; want %v, %v", tc.from, tc.to, start, end, err, tc.start, tc.end)
		}
	}
}

func TestSinceAndParseMonth(t *testing.T) {
	now := time.Date(2026, 1, 15, 10, 0, 0, 0, paris)
	if got, err := report.Since("", 30, now, paris); err != nil || !got.Equal(time.Date(2025, 12, 16, 0, 0, 0, 0, paris)) {
		t.Errorf("Since(\"\", 30) = %v, %v", got, err)
	}
	if got, err := report.Since("2025-11", 30, now, paris); err != nil || !got.Equal(time.Date(2025, 11, 1, 0, 0, 0, 0, paris)) {
		t.Errorf("Since(2025-11) = %v, %v", got, err)
	}
	if _, err := report.Since("hier", 30, now, paris); err == nil {
		t.Error("Since(hier): no error")
	}
	if got, err := report.ParseMonth("", now, paris); err != nil || !got.Equal(time.Date(2025, 12, 1, 0, 0, 0, 0, paris)) {
		t.Errorf("ParseMonth(\"\") = %v, %v; want last month", got, err)
	}
	if _, err := report.ParseMonth("novembre", now, paris); err == nil || !strings.Contains(err.Error(), "2026-11") {
		t.Errorf("ParseMonth(novembre): %v", err)
	}
	// A month to come has no report; this month has one, so far.
	if _, err := report.ParseMonth("2026-02", now, paris); err == nil || !strings.Contains(err.Error(), "n'a pas commencé") {
		t.Errorf("ParseMonth(2026-02) on 15 January: %v", err)
	}
	if got, err := report.ParseMonth("2026-01", now, paris); err != nil || !got.Equal(time.Date(2026, 1, 1, 0, 0, 0, 0, paris)) {
		t.Errorf("ParseMonth(2026-01) on 15 January = %v, %v", got, err)
	}
}

func TestParseBy(t *testing.T) {
	for s, want := range map[string]report.By{"": report.ByNone, "theme": report.ByTheme, "week": report.ByWeek} {
		if got, err := report.ParseBy(s); err != nil || got != want {
			t.Errorf("ParseBy(%q) = %q, %v", s, got, err)
		}
	}
	if _, err := report.ParseBy("month"); err == nil {
		t.Error("ParseBy(month): no error")
	}
}

func TestSiteID(t *testing.T) {
	if got := report.SiteID("PIMMS Médiation Évry – Centre"); got != "pimms-mediation-evry-centre" {
		t.Errorf("SiteID = %q", got)
	}
	if err := report.CheckSite("PIMMS Médiation", ""); err != nil {
		t.Error(err)
	}
	if err := report.CheckSite("PIMMS Médiation", "pimms-mediation"); err != nil {
		t.Error(err)
	}
	if err := report.CheckSite("PIMMS Médiation", "paris-13"); err == nil || !strings.Contains(err.Error(), "un seul site") {
		t.Errorf("another site: %v", err)
	}
}

// A wrong value is quoted the French way in the error the site manager
// reads: « 2026/11 », not "2026/11".
func TestParseErrorsQuoteInFrench(t *testing.T) {
	now := time.Date(2026, 1, 15, 12, 0, 0, 0, paris)
	_, errMonth := report.ParseMonth("2026/11", now, paris)
	_, errBy := report.ParseBy("mois")
	_, errSince := report.Since("hier", 0, now, paris)
	for _, tc := range []struct {
		err  error
		want string
	}{{errMonth, "«\u00a02026/11\u00a0»\u00a0:"}, {errBy, "«\u00a0mois\u00a0»\u00a0:"}, {errSince, "«\u00a0hier\u00a0»\u00a0:"}} {
		if tc.err == nil || !strings.HasPrefix(tc.err.Error(), tc.want) || strings.Contains(tc.err.Error(), `"`) {
			t.Errorf("error = %v; want it to start with %q and no \"", tc.err, tc.want)
		}
	}
}
