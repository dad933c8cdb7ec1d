package secret

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// describedBefore masks a value given first, then said to be what a
// password is made of, then said to be the password: « j'ai mis 12041951
// c'est ma date de naissance pour le mot de passe », « Girafe c'est le
// prénom de mon chien, c'est mon mot de passe ». The sentence runs from
// the value to a password's name through « c'est », what it is made of
// (describedBy) and a role (« pour le », « comme », « c'est mon »).
// « j'ai mis 12/04/1951 c'est ma date de naissance pour le formulaire »
// stays: no password is named.
func (sc *scanner) describedBefore() {
	for k := 3; k < len(sc.toks); k++ {
		if _, ok := sc.passwordName(k); !ok {
			continue
		}
		b := k - 1
		for n := 0; n < 2 && backDeterminers[sc.word(b)]; n++ {
			b--
		}
		switch w := sc.word(b); {
		case w == "pour" || w == "comme":
		case w == "est" && sc.word(b-1) == "c'" && sc.word(b-2) == ",":
			b -= 2
		default:
			continue
		}
		if v, ok := sc.describedVerb(b); ok {
			sc.valueBeforeVerb(v)
		}
	}
}

// describedVerb returns the token of « c'est » that opens the words, of
// what a password is made of, ending before token b: « c'est ma date de
// naissance », « cest le prénom de mon chien ».
func (sc *scanner) describedVerb(b int) (int, bool) {
	named := false
	for f := b - 1; f >= 0 && f >= b-8; f-- {
		n := sc.toks[f].norm
		if sentenceEnd(n) || n == "," {
			return 0, false
		}
		if v, ok := sc.endsAt(f+1, frontVerbs); ok && (n == "est" || n == "cest") {
			return v, named
		}
		named = named || describedBy[n]
	}
	return 0, false
}

// valueBeforeVerb masks the value written right before the verb at
// token v: a birth date, digits run together, a password's shape, or a
// plain word after a verb of typing or at the start of its phrase.
func (sc *scanner) valueBeforeVerb(v int) bool {
	if v == 0 {
		return false
	}
	t := sc.toks[v-1]
	// The value is the characters between spaces before the verb, an
	// emoji among them (« liberte❤️51 c'est … »).
	end := len(strings.TrimRightFunc(sc.text[:sc.toks[v].start], isSpace))
	start := strings.LastIndexFunc(sc.text[:end], isSpace) + 1
	if start >= end || start > t.start || sc.taken(start) {
		return false
	}
	// « 12/04/1951 c'est … »: the date's tokens are one value.
	if s := sc.dateStart(v - 1); s >= 0 {
		start = sc.toks[s].start
		if e, ok := birthDateAt(sc.text, start); ok && e == t.end && bornYear(sc.text[e-4:e]) {
			return sc.add(start, e, Password, MaskPassword)
		}
	}
	core := trimValue(sc.text[start:end])
	switch {
	case isDigits(core):
		return len(core) >= 6 && !yearOrPhone(core) && sc.add(start, start+len(core), Password, MaskPassword)
	case passwordLike(core, false) || listValue(core) && !strings.ContainsAny(core, ",;"):
		return sc.add(start, start+len(core), Password, MaskPassword)
	}
	p := sc.word(v - 2)
	if !isWord(t.norm) || utf8.RuneCountInString(core) < 4 || notValue[t.norm] || standIns[t.norm] || functionWords[t.norm] ||
		openers[t.norm] || plainAfterName(t.norm) || !(typedVerbs[p] || presentGiven[p] || v < 2 || phraseEnd(sc, v-2) || relatives[p] || openers[p] || smsOpeners[p] ||
		unicode.IsUpper(firstRune(core))) {
		return false
	}
	return strings.IndexFunc(core, isWordRune) == 0 && sc.add(start, start+len(core), Password, MaskPassword)
}

// smsOpeners open a message in SMS, or excuse it: the word after them
// starts its phrase.
var smsOpeners = set("bjr", "bsr", "slt", "salam", "hello", "cc", "moi", "desole", "desolee", "dsl")

// dateStart returns the first token of a date whose last token is k
// (« 12 / 04 / 1951 »), or -1.
func (sc *scanner) dateStart(k int) int {
	if k >= 4 && sc.word(k-1) == "/" && sc.word(k-3) == "/" && isDigits(sc.word(k)) && isDigits(sc.word(k-2)) && isDigits(sc.word(k-4)) {
		return k - 4
	}
	return -1
}
