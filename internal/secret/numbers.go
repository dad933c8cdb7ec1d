package secret

import (
	"slices"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"
)

// A group is a run of ASCII letters and digits: « 1 », « 85 », « 2A »,
// « FR76 », « 0494966C750 ». Groups written with only separators between
// them (spaces of any kind, dots, hyphens) form a chain, and a number is
// read across the groups of a chain: « 1 85 05 », « 1.85.05 », « 1-85-05 »
// and « 1  85 05 » are the same.
type group struct {
	start, end int
	text       string
	digits     bool // only digits
	linked     bool // only separators between it and the previous group
	// wrapped: only a line break (and spaces) between it and the previous
	// group, as when an IBAN is copied over two lines. Read across for
	// IBANs only, whose check digits make the reading safe.
	wrapped bool
	// slashed: one slash between it and the previous group, as in
	// « 1/80/06/99/350/216/03 ». Read across for NIRs with their key
	// only.
	slashed bool
	// commaed: one comma between it and the previous group, as in
	// « 1,68,12,99,350,123 ». Read across for NIRs whose key is right
	// only.
	commaed bool
	// listed: one comma or one slash, spaces around it or not, between
	// it and the previous group, as in « FR76, 1450, 5098, … » or
	// « FR76 / 3000 / 4051 … ». Read across for IBANs whose check is
	// right only.
	listed bool
	plus   bool // written right after a « + » (a phone number)
}

// group finds the groups of the text.
func (sc *scanner) group() {
	s := sc.text
	prevEnd := -1
	for i := 0; i < len(s); {
		c := s[i]
		if !isAlnum(c) {
			i++
			continue
		}
		j := i + 1
		for j < len(s) && isAlnum(s[j]) {
			j++
		}
		// Letters around it make it part of a word (« né2 », « n°1 » is
		// fine: ° is not a letter).
		if before, _ := utf8.DecodeLastRuneInString(s[:i]); unicode.IsLetter(before) || isAfterMask(sc, i) {
			prevEnd = -1
			i = j
			continue
		}
		if after, _ := utf8.DecodeRuneInString(s[j:]); unicode.IsLetter(after) {
			prevEnd = -1
			i = j
			continue
		}
		g := group{start: i, end: j, text: s[i:j], digits: isDigits(s[i:j])}
		g.linked = prevEnd >= 0 && onlySeparators(s[prevEnd:i])
		g.wrapped = prevEnd >= 0 && lineBreak(s[prevEnd:i])
		g.slashed = prevEnd >= 0 && strings.TrimFunc(s[prevEnd:i], isSpace) == "/"
		g.commaed = prevEnd >= 0 && s[prevEnd:i] == ","
		if prevEnd >= 0 && !strings.ContainsAny(s[prevEnd:i], "\n\r") {
			sep := strings.TrimFunc(s[prevEnd:i], isSpace)
			g.listed = sep == "," || sep == "/"
		}
		g.plus = i > 0 && s[i-1] == '+'
		sc.groups = append(sc.groups, g)
		prevEnd = j
		i = j
	}
}

func isAfterMask(sc *scanner, i int) bool {
	_, in := sc.inMask(i - 1)
	return i > 0 && in
}

func isAlnum(c byte) bool {
	return c >= '0' && c <= '9' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z'
}

// onlySeparators reports whether s, between two groups, only separates
// digits: a run of spaces, dots and hyphens.
func onlySeparators(s string) bool {
	if s == "" {
		return false
	}
	for _, r := range s {
		if !isSpace(r) && r != '.' && r != '-' && r != '_' && r != '\u2010' && r != '\u2011' && r != '\u2013' {
			return false
		}
		if r == '\n' || r == '\r' {
			return false
		}
	}
	return true
}

// lineBreak reports whether s, between two groups, is one line break
// with spaces around it.
func lineBreak(s string) bool {
	t := strings.TrimRight(strings.TrimLeft(s, " \t"), " \t")
	return t == "\n" || t == "\r\n"
}

// window returns the groups from i on, while linked and accepted, until
// their letters and digits add up to exactly n; ok is false when they
// do not (too few, or a group would go past n).
func (sc *scanner) window(i, n int, accept func(g group) bool) (j int, text string, ok bool) {
	return sc.windowAcross(i, n, accept, false)
}

// windowAcross is window that, with lines, also reads across a line
// break.
func (sc *scanner) windowAcross(i, n int, accept func(g group) bool, lines bool) (j int, text string, ok bool) {
	return sc.windowLinked(i, n, accept, func(g group) bool { return g.linked || lines && g.wrapped })
}

// windowLinked is window with the groups linked as link says.
//
// Most windows fail (every word of a message is a group, and the rules
// try windows from each), so the groups' text is joined only once they
// add up to n: a failed window costs no allocation, nor does one group.
func (sc *scanner) windowLinked(i, n int, accept, link func(g group) bool) (j int, text string, ok bool) {
	size := 0
	for j = i; j < len(sc.groups); j++ {
		g := sc.groups[j]
		if j > i && !link(g) || !accept(g) {
			return j, "", false
		}
		size += len(g.text)
		switch {
		case size == n:
			return j + 1, sc.joinGroups(i, j+1, n), true
		case size > n:
			return j, "", false
		}
	}
	return j, "", false
}

// joinGroups returns the text of groups i to j, n bytes in all, joined.
func (sc *scanner) joinGroups(i, j, n int) string {
	if j == i+1 {
		return sc.groups[i].text
	}
	var b strings.Builder
	b.Grow(n)
	for _, g := range sc.groups[i:j] {
		b.WriteString(g.text)
	}
	return b.String()
}

func digitGroup(g group) bool { return g.digits }
func alnumGroup(group) bool   { return true }

// numbers finds the secrets written as numbers, strongest checks first:
// IBAN (mod 97), bare RIB (its key), NIR with its key, card (Luhn), NIR
// without its key, numéro fiscal, its access number, a number given in
// two pieces, a RIB's
// account and key given with their labels.
func (sc *scanner) numbers() {
	sc.spokenNumbers()
	if len(sc.groups) == 0 {
		return
	}
	sc.ibans()
	sc.ribs()
	sc.nirs(true)
	sc.nirSiblings()
	sc.cards()
	sc.nirs(false)
	sc.nirKeys()
	sc.taxNumbers()
	sc.accessNumbers()
	sc.pieces()
	sc.labelledRIB()
}

