package secret

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// pointedValues masks the values a message points at as a password
// whatever its phrase: by their shape, by what they are made of, by the
// quotes after « une phrase ».
func (sc *scanner) pointedValues() {
	sc.oddValues()
	sc.recipeValues()
	sc.quotedPhrases()
}

// pointedLater masks, once the other rules have read the message, a
// value changed to or « X au lieu de Y » once changed, digits in the clause after a password's name, and
// the codes listed after one masked.
func (sc *scanner) pointedLater() {
	sc.changedTo()
	sc.insteadValues()
	sc.digitsInClause()
	sc.codeSiblings()
}

// oddValues masks, anywhere in a message that names a password, a value
// shaped as only a password is: a word of three letters or more, lower
// case among them, run into digits and a capital or a symbol, or joined
// to other words by underscores (« Kiwi_2014 », « Colette.M.1936 »,
// « Zebre#12 », « Luc_Ana »). The resident pointed at a
// password and gave one token no sentence has, whatever the words
// between the name and it (« le mdp est noté dans le carnet…
// Luc_Ana_2010 je crois »). References (capitals and digits), a paper's
// number (« la référence du courrier est … »), times, ordinals,
// addresses, links and programs (« Windows11 ») stay.
func (sc *scanner) oddValues() {
	if !sc.passwordNamed() && !sc.accountCodeNamed() {
		return
	}
	for k, t := range sc.toks {
		if sc.taken(t.start) || sc.named(k) || k > 0 && sc.toks[k-1].end == t.start {
			continue
		}
		start, end, ok := sc.runAt(t.start)
		if !ok || start != t.start || start > 0 && sc.text[start-1] == '@' {
			continue
		}
		core := trimValue(sc.text[start:end])
		if !oddShape(core) || software[leadingWord(core)] || addressLike(core) || isLink(core) || ordinary(core) ||
			sc.describes(start, core) {
			continue
		}
		sc.add(start, start+len(core), Password, MaskPassword)
	}
}

// oddShape reports whether s has three letters or more, lower case among
// them, digits, and a capital after its first letter, a symbol or an
// underscore: the shape of a password, not of a word, a reference or a
// number.
func oddShape(s string) bool {
	var letters, digits int
	var lower, upperInside, symbol bool
	for i, r := range s {
		switch {
		case unicode.IsLetter(r):
			letters++
			lower = lower || unicode.IsLower(r)
			upperInside = upperInside || i > 0 && unicode.IsUpper(r)
		case unicode.IsDigit(r):
			digits++
		case strings.ContainsRune("!#$%&*?_~^§@+=.", r):
			symbol = true
		}
	}
	return letters >= 3 && lower && (digits > 0 && (upperInside || symbol) || strings.ContainsRune(s, '_'))
}

// recipeValues masks the value a resident gives after saying what they
// made it of, with no password named: « j'ai mis le nom du chien +
// l'année : Rex2019 », « c'est le prénom de mon fils : yanis », « j'ai
// mis mon prénom et ma date lina12031990 ». What it is made of follows a
// verb of typing or « c'est » and names a name, a date or a year; the
// value ends the phrase after a colon, or closes the sentence without
// one. Letters with digits or symbols, or, after a colon, a word in
// lower case that no sentence puts there (« c'est le nom de ma mère :
// Martin » on a form stays, and so does « … : Fatima Benali »).
func (sc *scanner) recipeValues() {
	for k := 1; k < len(sc.toks); k++ {
		if !recipeParts[sc.toks[k].norm] || !sc.recipeVerb(k) {
			continue
		}
		e := k + 1
		for e < len(sc.toks) && e < k+12 && !sentenceEnd(sc.toks[e].norm) && sc.toks[e].norm != ":" {
			e++
		}
		if e < len(sc.toks) && sc.toks[e].norm == ":" {
			sc.recipeValue(e+1, sc.someoneElse(k, e))
		} else if e > k+2 {
			sc.recipeValue(e-1, false)
		}
		k = e
	}
}

// someoneElse reports whether the tokens from k to e name whose name or
// date it is, a relative's or a pet's (« le nom de ma tante », « le nom
// du chat »), not the resident's own, as a form asks it (« mon nom de
// famille : dupont »).
func (sc *scanner) someoneElse(k, e int) bool {
	for f := k + 1; f < e; f++ {
		if n := sc.toks[f].norm; n == "ma" || n == "mon" || n == "mes" || n == "du" || n == "sa" || n == "son" {
			return true
		}
	}
	return false
}

// recipeVerb reports whether a verb of typing or « c'est » stands within
// the four tokens before token k: « j'ai mis le nom … », « c'est mon
// prénom … ».
func (sc *scanner) recipeVerb(k int) bool {
	for b := k - 1; b >= 0 && b >= k-4; b-- {
		n := sc.toks[b].norm
		if typedVerbs[n] || n == "choisi" || n == "utilise" || n == "cest" || n == "est" && sc.word(b-1) == "c'" {
			return true
		}
		if sentenceEnd(n) || n == ":" {
			return false
		}
	}
	return false
}

