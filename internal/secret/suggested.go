package secret

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Residents who cannot log in pass their password on with words no name
// of a password stands in: they tell the mediator what to try (« essayez
// Bambou31 sinon bambou_31 », « try sunshine88 please »), say they
// use, type or were given it (« j'utilise Kiwi77 pour tout »), hesitate
// between two spellings of one (« je sais plus si c'est Doudou13 ou
// doudou2013 »), say the site refuses it (« Kiwi77 ne marche pas »), give
// it in a message about an account with nothing before it (« pour la caf
// : Kiwi77 »), or give the plain word a new one disguises (« P4pillon#
// (l'ancien papillon ne suffisait plus) »). The rules of this file read
// those families; the values they take are made-up words (inventedWord),
// most of them a name run into digits (nameDigits), never a time, a
// reference, a device, a district, an address or a login. The file also
// reads the parts of a password joined by « + », what it starts or ends
// with, a birth date given as one, and what stands in its place.

// suggestVerbs tell someone to try a value (« essayez … », « tu peux
// tenter … », « try … »), or say the resident types or uses it
// (« j'utilise Kiwi77 pour tout », « je mets Kiwi77 »).
var (
	suggestVerbs = set("essayez", "essaie", "essaye", "essayer", "essaies", "tentez", "tente", "tenter", "testez",
		"teste", "tester", "try", "utilise", "utilisais", "utilisait", "utilisez", "mets", "mettez", "mettais", "met",
		"mis", "tape", "tapez", "tapais", "saisis", "saisissez", "saisi", "rentre", "rentrez", "ecris", "ecrivez",
		"entrez", "use", "used", "type", "typed", "enter", "mettre", "taper", "saisir", "entrer", "rentrer", "ecrire",
		"utiliser", "donne", "choisi", "choisis", "change", "changer", "recopie", "recopier", "copie", "remplace",
		"notez", "noter", "note", "gardez", "garder", "retiens", "retenir", "voici", "voila", "dit", "donnez",
		// Spanish and Portuguese: « prueba con … », « tenta … », « uso … ».
		"prueba", "pruebe", "intenta", "intente", "tenta", "experimenta", "uso", "utilizo", "tried")
	// tryVerbs are those of suggestVerbs that say to try: any made-up
	// word after them is one; after the others (« j'ai mis Clio4 en
	// vente »), only a name run into digits or a word with a symbol.
	tryVerbs = set("essayez", "essaie", "essaye", "essayer", "essaies", "tentez", "tente", "tenter", "testez",
		"teste", "tester", "try", "prueba", "pruebe", "intenta", "intente", "tenta", "experimenta", "tried")
)

// suggestLinks may stand between such a verb and the value, or between
// two values to try one after the other: « essayez d'abord X, sinon Y »,
// « try X or Y ».
var suggestLinks = set("avec", "d'", "abord", "plutot", "aussi", "encore", "peut", "etre", "sinon", "ou", "or", ",",
	"puis", "ensuite", "apres", "et", "then", "also", "toujours", "normalement", "souvent", "simplement", "juste", "bien",
	"pour", "en", "m'", "moi", ":", "con", "com", "o", "with", "and", "y", "e")

// suggestedValues masks the values a resident tells someone to try, each
// of them: « essayez Doudou12 sinon doudou_12 », « vous pouvez essayer
// Mathis2010, c'est le prénom de mon fils ». Only made-up words: « essayez
// le 3949 », « essayez avec Chrome sur Windows10 », « tentez votre chance
// au guichet 3 » stay.
func (sc *scanner) suggestedValues() {
	if !sc.has(suggestVerbs) {
		return
	}
	for k := 0; k < len(sc.toks); k++ {
		verb := sc.toks[k].norm
		if !suggestVerbs[verb] {
			continue
		}
		f := k + 1
		for n := 0; f < len(sc.toks) && n < 6; n++ {
			if suggestLinks[sc.toks[f].norm] {
				f++
				continue
			}
			e, ok := sc.inventedAt(f)
			if !ok || sc.loginAt(f) || sc.loginAfter(e) {
				break
			}
			if v := sc.text[sc.toks[f].start:e]; !tryVerbs[verb] && !nameDigits(v) && !symbolic(v) {
				break
			}
			sc.add(sc.toks[f].start, e, Password, MaskPassword)
			k = f
			f = sc.tokenFrom(e)
		}
	}
}

