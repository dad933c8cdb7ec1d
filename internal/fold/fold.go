// Package fold gives words the one form in which the bot compares them:
// lower case, without accents, ligatures spelled out.
//
// A resident writes « Œuvre à côté », « oeuvre a cote » or « OEUVRE A
// COTE » for the same words: the answer engine (internal/catalog), the
// secret masker (internal/secret) and the mediators' /faq autocomplete
// compare them folded, with [String]. Nothing enters or leaves this
// package but the string it is given and the one it returns.
package fold

import (
	"strings"
	"unicode"

	"golang.org/x/text/unicode/norm"
)

// String returns s in lower case, without diacritics (any combining mark
// left by the canonical decomposition is dropped), with the ligatures œ,
// æ and ß spelled oe, ae and ss: "Œuvre à côté" gives "oeuvre a cote".
// Other characters are kept; an ASCII string already in lower case is
// returned as is, without allocating. It is safe for concurrent use.
func String(s string) string {
	plain, lower := true, true
	for i := 0; i < len(s) && plain; i++ {
		switch c := s[i]; {
		case c >= 0x80:
			plain = false
		case 'A' <= c && c <= 'Z':
			lower = false
		}
	}
	if plain {
		if lower {
			return s
		}
		return strings.ToLower(s)
	}
	var b strings.Builder
	b.Grow(len(s))
	for _, r := range s {
		if r >= rune(len(latinFolds)) {
			// Another script, a combining mark, or invalid UTF-8.
			return decomposed(s)
		}
		b.WriteString(latinFolds[r])
	}
	return b.String()
}

// latinFolds holds the folded form of each rune below U+0250 (Latin,
// Latin-1 Supplement, Latin Extended-A and B), so that the letters French
// is written with fold without decomposing the whole string: each of
// these runes decomposes on its own (none is a combining mark), so
// folding them one by one gives what decomposed gives for the string.
var latinFolds = func() (folds [0x250]string) {
	for r := range folds {
		folds[r] = decomposed(string(rune(r)))
	}
	return folds
}()

// decomposed folds s through its canonical decomposition: any string.
func decomposed(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	for _, r := range norm.NFD.String(s) {
		switch r = unicode.ToLower(r); {
		case unicode.Is(unicode.Mn, r):
		case r == 'œ':
			b.WriteString("oe")
		case r == 'æ':
			b.WriteString("ae")
		case r == 'ß':
			b.WriteString("ss")
		default:
			b.WriteRune(r)
		}
	}
	return b.String()
}
