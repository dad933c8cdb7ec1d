package catalog

import (
	"path/filepath"
	"strings"
	"testing"
)

// TestScanNeedsAgreesWithContains checks the one-pass reading of a text
// against strings.Contains, for every required string and the messages
// of the distress test sets with their phrase keys (the texts the
// emergency path asks about), plus texts that end inside a string.
func TestScanNeedsAgreesWithContains(t *testing.T) {
	if len(needTable.all) < 100 {
		t.Fatalf("needTable holds %d strings; the guarded expressions were not numbered", len(needTable.all))
	}
	texts := []string{"", "a", " ", "j ai peur", "il me frap", "é"}
	files, _ := filepath.Glob("testdata/distress*.jsonl")
	for _, f := range files {
		for _, l := range readTuneLines(t, f) {
			texts = append(texts, l.Q, phraseKey(l.Q))
		}
	}
	for _, w := range needTable.all[:50] {
		texts = append(texts, w, w[:len(w)-1], "x"+w)
	}
	found := 0
	for _, text := range texts {
		sc := scanNeeds(text)
		for id, w := range needTable.all {
			has := sc.has[id/64]&(1<<(id%64)) != 0
			if has != strings.Contains(text, w) {
				t.Fatalf("scanNeeds(%q) says %v for %q; strings.Contains says %v", text, has, w, !has)
			}
			if has {
				found++
			}
		}
	}
	if found == 0 {
		t.Fatal("no text holds any required string")
	}
}
