package catalog

import (
	"path/filepath"
	"strings"
	"testing"
)

// TestPhrasesNeeds checks the words a phrase or a guarded expression
// needs (requiredWords) on every message of the test sets, and on
// phrases written for it: a message without them never matches.
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
	single := map[string]guarded{"gameShout": gameShout, "offTopic": offTopic, "childWord": childWord, "notChild": notChild,
		"minor": minor, "againstWriter": againstWriter, "minorWriter": minorWriter, "childSpeak": childSpeak,
		"agedParent": agedParent, "selfHarm": selfHarm, "selfThreat": selfThreat, "ingested": ingested,
		"bodyFails": bodyFails, "elderAge": elderAge, "grandChild": grandChild, "byOffspring": byOffspring,
		"serviceName": serviceName, "planningFrame": planningFrame, "normalFrame": normalFrame, "hearsay": hearsay,
		"harmlessHurt": harmlessHurt, "modalEncore": modalEncore, "numberHearsay": numberHearsay, "tripFear": tripFear}
	for name, g := range single {
		sets[name] = phrases{g}
	}
	for name, ps := range sets {
		for i, p := range ps {
			if p.needs == nil {
				t.Logf("%s[%d] needs no word: always run", name, i)
			}
			for _, s := range texts {
				if !p.may(s) && p.re.MatchString(s) {
					t.Errorf("%s[%d] matches %q without any of %q", name, i, s, p.needs)
				}
			}
		}
	}
	for _, w := range anyPhrase(`mort(?:e|s)? de (?:rire|honte)`)[0].needs {
		if !strings.Contains(w, "mort") && !strings.Contains(w, " de ") {
			t.Errorf("« mort… de rire » needs %q, want one of its words", w)
		}
	}
	if got := guard(`\bb(?:oy|aby)\b`).needs; len(got) != 2 || got[0] != "boy" || got[1] != "baby" {
		t.Errorf("« b(?:oy|aby) » needs %q, want boy or baby", got)
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