// loginAfter reports whether the words right after byte e say the value
// before them is a login: « j'ai mis jdupont75 comme identifiant ».
func (sc *scanner) loginAfter(e int) bool {
	for g := sc.tokenFrom(e); g < len(sc.toks) && g < sc.tokenFrom(e)+3; g++ {
		if loginWords[sc.toks[g].norm] || valueLogins[sc.toks[g].norm] {
			return true
		}
	}
	return false
}

// inventedAt returns where the made-up word that starts at token f ends,
// if one does and no secret was found there yet.
func (sc *scanner) inventedAt(f int) (int, bool) {
	if f >= len(sc.toks) || sc.taken(sc.toks[f].start) {
		return 0, false
	}
	start, end, ok := sc.runAt(sc.toks[f].start)
	if !ok || start != sc.toks[f].start {
		return 0, false
	}
	// « jean.dupont75 »: a part of a login is no word of its own.
	if before, _ := utf8.DecodeLastRuneInString(sc.text[:start]); start > 0 && (isWordRune(before) || strings.ContainsRune("._-@/\\?=&#", before)) {
		return 0, false
	}
	core := trimValue(sc.text[start:end])
	if !inventedWord(core) {
		return 0, false
	}
	return start + len(core), true
}

// inventedWord reports whether s is a word no dictionary holds and a
// password is: five characters or more, opening with a letter, lower-case
// letters with digits or the symbols of passwords (« Bambou31 »,
// « bambou_31 », « Jtm4ever »). A reference of capitals (« FA2024 »,
// « ERR-403 »), a device or a program (« iPhone13 », « Windows11 »), a
// time, an ordinal, a plate, an address or a link is none.
func inventedWord(s string) bool {
	first, _ := utf8.DecodeRuneInString(s)
	if len(s) < 5 || !unicode.IsLetter(first) || !mixed(s) || !strings.ContainsFunc(s, unicode.IsLower) ||
		strings.Contains(s, "/") && strings.Contains(s, ".") {
		return false // « bofip.impots.gouv.fr/… »: a path
	}
	return !software[leadingWord(s)] && !commonStems[leadingWord(s)] && !addressLike(s) && !isLink(s) && !ordinary(s) &&
		!reference(s)
}

// commonStems are words residents run into digits that are no password:
// a town's district (« Lyon3 », « Paris15 »), a bus line, a building, a
// day, a form's version.
var commonStems = set("paris", "lyon", "marseille", "ligne", "bus", "tram", "metro", "rer", "batiment", "bat",
	"porte", "escalier", "etage", "salle", "bureau", "guichet", "box", "lot", "lundi", "mardi", "mercredi", "jeudi",
	"vendredi", "samedi", "dimanche", "janvier", "fevrier", "mars", "avril", "mai", "juin", "juillet", "aout",
	"septembre", "octobre", "novembre", "decembre", "covid", "version", "niveau", "classe", "groupe", "zone",
	"secteur", "route", "rue", "numero", "ref", "dossier", "page", "article", "annee", "promo", "noel", "euro",
	"euros", "clio", "peugeot", "renault", "golf", "polo", "model", "modele", "type", "taille", "offre", "forfait",
	"pack", "formule", "lycee", "college", "ecole", "cerfa", "formulaire",
	// An error's code on a page: « erreur500 », « code403 ».
	"erreur", "error", "code", "http",
	// An office named with its département: « la caf93 », « cpam13 ».
	"caf", "cpam", "msa", "urssaf", "carsat", "mdph", "crous", "ccas", "pmi", "dep", "dept", "departement", "agence",
	"mairie", "prefecture")

// hesitationLinks join two values a resident hesitates between: « X ou
// Y », « soit X soit Y », « entre X et Y ».
var hesitationLinks = set("ou", "or", "soit", "sinon", "/")

