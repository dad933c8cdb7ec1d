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
		if s.kind == Password {
			sc.stemVariants(s)
		}
		if s.kind != Password || alnumCount(sc.text[s.start:s.end]) < 6 {
			continue
		}
		for at := 0; at < len(sc.text); {
			fs, fe := nextField(sc.text, at)
			if fs < 0 {
				break
			}
			at = fe
			f, vs := unquoted(sc.text, fs, fe)
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

// stemVariants masks the other tries of one password in the sentence of
// the span s, a plain word and the same word with digits or signs: the
// resident who tried « azerty », « Azerty » and « azerty1 », or who says
// « c'était pas Hirondelle mais hirondelle56 », gives the same secret
// each time. A word of four letters at least, in any case, that is the
// masked value without its last digits and signs goes, and so does the
// word with digits or signs after a masked plain word.
func (sc *scanner) stemVariants(s span) {
	v := sc.text[s.start:s.end]
	stem := strings.TrimRightFunc(v, func(r rune) bool { return !unicode.IsLetter(r) })
	plain := stem == v
	if utf8.RuneCountInString(stem) < 4 || strings.IndexFunc(stem, func(r rune) bool { return !unicode.IsLetter(r) }) >= 0 {
		return
	}
	from, to := sentenceAround(sc.text, s.start, s.end)
	for at := from; at < to; {
		fs, fe := nextField(sc.text[:to], at)
		if fs < 0 {
			break
		}
		at = fe
		f, vs := unquoted(sc.text, fs, fe)
		if f == "" || sc.overlaps(vs, vs+len(f)) || sc.placeWord(vs, vs+len(f)) {
			continue
		}
		fStem := strings.TrimRightFunc(f, func(r rune) bool { return !unicode.IsLetter(r) })
		switch {
		case !plain && fStem == f && strings.EqualFold(f, stem):
		case plain && fStem != f && strings.EqualFold(fStem, stem) && mixed(f):
		default:
			continue
		}
		sc.add(vs, vs+len(f), Password, MaskPassword)
	}
}

// placeWord reports whether the word from byte s to e names a place or
// a service, as the word itself, the word before it or the number after
// it say (« le compte ameli … Ameli2023! »): « j'habite Montpellier
// 34000 », « à Paris ».
func (sc *scanner) placeWord(s, e int) bool {
	k := sc.tokenFrom(s)
	if k < len(sc.toks) && (onlineServices[sc.toks[k].norm] || k > 0 && placeLeads[sc.toks[k-1].norm]) {
		return true
	}
	rest := strings.TrimLeft(sc.text[e:], " ")
	return rest != "" && isDigit(rest[0])
}

// placeLeads come before a place's name.
var placeLeads = set("a", "habite", "vers", "de", "du", "en", "sur", "dans", "chez", "pres", "ville", "rue")

// sentenceAround returns the bytes of the sentence of text that holds
// bytes start to end: from the last full stop, question or exclamation
// mark or line break before it to the first after it.
func sentenceAround(text string, start, end int) (from, to int) {
	from = strings.LastIndexAny(text[:start], ".?!\n") + 1
	to = len(text)
	if i := strings.IndexAny(text[end:], "?!\n"); i >= 0 {
		to = end + i
	}
	for i := end; i < to; i++ {
		if text[i] == '.' && (i+1 == len(text) || text[i+1] == ' ') {
			to = i
			break
		}
	}
	return from, to
}

// unquoted returns the field text[fs:fe] without the quotes and brackets
// around it and the punctuation after it, and where it starts in text.
func unquoted(text string, fs, fe int) (f string, start int) {
	f = strings.TrimLeft(text[fs:fe], "«\"“'‘(")
	f = strings.TrimRight(f, "»\"”'’),;:.?")
	return f, fs + strings.Index(text[fs:fe], f)
}