// spanOf returns the byte span of groups i to j-1.
func (sc *scanner) spanOf(i, j int) (int, int) {
	return sc.groups[i].start, sc.groups[j-1].end
}

// ibans finds IBANs: two letters, two check digits, then letters and
// digits up to the country's length, valid mod 97.
func (sc *scanner) ibans() {
	banking := sc.has(bankWords)
	for i, g := range sc.groups {
		if sc.bareFrenchIBAN(i) {
			continue
		}
		// « FR76… », or « FR 76… » with the check digits apart.
		start := len(g.text) >= 4 && isDigit(g.text[2]) && isDigit(g.text[3]) ||
			len(g.text) == 2 && i+1 < len(sc.groups) && sc.groups[i+1].linked && len(sc.groups[i+1].text) >= 2 &&
				isDigit(sc.groups[i+1].text[0]) && isDigit(sc.groups[i+1].text[1])
		// « FR7 6300667 3025 … », « FR 7 630 … », its check digits cut apart as a
		// resident dictating it heard them: only with its check right.
		odd := !start && (len(g.text) == 3 && isDigit(g.text[2]) || len(g.text) == 2) && i+1 < len(sc.groups) && sc.groups[i+1].linked &&
			isDigit(sc.groups[i+1].text[0])
		if !start && !odd || !isLetter(g.text[0]) || !isLetter(g.text[1]) {
			continue
		}
		country := strings.ToUpper(g.text[:2])
		lengths := []int{ibanLength[country]}
		if lengths[0] == 0 {
			// A country missing from the table: any length, when the
			// message speaks of a bank account.
			if !banking {
				continue
			}
			lengths = lengths[:0]
			for n := 34; n >= 15; n-- {
				lengths = append(lengths, n)
			}
		}
		for _, n := range lengths {
			j, text, ok := sc.windowAcross(i, n, alnumGroup, true)
			// Across a line break, only a valid IBAN, or one named an
			// IBAN right before it in its country's length (« mon
			// iban\nFR76 1660 6217\n5282 … », a digit mistyped).
			named := ok && ibanLength[country] == n && sc.near(g.start, g.start, ibanNames, 16, 0)
			if !ok || !validIBAN(text) && !named {
				j, text, ok = sc.window(i, n, alnumGroup)
			}
			if !ok || !validIBAN(text) {
				// « FR76, 1450, 5098, … », « FR76/3000/4051/… »: commas
				// or slashes between its groups, only a valid IBAN.
				// A digit mistyped too, in a French IBAN's whole shape
				// named an IBAN right before it.
				if j2, text2, ok2 := sc.windowLinked(i, n, alnumGroup, listedOrLinked); ok2 &&
					(validIBAN(text2) || frenchShaped(text2) && sc.near(g.start, g.start, ibanNames, 16, 0)) {
					j, text, ok = j2, text2, ok2
				}
			}
			// An IBAN with a typo is still one when the message says it
			// is about a bank account, or when it has a French IBAN's
			// whole shape, which no other number has: masked all the same;
			// its check digits cut apart (« FR7 630 … »), only named an
			// IBAN right before it.
			cut := odd && !(frenchShaped(text) && sc.near(g.start, g.start, ibanNames, 16, 0))
			if ok && ibanShaped(text) && (validIBAN(text) || !cut && (banking || frenchShaped(text)) && ibanLength[country] == n) {
				start, end := sc.spanOf(i, j)
				sc.add(start, end, Bank, MaskIBAN)
				break
			}
		}
	}
}

// frenchShaped reports whether text, 27 characters, is a French IBAN's
// shape: « FR », two check digits, the bank's and the branch's ten
// digits, an account of eleven letters or digits, a key of two digits.
func frenchShaped(text string) bool {
	return len(text) == 27 && strings.EqualFold(text[:2], "FR") && isDigits(text[2:14]) && isDigits(text[25:])
}

// bareFrenchIBAN masks a French IBAN written without its « FR » right
// after its name (« iban (sans le FR …) : 76 1751 5738 … »): its check
// digits, then a RIB's 23 characters, bank and branch in digits.
func (sc *scanner) bareFrenchIBAN(i int) bool {
	g := sc.groups[i]
	if !g.digits || len(g.text) < 2 || i > 0 && g.linked && sc.groups[i-1].digits || !sc.near(g.start, g.start, ibanNames, 64, 0) {
		return false
	}
	j, text, ok := sc.window(i, 25, alnumGroup)
	if !ok || !isDigits(text[:12]) || j < len(sc.groups) && sc.groups[j].linked && sc.groups[j].digits {
		return false
	}
	start, end := sc.spanOf(i, j)
	return sc.add(start, end, Bank, MaskIBAN)
}

// nirs finds social security numbers: with their key when keyed, else
// without it. A NIR whose key is wrong or missing is one only when its
// grouping, or the words before it, say so.
func (sc *scanner) nirs(keyed bool) {
	for i, g := range sc.groups {
		if g.plus || !isDigit(g.text[0]) || sc.taken(g.start) {
			continue
		}
		if keyed {
			sc.keyedNIR(i)
			continue
		}
		j, text, ok, loose, wrapped := sc.keylessWindow(i)
		if !ok || !validNIR(text) || ocrDigits(text) != text || dateLed(sc.groups[i:j]) {
			continue
		}
		start, end := sc.spanOf(i, j)
		if wrapped || loose {
			sc.looseNIR(i, j, text, wrapped)
			continue
		}
		// « 1 61 10 35 358 095 clé 85 »: the key said as such goes too.
		if keyEnd, ok := sc.keyAfter(end); ok {
			sc.add(start, keyEnd, NIR, MaskNIR)
			continue
		}
		// « … 338 987 et après 95, c'est ça la clé ? »: the right key a
		// few words on makes it a NIR, and goes with it.
		if ks, ke, ok := sc.keyFurther(end, text); ok && !sc.otherLabelled(start) {
			sc.add(start, end, NIR, MaskNIR)
			sc.add(ks, ke, NIR, MaskPassword)
			continue
		}
		// Given as the resident's « numéro » and nothing else, a man's or a
		// woman's: the temporary numbers that start with 7 or 8 are rare,
		// and a paper's 13 digits often start so (« le bordereau porte le
		// numéro 7682326573676 »).
		said := (sc.saidNumber(start) || sc.thirteenSaid()) && (text[0] == '1' || text[0] == '2')
		if (nirShaped(sc.groups[i:j]) || said) && !sc.otherLabelled(start) || sc.nirLabelled(start, end) {
			// A key written as a group of its own goes too, even a wrong
			// one: « 1 85 05 78 006 084 36 ».
			// So does one after a slash: « … 717 295 / 76 ».
			if j < len(sc.groups) && sc.groups[j].digits && len(sc.groups[j].text) == 2 &&
				(sc.groups[j].linked || strings.TrimSpace(sc.text[end:sc.groups[j].start]) == "/") {
				end = sc.groups[j].end
			}
			sc.add(start, end, NIR, MaskNIR)
		}
	}
}

