package secret

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// givenValues masks a value the resident says they typed, gave or
// answered, once a code or a password is named earlier in the message:
// « il demande le code. j'ai mis 8856 », « « confirmez votre code
// confidentiel ». J'ai répondu 8466 », « le mot de passe de ma banque.
// Je lui ai donné Bisous2022 », « le code que j'utilise 9807 », « je
// pensais que c'était 3295 »; or after the rules a password must follow
// (« 12 caractères avec une majuscule, j'ai mis Bienvenue2024Caf »); or
// a password typed in a message about logging in to an account, with
// no name (« pour le compte ameli jai mis Bienvenue75! »). Each value of
// a list tried goes (« j'ai essayé Lyon69, lyon69! et Lyon1969 »).
// A code is four to six digits, not a year, an amount or a phone number;
// a password has letters with digits or symbols, or mixed case, and is no
// reference, time, address or link.
func (sc *scanner) givenValues() {
	for k := 1; k < len(sc.toks); k++ {
		f, ok := sc.givenAt(k)
		if !ok {
			continue
		}
		if sc.valueAs(f) {
			continue
		}
		code, password := sc.secretNamedBefore(k)
		// « pour le compte ameli jai mis Bienvenue75! », « j'ai essayé
		// … rien ne marche pour me connecter », « j'ai essayé … pour le
		// mot de passe impots »: typed to log in, named nowhere or only
		// after, only a value of letters with digits or symbols.
		// « je mets N0ël.2021 mais ça marche pas », « j'ai tapé Soleil75
		// puis soleil75! et ça ne marche toujours pas »: typed, then
		// refused, as only a password is.
		w := sc.word(k)
		login := !code && !password && (typedVerbs[w] || presentGiven[w] && w != "donne") &&
			(sc.loginTalk() || sc.passwordNamed() || sc.has(refusedWords) || sc.reused() || sc.typedFor(f))
		if !code && !password && !login {
			continue
		}
		// « j'ai tapé 3 fois 8796 »: how often; « il dit 2 7 3 5 » is
		// the code spaced.
		for n := 0; n < 3 && (typedOften[sc.word(f)] || fillers[sc.word(f)]); n++ {
			if _, _, _, ok := sc.codeValue(f, 4, 6); ok && isDigits(sc.word(f)) {
				break
			}
			f++
		}
		if s, e, _, ok := sc.codeValue(f, 4, 6); ok && !login && !yearOrPhone(sc.word(f)) {
			kind := CardCode
			if !code {
				kind = Password
			}
			sc.addCode(s, e, kind)
			continue
		}
		// « j'ai essayé Lyon69, lyon69! et Lyon1969 »: each one tried.
		for end, ok := sc.givenPassword(f, login); ok; {
			j := sc.tokenFrom(end)
			if !listJoins[sc.word(j)] {
				break
			}
			// « Patate123, puis patate123 », « Lyon69 et puis aussi
			// lyon69! »: the joins a list's values come after.
			for n := 0; n < 3 && (listJoins[sc.word(j+1)] || listFillers[sc.word(j+1)]); n++ {
				j++
			}
			end, ok = sc.givenPassword(j+1, true)
		}
	}
}

// typedFor reports whether the value at token f is said typed for an
// online account right after it: « j'ai mis Noël2022 pour la CAF »; a
// form's number in capitals (« CERFA12345 ») is none.
func (sc *scanner) typedFor(f int) bool {
	if f >= len(sc.toks) {
		return false
	}
	// A form's number is in capitals (« CERFA12345 »).
	start, end, ok := sc.runAt(sc.toks[f].start)
	if !ok || strings.IndexFunc(sc.text[start:end], unicode.IsLower) < 0 {
		return false
	}
	e := sc.tokenFrom(end)
	if sc.word(e) != "pour" && sc.word(e) != "sur" {
		return false
	}
	e++
	for n := 0; n < 2 && articles[sc.word(e)]; n++ {
		e++
	}
	return onlineServices[sc.word(e)]
}

