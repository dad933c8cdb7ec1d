package secret

import (
	"slices"
	"strings"
	"unicode"

	"pimmsbot/internal/fold"
)

// A French RIB has four parts: bank (5 digits), branch (5 digits),
// account (11 letters or digits) and key (2 digits). Residents copy it
// whole, as one number or grouped; from a table, its parts set apart by
// tabs, bars or slashes; or piece by piece with the labels of their
// chequebook (« compte n° … clé … »). The bank and the branch only say
// which agency keeps the account, and alone are no secret (« code banque
// 30004 » stays); but a RIB given whole is masked whole: with its account
// in the message, its bank and branch codes go too (bankAndBranch).

// ribs finds RIBs written whole: as one number in any grouping, or with
// their parts set apart (ribParts). Bank and branch go with the rest.
func (sc *scanner) ribs() {
	for i, g := range sc.groups {
		if len(g.text) == 1 && sc.letteredRIB(i) || !isDigit(g.text[0]) || sc.taken(g.start) {
			continue
		}
		if sc.moroccanRIB(i) {
			continue
		}
		j, text, ok := sc.window(i, 23, ribGroup)
		// A key mistyped: still a RIB when named so (« Mon RIB c'est
		// 16606966773874496803803, la banque dit que la clé est
		// fausse »).
		if ok && (validRIB(text[:5], text[5:10], text[10:21], text[21:]) ||
			isDigits(text[:10]) && isDigits(text[21:]) && sc.ribNamed(sc.groups[i].start)) {
			start, end := sc.spanOf(i, j)
			sc.add(start, end, Bank, MaskRIB)
			continue
		}
		sc.ribParts(i)
		sc.spreadRIB(i)
	}
}

// ribGroup reports whether g can be a part of a RIB written whole: digits,
// or letters read as digits as some banks print them, but no word in
// lower case (« 0751124098765 depuis 2019 » is no RIB, whatever its key).
func ribGroup(g group) bool {
	if g.digits || len(g.text) < 3 {
		return true
	}
	for k := 0; k < len(g.text); k++ {
		if isDigit(g.text[k]) {
			return true
		}
	}
	for k := 0; k < len(g.text); k++ {
		if c := g.text[k]; c >= 'a' && c <= 'z' || c >= 0x80 {
			return false
		}
	}
	return true
}

// spreadRIB masks the account and the key of a RIB whose four parts
// start at group i, each after its label as a form or a chequebook
// prints them, in any language (« code banque 17515, code guichet
// 09078, numéro 00026511855, clé 43 », « bank code …, branch code …,
// number …, key … », « 13335 puis 47493 puis … puis la clé 56 »): the
// key must check. Bank and branch go too, as with their labels
// anywhere else in a message that gives the account.
func (sc *scanner) spreadRIB(i int) {
	b := sc.groups[i]
	if !b.digits || len(b.text) != 5 || sc.taken(b.start) {
		return
	}
	// A label between bank and branch: « 17515 90000 puis … » is a RIB
	// in pieces, read whole by pieces.
	r := sc.nextField(i)
	if r < 0 || !sc.groups[r].digits || len(sc.groups[r].text) != 5 ||
		strings.IndexFunc(sc.text[b.end:sc.groups[r].start], unicode.IsLetter) < 0 {
		return
	}
	a := sc.nextField(r)
	if a < 0 {
		return
	}
	e, account, ok := sc.window(a, 11, alnumGroup)
	if !ok {
		return
	}
	k := sc.nextField(e - 1)
	if k < 0 || !sc.groups[k].digits || len(sc.groups[k].text) != 2 || !validRIB(b.text, sc.groups[r].text, account, sc.groups[k].text) {
		return
	}
	// « Facture …, client …, commande …, lot … »: other papers' labels,
	// whose numbers a key right by chance makes no RIB.
	for t := sc.tokenFrom(b.start) - 2; t < sc.tokenFrom(sc.groups[k].start); t++ {
		if t >= 0 && otherNumbers[sc.toks[t].norm] {
			return
		}
	}
	start, end := sc.spanOf(a, e)
	key := sc.groups[k]
	if tableSep(sc.text[end:key.start]) && !strings.Contains(sc.text[end:key.start], "\n") {
		if sc.add(start, key.end, Bank, MaskRIB) { // « 96933133703/47 »: one mask
			sc.bankBranch(b, sc.groups[r])
		}
		return
	}
	if sc.add(start, end, Bank, MaskRIB) {
		sc.add(key.start, key.end, Bank, MaskRIB)
		sc.bankBranch(b, sc.groups[r])
	}
}