// keylessWindow returns the groups from i that may hold a NIR's 13
// characters without its key: linked by separators; or over two lines
// (wrapped); or with commas or slashes between them (loose).
func (sc *scanner) keylessWindow(i int) (j int, text string, ok, loose, wrapped bool) {
	if j, text, ok = sc.window(i, 13, nirGroup); ok {
		return j, text, true, false, false
	}
	// « num secu 1 60 03\n97 194 719 »: over two lines, as typed in a
	// narrow box.
	if j, text, ok = sc.windowAcross(i, 13, nirGroup, true); ok {
		return j, text, true, false, true
	}
	// « 1,68,12,99,350,123 clé 04 », « 1/68/12/… ».
	j, text, ok = sc.windowLinked(i, 13, nirGroup, func(g group) bool { return g.commaed || g.slashed })
	if !ok {
		// « 2 46 11, 55 843 962, 58 »: spaces within the groups a
		// resident reads out, commas between them.
		j, text, ok = sc.windowLinked(i, 13, nirGroup, func(g group) bool { return g.linked || g.commaed || g.listed })
	}
	return j, text, ok, j-i >= 4, false
}

// looseNIR masks the NIR without its key in groups i to j-1, read over
// two lines (wrapped) or with commas or slashes between its groups: with
// its key right after it; or cut as a NIR is and named one (« numéro de
// sécu 1/89/03/13/845/443 », copied from a form's boxes; « num secu 1 60
// 03\n97 194 719 »).
func (sc *scanner) looseNIR(i, j int, text string, wrapped bool) {
	start, end := sc.spanOf(i, j)
	named := nirShaped(sc.groups[i:j]) && sc.nirLabelled(start, end) && !sc.otherLabelled(start)
	if wrapped {
		if named {
			if j < len(sc.groups) && sc.groups[j].digits && len(sc.groups[j].text) == 2 && sc.groups[j].linked {
				end = sc.groups[j].end
			}
			sc.add(start, end, NIR, MaskNIR)
		}
		return
	}
	// « 2 92 05 44 109, 088 44 »: the key right as a group of its own,
	// linked to the last one.
	if j < len(sc.groups) && sc.groups[j].linked && sc.groups[j].text == nirKey(text) {
		sc.add(start, sc.groups[j].end, NIR, MaskNIR)
	} else if ks, ke, ok := sc.keyRightAfter(end, text); ok {
		sc.add(start, end, NIR, MaskNIR)
		sc.add(ks, ke, NIR, MaskPassword)
	} else if named {
		sc.add(start, end, NIR, MaskNIR)
	}
}

// nirSiblings masks, in a message that gives a NIR with its key right,
// another of 15 digits in a NIR's structure whose key is wrong: the
// resident gives a household's numbers together (« Le mien c'est
// 2280967… et celui de mon mari 1.28.07.… »), one of them mistyped. It
// must stand alone, a man's or a woman's, and no other paper name it.
func (sc *scanner) nirSiblings() {
	if !strings.Contains(sc.text, MaskNIR) && !slices.ContainsFunc(sc.spans, func(s span) bool { return s.kind == NIR }) {
		return
	}
	for i, g := range sc.groups {
		if !g.digits || g.plus || sc.taken(g.start) || g.text[0] != '1' && g.text[0] != '2' ||
			i > 0 && g.linked && sc.groups[i-1].digits {
			continue
		}
		j, text, ok := sc.window(i, 15, digitGroup)
		if !ok || !validNIR(text[:13]) || j < len(sc.groups) && sc.groups[j].linked && sc.groups[j].digits ||
			j-i > 1 && !nirShaped(sc.groups[i:j]) {
			continue
		}
		start, end := sc.spanOf(i, j)
		if !sc.otherLabelled(start) && !sc.otherNamedAfter(end) {
			sc.add(start, end, NIR, MaskNIR)
		}
	}
}

// nirGroup reports whether a group may be part of a NIR: digits, the A or
// B of Corsica's départements (« 2A », « 163042B033 », or cut from its 2
// by a grouping of threes: « 272 122 A17 315 122 »), and the letters a
// text read off a photo puts for digits (« l2 » for « 12 »). Where the
// letter stands is checked by validNIR.
func nirGroup(g group) bool {
	for k := 0; k < len(g.text); k++ {
		c := g.text[k]
		if !isDigit(c) && ocrDigit[c] == 0 && !((c == 'A' || c == 'a' || c == 'B' || c == 'b') && (k == 0 || g.text[k-1] == '2')) {
			return false
		}
	}
	return true
}

// ocrDigit maps the letters read off a photo in place of digits.
var ocrDigit = [256]byte{'l': '1', 'I': '1', 'O': '0', 'o': '0'}

// ocrDigits returns s with the letters read in place of digits made digits.
func ocrDigits(s string) string {
	if strings.IndexFunc(s, func(r rune) bool { return r < 256 && ocrDigit[r] != 0 }) < 0 {
		return s
	}
	b := []byte(s)
	for k, c := range b {
		if d := ocrDigit[c]; d != 0 {
			b[k] = d
		}
	}
	return string(b)
}