// connectedWith masks the password the resident says they log in with:
// « je me connecte normalement avec Chouchou2018 », « je me connecte
// toujours avec Pistache2016 sur ameli ». Only letters with digits or
// symbols, and no device, program, address or link: « je me connecte
// avec FranceConnect », « avec mon téléphone », « avec Windows11 »,
// « avec jean.dupont@gmail.com » stay.
func (sc *scanner) connectedWith() {
	if !sc.hasRare(rareConnect) {
		return
	}
	for k := 1; k+2 < len(sc.toks); k++ {
		if !connectVerbs[sc.toks[k].norm] || sc.word(k-1) != "me" && sc.word(k-1) != "m'" {
			continue
		}
		f := k + 1
		for n := 0; n < 2 && fillers[sc.word(f)]; n++ {
			f++
		}
		if sc.word(f) == "avec" {
			sc.givenPassword(f+1, true)
		}
	}
}

// connectVerbs say the resident logs in.
var connectVerbs = set("connecte", "connectais", "reconnecte", "identifie", "logue", "connect")

// usedEverywhere masks the password the resident says serves everywhere,
// given after a colon or « c'est »: « j'utilise toujours le même
// partout : Minou🐱2021 », « c'est le même partout pour moi :
// Papillon🦋77 », « le même pour tous mes comptes, c'est Kiwi.2013 ».
// Only letters with digits or symbols.
func (sc *scanner) usedEverywhere() {
	if !sc.hasRare(rareEverywhere) {
		return
	}
	for k := 1; k < len(sc.toks); k++ {
		if !sc.everywhere(k) {
			continue
		}
		// « j'ai mis le même que partout Lou@94 »: the value right after,
		// with no verb nor colon.
		if w := sc.word(k); w == "partout" || w == "comptes" || w == "sites" || onlineServices[w] {
			if _, ok := sc.givenPassword(k+1, true); ok {
				continue
			}
		}
		// « le même que la dernière fois : … »
		for f := k + 1; f < len(sc.toks) && f < k+7; f++ {
			if sentenceEnd(sc.toks[f].norm) {
				break
			}
			if e, ok := sc.atAny(f, strongVerbs); ok {
				sc.givenPassword(e, true)
				break
			}
		}
	}
}

// typedAsSaid masks a value given after « c'est » or a colon and followed
// by how it is typed, as only a password's is: « c'est l'Ete2019 avec
// l'apostrophe, le L en minuscule », « c'est l'Hiver2020 avec une
// apostrophe », or after a verb of typing (« ça donne Zoé-Léa_2012 avec
// les accents »). Only letters with digits or symbols.
func (sc *scanner) typedAsSaid() {
	if !sc.hasRare(rareTyping) {
		return
	}
	for k := 0; k < len(sc.toks); k++ {
		e, ok := sc.atAny(k, strongVerbs)
		if !ok {
			e, ok = sc.atAny(k, typingVerbs)
		}
		if !ok {
			continue
		}
		start, end, ok := sc.runAt(sc.endOf(e - 1))
		if !ok || sc.taken(start) {
			continue
		}
		a := sc.tokenFrom(end)
		if sc.word(a) == "," {
			a++
		}
		if sc.word(a) != "avec" || !typingNames[sc.word(a+1)] && !typingNames[sc.word(a+2)] {
			continue
		}
		if core := trimValue(sc.text[start:end]); len(core) >= 5 && mixed(core) && !reference(core) && !mailLike(core) && !isLink(core) {
			sc.add(start, end, Password, MaskPassword)
		}
	}
}

// typingVerbs say what the resident types: « sur le clavier ça donne
// Zoé-Léa_2012 avec les accents », « je tape Noël2020 avec le tréma ».
var typingVerbs = phrases("ca donne", "ca fait", "ca ecrit", "je tape", "j' ai tape", "je mets", "j' ai mis", "j' ecris",
	"je rentre", "je saisis")

// typingNames say how a password is typed: « avec l'apostrophe », « avec
// un accent », « avec une majuscule ».
var typingNames = set("apostrophe", "accent", "accents", "majuscule", "majuscules", "minuscule", "minuscules",
	"tiret", "underscore", "espace", "espaces", "cedille", "trema", "apostrophes", "guillemets", "guillemet")

