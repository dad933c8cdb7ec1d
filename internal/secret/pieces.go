package secret

import "strings"

// pieces finds a secret given in two pieces, joined by words that say the
// rest follows (« mon numéro de sécu commence par 1 75 06 59 et la suite
// c'est 115 688 49 », « début FR76 … et la fin … », « première partie …,
// deuxième partie … », « 4012 7214 … puis 4710 8027 »): the two runs of
// digits are read as one number and checked as its kind is (a NIR's key,
// an IBAN's mod 97, a RIB's key, a card's Luhn, a numéro fiscal's
// length), in a message that names that kind; three pieces too, and a
// NIR's 13 digits in pieces with its key, right, after them. Each piece
// is masked. An amount, a time or a count (« 45 € », « 14h ») is
// no piece: « me rembourse 45 € … et … compte 65797453873 » is no card.
func (sc *scanner) pieces() {
	runs := sc.digitRuns()
	for r := 0; r+1 < len(runs); r++ {
		if sc.pinPieces(runs[r], runs[r+1]) {
			r++
			continue
		}
		// Two pieces, three (« en trois fois : … puis … puis … »), or a
		// RIB's four (« 13335 puis 47493 puis … puis la clé 56 »).
		for n := 2; n <= 4 && r+n <= len(runs); n++ {
			if g := sc.groups[runs[r][0]]; n == 4 && (runs[r][1]-runs[r][0] != 1 || len(g.text) != 5 || !g.digits) {
				break // four pieces only from a RIB's bank code
			}
			if sc.piecesAt(runs[r : r+n]) {
				r += n - 1
				break
			}
		}
	}
}

// piecesAt masks the runs rs as the pieces of one secret, if they are
// joined and make one.
func (sc *scanner) piecesAt(rs [][2]int) bool {
	var d strings.Builder
	for p, run := range rs {
		first := sc.groups[run[0]]
		if sc.taken(first.start) || p > 0 && !sc.joined(sc.groups[rs[p-1][1]-1].end, first.start) ||
			sc.unitAfter(token{end: sc.groups[run[1]-1].end}) {
			return false
		}
		for _, g := range sc.groups[run[0]:run[1]] {
			d.WriteString(g.text)
		}
	}
	kind, mask := sc.pieceKind(d.String(), len(rs))
	if kind == 0 {
		return sc.nirPieces(rs, d.String())
	}
	for _, run := range rs {
		s, e := sc.spanOf(run[0], run[1])
		sc.add(s, e, kind, mask)
	}
	return true
}

// digitRuns returns the runs of linked groups that hold a digit, each as
// the index of its first group and the index after its last; an IBAN's
// country letters (« FR76 ») start a run.
func (sc *scanner) digitRuns() [][2]int {
	runs := sc.runs[:0] // the scanner's room, kept from message to message
	defer func() { sc.runs = runs }()
	for i := 0; i < len(sc.groups); i++ {
		if !hasDigit(sc.groups[i].text) || sc.pieceLabel(i) {
			continue
		}
		j := i + 1
		for j < len(sc.groups) && sc.groups[j].linked && hasDigit(sc.groups[j].text) {
			j++
		}
		runs = append(runs, [2]int{i, j})
		i = j - 1
	}
	return runs
}

// pieceLabel reports whether group i is the number of a piece
// (« partie 2 : »): one digit right after pieceLabels.
func (sc *scanner) pieceLabel(i int) bool {
	g := sc.groups[i]
	if len(g.text) != 1 || i+1 < len(sc.groups) && sc.groups[i+1].linked {
		return false
	}
	k := sc.tokenFrom(g.start)
	return k > 0 && pieceLabels[sc.toks[k-1].norm]
}

func hasDigit(s string) bool { return strings.IndexAny(s, "0123456789") >= 0 }

// joined reports whether the text from byte end to byte start joins two
// pieces of one number: a few words, one of which says the rest follows
// (« puis », « et la suite c'est », « , deuxième partie », « … et la
// fin »). The pieces may be a sentence or a line apart, as when the
// resident looks for the rest (« 1 88 06 69… attends je cherche la
// carte… voilà la suite 084 087 91 », « partie 1 : …\npartie 2 : … »):
// the check of the whole number keeps that safe.
func (sc *scanner) joined(end, start int) bool {
	between := strings.ReplaceAll(sc.text[end:start], "...", "…")
	if len(between) > 120 || strings.Count(between, ".")+strings.Count(between, "?")+strings.Count(between, "!") > 1 ||
		strings.Contains(between, ";") {
		return false
	}
	join := strings.Contains(between, "…")
	words := 0
	for k := sc.tokenFrom(end); k < len(sc.toks) && sc.toks[k].start < start; k++ {
		words++
		join = join || pieceJoins[sc.toks[k].norm]
	}
	return join && words <= 16
}

