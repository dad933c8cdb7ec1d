package hours

import (
	"strings"
	"testing"
	"time"
)

func mustParse(t *testing.T, week string, closed ...string) *Schedule {
	t.Helper()
	paris, err := time.LoadLocation("Europe/Paris")
	if err != nil {
		t.Fatal(err)
	}
	s, err := Parse(week, closed, paris)
	if err != nil {
		t.Fatal(err)
	}
	return s
}

func TestOpenAtAndNextOpening(t *testing.T) {
	s := mustParse(t, "lun-ven 09:00-12:30,13:30-17:00; sam 09:00-12:00", "2026-12-25")
	paris := s.Location
	at := func(y int, m time.Month, d, h, min int) time.Time { return time.Date(y, m, d, h, min, 0, 0, paris) }
	tests := []struct {
		name string
		now  time.Time
		open bool
		next time.Time
	}{
		{"wednesday morning", at(2026, 11, 25, 10, 0), true, at(2026, 11, 25, 13, 30)},
		{"lunch break", at(2026, 11, 25, 12, 45), false, at(2026, 11, 25, 13, 30)},
		{"closing time is closed", at(2026, 11, 25, 17, 0), false, at(2026, 11, 26, 9, 0)},
		{"saturday afternoon", at(2026, 11, 28, 15, 0), false, at(2026, 11, 30, 9, 0)},
		{"christmas is closed", at(2026, 12, 25, 10, 0), false, at(2026, 12, 26, 9, 0)},
		{"utc input", time.Date(2026, 11, 25, 8, 30, 0, 0, time.UTC), true, at(2026, 11, 25, 13, 30)},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := s.OpenAt(tt.now); got != tt.open {
				t.Errorf("OpenAt = %v, want %v", got, tt.open)
			}
			got, ok := s.NextOpening(tt.now)
			if !ok || !got.Equal(tt.next) {
				t.Errorf("NextOpening = %v %v, want %v", got, ok, tt.next)
			}
		})
	}
}

func TestSummerTime(t *testing.T) {
	// 29 March 2026: clocks go forward in Paris; 9:00 is still 9:00 local.
	s := mustParse(t, "lun-dim 09:00-17:00")
	now := time.Date(2026, 3, 29, 6, 0, 0, 0, time.UTC) // 8:00 CEST
	next, _ := s.NextOpening(now)
	if want := time.Date(2026, 3, 29, 7, 0, 0, 0, time.UTC); !next.Equal(want) {
		t.Errorf("NextOpening = %v, want %v", next.UTC(), want)
	}
}

func TestNeverOpen(t *testing.T) {
	s := mustParse(t, "")
	if _, ok := s.NextOpening(time.Now()); ok {
		t.Error("an empty schedule opens")
	}
}

func TestParseErrors(t *testing.T) {
	for _, week := range []string{"lundy 9:00-12:00", "lun 12:00-09:00", "lun", "lun 9-", "xx-ven 09:00-10:00"} {
		if _, err := Parse(week, nil, time.UTC); err == nil {
			t.Errorf("Parse(%q) succeeded", week)
		}
	}
	if _, err := Parse("lun 09:00-10:00", []string{"25/12/2026"}, time.UTC); err == nil {
		t.Error("a closed day in the wrong format was accepted")
	}
}

func TestDescribe(t *testing.T) {
	s := mustParse(t, "lun-ven 09:00-12:30,13:30-17:00; sam 09:00-12:00")
	got := strings.Join(s.Describe(), " | ")
	want := "du lundi au vendredi\u00a0: 9\u00a0h – 12\u00a0h\u00a030, 13\u00a0h\u00a030 – 17\u00a0h | le samedi\u00a0: 9\u00a0h – 12\u00a0h"
	if got != want {
		t.Errorf("Describe = %q, want %q", got, want)
	}
}

