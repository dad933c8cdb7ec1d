package secret

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Residents keep the passwords everyone is told not to keep: a walk along
// the keyboard (« azertyuiop », « qsdfghjk », « azerty123 ») or down the
// columns of a phone's keypad (« 741852963 »), the word
// password itself dressed with digits (« Password1 », « motdepasse2024 »,
// « P@ssw0rd »). No sentence holds such a word, so they are masked
// wherever they stand, with no name of a password around them. « un
// clavier azerty », « le mot password » stay: a bare layout's name, a
// bare word.

// keyboardRows are the rows of the keyboards residents type on, French
// and English, and the digits' row.
var keyboardRows = [...]string{"azertyuiop", "qsdfghjklm", "wxcvbn", "qwertyuiop", "asdfghjkl", "zxcvbnm"}

// passwordStems are the words a weak password is made of, read with
// their look-alike digits (« p4ssw0rd »).
var passwordStems = [...]string{"password", "passw0rd", "p@ssw0rd", "p@ssword", "motdepasse", "m0tdepasse",
	"mdp", "azerty", "qwerty", "admin", "welcome"}

// weakPasswords masks keyboard walks and the dressed word password
// wherever they stand.
func (sc *scanner) weakPasswords() {
	for k := 0; k < len(sc.toks); k++ {
		t := sc.toks[k]
		if len(t.norm) < 6 || !isAlnum(sc.text[t.start]) && sc.text[t.start] != '@' || sc.taken(t.start) {
			continue
		}
		if t.start > 0 && (isAlnum(sc.text[t.start-1]) || strings.IndexByte("._-@/\\?=&#", sc.text[t.start-1]) >= 0) {
			continue
		}
		start, end, ok := sc.runAt(t.start)
		if !ok || start != t.start {
			continue
		}
		v := trimValue(sc.text[start:end])
		if weakPassword(v) || keypadWalk(v) && !sc.numberedPaper(k) || sc.givenWalk(k, v) {
			sc.add(start, start+len(v), Password, MaskPassword)
			k = sc.tokenFrom(start+len(v)) - 1
		}
	}
	sc.keypadShapes()
}

// weakPassword reports whether v is a keyboard walk of seven letters or
// more, or of six with digits or signs after it (« azerty123 »), or one
// of passwordStems with digits or signs after it (« Password1 »).
func weakPassword(v string) bool {
	if len(v) > 40 || strings.ContainsAny(v, "/.") {
		return false
	}
	// « 1234azerty »: digits before the walk.
	d := 0
	for d < len(v) && d < 6 && isDigit(v[d]) {
		d++
	}
	if d > 0 {
		rest := v[d:]
		return len(rest) >= 6 && walk(rest) && !strings.ContainsFunc(rest, func(r rune) bool { return !unicode.IsLetter(r) })
	}
	n := 0
	for n < len(v) && (isLetter(v[n]) || v[n] == '@' || n > 0 && n+1 < len(v) && leet(v[n]) && isLetter(v[n-1]) && isLetter(v[n+1])) {
		n++
	}
	letters, tail := v[:n], v[n:]
	for i := 0; i < len(tail); i++ {
		if isLetter(tail[i]) || tail[i] >= 0x80 {
			return false
		}
	}
	if walk(letters) && (len(letters) >= 7 || len(letters) >= 6 && tail != "") {
		return true
	}
	if tail == "" {
		return false
	}
	for _, s := range passwordStems {
		if len(letters) == len(s) && strings.EqualFold(letters, s) && len(s) >= 6 {
			return true
		}
	}
	return false
}

