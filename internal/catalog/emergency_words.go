package catalog

import (
	"slices"
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
	return objectFirst(spellElided(smsWords(scriptWords(strings.Fields(key)))))
}

// Residents who learn French often put the object pronoun after the verb,
// as their language does: « il bat moi », « mon frère tue moi », « il
// frappe nous ». Read as written, no signal (« me bat », « nous
// frapp* ») and no pair of the danger reader (« me bat ») sees them.
// objectFirst reads them in French order, only after a verb of
// violence in the third person, the first person's « bat moi » being a
// boast or a game (« je te bats »).

// violentVerbs are the third-person forms that objectFirst reorders.
var violentVerbs = map[string]bool{
	"bat": true, "battre": true, "frappe": true, "frapper": true, "tape": true, "taper": true,
	"tue": true, "tuer": true, "touche": true, "toucher": true, "viole": true, "cogne": true,
	"tabasse": true, "menace": true, "etrangle": true, "enferme": true, "insulte": true,
	"gifle": true, "force": true, "oblige": true, "attache": true, "brule": true, "pousse": true,
	"marier": true, "marie": true,
}

// thingAfter are the determiners of a thing after « moi »: « il tape moi
// ses devoirs » types them for the writer.
var thingAfter = map[string]bool{"ses": true, "mes": true, "un": true, "une": true, "des": true, "ce": true, "cette": true, "ca": true, "son": true, "sa": true, "mon": true, "ma": true, "le": true, "les": true}

// objectFirst moves « moi » or « nous » before the verb of violence it
// follows, in place: « il bat moi hier » is read « il me bat hier ». The
// verb must not already have its pronoun (« il me bat moi aussi »).
func objectFirst(words []string) []string {
	for i := 1; i+1 < len(words); i++ {
		obj := words[i+1]
		if obj != "moi" && obj != "nous" || !violentVerbs[words[i]] {
			continue
		}
		if i+2 < len(words) && thingAfter[words[i+2]] {
			// « tape-moi ses devoirs »: « moi » is for whom, a thing follows.
			continue
		}
		switch words[i-1] {
		case "me", "m", "nous", "je", "j", "te", "tu", "se", "vous", "le", "la", "les", "a", "de", "pour", "sans":
			continue
		}
		pron := "me"
		if obj == "nous" {
			pron = "nous"
		}
		words[i], words[i+1] = pron, words[i]
	}
	return words
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

// A signal's words are read in one sentence: « on part à la fin du mois.
// J'ai peur de rater des lettres » holds no « moi peur », nor « tout
// saute. J'ai du retard » a « sauter du ». Residents in danger write
// without stops as often as with them; a stop they write still parts two
// things said. An ellipsis (« il m'a... frappée ») is a pause, not a stop,
// and so is a dot inside a word or a number (« 3.5 », « caf.fr »).

// sentenceEnd reports whether q[i] ends a sentence: a full stop, a
// question or exclamation mark, a colon or a semicolon followed by a space
// or the end, not after or before another dot; or a line break.
func sentenceEnd(q string, i int) bool {
	switch q[i] {
	case '\n':
		return true
	case '.':
		if i > 0 && q[i-1] == '.' || i+1 < len(q) && q[i+1] == '.' {
			return false
		}
	case '!', '?', ':', ';':
	default:
		return false
	}
	return i+1 == len(q) || q[i+1] == ' ' || q[i+1] == '\n' || q[i+1] == '\t'
}

// sentenceBreaks returns, for the words of the message q (messageWords
// of its phraseKey), whether a sentence ends before each; nil when q has
// one sentence, or when its sentences, read one by one, do not give the
// same words (an abbreviation read with the word after a stop).
func sentenceBreaks(q string, words []string) []bool {
	var breaks []bool
	n, from := 0, 0
	for i := 0; i <= len(q); i++ {
		if i < len(q) && !sentenceEnd(q, i) {
			continue
		}
		part := messageWords(phraseKey(q[from:i]))
		from = i + 1
		if len(part) == 0 {
			continue
		}
		if n+len(part) > len(words) || !slices.Equal(part, words[n:n+len(part)]) {
			return nil
		}
		if n > 0 && i < len(q)+1 {
			if breaks == nil {
				breaks = make([]bool, len(words))
			}
			breaks[n] = true
		}
		n += len(part)
	}
	if n != len(words) {
		return nil
	}
	return breaks
}

// withinSentences returns the signals of hit, by index in m.signals,
// whose words are read in one sentence of q (see sentenceBreaks).
func (m *Matcher) withinSentences(q string, msg *message, hit []int) []int {
	if !strings.ContainsAny(q, ".!?:;\n") {
		return hit
	}
	if msg.breaks = sentenceBreaks(q, msg.words); msg.breaks == nil {
		return hit
	}
	kept := hit[:0]
	for _, i := range hit {
		if m.signals[i].in(msg) {
			kept = append(kept, i)
		}
	}
	return kept
}
