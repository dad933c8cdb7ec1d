package secret

import "strings"

// openedCodes masks a code of digits named by what it opens, past the
// words that describe it: how many digits it has (« à 4 chiffres »,
// « c'est 6 chiffres : »), whose account and which site (« de mon
// compte en ligne banque postale », « pour l'espace client Engie »,
// « for my bank app »), an aside in brackets, the clause that says the
// resident chose it (« que j'ai choisi »); then a mark or a verb that
// gives it (« : », « ? », « est », « c'est », « is »), or nothing; then
// 4 to 8 digits, in groups too (« 27 39 51 », « 5 5 9 1 »). The
// description must name what the code opens (openedBy) or a code kept
// secret; a door's, a parcel's or a postal code, a year or an amount
// after a bare description, and a code said to be anything but given
// (« le code de l'appli a été envoyé le 12 »), stay.
func (sc *scanner) openedCodes() {
	for k := 0; k < len(sc.toks); k++ {
		if n := sc.toks[k].norm; n != "code" && n != "codes" && n != "passcode" || sc.namedBefore(k) ||
			k+1 < len(sc.toks) && notCode[sc.toks[k+1].norm] {
			continue
		}
		j, opens, secret := sc.codeDescription(k + 1)
		if !opens {
			continue
		}
		given, marked := false, false
		if e, ok := sc.atAny(j, strongVerbs); ok {
			j, given, marked = e, true, sc.word(e-1) == ":" || sc.word(e-1) == "="
		} else if w := sc.word(j); w == "?" || w == "est" || w == "is" {
			j, given = j+1, true
		}
		// « c'est 6 chiffres : 27 39 51 »
		if e := sc.countedDigits(j); e > j {
			j, given = e, true
			if w := sc.word(j); w == ":" || w == "=" {
				j++
			}
		}
		if e := sc.digitGroups(j); e > j {
			start, end := sc.toks[j].start, sc.toks[e-1].end
			// A year after a verb is a form's number or a date
			// (« c'est 2042 pour la déclaration »): only after a mark,
			// or a code said to be secret.
			year := yearOrPhone(sc.text[start:end])
			if given && (!year || marked || secret) || !given && !year && (end-start > 4 || secret || sc.phraseEndsAt(e)) {
				sc.add(start, end, Password, MaskPassword)
			}
		}
	}
}

// phraseEndsAt reports whether the phrase ends at token e: the end of
// the message or its line, a mark, or thanks.
func (sc *scanner) phraseEndsAt(e int) bool {
	if e >= len(sc.toks) {
		return true
	}
	n := sc.toks[e].norm
	return sentenceEnd(n) || n == "," || thanks[n] || strings.ContainsRune(sc.text[sc.toks[e-1].end:sc.toks[e].start], '\n')
}

// codeDescription returns the token after the words that describe a
// code from token j, whether they name what it opens, and whether they
// say it is kept secret (« code secret », « code confidentiel »).
func (sc *scanner) codeDescription(j int) (_ int, opens, secret bool) {
	for read := 0; j < len(sc.toks) && read < 14; read++ {
		n := sc.toks[j].norm
		if e := sc.countedDigits(j); e > j {
			j = e
			continue
		}
		if e := sc.pastAside(j); e > j {
			j = e
			continue
		}
		// « que j'ai choisi », « qu'on m'a donné »: the resident's own.
		if (n == "que" || n == "qu'") && j+3 < len(sc.toks) {
			if e, ok := sc.chosenClause(j + 1); ok {
				j, opens, secret = e, true, true
				continue
			}
		}
		secret = secret || keptSecret[n]
		switch {
		case otherCodes[n] && n != "wifi":
			// « le code qu'on m'a donné pour la porte »: a code that
			// opens no account.
			return j, false, false
		case openedBy[n] || onlineServices[n]:
			opens = true
		case describesCode[n] || codeQualifiers[n] || articles[n]:
		case opens && isWord(n) && !notValue[n] && !countWords[n] && (upperAt(sc.text, sc.toks[j].start) || articles[sc.word(j-1)]):
			// A provider's name: « l'espace client Engie », « le site de
			// la mutuelle ».
		default:
			return j, opens, secret
		}
		j++
	}
	return j, opens, secret
}

// chosenClause returns the token after a clause that says a code is the
// resident's own, from token j after « que »: a subject, an auxiliary
// and a participle of choosing or giving.
func (sc *scanner) chosenClause(j int) (int, bool) {
	for e := j; e < j+4 && e < len(sc.toks); e++ {
		if chosenVerbs[sc.toks[e].norm] {
			return e + 1, e > j
		}
	}
	return j, false
}

// countedDigits returns the token after « à 4 chiffres », « de six
// chiffres », « 6 chiffres » at token j, or j.
func (sc *scanner) countedDigits(j int) int {
	f := j
	if w := sc.word(f); w == "a" || w == "de" || w == "en" {
		f++
	}
	if w := sc.word(f); !(isDigits(w) && len(w) == 1 || digitCounts[w]) {
		return j
	}
	if w := sc.word(f + 1); w == "chiffres" || w == "chiffre" || w == "caracteres" || w == "digits" {
		return f + 2
	}
	return j
}

// digitGroups returns the token after 4 to 8 digits at token j, written
// together or in groups of up to three set apart by spaces on one line,
// or j. A longer number, or one followed by a unit, is none.
func (sc *scanner) digitGroups(j int) int {
	total, e := 0, j
	for e < len(sc.toks) && isDigits(sc.toks[e].norm) {
		if e > j && (len(sc.toks[e].norm) > 3 || len(sc.toks[e-1].norm) > 3 ||
			strings.TrimFunc(sc.text[sc.toks[e-1].end:sc.toks[e].start], isSpace) != "" ||
			strings.ContainsRune(sc.text[sc.toks[e-1].end:sc.toks[e].start], '\n')) {
			break
		}
		total += len(sc.toks[e].norm)
		e++
	}
	if total < 4 || total > 8 || e < len(sc.toks) && (units[sc.toks[e].norm] || countWords[sc.toks[e].norm] || isDigits(sc.toks[e].norm)) {
		return j
	}
	return e
}

var (
	// openedBy are what a code opens: an app, an account, a site, a
	// card paid online, a box; and what says it is kept secret.
	openedBy = set("appli", "application", "compte", "espace", "banque", "bancaire", "box", "ligne", "site",
		"carte", "cb", "secret", "secrete", "confidentiel", "perso", "personnel", "parental", "connexion", "acces",
		"bank", "online", "account", "tablette", "ordinateur", "session")
	// keptSecret say a code is the resident's secret.
	keptSecret = set("secret", "secrete", "confidentiel", "perso", "personnel", "parental")
	// describesCode are the words of a description beyond codeQualifiers.
	describesCode = set("for", "my", "the", "of", "to", "bleue", "postale", "client", "parental", "a", "au", "l'", "d'")
	// digitCounts say how many digits a code has, in words.
	digitCounts = set("quatre", "cinq", "six", "huit")
	// units after digits make them an amount or a duration (beside
	// countWords).
	units = set("€", "euro", "h", "%", "min", "kg")
)
