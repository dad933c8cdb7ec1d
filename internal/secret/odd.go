package secret

import (
	"strings"
	"unicode"
)

// oddValues masks, anywhere in a message that names a password, a value
// shaped as only a password is: a word of three letters or more, lower
// case among them, run into digits and a capital or a symbol, or joined
// to other words by underscores (« Kiwi_2014 », « Colette.M.1936 »,
// « Zebre#12 », « Luc_Ana »). The resident pointed at a
// password and gave one token no sentence has, whatever the words
// between the name and it (« le mdp est noté dans le carnet…
// Luc_Ana_2010 je crois »). References (capitals and digits), a paper's
// number (« la référence du courrier est … »), times, ordinals,
// addresses, links and programs (« Windows11 ») stay.
func (sc *scanner) oddValues() {
	if !sc.passwordNamed() {
		return
	}
	for k, t := range sc.toks {
		if sc.taken(t.start) || sc.named(k) || !hasDigit(t.norm) && !strings.ContainsAny(t.norm, "_") {
			continue
		}
		start, end, ok := sc.runAt(t.start)
		if !ok || start != t.start || start > 0 && sc.text[start-1] == '@' {
			continue
		}
		core := trimValue(sc.text[start:end])
		if !oddShape(core) || software[leadingWord(core)] || addressLike(core) || isLink(core) || ordinary(core) ||
			sc.describes(start, core) {
			continue
		}
		sc.add(start, start+len(core), Password, MaskPassword)
	}
}

// oddShape reports whether s has three letters or more, lower case among
// them, digits, and a capital after its first letter, a symbol or an
// underscore: the shape of a password, not of a word, a reference or a
// number.
func oddShape(s string) bool {
	var letters, digits int
	var lower, upperInside, symbol bool
	for i, r := range s {
		switch {
		case unicode.IsLetter(r):
			letters++
			lower = lower || unicode.IsLower(r)
			upperInside = upperInside || i > 0 && unicode.IsUpper(r)
		case unicode.IsDigit(r):
			digits++
		case strings.ContainsRune("!#$%&*?_~^§@+=.", r):
			symbol = true
		}
	}
	return letters >= 3 && lower && (digits > 0 && (upperInside || symbol) || strings.ContainsRune(s, '_'))
}