// bankBranch masks the bank's and the branch's codes of a RIB given
// whole, as bankAndBranch does after their labels: the resident is told
// the RIB is masked.
func (sc *scanner) bankBranch(bank, branch group) {
	sc.add(bank.start, bank.end, Bank, MaskRIB)
	sc.add(branch.start, branch.end, Bank, MaskRIB)
}

// nextField returns the group after group i that starts with a digit,
// past at most three words of a label (« code guichet », « n° », « et
// la clé »), in the same sentence, or -1.
func (sc *scanner) nextField(i int) int {
	for j := i + 1; j < len(sc.groups) && j <= i+4; j++ {
		g := sc.groups[j]
		if between := sc.text[sc.groups[j-1].end:g.start]; len(between) > 40 || strings.ContainsAny(between, "?!") ||
			strings.Contains(between, ". ") {
			return -1
		}
		if isDigit(g.text[0]) {
			return j
		}
	}
	return -1
}

// moroccanRIB masks a Moroccan RIB that starts at group i: 24 digits,
// often cut 3-3-16-2 (bank, town, account, key), named a RIB before it or
// with its key right (97 minus the first 22 digits times 100, modulo 97)
// in a message about a bank account.
func (sc *scanner) moroccanRIB(i int) bool {
	j, text, ok := sc.window(i, 24, digitGroup)
	if !ok || !(sc.ribNamed(sc.groups[i].start) || moroccanKey(text[:22]) == text[22:] && sc.has(bankWords)) {
		return false
	}
	start, end := sc.spanOf(i, j)
	return sc.add(start, end, Bank, MaskRIB)
}

// moroccanKey returns the key of a Moroccan RIB's first 22 digits.
func moroccanKey(d string) string {
	r := 0
	for k := 0; k < len(d); k++ {
		r = (r*10 + int(d[k]-'0')) % 97
	}
	return padDigits(97-r*100%97, 2)
}

// ribNamed reports whether the number at byte start is named a RIB in
// the words before it, in the same sentence, with no other paper's
// number named closer: « RIB marocain de mon mari pour le transfert :
// … ».
func (sc *scanner) ribNamed(start int) bool {
	k := sc.tokenFrom(start)
	for b := k - 1; b >= 0 && b >= k-12; b-- {
		switch n := sc.toks[b].norm; {
		case n == "rib":
			return true
		case n == "." || n == "?" || n == "!" || otherNumbers[n]:
			return false
		}
	}
	return false
}

// letteredRIB masks the account and the key of a RIB written with the
// initials of its fields, as some forms print it: « B 11306 G 59397 C
// 85437010877 K 63 ». Bank and branch stay, as with their full labels.
func (sc *scanner) letteredRIB(i int) bool {
	if i+7 >= len(sc.groups) {
		return false
	}
	gs := sc.groups[i : i+8]
	for f, field := range ribFields {
		label, value := gs[2*f], gs[2*f+1]
		if !strings.EqualFold(label.text, field.label) || len(value.text) != field.size || f != 2 && !value.digits ||
			strings.Trim(sc.text[label.end:value.start], " :\t\u00a0") != "" ||
			f > 0 && strings.Trim(sc.text[gs[2*f-1].end:label.start], " ,;/|\t\u00a0") != "" {
			return false
		}
	}
	sc.add(gs[5].start, gs[5].end, Bank, MaskRIB)
	sc.add(gs[7].start, gs[7].end, Bank, MaskRIB)
	return true
}

