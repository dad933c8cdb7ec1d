package catalog

import (
	"slices"
	"strings"
)

// Residents in distress write as they speak: « il ma taper », « jen pe plu »,
// « on dor ds la voiture avc les petit ». Signals are therefore also matched
// on the sound of the words: smsWords first spells out the usual
// abbreviations, then sound reduces a word to a rough French pronunciation,
// so that « tapé », « taper » and « tapai » are all « tap », « plu » is
// « plus » and « enfan » is « enfant ».

// smsForms are the abbreviations of text messages, spelt out.
var smsForms = map[string]string{
	"avc": "avec", "ac": "avec", "ds": "dans", "dan": "dans", "tt": "tout", "tte": "toute",
	"pr": "pour", "bcp": "beaucoup", "jsp": "je sais pas",
	"chui": "je suis", "chuis": "je suis", "jsuis": "je suis", "jsui": "je suis",
	"jai": "j ai", "jen": "j en", "jetai": "j etais", "jetais": "j etais",
	"javais": "j avais", "jarrive": "j arrive", "jarive": "j arrive", "jy": "j y",
	"ke": "que", "k": "que", "ki": "qui", "koi": "quoi", "pa": "pas",
	"ya": "il y a", "bb": "bebe", "qqn": "quelqu un", "qq": "quelqu un",
	"mm": "meme", "tjrs": "toujours", "tjr": "toujours", "pcq": "parce que",
	"psk": "parce que", "pk": "pourquoi", "mnt": "maintenant", "mtn": "maintenant",
	"dpuis": "depuis", "dpui": "depuis", "depui": "depuis", "o": "au", "a": "a", "mé": "mais",
	"sui": "suis", "di": "dit", "fo": "faut", "tro": "trop", "moa": "moi",
	"toa": "toi", "g": "j ai", "c": "c est", "dsl": "desole", "vx": "veux", "pe": "peux", "peu": "peux", "plu": "plus",
	"lair": "l air", "jve": "je veux", "jvx": "je veux",
}

// smsWords spells out the abbreviations of words; « jveux » is « je
// veux », as is every j followed by a consonant, and « ts » is « tous »
// or « tentative de suicide » (tsForm).
func smsWords(words []string) []string {
	var out []string
	for i, w := range words {
		long, ok := smsForms[w]
		if w == "avc" && avcStroke(words, i) {
			long, ok = w, false
		}
		if w == "ts" {
			long, ok = tsForm(words, i), true
		}
		if ok && i+1 < len(words) && (strings.HasSuffix(long, " "+words[i+1]) || w == "c" && cElided[words[i+1]]) {
			// « c » is « c est », but not in « c est »: the word it
			// stands for follows already; nor in « c etait », the
			// elided « ce » of « c'était » (not « c est etait »).
			ok = false
		}
		if !ok && len(w) >= 3 && w[0] == 'j' && isConsonant(w[1]) && w[1] != 'h' {
			long, ok = "je "+w[1:], true
		}
		if !ok && strings.HasPrefix(w, "re") && blowAgain(words, i) {
			long, ok = "encore "+w[2:], true
		}
		if !ok {
			if out != nil {
				out = append(out, w)
			}
			continue
		}
		if out == nil {
			out = append(make([]string, 0, len(words)+4), words[:i]...)
		}
		out = append(out, strings.Fields(long)...)
	}
	if out == nil {
		return words
	}
	return out
}

// againStems are the verbs of blows that « re- » makes « again »: « il
// m'a recognée », « il ma retapé ».
var againStems = []string{"frap", "tap", "cogn", "secou", "gifl", "tabass", "etrangl", "menac"}

// objectPronouns are the words before such a verb that say whom it
// strikes; after « a », the word before it (« m a retapee »).
var objectPronouns = map[string]bool{"me": true, "ma": true, "m": true, "la": true, "le": true, "les": true, "l": true, "nous": true, "te": true, "t": true}

// blowAgain reports whether words[i] is a verb of blows with « re- »
// after an object pronoun: « re » is then « encore », a danger that
// comes back, and the verb is read without it (« retaper la cuisine »
// stays as it is).
func blowAgain(words []string, i int) bool {
	w := words[i]
	if !slices.ContainsFunc(againStems, func(s string) bool { return strings.HasPrefix(w[2:], s) }) || i == 0 {
		return false
	}
	prev := words[i-1]
	if prev == "a" && i >= 2 {
		prev = words[i-2]
	}
	return objectPronouns[prev]
}

// cElided are the words after which « c » is the elided « ce »
// (« c'était », « c'étaient », « c'eût »), not « c'est » in a text message.
var cElided = map[string]bool{"etait": true, "etaient": true, "eut": true, "est": true}

// tsBefore are the words after which « ts » is a suicide attempt, not
// « tous »: an article, a number, a verb (« une TS », « ma 2e TS », « fait
// une ts », « déjà fait 2 ts »).
var tsBefore = map[string]bool{
	"une": true, "1": true, "2": true, "3": true, "deux": true, "trois": true,
	"ma": true, "sa": true, "ta": true, "des": true, "mes": true, "ses": true,
	"fait": true, "fais": true, "faire": true, "refait": true, "refaire": true,
	"deja": true, "autre": true, "nouvelle": true, "premiere": true,
	"derniere": true, "2e": true, "2eme": true, "apres": true, "d": true,
	"de": true, "la": true, "tenter": true,
}

