package secret

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// What a resident says they typed into a field is, when it has a
// password's shape, the password, whatever the message says around it:
// « ma fille a mis Tigrou2012 », « j'ai tapé 1234Abcd pour voir », « I
// put Accra1990 as password ». The shape is read, not listed: letters run
// into digits or a password's signs, a small letter among them, three
// letters at least; a reference of capitals (« FA2024 »), a device or a
// program (« Windows11 »), a district (« Paris15 »), a time, an amount,
// an ordinal, an address or a link stay, and so do words alone.

// fieldVerbs say the resident, or someone for them, typed a value.
var fieldVerbs = set("mis", "mets", "met", "tape", "tapes", "tapais", "saisi", "saisis", "rentre", "ecrit",
	"essaye", "essaie", "put", "typed", "entered", "tried",
	// The past participle written as the infinitive sounds: « jai
	// essayer … », « j'ai taper … ».
	"essayer", "taper")

// fieldSubjects stand right before a typing verb: « j'ai mis », « je
// tape », « elle a mis », « et mis ».
var fieldSubjects = set("ai", "jai", "je", "j'", "a", "et", "i", "avait", "avais", "ont", "have", "has")

// fieldAdverbs may stand between the subject and the verb: « j'ai bien
// tapé », « j'ai encore essayé ».
var fieldAdverbs = set("bien", "juste", "encore", "deja", "aussi", "pourtant", "toujours", "meme", "alors", "donc")

// fieldLinks may stand between the verb and the value.
var fieldLinks = set("juste", "alors", "bien", "encore", "ensuite", "puis", ":", "carrement", "direct")

// typedShapes masks the values after a typing verb: each one with a
// password's shape, each of a list of one word spelt several ways
// (« Rex, rex et REX2015 » tried one after the other), a plain word once
// the message names a password (« le mot de passe est refusé alors que
// j'ai tapé Pistache »), and words said to hold a space (« Lina 1990
// avec un espace »).
func (sc *scanner) typedShapes() {
	for k := 1; k+1 < len(sc.toks); k++ {
		if !fieldVerbs[sc.toks[k].norm] || !fieldSubjects[sc.toks[k-1].norm] &&
			!(fieldAdverbs[sc.toks[k-1].norm] && k > 1 && fieldSubjects[sc.toks[k-2].norm]) {
			continue
		}
		f := k + 1
		for n := 0; n < 2 && f < len(sc.toks) && fieldLinks[sc.toks[f].norm]; n++ {
			f++
		}
		// « a mis une phrase : … », « j'ai tapé ça : … »: what kind of
		// value, then the value after the colon; « j'ai mis le même que
		// d'habitude : … », « comme toujours, … »: the one always used.
		habit, said := false, false
		for g := f; g < len(sc.toks) && g < f+6 && (typedWhat[sc.toks[g].norm] || sameWhat[sc.toks[g].norm]); g++ {
			habit = habit || habitWords[sc.toks[g].norm]
			if next := sc.word(g + 1); next == ":" || next == "," && habit {
				f, said = g+2, true
				break
			}
		}
		// Digits alone after « ça : » are any number (« j'ai mis ça :
		// 2345678, c'est mon numéro allocataire »).
		if said && f < len(sc.toks) && isDigits(sc.toks[f].norm) {
			continue
		}
		if f >= len(sc.toks) || sc.taken(sc.toks[f].start) {
			continue
		}
		if sc.spacedTyped(f) || sc.recipeThenValue(f) {
			continue
		}
		var vals [4][2]int
		n := 0
		for g := f; g < len(sc.toks) && n < len(vals); {
			start, end, ok := sc.runAt(sc.toks[g].start)
			if !ok || start != sc.toks[g].start {
				break
			}
			vals[n] = [2]int{start, start + len(trimValue(sc.text[start:end]))}
			// « Ninou 1949 et ninou1949 »: the same value typed with a
			// space and without.
			if e := sc.spacedForm(vals[n][0], vals[n][1]); e > 0 {
				vals[n][1] = e
			}
			n++
			g = sc.tokenFrom(vals[n-1][1])
			if g < len(sc.toks) && (sc.toks[g].norm == "," || sc.toks[g].norm == "/") {
				g++
			}
			if g >= len(sc.toks) {
				break
			}
			if !listLinks[sc.toks[g].norm] && g == sc.tokenFrom(vals[n-1][1]) {
				// « azerty azerty1 azerty123 »: tries in a row, no word
				// between, each the same word.
				if s, e, ok := sc.runAt(sc.toks[g].start); !ok || s != sc.toks[g].start ||
					!sc.spelledAlike([][2]int{vals[n-1], {s, s + len(trimValue(sc.text[s:e]))}}) {
					break
				}
				continue
			}
			if listLinks[sc.toks[g].norm] {
				g++
			}
		}
		// The list may run into the next clause (« … et REX2015 et
		// rien ne passe »): the longest run of variants from its start.
		alike := n
		for alike >= 2 && !sc.spelledAlike(vals[:alike]) {
			alike--
		}
		for i, v := range vals[:n] {
			core := sc.text[v[0]:v[1]]
			if typedShape(core) || camelPhrase(core) >= 5 || camelPhrase(core) == 4 && sc.passwordNamed() || sc.shouted(core) || alike >= 2 && i < alike || i == 0 && sc.plainTyped(v[0], v[1]) {
				sc.add(v[0], v[1], Password, MaskPassword)
			}
		}
	}
}

