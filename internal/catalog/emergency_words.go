package catalog

import "strings"

// Residents elide « me », « je » and « le » before a consonant as they
// speak, with or without the apostrophe: « mon mari m'tape », « il m
// tape », « i m bat », « j suis battue », « son père l frappe ». Read as
// written, « m tape » is neither « me tape » nor « m'a tapé »: the
// signals (« me tap* »), the families and the danger reader, all written
// in the FAQ's French, miss it, and the engine's ranking, which reads
// « tape » as typing a code, does not put the emergency entries first.
// The elided pronoun is therefore spelt out in full before the signals
// and the danger reader read the words; before a vowel the elision is
// French (« m'insulte », « j'ai ») and left as it is.

// elidedPronouns are the elided words spelt out before a consonant, and
// whether they are also before an h: « m harcèle » is « me harcèle »,
// but « l hôpital » and « j habite » are the elisions of French.
var elidedPronouns = map[string]struct {
	full    string
	beforeH bool
}{
	"m": {"me", true},
	"j": {"je", false},
	"l": {"le", false},
}

// messageWords returns the words of a phrase key (phraseKey) as the
// emergency recogniser reads them: SMS abbreviations spelt out
// (smsWords), then the pronouns elided before a consonant
// (spellElided). Messages, signals and the danger reader's texts are all
// read so.
func messageWords(key string) []string {
	return spellElided(smsWords(strings.Fields(key)))
}

// spellElided spells out, in place, the pronouns of elidedPronouns that
// come before a word beginning with a consonant, and returns words. After
// a number the letter is a unit (« 5 m », « 3 j », « 2 l ») and stays.
func spellElided(words []string) []string {
	for i := 0; i+1 < len(words); i++ {
		p, ok := elidedPronouns[words[i]]
		if !ok || i > 0 && isDigits(words[i-1]) {
			continue
		}
		c := words[i+1][0]
		if isConsonant(c) && (c != 'h' || p.beforeH) {
			words[i] = p.full
		}
	}
	return words
}