// givenWalk reports whether v, at token k, is a walk along a keyboard's
// row of six letters (« azerty », « wxcvbn ») given as a value in a
// message that names a code or a password: right after a verb that
// gives it (« son code c'est azerty », « j'ai mis wxcvbn comme
// d'habitude »). « mon clavier est azerty » says which keyboard it is.
func (sc *scanner) givenWalk(k int, v string) bool {
	if len(v) != 6 || !onlyLetters(v) || !walk(v) || k == 0 || !walkGivers[sc.toks[k-1].norm] {
		return false
	}
	for b := k - 2; b >= 0 && b >= k-4; b-- {
		if keyboardNames[sc.toks[b].norm] {
			return false
		}
	}
	code, password := sc.firstNames()
	return min(code, password) < k
}

var (
	// walkGivers give the value after them.
	walkGivers = set("est", "cest", "c", "etait", ":", "=", "mis", "tape", "mets", "met", "saisi", "rentre", "essaye", "entre")
	// keyboardNames name the keyboard, whose layout follows.
	keyboardNames = set("clavier", "claviers", "keyboard", "disposition", "format")
)

// numberedPaper reports whether a paper's name or « n° » stands in the
// three words before token k: « la facture n° 147258 » is a reference.
func (sc *scanner) numberedPaper(k int) bool {
	for b := k - 1; b >= 0 && b >= k-3; b-- {
		if n := sc.toks[b].norm; paperNames[n] || numberNames[n] {
			return true
		}
	}
	return false
}

// keypadWalk reports whether v is two or three columns of a phone's
// keypad typed in a row, top down or bottom up, as residents make a code
// they can remember by its shape: « 741852 », « 147258369 », « 963852 ».
func keypadWalk(v string) bool {
	if len(v) != 6 && len(v) != 9 || !isDigits(v) {
		return false
	}
	for i := 0; i < len(v); i += 3 {
		switch v[i : i+3] {
		case "147", "258", "369", "741", "852", "963":
		default:
			return false
		}
		if i > 0 && v[i]-v[i-3] != 1 && v[i-3]-v[i] != 1 {
			return false // columns side by side
		}
	}
	return true
}

// keypadShapes masks, in a message that says a code is drawn on a
// phone's keypad (« la croix sur le clavier », « en L sur les touches »,
// « le carré du pavé »), the digits that draw a path on it, each key
// next to the one before, diagonals too: « le code c'est 456258, je fais
// une croix sur les touches », « 14789 en L sur le clavier ». Four to nine
// digits; a phone's number, a date or an amount draws no such path, and
// a door's code (« digicode », « porte ») stays.
func (sc *scanner) keypadShapes() {
	// A door's or a parcel's code stays, whatever its shape.
	if !sc.has(keypadNames) || !sc.drawnOnKeypad() || sc.has(otherCodes) {
		return
	}
	for k, t := range sc.toks {
		if len(t.norm) < 4 || len(t.norm) > 9 || !isDigits(t.norm) || sc.taken(t.start) || !keypadPath(t.norm) ||
			sc.unitAfter(t) || !wordEdge(sc.text, t.start, t.end) || sc.numberedPaper(k) || sc.fileOrStreet(k) {
			continue
		}
		sc.add(t.start, t.end, Password, MaskPassword)
	}
}

// drawnOnKeypad reports whether the message names a shape drawn on the
// keypad: a shape's word (« la croix », « en zigzag »), or a letter
// after « en » (« en L », « en forme de X »). A letter alone is a key
// (« le X du clavier ne marche plus »), no shape.
func (sc *scanner) drawnOnKeypad() bool {
	for k, t := range sc.toks {
		if !keypadDrawn[t.norm] {
			continue
		}
		if len(t.norm) > 1 || sc.word(k-1) == "en" || sc.word(k-1) == "de" && sc.word(k-2) == "forme" {
			return true
		}
	}
	return false
}

// fileOrStreet reports whether the digits at token k are a CAF file's
// number (« ma caf 2587456 », « allocataire c'est 1478523 ») or a house's
// (« au 1478 route de Lyon »): a code's name between the CAF's and the
// digits makes them a code again (« caf, le code c'est 2580 »).
func (sc *scanner) fileOrStreet(k int) bool {
	if streetWords[sc.word(k+1)] {
		return true
	}
	for b := k - 1; b >= 0 && b >= k-3; b-- {
		n := sc.toks[b].norm
		if codeNames[n] || n == "mdp" || n == "passe" {
			return false
		}
		if cafNames[n] {
			return true
		}
	}
	return false
}