// recipeThenValue masks the value typed after what it is made of, from
// token f, past a comma or a colon: « j'ai mis mon prénom et mon année,
// Mireille1951 ». Only a value of letters with digits or symbols.
func (sc *scanner) recipeThenValue(f int) bool {
	if !describedBy[sc.word(f)] && !(possessives[sc.word(f)] && describedBy[sc.word(f+1)]) {
		return false
	}
	for g := f + 1; g < len(sc.toks) && g < f+10; g++ {
		switch n := sc.toks[g].norm; {
		case n == "," || n == ":":
			_, ok := sc.passwordAt(g+1, true)
			return ok
		case !isWord(n) && n != "+" && n != "&":
			return false
		}
	}
	return false
}

// camelPhrase returns how many words run together s holds, each with
// its capital, as a long password is typed (« j'ai mis
// JeNeMeSouviensJamaisDeRien »), or 0 when s is no such phrase of twelve
// letters or more. A site's name has four words at most
// (« MonCompteFormation », « JeDeclareMonChantier »): four are a
// password only in a message that names one.
func camelPhrase(s string) int {
	words, prev := 0, ' '
	for _, r := range s {
		switch {
		case unicode.IsUpper(r):
			if unicode.IsUpper(prev) {
				return 0
			}
			words++
		case unicode.IsLower(r):
		default:
			return 0
		}
		prev = r
	}
	if r, _ := utf8.DecodeRuneInString(s); !unicode.IsUpper(r) || utf8.RuneCountInString(s) < 12 {
		return 0
	}
	return words
}

// typedWhat say what kind of value was typed, or how many, before a
// colon: « une phrase », « un long mot », « ça », « les 2 ».
var typedWhat = set("une", "un", "phrase", "mot", "truc", "ca", "ceci", "cela", "chose", "long", "longue",
	"secrete", "nouveau", "nouvelle", "autre", "ce", "ci", "dessous",
	// « j'ai mis les 2 : X et Y »: how many values.
	"les", "deux", "2", "trois", "3", "tous", "toutes")

// sameWhat say the value typed is the usual one: « le même que
// d'habitude », « comme toujours », « celui de d'habitude ».
var sameWhat = union(habitWords, set("le", "la", "meme", "que", "qu'", "d'", "de", "comme", "celui", "celle"))