// passwordParts masks each part of a password the resident gives in
// pieces, in a message that names a password and says it is cut: « mon
// mot de passe en deux fois : première partie Rose et deuxième partie
// Vents77! », « je le coupe en deux : début Loup et fin Garou99! »,
// « premier morceau Azur puis second morceau Marin55 ». The word after
// each part's name goes, whatever it is, unless a word of the sentence
// (« à la fin de la journée »).
func (sc *scanner) passwordParts() {
	if !sc.hasRare(rareParts) || !sc.cutTalk() || !sc.passwordNamed() {
		return
	}
	for k := 0; k+1 < len(sc.toks); k++ {
		if !partNames[sc.toks[k].norm] {
			continue
		}
		f := k + 1
		if (isDigits(sc.word(f)) || unitWords[sc.word(f)] > 0) && labelMarks[sc.word(f+1)] {
			f++ // « partie 1 : Rose »
		}
		for n := 0; n < 2 && codeVerbs[sc.word(f)]; n++ {
			f++
		}
		if f >= len(sc.toks) || sc.taken(sc.toks[f].start) {
			continue
		}
		w := sc.toks[f].norm
		if notValue[w] || qualifiers[w] || partNames[w] || !isAlnum(w[0]) && w[0] < 0x80 || w == maskToken {
			continue
		}
		if start, end, ok := sc.runAt(sc.toks[f].start); ok && start == sc.toks[f].start {
			// « Garou99! » keeps its « ! », not a full stop after it.
			if c := strings.TrimRight(sc.text[start:end], "."); len(trimValue(c)) >= 3 {
				sc.add(start, start+len(c), Password, MaskPassword)
			}
		}
	}
}

// partNames name a part of a password given in pieces.
var partNames = set("partie", "morceau", "debut", "fin", "bout", "moitie")

// cutTalk reports whether the message says a value is given cut in
// pieces: « en deux fois », « en deux morceaux », « je le coupe ».
func (sc *scanner) cutTalk() bool {
	for k, t := range sc.toks {
		switch t.norm {
		case "coupe", "couper", "decoupe", "morceaux", "parties", "moities":
			return true
		case "deux", "2", "trois", "3":
			if sc.word(k-1) == "en" {
				return true
			}
		}
	}
	return false
}

// The rarer words some rules need, by the bit each sets in scanner.rare.
const (
	rareRead       uint8 = 1 << iota // rare has been read
	rareConnect                      // connectVerbs
	rareEverywhere                   // « partout », « comptes », « sites », « même »
	rareTyping                       // typingNames
	rareParts                        // partNames
	rareDigits                       // « chiffres »: a code's count of digits
)

// rareWords maps each of the rarer words to its bit.
var rareWords = func() map[string]uint8 {
	m := map[string]uint8{"partout": rareEverywhere, "comptes": rareEverywhere, "sites": rareEverywhere, "meme": rareEverywhere,
		"pareil":   rareEverywhere,
		"chiffres": rareDigits, "chiffre": rareDigits}
	for _, g := range []struct {
		words map[string]bool
		bit   uint8
	}{{connectVerbs, rareConnect}, {typingNames, rareTyping}, {partNames, rareParts}} {
		for w := range g.words {
			m[w] |= g.bit
		}
	}
	return m
}()

// hasRare reports whether the text has one of the rarer words of bit,
// reading them all in one pass the first time: most messages have none,
// and a question must cost one pass and one allocation.
func (sc *scanner) hasRare(bit uint8) bool {
	if sc.rare&rareRead == 0 {
		sc.rare = rareRead
		for _, t := range sc.toks {
			sc.rare |= rareWords[t.norm]
		}
	}
	return sc.rare&bit != 0
}

// reused reports whether the message says a value serves everywhere:
// « j'utilise Kiwi.2013 pour tous mes comptes ».
func (sc *scanner) reused() bool {
	if !sc.hasRare(rareEverywhere) {
		return false
	}
	for k := 1; k < len(sc.toks); k++ {
		if sc.everywhere(k) {
			return true
		}
	}
	return false
}