// ribFields are a RIB's fields by their initials: banque, guichet,
// compte, clé.
var ribFields = [...]struct {
	label string
	size  int
}{{"B", 5}, {"G", 5}, {"C", 11}, {"K", 2}}

// ribParts finds a RIB whose parts start at group i and are set apart as
// in a table or on a form (« 30066/00826/02541013571/34 », « | 17515 |
// 02069 | 06620986254 | 82 | »), or whose key comes a few words after the
// account (« 30003 08130 09603142831 puis 78 »). Without a key that
// checks, bank, branch and account are a RIB only in a message that
// speaks of a bank account.
func (sc *scanner) ribParts(i int) {
	if i+2 >= len(sc.groups) {
		return
	}
	b, r, a := sc.groups[i], sc.groups[i+1], sc.groups[i+2]
	if !b.digits || len(b.text) != 5 || !r.digits || len(r.text) != 5 || len(a.text) != 11 ||
		!isDigit(a.text[0]) || !isDigit(a.text[1]) ||
		!tableSep(sc.text[b.end:r.start]) || !tableSep(sc.text[r.end:a.start]) {
		return
	}
	if i+3 < len(sc.groups) {
		k := sc.groups[i+3]
		if k.digits && len(k.text) == 2 && tableSep(sc.text[a.end:k.start]) && validRIB(b.text, r.text, a.text, k.text) {
			sc.add(b.start, k.end, Bank, MaskRIB)
			return
		}
	}
	first := sc.tokenFrom(a.end)
	for t := first; t < len(sc.toks) && t < first+4; t++ {
		if k := sc.toks[t]; len(k.norm) == 2 && isDigits(k.norm) && validRIB(b.text, r.text, a.text, k.norm) {
			sc.add(b.start, a.end, Bank, MaskRIB)
			sc.add(k.start, k.end, Bank, MaskRIB)
			return
		}
	}
	// Commas set apart the numbers of a list as often as a RIB's parts:
	// without a key that checks, no RIB.
	if sc.has(bankWords) && !strings.ContainsAny(sc.text[b.end:a.start], ",;") {
		// Its key, wrong, set apart as the other parts are (« 11315 |
		// 06067 | 04357157876 | 91 »), goes with it.
		end := a.end
		if k := i + 3; k < len(sc.groups) && sc.groups[k].digits && len(sc.groups[k].text) == 2 &&
			tableSep(sc.text[a.end:sc.groups[k].start]) && sc.text[a.end:sc.groups[k].start] == sc.text[r.end:a.start] {
			end = sc.groups[k].end
		}
		sc.add(b.start, end, Bank, MaskRIB)
	}
}

// tableSep reports whether s, between two parts of a RIB, only sets them
// apart: spaces, tabs, dots, hyphens, slashes, bars, commas,
// semicolons, one line break.
func tableSep(s string) bool {
	if s == "" {
		return false
	}
	lines := 0
	for _, r := range s {
		switch {
		case r == '\n':
			lines++
		case isSpace(r) || r == '.' || r == '-' || r == '/' || r == '|' || r == ',' || r == ';':
		default:
			return false
		}
	}
	return lines <= 1
}

