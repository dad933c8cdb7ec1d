package secret

// dictatedCodes masks a card's code dictated one digit at a time after
// « c'est », a sentence or more after the code was named, in a message
// about a card or a bank's code: « ne jamais donner mon code, mais vous
// c'est pas pareil ? C'est 9 2 6 0. ». Only four to six digits, each
// written apart, are taken: a resident dictates a secret so, and no
// amount, date or phone number is written so.
func (sc *scanner) dictatedCodes() {
	if !sc.has(codeNames) || !sc.has(pinPlaces) && !sc.has(bankPlaces) || sc.has(otherCodes) {
		return
	}
	for k := 0; k < len(sc.toks); k++ {
		if !saidVerbs[sc.toks[k].norm] {
			continue
		}
		f := k + 1
		for f < len(sc.toks) && codeVerbs[sc.toks[f].norm] {
			f++
		}
		if e, n := sc.spacedDigits(f); n >= 4 && n <= 6 && e-f == n {
			sc.addCode(sc.toks[f].start, sc.toks[e-1].end, CardCode)
			k = e - 1
		}
	}
}

// saidVerbs say « c'est » as residents write it, before a value.
var saidVerbs = set("c'", "cest", "ces", "c")

// bankPlaces are the words of a bank's code: « le conseiller de la
// banque ».
var bankPlaces = set("banque", "bancaire", "bancaires", "conseiller", "conseillere")

// countedCodes masks a code named by how many digits it has, in a
// message about a card: « les 4 chiffres à taper sont 2 7 3 1 », « les
// quatre chiffres de ma carte : 5082 ». The code must have as many digits
// as said, after a verb or a colon in the same sentence; a card's last
// or first digits (« les 4 derniers chiffres ») are no secret.
func (sc *scanner) countedCodes() {
	if !sc.has(pinPlaces) || sc.has(otherCodes) {
		return
	}
	for k := 1; k < len(sc.toks); k++ {
		if n := sc.toks[k].norm; n != "chiffres" && n != "chiffre" {
			continue
		}
		count, ok := codeCounts[sc.toks[k-1].norm]
		if !ok {
			continue
		}
		for f := k + 1; f < len(sc.toks) && f < k+8; f++ {
			n := sc.toks[f].norm
			if n == "." || n == "?" || n == "!" || edgeDigits[n] || trouble[n] || isDigits(n) {
				break
			}
			if !countVerbs[n] {
				continue
			}
			for f < len(sc.toks) && countVerbs[sc.toks[f].norm] {
				f++
			}
			if s, e, d, ok := sc.codeValue(f, count, count); ok && d == count {
				sc.addCode(s, e, CardCode)
			}
			break
		}
	}
}

// codesOfCount masks a code right after the count of its digits that
// follows its name: « le code à 8 chiffres 97643974 ne marche pas »,
// « code de 6 chiffres : 482 915 ». The number must have as many digits
// as said, four to eight but not seven (a CAF number): no amount, date
// or phone number is announced by its count of digits.
func (sc *scanner) codesOfCount() {
	if !sc.hasRare(rareDigits) {
		return
	}
	for k := 0; k+4 < len(sc.toks); k++ {
		if !codeNames[sc.toks[k].norm] || notCode[sc.word(k+1)] || sc.namedBefore(k) || sc.parcelCode(k) {
			continue
		}
		if w := sc.word(k + 1); w != "a" && w != "de" {
			continue
		}
		count, ok := spokenCounts[sc.word(k+2)]
		if w := sc.word(k + 3); !ok || w != "chiffres" && w != "chiffre" || count == 7 {
			continue
		}
		f := k + 4
		// « le code à 8 chiffres de l'application Ameli c'est … »: what
		// the code is for may stand before the verb that gives it.
		if g := sc.verbAhead(f, 8); g > f {
			f = g
		}
		for n := 0; n < 3 && codeVerbs[sc.word(f)]; n++ {
			f++
		}
		if s, e, d, ok := sc.codeValue(f, count, count); ok && d == count {
			sc.addCode(s, e, Password)
		} else if count == 8 && sc.halves(f) {
			// Its count said, two halves of four are the code even
			// when one reads as a year (« 1958 3307 »).
			sc.addCode(sc.toks[f].start, sc.toks[f+1].end, Password)
		}
	}
}