func TestWhen(t *testing.T) {
	s := mustParse(t, "lun-ven 09:00-17:00")
	now := time.Date(2026, 11, 25, 18, 0, 0, 0, s.Location)
	for _, tt := range []struct {
		t    time.Time
		want string
	}{
		{time.Date(2026, 11, 25, 19, 30, 0, 0, s.Location), "aujourd'hui à 19\u00a0h\u00a030"},
		{time.Date(2026, 11, 26, 9, 0, 0, 0, s.Location), "demain à 9\u00a0h"},
		{time.Date(2026, 11, 30, 9, 0, 0, 0, s.Location), "lundi 30 novembre à 9\u00a0h"},
	} {
		if got := s.When(tt.t, now); got != tt.want {
			t.Errorf("When(%v) = %q, want %q", tt.t, got, tt.want)
		}
	}
}

func TestOpenDuration(t *testing.T) {
	paris, err := time.LoadLocation("Europe/Paris")
	if err != nil {
		t.Fatal(err)
	}
	s, err := Parse("lun-ven 09:00-12:30,13:30-17:00", []string{"2026-12-25"}, paris)
	if err != nil {
		t.Fatal(err)
	}
	at := func(day, h, m int) time.Time { return time.Date(2026, 12, day, h, m, 0, 0, paris) }
	for _, tc := range []struct {
		from, to time.Time
		want     time.Duration
	}{
		{at(2, 10, 0), at(2, 11, 0), time.Hour},                                          // Wednesday morning
		{at(2, 12, 0), at(2, 14, 0), time.Hour},                                          // across lunch
		{at(4, 16, 30), at(7, 9, 30), time.Hour},                                         // Friday evening to Monday
		{at(24, 16, 0), at(26, 12, 0), time.Hour},                                        // across Christmas, then Saturday
		{at(2, 18, 0), at(2, 20, 0), 0},                                                  // closed
		{at(2, 11, 0), at(2, 10, 0), 0},                                                  // backwards
		{at(1, 9, 0), at(1, 17, 0), 7 * time.Hour},                                       // a whole Tuesday
		{at(1, 9, 0).UTC(), at(1, 17, 0).In(time.FixedZone("x", 3600*5)), 7 * time.Hour}, // zones do not matter
	} {
		if got := s.OpenDuration(tc.from, tc.to); got != tc.want {
			t.Errorf("OpenDuration(%v, %v) = %v, want %v", tc.from, tc.to, got, tc.want)
		}
	}
}

// TestClosedNoteSkipsClosedDays says only the closed days ahead on which
// the site would open, within the days asked, the first of a month
// written « 1er ».
func TestClosedNoteSkipsClosedDays(t *testing.T) {
	paris, _ := time.LoadLocation("Europe/Paris")
	s, err := Parse("lun-ven 09:00-17:00", []string{"2026-12-01", "2026-12-05", "2026-12-24", "2027-02-01"}, paris)
	if err != nil {
		t.Fatal(err)
	}
	now := time.Date(2026, 11, 30, 10, 0, 0, 0, paris)
	got := strings.ReplaceAll(s.ClosedNote(now, 60), "\u00a0", " ")
	if want := "Fermé exceptionnellement demain (mardi 1er décembre) et le jeudi 24 décembre"; got != want {
		t.Errorf("ClosedNote = %q, want %q", got, want)
	}
}

// TestClosedNote words the closed days ahead as one sentence, without
// its final period (a text may hold it inline), for the
// hours a resident reads, today and tomorrow named so (an outside tester
// found « vous êtes ouvert quand ? » answered with the weekly hours on a
// closed day), in the site's time zone: 23:30 UTC on the 6th is already
// the 7th in Paris.
func TestClosedNote(t *testing.T) {
	paris, _ := time.LoadLocation("Europe/Paris")
	s, err := Parse("lun-ven 09:00-17:00", []string{"2026-12-07", "2026-12-08", "2026-12-24"}, paris)
	if err != nil {
		t.Fatal(err)
	}
	nbsp := strings.NewReplacer("\u00a0", " ")
	for _, tc := range []struct {
		now  time.Time
		want string
	}{
		{time.Date(2026, 12, 6, 23, 30, 0, 0, time.UTC),
			"Fermé exceptionnellement aujourd'hui (lundi 7 décembre), demain (mardi 8 décembre) et le jeudi 24 décembre"},
		{time.Date(2026, 12, 6, 22, 30, 0, 0, time.UTC),
			"Fermé exceptionnellement demain (lundi 7 décembre), le mardi 8 décembre et le jeudi 24 décembre"},
		{time.Date(2026, 12, 10, 9, 0, 0, 0, paris), "Fermé exceptionnellement le jeudi 24 décembre"},
		{time.Date(2026, 12, 25, 9, 0, 0, 0, paris), ""},
	} {
		if got := nbsp.Replace(s.ClosedNote(tc.now, 60)); got != tc.want {
			t.Errorf("ClosedNote(%v) = %q, want %q", tc.now, got, tc.want)
		}
	}
}