// The labels of a RIB's account and key, and the words that may stand
// between a label and its value: « compte courant n° 07057893974 »,
// « n° de cpte 07007329851 », « mon numéro de compte c'est … »,
// « clé RIB : 63 », « la clé c 84 ».
var (
	accountLabels = phrases("compte", "cpte", "cpt", "n de compte", "numero de compte", "num de compte",
		"no de compte", "n de cpte", "numero de cpte", "n compte", "n cpte", "livret", "ccp", "ldd", "ldds",
		"account", "account number", "account no .", "acct", "acct no", "acct no .", "account nr",
		// « numéro de conte »: a typo residents make.
		"n de conte", "numero de conte", "num de conte", "no de conte", "numero de compt", "n de compt")
	accountSkip = set(":", "=", "n", "no", "numero", "num", "courant", "joint", "bancaire", "cheque", "cheques",
		"c", "c'", "est", "cest", "etait", "mon", "ma", "son", "sa", "votre", "le", "de", "du",
		// « my bank account number is … », « número de la cuenta es … »
		"is", "was", "my", "the", "of", "la",
		// « mon compte a changé : n° … », « le nouveau compte … »
		"a", "change", "changee", "nouveau", "nouvel", "maintenant", "desormais", "actuel")
	keyLabels = phrases("cle", "clef", "cles", "cle rib", "clef rib", "cle du rib", "cle de rib", "cle de controle",
		"key", "rib key", "control key", "check digits", "check digit",
		// The Spanish and Portuguese names of a key: « dígitos de
		// control », « dígito de controle ». Spanish « clave », read as
		// a password's name, is looked for in foreignKeys.
		"digito de control", "digitos de control", "digito de controle", "digitos de controle",
		"digito de controlo", "digitos de controlo")
	// A key named a RIB's needs no account in the message: « la clé du
	// RIB c 73, j'avais oublié ».
	ribKeyLabels = phrases("cle rib", "clef rib", "cle du rib", "cle de rib", "clef du rib", "cle de mon rib")
	keySkip      = set(":", "=", "c", "c'", "est", "cest", "etait", "rib", "du", "de", "la", "le", "is", "was", "the",
		"my", "of")
)

// Words that name a social security number, whose key is not a RIB's.
var nirNames = set("secu", "securite", "sociale", "social", "nir", "insee", "ss", "nss", "vitale")

// labelledRIB finds a RIB's account and key given with their labels:
// « code banque 10907 guichet 76510 compte 59829505909 clé 13 »,
// « compte n° 05331990996 cle 06 », « la clé rib c 84 et le n° de compte
// … ». The account is 11 letters or digits, most of them digits; the key,
// two digits, is masked in a message that gives an account, a RIB or an
// IBAN and does not speak of a NIR; named a RIB's (« la clé du RIB c 73,
// j'avais oublié »), it is masked alone too, as residents send it in a
// message of its own.
func (sc *scanner) labelledRIB() {
	sc.afterLabels(accountLabels, accountSkip, func(j int) {
		if notAccount[sc.word(j)] {
			return // « compte rendu n° 20240318117 »
		}
		// « compte CCP 0809383L053 », « livret A 5967… », « compte
		// épargne n° … »: a word or two may name the account's kind,
		// unless it names another number (« compte client »). A form
		// puts the account on the line after its label.
		if j+1 < len(sc.toks) && sc.text[sc.toks[j].start] == '\n' {
			j++
		}
		for free := 0; j+1 < len(sc.toks); j++ {
			n := sc.toks[j].norm
			// « numéro de compte pour la bourse : … », « compte pour
			// le virement de la CAF : … »: what the account is given
			// for, up to the colon.
			if n == "pour" {
				if c := sc.purposeColon(j); c > j {
					j = c
					continue
				}
			}
			// « J'ai un CCP, le numéro c'est … », « my account number,
			// 0002… »: the account's number after a comma.
			if accountSkip[n] || n == "," && ((determiners[sc.word(j+1)] || accountSkip[sc.word(j+1)]) && numberWords[sc.word(j+2)] ||
				numberWords[sc.word(j+1)] || startsWithDigit(sc.word(j+1))) {
				continue
			}
			if free == 2 || !isWord(n) || otherNumbers[n] || notCode[n] || notValue[n] && len(n) > 1 || isNumberWord(n) {
				break
			}
			free++
		}
		sc.account(j)
	})
	sc.accountsBefore()
	sc.accountsBeforeKeys()
	if slices.ContainsFunc(sc.spans, func(s span) bool { return s.kind == Bank }) {
		sc.afterLabels(keyLabels, keySkip, sc.ribKey)
		sc.foreignKeys()
		sc.bankAndBranch()
	} else {
		sc.afterLabels(ribKeyLabels, keySkip, sc.ribKey)
	}
}