// streetWords follow a house's number in an address.
var streetWords = set("rue", "route", "avenue", "av", "bd", "boulevard", "chemin", "allee", "impasse", "place", "quai",
	"cours", "residence", "bis", "ter")

// keypadNames name a phone's keypad; keypadDrawn, the shape a code draws
// on it.
var (
	keypadNames = set("clavier", "touches", "pave", "keypad")
	keypadDrawn = set("croix", "carre", "diagonale", "zigzag", "zig", "colonne", "colonnes", "dessin", "dessine",
		"l", "z", "v", "x", "u", "serpent", "contour")
)

// keypadPath reports whether the digits d go from key to next key on a
// phone's keypad (1 2 3 / 4 5 6 / 7 8 9 / 0 under 8), diagonals too,
// no key twice in a row.
func keypadPath(d string) bool {
	row := func(c byte) int {
		if c == '0' {
			return 3
		}
		return int(c-'1') / 3
	}
	col := func(c byte) int {
		if c == '0' {
			return 1
		}
		return int(c-'1') % 3
	}
	for i := 1; i < len(d); i++ {
		dr, dc := row(d[i])-row(d[i-1]), col(d[i])-col(d[i-1])
		if d[i] == d[i-1] || dr < -1 || dr > 1 || dc < -1 || dc > 1 {
			return false
		}
	}
	return true
}

// leet reports whether the digit c stands for a letter in a password
// (« p4ssw0rd »).
func leet(c byte) bool { return c == '0' || c == '4' || c == '3' || c == '1' }

// walk reports whether s, in any case, is a run of one keyboard row.
func walk(s string) bool {
	if len(s) < 6 {
		return false
	}
	for _, row := range keyboardRows {
		if len(s) <= len(row) && containsFold(row, s) {
			return true
		}
	}
	return false
}

// containsFold reports whether row, lower case, holds s in any case.
func containsFold(row, s string) bool {
	for i := 0; i+len(s) <= len(row); i++ {
		if strings.EqualFold(row[i:i+len(s)], s) {
			return true
		}
	}
	return false
}

// datePasswords masks a birth date typed as a password, its eight digits
// run together as a site's field takes them, after a verb of logging in
// or of typing: « je me connecte avec 02051950 », « je tape 16021964 et
// ça bloque ». A date given for a form's field stays (« je mets 12031987
// comme date de naissance »), and so does a date with its marks.
func (sc *scanner) datePasswords() {
	sc.datesAsPassword()
	sc.wordAsPassword()
	for k := 1; k < len(sc.toks); k++ {
		t := sc.toks[k]
		if t.end-t.start != 8 || !compactDate(sc.text[t.start:t.end]) || sc.taken(t.start) ||
			t.end < len(sc.text) && (isAlnum(sc.text[t.end]) || strings.IndexByte("/.-", sc.text[t.end]) >= 0 && t.end+1 < len(sc.text) && isDigit(sc.text[t.end+1])) ||
			strings.IndexByte("/.-", sc.text[t.start-1]) >= 0 {
			continue
		}
		v := k - 1
		for n := 0; n < 3 && v > 0 && suggestLinks[sc.word(v)] && sc.word(v) != "et" && sc.word(v) != "ou"; n++ {
			v-- // « je mets toujours … », « je me connecte avec … »
		}
		verb := sc.word(v)
		typed := suggestVerbs[verb] && verb != "dit" && verb != "donne" || connectVerbs[verb] && (sc.word(v-1) == "me" || sc.word(v-1) == "m'")
		if !typed || !sc.aboutAccount() {
			continue
		}
		named := false
		for f := k + 1; f < len(sc.toks) && f <= k+4; f++ {
			if n := sc.toks[f].norm; n == "date" || n == "naissance" || n == "ne" || n == "nee" || loginWords[n] {
				named = true
			}
		}
		if !named {
			sc.add(t.start, t.end, Password, MaskPassword)
		}
	}
}