// keyedNIR masks the NIR with its key that starts at group i: with its
// key right; or with a wrong key (a typo) when its grouping or its label
// says it is a social security number. Read with slashes between its
// groups (« 1/80/06/99/350/216/03 ») or letters for digits (« 2 70 l2 75
// … »), only with its key right.
func (sc *scanner) keyedNIR(i int) {
	j, text, ok := sc.window(i, 15, nirGroup)
	loose, wrapped := false, false
	if !ok {
		j, text, ok = sc.windowLinked(i, 15, nirGroup, func(g group) bool { return g.slashed })
		loose = true
	}
	if !ok {
		// « 1, 75, 06, 59, 115, 688, 49 »: a comma and spaces.
		j, text, ok = sc.windowLinked(i, 15, nirGroup, func(g group) bool { return g.commaed || g.listed })
	}
	if !ok {
		// « 2 95 08\n76 540 112 95 », « 2 43 09\n2A 318 984 92 »: over
		// two lines, as typed in a narrow box.
		j, text, ok = sc.windowAcross(i, 15, nirGroup, true)
		loose, wrapped = true, true
	}
	if !ok {
		return
	}
	clean := ocrDigits(text)
	loose = loose || clean != text
	if !validNIR(clean[:13]) {
		return
	}
	start, end := sc.spanOf(i, j)
	shaped := nirShaped(sc.groups[i:j])
	switch {
	case nirKey(clean[:13]) == clean[13:]:
		// Even a number with its key right is another paper's when it is
		// named so, cut as no NIR is, in a message that names no NIR:
		// « référence du dossier 830 214 775 096 321 ».
		if shaped || !sc.otherLabelled(start) || sc.has(nirWords) {
			sc.add(start, end, NIR, MaskNIR)
		}
	case wrapped && clean == text && !dateLed(sc.groups[i:j]) && sc.nirLabelled(start, end):
		// « numéro de sécu\n1 85 05\n75 123 456 78 »: over lines after
		// its label, with a typo in its key.
		sc.add(start, end, NIR, MaskNIR)
	case loose || dateLed(sc.groups[i:j]):
	case (shaped || sc.saidNumber(start) && (clean[0] == '1' || clean[0] == '2')) && !sc.otherLabelled(start) ||
		sc.nirLabelled(start, end):
		// A typo in the key: « numéro d'engagement 2 45 96 68 653 699
		// 25 » is another paper's number, cut as a NIR is. Given as the
		// resident's « numéro » and nothing else (« Mon numéro
		// 1560…, la pharmacie dit qu'il ne passe pas »), a man's or a
		// woman's: a phone's IMEI, 15 digits too, starts with 35 or 86.
		sc.add(start, end, NIR, MaskNIR)
	}
}

// dateLed reports whether groups start with a year and a month, as a
// letter's or a file's reference does (« 2024-03-0045812 »): a NIR's
// first group, when it stands apart, is its sex or its sex and year.
func dateLed(gs []group) bool {
	return len(gs) >= 3 && len(gs[0].text) == 4 && (strings.HasPrefix(gs[0].text, "19") || strings.HasPrefix(gs[0].text, "20")) &&
		len(gs[1].text) == 2 && gs[1].text >= "01" && gs[1].text <= "12"
}

// otherLabelled reports whether the number at byte start is named as
// another paper's among the eight words before it, with no NIR's name
// closer: « n° de dossier », « numéro d'engagement »; or among the eight
// words before a verb that says a paper bears it (« l'échéancier de
// remboursement de la CAF porte le numéro … »).
func (sc *scanner) otherLabelled(start int) bool {
	k := sc.tokenFrom(start)
	for b, far := k-1, k-8; b >= 0 && b >= far; b-- {
		switch n := sc.toks[b].norm; {
		case bearVerbs[n]:
			far = b - 8
		case nirWords[n]:
			return sc.paperOf(b)
		case otherNumbers[n] && !sc.purpose(b) && !sc.askingVerb(b):
			return true
		case n == "." || n == "?" || n == "!":
			return false
		case n == "," && b < k-3:
			// « … pas le bon dans le dossier, alors je le redonne ici :
			// … »: a clause of its own stands between the paper and the
			// number, which the paper no longer names.
			return false
		}
	}
	return false
}

// purpose reports whether the paper named at token b is what a number is
// given for, not its name: « mon numéro de sécurité sociale pour le
// dossier : … »; or no paper but a verb, « comme demandé », « comme
// vous l'avez demandé ».
func (sc *scanner) purpose(b int) bool {
	a := b - 1
	if determiners[sc.word(a)] {
		a--
	}
	if sc.word(a) == "pour" {
		// « c'est pour le chèque énergie … numéro … »: what the message
		// is about, whose number follows.
		w := sc.word(a - 1)
		return w != "est" && w != "cest" && w != "c"
	}
	for n := 0; n < 3 && asked[sc.word(a)]; n++ {
		a--
	}
	return sc.word(a) == "comme"
}

// asked are the words between « comme » and « demandé »: « comme vous
// me l'avez demandé ».
var asked = set("vous", "on", "il", "elle", "ils", "me", "m'", "l'", "le", "avez", "a", "ont", "m", "l")

// bearVerbs say a paper bears a number: « le bordereau porte le numéro ».
var bearVerbs = set("porte", "portent", "indique", "indiquent", "mentionne", "affiche")

var determiners = set("le", "la", "l'", "les", "mon", "ma", "mes", "son", "sa", "ses", "votre", "vos", "un", "une")

// paperOf reports whether the NIR's name at token b only says whose
// another paper is: « numéro de dossier MSA », « facture de la CPAM ».
func (sc *scanner) paperOf(b int) bool {
	for a, n := b-1, 0; a >= 0 && n < 3; a, n = a-1, n+1 {
		switch t := sc.toks[a].norm; {
		case otherNumbers[t]:
			return true
		case t != "de" && t != "d'" && t != "la" && t != "le" && t != "l'" && t != "du":
			return false
		}
	}
	return false
}

// keyRightAfter finds a NIR's key right after it, said as such (« clé
// 04 ») or a few words on, and right.
func (sc *scanner) keyRightAfter(end int, nir string) (int, int, bool) {
	if keyEnd, ok := sc.keyAfter(end); ok {
		k := sc.tokenFrom(keyEnd) - 1
		for k > 0 && !isDigits(sc.toks[k].norm) {
			k--
		}
		if k >= 0 && sc.toks[k].norm == nirKey(nir) {
			return sc.toks[k].start, sc.toks[k].end, true
		}
		return 0, 0, false
	}
	return sc.keyFurther(end, nir)
}

