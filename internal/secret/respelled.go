package secret

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// respelled masks a password given again in another form: with a sign
// added or its case changed (« j'ai essayé « X » et aussi « X! » »), or a
// date written with and without its slashes (« 19/05/1971 et
// 19051971 »). Whatever the rule that masked the first, the other
// shows the same secret: a run of characters between spaces whose
// letters and digits, read in lower case, are those of a masked
// password, six at least, goes too. repeats takes the same characters
// again, variants the same start with another end.
func (sc *scanner) respelled() {
	n := len(sc.spans)
	for i := 0; i < n; i++ {
		s := sc.spans[i]
		if s.kind != Password || alnumCount(sc.text[s.start:s.end]) < 6 {
			continue
		}
		for at := 0; at < len(sc.text); {
			fs, fe := nextField(sc.text, at)
			if fs < 0 {
				break
			}
			at = fe
			f := strings.TrimLeft(sc.text[fs:fe], "«\"“'‘(")
			f = strings.TrimRight(f, "»\"”'’),;:.?")
			vs := fs + strings.Index(sc.text[fs:fe], f)
			if f == "" || sc.overlaps(vs, vs+len(f)) || !sameAlnum(f, sc.text[s.start:s.end]) {
				continue
			}
			sc.add(vs, vs+len(f), Password, MaskPassword)
		}
	}
}

// overlaps reports whether bytes s to e overlap a span already masked.
func (sc *scanner) overlaps(s, e int) bool {
	for _, sp := range sc.spans {
		if s < sp.end && sp.start < e {
			return true
		}
	}
	return false
}

// alnumCount counts the letters and digits of s.
func alnumCount(s string) int {
	n := 0
	for _, r := range s {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			n++
		}
	}
	return n
}

// sameAlnum reports whether a and b have the same letters and digits in
// the same order, whatever their case and the signs between them.
func sameAlnum(a, b string) bool {
	for {
		ra, ia := nextAlnum(a)
		rb, ib := nextAlnum(b)
		if ia < 0 || ib < 0 {
			return ia < 0 && ib < 0
		}
		if unicode.ToLower(ra) != unicode.ToLower(rb) {
			return false
		}
		a, b = a[ia:], b[ib:]
	}
}

// nextAlnum returns the first letter or digit of s and the byte after
// it, or -1.
func nextAlnum(s string) (rune, int) {
	for i, r := range s {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			return r, i + utf8.RuneLen(r)
		}
	}
	return 0, -1
}