// datesAsPassword masks a date said to be given as a password or a
// code, right before « comme mot de passe » or « comme code »: « ma
// fille m'a dit de mettre sa date de naissance 03/05/2008 comme mot de
// passe », « j'ai mis 12.04.1962 comme mdp ». A date given for a form's
// field (« comme date de naissance ») stays.
func (sc *scanner) datesAsPassword() {
	for k := 1; k+1 < len(sc.toks); k++ {
		if sc.toks[k].norm != "comme" {
			continue
		}
		if _, ok := sc.passwordName(k + 1); !ok && (!codeNames[sc.toks[k+1].norm] || notCode[sc.word(k+2)]) {
			continue
		}
		// The date ends right before « comme »: its first token is the
		// day, up to five tokens back (« 03 / 05 / 2008 »).
		for b := max(0, k-5); b < k; b++ {
			s := sc.toks[b].start
			if end, ok := birthDateAt(sc.text, s); ok && sc.tokenFrom(end) == k && (s == 0 || !isAlnum(sc.text[s-1])) {
				sc.add(s, end, Password, MaskPassword)
				break
			}
		}
	}
}

// wordAsPassword masks a plain word typed as a password, right before
// « comme mot de passe » or « comme mdp », after a verb that types it or
// « et » (« je me connecte avec mon mail et chocolat comme mot de
// passe », « j'ai mis qwerty comme mdp »). A word that goes around a
// password (« mon prénom comme mot de passe », « la même chose comme … »)
// stays.
func (sc *scanner) wordAsPassword() {
	for k := 2; k+1 < len(sc.toks); k++ {
		if sc.toks[k].norm != "comme" {
			continue
		}
		if _, ok := sc.passwordName(k + 1); !ok {
			continue
		}
		v := k - 1
		t := sc.toks[v]
		w := sc.text[t.start:t.end]
		if before := sc.word(v - 1); !suggestVerbs[before] && before != "et" || sc.taken(t.start) || !isWord(t.norm) ||
			utf8.RuneCountInString(w) < 4 || plainAfterName(t.norm) || sc.describes(t.start, w) || kinsfolk[t.norm] ||
			typingNames[t.norm] || ruleNames[t.norm] || sentenceJoins[t.norm] || standIns[t.norm] || functionWords[t.norm] {
			continue
		}
		sc.add(t.start, t.end, Password, MaskPassword)
	}
}

// compactDate reports whether s is eight digits read as a day, a month
// and a year from 1900 to 2029: « 02051950 ».
func compactDate(s string) bool {
	if len(s) != 8 || !isDigits(s) {
		return false
	}
	d := int(s[0]-'0')*10 + int(s[1]-'0')
	m := int(s[2]-'0')*10 + int(s[3]-'0')
	y := int(s[4]-'0')*1000 + int(s[5]-'0')*100 + int(s[6]-'0')*10 + int(s[7]-'0')
	return d >= 1 && d <= 31 && m >= 1 && m <= 12 && y >= 1900 && y <= 2029
}