// hesitations masks the two values a resident hesitates between with no
// password named, when both are made-up words and they are one password
// spelt two ways (« Doudou13 ou doudou2013 », « soit Tigrou2001 soit
// tigrou01 »), or when the resident says they do not know which it is
// (« je sais plus si c'est Minouche12 ou Bichon2000 »). « T3 ou T4 »,
// « B12 ou B14 », « Windows10 ou Windows11 » stay.
func (sc *scanner) hesitations() {
	for k := 1; k+1 < len(sc.toks); k++ {
		link := sc.toks[k].norm
		if !hesitationLinks[link] && !(link == "et" && sc.word(k-2) == "entre") {
			continue
		}
		a, b := k-1, k+1
		ea, okA := sc.inventedAt(a)
		okA = okA && sc.tokenFrom(ea) == k
		eb, okB := sc.inventedAt(b)
		if okA != okB {
			// « soit lune soit Lune22 », « Tonnerre ou tonnerre#1 »: the
			// plain word is the other's letters without its digits or
			// signs, the same password tried bare.
			sc.bareTry(a, b, ea, eb, okA)
			continue
		}
		if !okA {
			continue
		}
		x, y := sc.text[sc.toks[a].start:ea], sc.text[sc.toks[b].start:eb]
		if !sameStem(x, y) && !sc.unsureBefore(a) {
			continue
		}
		sc.add(sc.toks[a].start, ea, Password, MaskPassword)
		sc.add(sc.toks[b].start, eb, Password, MaskPassword)
	}
}

// bareTry masks two values a resident hesitates between at tokens a and
// b, one made up (ending at ea or eb, okA saying which) and the other a
// plain word that is its letters without the digits or signs after
// them.
func (sc *scanner) bareTry(a, b, ea, eb int, okA bool) {
	p, inv, end := b, a, ea
	if !okA {
		p, inv, end = a, b, eb
	}
	if p >= len(sc.toks) || sc.taken(sc.toks[p].start) || !isWord(sc.toks[p].norm) || p == a && sc.tokenFrom(sc.toks[p].end) != a+1 {
		return
	}
	w := sc.text[sc.toks[p].start:sc.toks[p].end]
	v := sc.text[sc.toks[inv].start:end]
	stem := strings.TrimRightFunc(v, func(r rune) bool { return !unicode.IsLetter(r) })
	if utf8.RuneCountInString(w) < 4 || stem == v || !strings.EqualFold(stem, w) {
		return
	}
	sc.add(sc.toks[p].start, sc.toks[p].end, Password, MaskPassword)
	sc.add(sc.toks[inv].start, end, Password, MaskPassword)
}

// sameStem reports whether two made-up words open with the same four
// letters or more, whatever their case: one password spelt two ways.
func sameStem(x, y string) bool {
	n := 0
	for x != "" && y != "" {
		rx, sx := utf8.DecodeRuneInString(x)
		ry, sy := utf8.DecodeRuneInString(y)
		if !unicode.IsLetter(rx) || unicode.ToLower(rx) != unicode.ToLower(ry) {
			break
		}
		n++
		x, y = x[sx:], y[sy:]
	}
	return n >= 4
}

// unsureBefore reports whether the words right before token a say the
// resident does not know which of two values it is: « si c'est X ou Y »,
// « c'est soit X soit Y », « entre X et Y ».
func (sc *scanner) unsureBefore(a int) bool {
	switch sc.word(a - 1) {
	case "soit", "entre":
		return true
	}
	e, ok := sc.endsAt(a, strongVerbs)
	return ok && e > 0 && sc.word(e-1) == "si"
}

// leetLetters are the digits and signs a password puts for letters:
// « P4pillon# », « S0l3il!! », « M@rguerite7 ».
var leetLetters = map[byte]byte{'0': 'o', '1': 'i', '3': 'e', '4': 'a', '5': 's', '7': 't', '@': 'a', '$': 's'}

// disguised masks, beside each password found that puts digits or signs
// for some of its letters, the plain word it disguises, which is the old
// password or its root: « mdp neuf : P4pillon# (l'ancien papillon
// ne suffisait plus) », « Ch@t0n12 ; l'ancien chaton ne passait plus ».
// The word must be five letters or more and the disguise a letter's
// (« Soleil2024 » disguises nothing: « soleil » beside it stays).
func (sc *scanner) disguised() {
	n := len(sc.spans)
	var seen []string // each disguise once: a message may repeat it hundreds of times
	for i := 0; i < n; i++ {
		sp := sc.spans[i]
		if sp.kind != Password || sp.mask != MaskPassword {
			continue
		}
		root, whole, ok := undisguised(sc.text[sp.start:sp.end])
		if !ok || slices.Contains(seen, root) || len(seen) >= 8 {
			continue
		}
		seen = append(seen, root)
		for _, t := range sc.toks {
			if t.start >= sp.start && t.start < sp.end || t.norm != root && t.norm != whole || !wordEdge(sc.text, t.start, t.end) {
				continue
			}
			sc.add(t.start, t.end, Password, MaskPassword)
		}
	}
}