// recipeParts are what a password is made of.
var recipeParts = set("nom", "prenom", "date", "annee", "naissance", "surnom")

// recipeValue masks the value at token f that ends its phrase: letters
// with digits or symbols, or after a colon a word of six letters or
// more in lower case that is no word of the sentence, when the recipe
// names someone else's name (plain).
func (sc *scanner) recipeValue(f int, plain bool) {
	if f >= len(sc.toks) || sc.taken(sc.toks[f].start) || !phraseEnd(sc, f+1) {
		return
	}
	start, end, ok := sc.runAt(sc.toks[f].start)
	if !ok || start != sc.toks[f].start {
		return
	}
	core := trimValue(sc.text[start:end])
	switch {
	case len(core) >= 5 && mixed(core) && passwordLike(core, false) && (!reference(core) || core != strings.ToUpper(core)) && !ordinary(core) &&
		!addressLike(core) && !isLink(core) && !software[leadingWord(core)]:
	case plain && isWord(core) && core == strings.ToLower(core) && utf8.RuneCountInString(core) >= 6 && !plainAfterName(core):
	default:
		return
	}
	sc.add(start, start+len(core), Password, MaskPassword)
}

// quotedPhrases masks, in a message that names a password, the words
// between quotes right after « phrase »: « mon mot de passe est une
// phrase « mon vélo est rouge » avec les espaces ». A quoted name of the
// site's button (« « mot de passe oublié » ») says what it is about, and
// stays.
func (sc *scanner) quotedPhrases() {
	if !sc.passwordNamed() {
		return
	}
	for k, t := range sc.toks {
		if (t.norm == "phrase" || t.norm == "phrases") && k+1 < len(sc.toks) && !sc.taken(sc.toks[k+1].start) {
			_, named := sc.passwordName(k + 1)
			if _, then := sc.passwordName(k + 2); !named && !then {
				sc.quotedValue(t.end)
			}
		}
	}
}

// codeSiblings masks the codes a resident lists after one masked: the
// others tried and the right one (« j'ai tapé le code 1111 puis 2580
// mais c'est 8642 le bon »), each of as many digits as the first, right
// after a word that joins them; and the one given after the first is
// taken back (« 1234 ? non c'est pas ça, c'est 80452291 »), of four to
// eight digits. Years, phone numbers and amounts stay.
func (sc *scanner) codeSiblings() {
	for _, sp := range sc.spans {
		if sp.kind != CardCode && sp.kind != Password || !isDigits(sc.text[sp.start:sp.end]) {
			continue
		}
		n := sp.end - sp.start
		if n < 4 || n > 8 {
			continue
		}
		back := false
		for f, joined := sc.tokenFrom(sp.end), 0; f < len(sc.toks) && joined < 10; f++ {
			t := sc.toks[f]
			switch {
			case siblingJoins[t.norm]:
				joined++
				back = back || t.norm == "non" || t.norm == "pas"
				continue
			case isDigits(t.norm) && !sc.taken(t.start) && sc.alone(t) && !yearOrPhone(t.norm) && !sc.unitAfter(t) &&
				(len(t.norm) == n || back && len(t.norm) >= 4 && len(t.norm) <= 8):
				sc.add(t.start, t.end, sp.kind, sp.mask)
				joined = 0
				continue
			}
			break
		}
	}
}

// siblingJoins join a code to the next one tried or to the right one.
var siblingJoins = set("puis", "et", "ou", "sinon", "mais", "c'", "c", "est", "cest", "pas", "non", "ca", ",", "?",
	"aussi", "apres", "ensuite", "enfin", "plutot", "le", "vrai", "bon")

// changedTo masks the value a resident says they changed something to,
// with no password named, when it is shaped as only a password is (see
// oddShape) and has digits: « j'ai changé pour Rose_Tom_2015 hier »,
// « modifié en Kiwi#2020 ». « changé pour Free », « changé en 2024 »,
// « changé pour un iPhone15 » stay.
func (sc *scanner) changedTo() {
	for k := 0; k+1 < len(sc.toks); k++ {
		if !changedWords[sc.toks[k].norm] {
			continue
		}
		f := k + 1
		if w := sc.word(f); w != "pour" && w != "pr" && w != "en" && w != "par" {
			continue
		}
		f++
		if f >= len(sc.toks) || sc.taken(sc.toks[f].start) {
			continue
		}
		start, end, ok := sc.runAt(sc.toks[f].start)
		if !ok || start != sc.toks[f].start {
			continue
		}
		core := trimValue(sc.text[start:end])
		if oddShape(core) && strings.ContainsAny(core, "0123456789") && !software[leadingWord(core)] &&
			!addressLike(core) && !isLink(core) && !ordinary(core) {
			sc.add(start, start+len(core), Password, MaskPassword)
		}
	}
}