// verbAhead returns the token of the first verb or colon that gives a
// value (codeVerbs) within n words from token f in its sentence, past
// words only; f when another number, a word naming another code (« le
// code à 5 chiffres de la commune ») or the sentence's end comes first.
func (sc *scanner) verbAhead(f, n int) int {
	for g := f; g < len(sc.toks) && g < f+n; g++ {
		w := sc.toks[g].norm
		if codeVerbs[w] {
			return g
		}
		if sentenceEnd(w) || w == "," || !isWord(w) && w != "'" || notCode[w] || otherCodes[w] || otherNumbers[w] && !sentWords[w] {
			break
		}
	}
	return f
}

// halves reports whether tokens f and f+1 are two groups of four digits
// one separator apart, with no digits on either side.
func (sc *scanner) halves(f int) bool {
	if f+1 >= len(sc.toks) || len(sc.toks[f].norm) != 4 || len(sc.toks[f+1].norm) != 4 ||
		!isDigits(sc.toks[f].norm) || !isDigits(sc.toks[f+1].norm) || !sc.codeSep(sc.toks[f].end, sc.toks[f+1].start) {
		return false
	}
	return !(f > 0 && isDigits(sc.toks[f-1].norm) || f+2 < len(sc.toks) && isDigits(sc.toks[f+2].norm))
}

// spokenCounts are the counts of a code's digits, in digits and in words.
var spokenCounts = map[string]int{"4": 4, "quatre": 4, "5": 5, "cinq": 5, "6": 6, "six": 6, "8": 8, "huit": 8}

var (
	codeCounts = map[string]int{"4": 4, "quatre": 4, "6": 6, "six": 6}
	countVerbs = union(codeVerbs, set("sont", "etaient"))
	// A card's last or first digits: « les 4 derniers chiffres ».
	edgeDigits = set("derniers", "premiers", "dernier", "premier", "finit", "termine", "fin")
)

// heldCodes masks a code of four digits given further on in the sentence
// that names it, after a colon or a comma and « c'était », in a message about a card or a bank, or
// about a code noted on paper: « a noté son code sur un papier dans le
// portefeuille : 4696 », « de ne jamais donner le code mais je vous fais
// confiance : 8002 »; or after « avec » once the code is said wrong, at
// a cash machine (« ça met « code faux » avec 9484 »). The number must
// end its clause, and be no year.
func (sc *scanner) heldCodes() {
	if !sc.has(pinPlaces) && !sc.has(bankPlaces) && !sc.has(notedPlaces) || sc.has(otherCodes) {
		return
	}
	for k := 0; k < len(sc.toks); k++ {
		if !codeNames[sc.toks[k].norm] || notCode[sc.word(k+1)] || sc.namedBefore(k) || sc.parcelCode(k) {
			continue
		}
		wrong, clause := false, false
		for f := k + 1; f < len(sc.toks) && f < k+16; f++ {
			n := sc.toks[f].norm
			// « à l'homme au téléphone » says how it was asked, and names
			// no phone's number.
			onPhone := (n == "telephone" || n == "tel") && sc.word(f-1) == "au"
			if sentenceEnd(n) || isDigits(n) || notCode[n] || otherNumbers[n] && !onPhone {
				break
			}
			wrong = wrong || wrongWords[n]
			// « j'ai donné mon code au faux conseiller, c'était 1916 »:
			// the clause after the comma gives it.
			if n == "," {
				v := f + 1
				for m := 0; m < 2 && codeVerbs[sc.word(v)]; m++ {
					v++
				}
				if v > f+1 && sc.word(v-1) != "c'" {
					f, n, clause = v-1, ":", true
				}
			}
			if n != ":" && !(n == "avec" && wrong) {
				continue
			}
			s, e, _, ok := sc.codeValue(f+1, 4, 4)
			// Said to be the code, a number like a year is one too.
			if end := sc.word(sc.tokenFrom(e)); ok && (clause || !yearOrPhone(sc.word(f+1))) && (end == "" || end == "," || sentenceEnd(end)) {
				sc.addCode(s, e, CardCode)
			}
			break
		}
	}
}

// notedPlaces are where a code is noted: « sur un papier », « dans le
// portefeuille ».
var notedPlaces = set("papier", "portefeuille", "post", "postit", "carnet", "agenda")

// wrongWords say a code typed was refused: « code faux », « code erroné ».
var wrongWords = set("faux", "fausse", "errone", "erronee", "incorrect", "invalide", "mauvais", "refuse")