// bangWords masks a plain word run into a password's signs (« papillon! »,
// « coquelicot!* », « soleil$ ») given after a verb of typing or of
// logging in, or after « c'est » in a message that names a password:
// « je tape coquelicot! et rien ne se passe », « Le mot de passe ? C'est
// papillon! ». An exclamation that ends a sentence is no sign of a
// password: the word must go on to a phrase in small letters, or end a
// message that names a password, and a judgement stays (« c'est nul! »).
func (sc *scanner) bangWords() {
	for k := 1; k < len(sc.toks); k++ {
		t := sc.toks[k]
		e := t.end
		for e < len(sc.text) && e-t.end < 3 && strings.IndexByte("!*#$%&", sc.text[e]) >= 0 {
			e++
		}
		if e == t.end || utf8.RuneCountInString(sc.text[t.start:t.end]) < 4 || !isWord(t.norm) ||
			onlineServices[t.norm] || software[t.norm] || upperInside(sc.text[t.start:t.end]) ||
			strings.ContainsRune(t.norm, '\'') || judgements[t.norm] || fillers[t.norm] || participle(t.norm) ||
			sc.taken(t.start) || !sc.aboutAccount() {
			continue
		}
		bang := strings.Trim(sc.text[t.end:e], "!") == ""
		if exclaimed[t.norm] {
			continue
		}
		if e < len(sc.text) {
			r, _ := utf8.DecodeRuneInString(sc.text[e:])
			if !isSpace(r) {
				continue
			}
			if bang {
				next, _ := utf8.DecodeRuneInString(strings.TrimLeft(sc.text[e:], " "))
				if !unicode.IsLower(next) {
					continue
				}
			}
		} else if bang && !sc.passwordNamed() {
			continue
		}
		v := k - 1
		for n := 0; n < 3 && v > 0 && suggestLinks[sc.word(v)] && sc.word(v) != "et" && sc.word(v) != "ou"; n++ {
			v--
		}
		verb := sc.word(v)
		typed := suggestVerbs[verb] && verb != "dit" && verb != "voici" && verb != "voila" ||
			connectVerbs[verb] && (sc.word(v-1) == "me" || sc.word(v-1) == "m'")
		if _, said := sc.endsAt(k, itIsWords); !typed && !(said && sc.passwordNamed()) {
			continue
		}
		sc.add(t.start, e, Password, MaskPassword)
	}
}

// signedWord reports whether the sign at byte i, right after a letter,
// may be a password's: more signs, then the text's end or a space and a
// small letter.
func signedWord(text string, i int) bool {
	j := i
	for j < len(text) && j-i < 3 && strings.IndexByte("!*#$%&", text[j]) >= 0 {
		j++
	}
	if j == len(text) {
		return true
	}
	return text[j] == ' ' && j+1 < len(text) && (text[j+1] >= 'a' && text[j+1] <= 'z' || text[j+1] >= 0xc3)
}

// exclaimed are the words residents end an exclamation with after
// « c'est » or a verb: « c'est grave! », « je tape vite! ».
var exclaimed = set("quoi", "comment", "pourquoi", "qui", "grave", "urgent", "urgente", "horrible", "incroyable", "dingue", "fou", "folle", "honteux",
	"honte", "scandaleux", "inadmissible", "normal", "bizarre", "vrai", "faux", "possible", "impossible",
	"terrible", "affreux", "simple", "facile", "difficile", "complique", "trop", "fini", "finie", "mort", "sur",
	"vite", "bien", "mal", "encore", "rien", "tout", "partout", "bon", "mauvais", "nul", "nulle", "merci", "stop",
	"dommage", "pareil", "aussi", "toujours", "jamais", "maintenant", "pourtant", "quand", "meme", "lui", "elle",
	"moi", "toi", "ca", "cela", "celui", "celle", "ici", "loin", "long", "longue", "lent", "lente", "pire",
	"mieux", "enfin", "exact", "exactement", "correct", "juste", "clair", "sympa", "gentil", "inutile", "utile",
	"important", "importante", "serieux", "dur", "chaud", "froid", "triste", "penible")

