package secret

import "strings"

// gluedNames sets apart with a space a secret's name that a resident ran
// into its value, a space lost on a phone's keyboard: « motdepasseKiwi88 »,
// « guichet00123 », « ibanfr76… », « NUMEROSECU1 84 … », and returns for
// each byte read the byte of text it comes from, or nil when there is
// none. The name ends a run of letters (« numerosecu » ends with
// « secu »), and the value starts with a digit, or a capital after the
// name's lower case; an IBAN's country letters go with the value. Only
// « secu » and « motdepasse » may end a longer run; « mdp » or « rib »
// inside a word is no name. The text is only read so: what is masked is
// the value, the name stays as it was written.
func gluedNames(text string) (string, []int) {
	var b strings.Builder
	var from []int
	last := 0
	for i := 1; i < len(text); i++ {
		c, p := text[i], text[i-1]
		if !asciiLetter(p) || !isDigit(c) && !(isUpperASCII(c) && !isUpperASCII(p)) {
			continue
		}
		s := i
		for s > 0 && asciiLetter(text[s-1]) {
			s--
		}
		if s > 0 && (text[s-1] >= 0x80 || isDigit(text[s-1])) {
			continue // part of a word with accents, or of a code
		}
		at, ok := gluedNameEnd(text[s:i])
		if !ok || shortDigits(text[i:]) {
			continue // « Password1 », « motdepasse123 » are passwords whole
		}
		at += s
		if from == nil {
			from = make([]int, 0, len(text)+2)
			b.Grow(len(text) + 2)
		}
		for k := last; k < at; k++ {
			from = append(from, k)
		}
		b.WriteString(text[last:at])
		b.WriteByte(' ')
		from = append(from, at)
		last = at
	}
	if from == nil {
		return text, nil
	}
	for k := last; k < len(text); k++ {
		from = append(from, k)
	}
	b.WriteString(text[last:])
	return b.String(), append(from, len(text))
}

// gluedNameEnd returns where in the run of letters w, run into a value,
// the value starts, when w ends with a secret's name: at its end, or
// before the two letters of an IBAN's country (« ibanfr »).
func gluedNameEnd(w string) (int, bool) {
	l := strings.ToLower(w)
	if len(l) == 6 && strings.HasPrefix(l, "iban") {
		return 4, true
	}
	for _, n := range gluedNameList {
		if l == n || strings.HasSuffix(l, n) && suffixNames[n] && len(l) <= len(n)+6 {
			return len(w), true
		}
	}
	return 0, false
}

// gluedNameList are the names residents run into their value; those of
// suffixNames may end a longer run (« numerosecu », « numsecu »).
var (
	gluedNameList = [...]string{"motdepasse", "mdp", "password", "iban", "guichet", "secu", "rib"}
	suffixNames   = map[string]bool{"secu": true, "motdepasse": true}
)

func asciiLetter(c byte) bool  { return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' }
func isUpperASCII(c byte) bool { return c >= 'A' && c <= 'Z' }

// shortDigits reports whether s starts with fewer than five digits and
// no more letters or digits after them.
func shortDigits(s string) bool {
	n := 0
	for n < len(s) && isDigit(s[n]) {
		n++
	}
	return n > 0 && n < 5 && (n == len(s) || !asciiLetter(s[n]) && !isDigit(s[n]))
}
