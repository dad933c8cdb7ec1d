package secret

import (
	"reflect"
	"strings"
	"unicode"
	"unicode/utf8"

	"pimmsbot/internal/fold"
)

// A token is a word or a punctuation mark of the text, with its place.
type token struct {
	start, end int
	// norm is the word in lower case without accents; an elided word
	// keeps its apostrophe (« c' », « l' », « jusqu' »); a punctuation
	// mark is itself; a mask already in the text is "[mask]".
	norm string
}

const maskToken = "[mask]"

// elided are the words French writes with an apostrophe before a vowel.
var elided = map[string]bool{
	"c": true, "d": true, "l": true, "j": true, "n": true, "m": true, "s": true, "t": true,
	"qu": true, "jusqu": true, "lorsqu": true, "puisqu": true, "aujourd": true,
}

// gluedToCode are the words residents run into « code » that name a
// secret code: « codepin », « codecb », « codesecret ».
var gluedToCode = set("pin", "puk", "cb", "carte", "secret", "perso", "personnel", "confidentiel", "acces", "otp",
	"sms")

// elidedForm returns w with its apostrophe, « c » as « c' »: the words
// elided are few, and their forms are kept, not built for each token.
func elidedForm(w string) string {
	if f, ok := elidedForms[w]; ok {
		return f
	}
	return w + "'"
}

var elidedForms = func() map[string]string {
	m := map[string]string{}
	for w := range elided {
		m[w] = w + "'"
	}
	return m
}()

// spacedElision are the elided words residents write with a space for
// the apostrophe (« d accès », « l ancien », « j ai »). « c » and « n »
// are not: « c 09-26 » stands for « c'est », « n » for « numéro ».
var spacedElision = set("d", "l", "j", "m", "s", "t", "qu")

// startsVowel reports whether s starts with a vowel or an h, as the word
// after an elided one does.
func startsVowel(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return strings.ContainsRune("aeiouyhAEIOUYHàâéèêëîïôûÀÂÉÈÊÎÔ", r)
}