// bankAndBranch masks a RIB's bank and branch codes after their labels
// (« code banque 30004 », « guichet : 00412 », « établissement 16606 »,
// « bank code 13507 », « código sucursal 02345 »), in a message that gives
// the RIB's account. They only name the agency, but the resident gave the
// RIB whole and is told it is masked: left in clear, they show where the
// resident banks and make the secret's place plain (a key of two digits
// is found again inside a branch code left whole). Alone, with no account
// given, they stay.
func (sc *scanner) bankAndBranch() {
	if !slices.ContainsFunc(sc.spans, func(s span) bool { return s.mask == MaskRIB }) {
		return
	}
	sc.afterLabels(agencyLabels, agencySkip, func(j int) {
		t := sc.toks[j]
		if len(t.norm) == 5 && isDigits(t.norm) && sc.alone(t) {
			sc.add(t.start, t.end, Bank, MaskRIB)
		}
	})
	// « la banque c'est BRED code 10107 guichet 28613 »: the bank's code
	// named « code » alone, the branch's label right after it.
	for k := 0; k+2 < len(sc.toks); k++ {
		t := sc.toks[k+1]
		if sc.toks[k].norm != "code" || len(t.norm) != 5 || !isDigits(t.norm) || !sc.alone(t) {
			continue
		}
		next := k + 2
		if sc.word(next) == "," || sc.word(next) == "-" || sc.word(next) == "/" {
			next++
		}
		if n := sc.word(next); n == "guichet" || n == "agence" || n == "code" && sc.word(next+1) == "guichet" {
			sc.add(t.start, t.end, Bank, MaskRIB)
		}
	}
}

// The labels of a RIB's bank and branch codes, and the words that may
// stand between a label and its code (« banque code 13507 », « code
// guichet : 00412 »).
var (
	agencyLabels = phrases("banque", "banq", "guichet", "etablissement", "etab", "agence",
		// Shortened as on a form or in an SMS: « cb 10278 cg 41955 »
		// (code banque, code guichet), « bq », « gui. », « étab. ».
		"cb", "cg", "bq", "bque", "bnq", "gui", "guich", "guichets", "etabl", "agce", "ag", "code b", "code g",
		// A postal account's « centre » (« CCP … clé 54 (centre 20041) »),
		// a branch named in English (« sort code 08986 », « branch 00412 »).
		"centre", "sort", "branch",
		// The bank by its name, its code after it (« …, agence 04602,
		// crédit agricole 11306 »).
		"credit agricole", "credit mutuel", "credit lyonnais", "societe generale", "bnp", "bnp paribas", "lcl", "cic",
		"bred", "caisse d' epargne", "la poste", "boursorama", "hsbc", "axa", "fortuneo", "hello bank")
	agencySkip = set(":", "=", "code", "cde", "cod", "n", "no", "c'", "est", "cest", "c", ".", "-")
)

// foreignKeys masks a RIB's key after the Spanish « clave », which the
// tokenizer reads as a password's name (« mi clave es Luna2020 »): in a
// message that gives an account, « cuenta … clave 57 » is a key.
func (sc *scanner) foreignKeys() {
	for k, t := range sc.toks {
		if t.norm != "mdp" || fold.String(sc.text[t.start:t.end]) != "clave" {
			continue
		}
		j := k + 1
		for n := 0; j < len(sc.toks) && n < 4 && keySkip[sc.toks[j].norm]; n++ {
			j++
		}
		if j < len(sc.toks) {
			sc.ribKey(j)
		}
	}
}

// accountsBefore masks a RIB's account written before its label:
// « 00012398765 c mon numero de compte, clé 86 ».
func (sc *scanner) accountsBefore() {
	for k := 1; k < len(sc.toks); k++ {
		j, ok := sc.atAny(k, accountLabels)
		if !ok {
			continue
		}
		if j < len(sc.toks) && (otherNumbers[sc.toks[j].norm] || notCode[sc.toks[j].norm] || notAccount[sc.toks[j].norm]) {
			continue // « … c'est mon numéro de compte client »
		}
		i := k - 1
		for n := 0; i > 0 && n < 4 && backSkip[sc.toks[i].norm]; n++ {
			i--
		}
		if i < k-1 && isDigits(sc.toks[i].norm) && !sc.taken(sc.toks[i].start) {
			sc.accountEndingAt(i)
		}
		k = j - 1
	}
}