// undisguised returns the plain word a password spells with digits or
// signs for some of its letters, in lower case: its root, the digits and
// signs that end it dropped (« P4pillon# » → « papillon », « Fl3ur$2024 »
// → « fleur »), and whole, those read as letters too when they are one
// or two that stand for letters (« B@nan3 » → « banane »). It reports
// whether the password disguised a word of five letters or more.
func undisguised(v string) (root, whole string, ok bool) {
	body := strings.TrimRightFunc(v, func(r rune) bool { return r > unicode.MaxASCII || !isLetter(byte(r)) })
	tail := v[len(body):]
	var b strings.Builder
	swapped := false
	for i := 0; i < len(body); i++ {
		c := body[i]
		switch {
		case isLetter(c):
			b.WriteByte(lower(c))
		case leetLetters[c] != 0 && i > 0:
			b.WriteByte(leetLetters[c])
			swapped = true
		default:
			return "", "", false
		}
	}
	root = b.String()
	whole = root
	if t := strings.TrimRight(tail, "!?.*#"); len(t) > 0 && len(t) <= 2 {
		for i := 0; i < len(t); i++ {
			if leetLetters[t[i]] == 0 {
				return root, root, swapped && len(root) >= 5
			}
			b.WriteByte(leetLetters[t[i]])
		}
		whole = b.String()
	}
	return root, whole, swapped && len(root) >= 5
}

// standIn reports whether v stands where a password would, in its place:
// marks that hide it (« ******** », « xxxxxx », « •••• ») or words that
// say which one it is without giving it (« celui de d'habitude », « le
// même que pour la caf », « idem caf », « voir courrier », « numéro
// fiscal + date »). The resident kept the password to themselves.
func standIn(v string) bool {
	v = strings.Trim(v, "«»\"“”' ")
	if v == "" {
		return false
	}
	hidden := true
	for _, r := range v {
		if !strings.ContainsRune("*xX•·.…#_-", r) {
			hidden = false
			break
		}
	}
	if hidden {
		return utf8.RuneCountInString(v) >= 3
	}
	words := strings.Fields(strings.ToLower(v))
	if len(words) == 0 {
		return false
	}
	switch words[0] {
	case "celui", "celle", "pareil", "comme", "identique", "idem", "voir", "cf", "numéro", "numero", "même", "meme":
		// « idem caf », « voir courrier », « numéro fiscal + date »,
		// the first word masked alone too.
		return true
	case "le", "la":
		return len(words) > 1 && (words[1] == "même" || words[1] == "meme")
	}
	return false
}

// birthDateAt reads from byte i a date with its day, its month and a
// year of four digits from 1900 to 2099, the same mark between them
// (« 14/07/1962 », « 03.11.1972 »), and returns where it ends.
func birthDateAt(s string, i int) (end int, ok bool) {
	d, next := leadingNumber(s, i)
	if next-i < 1 || next-i > 2 || d < 1 || d > 31 || next >= len(s) || !strings.ContainsRune("/-.", rune(s[next])) {
		return 0, false
	}
	sep := s[next]
	m, after := leadingNumber(s, next+1)
	if after-next-1 < 1 || after-next-1 > 2 || m < 1 || m > 12 || after >= len(s) || s[after] != sep {
		return 0, false
	}
	y, end := leadingNumber(s, after+1)
	if end-after-1 != 4 || y < 1900 || y > 2099 || end < len(s) && isDigit(s[end]) {
		return 0, false
	}
	return end, true
}

// dateInWords reads from token k a day, a month in words and a year of
// four digits, a birth's rather than a deadline's (1900 to 2015): « 7
// juin 1981 », « 1er mars 1950 ». It returns where the date ends.
func (sc *scanner) dateInWords(k int) (end int, ok bool) {
	if k+2 >= len(sc.toks) {
		return 0, false
	}
	day := strings.TrimSuffix(sc.toks[k].norm, "er")
	d, n := leadingNumber(day, 0)
	if n == 0 || n != len(day) || d < 1 || d > 31 || !monthNames[sc.toks[k+1].norm] {
		return 0, false
	}
	y := sc.toks[k+2]
	year, n := leadingNumber(y.norm, 0)
	if n != 4 || len(y.norm) != 4 || year < 1900 || year > 2015 {
		return 0, false
	}
	return y.end, true
}