// shouted reports whether core has a password's shape read in small
// letters, in a message written all in capitals (« J'AI MIS DOUDOU974
// POUR LA CAF »): with the caps lock on, the case says nothing, and a
// value of capitals and digits is no reference there.
func (sc *scanner) shouted(core string) bool {
	if !strings.ContainsAny(core, "0123456789") || strings.ContainsFunc(core, unicode.IsLower) {
		return false
	}
	letters := 0
	for _, r := range sc.text {
		if unicode.IsLower(r) {
			return false
		}
		if unicode.IsUpper(r) {
			letters++
		}
	}
	return letters >= 12 && typedShape(strings.ToLower(core))
}

// listLinks join the values of a list: « X, Y et Z », « X ou Y ».
var listLinks = set("et", "ou", "puis", "and", "or")

// spelledAlike reports whether the values are one word of three letters
// or more spelt in several ways, its case or the digits and signs around
// it changed (« Rex », « rex », « REX2015 »), none a word of a sentence.
func (sc *scanner) spelledAlike(vals [][2]int) bool {
	stem := ""
	forms := map[string]bool{}
	for _, v := range vals {
		w := sc.text[v[0]:v[1]]
		forms[w] = true
		letters := strings.Map(func(r rune) rune {
			if unicode.IsLetter(r) {
				return unicode.ToLower(r)
			}
			return -1
		}, w)
		if utf8.RuneCountInString(letters) < 3 || notValue[letters] || functionWords[letters] {
			return false
		}
		if stem == "" {
			stem = letters
		} else if letters != stem {
			return false
		}
	}
	if len(forms) != len(vals) {
		return false
	}
	// The same digits each time, only the case or a space changed
	// (« Ninou 1949 », « ninou1949 », « NINOU1949 »): one value typed
	// several ways, not a file's references, whose numbers change.
	if sameDigits(sc.text, vals) {
		return true
	}
	// Each with digits (« RDV2024 et rdv2025 »): a file's references
	// may be spelt so too; only passwords' shapes then.
	for _, v := range vals {
		w := sc.text[v[0]:v[1]]
		if !strings.ContainsAny(w, "0123456789") {
			return true
		}
	}
	for _, v := range vals {
		if !typedShape(sc.text[v[0]:v[1]]) {
			return false
		}
	}
	return true
}

// sameDigits reports whether each of vals holds the same digits, two
// at least, in the same order.
func sameDigits(text string, vals [][2]int) bool {
	first := ""
	for i, v := range vals {
		d := strings.Map(func(r rune) rune {
			if r >= '0' && r <= '9' {
				return r
			}
			return -1
		}, text[v[0]:v[1]])
		if len(d) < 2 || i > 0 && d != first {
			return false
		}
		first = d
	}
	return true
}

// spacedForm returns, when the word from start to end is followed by a
// space and digits (« Ninou 1949 ») that the message also gives run
// into the word, in any case (« ninou1949 »), the end of the digits;
// else 0.
func (sc *scanner) spacedForm(start, end int) int {
	w := sc.text[start:end]
	if !onlyLetters(w) || end+1 >= len(sc.text) || sc.text[end] != ' ' || !isDigit(sc.text[end+1]) {
		return 0
	}
	e := end + 1
	for e < len(sc.text) && isDigit(sc.text[e]) {
		e++
	}
	if e-end-1 < 2 || e-end-1 > 4 || e < len(sc.text) && isWordRune(runeAt(sc.text, e)) {
		return 0
	}
	joined := w + sc.text[end+1:e]
	for _, t := range sc.toks {
		if t.start >= e && t.start+len(joined) <= len(sc.text) && strings.EqualFold(sc.text[t.start:t.start+len(joined)], joined) &&
			wordEdge(sc.text, t.start, t.start+len(joined)) {
			return e
		}
	}
	return 0
}

