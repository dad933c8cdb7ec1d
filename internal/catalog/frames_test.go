package catalog

import (
	"path/filepath"
	"strings"
	"testing"
)

// TestPhrasesNeeds checks the words a phrase needs (requiredWords) on
// every message of the test sets, and on phrases written for it: a
// message without them never matches the phrase.
func TestPhrasesNeeds(t *testing.T) {
	texts := []string{
		"ce formulaire va finir par me tuer",
		"il y a trois ans mon ex me frappait c est fini",
		"je suis assistante sociale comment se passe un signalement",
		"la banque me menace de fermer mon compte",
		"elle a ete retrouvee chez une copine",
	}
	files, _ := filepath.Glob("testdata/*.jsonl")
	for _, f := range files {
		for _, l := range readTuneLines(t, f) {
			texts = append(texts, strings.Join(newMessage(phraseKey(l.Q)).words, " "))
		}
	}
	sets := map[string]phrases{"figurative": figurative, "pastFrame": pastFrame, "paperworkFrame": paperworkFrame,
		"professionalFrame": professionalFrame, "resolvedFrame": resolvedFrame, "presentDanger": presentDanger}
	for name, ps := range sets {
		for i, p := range ps {
			if p.needs == nil {
				t.Logf("%s[%d] needs no word: always run", name, i)
			}
			for _, s := range texts {
				if !p.in(s) && p.re.MatchString(s) {
					t.Errorf("%s[%d] matches %q without any of %q", name, i, s, p.needs)
				}
			}
		}
	}
	if got := anyPhrase(`mort(?:e|s)? de (?:rire|honte)`)[0].needs; len(got) != 1 || got[0] != "mort" && got[0] != " de " {
		t.Errorf("« mort… de rire » needs %q, want one of its words", got)
	}
}

// BenchmarkMatchDistress measures a match on messages that go the whole
// way of emergencies (signals, figurative phrases, the danger reader,
// frames): those of the distress sets of testdata.
func BenchmarkMatchDistress(b *testing.B) {
	m := NewMatcher(mustLoadFAQ(b))
	var qs []string
	files, _ := filepath.Glob("testdata/distress*.jsonl")
	for _, f := range files {
		for _, l := range readTuneLines(b, f) {
			qs = append(qs, l.Q)
		}
	}
	b.ReportAllocs()
	for i := 0; b.Loop(); i++ {
		m.Match(qs[i%len(qs)])
	}
}