// joinedParts masks the rest of a password given in parts joined by
// « + » or by words that join them, once one part is masked: « le mdp
// est Rex + 1979 », « mdp = Lila + Noe + 2015 », « mot de passe : Rex
// suivi de 1979 », « le nom de mon chien Rex puis 1979 » (the part
// before too). A part is a word or digits; the rule of a password's
// length after a « + » (« Kiwi + 1 chiffre ») is none.
func (sc *scanner) joinedParts() {
	n := len(sc.spans)
	for i := 0; i < n; i++ {
		sp := sc.spans[i]
		if sp.kind != Password || sp.mask != MaskPassword {
			continue
		}
		for end, more := sp.end, 0; more < 4; more++ {
			s, e, ok := sc.partAfter(end)
			if !ok || !sc.add(s, e, Password, MaskPassword) {
				break
			}
			end = e
		}
		if s, e, ok := sc.partBefore(sp.start); ok {
			sc.add(s, e, Password, MaskPassword)
		}
	}
}

// partAfter returns the part of a password joined to the one that ends
// at byte i, if one is.
func (sc *scanner) partAfter(i int) (start, end int, ok bool) {
	rest := strings.TrimLeft(sc.text[i:], " ")
	k := sc.tokenFrom(i)
	switch {
	case strings.HasPrefix(rest, "+"):
		start = len(sc.text) - len(rest) + 1
	case k < len(sc.toks) && sc.toks[k].start == len(sc.text)-len(rest):
		f, ok := sc.atAny(k, partJoins)
		if !ok {
			return 0, 0, false
		}
		start = sc.toks[f-1].end
	default:
		return 0, 0, false
	}
	for start < len(sc.text) && sc.text[start] == ' ' {
		start++
	}
	f := sc.tokenFrom(start)
	if f >= len(sc.toks) || sc.toks[f].start != start || !sc.part(f) {
		return 0, 0, false
	}
	return start, sc.toks[f].end, true
}

// partBefore returns the word, a name, right before « + » or « puis »
// and the part of a password that starts at byte i: « Rex puis 1979 ».
func (sc *scanner) partBefore(i int) (start, end int, ok bool) {
	before := strings.TrimRight(sc.text[:i], " ")
	k := sc.tokenFrom(i) - 1
	switch {
	case strings.HasSuffix(before, "+"):
		k = sc.tokenFrom(len(before)-1) - 1
	case k >= 1 && sc.toks[k].norm == "puis":
		k--
	default:
		return 0, 0, false
	}
	if k < 0 || !sc.part(k) || sc.taken(sc.toks[k].start) {
		return 0, 0, false
	}
	r, _ := utf8.DecodeRuneInString(sc.text[sc.toks[k].start:])
	if isWord(sc.toks[k].norm) && !unicode.IsUpper(r) {
		return 0, 0, false // « mon prénom puis 1979 »: only a name.
	}
	return sc.toks[k].start, sc.toks[k].end, true
}

// part reports whether token f may be a part of a password: digits, or a
// word that describes none (« mon », « chiffre », « majuscule », « année »),
// and not the count of a rule (« 1 chiffre »).
func (sc *scanner) part(f int) bool {
	n := sc.toks[f].norm
	switch {
	case isDigits(n):
		next := sc.word(f + 1)
		return len(n) <= 8 && !ruleNouns[next] && !typingNames[next] && !sc.unitAfter(sc.toks[f])
	case isWord(n):
		return utf8.RuneCountInString(n) >= 2 && !notValue[n] && !describedBy[n] && !possessives[n] && !ruleNouns[n] &&
			!typingNames[n] && !qualifiers[n]
	}
	return false
}

// partJoins join the parts of a password: « Rex suivi de 1979 ».
var partJoins = phrases("puis", "suivi de", "suivie de", "suivi d'", "colle a", "colle avec", "et apres", "plus")

// ruleNouns count what a password must hold: « 8 caractères + 1 chiffre ».
var ruleNouns = set("chiffre", "chiffres", "caractere", "caracteres", "lettre", "lettres", "symbole", "symboles",
	"signe", "signes", "special", "speciaux", "annee", "ans", "mois", "jours", "fois", "euros", "euro")

// itIsWords give a value with no name before them.
var itIsWords = phrases("c' est", "cest", "c est", "c' etait", "cetait", "c etait", "ces", "ce sera", "ca reste")