// accountsBeforeKeys masks a RIB's account given with its key and
// neither its bank nor its branch, whatever names it, or nothing: « n°
// 58080681011 clé 49 », « le compte c'est le 93407648272 avec la clé
// 36 », « numer konta 932341264E7 klucz 71 », « cuenta Y9856298025
// clave 36 ». Eleven letters or digits, eight of them digits at least,
// then a key's name and two digits: no other paper's number has that
// shape. The key is masked with the labelled keys.
func (sc *scanner) accountsBeforeKeys() {
	for k := 1; k < len(sc.toks); k++ {
		j, ok := sc.atAny(k, keyLabels)
		if !ok {
			if sc.toks[k].norm != "mdp" || fold.String(sc.text[sc.toks[k].start:sc.toks[k].end]) != "clave" {
				continue
			}
			j = k + 1
		}
		for n := 0; j < len(sc.toks) && n < 4 && keySkip[sc.toks[j].norm]; n++ {
			j++
		}
		if j >= len(sc.toks) || len(sc.toks[j].norm) != 2 || !isDigits(sc.toks[j].norm) {
			continue
		}
		i := k - 1
		for n := 0; i > 0 && n < 4 && keyJoins[sc.toks[i].norm]; n++ {
			i--
		}
		if sc.nirNamed(i) {
			continue
		}
		sc.accountWithKey(i)
	}
}

// keyJoins are the words between an account and its key's name: « …
// avec la clé 36 », « … (clé 57) », « …, et sa clé 21 ».
var keyJoins = set("avec", "la", "sa", "et", ",", "(", "-", ";", "/", "puis", "ma", "the", "its", "and", "y", "la")

// nirNamed reports whether a NIR's name is among the words just before
// token i: its key is no RIB's.
func (sc *scanner) nirNamed(i int) bool {
	return i >= 0 && sc.near(sc.toks[i].start, sc.toks[i].end, nirNames, 80, 0)
}

// accountWithKey masks the RIB's account that ends at token i, one group
// of 11 letters and digits with at least eight digits, as a bank prints it.
func (sc *scanner) accountWithKey(i int) {
	t := sc.toks[i]
	gi := sc.groupAt(t.start)
	if gi < 0 || sc.groups[gi].end != t.end || len(t.norm) != 11 || sc.taken(t.start) {
		return
	}
	digits := 0
	for k := 0; k < len(t.norm); k++ {
		if isDigit(t.norm[k]) {
			digits++
		}
	}
	if digits >= 8 {
		sc.add(t.start, t.end, Bank, MaskRIB)
	}
}

// notAccount are the words after « compte » that make it no bank
// account: « compte rendu ».
var notAccount = set("rendu", "rendus", "tenu")

// accountEndingAt masks the account that ends at token i, or at the token
// before when token i is its key (« 89410713355 81 c'est mon numéro de
// compte et la clé »).
func (sc *scanner) accountEndingAt(i int) {
	last := []int{i}
	if len(sc.toks[i].norm) == 2 && i > 0 {
		last = append(last, i-1)
	}
	for _, l := range last {
		for b := max(0, l-5); b <= l; b++ {
			if gi := sc.groupAt(sc.toks[b].start); gi >= 0 {
				if e, _, ok := sc.window(gi, 11, alnumGroup); ok && sc.groups[e-1].end == sc.toks[l].end {
					sc.account(b)
					return
				}
			}
		}
	}
}

// afterLabels calls found with the token after each label, past the words
// of skip.
// purposeColon returns, when the words from token j (« pour la
// bourse », « pour recevoir l'aide ») run to a colon within six words
// that name no other number, the colon's token; else -1.
func (sc *scanner) purposeColon(j int) int {
	for k := j + 1; k < len(sc.toks) && k <= j+6; k++ {
		n := sc.toks[k].norm
		if n == ":" {
			return k
		}
		if !isWord(n) || otherNumbers[n] || notCode[n] {
			return -1
		}
	}
	return -1
}