// everywhere reports whether the words ending at token k say a value is
// the same everywhere: « le même partout », « pareil pour tous mes
// comptes », or as another service's (« pour franceconnect j'utilise le
// même que ameli »).
func (sc *scanner) everywhere(k int) bool {
	switch w := sc.toks[k].norm; {
	case onlineServices[w] && sc.word(k-1) == "que" && sc.word(k-2) == "meme":
		return true
	case w == "meme" && (sc.word(k-1) == "le" || sc.word(k-1) == "la"):
		// « j'ai toujours le même : Kiwi77 », « le même qu'avant : … »
		return true
	case onlineServices[w] || w == "mail" || w == "email":
		// « le même que ma boîte mail : X », « pareil que celui de mon
		// gmail : X »: the words between name the account.
		for b := k - 2; b >= 1 && b >= k-6; b-- {
			if sc.word(b) == "que" && (sc.word(b-1) == "meme" || sc.word(b-1) == "pareil") {
				return true
			}
		}
		return false
	case w == "partout":
	case (w == "comptes" || w == "sites") && (sc.word(k-2) == "tous" || sc.word(k-2) == "tout"):
	default:
		return false
	}
	for b := k - 1; b >= 0 && b >= k-8; b-- {
		if w := sc.toks[b].norm; w == "meme" || w == "pareil" || presentGiven[w] {
			return true
		}
	}
	return false
}

// givenPassword masks the password given at token f, and reports whether
// it did and where it ends: letters with digits or symbols, or mixed
// case unless strict, and no reference, time, address or link; strict,
// no device or software either.
func (sc *scanner) givenPassword(f int, strict bool) (end int, ok bool) {
	if f >= len(sc.toks) {
		return 0, false
	}
	if sc.named(f) {
		return 0, false
	}
	return sc.passwordAt(f, strict)
}

// passwordAt is givenPassword without looking at the words before the
// value.
func (sc *scanner) passwordAt(f int, strict bool) (end int, ok bool) {
	start, end, ok := sc.runAt(sc.toks[f].start)
	if !ok || start != sc.toks[f].start || sc.taken(start) || midRun(sc.text, start) {
		return 0, false
	}
	core := trimValue(sc.text[start:end])
	if strict && (!mixed(core) || software[leadingWord(core)]) {
		return 0, false // « j'ai mis Windows11 à jour »
	}
	return end, len(core) >= 5 && passwordLike(core, false) && !sc.describes(start, core) &&
		!ordinary(core) && !reference(core) && !plate(core) && !mailLike(core) && !isLink(core) &&
		sc.add(start, end, Password, MaskPassword)
}

// midRun reports whether byte i of s is inside a run of characters
// joined by a dot, a hyphen or an underscore: « jean.dupont75 » is one
// login, not « jean. » and a password « dupont75 ».
func midRun(s string, i int) bool {
	if i < 2 || !strings.ContainsRune(".-_", rune(s[i-1])) {
		return false
	}
	c := s[i-2]
	return isLetter(c) || isDigit(c) || c >= 0x80
}

// passwordNamed reports whether a password or its rules are named
// anywhere in the message: « J'ai essayé Tortue45 et Tortue46 pour le
// mot de passe impots ».
func (sc *scanner) passwordNamed() bool {
	_, p := sc.firstNames()
	return p < len(sc.toks)
}

// loginTalk reports whether the message speaks of logging in to an
// online account: « me connecter », « la connexion », « le compte
// ameli ».
func (sc *scanner) loginTalk() bool {
	return sc.has(loginPlaces) || sc.has(accountPlaces) && sc.has(onlineServices)
}

// refusedWords say what the resident typed was refused: « ça marche
// pas », « incorrect », « le compte est bloqué ».
var refusedWords = set("marche", "marchent", "fonctionne", "incorrect", "incorrecte", "refuse", "refusee", "errone",
	"erronee", "invalide", "bloque", "bloquee", "faux", "fausse", "wrong", "incorrecto", "rechaza")

// listJoins join the values of a list tried: « Lyon69, lyon69! et
// Lyon1969 », « … and … », Spanish « … y … ».
var listJoins = set(",", "et", "puis", "ou", "and", "then", "or", "y", "e",
	// « pour me connecter j'utilise marie75 / Soleil!2020 »: a login and
	// its password, or two tries, set apart by a slash.
	"/")

// listFillers may follow a list's join: « et puis aussi », « ou
// encore », « et après ».
var listFillers = set("aussi", "encore", "apres", "ensuite", "enfin", "bien", "meme")