// itIsValues masks, with no password named, a name run into digits given
// after « c'est » (« pour ameli c'est Kiwi77 », « avant c'était
// Doudou13 », « c'est Kiwi77 normalement »): no word of a sentence is
// made so. A program, a device, a reference of capitals stay (« c'est
// Windows10 », « c'est FA2024 »).
func (sc *scanner) itIsValues() {
	// Only in a message about an account: « c'est Marseille13 le club »
	// is about football.
	if !sc.aboutAccount() {
		return
	}
	for k := 0; k < len(sc.toks); k++ {
		e, ok := sc.atAny(k, itIsWords)
		if !ok {
			continue
		}
		for n := 0; n < 2 && e < len(sc.toks) && fillers[sc.toks[e].norm]; n++ {
			e++
		}
		if end, ok := sc.inventedAt(e); ok && nameDigits(sc.text[sc.toks[e].start:end]) && !sc.loginAt(e) {
			sc.add(sc.toks[e].start, end, Password, MaskPassword)
			// « c'est Kiwi77 pas Kiwi76 »: the one it is not goes too.
			if f := sc.tokenFrom(end); sc.word(f) == "pas" || sc.word(f) == "ou" {
				if end, ok := sc.inventedAt(f + 1); ok && nameDigits(sc.text[sc.toks[f+1].start:end]) {
					sc.add(sc.toks[f+1].start, end, Password, MaskPassword)
				}
			}
		}
		k = e - 1
	}
}

// nameDigits reports whether s is a word of three letters or more run
// into two to four digits, a dot, a hyphen or an underscore between them
// or not, and the signs passwords end with: « Kiwi77 », « doudou_2013 »,
// « Loulou75!! », and up to three lower-case letters after the digits
// (« Edf2019bb », « kiwi77x »): a suffix no word or reference ends with.
func nameDigits(s string) bool {
	s = strings.TrimRight(s, "!?*#$@&%.")
	if t := strings.TrimRight(s, "abcdefghijklmnopqrstuvwxyz"); len(s)-len(t) <= 3 && t != "" && isDigit(t[len(t)-1]) {
		s = t
	}
	d := len(s)
	for d > 0 && isDigit(s[d-1]) {
		d--
	}
	if n := len(s) - d; n < 2 || n > 4 {
		return false
	}
	w := s[:d]
	if w != "" && strings.IndexByte("._-", w[len(w)-1]) >= 0 {
		w = w[:len(w)-1]
	}
	// « Ants_Maroc2022 », « Jean-Paul1960 »: words joined by an
	// underscore or a hyphen.
	letters := 0
	for i, r := range w {
		switch {
		case unicode.IsLetter(r):
			letters++
		case (r == '_' || r == '-') && i > 0 && i+1 < len(w) && isLetter(w[i-1]) && isLetter(w[i+1]):
		default:
			return false
		}
	}
	return letters >= 3
}

// startsEnds masks, in a message that names a password, what the
// resident says it starts or ends with: « mon mot de passe commence par
// Kiwi et finit par 77 ». « commence par une majuscule » is a rule.
func (sc *scanner) startsEnds() {
	for k := 0; k < len(sc.toks); k++ {
		e, ok := sc.atAny(k, startEndWords)
		if !ok || e >= len(sc.toks) || !sc.part(e) {
			continue
		}
		sc.add(sc.toks[e].start, sc.toks[e].end, Password, MaskPassword)
		k = e
	}
}

// startEndWords say what a password starts or ends with.
var startEndWords = phrases("commence par", "commencent par", "debute par", "finit par", "fini par", "finis par",
	"termine par", "se termine par", "starts with", "ends with")

// aboutAccount reports whether the message is about logging in to an
// account: it names a password or a code, logging in, a service, an old
// or a new value, a value typed or tried, or a failure.
func (sc *scanner) aboutAccount() bool {
	code, password := sc.firstNames()
	return code < len(sc.toks) || password < len(sc.toks) || sc.has(loginPlaces) || sc.has(onlineServices) ||
		sc.has(oldWords) || sc.has(newWords) || sc.has(suggestVerbs) || sc.has(failWords) || sc.has(mistakeWords)
}

// mistakeWords say the resident got a value wrong: « je me suis trompé,
// c'est Kiwi77 ».
var mistakeWords = set("trompe", "trompee", "erreur", "oups", "pardon", "corrige", "correction")

