package catalog_test

import (
	"slices"
	"testing"

	"pimmsbot/internal/catalog"
	"pimmsbot/internal/catalog/catalogtest"
)

// TestSmallTalkOfStopWords: a message that is exactly an intent's phrasing
// is that intent, even when every word of it is a stop word.
func TestSmallTalkOfStopWords(t *testing.T) {
	m := catalogtest.Matcher(t)
	for _, tt := range []struct{ q, want string }{
		{"a plus", catalog.IntentGoodbye},
		{"À plus !", catalog.IntentGoodbye},
		{"a+", catalog.IntentGoodbye},
		{"MERCI", catalog.IntentThanks},
		{"humain", catalog.IntentHandover},
	} {
		if r := m.Match(tt.q); r.Outcome != catalog.Answer || r.ID != tt.want {
			t.Errorf("Match(%q) = %v %q, want %s", tt.q, r.Outcome, r.ID, tt.want)
		}
	}
	// A phrasing inside a longer message is not enough.
	if r := m.Match("a plus tard je dois refaire mon passeport"); r.ID == catalog.IntentGoodbye {
		t.Errorf("a question that starts with « a plus » answered goodbye")
	}
}

// TestSmallTalkSpellings: residents thank and greet in SMS spellings and
// in the languages they speak at home (faq/synonyms.yaml), and write
// « vs » for « vous »; such a message is still small talk only.
func TestSmallTalkSpellings(t *testing.T) {
	m := catalogtest.Matcher(t)
	for _, tt := range []struct{ q, want string }{
		{"mrci beaucoup", catalog.IntentThanks},
		{"choukran bcp", catalog.IntentThanks},
		{"teşekkürler", catalog.IntentThanks},
		{"salam alaikoum", catalog.IntentGreeting},
		{"bonne soirée à vs", catalog.IntentGoodbye},
	} {
		if r := m.Match(tt.q); r.Outcome != catalog.Answer || r.ID != tt.want {
			t.Errorf("Match(%q) = %v %q, want %s", tt.q, r.Outcome, r.ID, tt.want)
		}
	}
}

// TestQuestionWordChoosesEntry: « quand » asks for a date, « où est »
// for a place. « Quand » makes the payment date the answer; « où est le
// PIMMS » at least offers the address, never answers what the PIMMS is.
func TestQuestionWordChoosesEntry(t *testing.T) {
	m := catalogtest.Matcher(t)
	if r := m.Match("c'est quand que la caf paie les apl"); r.Outcome != catalog.Answer || r.ID != "caf-date-paiement" {
		t.Errorf("« quand » with the CAF and the APL = %v %q %v, want caf-date-paiement", r.Outcome, r.ID, r.Candidates)
	}
	for _, q := range []string{"le PIMMS c'est où ?", "ou se trouve le pimms"} {
		r := m.Match(q)
		if r.Outcome == catalog.Answer && r.ID != "pimms-horaires-adresse" || r.Outcome != catalog.Answer && !slices.Contains(r.Offered, "pimms-horaires-adresse") {
			t.Errorf("Match(%q) = %v %q %v, want the address answered or offered", q, r.Outcome, r.ID, r.Offered)
		}
	}
}
