package secret

import "strings"

// Residents who dictate a number, or type it as they would say it, write
// its separators in words: « 2 tiret 17 tiret 05 », « 04 slash 27 »,
// « FR76 virgule 1131 », « soleil tiret 2024 ». Before a message is read,
// each separator word between two runs of letters and digits, one of
// which holds a digit, is read as the mark it names, and the masks found
// are put back in place over the words.

// sepWords are the separator words and the mark each is read as. A comma
// or a point said between groups is read as a space: « virgule » is how
// a resident dictates a pause, and a decimal point between groups is no
// secret's.
var sepWords = map[string]string{
	"tiret": "-", "tirets": "-", "trait": "-", "slash": "/", "slach": "/", "barre": "/",
	"virgule": " ", "point": " ", "espace": " ", "underscore": "_",
}

// sepPhrases are separators said in more than one word, longest first,
// and the mark each is read as.
var sepPhrases = []struct{ words, mark string }{
	{"trait d'union", "-"}, {"trait d\u2019union", "-"}, {"tiret du bas", "_"}, {"tiret bas", "_"},
	{"barre oblique", "/"},
}

// spokenSeparators returns text with its spoken separators read as marks,
// and for each byte of the result, and one past its end, the offset in
// text it comes from. When text has none, it returns text and nil.
func spokenSeparators(text string) (string, []int) {
	var b strings.Builder
	var from []int
	last := 0 // bytes of text before last are written
	for i := 0; i < len(text); {
		if !isLetter(text[i]) || i > 0 && isAlnum(text[i-1]) {
			i++
			continue
		}
		mark, end, ok := sepAt(text, i)
		if !ok {
			i++
			continue
		}
		// Spaces, then an alphanumeric run, before and after.
		ls := i
		for ls > 0 && text[ls-1] == ' ' {
			ls--
		}
		re := end
		for re < len(text) && text[re] == ' ' {
			re++
		}
		if ls == i || re == end || ls == 0 || re == len(text) || !isAlnum(text[ls-1]) || !isAlnum(text[re]) ||
			!digitNear(text, ls, re) && !dictatedWords(text, ls, re, mark) {
			i = end
			continue
		}
		if from == nil {
			from = make([]int, 0, len(text))
			b.Grow(len(text))
		}
		for k := last; k < ls; k++ {
			from = append(from, k)
		}
		b.WriteString(text[last:ls])
		b.WriteString(mark)
		from = append(from, ls)
		last = re
		i = re
	}
	if from == nil {
		return text, nil
	}
	for k := last; k <= len(text); k++ {
		from = append(from, k)
	}
	b.WriteString(text[last:])
	return b.String(), from
}

// sepAt reports whether a separator word or phrase starts at byte i of
// text, ending as a word, and returns the mark it is read as and where it
// ends.
func sepAt(text string, i int) (mark string, end int, ok bool) {
	if !sepFirst[lower(text[i])] {
		return "", 0, false
	}
	for _, p := range sepPhrases {
		if len(text)-i >= len(p.words) && hasPrefixFold(text[i:], p.words) && wordEnds(text, i+len(p.words)) {
			return p.mark, i + len(p.words), true
		}
	}
	j := i
	for j < len(text) && isLetter(text[j]) {
		j++
	}
	if !wordEnds(text, j) || j-i > 10 {
		return "", 0, false
	}
	// The word in lower case, without allocating: the lookup of
	// string(w[:n]) copies nothing.
	var w [10]byte
	for k := i; k < j; k++ {
		w[k-i] = lower(text[k])
	}
	mark, ok = sepWords[string(w[:j-i])]
	return mark, j, ok
}

// sepFirst holds the first letters of the separator words and phrases:
// a word starting with another is none.
var sepFirst = func() (f [256]bool) {
	for w := range sepWords {
		f[w[0]] = true
	}
	for _, p := range sepPhrases {
		f[p.words[0]] = true
	}
	return f
}()

// wordEnds reports whether a word of text ends at byte j.
func wordEnds(text string, j int) bool {
	return j == len(text) || !isAlnum(text[j]) && text[j] < 0x80
}

// digitNear reports whether the run of letters and digits ending at byte
// ls, or the one starting at byte re, holds a digit; a comma or a point
// said between them only when both do.
func digitNear(text string, ls, re int) bool {
	left, right := false, false
	for k := ls - 1; k >= 0 && isAlnum(text[k]); k-- {
		left = left || isDigit(text[k])
	}
	for k := re; k < len(text) && isAlnum(text[k]); k++ {
		right = right || isDigit(text[k])
	}
	between := strings.ToLower(strings.TrimSpace(text[ls:re]))
	if between == "virgule" || between == "point" || between == "espace" {
		return left && right
	}
	return left || right
}

// dictatedWords reports whether a hyphen or an underscore said between
// two words, at bytes ls to re, joins two parts of a password dictated
// after its name: « mot de passe deux points girafe tiret nina ». The
// words are three letters long or more and no word of a sentence (« il
// faut un tiret et deux chiffres », « avec tiret entre les deux » stay).
func dictatedWords(text string, ls, re int, mark string) bool {
	if mark != "-" && mark != "_" {
		return false
	}
	l := ls
	for l > 0 && isAlnum(text[l-1]) {
		l--
	}
	r := re
	for r < len(text) && isAlnum(text[r]) {
		r++
	}
	if ls-l < 3 || r-re < 3 || ls-l > 16 || r-re > 16 || joinStops(text[l:ls]) || joinStops(text[re:r]) {
		return false
	}
	for k := 0; k+3 <= l; k++ {
		if hasPrefixFold(text[k:], "passe") || hasPrefixFold(text[k:], "mdp") || hasPrefixFold(text[k:], "password") {
			return true
		}
	}
	return false
}

// joinStops reports whether w is a word of a sentence about a password's
// rules rather than a part of one.
func joinStops(w string) bool {
	var b [16]byte
	for k := 0; k < len(w); k++ {
		b[k] = lower(w[k])
	}
	return sentenceJoins[string(b[:len(w)])]
}

var sentenceJoins = set("une", "les", "des", "avec", "sans", "entre", "deux", "trois", "quatre", "puis", "pas",
	"mais", "est", "sont", "faut", "mettre", "met", "mets", "caractere", "caracteres", "lettre", "lettres",
	"chiffre", "chiffres", "nom", "prenom", "mot", "mots", "majuscule", "minuscule", "symbole", "signe", "fois",
	"aussi", "encore", "comme", "dans", "pour", "par", "sur", "the", "and", "with", "ou", "et", "un")