func (sc *scanner) afterLabels(labels phraseSet, skip map[string]bool, found func(j int)) {
	for k := 0; k < len(sc.toks); k++ {
		j, ok := sc.atAny(k, labels)
		if !ok {
			continue
		}
		for n := 0; j < len(sc.toks) && n < 4 && skip[sc.toks[j].norm]; n++ {
			j++
		}
		if j < len(sc.toks) {
			found(j)
		}
		k = j - 1
	}
}

// ribKey masks a RIB's key from token j: the first number of the
// sentence, among the eight words after its label, if it is two digits,
// or two digits in words (« la clé elle dit quatre-vingt-sept », « la
// clé rib tout à l'heure c'est 29 »).
func (sc *scanner) ribKey(j int) {
	if j > 0 && sc.near(sc.toks[j-1].start, sc.toks[j-1].end, nirNames, 80, 0) {
		return
	}
	for k := j; k < len(sc.toks) && k < j+8; k++ {
		t := sc.toks[k]
		if k == j && sc.lineEnd(k) {
			continue // « clé rib\n86 »: its value on the next line.
		}
		if t.norm == "." || t.norm == "?" || t.norm == "!" || nirNames[t.norm] {
			return
		}
		if isDigits(t.norm) {
			if len(t.norm) == 2 && sc.alone(t) {
				sc.add(t.start, t.end, Bank, MaskRIB)
			}
			return
		}
		if next, d := sc.spokenChunk(k); d != "" {
			// « deux huit »: two digits said one by one.
			if after, n := sc.numberWords(k); len(d) == 1 && n == 2 {
				next, d = after, "00"
			}
			if _, more := sc.spokenChunk(next); len(d) == 2 && more == "" {
				sc.add(t.start, sc.toks[next-1].end, Bank, MaskRIB)
			}
			return
		}
	}
}

// account masks a RIB's account that starts at token j: 11 letters or
// digits in any grouping, starting with two digits, with at least eight
// digits; or 11 digits dictated in words (« cinq trois huit zéro … »).
func (sc *scanner) account(j int) {
	gi := sc.groupAt(sc.toks[j].start)
	if gi < 0 || !isDigit(sc.groups[gi].text[0]) {
		if next, n := sc.numberWords(j); n == 11 {
			sc.add(sc.toks[j].start, sc.toks[next-1].end, Bank, MaskRIB)
		}
		return
	}
	e, text, ok := sc.window(gi, 11, alnumGroup)
	if !ok {
		// « 095433\n30792 »: over two lines, as typed in a narrow box.
		e, text, ok = sc.windowAcross(gi, 11, digitGroup, true)
	}
	if !ok || !isDigit(text[0]) || !isDigit(text[1]) {
		return
	}
	// « 06 12 34 56 78 c'est … »: a word's letter is no part of it.
	for _, g := range sc.groups[gi:e] {
		if strings.IndexAny(g.text, "0123456789") < 0 {
			return
		}
	}
	digits := 0
	for i := 0; i < len(text); i++ {
		if isDigit(text[i]) {
			digits++
		}
	}
	if digits < 8 {
		return
	}
	start, end := sc.spanOf(gi, e)
	// Its key written right after it: « 96933133703/47 », « … 03-47 ».
	if e < len(sc.groups) && sc.groups[e].digits && len(sc.groups[e].text) == 2 &&
		tableSep(sc.text[end:sc.groups[e].start]) && !strings.Contains(sc.text[end:sc.groups[e].start], "\n") {
		end = sc.groups[e].end
	}
	if !sc.add(start, end, Bank, MaskRIB) {
		return
	}
	// « le compte c'est 00071228351 pas 84643735182 »: the other one the
	// resident corrects or hesitates with is an account too.
	k := sc.tokenFrom(end)
	other := false
	for n := 0; k < len(sc.toks) && n < 3 && orOther[sc.toks[k].norm]; n++ {
		other = other || sc.toks[k].norm != ","
		k++
	}
	if other && k < len(sc.toks) {
		sc.account(k)
	}
}

// orOther link an account to another the resident gives in its place.
var orOther = set(",", "pas", "ou", "et", "non", "plutot", "mais", "sinon")
