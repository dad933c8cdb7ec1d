package catalog

import (
	"fmt"
	"os"
	"testing"
)

// corpusScore is how the danger reader alone reads lines of the corpus:
// lines in danger read as their entry (score from dangerRead), ordinary
// lines read as danger.
type corpusScore struct {
	danger, right, ordinary, alarmed int
}

func (s corpusScore) String() string {
	return fmt.Sprintf("in danger %d/%d read as their entry; ordinary %d/%d read as danger", s.right, s.danger, s.alarmed, s.ordinary)
}

// readCorpus scores the reader dm on lines.
func readCorpus(m *Matcher, dm *dangerModel, lines []corpusLine) corpusScore {
	var s corpusScore
	for _, l := range lines {
		msg := newMessage(phraseKey(l.text))
		msg.maskFigurative()
		class, score, _ := dm.readAll(&msg)
		read := score >= dangerRead
		if l.class == ordinaryClass {
			s.ordinary++
			if read {
				s.alarmed++
			}
			continue
		}
		s.danger++
		if read && m.docs[dm.classes[class]].id == l.class {
			s.right++
		}
	}
	return s
}

// TestDangerCorpusCV measures the reader's corpus by held-out
// cross-validation on its own lines: in five folds, the reader is trained
// on the FAQ and four fifths of the corpus, and reads the fifth it did not
// see; against the reader trained on the FAQ alone. Learning from the
// corpus must not read more ordinary lines as danger than the FAQ alone
// does on lines it never saw, nor more than two fewer lines in danger as
// their entry (its lines in danger are never learned, see trainDanger).
func TestDangerCorpusCV(t *testing.T) {
	c := mustLoadFAQ(t)
	m := NewMatcher(c)
	const folds = 5
	opt := defaultDanger
	if w := os.Getenv("PIMMS_CORPUS_WEIGHT"); w != "" {
		fmt.Sscan(w, &opt.corpus)
	}
	faqOnly := trainDanger(c, m.urgentID, defaultDanger, nil)
	var with, without corpusScore
	for k := 0; k < folds; k++ {
		var train, held []corpusLine
		for i, l := range dangerCorpus {
			if i%folds == k {
				held = append(held, l)
			} else {
				train = append(train, l)
			}
		}
		if os.Getenv("PIMMS_CORPUS_ORDINARY") != "" {
			kept := train[:0:0]
			for _, l := range train {
				if l.class == ordinaryClass {
					kept = append(kept, l)
				}
			}
			train = kept
		}
		dm := trainDanger(c, m.urgentID, opt, train)
		a, b := readCorpus(m, dm, held), readCorpus(m, faqOnly, held)
		with.danger, with.right, with.ordinary, with.alarmed = with.danger+a.danger, with.right+a.right, with.ordinary+a.ordinary, with.alarmed+a.alarmed
		without.danger, without.right, without.ordinary, without.alarmed = without.danger+b.danger, without.right+b.right, without.ordinary+b.ordinary, without.alarmed+b.alarmed
	}
	t.Logf("FAQ alone: %v", without)
	t.Logf("FAQ and corpus, held out: %v", with)
	if os.Getenv("PIMMS_TUNE") == "" {
		if with.alarmed > without.alarmed {
			t.Errorf("the corpus reads %d ordinary lines as danger, the FAQ alone %d", with.alarmed, without.alarmed)
		}
		if with.right < without.right-2 {
			t.Errorf("the corpus reads %d lines in danger as their entry, the FAQ alone %d", with.right, without.right)
		}
	}
}