// keyFurther finds a NIR's key given a few words after its 13 digits, in
// the same sentence, and right (« … 338 987 et après 95 »), and returns
// where it stands.
func (sc *scanner) keyFurther(end int, nir string) (int, int, bool) {
	key := nirKey(ocrDigits(nir))
	k := sc.tokenFrom(end)
	for n := 0; k < len(sc.toks) && n < 6; n, k = n+1, k+1 {
		t := sc.toks[k]
		if t.norm == "." || t.norm == "?" || t.norm == "!" || t.norm == maskToken {
			break
		}
		if isDigits(t.norm) {
			if t.norm == key && sc.alone(t) {
				return t.start, t.end, true
			}
			break
		}
	}
	return 0, 0, false
}

// nirKeys masks a NIR's key said again in a message that gives a NIR:
// « … clé 80, je répète la clé 80 ».
func (sc *scanner) nirKeys() {
	if !strings.Contains(sc.text, MaskNIR) && !slices.ContainsFunc(sc.spans, func(s span) bool { return s.kind == NIR }) {
		return
	}
	for k := range sc.toks {
		j, ok := sc.atAny(k, keyWords)
		if !ok {
			continue
		}
		j, _ = sc.atAny(j, keyVerbs)
		for j < len(sc.toks) && sc.toks[j].norm == ":" {
			j++
		}
		if t := sc.toks[min(j, len(sc.toks)-1)]; j < len(sc.toks) && len(t.norm) == 2 && isDigits(t.norm) && sc.alone(t) {
			sc.add(t.start, t.end, NIR, MaskPassword)
		}
	}
}

// nirLabelled reports whether the number from byte start to end is named
// a social security number: a NIR's name among the twelve words before it,
// with no other paper's number named closer (« n° de facture … »), or in
// the six words after it (« … c'est mon numéro de sécu »).
func (sc *scanner) nirLabelled(start, end int) bool {
	if sc.otherNamedAfter(end) {
		return false
	}
	k := sc.tokenFrom(start)
	for b := k - 1; b >= 0 && b >= k-12; b-- {
		switch n := sc.toks[b].norm; {
		case nirWords[n]:
			return !sc.paperOf(b)
		case otherNumbers[n] && !sc.purpose(b):
			return false
		}
	}
	for a := sc.tokenFrom(end); a < len(sc.toks) && a < sc.tokenFrom(end)+6; a++ {
		if n := sc.toks[a].norm; nirWords[n] {
			return true
		} else if n == "." || otherNumbers[n] {
			return false
		}
	}
	return false
}

// otherNamedAfter reports whether the words right after the number
// ending at byte end name it another paper's number, as a resident asks
// what a number is: « … 128 379 314 116 281, c'est un numéro de
// dossier ? ».
func (sc *scanner) otherNamedAfter(end int) bool {
	a0 := sc.tokenFrom(end)
	for a := a0; a < len(sc.toks) && a < a0+6; a++ {
		if n := sc.toks[a].norm; n == "." || nirWords[n] {
			return false
		} else if !numberWords[n] {
			continue
		}
		b := a + 1
		if b < len(sc.toks) && (sc.toks[b].norm == "de" || sc.toks[b].norm == "d'") {
			b++
		}
		return b < len(sc.toks) && otherNumbers[sc.toks[b].norm]
	}
	return false
}

// Words that name a number other than a NIR.
var otherNumbers = set("facture", "factures", "dossier", "commande", "contrat", "reference", "ref", "client",
	"adherent", "allocataire", "avis", "sinistre", "ticket", "suivi", "colis", "siret", "siren", "imei",
	"pce", "pdl", "telephone", "tel", "portable", "fiscal", "fiscale", "spi", "permis", "passeport",
	"identite", "cni", "police", "recu", "quittance", "abonne", "compteur", "demande", "devis", "lot",
	// A bank's or a lender's papers: « numéro d'engagement », « n° de
	// mandat », « dossier de surendettement ».
	"engagement", "mandat", "bordereau", "pret", "emprunt", "surendettement", "adhesion", "souscription",
	"echeancier",
	// A voucher's number: « chèque énergie … numéro 2023 0042 1187 5 ».
	"cheque", "cheques", "chequier", "coupon", "vignette")

// keyAfter finds the key said as such right after byte i: « clé 85 »,
// « (clé : 85) », « et la clé c'est 85 », and returns where it ends.
func (sc *scanner) keyAfter(i int) (int, bool) {
	k := sc.tokenFrom(i)
	for k < len(sc.toks) && sc.toks[k].norm == "," {
		k++
	}
	if k >= len(sc.toks) || strings.TrimLeftFunc(sc.text[i:sc.toks[k].start], func(r rune) bool {
		return isSpace(r) || r == ',' || r == '(' || r == '-'
	}) != "" {
		return 0, false
	}
	j, ok := sc.atAny(k, keyWords)
	if !ok {
		return 0, false
	}
	j, _ = sc.atAny(j, keyVerbs)
	for j < len(sc.toks) && sc.toks[j].norm == ":" {
		j++
	}
	if j < len(sc.toks) && len(sc.toks[j].norm) == 2 && isDigits(sc.toks[j].norm) {
		end := sc.toks[j].end
		if end < len(sc.text) && sc.text[end] == ')' {
			end++
		}
		return end, true
	}
	return 0, false
}

// saidNumber reports whether the number at byte start is given as the
// resident's « numéro » and nothing else: « mon numéro c'est … », not
// « mon numéro de dossier … ».
func (sc *scanner) saidNumber(start int) bool {
	k := sc.tokenFrom(start) - 1
	for n := 0; k >= 0 && n < 4 && saidSkip[sc.toks[k].norm]; n++ {
		k--
	}
	return k >= 0 && numberWords[sc.toks[k].norm]
}

var (
	saidSkip    = set("c'", "est", "cest", "c", ":", "=", "le", "mon", "ma", "son", "sa", "voici", "voila", "mien", "ci", "dessous")
	numberWords = set("numero", "num", "n", "no", "nro", "numeros")
)

var (
	keyWords = phrases("cle", "clef", "cles", "key", "la cle", "et la cle", "et cle", "cle de securite")
	keyVerbs = phrases("c' est", "cest", "est", ":", "=", "c")
)

// nirShaped reports whether groups are cut where a NIR is (1 85 05 78 006
// 084), in at least four groups: no other number is written so.
func nirShaped(gs []group) bool {
	if len(gs) < 4 {
		return false
	}
	n := 0
	for _, g := range gs[:len(gs)-1] {
		n += len(g.text)
		switch n {
		case 1, 3, 5, 7, 10:
		default:
			return false
		}
	}
	return true
}

