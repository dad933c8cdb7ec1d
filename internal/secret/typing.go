package secret

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// How a value is typed, said after it, points at it: only a password is
// given with how to type it. « Éléphant2023 avec l'accent sur le E »,
// « c'est 'Lyon69' entre apostrophes ou pas ? », « « J'aime Paris » avec
// l'apostrophe et l'espace », « Noël.2021 sans le tréma ». The value is
// the run right before the aside: letters with digits or signs, or
// words between quotes; no name of a password is needed. A login named
// before it in its sentence (« mon identifiant jean_dupont avec un
// underscore »), a reference, an address or a link stay, and so do
// plain words (« Lefèvre avec l'accent grave »).

// typedAfter masks the value before an aside on how it is typed.
func (sc *scanner) typedAfter() {
	if !sc.hasRare(rareTyping) {
		return
	}
	for k := 1; k < len(sc.toks); k++ {
		if !sc.typingTail(k) {
			continue
		}
		end := sc.toks[k].start
		if sc.word(k-1) == "," {
			end = sc.toks[k-1].start
		}
		start, stop, quoted := valueBefore(sc.text, end)
		if start < 0 || sc.taken(start) || sc.loginInSentence(start) {
			continue
		}
		core := sc.text[start:stop]
		switch {
		case quoted:
			if alnumCount(core) < 4 || isLink(core) || mailLike(core) || strings.Count(core, " ") > 5 {
				continue
			}
		case utf8.RuneCountInString(core) < 5 || !mixed(core) || reference(core) || ordinary(core) || mailLike(core) ||
			isLink(core) || yearOrPhone(core):
			continue
		}
		sc.add(start, stop, Password, MaskPassword)
	}
}

// typingTail reports whether the words from token k say how the value
// before them is typed: « avec l'accent », « avec le P en majuscule »,
// « entre apostrophes », « sans le tréma ».
func (sc *scanner) typingTail(k int) bool {
	switch sc.word(k) {
	case "avec", "sans", "entre":
	default:
		return false
	}
	for f := k + 1; f < len(sc.toks) && f <= k+4; f++ {
		n := sc.toks[f].norm
		if typingNames[n] {
			return true
		}
		// « avec le M en majuscule »: the letter alone, or read as
		// elided before « en » (« m' »).
		if !articles[n] && !asideArticles[n] && n != "en" && !(len(n) == 1 && isLetter(n[0])) &&
			!(len(n) == 2 && n[1] == '\'' && isLetter(n[0])) {
			return false
		}
	}
	return false
}

// valueBefore returns the value that ends before byte end, past spaces:
// the words between quotes when a quote closes there (quoted), else the
// run of characters since the last space. It returns -1 when there is
// none.
func valueBefore(s string, end int) (start, stop int, quoted bool) {
	stop = len(strings.TrimRightFunc(s[:end], isSpace))
	if stop == 0 {
		return -1, 0, false
	}
	r, n := utf8.DecodeLastRuneInString(s[:stop])
	if open, ok := closingQuotes[r]; ok {
		// The opening quote on the same line, a word's apostrophe
		// excepted (« J'aime »).
		for i := stop - n - 1; i >= 0 && s[i] != '\n'; i-- {
			q, size := utf8.DecodeRuneInString(s[i:])
			if q == utf8.RuneError || q != open && !(open == '\'' && q == '‘') {
				continue
			}
			if q == '\'' && i > 0 && unicode.IsLetter(runeBefore(s, i)) {
				continue
			}
			inner := strings.TrimSpace(s[i+size : stop-n])
			if inner == "" {
				return -1, 0, false
			}
			from := i + size + strings.Index(s[i+size:stop-n], inner)
			return from, from + len(inner), true
		}
		return -1, 0, false
	}
	start = strings.LastIndexFunc(s[:stop], isSpace) + 1
	t := trimValue(s[start:stop])
	core := strings.TrimLeft(t, "«\"“'‘(")
	if core == "" {
		return -1, 0, false
	}
	start += len(t) - len(core)
	return start, start + len(core), false
}

// closingQuotes map each closing quote to its opening one.
var closingQuotes = map[rune]rune{'»': '«', '"': '"', '”': '“', '’': '\'', '\'': '\''}

// runeBefore returns the rune that ends before byte i of s.
func runeBefore(s string, i int) rune {
	r, _ := utf8.DecodeLastRuneInString(s[:i])
	return r
}

// loginInSentence reports whether a login is named before byte start in
// its sentence: « mon identifiant jean_dupont avec un underscore ».
func (sc *scanner) loginInSentence(start int) bool {
	for k := sc.tokenFrom(start) - 1; k >= 0; k-- {
		n := sc.toks[k].norm
		if sentenceEnd(n) {
			return false
		}
		if loginNouns[n] || n == "nom" {
			return true
		}
	}
	return false
}
