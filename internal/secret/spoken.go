package secret

import (
	"strconv"
	"strings"
)

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
	if min <= 8 && max >= 8 && sc.fourAndFour(j) {
		return t.start, sc.toks[j+1].end, 8, true
	}
	if k, n := sc.groupedDigits(j); n >= min && n <= max {
		return t.start, sc.toks[k-1].end, n, true
	}
	if isDigits(t.norm) && len(t.norm) > 2 {
		if len(t.norm) < min || len(t.norm) > max || !sc.alone(t) {
			return 0, 0, 0, false
		}
		return t.start, t.end, len(t.norm), true
	}
	k, n := sc.mixedDigits(j)
	if n == 0 {
		k, n = sc.spacedDigits(j)
	}
	if n == 0 {
		k, n = sc.numberWords(j)
	}
	if n < min || n > max {
		return 0, 0, 0, false
	}
	return t.start, sc.toks[k-1].end, n, true
}

// fourAndFour reports whether tokens j and j+1 are a code of eight
// digits read in two halves, « 8596 9599 », as La Poste's or a bank's
// activation code is printed: no digits before or after them, which
// would make them part of a card's or an account's groups.
func (sc *scanner) fourAndFour(j int) bool {
	if j+1 >= len(sc.toks) || len(sc.toks[j].norm) != 4 || len(sc.toks[j+1].norm) != 4 ||
		!isDigits(sc.toks[j].norm) || !isDigits(sc.toks[j+1].norm) || !sc.codeSep(sc.toks[j].end, sc.toks[j+1].start) {
		return false
	}
	if j > 0 && isDigits(sc.toks[j-1].norm) || j+2 < len(sc.toks) && isDigits(sc.toks[j+2].norm) {
		return false
	}
	return !sc.unitAfter(sc.toks[j+1]) && !yearOrPhone(sc.toks[j].norm) && !yearOrPhone(sc.toks[j+1].norm)
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
	bare, wide := false, false
	for k < len(sc.toks) {
		n := k
		if k > j && k+1 < len(sc.toks) && sc.toks[k].norm == "," {
			n = k + 1 // « 4 8, 1 2 »
		}
		if len(sc.toks[n].norm) > 2 || !isDigits(sc.toks[n].norm) {
			break
		}
		if n > j && !sc.codeSep(sc.toks[k-1].end, sc.toks[n].start) {
			// « 6,1,8,8 »: commas alone between single digits, never
			// between the parts of an amount (« 12,50 »).
			if sc.text[sc.toks[k-1].end:sc.toks[n].start] != "," {
				break
			}
			bare = true
		}
		wide = wide || len(sc.toks[n].norm) == 2
		digits += len(sc.toks[n].norm)
		k = n + 1
	}
	if k-j < 2 || digits < 3 || bare && (wide || k-j < 3) || sc.unitAfter(sc.toks[k-1]) {
		return j, 0
	}
	if k < len(sc.toks) && isDigits(sc.toks[k].norm) && sc.codeSep(sc.toks[k-1].end, sc.toks[k].start) {
		return j, 0
	}
	return k, digits
}

// groupedDigits reads a code of seven or eight digits printed in three
// groups of two or three, as a letter or an SMS sets it (« 120 11 84 »,
// « 51 187 909 »). It returns the index after them and how many digits
// they write; 0 when they run on into a longer number (a phone's five
// pairs), follow another, or end in a unit (« 12 450 800 € »).
func (sc *scanner) groupedDigits(j int) (int, int) {
	if j+2 >= len(sc.toks) || j > 0 && isDigits(sc.toks[j-1].norm) && sc.codeSep(sc.toks[j-1].end, sc.toks[j].start) {
		return j, 0
	}
	digits := 0
	for k := j; k < j+3; k++ {
		n := sc.toks[k].norm
		if len(n) < 2 || len(n) > 3 || !isDigits(n) || k > j && !sc.codeSep(sc.toks[k-1].end, sc.toks[k].start) {
			return j, 0
		}
		digits += len(n)
	}
	if digits < 7 || sc.unitAfter(sc.toks[j+2]) ||
		j+3 < len(sc.toks) && isDigits(sc.toks[j+3].norm) && sc.codeSep(sc.toks[j+2].end, sc.toks[j+3].start) {
		return j, 0
	}
	return j + 3, digits
}