// plainTyped reports whether the word from start to end, typed, is a
// password though it is a plain word: the message names a password, or a
// code that opens an account (« le code pour ameli j'ai mis tournesol
// mais ça dit incorrect »), and
// the word is capitalised inside a sentence or ends it (« j'ai mis
// lola »). A word of a sentence (« j'ai mis longtemps », « j'ai tapé
// mon … ») stays.
func (sc *scanner) plainTyped(start, end int) bool {
	k := sc.tokenFrom(start)
	if k >= len(sc.toks) || sc.toks[k].end != end || !isWord(sc.toks[k].norm) || !sc.passwordNamed() && !sc.accountCodeBefore(k) {
		return false
	}
	n := sc.toks[k].norm
	if utf8.RuneCountInString(n) < 3 || plainAfterName(n) || functionWords[n] || plainTypedWords[n] || participle(n) {
		return false
	}
	return phraseEnd(sc, k+1) || sc.word(k+1) == "comme" && (habitWords[sc.word(k+2)] || sc.word(k+2) == "d'" && habitWords[sc.word(k+3)])
}

// habitWords say a value is the one typed every time: « comme toujours »,
// « comme d'habitude », « comme avant ».
var habitWords = set("toujours", "dhabitude", "habitude", "hab", "dhab", "avant", "ordinaire", "dab", "tjrs", "tjs")

// plainTypedWords are words a sentence puts after « j'ai mis », « j'ai
// tapé »: what was typed is told, not given.
var plainTypedWords = set("longtemps", "partout", "google", "internet", "entree", "touche", "bouton", "lettre",
	"lettres", "chiffres", "chiffre", "caracteres", "majuscule", "majuscules", "minuscule", "minuscules", "espace",
	"espaces", "accents", "accent", "date", "adresse", "nom", "prenom", "numero", "identifiant", "code", "mot", "mdp",
	"heures", "minutes", "temps", "annee", "mois", "jours", "fois", "dedans", "dessus", "ailleurs", "pareil", "quelque",
	"chose", "truc", "trucs", "importe", "tout", "rien", "celui", "celle", "plusieurs", "certains", "certaines",
	"differents", "differentes", "autres", "tous", "toutes", "chacun", "quelques", "ensemble", "plein", "vite")

// spacedTyped masks the words from token f the resident says hold a
// space, one to three of them before « avec un espace » (« j'ai tapé
// Lina 1990 avec un espace au milieu »).
func (sc *scanner) spacedTyped(f int) bool {
	for e := f + 1; e < len(sc.toks) && e <= f+3; e++ {
		if _, ok := sc.atAny(e, spacesWords); ok {
			return sc.add(sc.toks[f].start, sc.toks[e-1].end, Password, MaskPassword)
		}
		if sentenceEnd(sc.toks[e].norm) || sc.toks[e].norm == "," {
			return false
		}
	}
	return false
}

// typedShape reports whether s has the shape of a made-up password.
func typedShape(s string) bool {
	if len(s) >= 6 && (weakDigits(s) || joinedNames(s)) {
		return true
	}
	if len(s) < 6 || len(s) > 40 || !mixed(s) || !strings.ContainsFunc(s, unicode.IsLower) ||
		strings.ContainsAny(s, "/:") || addressLike(s) || isLink(s) || ordinary(s) || reference(s) && !symbolic(s) {
		return false
	}
	if first, _ := utf8.DecodeRuneInString(s); unicode.IsLetter(first) {
		w := leadingWord(s)
		// « RDV2024 », « tva2023 »: an acronym and a year name a file.
		if rest := s[len(w):]; utf8.RuneCountInString(w) <= 3 && len(rest) == 4 && yearOrPhone(rest) {
			return false
		}
		return !software[w] && !commonStems[w]
	}
	// Digits first: « 0000Abcd », « 2012tigrou », not « 3eme » or « 10h30 ».
	i := strings.IndexFunc(s, func(r rune) bool { return !unicode.IsDigit(r) })
	rest := s[i:]
	return utf8.RuneCountInString(rest) >= 3 && !commonStems[leadingWord(rest)]
}

