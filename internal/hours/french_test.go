package hours

import (
	"fmt"
	"pimmsbot/internal/frenchcheck"
	"slices"
	"strings"
	"testing"
	"time"
)

// TestErrorsInFrench triggers each error of Parse and checks that it
// says in French what to write.
func TestErrorsInFrench(t *testing.T) {
	for _, tc := range []struct {
		name, week string
		closed     []string
		phrase     string
	}{
		{"days alone", "lun-ven", nil, "«\u00a0lun-ven\u00a0»\u00a0: il manque les jours ou les heures"},
		{"hours alone", "09:00-17:00", nil, "par exemple «\u00a0lun-ven 09:00-17:00\u00a0»"},
		{"misspelt day", "lundy 09:00-12:00", nil, "jour «\u00a0lundy\u00a0» inconnu\u00a0; écrivez lun, mar"},
		{"misspelt end of range", "lun-vendredy 09:00-12:00", nil, "jour «\u00a0vendredy\u00a0» inconnu"},
		{"English day", "mon 09:00-12:00", nil, "ou le jour en entier (lundi-vendredi)"},
		{"span without end", "lun 9-", nil, "plage horaire «\u00a09-\u00a0» illisible"},
		{"span in words", "lun matin", nil, "par exemple 09:00-12:30 ou 9h-12h30"},
		{"minutes past 59", "lun 09:75-12:00", nil, "plage horaire «\u00a009:75-12:00\u00a0» illisible"},
		{"closing before opening", "lun 12:00-09:00", nil, "la fermeture vient avant l'ouverture"},
		{"closed day in French order", "lun 09:00-12:00", []string{"25/12/2026"}, "jour de fermeture «\u00a025/12/2026\u00a0» illisible"},
		{"closed day in words", "", []string{"Noël"}, "par exemple 2026-12-25"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, err := Parse(tc.week, tc.closed, time.UTC)
			if err == nil {
				t.Fatalf("Parse(%q, %q) accepted", tc.week, tc.closed)
			}
			msg := err.Error()
			if !strings.Contains(msg, tc.phrase) {
				t.Errorf("error %q, want it to hold %q", msg, tc.phrase)
			}
			for _, p := range frenchcheck.Problems(msg, "day", "span") {
				t.Error(p)
			}
		})
	}
}

// TestFrenchWriting: a schedule written the French way, full day names
// and 9h30, reads as the same schedule as the abbreviated one.
func TestFrenchWriting(t *testing.T) {
	want, err := Parse("lun-ven 09:00-12:30,13:30-17:00; sam 09:00-12:00", nil, time.UTC)
	if err != nil {
		t.Fatal(err)
	}
	for _, week := range []string{
		"lundi-vendredi 9h-12h30,13h30-17h; samedi 9h-12h",
		"Lundi-Vendredi 9h-12h30, 13h30-17h ; Samedi 9h-12h",
		"lundi-vendredi 9 h - 12 h 30, 13 h 30 - 17 h; samedi 9 h - 12 h",
		"lun,mardi,mer-jeudi,ven 09:00-12:30,13h30-17h00; sam 9h00-12h",
	} {
		got, err := Parse(week, nil, time.UTC)
		if err != nil {
			t.Errorf("Parse(%q): %v", week, err)
			continue
		}
		for d := range got.Week {
			if !slices.Equal(got.Week[d], want.Week[d]) {
				t.Errorf("Parse(%q): %v %v, want %v", week, time.Weekday(d), got.Week[d], want.Week[d])
			}
		}
	}
	// A range may wrap round the week, named in full as abbreviated.
	a, _ := Parse("sam-lun 10:00-11:00", nil, time.UTC)
	b, err := Parse("samedi-lundi 10h-11h", nil, time.UTC)
	if err != nil || fmt.Sprint(a.Week) != fmt.Sprint(b.Week) {
		t.Errorf("samedi-lundi = %v (%v), want %v", b, err, a.Week)
	}
}