// TestClosedNoteRuns words a closure of three opening days or more as
// one span, over the days the site does not open anyway: a site closed
// for the Christmas holidays listed ten days in one sentence, « le lundi
// 21 décembre, le mardi 22 décembre, … », too long to read.
func TestClosedNoteRuns(t *testing.T) {
	paris, _ := time.LoadLocation("Europe/Paris")
	var closed []string
	for d := time.Date(2026, 12, 21, 12, 0, 0, 0, paris); d.Before(time.Date(2027, 1, 2, 0, 0, 0, 0, paris)); d = d.AddDate(0, 0, 1) {
		closed = append(closed, d.Format(time.DateOnly))
	}
	closed = append(closed, "2027-01-08", "2027-01-12", "2027-01-13")
	s, err := Parse("lun-ven 09:00-17:00", closed, paris)
	if err != nil {
		t.Fatal(err)
	}
	nbsp := strings.NewReplacer("\u00a0", " ")
	for _, tc := range []struct {
		now  time.Time
		want string
	}{
		{time.Date(2026, 12, 14, 10, 0, 0, 0, paris),
			"Fermé exceptionnellement du lundi 21 décembre au vendredi 1er janvier, le vendredi 8 janvier, le mardi 12 janvier et le mercredi 13 janvier"},
		{time.Date(2026, 12, 21, 10, 0, 0, 0, paris),
			"Fermé exceptionnellement du lundi 21 décembre (aujourd'hui) au vendredi 1er janvier, le vendredi 8 janvier, le mardi 12 janvier et le mercredi 13 janvier"},
		{time.Date(2026, 12, 20, 10, 0, 0, 0, paris),
			"Fermé exceptionnellement du lundi 21 décembre (demain) au vendredi 1er janvier, le vendredi 8 janvier, le mardi 12 janvier et le mercredi 13 janvier"},
		{time.Date(2026, 12, 31, 10, 0, 0, 0, paris),
			"Fermé exceptionnellement aujourd'hui (jeudi 31 décembre), demain (vendredi 1er janvier), le vendredi 8 janvier, le mardi 12 janvier et le mercredi 13 janvier"},
	} {
		if got := nbsp.Replace(s.ClosedNote(tc.now, 60)); got != tc.want {
			t.Errorf("ClosedNote(%v)\n got %q\nwant %q", tc.now, got, tc.want)
		}
	}
}

// TestClosedNoteWindow checks that only the closed days of the window
// ahead are told, in order, and not those of weekends the site is shut
// anyway nor those beyond the window.
func TestClosedNoteWindow(t *testing.T) {
	paris, _ := time.LoadLocation("Europe/Paris")
	s, err := Parse("lun-ven 09:00-17:00", []string{"2027-03-01", "2026-12-24", "2026-12-12", "2026-12-09"}, paris)
	if err != nil {
		t.Fatal(err)
	}
	got := strings.NewReplacer("\u00a0", " ").Replace(s.ClosedNote(time.Date(2026, 12, 7, 10, 0, 0, 0, paris), 60))
	if want := "Fermé exceptionnellement le mercredi 9 décembre et le jeudi 24 décembre"; got != want {
		t.Errorf("ClosedNote = %q, want %q", got, want)
	}
}