// cards finds payment card numbers: 13 to 19 digits valid by Luhn, with a
// card issuer's prefix and length, grouped as cards are or not at all.
func (sc *scanner) cards() {
	try := func(i, j int) bool {
		var b strings.Builder
		for _, g := range sc.groups[i:j] {
			b.WriteString(g.text)
		}
		if d := b.String(); validCard(d) || sc.mistypedCard(i, j, d) {
			start, end := sc.spanOf(i, j)
			return sc.add(start, end, Card, MaskCard)
		}
		return false
	}
	// A card's expiry named says the message is about a card as its
	// name does (« numéro 3767 5254 0650 910 valable jusqu'au 08/32 »).
	cardContext := sc.has(cardish) || sc.has(expiryStrong)
	for i := 0; i < len(sc.groups); i++ {
		g := sc.groups[i]
		if !g.digits || g.plus || sc.taken(g.start) {
			continue
		}
		// 4 4 4 4, then 4 4 4 4 and a tail of 1 to 3 digits.
		if j := sc.fours(i, 4); j > 0 {
			if try(i, j) {
				i = j - 1
				continue
			}
			if j < len(sc.groups) && sc.groups[j].linked && sc.groups[j].digits && len(sc.groups[j].text) <= 3 && try(i, j+1) {
				i = j
				continue
			}
		}
		// 4 6 5 (American Express).
		if i+2 < len(sc.groups) && len(g.text) == 4 && sc.linkedDigits(i+1, 6) && sc.linkedDigits(i+2, 5) && try(i, i+3) {
			i += 2
			continue
		}
		// 4 6 6: a card of 16 digits grouped as American Express cards
		// are (« 4133 998648 247254 »).
		if sc.fourSixSix(i) && try(i, i+3) {
			i += 2
			continue
		}
		// One group of 13 to 19 digits.
		if len(g.text) >= 13 && len(g.text) <= 19 && try(i, i+1) {
			continue
		}
		// 16 digits in groups of four or eight (« 45392408 83157806 »),
		// as card numbers are copied from a screen or a receipt.
		if j, _, ok := sc.window(i, 16, digitGroup); ok && byFoursOrEights(sc.groups[i:j]) && try(i, j) {
			i = j - 1
			continue
		}
		// Read out a digit at a time: « 4 9 7 0 1 0 1 2 … ». No other
		// number is written so, and Luhn and the issuer's prefix hold.
		if j, _, ok := sc.window(i, 16, digitGroup); ok && j-i == 16 && try(i, j) {
			i = j - 1
			continue
		}
		if j, ok := sc.cardLoose(i, cardContext, try); ok {
			i = j - 1
		}
	}
}

// cardLoose returns the groups from i that hold a card's number written
// loosely: by fours with slashes or commas between them (« 4970/1012/
// 3456/7893 », « 4970, 1012, 3456, 7893 »); and when the message speaks
// of a card (context), any grouping of 16 digits (« 4728 8861 51834921
// »), or of an American Express card's 15 (« 3714 4963 5398 431 », « 371
// 449 635 398 431 »), with slashes between the groups too (« 3714/
// 496353/98431 »), or by fours or eights over two or more lines, as
// copied from a narrow screen. try masks the groups when they are one.
func (sc *scanner) cardLoose(i int, context bool, try func(i, j int) bool) (int, bool) {
	if j, _, ok := sc.windowLinked(i, 16, digitGroup, func(g group) bool { return g.slashed || g.listed }); ok &&
		j-i == 4 && byFoursOrEights(sc.groups[i:j]) && try(i, j) {
		return j, true
	}
	if !context {
		return 0, false
	}
	if j, ok := sc.cardAnyGrouping(i); ok && try(i, j) {
		return j, true
	}
	if j, _, ok := sc.windowAcross(i, 16, digitGroup, true); ok && byFoursOrEights(sc.groups[i:j]) && try(i, j) {
		return j, true
	}
	return 0, false
}

// cardAnyGrouping returns the groups from i that hold a card's 16 digits,
// or an American Express card's 15 (34 or 37), linked by separators or
// all by slashes.
func (sc *scanner) cardAnyGrouping(i int) (int, bool) {
	slashed := func(g group) bool { return g.slashed }
	for _, n := range [2]int{16, 15} {
		if n == 15 && !(strings.HasPrefix(sc.groups[i].text, "34") || strings.HasPrefix(sc.groups[i].text, "37")) {
			continue
		}
		if j, _, ok := sc.window(i, n, digitGroup); ok {
			return j, true
		}
		if j, _, ok := sc.windowLinked(i, n, digitGroup, slashed); ok && j-i > 1 {
			return j, true
		}
	}
	return 0, false
}

// mistypedCard reports whether the digits d of groups i to j-1, which
// fail Luhn, are a card's number all the same, one digit mistyped: 16
// digits with a card issuer's prefix, by fours or in one run, named a
// card in the sentence (« carte », « numéro de CB », « ma visa »), before
// it with no other paper named closer, or after it with no other paper
// named before it, unless it is said the card's (« le numéro sur mon
// reçu est … c'est le même que ma carte ? »), or followed
// by its expiry or its CVV (« … exp 04/28 », « … crypto 330 »).
func (sc *scanner) mistypedCard(i, j int, d string) bool {
	if len(d) != 16 || !cardShaped(d) || j-i != 1 && sc.fours(i, 4) != j && !(j-i == 3 && sc.fourSixSix(i)) && sc.cardCut(i) != j {
		return false
	}
	start, end := sc.spanOf(i, j)
	k := sc.tokenFrom(start)
	// « J'ai recopié ma carte mais le site dit « numéro invalide », il
	// doit y avoir une faute de frappe : 4539 … »: named anywhere before
	// it in the sentence.
	other := false
	for b := k - 1; b >= 0 && b >= k-cardNameReach && !other; b-- {
		n := sc.toks[b].norm
		if n == "." || n == "?" || n == "!" {
			break
		}
		if other = papers[n] || otherNumbers[n]; !other && cardTalk[n] {
			return true
		}
	}
	// « le numéro sur mon reçu est 5132… — il y a une erreur dedans,
	// c'est le même que ma carte ? »: named after it in the sentence, as
	// the card's itself when another paper was named before it.
	same := false
	for a := sc.tokenFrom(end); a < len(sc.toks) && a < k+cardNameReach; a++ {
		n := sc.toks[a].norm
		if papers[n] || otherNumbers[n] || sentenceEnd(n) {
			break
		}
		same = same || sameAs[n]
		if cardTalk[n] && (!other || same) {
			return true
		}
	}
	// Its expiry or CVV named after it, on the same line or the next
	// (« …\nExp: 05/28 »), or its expiry right after « et » (« j'ai
	// bien mis … et 07/27 et 151 »).
	k = sc.tokenFrom(end)
	for n := 0; k < len(sc.toks) && n < 3; n, k = n+1, k+1 {
		if w := sc.toks[k].norm; expiryStrong[w] || cvvNames[w] && w != "code" || sc.monthYearAt(k) {
			return true
		} else if w != "," && w != "(" && w != ":" && w != "et" && w != "puis" && !(w == "." && sc.text[sc.toks[k].start] == '\n') {
			break
		}
	}
	return false
}