// software are the devices and programs a resident names with a
// version, which are no password: « Windows11 », « Android14 ».
var software = set("windows", "android", "ios", "iphone", "ipad", "macos", "galaxy", "samsung", "pixel", "redmi",
	"xiaomi", "huawei", "chrome", "firefox", "edge", "safari", "office", "word", "excel", "ubuntu", "linux",
	// Boxes, phones and consoles: « la box est une Livebox4 », « sur mon
	// Honor90 ».
	"livebox", "freebox", "bbox", "honor", "oppo", "nokia", "motorola", "lenovo", "macbook", "playstation", "xbox",
	"kindle")

var (
	loginPlaces = set("connecter", "connecte", "connectee", "connexion", "identifier", "identifiant", "identifiants",
		"login", "acceder", "log", "logged", "entrar")
	accountPlaces  = set("compte", "espace", "site", "appli", "application", "account")
	onlineServices = set("ameli", "caf", "impots", "impot", "msa", "cpam", "ants", "franceconnect", "laposte", "poste",
		"doctolib", "orange", "sfr", "bouygues", "edf", "engie", "gmail", "hotmail", "outlook", "yahoo", "urssaf",
		"cnav", "retraite", "agirc", "arrco", "sncf", "navigo", "netflix", "facebook", "instagram", "whatsapp")
)

// givenAt reports whether token k ends the words by which the resident
// says they gave a value, and returns the token after them: a verb after
// its auxiliary (« j'ai mis », « je lui ai donné », « j'ai répondu »), a
// verb in the present after « je » (« le code que j'utilise », « je
// tape »), one of memory in a clause that stands for the value (« celui
// que je retiens », « dont je me souviens »), each past a « c'est »; or
// a belief (« je pensais que c'était »).
func (sc *scanner) givenAt(k int) (int, bool) {
	w := sc.toks[k].norm
	if !givingVerbs[w] {
		return 0, false // most words: one lookup, not six
	}
	switch {
	case (typedVerbs[w] || toldVerbs[w] || answeredVerbs[w]) && haveWords[sc.word(k-1)] ||
		// « c'est mon mari qui connaît le code, il dit 7-2-0-4 »: who
		// knows it says it.
		w == "dit" && tellers[sc.word(k-1)]:
		// « le code que j'ai tapé c'est 4829 »
		f := k + 1
		for n := 0; n < 3 && codeVerbs[sc.word(f)]; n++ {
			f++
		}
		return f, true
	case presentGiven[w] || memoryVerbs[w] && sc.relative(k):
		s := k - 1
		if sc.word(s) == "me" || sc.word(s) == "m'" {
			s-- // « dont je me souviens »
		}
		if sc.word(s) != "j'" && sc.word(s) != "je" {
			return 0, false
		}
		// « le code que j'utilise c'est 9807 », « celui que je retiens
		// c'est 4829 »
		f := k + 1
		for n := 0; n < 3 && codeVerbs[sc.word(f)]; n++ {
			f++
		}
		return f, true
	case ownWords[w] && (sc.word(k-1) == "le" || sc.word(k-1) == "la"):
		// « le mien c'est … », « le mien : … »: a verb or a colon says
		// it is given.
		f := k + 1
		for n := 0; n < 3 && codeVerbs[sc.word(f)]; n++ {
			f++
		}
		return f, f > k+1
	case beliefVerbs[w] && (sc.word(k+1) == "que" || sc.word(k+1) == "qu'"):
		f := k + 2
		for n := 0; n < 3 && codeVerbs[sc.word(f)]; n++ {
			f++
		}
		return f, f > k+2
	}
	return 0, false
}

// tellers say who says the value, in the present: « il dit 7204 ».
var tellers = set("il", "elle", "on")

// givingVerbs are all the verbs givenAt reads.
var givingVerbs = union(union(union(typedVerbs, toldVerbs), union(answeredVerbs, presentGiven)), union(union(memoryVerbs, beliefVerbs), ownWords))

// ownWords stand for the code or the password named before them, the
// resident's own: « c'est quoi un mot de passe fort ? le mien c'est
// 482913 », « le code de ma mère c'est 1234, la mienne c'est 5678 ».
var ownWords = set("mien", "mienne")

// relative reports whether the verb at token k is in a clause that
// stands for a value named before: « celui que je retiens », « le seul
// dont je me souviens ».
func (sc *scanner) relative(k int) bool {
	for b := k - 1; b >= 0 && b >= k-3; b-- {
		if w := sc.word(b); w == "que" || w == "qu'" || w == "dont" {
			return true
		}
	}
	return false
}

