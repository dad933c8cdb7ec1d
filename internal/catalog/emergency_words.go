package catalog

import (
	"strings"
	"unicode/utf8"
)

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
// (spellElided), words in another script read first (scriptWords).
// Messages, signals and the danger reader's texts are all read so.
func messageWords(key string) []string {
	return spellElided(smsWords(scriptWords(strings.Fields(key))))
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

// Residents in danger also write in the script of their language:
// Ukrainian and Russian in Cyrillic letters (« нема де ночувати »), Arabic
// in its own letters (« ضربني »). The signals of those languages are
// written in Latin letters, as many residents type them (« uk: nemaie de
// spaty »), so a word in Cyrillic letters is spelt in Latin ones first,
// the way Ukrainians (when a letter only Ukrainian has, « і », « є »,
// « ґ », says so) or Russians transliterate. Arabic has no such common
// spelling: its signals are written in its letters, and the conjunction
// « و » (« and »), written against the next word (« ولا يستيقظ », « and
// does not wake up »), is read as a word of its own.

// cyrillicLatin spells the Cyrillic letters, once folded (fold.String
// reads « й » as « и », « ї » as « і », « ё » as « е »), in Latin ones:
// common to Ukrainian and Russian, then as each spells the letters they
// read differently.
var (
	cyrillicLatin = map[rune]string{
		'а': "a", 'б': "b", 'в': "v", 'д': "d", 'е': "e", 'ж': "zh", 'з': "z",
		'к': "k", 'л': "l", 'м': "m", 'н': "n", 'о': "o", 'п': "p", 'р': "r",
		'с': "s", 'т': "t", 'у': "u", 'ф': "f", 'х': "kh", 'ц': "ts", 'ч': "ch",
		'ш': "sh", 'щ': "shch", 'ь': "", 'ъ': "", 'ы': "y", 'э': "e", 'ю': "iu",
		'я': "ia", 'і': "i", 'є': "ie", 'ґ': "g",
	}
	ukrainianLatin = map[rune]string{'г': "h", 'и': "y"}
	russianLatin   = map[rune]string{'г': "g", 'и': "i"}
)

// scriptWords returns words with those in Cyrillic letters spelt in Latin
// ones and the Arabic conjunction « و » read apart (see above); words
// itself when there are none, as in most messages.
func scriptWords(words []string) []string {
	cyrillic, arabic, ukrainian := false, false, false
	for _, w := range words {
		for _, r := range w {
			switch {
			case r < 0x400:
			case r <= 0x4ff:
				cyrillic = true
				ukrainian = ukrainian || r == 'і' || r == 'є' || r == 'ґ'
			case r == 'و':
				arabic = true
			}
		}
	}
	if !cyrillic && !arabic {
		return words
	}
	own := russianLatin
	if ukrainian {
		own = ukrainianLatin
	}
	out := make([]string, 0, len(words)+2)
	for _, w := range words {
		if rest, ok := strings.CutPrefix(w, "و"); ok && utf8.RuneCountInString(rest) >= 2 {
			out = append(out, "و", rest)
			continue
		}
		if !strings.ContainsFunc(w, func(r rune) bool { return r >= 0x400 && r <= 0x4ff }) {
			out = append(out, w)
			continue
		}
		var b strings.Builder
		for _, r := range w {
			if s, ok := own[r]; ok {
				b.WriteString(s)
			} else if s, ok := cyrillicLatin[r]; ok {
				b.WriteString(s)
			} else {
				b.WriteRune(r)
			}
		}
		out = append(out, b.String())
	}
	return out
}