// cardCut returns the group after a card's number cut as banks print it
// but for fours, from group i: 4-6-6, 4-8-4 (« 5355 73665593 5116 ») or
// 8-8; or 0.
func (sc *scanner) cardCut(i int) int {
	if i+1 < len(sc.groups) && len(sc.groups[i].text) == 8 && sc.groups[i].digits && sc.linkedDigits(i+1, 8) {
		return i + 2
	}
	if i+2 >= len(sc.groups) || len(sc.groups[i].text) != 4 || !sc.groups[i].digits {
		return 0
	}
	if sc.linkedDigits(i+1, 6) && sc.linkedDigits(i+2, 6) || sc.linkedDigits(i+1, 8) && sc.linkedDigits(i+2, 4) {
		return i + 3
	}
	return 0
}

// fourSixSix reports whether groups i to i+2 are 4, 6 and 6 digits,
// linked.
func (sc *scanner) fourSixSix(i int) bool {
	return len(sc.groups[i].text) == 4 && sc.groups[i].digits && sc.linkedDigits(i+1, 6) && sc.linkedDigits(i+2, 6)
}

// monthYearAt reports whether token k starts a card's expiry, a month
// and a year that no day and month could be: « 07/27 », « 11/2031 ».
func (sc *scanner) monthYearAt(k int) bool {
	if k+2 >= len(sc.toks) || sc.toks[k+1].norm != "/" || sc.toks[k+1].start != sc.toks[k].end || sc.toks[k+2].start != sc.toks[k+1].end {
		return false
	}
	m, y := sc.toks[k].norm, sc.toks[k+2].norm
	return len(m) == 2 && isDigits(m) && m >= "01" && m <= "12" && isDigits(y) &&
		(len(y) == 2 && y > "12" && y < "40" || len(y) == 4 && y > "2012" && y < "2040")
}

// sameAs say a number is the one of what is named next: « le même que
// ma carte », « celui de ma carte ».
var sameAs = set("meme", "celui", "celle")

// cardNameReach is how many words before a mistyped card's number its
// name may stand, within the sentence.
const cardNameReach = 24

// byFoursOrEights reports whether every group has four or eight digits.
func byFoursOrEights(gs []group) bool {
	for _, g := range gs {
		if len(g.text) != 4 && len(g.text) != 8 {
			return false
		}
	}
	return true
}

// fours returns the index after n groups of 4 digits from i, linked, or 0.
func (sc *scanner) fours(i, n int) int {
	if len(sc.groups[i].text) != 4 {
		return 0
	}
	for k := 1; k < n; k++ {
		if !sc.linkedDigits(i+k, 4) {
			return 0
		}
	}
	return i + n
}

// linkedDigits reports whether group i is n digits, linked to the one
// before it.
func (sc *scanner) linkedDigits(i, n int) bool {
	if i >= len(sc.groups) {
		return false
	}
	g := sc.groups[i]
	return g.digits && len(g.text) == n && g.linked
}

// taxNumbers finds numéros fiscaux: 13 digits starting with 0 to 3, when
// words say what they are near them, or bare when their key (the first ten
// digits modulo 511) is right.
func (sc *scanner) taxNumbers() {
	for i, g := range sc.groups {
		if !g.digits || g.plus || g.text[0] > '3' || sc.taken(g.start) {
			continue
		}
		j, text, ok := sc.window(i, 13, digitGroup)
		named := false
		if !ok {
			// « 02 45 118\n903 379 »: over two lines, with its key right;
			// « 35/26/497/305/457 »: slashes between its groups, named
			// or with its key right.
			// « numéro fiscal\n12 34 567\n890 123 »: over lines, named
			// as one, whatever its key.
			if j, text, ok = sc.windowAcross(i, 13, digitGroup, true); !ok || !validTaxNumber(text) {
				if ok {
					start, end := sc.spanOf(i, j)
					named = sc.near(start, end, taxWords, 80, 40) || sc.taxNamed(start)
				}
				if !named {
					if j, text, ok = sc.windowLinked(i, 13, digitGroup, slashedOrLinked); !ok {
						continue
					}
					start, end := sc.spanOf(i, j)
					if named = sc.near(start, end, taxWords, 80, 40); !named && !validTaxNumber(text) {
						continue
					}
				}
			}
		}
		start, end := sc.spanOf(i, j)
		whole := (i == 0 || !sc.groups[i].linked || !sc.groups[i-1].digits) &&
			(j == len(sc.groups) || !sc.groups[j].linked || !sc.groups[j].digits)
		if named || sc.near(start, end, taxWords, 80, 40) || sc.taxNamed(start) || whole && sc.taxNamedAfter(end) ||
			whole && (validTaxNumber(text) || sc.taxLogin(start, end) || taxPrinted(sc.groups[i:j]) && !sc.otherLabelled(start)) {
			sc.add(start, end, TaxNumber, MaskTax)
		}
	}
}