// valuesBefore masks the value a resident gives before saying it is
// their password: « « Lune&Mer » c'est notre mot de passe », « Pivoine22
// c'est le mot de passe de la box ». Only a value between quotes or
// with a password's signs or digits.
func (sc *scanner) valuesBefore() {
	for k := 3; k < len(sc.toks); k++ {
		if _, ok := sc.passwordName(k); !ok || !backDeterminers[sc.word(k-1)] && sc.word(k-1) != "notre" {
			continue
		}
		v := k - 2
		if sc.word(v) == "est" && sc.word(v-1) == "c'" {
			v--
		} else if sc.word(v) != "cest" && !soundsLikeItIs(sc.text[sc.toks[v].start:sc.toks[v].end]) {
			continue
		}
		end := strings.TrimRightFunc(sc.text[:sc.toks[v].start], unicode.IsSpace)
		quoted := strings.HasSuffix(end, "\"") || strings.HasSuffix(end, "»") || strings.HasSuffix(end, "”")
		end = strings.TrimRight(end, "\"»” ")
		start := strings.LastIndexFunc(end, func(r rune) bool { return unicode.IsSpace(r) || strings.ContainsRune("\"«“", r) }) + 1
		// « ça marche pas, c'est le mot de passe de la caf »: the comma
		// is the sentence's, not the value's.
		core := strings.TrimRight(end[start:], ",;")
		// « Bonjour monsieur. c'est le mot de passe qui bloque »: a word
		// that ends its sentence is given to no verb after it.
		if strings.HasSuffix(core, ".") {
			continue
		}
		// « azerty c'est mon mdp »: a keyboard's row is only a value there.
		// « 18/04/2001 c'est mon mdp »: a birth date too.
		// A date said to be when (« le 18/04/2001 c'est … ») stays.
		if e, ok := birthDateAt(end, start); ok && e == len(end) && bornYear(end[e-4:e]) && !sc.taken(start) && !whenWords[sc.word(sc.tokenFrom(start)-1)] && !dateLeads[sc.word(sc.tokenFrom(start)-1)] {
			sc.add(start, e, Password, MaskPassword)
			continue
		}
		if core == "" || sc.taken(start) || !quoted && !passwordLike(core, false) && !selfWords[strings.ToLower(core)] ||
			quoted && !mixed(core) && len(core) < 4 {
			continue
		}
		sc.add(start, start+len(core), Password, MaskPassword)
	}
}

// dateLeads say a date is when something happened, as whenWords do:
// « depuis 18/04/2024 c'est … ».
var dateLeads = set("depuis", "avant", "apres", "jusqu'au", "des", "since", "on", "el", "em")

// weakDigits reports whether s is digits everyone is told not to choose:
// a run up or down the digits (« 123456 », « 98765 »), one digit or one
// pair said again (« 000000 », « 121212 »), six to ten of them.
func weakDigits(s string) bool {
	if len(s) < 6 || len(s) > 10 || !isDigits(s) {
		return false
	}
	up, down, same, pair := true, true, true, true
	for i := 1; i < len(s); i++ {
		d := int(s[i]) - int(s[i-1])
		up = up && (d == 1 || d == -9)
		down = down && (d == -1 || d == 9)
		same = same && d == 0
		pair = pair && (i < 2 || s[i] == s[i-2])
	}
	return up || down || same || pair
}

// joinedNames reports whether s is three words or more of three letters
// at least, each capitalised, joined by dots or underscores with no
// digit (« Lune.Ciel.Mer », « Rose_Lilas_Iris »): no sentence, name
// or address is written so; a link is read before (isLink).
func joinedNames(s string) bool {
	parts := strings.FieldsFunc(s, func(r rune) bool { return r == '.' || r == '_' })
	if len(parts) < 3 || strings.ContainsAny(s, "0123456789@/") || strings.Contains(s, "..") {
		return false
	}
	for _, p := range parts {
		r, _ := utf8.DecodeRuneInString(p)
		if utf8.RuneCountInString(p) < 3 || !unicode.IsUpper(r) || !isWord(p) {
			return false
		}
	}
	return true
}

