package catalog_test

import (
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