// secretNamedBefore reports whether a code or a password is named before
// token k in the message: « code » but not a postcode, a door's code or
// another paper's (« code postal », « code de la route »); or the rules of
// a password (« 12 caractères avec une majuscule »), which name one.
func (sc *scanner) secretNamedBefore(k int) (code, password bool) {
	c, p := sc.firstNames()
	return c < k, p < k
}

// firstNames returns the first token that names a code, and the first
// that names a password or its rules (len(sc.toks) when none), found
// once per text.
func (sc *scanner) firstNames() (code, password int) {
	if sc.namesRead {
		return sc.names[0], sc.names[1]
	}
	code, password = len(sc.toks), len(sc.toks)
	for b := 0; b < len(sc.toks) && (code == len(sc.toks) || password == len(sc.toks)); b++ {
		if _, ok := sc.passwordName(b); ok || ruleNames[sc.toks[b].norm] {
			password = min(password, b)
			continue
		}
		if code == len(sc.toks) && codeNames[sc.toks[b].norm] && !notCode[sc.word(b+1)] && !otherCodes[sc.word(b+1)] &&
			!sc.namedBefore(b) && !sc.parcelCode(b) &&
			!(sc.word(b+1) == "de" && (notCode[sc.word(b+2)] || otherCodes[sc.word(b+2)] || sc.word(b+2) == "la" && notCode[sc.word(b+3)])) {
			code = b
		}
	}
	sc.names, sc.namesRead = [2]int{code, password}, true
	return code, password
}

var (
	// answeredVerbs say the resident gave a value to a form or a
	// caller: « j'ai répondu 8466 ».
	answeredVerbs = set("repondu", "ecrit", "indique", "renseigne", "fourni", "envoye", "utilise")
	// presentGiven are the verbs of « le code que j'utilise 9807 ».
	presentGiven = set("utilise", "tape", "mets", "met", "rentre", "entre", "saisis", "compose", "donne", "essaie")
	// memoryVerbs say the value is the one the resident remembers:
	// « le seul que je retiens c'est 7124 ».
	memoryVerbs = set("retiens", "connais", "souviens", "rappelle")
	// beliefVerbs say the resident thought a value was the code: « je
	// pensais que c'était 3295 ».
	beliefVerbs = set("pensais", "pensait", "croyais", "croyait", "pense", "crois", "cru", "pensee")
	// ruleNames are the words of a password's rules that name one.
	ruleNames = set("caracteres", "majuscule", "majuscules", "minuscule", "minuscules")
)

// valueAs masks the one word at token f that the resident says they gave
// as a password or a code: « j'ai mis motdepasse comme mot de passe »,
// « j'ai mis 1234 comme code ». Words that stand for a value (« ça »,
// « rien », « mon prénom ») stay.
func (sc *scanner) valueAs(f int) bool {
	if f >= len(sc.toks) {
		return false
	}
	// « j'ai mis 05/06/1951 pour le mot de passe »: a birth date is one
	// value over its tokens.
	if e, ok := birthDateAt(sc.text, sc.toks[f].start); ok && bornYear(sc.text[e-4:e]) {
		if n, ok := sc.roleAt(sc.tokenFrom(e)); ok {
			if _, ok := sc.passwordName(n); ok {
				return sc.add(sc.toks[f].start, e, Password, MaskPassword)
			}
		}
	}
	n, ok := sc.roleAt(f + 1)
	if !ok {
		return false
	}
	// « j'ai mis 75011 comme code postal »: no secret's code. After
	// « pour », a password's name only: « j'ai mis 1234 pour le code »
	// may be a door's.
	if _, ok := sc.passwordName(n); !ok && (n > f+2 || !codeNames[sc.toks[n].norm] || notCode[sc.word(n+1)]) {
		return false
	}
	t := sc.toks[f]
	if len(t.norm) < 4 || !isWord(t.norm) && !isDigits(t.norm) || notValue[t.norm] || standIns[t.norm] ||
		functionWords[t.norm] || isDigits(t.norm) && yearOrPhone(t.norm) {
		return false
	}
	return sc.add(t.start, t.end, Password, MaskPassword)
}