// changedWords say something was changed.
var changedWords = set("change", "changee", "modifie", "modifiee", "remplace", "remplacee")

// insteadValues masks, in a message about changing something, the new
// value and the old one given as « X au lieu de Y », each with letters
// and digits as only a password has: « j'ai réussi à changer, mtn
// c'est Tulipe.Rouge24 au lieu de tulipe2023 ». Not a reference, a
// device, an address or a link: « c'est l'iPhone15 au lieu de
// l'iPhone14 » stays, and so does « rdv2024 au lieu de rdv2023 ».
func (sc *scanner) insteadValues() {
	if !sc.has(changedWords) && !sc.has(changeWords) {
		return
	}
	for k := 1; k+3 < len(sc.toks); k++ {
		if sc.toks[k].norm != "au" || sc.toks[k+1].norm != "lieu" || sc.word(k+2) != "de" && sc.word(k+2) != "d'" {
			continue
		}
		// The new value ends right before « au lieu »: its run starts
		// after the last space before it (« Tulipe.Rouge24 » is two
		// words read).
		b := sc.toks[k-1].start
		for b > 0 {
			r, size := utf8.DecodeLastRuneInString(sc.text[:b])
			if isSpace(r) {
				break
			}
			b -= size
		}
		s1, e1, ok := sc.runAt(b)
		if !ok || s1 != b || sc.tokenFrom(e1) != k {
			continue
		}
		o := k + 3
		if o >= len(sc.toks) {
			return
		}
		s2, e2, ok := sc.runAt(sc.toks[o].start)
		if !ok || s2 != sc.toks[o].start {
			continue
		}
		c1, c2 := trimValue(sc.text[s1:e1]), trimValue(sc.text[s2:e2])
		if insteadShaped(c1) && insteadShaped(c2) && (oddShape(c1) || oddShape(c2)) {
			sc.add(s1, s1+len(c1), Password, MaskPassword)
			sc.add(s2, s2+len(c2), Password, MaskPassword)
		}
	}
}

// insteadShaped reports whether v, given « au lieu de » another, has a
// password's shape: letters and digits, five characters at least, no
// reference, program, address or link.
func insteadShaped(v string) bool {
	w := strings.ToLower(leadingWord(v))
	return len(v) >= 5 && digitRun(v) >= 2 && strings.ContainsFunc(v, unicode.IsLower) && !strings.ContainsAny(v, "'’") &&
		passwordLike(v, false) && !reference(v) && !ordinary(v) && !software[w] && !addressLike(v) &&
		!isLink(v) && !commonStems[w] && typedShape(v)
}

// digitRun returns the length of the longest run of digits in v: a
// password's year or number has two at least, a plan's « 4G » one.
func digitRun(v string) int {
	best, n := 0, 0
	for i := 0; i < len(v); i++ {
		if isDigit(v[i]) {
			n++
			best = max(best, n)
		} else {
			n = 0
		}
	}
	return best
}

// accountCodeNamed reports whether the message names a code that opens
// an account (« le code de ma messagerie », « mon code ameli »): a
// password under another name.
func (sc *scanner) accountCodeNamed() bool {
	return sc.accountCodeBefore(len(sc.toks))
}

// accountCodeBefore is accountCodeNamed for the code named before token
// end.
func (sc *scanner) accountCodeBefore(end int) bool {
	for k, t := range sc.toks[:end] {
		if t.norm != "code" && t.norm != "codes" {
			continue
		}
		for f := k + 1; f < len(sc.toks) && f <= k+7 && !sentenceEnd(sc.toks[f].norm); f++ {
			if n := sc.toks[f].norm; accountQualifiers[n] || onlineServices[n] {
				return true
			}
		}
	}
	return false
}

// digitsInClause masks a number of six or eight digits in the clause
// after a password's name, whatever words stand between them: « mot de
// passe avec que des chiffres 19781982 (nos deux années) », « mdp de ma
// fille toujours le même 140712 ». Seven digits (a CAF number), five (a
// postcode), ten (a phone), amounts and a paper's number stay.
func (sc *scanner) digitsInClause() {
	for k := 0; k < len(sc.toks); k++ {
		j, ok := sc.passwordName(k)
		if !ok {
			continue
		}
		for f := j; f < len(sc.toks) && f < j+10; f++ {
			t := sc.toks[f]
			if sentenceEnd(t.norm) || t.norm == "," || sc.taken(t.start) {
				break
			}
			if !isDigits(t.norm) {
				continue
			}
			if (len(t.norm) == 6 || len(t.norm) == 8) && sc.alone(t) && !sc.named(f) && !sc.unitAfter(t) &&
				!datedBy[sc.word(f-1)] {
				sc.add(t.start, t.end, Password, MaskPassword)
			}
			break
		}
		k = j - 1
	}
}

// datedBy say the number after them is a date.
var datedBy = set("depuis", "en", "le", "du", "au", "avant", "apres", "jusqu'", "jusqu", "vers", "pendant", "des",
	"date", "since", "on")
