package catalog

import "strings"

// Residents in distress write as they speak: « il ma taper », « jen pe plu »,
// « on dor ds la voiture avc les petit ». Signals are therefore also matched
// on the sound of the words: smsWords first spells out the usual
// abbreviations, then sound reduces a word to a rough French pronunciation,
// so that « tapé », « taper » and « tapai » are all « tap », « plu » is
// « plus » and « enfan » is « enfant ».

// smsForms are the abbreviations of text messages, spelt out.
var smsForms = map[string]string{
	"avc": "avec", "ac": "avec", "ds": "dans", "dan": "dans", "tt": "tout", "tte": "toute",
	"ts": "tous", "pr": "pour", "bcp": "beaucoup", "jsp": "je sais pas",
	"chui": "je suis", "chuis": "je suis", "jsuis": "je suis", "jsui": "je suis",
	"jai": "j ai", "jen": "j en", "jetai": "j etais", "jetais": "j etais",
	"javais": "j avais", "jarrive": "j arrive", "jarive": "j arrive", "jy": "j y",
	"ke": "que", "k": "que", "ki": "qui", "koi": "quoi", "pa": "pas",
	"ya": "il y a", "bb": "bebe", "qqn": "quelqu un", "qq": "quelqu un",
	"mm": "meme", "tjrs": "toujours", "tjr": "toujours", "pcq": "parce que",
	"psk": "parce que", "pk": "pourquoi", "mnt": "maintenant", "mtn": "maintenant",
	"dpuis": "depuis", "dpui": "depuis", "o": "au", "a": "a", "mé": "mais",
	"sui": "suis", "di": "dit", "fo": "faut", "tro": "trop", "moa": "moi",
	"toa": "toi", "vx": "veux", "pe": "peux", "peu": "peux", "plu": "plus",
}

// smsWords spells out the abbreviations of words; « jveux » is « je
// veux », as is every j followed by a consonant.
func smsWords(words []string) []string {
	var out []string
	for i, w := range words {
		long, ok := smsForms[w]
		if !ok && len(w) >= 3 && w[0] == 'j' && isConsonant(w[1]) && w[1] != 'h' {
			long, ok = "je "+w[1:], true
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