// pieceJoins say that the rest of a number follows.
var pieceJoins = set("puis", "suite", "fin", "reste", "ensuite", "apres", "deuxieme", "seconde", "second",
	"2e", "2eme", "partie", "moitie", "bout", "morceau", "et", "then", "rest", "voila")

// pieceLabels number the pieces: the digit after them (« partie 2 : »,
// « morceau 1 ») is no piece.
var pieceLabels = set("partie", "morceau", "bout", "part", "piece", "ligne")

// nirPieces masks the runs rs as the pieces of a NIR's 13 digits whose
// key, right, is said after the last one, in a message that names a NIR
// or its key: « 1 84 09 ensuite 03 414 et après 005 la clé 59 ». The key
// goes too.
func (sc *scanner) nirPieces(rs [][2]int, d string) bool {
	if len(d) != 13 || !isDigits(d) || !validNIR(d) || !sc.has(nirWords) {
		return false
	}
	last := rs[len(rs)-1]
	ks, ke, ok := sc.keyRightAfter(sc.groups[last[1]-1].end, d)
	if !ok {
		return false
	}
	for _, run := range rs {
		s, e := sc.spanOf(run[0], run[1])
		sc.add(s, e, NIR, MaskNIR)
	}
	sc.add(ks, ke, NIR, MaskPassword)
	return true
}

// pieceKind returns the kind of secret the digits d of two pieces make,
// checked, and named in the message (an IBAN by its country's letters,
// length and mod 97 alone, a NIR by its key in three pieces or more); or
// 0.
func (sc *scanner) pieceKind(d string, pieces int) (Kind, string) {
	switch {
	case len(d) == 15 && validNIR(d[:13]) && nirKey(d[:13]) == d[13:] && (sc.has(nirWords) || pieces >= 3):
		// Three pieces or more joined by words that say the rest
		// follows, its structure and its key right, say a NIR without
		// its name: « les premiers chiffres c 2 21 02 … 50 661 670 et à
		// la fin 42 ».
		return NIR, MaskNIR
	case len(d) >= 15 && isLetter(d[0]) && isLetter(d[1]) && ibanLength[strings.ToUpper(d[:2])] == len(d) && validIBAN(d):
		// A country's letters, its exact length and mod 97 right name
		// an IBAN without a bank's word: « le début c'est FR7630002 et
		// la suite 0353 … ».
		return Bank, MaskIBAN
	case len(d) == 23 && validRIB(d[:5], d[5:10], d[10:21], d[21:]) && sc.has(bankWords):
		return Bank, MaskRIB
	case isDigits(d) && validCard(d) && sc.has(cardish):
		return Card, MaskCard
	case len(d) == 13 && isDigits(d) && d[0] <= '3' && sc.has(taxWords):
		return TaxNumber, MaskTax
	}
	return 0, ""
}

// pinPieces masks a card's PIN given as two pairs of digits right after
// its name (« pin 09 puis 75 », « mon code de carte c'est 31 et 08 »):
// two groups of two digits joined by « puis » or « et », the first
// within seven words of « pin » or « code » in a message about a card.
func (sc *scanner) pinPieces(a, b [2]int) bool {
	ga, gb := sc.groups[a[0]], sc.groups[b[0]]
	if a[1]-a[0] != 1 || b[1]-b[0] != 1 || len(ga.text) != 2 || len(gb.text) != 2 || !ga.digits || !gb.digits ||
		sc.taken(ga.start) || sc.taken(gb.start) || !sc.has(pinPlaces) {
		return false
	}
	k := sc.tokenFrom(ga.start)
	if k+2 != sc.tokenFrom(gb.start) || !pinJoins[sc.word(k+1)] {
		return false
	}
	for f := k - 1; f >= 0 && f >= k-7; f-- {
		if n := sc.word(f); n == "pin" || n == "code" && !notCode[sc.word(f+1)] {
			sc.add(ga.start, ga.end, CardCode, MaskPassword)
			return sc.add(gb.start, gb.end, CardCode, MaskPassword)
		} else if !pinBetween[n] {
			return false
		}
	}
	return false
}

var pinJoins = set("puis", "et", "then")
