package secret

import "strconv"

// A card's expiry dictated in words, as a phone's dictation writes it or
// a resident reads it out: « date d'expiration zéro six vingt-huit »,
// « expire zéro quatre slash vingt-neuf », « valable jusqu'à onze deux
// mille trente ». The month, one or two number words (« zéro six »,
// « onze »), then the year, two digits or four (« vingt-huit », « deux
// mille vingt-huit »), a slash between them or not, right after a word
// that announces an expiry, in a message that names no other paper.

// spokenExpiries masks expiries dictated in words.
func (sc *scanner) spokenExpiries() {
	if sc.has(papers) || sc.has(notExpiry) {
		return
	}
	for k := 0; k < len(sc.toks); k++ {
		if !expiryStrong[sc.toks[k].norm] || sc.toks[k].norm == "fin" || sc.toks[k].norm == "mm" {
			continue
		}
		f := k + 1
		for n := 0; n < 6 && f < len(sc.toks) && (expiryWords[sc.word(f)] || cardWordsAround[sc.word(f)]); n++ {
			f++
		}
		if e, ok := sc.monthYearWords(f); ok && !sc.taken(sc.toks[f].start) {
			sc.add(sc.toks[f].start, sc.toks[e-1].end, Card, MaskPassword)
			k = e - 1
		}
	}
}

// cardWordsAround may stand between « date d'expiration » and the date:
// « … de la carte », « … de ma CB ».
var cardWordsAround = set("carte", "cb", "ma", "mon", "bancaire", "visa", "mastercard", "sur", "il", "y")

// monthYearWords reads a month and a year in number words from token f,
// and returns the token after them.
func (sc *scanner) monthYearWords(f int) (int, bool) {
	if !isNumberWord(sc.word(f)) {
		return 0, false
	}
	next, m := sc.spokenChunk(f)
	if m == "0" {
		// « zéro six »: the month's two digits said one by one, the
		// second a single word: « zéro quatre vingt-neuf » is April
		// 2029, not « quatre-vingt-neuf ».
		u, ok := unitWords[sc.word(next)]
		if !ok || u == 0 {
			return 0, false
		}
		m += strconv.Itoa(u)
		next++
	}
	month, err := strconv.Atoi(m)
	if m == "" || err != nil || month < 1 || month > 12 {
		return 0, false
	}
	if w := sc.word(next); w == "/" || w == "sur" || w == "-" || w == "slash" || w == "barre" {
		next++
	}
	end, y := sc.spokenChunk(next)
	year, err := strconv.Atoi(y)
	if y == "" || err != nil || !(year >= 20 && year <= 39 || year >= 2020 && year <= 2039) {
		return 0, false
	}
	return end, true
}

// fieldExpiries masks a card's expiry given field by field, as a form
// asks it, in a message that names a card and no other paper: « mois 10
// année 2028 », « mois : 04, année : 29 ». The month 1 to 12, the year
// 2020 to 2039 in two digits or four.
func (sc *scanner) fieldExpiries() {
	if !sc.has(cardish) || sc.has(papers) || sc.has(notExpiry) {
		return
	}
	for k := 0; k+3 < len(sc.toks); k++ {
		if sc.toks[k].norm != "mois" {
			continue
		}
		m := k + 1
		if sc.word(m) == ":" {
			m++
		}
		y := m + 1
		if w := sc.word(y); w == "," || w == "et" {
			y++
		}
		if sc.word(y) != "annee" {
			continue
		}
		y++
		if sc.word(y) == ":" {
			y++
		}
		if m >= len(sc.toks) || y >= len(sc.toks) {
			return
		}
		month, err := strconv.Atoi(sc.word(m))
		if err != nil || !isDigits(sc.word(m)) || month < 1 || month > 12 {
			continue
		}
		year, err := strconv.Atoi(sc.word(y))
		if err != nil || !isDigits(sc.word(y)) || !(year >= 20 && year <= 39 || year >= 2020 && year <= 2039) {
			continue
		}
		mt, yt := sc.toks[m], sc.toks[y]
		if sc.taken(mt.start) || sc.taken(yt.start) {
			continue
		}
		sc.add(mt.start, mt.end, Card, MaskPassword)
		sc.add(yt.start, yt.end, Card, MaskPassword)
		k = y
	}
}