// taxNamedAfter reports whether the number ending at byte end is said
// to be the one on a tax paper in the sentence after it: « … c'est le
// numéro en haut de l'avis d'impôt ? », « … c'est bien mon numéro sur
// la déclaration ».
func (sc *scanner) taxNamedAfter(end int) bool {
	k := sc.tokenFrom(end)
	if sc.word(k) == "," {
		k++
	}
	e, ok := sc.atAny(k, strongVerbs)
	if !ok {
		return false
	}
	for n := 0; n < 2 && e < len(sc.toks) && (fillers[sc.toks[e].norm] || backDeterminers[sc.toks[e].norm]); n++ {
		e++
	}
	if sc.word(e) != "numero" {
		return false
	}
	for f := e + 1; f < len(sc.toks) && f < e+10; f++ {
		switch n := sc.toks[f].norm; {
		case sentenceEnd(n) || paperNames[n]:
			return false
		case taxWords[n] || taxPapers[n] && n != "avis":
			return true
		}
	}
	return false
}

// taxPrinted reports whether groups are cut 2 2 3 3 3, as the tax
// office prints a numéro fiscal on its notices (« 07 49 584 148 304 »)
// and no other number of 13 digits is written: a NIR without its key is
// cut 1 2 2 2 3 3, a phone number has ten digits.
func taxPrinted(groups []group) bool {
	if len(groups) != 5 {
		return false
	}
	for k, n := range [...]int{2, 2, 3, 3, 3} {
		if len(groups[k].text) != n {
			return false
		}
	}
	return true
}

// taxNamed reports whether the number at byte start is named by the
// words a resident uses for a numéro fiscal that name no other number:
// « numéro d'impôt », « numero impots », or the declarant's it is on a
// joint return (« déclarant 1 : … »), in the six words before it, or a
// joint return named in the ten before (« déclaration commune : moi …,
// ma femme … »).
func (sc *scanner) taxNamed(start int) bool {
	k := sc.tokenFrom(start)
	for b := k - 1; b >= 0 && b >= k-10; b-- {
		switch n := sc.toks[b].norm; {
		case n == "declaration" && taxReturns[sc.word(b+1)] || n == "declaration" && taxReturns[sc.word(b+2)]:
			// « déclaration commune : moi …, ma femme … »: each
			// declarant's number on a joint return.
			return true
		case b < k-6:
		case n == "declarant" || n == "declarante":
			return true
		case n == "impot" || n == "impots":
			a := b - 1
			if w := sc.word(a); w == "d'" || w == "d" || w == "de" || w == "des" {
				a--
			}
			return numberNames[sc.word(a)]
		case sentenceEnd(n) || otherNumbers[n]:
			return false
		}
	}
	return false
}

// taxLogin reports whether the 13 digits from byte start to end are
// named the login of the tax office's site, which is the numéro fiscal:
// « identifiant impots : 1038462957101 », « mon identifiant sur
// impots.gouv c'est … ». An order's « identifiant » stays.
//
// So is one given as the login beside a password (« mot de passe …
// identifiant 17 39 163 735 990 »), and one noted right after the tax
// office's site (« impots.gouv / 3 765 433 609 525 / … »).
func (sc *scanner) taxLogin(start, end int) bool {
	if sc.near(start, end, taxSites, 24, 0) {
		return true
	}
	if !sc.near(start, end, loginNames, 48, 0) {
		return false
	}
	return sc.near(start, end, taxSites, 48, 0) ||
		(sc.passwordNamed() || strings.Contains(sc.text, MaskPassword)) && !sc.near(start, end, otherNumbers, 48, 32)
}

var (
	loginNames = set("identifiant", "identifiants", "login", "id")
	taxSites   = set("impots", "impot", "dgfip")
)

// listedOrLinked links groups set apart by separators, a comma or a
// slash.
func listedOrLinked(g group) bool { return g.linked || g.listed }

// slashedOrLinked links groups set apart by separators, by a slash or
// by a comma.
func slashedOrLinked(g group) bool { return g.linked || g.slashed || g.listed }

// near reports whether one of words is within before bytes before start or
// after bytes after end.
func (sc *scanner) near(start, end int, words map[string]bool, before, after int) bool {
	for k := sc.tokenFrom(start - before - 64); k < len(sc.toks) && sc.toks[k].start <= end+after; k++ {
		t := sc.toks[k]
		if words[t.norm] && (t.end <= start && start-t.end <= before || t.start >= end && t.start-end <= after) {
			return true
		}
	}
	return false
}

// groupAt returns the index of the group starting at byte i, or -1.
func (sc *scanner) groupAt(i int) int {
	k := sort.Search(len(sc.groups), func(k int) bool { return sc.groups[k].start >= i })
	if k < len(sc.groups) && sc.groups[k].start == i {
		return k
	}
	return -1
}

func isLetter(c byte) bool { return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' }
func isDigit(c byte) bool  { return c >= '0' && c <= '9' }

// Words that, anywhere in a message, say a bare 13-digit number is a NIR.
var nirWords = set("secu", "securite", "sociale", "social", "nir", "insee", "assure", "assuree",
	"vitale", "ameli", "cpam", "msa", "ss", "cle", "clef", "immatriculation", "nss", "maladie", "mutuelle",
	"cmu", "css", "puma", "ssn", "seguranca", "segurança", "الضمان", "الاجتماعي")

// ibanNames name an IBAN.
var ibanNames = set("iban")

// Words that say a bank account is spoken of.
var bankWords = set("iban", "rib", "bancaire", "bancaires", "banque", "compte", "virement", "bic", "swift", "livret",
	"ccp", "account")

// taxReturns name a tax return after « déclaration »: « commune », « de
// revenus », « d'impôts ».
var taxReturns = set("commune", "conjointe", "revenus", "impots", "impot", "fiscale")

// Words that introduce a numéro fiscal.
var taxWords = set("fiscal", "fiscale", "fiscaux", "spi", "nif", "contribuable", "fisc",
	// « numéro de télédéclarant », the name impots.gouv.fr gives it on a
	// return; « my tax number ».
	"teledeclarant", "tax")

// thirteenSaid reports whether the message says a number of 13 digits is
// asked for, as a site asks for a NIR without its key: « le numéro à 13
// chiffres », « les 13 premiers chiffres », « treize chiffres ».
func (sc *scanner) thirteenSaid() bool {
	for k, t := range sc.toks {
		if t.norm != "13" && t.norm != "treize" {
			continue
		}
		for f := k + 1; f < len(sc.toks) && f <= k+2; f++ {
			switch sc.toks[f].norm {
			case "chiffres", "caracteres", "digits", "numeros":
				return true
			case "premiers", "1ers", "derniers":
				continue
			}
			f = len(sc.toks)
		}
	}
	return false
}
