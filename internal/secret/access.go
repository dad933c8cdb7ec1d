package secret

// accessNumbers masks the numéro d'accès en ligne the tax office sends a
// resident with their numéro fiscal, to open their account: seven digits
// after its name (« numéro d'accès en ligne : 4827163 », « num dacces en
// ligne 6251803 », « online access number 2286410 »), in the same
// sentence or the next one, as when the resident finds it again (« … je
// l'ai retrouvé. Le voilà : 5093318 »). Any other number before it, or
// another paper's name (« mon numéro allocataire CAF 3321457 »), ends the
// search: « accès en ligne à mon dossier n° 4451287 » names no access
// number, and a CAF's number, seven digits too, stays (« je n'ai que le
// 1234567 de la CAF »).
func (sc *scanner) accessNumbers() {
	for k := range sc.toks {
		f := sc.accessName(k)
		if f < 0 {
			continue
		}
		for ends := 0; f < len(sc.toks) && f < k+20; f++ {
			n := sc.toks[f].norm
			if sentenceEnd(n) {
				if ends++; ends > 1 {
					break
				}
				continue
			}
			if otherNumbers[n] || taxWords[n] || cafNames[n] || n == maskToken {
				break
			}
			s, e, d, ok := sc.codeValue(f, 7, 7)
			if !ok {
				// « numéro d'accès 207 3694 »: two groups, as printed.
				s, e, d, ok = sc.sevenInGroups(f)
			}
			if ok && d == 7 {
				// « je n'ai que le 1234567 de la CAF »: a CAF number has
				// seven digits too.
				if !sc.near(s, e, cafNames, 0, 16) {
					sc.add(s, e, Password, MaskPassword)
				}
				break
			}
			if hasDigit(n) {
				break
			}
		}
	}
}

// accessName returns the token after the name of a numéro d'accès en
// ligne that starts at token k (« numéro d'accès en ligne », « n° acces
// en ligne », « online access number », « num accès » in a message about
// taxes), or -1.
func (sc *scanner) accessName(k int) int {
	switch sc.toks[k].norm {
	case "acces":
		b := k - 1
		if n := sc.word(b); n == "d'" || n == "d" || n == "de" {
			b--
		}
		if !numberNames[sc.word(b)] {
			return -1
		}
		if sc.word(k+1) == "en" && sc.word(k+2) == "ligne" {
			return k + 3
		}
		// « numéro fiscal …, numéro d'accès 8696566 »: without « en
		// ligne » only beside the tax office's words.
		if sc.has(taxWords) || sc.has(taxSites) || sc.has(taxPapers) {
			return k + 1
		}
		return -1
	case "access":
		if n := sc.word(k + 1); n == "number" || n == "code" {
			return k + 2
		}
	}
	return -1
}

// taxPapers are the tax office's papers that give the access number.
var taxPapers = set("avis", "declaration", "impot", "impots")

// numberNames name a number: « numéro », as residents shorten it.
var numberNames = set("numero", "num", "n", "no", "nr", "numeros", "number")

// cafNames name the CAF, whose file numbers have seven digits.
var cafNames = set("caf", "allocataire", "allocataires")

// sevenInGroups reads seven digits from token f in two or three groups
// of two digits or more, one separator apart (« 207 3694 », « 20 73
// 694 »), with no digits after them. It returns their span.
func (sc *scanner) sevenInGroups(f int) (start, end, digits int, ok bool) {
	g := f
	for ; g < len(sc.toks) && g < f+3 && digits < 7; g++ {
		n := sc.toks[g].norm
		if !isDigits(n) || len(n) < 2 || g > f && !sc.codeSep(sc.toks[g-1].end, sc.toks[g].start) {
			return 0, 0, 0, false
		}
		digits += len(n)
	}
	if digits != 7 || g == f+1 || g < len(sc.toks) && isDigits(sc.toks[g].norm) && sc.codeSep(sc.toks[g-1].end, sc.toks[g].start) {
		return 0, 0, 0, false
	}
	return sc.toks[f].start, sc.toks[g-1].end, 7, true
}