// tokenize splits the text into words and the punctuation marks that
// matter for finding secrets (: = / and the ends of sentences). Hyphens,
// quotes and other marks separate words and are dropped.
func (sc *scanner) tokenize() {
	s := sc.text
	if cap(sc.toks) < len(s)/4 {
		sc.toks = make([]token, 0, len(s)/4)
	}
	for i := 0; i < len(s); {
		if end, ok := sc.inMask(i); ok {
			sc.toks = append(sc.toks, token{i, end, maskToken})
			i = end
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		switch {
		case isWordRune(r):
			i = sc.wordAt(i, size)
		case r == ':' || r == '=' || r == '/' || r == '?' || r == '!' || r == ';':
			sc.toks = append(sc.toks, token{i, i + size, s[i : i+size]}) // the mark itself, one ASCII byte
			i += size
		case r == '🔐' || r == '🔑' || r == '🗝' || r == '🔏':
			// A key or a lock is how a phone's keyboard names a secret
			// code: « 🔐: Tigre2000 », a card's « 🔐 364 ».
			sc.toks = append(sc.toks, token{i, i + size, "code"})
			i += size
		case r == '.' || r == ',' || r == '\n':
			// A full stop or a comma ends a phrase only when a space
			// follows: « jeanne.martin@gmail.com », « 1.250,00 » are
			// one thing.
			if r == '\n' || i+size == len(s) || isSpace(runeAt(s, i+size)) {
				mark := "."
				if r == ',' {
					mark = ","
				}
				sc.toks = append(sc.toks, token{i, i + size, mark})
			}
			i += size
		default:
			i += size
		}
	}
}

// fold returns the word w as fold.String does, without allocating for
// a word in lower-case ASCII, and writing any other word made of ASCII
// and of the accented Latin letters of French and its neighbours into
// the text's one buffer, sc.folded; other words go to fold.String.
func (sc *scanner) fold(w string) string {
	plain := true
	for k := 0; k < len(w); k++ {
		if c := w[k]; c >= 0x80 {
			for _, r := range w[k:] {
				if r >= 0x80 && (r >= rune(0x80+len(latinFolds)) || latinFolds[r-0x80] == "") {
					return fold.String(w)
				}
			}
			plain = false
			break
		} else if 'A' <= c && c <= 'Z' {
			plain = false
		}
	}
	if plain {
		return w
	}
	if sc.folded.Cap() == 0 {
		sc.folded.Grow(len(sc.text))
	}
	start := sc.folded.Len()
	for k := 0; k < len(w); {
		if c := w[k]; c < 0x80 {
			sc.folded.WriteByte(lower(c))
			k++
			continue
		}
		r, n := utf8.DecodeRuneInString(w[k:])
		sc.folded.WriteString(latinFolds[r-0x80])
		k += n
	}
	return sc.folded.String()[start:]
}

// latinFolds holds, for each rune from U+0080 to U+017F, its folded form
// when it is a letter whose folded form is made of ASCII letters alone
// (« É » gives « e », « œ » « oe »), as fold.String gives it; "" for any
// other.
var latinFolds = func() (f [0x100]string) {
	for r := rune(0x80); r < 0x180; r++ {
		if !unicode.IsLetter(r) {
			continue
		}
		if w := fold.String(string(r)); w != "" && isASCIIPrefix(w, len(w)) {
			f[r-0x80] = w
		}
	}
	return f
}()

// wordAt reads the word starting at byte i, whose first rune has size
// bytes, into one token or two (an elided article and its word, a code's
// name run together), and returns where it ends.
func (sc *scanner) wordAt(i, size int) int {
	s := sc.text
	j := i + size
	for j < len(s) {
		r2, n := utf8.DecodeRuneInString(s[j:])
		if !isWordRune(r2) {
			break
		}
		j += n
	}
	norm := sc.fold(s[i:j])
	// « c'est », « l’ancien »: the elided word keeps its apostrophe, the
	// next word is a token of its own.
	if a, n := utf8.DecodeRuneInString(s[j:]); (a == '\'' || a == '’') && elided[norm] {
		if b, _ := utf8.DecodeRuneInString(s[j+n:]); unicode.IsLetter(b) {
			sc.toks = append(sc.toks, token{i, j + n, elidedForm(norm)})
			return j + n
		}
	}
	if spacedElision[norm] && j+1 < len(s) && s[j] == ' ' && startsVowel(s[j+1:]) {
		// « code d accès », « l ancien », « j ai »: the apostrophe
		// dropped, a space in its place.
		sc.toks = append(sc.toks, token{i, j, elidedForm(norm)})
		return j
	}
	if a, w, ok := splitElided(norm); ok && isASCIIPrefix(s[i:j], len(a)) {
		// « dacces », « jusqua »: the article and the word.
		sc.toks = append(sc.toks, token{i, i + len(a), elidedForm(a)}, token{i + len(a), j, w})
		return j
	}
	if rest, ok := strings.CutPrefix(norm, "code"); ok && gluedToCode[rest] && isASCIIPrefix(s[i:j], 4) {
		// « codepin 4821 », « codecb », « codesecret »: a code's name
		// run together, read as its two words.
		sc.toks = append(sc.toks, token{i, i + 4, "code"}, token{i + 4, j, rest})
		return j
	}
	if d := strings.IndexAny(s[i:j], "0123456789"); d >= 3 && d <= 4 && j-(i+d) == 2 && isDigits(s[i+d:j]) &&
		keyNames[strings.ToLower(s[i:i+d])] {
		// « 1850775115423 clé87 »: a NIR's or a RIB's key run together
		// with its name.
		sc.toks = append(sc.toks, token{i, i + d, "cle"}, token{i + d, j, s[i+d : j]})
		return j
	}
	if w := cueWord(norm); w != "" {
		norm = w
	} else if w, ok := foreignWords[norm]; ok {
		norm = w
	} else if w := cardCodeAbbrev(norm); w != "" {
		norm = w
	} else if norm == "e" && (s[i:j] != "e" && s[i:j] != "E" || digitAfterSpace(s, j)) {
		// Portuguese « é », Romanian « e » before a value (« codul de la
		// card e 5582 »); « e-mail » stays.
		norm = "est"
	}
	sc.toks = append(sc.toks, token{i, j, norm})
	return j
}

// keyNames are the spellings of a key's name residents run together
// with its two digits.
var keyNames = set("cle", "clé", "clef")

// digitAfterSpace reports whether one space and a digit follow byte j.
func digitAfterSpace(s string, j int) bool {
	return j+1 < len(s) && s[j] == ' ' && isDigit(s[j+1])
}

func runeAt(s string, i int) rune {
	r, _ := utf8.DecodeRuneInString(s[i:])
	return r
}

func isWordRune(r rune) bool {
	// A word of Tamil or Hindi holds vowel signs, which are marks.
	// An emoji's variation selector (« ➡️ ») is a mark too, of no word.
	return unicode.IsLetter(r) || unicode.IsDigit(r) || r == '_' || r >= 0x300 && !(r >= 0xfe00 && r <= 0xfe0f) && unicode.Is(unicode.M, r)
}

// isSpace reports whether r separates words: spaces, including the
// non-breaking and narrow ones French typography puts before « : ».
func isSpace(r rune) bool {
	switch r {
	case ' ', '\t', '\n', '\r', '\u00a0', '\u202f', '\u2009', '\u2007', '\u2002', '\u2003':
		return true
	}
	return false
}

// at reports whether the tokens from i spell phrase, and returns the index
// after it.
func (sc *scanner) at(i int, phrase ...string) (int, bool) {
	if i < 0 || i+len(phrase) > len(sc.toks) {
		return i, false
	}
	for k, w := range phrase {
		if sc.toks[i+k].norm != w {
			return i, false
		}
	}
	return i + len(phrase), true
}

// atAny returns the index after the longest of phrases spelled from i.
func (sc *scanner) atAny(i int, phrases phraseSet) (int, bool) {
	if i < 0 || i >= len(sc.toks) {
		return i, false
	}
	first := sc.toks[i].norm
	if !phrases.mayStart(first) {
		return i, false
	}
	best, ok := i, false
	for _, p := range phrases.byFirst[first] {
		if j, m := sc.at(i, p...); m && j > best {
			best, ok = j, true
		}
	}
	return best, ok
}

// endsAt reports whether phrase ends just before token i, and returns the
// index of its first token.
func (sc *scanner) endsAt(i int, phrases phraseSet) (int, bool) {
	best, ok := i, false
	for _, p := range phrases.all {
		k := i - len(p)
		if _, m := sc.at(k, p...); m && (!ok || k < best) {
			best, ok = k, true
		}
	}
	return best, ok
}

// has reports whether a token of the text is one of words. The rules ask
// it for each number or value they look at; the answer is kept, so that
// a long message full of numbers is read once per set of words.
func (sc *scanner) has(words map[string]bool) bool {
	key := reflect.ValueOf(words).Pointer()
	if v, ok := sc.found[key]; ok {
		return v
	}
	v := false
	for _, t := range sc.toks {
		if words[t.norm] {
			v = true
			break
		}
	}
	if sc.found == nil {
		sc.found = map[uintptr]bool{}
	}
	sc.found[key] = v
	return v
}

// isDigits reports whether s is made of ASCII digits only.
func isDigits(s string) bool {
	if s == "" {
		return false
	}
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return true
}

func set(words ...string) map[string]bool {
	m := make(map[string]bool, len(words))
	for _, w := range words {
		m[w] = true
	}
	return m
}

// union returns a set of the words of a and b.
func union(a, b map[string]bool) map[string]bool {
	m := make(map[string]bool, len(a)+len(b))
	for w := range a {
		m[w] = true
	}
	for w := range b {
		m[w] = true
	}
	return m
}

// A phraseSet is a list of phrases, each a list of normalised words,
// indexed by their first word.
type phraseSet struct {
	all     [][]string
	byFirst map[string][][]string
	// The first bytes and the lengths (up to 63, longer ones as 63) of
	// the first words: most tokens start no phrase, and these tell so
	// without hashing the token.
	firstBytes [4]uint64
	lengths    uint64
}

func phrases(ps ...string) phraseSet {
	s := phraseSet{byFirst: make(map[string][][]string)}
	for _, p := range ps {
		w := strings.Fields(p)
		s.all = append(s.all, w)
		s.byFirst[w[0]] = append(s.byFirst[w[0]], w)
		c := w[0][0]
		s.firstBytes[c/64] |= 1 << (c % 64)
		s.lengths |= 1 << min(len(w[0]), 63)
	}
	return s
}

// mayStart reports whether the word w may be the first word of one of
// the phrases; false means it is none.
func (s *phraseSet) mayStart(w string) bool {
	if w == "" {
		return false
	}
	c := w[0]
	return s.firstBytes[c/64]&(1<<(c%64)) != 0 && s.lengths&(1<<min(len(w), 63)) != 0
}

// isASCIIPrefix reports whether the first n bytes of s are ASCII letters.
func isASCIIPrefix(s string, n int) bool {
	if len(s) < n {
		return false
	}
	for k := range n {
		if !isLetter(s[k]) {
			return false
		}
	}
	return true
}