// alikeAlternatives masks two values a resident hesitates between when
// they are one word with digits spelt two ways (« Tilou-1999 ou
// tilou1999 »), wherever they stand: no sentence offers such a choice.
// A program's versions (« Windows10 ou Windows11 »), a district, a
// bus line stay.
func (sc *scanner) alikeAlternatives() {
	for k := 1; k+1 < len(sc.toks); k++ {
		if n := sc.toks[k].norm; n != "ou" && n != "or" && n != "/" {
			continue
		}
		a0, a1, ok := sc.runBefore(sc.toks[k].start)
		if !ok {
			continue
		}
		b0, b1, ok := sc.runAt(sc.toks[k].end)
		if !ok {
			continue
		}
		a, b := trimValue(sc.text[a0:a1]), trimValue(sc.text[b0:b1])
		if a == b || !strings.ContainsAny(a+b, "0123456789") || !mixed(a) && !mixed(b) ||
			software[leadingWord(a)] || commonStems[leadingWord(a)] || !sc.spelledAlike([][2]int{{a0, a0 + len(a)}, {b0, b0 + len(b)}}) {
			continue
		}
		if stem := leadingWord(a); utf8.RuneCountInString(stem) < 4 {
			continue
		}
		sc.add(a0, a0+len(a), Password, MaskPassword)
		sc.add(b0, b0+len(b), Password, MaskPassword)
	}
}

// runBefore returns the run of characters that ends right before byte i,
// spaces skipped.
func (sc *scanner) runBefore(i int) (int, int, bool) {
	end := len(strings.TrimRightFunc(sc.text[:i], unicode.IsSpace))
	start := strings.LastIndexFunc(sc.text[:end], unicode.IsSpace) + 1
	if start >= end {
		return 0, 0, false
	}
	return start, end, true
}

// spacedPhrases masks the words between a password's name, or « c'est »
// after it, and words that say the value holds spaces, whatever the words
// are: « mon mot de passe c'est le loup de la forêt avec les espaces »,
// « je tape mon mdp Charles le Chauve avec des espaces ». Two to six
// words, in the sentence of the name.
func (sc *scanner) spacedPhrases() {
	for e := 2; e < len(sc.toks); e++ {
		if _, ok := sc.atAny(e, spacesWords); !ok {
			continue
		}
		for b := e - 1; b >= 0 && b >= e-8; b-- {
			n := sc.toks[b].norm
			if sentenceEnd(n) || n == "," || sc.taken(sc.toks[b].start) {
				break
			}
			if !isWord(n) && !isDigits(n) && n != ":" && n != "=" {
				break
			}
			if words := e - 1 - b; words < 2 || words > 6 || !sc.phraseIntro(b) || !sc.phraseWords(b, e) {
				continue
			}
			sc.add(sc.toks[b+1].start, sc.toks[e-1].end, Password, MaskPassword)
			break
		}
	}
}

// phraseIntro reports whether token b ends a password's name, or is
// « c'est », « : » or « = » right after one.
func (sc *scanner) phraseIntro(b int) bool {
	v := b
	switch n := sc.toks[b].norm; {
	case n == ":" || n == "=" || n == "cest":
		v = b - 1
	case n == "est" && sc.word(b-1) == "c'":
		v = b - 2
	}
	for x := v; x >= 0 && x >= v-3; x-- {
		if j, ok := sc.passwordName(x); ok && j == v+1 {
			return true
		}
	}
	return false
}