// alternativeWords masks the plain word a resident gives as the other
// password tried, right after one already masked: « ça marche pas avec
// [masqué], ni avec escargot », « [masqué] ou tournesol », « [masqué]
// sinon hibiscus ». One word that closes the phrase; « ou autre chose »,
// « ni rien », « ou presque » stay.
func (sc *scanner) alternativeWords() {
	for k := 0; k+2 < len(sc.toks); k++ {
		t := sc.toks[k]
		if t.norm != maskToken || !strings.HasPrefix(sc.text[t.start:], MaskPassword) {
			continue
		}
		f := k + 1
		for n := 0; n < 2 && (sc.word(f) == "," || sc.word(f) == "!"); n++ {
			f++
		}
		switch sc.word(f) {
		case "ni", "ou", "sinon", "or", "nor":
			f++
		default:
			continue
		}
		if w := sc.word(f); w == "avec" || w == "bien" || w == "meme" || w == "with" {
			f++
		}
		if f >= len(sc.toks) {
			continue
		}
		c := sc.toks[f]
		closed := phraseEnd(sc, f+1) || sc.word(f+1) == "?" || sc.word(f+1) == "non" || sc.word(f+1) == "je" ||
			sc.word(f+1) == "j'"
		// « c 1234 ou 2345 je sais plus »: digits as many as a code's,
		// no year, no phone, no amount.
		if d := c.norm; isDigits(d) && len(d) >= 4 && len(d) <= 8 && c.end-c.start == len(d) && !yearOrPhone(d) &&
			closed && (c.end == len(sc.text) || !isAlnum(sc.text[c.end])) {
			sc.add(c.start, c.end, Password, MaskPassword)
			continue
		}
		if utf8.RuneCountInString(sc.text[c.start:c.end]) < 4 || !isWord(c.norm) || strings.ContainsRune(c.norm, '\'') ||
			exclaimed[c.norm] || judgements[c.norm] || fillers[c.norm] || participle(c.norm) || alternativeStops[c.norm] ||
			len(c.norm) >= 7 && strings.HasSuffix(c.norm, "ment") ||
			!closed {
			continue
		}
		sc.add(c.start, c.end, Password, MaskPassword)
	}
}

// alternativeStops are the words that close « ou … » with no password:
// « ou autre », « ou presque », « ou quoi ».
var alternativeStops = set("autre", "autres", "presque", "quoi", "comment", "quelque", "chose", "plus", "moins",
	"peut", "etre", "alors", "sinon", "non", "aucun", "aucune", "personne", "ailleurs", "apres", "avant",
	"demain", "hier", "jour", "lendemain", "ensuite", "pareil", "similaire", "equivalent", "rien")

// serviceLists masks the passwords a resident lists by service, one a
// line or after commas: « - ameli : Vive-la-retraite », « caf :
// tournesol ». A phrase of words joined by hyphens after « service : »
// is one (« Vive-la-retraite », « jaime-les-chats »); a plain word is,
// when two services at least are given a value so. A number stays (the
// CAF's allocataire number is given so), and so does a town of the
// hyphens' kind (« Saint-Jean-de-Luz »: its words start with capitals).
func (sc *scanner) serviceLists() {
	if !sc.has(onlineServices) {
		return
	}
	listed := 0
	for k := 0; k+2 < len(sc.toks); k++ {
		if onlineServices[sc.toks[k].norm] && sc.toks[k+1].norm == ":" {
			listed++
		}
	}
	for k := 0; k+2 < len(sc.toks); k++ {
		if !onlineServices[sc.toks[k].norm] || sc.toks[k+1].norm != ":" || sc.taken(sc.toks[k+2].start) {
			continue
		}
		start, end, ok := sc.runAt(sc.toks[k+2].start)
		if !ok || start != sc.toks[k+2].start {
			continue
		}
		v := trimValue(sc.text[start:end])
		c := sc.toks[k+2]
		plain := listed >= 2 && c.end == start+len(v) && !unicode.IsUpper(runeAt(sc.text, c.start)) &&
			itemEnds(sc.text, c.end) && (sc.passwordNamed() || sc.has(serviceListNames)) && !commonStems[c.norm] && utf8.RuneCountInString(v) >= 4 && isWord(c.norm) &&
			!strings.ContainsRune(c.norm, '\'') && !exclaimed[c.norm] && !judgements[c.norm] && !fillers[c.norm] &&
			!participle(strings.ToLower(sc.text[c.start:c.end])) && !alternativeStops[c.norm] && !listStates[c.norm] &&
			!sc.loginAt(k+2) && !sc.loginAfter(c.end)
		// « caf:Caf2024;) ameli:Ameli2024;) »: the service's own name
		// dressed with digits, after its label.
		own := leadingWord(v) == sc.toks[k].norm && len(v) > len(sc.toks[k].norm) && mixed(v) && !reference(v) &&
			!strings.Contains(v, ".")
		if hyphenPhrase(v) || plain || own {
			sc.add(start, start+len(v), Password, MaskPassword)
		}
	}
}

