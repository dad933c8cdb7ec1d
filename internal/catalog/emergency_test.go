package catalog_test

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"pimmsbot/internal/catalog"
	"pimmsbot/internal/catalog/catalogtest"
)

// isEmergency reports whether an evaluation line expects an emergency
// entry.
func isEmergency(c catalog.EvalCase) bool {
	for _, id := range c.Accept {
		if strings.HasPrefix(id, "urgence-") {
			return true
		}
	}
	return false
}

// TestEmergencies checks both sides of safety on every evaluation set of
// testdata (and ../shared/eval/dev.jsonl when present): each message of a
// resident in danger gets an emergency answer at once, and an emergency
// entry that accepts it; no other message gets an emergency answer, even
// when it borrows the words of danger (« ce formulaire va me tuer »).
func TestEmergencies(t *testing.T) {
	m := catalogtest.Matcher(t)
	files, _ := filepath.Glob("testdata/*.jsonl")
	if _, err := os.Stat("../../../shared/eval/dev.jsonl"); err == nil {
		files = append(files, "../../../shared/eval/dev.jsonl")
	}
	var distress, answered, right, ordinary, falseAlarms int
	for _, file := range files {
		f, err := os.Open(file)
		if err != nil {
			t.Fatal(err)
		}
		cases, err := catalog.ReadEvalCases(f)
		f.Close()
		if err != nil {
			t.Fatalf("%s: %v", file, err)
		}
		for _, c := range cases {
			r := m.Match(c.Q)
			if isEmergency(c) {
				distress++
				switch {
				case !r.Emergency:
					t.Errorf("%s: in danger, not answered as an emergency: %q → %s %s (%.2f) %v", filepath.Base(file), c.Q, r.Outcome, r.ID, r.Confidence, r.Candidates)
				case contains(c.Accept, r.ID):
					answered++
					right++
				default:
					// The numbers are given at once, those of a neighbouring
					// emergency: counted, not failed.
					answered++
					t.Logf("%s: in danger, another emergency entry: %q → %s, want %v", filepath.Base(file), c.Q, r.ID, c.Accept)
				}
				continue
			}
			ordinary++
			if r.Emergency {
				falseAlarms++
				report := t.Logf
				if strings.Contains(file, "distress") {
					// The messages written to sound alarming: none may alarm.
					report = t.Errorf
				}
				report("%s: false alarm: %q → %s (%.2f) %v", filepath.Base(file), c.Q, r.ID, r.Confidence, r.Candidates)
			}
		}
	}
	t.Logf("in danger: %d/%d answered as an emergency, %d with the right entry; ordinary messages: %d false alarms in %d", answered, distress, right, falseAlarms, ordinary)
	if float64(falseAlarms) > 0.003*float64(ordinary) {
		t.Errorf("%d false alarms in %d ordinary messages, want at most 0.3 %%", falseAlarms, ordinary)
	}
	if distress > 0 && float64(right) < 0.95*float64(distress) {
		t.Errorf("right emergency entry for %d of %d messages in danger, want 95 %%", right, distress)
	}
}

func contains(list []string, s string) bool {
	for _, v := range list {
		if v == s {
			return true
		}
	}
	return false
}
