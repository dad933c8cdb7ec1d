package secret

import "strings"

// gluedNames sets apart with a space a secret's name that a resident ran
// into its value, a space lost on a phone's keyboard: « motdepasseKiwi88 »,
// « guichet00123 », « ibanfr76… », « NUMEROSECU1 84 … », « NIR1990… », and returns for
// each byte read the byte of text it comes from, or nil when there is
// none. The name ends a run of letters (« numerosecu » ends with
// « secu »), and the value starts with a digit, or a capital after the
// name's lower case; an IBAN's country letters go with the value. Only
// « secu » and « motdepasse » may end a longer run; « mdp » or « rib »
// inside a word is no name. The text is only read so: what is masked is
// the value, the name stays as it was written.
func gluedNames(text string) (string, []int) {
	sp := spacer{text: text}
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
		sp.copyTo(s + at)
		sp.space(s + at)
	}
	return sp.result()
}

// A spacer rewrites text with spaces put between words a resident ran
// together, and keeps for each byte written the byte of text it comes
// from (compose maps the masks back).
type spacer struct {
	text string
	b    strings.Builder
	from []int // nil until a space is put
	last int   // the bytes of text before last are written
}

// copyTo writes text up to byte at.
func (sp *spacer) copyTo(at int) {
	if sp.from == nil {
		sp.from = make([]int, 0, len(sp.text)+2)
		sp.b.Grow(len(sp.text) + 2)
	}
	for k := sp.last; k < at; k++ {
		sp.from = append(sp.from, k)
	}
	sp.b.WriteString(sp.text[sp.last:at])
	sp.last = at
}

// space writes a space, standing for byte at of text.
func (sp *spacer) space(at int) {
	sp.b.WriteByte(' ')
	sp.from = append(sp.from, at)
}

// result returns the text written and where each byte comes from, or
// text and nil when no space was put.
func (sp *spacer) result() (string, []int) {
	if sp.from == nil {
		return sp.text, nil
	}
	sp.copyTo(len(sp.text))
	return sp.b.String(), append(sp.from, len(sp.text))
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
	gluedNameList = [...]string{"motdepasse", "mdp", "password", "iban", "guichet", "secu", "rib", "nir", "nss", "insee"}
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
