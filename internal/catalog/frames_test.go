package catalog

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"
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

// TestSplitAlternatives checks that a large expression asked through its
// alternatives (splitAlternatives) matches exactly the texts it matches
// whole: every message of the test sets and of the danger corpus, in the
// forms the recogniser reads, against every guarded expression split.
func TestSplitAlternatives(t *testing.T) {
	texts := []string{"il me tape", "il m a mis des claques", "je suis battue", "m a pris mon passeport", "rien"}
	files, _ := filepath.Glob("testdata/*.jsonl")
	for _, f := range files {
		for _, l := range readTuneLines(t, f) {
			key := phraseKey(l.Q)
			texts = append(texts, key, strings.Join(newMessage(key).words, " "))
		}
	}
	corpus, err := os.ReadFile("danger_corpus.txt")
	if err != nil {
		t.Fatal(err)
	}
	for _, l := range strings.Split(string(corpus), "\n") {
		texts = append(texts, phraseKey(l))
	}
	slices.Sort(texts)
	texts = slices.Compact(texts)
	if raceDetector {
		// One text in ten, a different tenth each day.
		var sample []string
		for i := time.Now().YearDay() % 10; i < len(texts); i += 10 {
			sample = append(sample, texts[i])
		}
		texts = sample
	}
	split, matched := 0, 0
	for _, g := range everyGuard {
		if g.alts == nil {
			continue
		}
		split++
		for _, s := range texts {
			whole := g.re.MatchString(s)
			if got := g.MatchString(s); got != whole {
				t.Errorf("%.60q… on %q: alternatives say %v, whole says %v", g.re.String(), s, got, whole)
			}
			if whole {
				matched++
			}
			for _, a := range g.alts {
				if !a.may(s) && a.re.MatchString(s) {
					t.Errorf("alternative %.60q… matches %q without any of %q", a.re.String(), s, a.needs)
				}
			}
		}
	}
	if split == 0 || matched == 0 {
		t.Fatalf("%d expressions split, %d matches: the test checks nothing", split, matched)
	}
	t.Logf("%d expressions split, checked on %d texts (%d matches)", split, len(texts), matched)
}