// phraseWords reports whether tokens b+1 to e-1 may be a passphrase: no
// verb or judgement that tells how a password is written (« le mot de
// passe doit être écrit avec des espaces », « … est long avec les
// espaces »), and a first word that is no small word of the sentence,
// unless « c'est » or a colon gave it (« c'est le loup de la forêt »).
func (sc *scanner) phraseWords(b, e int) bool {
	for f := b + 1; f < e; f++ {
		n := sc.toks[f].norm
		if spacedNot[n] || judgements[n] || passwordRules[n] || participle(n) || f > b+1 && (n == "est" || n == "sont") {
			return false
		}
	}
	first := sc.toks[b+1].norm
	given := false
	switch sc.toks[b].norm {
	case ":", "=", "cest", "est":
		given = true
	}
	return !plainAfterName(first) || given && backDeterminers[first]
}

// spacedNot are words that tell how a password is written, not what it is.
var spacedNot = set("doit", "dois", "doivent", "etre", "faut", "peut", "peux", "ecrit", "ecrire", "taper", "tape",
	"mettre", "mis", "long", "longue", "court", "courte", "accepte", "accepter", "marche", "fonctionne", "avec", "sans")

// passwordSiblings masks, once a password is found, the others the
// resident made the same way: its word with other digits, or its digits
// with another word (« Kiwi2023 pour ameli et Caf2023 pour la caf »,
// « Sam1990caf … Sam1990! »). Only made-up words: a district, a program,
// a reference stay.
func (sc *scanner) passwordSiblings() {
	n := len(sc.spans)
	for i := 0; i < n; i++ {
		s := sc.spans[i]
		if s.kind != Password || s.mask != MaskPassword {
			continue
		}
		stem, digits := lettersDigits(sc.text[s.start:s.end])
		if len(stem) < 3 && len(digits) < 2 {
			continue
		}
		for k := range sc.toks {
			t := sc.toks[k]
			if t.norm == maskToken || sc.taken(t.start) || k > 0 && sc.toks[k-1].end == t.start {
				continue
			}
			start, end, ok := sc.runAt(t.start)
			if !ok || start != t.start {
				continue
			}
			core := trimValue(sc.text[start:end])
			st, dg := lettersDigits(core)
			if !siblingShape(core) || dg != digits && !typedShape(core) {
				continue
			}
			if len(stem) >= 4 && st == stem && dg != "" || len(digits) >= 2 && dg == digits && len(st) >= 3 {
				sc.add(start, start+len(core), Password, MaskPassword)
			}
		}
	}
}

// lettersDigits returns the letters of s in lower case and its digits.
func lettersDigits(s string) (string, string) {
	var l, d strings.Builder
	for _, r := range s {
		switch {
		case unicode.IsLetter(r):
			l.WriteRune(unicode.ToLower(r))
		case unicode.IsDigit(r):
			d.WriteRune(r)
		}
	}
	return l.String(), d.String()
}

func firstRune(s string) rune {
	r, _ := utf8.DecodeRuneInString(s)
	return r
}

// siblingShape reports whether s, made like a password found, may be one:
// a letter first, letters with digits or signs, a small letter, no
// reference, time, amount, link or program.
func siblingShape(s string) bool {
	return len(s) >= 5 && len(s) <= 40 && unicode.IsLetter(firstRune(s)) && mixed(s) && strings.ContainsFunc(s, unicode.IsLower) &&
		!strings.ContainsAny(s, "/:") && !addressLike(s) && !isLink(s) && !ordinary(s) && !reference(s) && !software[leadingWord(s)]
}

// colonLater masks the value after a colon further on in the sentence
// that names a password, past words that say what it is made of: « mon
// mdp c'est une phrase : jaimelesfraises », « le mot de passe, le nom du
// chat : Filou ». A colon after another field's name (« … mon
// identifiant : dupont75 », « … le message : erreur ») leaves it.
func (sc *scanner) colonLater() {
	for k := 0; k < len(sc.toks); k++ {
		j, ok := sc.passwordName(k)
		if !ok {
			continue
		}
		for f := j + 1; f < len(sc.toks) && f < j+8; f++ {
			n := sc.toks[f].norm
			if sentenceEnd(n) || loginNouns[n] || loginWords[n] || colonOthers[n] || sc.taken(sc.toks[f].start) {
				break
			}
			if n != ":" {
				continue
			}
			// « mot de passe oublié, voici mes enfants : Lucas, Emma, Léo »:
			// a list of plain words opens with another field's name.
			if sc.plainList(f+1) && !pastValues[sc.word(f-1)] {
				break
			}
			if f+1 < len(sc.toks) && !sc.taken(sc.toks[f+1].start) && !sc.bareWord(f+1) {
				sc.value(sc.toks[f].end, strong, false)
			}
			break
		}
		k = j
	}
}