// mixedDigits reads a code dictated one digit at a time, some digits in
// words and some written, from token j: « sept huit 2 5 », « 4 neuf 0
// un ». It returns the index after them and how many digits they write;
// 0 when they are all of one kind (spacedDigits and numberWords read
// those) or fewer than three.
func (sc *scanner) mixedDigits(j int) (int, int) {
	k, words, figures := j, 0, 0
	for ; k < len(sc.toks); k++ {
		if k > j && !sc.codeSep(sc.toks[k-1].end, sc.toks[k].start) {
			break
		}
		n := sc.toks[k].norm
		if _, unit := unitWords[n]; unit && n != "une" {
			words++
		} else if len(n) == 1 && isDigits(n) {
			figures++
		} else {
			break
		}
	}
	if words == 0 || figures == 0 || words+figures < 3 || sc.unitAfter(sc.toks[k-1]) {
		return j, 0
	}
	if k < len(sc.toks) && isDigits(sc.toks[k].norm) && sc.codeSep(sc.toks[k-1].end, sc.toks[k].start) {
		return j, 0
	}
	return k, words + figures
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

// numberChunk reads one number in words from token k, and returns the
// index after it and how many digits it writes, or 0.
func (sc *scanner) numberChunk(k int) (int, int) {
	next, d := sc.spokenChunk(k)
	return next, len(d)
}

// spokenChunk reads one number in words from token k: « sept »,
// « douze », « trente et un », « quatre vingt dix sept », « quatre cent
// douze », « trois mille deux cent deux ». It returns the index after it
// and the digits it writes (« zéro » is "0"), or "".
func (sc *scanner) spokenChunk(k int) (int, string) {
	next, v, width := sc.below1000(k)
	if sc.word(next) != "mille" || width > 0 && v < 2 {
		if width == 0 {
			return k, ""
		}
		return next, padDigits(v, width)
	}
	// « mille », « deux mille », « trois mille deux cent deux ».
	thousands := max(v, 1)
	after, rest, w := sc.below1000(next + 1)
	if w == 0 || rest == 0 {
		after, rest = next+1, 0
	}
	return after, strconv.Itoa(thousands*1000 + rest)
}

// padDigits writes v with width digits at least.
func padDigits(v, width int) string {
	s := strconv.Itoa(v)
	for len(s) < width {
		s = "0" + s
	}
	return s
}

func (sc *scanner) word(i int) string {
	if i >= 0 && i < len(sc.toks) {
		return sc.toks[i].norm
	}
	return ""
}

// below1000 reads one number below a thousand in words from token k, and
// returns the index after it, its value and how many digits it writes
// (1 to 3), or a width of 0.
func (sc *scanner) below1000(k int) (next, value, width int) {
	word := sc.word
	start := k
	// Hundreds: « cent », « quatre cent(s) ».
	if u, ok := unitWords[word(k)]; ok && u > 1 && (word(k+1) == "cent" || word(k+1) == "cents") {
		k, width, value = k+2, 3, u*100
	} else if word(k) == "cent" {
		k, width, value = k+1, 3, 100
	}
	// Tens: « vingt », « quatre vingt », « soixante dix », « dix sept ».
	tens := false
	if t, ok := tensWords[word(k)]; ok {
		k, tens, value = k+1, true, value+t
	} else if word(k) == "quatre" && (word(k+1) == "vingt" || word(k+1) == "vingts") {
		k, tens, value = k+2, true, value+80
	}
	teen := func() {
		value += teenWords[word(k)]
		k++
		if u, ok := unitWords[word(k)]; ok && u >= 7 && word(k-1) == "dix" {
			value += u
			k++
		}
	}
	switch {
	case tens:
		if word(k) == "et" && (word(k+1) == "un" || word(k+1) == "une" || word(k+1) == "onze") {
			value += map[string]int{"un": 1, "une": 1, "onze": 11}[word(k+1)]
			k += 2
		} else if _, ok := teenWords[word(k)]; ok {
			teen()
		} else if u, ok := unitWords[word(k)]; ok && u > 0 {
			value += u
			k++
		}
		return k, value, max(width, 2)
	case teenWords[word(k)] > 0:
		teen()
		return k, value, max(width, 2)
	}
	if u, ok := unitWords[word(k)]; ok && (width == 0 || u > 0) {
		return k + 1, value + u, max(width, 1)
	}
	if width > 0 {
		return k, value, width
	}
	return start, 0, 0
}

// spokenNumbers finds the numbers a resident writes in words as someone
// dictates them, chunk by chunk: « deux, quarante et un, zéro sept,
// soixante-deux, deux cent quatre-vingt-sept, zéro zéro deux,
// trente-six », or half in words and half in digits, as the groups come
// (« deux soixante-quatre onze quatre-vingt-treize 108 345 59 »), its
// key after « clé » or said as one digit. Read as digits, they are
// checked as numbers written with digits are: a NIR with its key right
// (or without a key, when named so), a card by Luhn, a RIB by its key.
func (sc *scanner) spokenNumbers() {
	words, groups := 0, 0
	for _, t := range sc.toks {
		if isNumberWord(t.norm) {
			words++
		} else if len(t.norm) <= 4 && isDigits(t.norm) {
			groups++
		}
	}
	if words == 0 || words+groups < spokenDigits {
		return
	}
	for k := 0; k < len(sc.toks); k++ {
		end, d, inWords := sc.dictatedChunk(k)
		if d == "" {
			continue
		}
		var b strings.Builder
		b.WriteString(d)
		last := len(d) // the digits of the last chunk read
		for b.Len() <= 23 {
			n := end
			if sc.word(n) == "," || sc.word(n) == "." && sc.text[sc.toks[n].start] == '.' {
				n++
			}
			// « un, puis douze, zéro un, … et après 825 816 »: words that
			// say the rest follows, between two chunks.
			joined := false
			for c := 0; c < 2 && spokenJoins[sc.word(n)]; c++ {
				n, joined = n+1, true
			}
			// « … deux cent quinze clé 15 », « … 625 la clef
			// quatre-vingt-quinze »: the NIR's key after its name.
			if b.Len() == 13 {
				m := n
				for c := 0; c < 2 && keyJoins[sc.word(m)]; c++ {
					m++
				}
				if sc.word(m) == "cle" || sc.word(m) == "clef" {
					n = m + 1
				}
			}
			next, more, w := sc.dictatedChunk(n)
			if joined && len(more) < 2 {
				// « … et une clé 35 »: an article, no chunk.
				break
			}
			if w && len(more) == 1 && sc.nirPair(b.String(), last, next) {
				more = "0" + more // « 1 trois 10 67 … »: the year 03
			}
			last = len(more)
			if w := sc.word(n); b.Len() == 5 && (w == "2a" || w == "2b") {
				// « deux, 77, 02, 2A 314 806 »: Corsica's département.
				next, more = n+1, strings.ToUpper(w)
			}
			if more == "" {
				break
			}
			b.WriteString(more)
			end, inWords = next, inWords || w
		}
		if inWords {
			sc.spokenNumber(b.String(), sc.toks[k].start, sc.toks[end-1].end)
		}
		k = end - 1
	}
}

// spokenJoins say the rest of a number dictated follows.
var spokenJoins = set("puis", "ensuite", "apres", "et")

// nirPair reports whether a one-digit word read after the digits so far
// (the last chunk of them last digits long), and followed at token next
// by a group of two digits or more, stands for a NIR's year or month
// said without its zero: « 1 trois 10 67 393 625 » is the year 03. A
// number dictated one digit at a time (« un huit cinq … », « quatre
// neuf sept zéro 8301 … ») has single digits around it, and stays as it
// is.
func (sc *scanner) nirPair(so string, last, next int) bool {
	if len(so) != 1 && (len(so) != 3 || last != 2) || !strings.ContainsRune("123478", rune(so[0])) {
		return false
	}
	_, after, _ := sc.dictatedChunk(next)
	return len(after) >= 2
}

// dictatedChunk reads one chunk of a dictated number from token k: a
// number in words, or a group of one to four digits. It returns the
// index after it, its digits, and whether it is in words.
func (sc *scanner) dictatedChunk(k int) (int, string, bool) {
	if next, d := sc.spokenChunk(k); d != "" {
		return next, d, true
	}
	// A card's groups of four after its first digits said in words:
	// « quatre neuf sept zéro 8301 0021 4244 ».
	if w := sc.word(k); len(w) <= 4 && isDigits(w) {
		return k + 1, w, false
	}
	return k, "", false
}

// spokenNumber masks the digits s, read from a number dictated in words
// between bytes start and stop, when they make a secret.
func (sc *scanner) spokenNumber(s string, start, stop int) {
	switch {
	case len(s) == 15 && validNIR(s[:13]) && (nirKey(s[:13]) == s[13:] || isDigits(s[13:]) && (sc.saidNumber(start) || sc.nirLabelled(start, stop))),
		len(s) == 14 && validNIR(s[:13]) && nirKey(s[:13]) == "0"+s[13:],
		len(s) == 13 && validNIR(s) && sc.nirLabelled(start, stop):
		sc.add(start, stop, NIR, MaskNIR)
	case validCard(s):
		sc.add(start, stop, Card, MaskCard)
	case len(s) == 23 && validRIB(s[:5], s[5:10], s[10:21], s[21:]):
		sc.add(start, stop, Bank, MaskRIB)
	case len(s) == 13 && (validTaxNumber(s) || s[0] <= '3' && sc.near(start, stop, taxWords, 80, 40)):
		sc.add(start, stop, TaxNumber, MaskTax)
	}
}

// isNumberWord reports whether w is a word of a number in words.
func isNumberWord(w string) bool {
	_, u := unitWords[w]
	return u || teenWords[w] > 0 || tensWords[w] > 0 || w == "cent" || w == "cents" || w == "mille"
}
