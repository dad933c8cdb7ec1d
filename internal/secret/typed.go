package secret

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// What a resident says they typed into a field is, when it has a
// password's shape, the password, whatever the message says around it:
// « ma fille a mis Tigrou2012 », « j'ai tapé 1234Abcd pour voir », « I
// put Accra1990 as password ». The shape is read, not listed: letters run
// into digits or a password's signs, a small letter among them, three
// letters at least; a reference of capitals (« FA2024 »), a device or a
// program (« Windows11 »), a district (« Paris15 »), a time, an amount,
// an ordinal, an address or a link stay, and so do words alone.

// fieldVerbs say the resident, or someone for them, typed a value.
var fieldVerbs = set("mis", "mets", "met", "tape", "tapes", "tapais", "saisi", "saisis", "rentre", "ecrit",
	"essaye", "essaie", "put", "typed", "entered", "tried")

// fieldSubjects stand right before a typing verb: « j'ai mis », « je
// tape », « elle a mis », « et mis ».
var fieldSubjects = set("ai", "jai", "je", "j'", "a", "et", "i", "avait", "avais", "ont", "have", "has")

// fieldLinks may stand between the verb and the value.
var fieldLinks = set("juste", "alors", "bien", "encore", "ensuite", "puis", ":", "carrement", "direct")

// typedShapes masks the password-shaped values after a typing verb.
func (sc *scanner) typedShapes() {
	for k := 1; k+1 < len(sc.toks); k++ {
		if !fieldVerbs[sc.toks[k].norm] || !fieldSubjects[sc.toks[k-1].norm] {
			continue
		}
		f := k + 1
		for n := 0; n < 2 && f < len(sc.toks) && fieldLinks[sc.toks[f].norm]; n++ {
			f++
		}
		if f >= len(sc.toks) || sc.taken(sc.toks[f].start) {
			continue
		}
		start, end, ok := sc.runAt(sc.toks[f].start)
		if !ok || start != sc.toks[f].start {
			continue
		}
		core := trimValue(sc.text[start:end])
		if typedShape(core) {
			sc.add(start, start+len(core), Password, MaskPassword)
		}
	}
}

// typedShape reports whether s has the shape of a made-up password.
func typedShape(s string) bool {
	if len(s) < 6 || len(s) > 40 || !mixed(s) || !strings.ContainsFunc(s, unicode.IsLower) ||
		strings.ContainsAny(s, "/:") || addressLike(s) || isLink(s) || ordinary(s) || reference(s) && !symbolic(s) {
		return false
	}
	if first, _ := utf8.DecodeRuneInString(s); unicode.IsLetter(first) {
		w := leadingWord(s)
		return !software[w] && !commonStems[w]
	}
	// Digits first: « 0000Abcd », « 2012tigrou », not « 3eme » or « 10h30 ».
	i := strings.IndexFunc(s, func(r rune) bool { return !unicode.IsDigit(r) })
	rest := s[i:]
	return utf8.RuneCountInString(rest) >= 3 && !commonStems[leadingWord(rest)]
}