// tsAfter are the words after which « ts » is « tous »: « ts les jours »,
// « de ts mes papiers ».
var tsAfter = map[string]bool{
	"les": true, "mes": true, "tes": true, "ses": true, "nos": true, "vos": true,
	"leurs": true, "ces": true, "ceux": true, "celles": true, "ensemble": true,
	"pareil": true, "pareils": true, "deux": true, "trois": true,
}

// avcBefore are the words after which « avc » names a stroke (« un AVC »,
// « son avc », « fait un avc »), not « avec ».
var avcBefore = map[string]bool{"un": true, "une": true, "l": true, "d": true, "son": true, "sa": true, "mon": true,
	"ma": true, "ton": true, "ta": true, "notre": true, "votre": true, "leur": true, "cet": true, "cette": true}

// avcStroke reports whether « avc », words[i], names a stroke: after an
// article or a possessive, or opening the message (« AVC maman »): in a
// text message « avc » is « avec » between two words (« on dort ds la
// voiture avc les petits »).
func avcStroke(words []string, i int) bool {
	if i > 0 {
		return avcBefore[words[i-1]]
	}
	// Opening the message: « avc mon mari on voudrait l'APL » is « avec »;
	// « AVC ma mère », « avc papa » a stroke.
	return len(words) <= 3 || !avcCompanion[words[1]]
}

// avcCompanion are the words after which an opening « avc » is « avec »
// in a longer message: who one is with.
var avcCompanion = map[string]bool{"mon": true, "ma": true, "mes": true, "le": true, "la": true, "les": true,
	"un": true, "une": true, "des": true, "son": true, "sa": true, "ses": true, "notre": true, "nos": true,
	"leur": true, "leurs": true, "lui": true, "elle": true, "eux": true, "moi": true, "toi": true}

// tsForm spells out « ts », words[i]: « tentative de suicide » after an
// article, a number or a verb, else « tous » (« ts les jours »).
func tsForm(words []string, i int) string {
	if i > 0 && tsBefore[words[i-1]] && (i+1 == len(words) || !tsAfter[words[i+1]]) {
		return "tentative de suicide"
	}
	return "tous"
}

func isVowel(c byte) bool {
	switch c {
	case 'a', 'e', 'i', 'o', 'u', 'y':
		return true
	}
	return false
}

func isConsonant(c byte) bool { return c >= 'a' && c <= 'z' && !isVowel(c) }

// sound reduces a word (lower case, no accents) to a rough pronunciation:
// « frappée » and « frape » are « frap », « enfants » is « AfA ».
func sound(w string) string { return trimSilent(soundStem(w)) }

// soundStem is sound without the silent endings, for the beginnings of
// words that end a signal word with *.
func soundStem(w string) string {
	b := make([]byte, 0, len(w))
	for i := 0; i < len(w); i++ {
		c := w[i]
		next := byte(0)
		if i+1 < len(w) {
			next = w[i+1]
		}
		after := byte(0)
		if i+2 < len(w) {
			after = w[i+2]
		}
		nasal := next == 'n' || next == 'm'
		nasalEnd := nasal && (after == 0 || isConsonant(after) && after != 'n' && after != 'm' && after != 'h')
		switch {
		case c == 'p' && next == 'h':
			b = append(b, 'f')
			i++
		case c == 'q' && next == 'u':
			b = append(b, 'k')
			i++
		case c == 'q', c == 'c' && next == 'k':
			b = append(b, 'k')
			if c == 'c' {
				i++
			}
		case c == 'c' && next == 'h':
			b = append(b, 'C')
			i++
		case c == 'c' && (next == 'e' || next == 'i' || next == 'y'):
			b = append(b, 's')
		case c == 'c':
			b = append(b, 'k')
		case c == 'g' && next == 'u' && (after == 'e' || after == 'i'):
			b = append(b, 'g')
			i++
		case c == 'g' && (next == 'e' || next == 'i' || next == 'y'):
			b = append(b, 'j')
		case c == 'h':
		case c == 'y':
			b = append(b, 'i')
		case c == 'w':
			b = append(b, 'v')
		case c == 'z':
			b = append(b, 's')
		case c == 'e' && next == 'a' && after == 'u':
			b = append(b, 'o')
			i += 2
		case c == 'a' && next == 'u':
			b = append(b, 'o')
			i++
		case (c == 'a' || c == 'e') && next == 'i' && (after == 'n' || after == 'm') && (i+3 == len(w) || isConsonant(w[i+3]) && w[i+3] != 'n' && w[i+3] != 'm'):
			b = append(b, 'I')
			i += 2
		case (c == 'a' || c == 'e') && next == 'i':
			b = append(b, 'e')
			i++
		case (c == 'a' || c == 'e') && nasalEnd:
			b = append(b, 'A')
			i++
		case (c == 'i' || c == 'u') && nasalEnd:
			b = append(b, 'I')
			i++
		case c == 'o' && nasalEnd:
			b = append(b, 'O')
			i++
		case c == 'e' && (next == 'r' || next == 'z' || next == 't') && after == 0 && i > 1:
			b = append(b, 'e')
			i++
		default:
			if n := len(b); n > 0 && b[n-1] == c {
				continue // double letters
			}
			b = append(b, c)
		}
	}
	return string(b)
}

// trimSilent drops the letters French does not pronounce at the end of a
// word: « dors » and « dort » are « dor », « tapée » is « tap ».
func trimSilent(s string) string {
	for _, set := range []string{"sx", "tdgp", "e"} {
		if n := len(s); n > 1 && strings.IndexByte(set, s[n-1]) >= 0 {
			s = s[:n-1]
		}
	}
	return s
}