// failedValues masks, in a message that says logging in fails, a name run
// into digits or a word with a symbol, wherever it stands: « Kiwi77 ne
// marche pas », « ça marche pas avec Kiwi77 », « refusé : Kiwi77 »,
// « je n'arrive pas à me connecter avec Kiwi77 ». No word of a sentence
// is made so; a device, a program, a district or a bus line stays
// (« mon iPhone13 ne marche pas », « la Ligne13 ne passe pas »).
func (sc *scanner) failedValues() {
	if !sc.has(failWords) && !sc.has(loginPlaces) && !sc.has(refusedWords) && !sc.has(entryWords) {
		return
	}
	for f := 0; f < len(sc.toks); f++ {
		if sc.loginAt(f) {
			continue
		}
		end, ok := sc.inventedAt(f)
		if !ok {
			continue
		}
		if v := sc.text[sc.toks[f].start:end]; nameDigits(v) || symbolic(v) {
			sc.add(sc.toks[f].start, end, Password, MaskPassword)
		}
	}
}

// entryWords say the resident cannot get in, beside failWords and
// refusedWords: « avec Kiwi77 j'arrive pas à entrer ».
var entryWords = set("rejete", "rejetee", "entrer", "rentrer", "arrive", "acceder")

// loginAt reports whether the value at token f is given as a login or an
// account's name, not a password: « mon identifiant c'est dupont75 »,
// « mon compte Doudou13 est bloqué ».
func (sc *scanner) loginAt(f int) bool {
	// « code promo ete2024 », « pass navigo … », « code erreur … »: no
	// secret's value.
	if accountNouns[sc.word(f-1)] || notCode[sc.word(f-1)] || sc.word(f-1) == "erreur" {
		return true
	}
	// « mon identifiant caf c'est dupont75 », « une adresse sérieuse …,
	// la mienne c'est bogossdu93 »: a login named earlier in the
	// sentence, and no password since. The item after a login's value is
	// the password: « identifiant 1234567A, Kiwi77 ».
	for b := f - 1; b >= 0 && b >= f-16; b-- {
		switch n := sc.toks[b].norm; {
		case sentenceEnd(n) || passNamesAll[n]:
			return false
		case valueLogins[n]:
			return true
		case (n == "," || n == "/" || n == "et") && (valueLogins[sc.word(b-2)] || valueLogins[sc.word(b-1)]):
			return false
		}
	}
	// « j'ai mis jdupont75 comme identifiant »
	for g := f + 1; g < len(sc.toks) && g < f+4; g++ {
		if n := sc.toks[g].norm; passNamesAll[n] || n == "et" || n == "," {
			return false
		} else if valueLogins[n] || loginWords[n] {
			return true
		}
	}
	return false
}

// valueLogins name what a resident logs in with: the value after them is
// no password (« connexion » names logging in, not a login).
var valueLogins = set("identifiant", "identifiants", "id", "ids", "login", "logins", "username", "pseudo", "utilisateur",
	"user", "email", "mail", "adresse", "identifier")

// passNamesAll are the single words that name a password or a code.
var passNamesAll = set("mdp", "passe", "password", "pass", "pw", "pwd", "psw", "code", "codes", "motdepasse", "mp")

// accountValues masks, in a message about an account (a service, a login
// or a password named), a name run into digits or a word with a
// symbol wherever it stands: « pour la caf : Kiwi77 », « ameli Kiwi77 »,
// « connexion : 1234567 Kiwi77 ». A login stays (« mon identifiant caf
// c'est dupont75 »), and so do a device, a district, a reference of
// capitals.
func (sc *scanner) accountValues() {
	// A code alone names no account: « le code erreur … ».
	if _, password := sc.firstNames(); password == len(sc.toks) && !sc.has(onlineServices) && !sc.has(loginPlaces) &&
		!sc.has(valueLogins) {
		return
	}
	for f := 0; f < len(sc.toks); f++ {
		end, ok := sc.inventedAt(f)
		if !ok || sc.loginAt(f) {
			continue
		}
		if v := sc.text[sc.toks[f].start:end]; nameDigits(v) || symbolic(v) {
			sc.add(sc.toks[f].start, end, Password, MaskPassword)
		}
	}
}

// accountNouns name an account, whose name follows them.
var accountNouns = set("compte", "profil", "pseudo", "utilisateur", "user", "username", "login", "account")
