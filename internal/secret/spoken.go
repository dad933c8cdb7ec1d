package secret

import "strings"

// A short code (a PIN, a CVV) is not always written as one number:
// residents space its digits (« 3 8 1 ») or write them in words, one by
// one (« sept zéro trois ») or as a number (« quatre cent douze »).

// codeValue reads the code of min to max digits that starts at token j:
// one number, its digits spaced, or its digits in words. It returns the
// code's byte span and how many digits it has.
func (sc *scanner) codeValue(j, min, max int) (start, end, digits int, ok bool) {
	if j >= len(sc.toks) {
		return 0, 0, 0, false
	}
	t := sc.toks[j]
	if k, n := sc.spacedDigits(j); n == 6 && len(t.norm) == 3 && n >= min && n <= max {
		return t.start, sc.toks[k-1].end, n, true
	}
	if isDigits(t.norm) && len(t.norm) > 2 {
		if len(t.norm) < min || len(t.norm) > max || !sc.alone(t) {
			return 0, 0, 0, false
		}
		return t.start, t.end, len(t.norm), true
	}
	k, n := sc.spacedDigits(j)
	if n == 0 {
		k, n = sc.numberWords(j)
	}
	if n < min || n > max {
		return 0, 0, 0, false
	}
	return t.start, sc.toks[k-1].end, n, true
}

// spacedDigits reads a code whose digits are written apart from token j:
// one by one or in pairs, with spaces, dots or hyphens between them
// (« 1 9 8 3 », « 3-4-1 », « 12 34 »). It returns the index after them and
// how many digits they write; 0 when there are fewer than three digits,
// or when they run on into a longer number.
func (sc *scanner) spacedDigits(j int) (int, int) {
	// A code of six digits read in two halves: « 481 526 ».
	if j+1 < len(sc.toks) && len(sc.toks[j].norm) == 3 && len(sc.toks[j+1].norm) == 3 &&
		isDigits(sc.toks[j].norm) && isDigits(sc.toks[j+1].norm) && sc.codeSep(sc.toks[j].end, sc.toks[j+1].start) &&
		!sc.unitAfter(sc.toks[j+1]) && (j+2 >= len(sc.toks) || !isDigits(sc.toks[j+2].norm)) {
		return j + 2, 6
	}
	k, digits := j, 0
	for k < len(sc.toks) {
		n := k
		if k > j && k+1 < len(sc.toks) && sc.toks[k].norm == "," {
			n = k + 1 // « 4 8, 1 2 »
		}
		if len(sc.toks[n].norm) > 2 || !isDigits(sc.toks[n].norm) || n > j && !sc.codeSep(sc.toks[k-1].end, sc.toks[n].start) {
			break
		}
		digits += len(sc.toks[n].norm)
		k = n + 1
	}
	if k-j < 2 || digits < 3 || sc.unitAfter(sc.toks[k-1]) {
		return j, 0
	}
	if k < len(sc.toks) && isDigits(sc.toks[k].norm) && sc.codeSep(sc.toks[k-1].end, sc.toks[k].start) {
		return j, 0
	}
	return k, digits
}

// codeSep reports whether bytes i to j set apart the digits of a code:
// spaces on one line, one dot or hyphen, or a comma and a space (a pause
// while dictating).
func (sc *scanner) codeSep(i, j int) bool {
	if j <= i {
		return false
	}
	if s := strings.TrimFunc(sc.text[i:j], isSpace); s == "." || s == "-" || s == "," && j > i+1 {
		return !strings.ContainsAny(sc.text[i:j], "\r\n")
	}
	for _, r := range sc.text[i:j] {
		if !isSpace(r) || r == '\n' || r == '\r' {
			return false
		}
	}
	return true
}

// Number words, accents folded. The tokenizer splits « dix-sept » and
// « quatre-vingt-douze » at their hyphens.
var (
	unitWords = map[string]int{"zero": 0, "un": 1, "une": 1, "deux": 2, "trois": 3, "quatre": 4, "cinq": 5,
		"six": 6, "sept": 7, "huit": 8, "neuf": 9}
	teenWords = map[string]int{"dix": 10, "onze": 11, "douze": 12, "treize": 13, "quatorze": 14,
		"quinze": 15, "seize": 16}
	tensWords = map[string]int{"vingt": 20, "vingts": 20, "trente": 30, "quarante": 40, "cinquante": 50,
		"soixante": 60}
)

// numberWords reads a code written in words from token j: digits one by
// one (« zéro neuf cinq un »), numbers (« quatre cent douze », « douze
// trente-quatre »), or both. It returns the index after the words and how
// many digits they write; 0 for a lone word (« un », « deux »), which is
// rather an article or a count.
func (sc *scanner) numberWords(j int) (int, int) {
	k, digits, chunks := j, 0, 0
	for k < len(sc.toks) {
		next, width := sc.numberChunk(k)
		// A code dictated with a pause: « quatre huit, un deux ».
		if width == 0 && chunks > 0 && sc.toks[k].norm == "," {
			next, width = sc.numberChunk(k + 1)
		}
		if width == 0 {
			break
		}
		k, digits, chunks = next, digits+width, chunks+1
	}
	if chunks < 2 && digits < 3 {
		return j, 0
	}
	return k, digits
}

// numberChunk reads one number below a thousand in words from token k:
// « sept », « douze », « trente et un », « quatre vingt dix sept »,
// « quatre cent douze ». It returns the index after it and how many digits
// it writes (1 to 3), or 0.
func (sc *scanner) numberChunk(k int) (int, int) {
	word := func(i int) string {
		if i < len(sc.toks) {
			return sc.toks[i].norm
		}
		return ""
	}
	start := k
	width := 0
	// Hundreds: « cent », « quatre cent(s) ».
	if u, ok := unitWords[word(k)]; ok && u > 1 && (word(k+1) == "cent" || word(k+1) == "cents") {
		k, width = k+2, 3
	} else if word(k) == "cent" {
		k, width = k+1, 3
	}
	// Tens: « vingt », « quatre vingt », « soixante dix », « dix sept ».
	tens := false
	if _, ok := tensWords[word(k)]; ok {
		k, tens = k+1, true
	} else if word(k) == "quatre" && (word(k+1) == "vingt" || word(k+1) == "vingts") {
		k, tens = k+2, true
	}
	switch {
	case tens:
		if word(k) == "et" && (word(k+1) == "un" || word(k+1) == "une" || word(k+1) == "onze") {
			k += 2
		} else if _, ok := teenWords[word(k)]; ok {
			k++
			if u, ok := unitWords[word(k)]; ok && u >= 7 && word(k-1) == "dix" {
				k++
			}
		} else if u, ok := unitWords[word(k)]; ok && u > 0 {
			k++
		}
		return k, max(width, 2)
	case teenWords[word(k)] > 0:
		k++
		if u, ok := unitWords[word(k)]; ok && u >= 7 && word(k-1) == "dix" {
			k++
		}
		return k, max(width, 2)
	}
	if u, ok := unitWords[word(k)]; ok && (width == 0 || u > 0) {
		return k + 1, max(width, 1)
	}
	if width > 0 {
		return k, width
	}
	return start, 0
}