// colonOthers name what a colon after them gives that is no password:
// « mot de passe perdu, mes numéros : 06 …, 01 … », « … les pièces
// demandées : … ».
var colonOthers = set("message", "erreur", "error", "telephone", "tel", "lien", "site", "adresse", "question",
	"reponse", "date", "heure", "numero", "dossier", "reference", "ref", "code",
	"numeros", "telephones", "portable", "dossiers", "references", "dates", "heures", "horaires", "adresses",
	"coordonnees", "documents", "pieces", "justificatifs", "factures", "montants", "disponibilites", "rdv")

// pastValues stand for passwords typed before, as the name of a list of
// them: « j'ai essayé tous les anciens : soleil, lune », « j'ai mis les
// 2 : … ».
var pastValues = set("anciens", "anciennes", "precedents", "derniers", "autres", "2", "deux", "3", "trois", "essais",
	"essayes", "mis", "tapes", "tente", "tentes")

// plainList reports whether token f opens a list of plain words, with no
// digit: a word, then « , » or « et » and another word.
func (sc *scanner) plainList(f int) bool {
	if f+2 >= len(sc.toks) {
		return false
	}
	a, j, b := sc.toks[f].norm, sc.toks[f+1].norm, sc.toks[f+2].norm
	return (j == "," || j == "et") && isWord(a) && isWord(b) && !hasDigit(a) && !hasDigit(b)
}

// setOffValues masks the value set off by commas right after a
// password's name, with how it is typed after it: « j'avais mis une
// phrase en mot de passe, papajetaimebeaucoup, tout attaché », « mon
// mdp, soleilrouge, sans espace ». The aside on typing says it is a
// value; a clause after the comma (« mon mot de passe, je l'ai perdu »)
// has none, and so does a word set off with no more than that the
// password is refused after it (« mon mot de passe, rossignol, ne marche
// plus »; « …, franchement, ne marche plus » says how).
func (sc *scanner) setOffValues() {
	for k := 0; k+3 < len(sc.toks); k++ {
		j, ok := sc.passwordName(k)
		if !ok || sc.word(j) != "," || j+1 >= len(sc.toks) {
			continue
		}
		v := sc.toks[j+1]
		start, end, ok := sc.runAt(v.start)
		if !ok || start != v.start || end != v.end || utf8.RuneCountInString(v.norm) < 6 || notValue[v.norm] ||
			functionWords[v.norm] || trouble[v.norm] || sc.taken(start) {
			continue
		}
		a := j + 2
		if sc.word(a) == "," {
			a++
		}
		if sc.typingAside(a) || a == j+3 && sc.refusedNext(a) && !strings.HasSuffix(v.norm, "ment") {
			sc.add(start, end, Password, MaskPassword)
		}
	}
}

// refusedNext reports whether the words from token a say the value
// before them is refused: « mon mot de passe, rossignol, ne marche
// plus ».
func (sc *scanner) refusedNext(a int) bool {
	for f := a; f < len(sc.toks) && f < a+3; f++ {
		if refusedWords[sc.toks[f].norm] || noLonger[sc.toks[f].norm] {
			return true
		}
		if n := sc.toks[f].norm; n != "ne" && n != "n'" && n != "est" && n != "a" && n != "se" && n != "il" {
			return false
		}
	}
	return false
}
