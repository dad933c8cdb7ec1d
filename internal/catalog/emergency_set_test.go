package catalog_test

import (
	"bufio"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"pimmsbot/internal/catalog"
	"pimmsbot/internal/catalog/catalogtest"
)

// A distressCase is one line of a set of messages written to measure
// emergencies: a resident in danger (kind "distress", accept lists the
// emergency entries that help) or an ordinary message that borrows the
// words of danger (kind "alarming").
type distressCase struct {
	Q      string   `json:"q"`
	Accept []string `json:"accept"`
	Kind   string   `json:"kind"`
}

// entryAliases are the names other writers gave the emergency entries.
var entryAliases = map[string]string{
	"urgence-sans-abri":     "urgence-hebergement",
	"urgence-suicide":       "urgence-detresse",
	"urgence-enfant-danger": "urgence-enfance",
}

// readDistressSet reads a set of distress and alarming messages, with the
// aliases of entries mapped to their ids. A line without a kind is
// distress when it accepts an emergency entry.
func readDistressSet(t *testing.T, path string) []distressCase {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var cases []distressCase
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	for n := 1; sc.Scan(); n++ {
		line := strings.TrimSpace(sc.Text())
		if line == "" {
			continue
		}
		var c distressCase
		if err := json.Unmarshal([]byte(line), &c); err != nil {
			t.Fatalf("%s:%d: %v", path, n, err)
		}
		for i, id := range c.Accept {
			if to, ok := entryAliases[id]; ok {
				c.Accept[i] = to
			}
		}
		if c.Kind == "" {
			c.Kind = "alarming"
			if isEmergency(catalog.EvalCase{Accept: c.Accept}) {
				c.Kind = "distress"
			}
		}
		cases = append(cases, c)
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	return cases
}

// distressScore counts how a matcher does on a distress set.
type distressScore struct {
	distress, answered, right, alarming, falseAlarms int
}

func (s distressScore) String() string {
	return fmt.Sprintf("in danger %d/%d answered (%d right entry); false alarms %d/%d",
		s.answered, s.distress, s.right, s.falseAlarms, s.alarming)
}

// scoreDistress matches every case, logging misses and false alarms.
func scoreDistress(t *testing.T, m *catalog.Matcher, name string, cases []distressCase) distressScore {
	t.Helper()
	var s distressScore
	for _, c := range cases {
		r := m.Match(c.Q)
		if c.Kind != "distress" {
			s.alarming++
			if r.Emergency {
				s.falseAlarms++
				t.Logf("%s: false alarm: %q → %s", name, c.Q, r.ID)
			}
			continue
		}
		s.distress++
		switch {
		case !r.Emergency:
			t.Logf("%s: missed: %q (want %v) → %s %s %.2f", name, c.Q, c.Accept, r.Outcome, r.ID, r.Confidence)
		case slices.Contains(c.Accept, r.ID):
			s.answered++
			s.right++
		default:
			s.answered++
			t.Logf("%s: other entry: %q → %s, want %v", name, c.Q, r.ID, c.Accept)
		}
	}
	return s
}

// TestDistressSet measures the emergencies on the set named by
// PIMMS_DISTRESS_SET (one JSON object a line: q, accept, kind "distress"
// or "alarming"); it only reports, so that a fresh set can be measured
// without tuning on it:
//
//	PIMMS_DISTRESS_SET=/path/set.jsonl go test -run TestDistressSet -v ./internal/catalog/
//
// PIMMS_DISTRESS_HALF=even (or odd) keeps only the lines of even (odd)
// number, counted from 0: the reader of danger was tuned with the even
// lines of distress-final.jsonl, the odd ones held out.
func TestDistressSet(t *testing.T) {
	path := os.Getenv("PIMMS_DISTRESS_SET")
	if path == "" {
		t.Skip("set PIMMS_DISTRESS_SET to the path of a distress set")
	}
	cases := readDistressSet(t, path)
	name := filepath.Base(path)
	if half := os.Getenv("PIMMS_DISTRESS_HALF"); half != "" {
		var kept []distressCase
		for i, c := range cases {
			if (i%2 == 1) == (half == "odd") {
				kept = append(kept, c)
			}
		}
		cases, name = kept, name+" ("+half+" lines)"
	}
	s := scoreDistress(t, catalogtest.Matcher(t), name, cases)
	t.Logf("%s: %v", name, s)
}