// roleAt reports whether the tokens from k say what the value before
// them is for, « comme » or « pour » and its article (« j'ai mis X
// comme mot de passe », « je tape X pour le mdp de la caf »), and
// returns the token after them.
func (sc *scanner) roleAt(k int) (int, bool) {
	switch sc.word(k) {
	case "comme":
		return k + 1, k+1 < len(sc.toks)
	case "pour":
		n := k + 1
		for c := 0; c < 2 && articles[sc.word(n)]; c++ {
			n++
		}
		return n, n > k+1 && n < len(sc.toks)
	}
	return k, false
}

// standIns stand for a value without being one: « j'ai mis rien comme
// code », « la même chose comme mot de passe ».
var standIns = set("rien", "pareil", "meme", "quoi", "cela", "ceci", "celui", "celle", "tout", "nom", "prenom",
	"date", "naissance", "autre", "chose", "truc",
	// How many or when, between the verb and « comme »: « j'ai essayé
	// plusieurs comme mot de passe », « j'ai mis ensuite comme code … ».
	"plusieurs", "quelques", "certaines", "divers", "differents", "differentes", "ensuite", "encore", "aussi",
	"toujours", "deja", "souvent", "parfois", "enfin", "apres", "avant", "alors", "donc", "plutot",
	// How long it took: « j'ai mis longtemps pour le mot de passe ».
	"longtemps", "temps", "heure", "heures", "minutes", "semaines", "journee")

// changedValues masks a password the resident gives with the changes to
// type on it, with no password named: « c'est alger57 mais la première
// lettre en majuscule et un point d'exclamation à la fin ». The value
// opens its sentence after « c'est », starts with two letters and has
// digits (not « 14h30 »), and « mais » leads within six words to how it is typed (« majuscule »,
// « minuscule », « accent »): « c'est Windows11 mais la première fois »
// stays.
func (sc *scanner) changedValues() {
	for k := 0; k+3 < len(sc.toks); k++ {
		if k > 0 && !sentenceEnd(sc.toks[k-1].norm) {
			continue
		}
		e, ok := sc.atAny(k, frontVerbs)
		if !ok || e+2 >= len(sc.toks) || sc.toks[e+1].norm != "mais" {
			continue
		}
		t := sc.toks[e]
		if len(t.norm) < 5 || !hasDigit(t.norm) || !isLetter(t.norm[0]) || !isLetter(t.norm[1]) || sc.taken(t.start) {
			continue
		}
		for f := e + 2; f < len(sc.toks) && f <= e+8 && !sentenceEnd(sc.toks[f].norm); f++ {
			if typingNames[sc.toks[f].norm] {
				sc.add(t.start, t.end, Password, MaskPassword)
				break
			}
		}
	}
}

// spelledValues masks, in a message that names a password, a value the
// resident spells one character at a time with hyphens after « je vous
// l'épelle » (« je vous l'épelle : L-i-n-a-1-9-9-1 . C'est le mot de
// passe de info-retraite »): five characters at least, letters and
// digits; a name spelt so (« B-E-N-A-L-I ») has no digit and stays.
func (sc *scanner) spelledValues() {
	for k := 0; k+1 < len(sc.toks); k++ {
		if !strings.HasPrefix(sc.toks[k].norm, "epel") {
			continue
		}
		f := k + 1
		if sc.word(f) == ":" {
			f++
		}
		if f >= len(sc.toks) {
			return
		}
		start, end, ok := sc.runAt(sc.toks[f].start)
		if !ok || start != sc.toks[f].start || sc.taken(start) {
			continue
		}
		if v := trimValue(sc.text[start:end]); hyphenSpelled(v) {
			sc.add(start, start+len(v), Password, MaskPassword)
		}
	}
}

// hyphenSpelled reports whether v is five characters or more, each set
// apart by a hyphen, with letters and digits: « L-i-n-a-1-9-9-1 ».
func hyphenSpelled(v string) bool {
	parts, letter, digit := 0, false, false
	for p := range strings.SplitSeq(v, "-") {
		if utf8.RuneCountInString(p) != 1 {
			return false
		}
		r, _ := utf8.DecodeRuneInString(p)
		letter = letter || unicode.IsLetter(r)
		digit = digit || unicode.IsDigit(r)
		parts++
	}
	return parts >= 5 && letter && digit
}