// hyphenPhrase reports whether v is three words or more joined by
// hyphens, a number last or not, with no capital past the first word:
// « Vive-la-retraite », « allez-les-bleus-77 ».
func hyphenPhrase(v string) bool {
	parts, long := 0, 0
	for p := range strings.SplitSeq(v, "-") {
		if p == "" {
			return false
		}
		for i, r := range p {
			switch {
			case unicode.IsLetter(r):
				if unicode.IsUpper(r) && (parts > 0 || i > 0) {
					return false
				}
			case unicode.IsDigit(r):
			default:
				return false
			}
		}
		if utf8.RuneCountInString(p) >= 3 {
			long++
		}
		parts++
	}
	return parts >= 3 && long >= 2
}

// serviceBefore reports whether the word before byte i, spaces apart, is
// one of onlineServices.
func serviceBefore(text string, i int) bool {
	j := i
	for j > 0 && text[j-1] == ' ' {
		j--
	}
	var b [16]byte
	n := 0
	for j > 0 && isLetter(text[j-1]) {
		if n == len(b) {
			return false
		}
		j--
		n++
	}
	if n < 3 || j > 0 && (isAlnum(text[j-1]) || text[j-1] >= 0x80) {
		return false
	}
	for k := 0; k < n; k++ {
		b[k] = lower(text[j+k])
	}
	return onlineServices[string(b[:n])]
}

// listStates are the words a resident lists a service's state with, not
// its password: « caf : bloqué », « ameli : inconnu ».
var listStates = set("bloque", "bloquee", "ferme", "fermee", "ouvert", "ouvert", "inconnu", "inconnue", "perdu",
	"perdue", "oublie", "oubliee", "aucun", "aucune", "idem", "pareil", "meme", "marche", "fonctionne", "erreur",
	"probleme", "impossible", "attente", "cours", "valide", "refuse", "refusee", "suspendu", "suspendue", "radie",
	"termine", "fini", "fait", "faite", "envoye", "recu", "rembourse", "paye", "payee", "demande", "dossier",
	"rendez", "rdv", "telephone", "mail", "courrier", "adresse", "site", "appli", "application", "compte",
	"identifiant", "login", "inscrit", "inscrite", "connecte", "deconnecte", "plus", "moins", "jamais", "toujours")

// serviceListNames name what a list by service gives: « mes codes : caf : … »,
// « mes identifiants ».
var serviceListNames = set("codes", "identifiants", "mdp", "mdps", "passwords", "acces", "connexions")

// itemEnds reports whether an item of a list ends at byte e: the text's
// end, a line's, a comma or a semicolon, spaces apart.
func itemEnds(text string, e int) bool {
	for e < len(text) && (text[e] == ' ' || text[e] == '\t') {
		e++
	}
	return e == len(text) || strings.IndexByte("\r\n,;.", text[e]) >= 0
}

// upperInside reports whether w holds a capital past its first letter:
// « FranceConnect ».
func upperInside(w string) bool {
	for i, r := range w {
		if i > 0 && unicode.IsUpper(r) {
			return true
		}
	}
	return false
}
