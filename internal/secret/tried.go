package secret

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// triedVerbs say the resident typed a value, or changed to it: « j'ai
// essayé avec Bamako1099$ », « j'ai changé pour Marseille13 », « tenté
// Azerty12 trois fois ».
var triedVerbs = set("essaye", "essayee", "essaie", "essayer", "essaies", "tente", "tentee", "tenter", "change",
	"changee", "changer", "remis", "remise", "remets", "remplace", "remplacer", "tape", "tapee", "taper",
	// « pour la caf j'ai mis Kiwi2023 et ça veut pas »
	"mis", "mets", "met", "saisi", "rentre")

// triedLinks may stand between such a verb and the value, or between two
// values tried one after the other: « essayé avec X puis avec Y ».
var triedLinks = set("avec", "pour", "en", "par", "aussi", "encore", "meme", "et", "puis", "ou", ",", "apres",
	"ensuite", "l'", "le")

// failWords say the value did not let the resident in: « ça marche
// pas », « compte bloqué », « code incorrect ».
var failWords = set("bloque", "bloquee", "marche", "passe", "fonctionne", "incorrect", "incorrecte", "refuse",
	"refusee", "erreur", "faux", "fausse", "invalide", "connecter", "connexion", "accepte", "rien", "veut")

// triedValues masks the values a resident tried or changed to, with no
// password named, in a message that says logging in fails: « essayé avec
// chouchou06 ça marche pas, essayé avec Chouchou06 pareil », « j'ai
// changé pour Marseille13 mais toujours bloqué ». A value opens with a
// letter and has digits or symbols, five characters at least; a device
// (« essayé avec mon iPhone13 »), an address, a time or a reference stays,
// and so does a login (« essayé avec jean.dupont75 comme identifiant »).
func (sc *scanner) triedValues() {
	if !sc.has(triedVerbs) || !sc.has(failWords) {
		return
	}
	for k := 0; k < len(sc.toks); k++ {
		if !triedVerbs[sc.toks[k].norm] {
			continue
		}
		f := k + 1
		for n := 0; f < len(sc.toks) && n < 6; n++ {
			// « Lyon69, lyon69! et Lyon1969 »: the mark glued to a
			// value ends it, not the list.
			if triedLinks[sc.toks[f].norm] || sc.toks[f].norm == "!" && sc.toks[f].start == sc.toks[f-1].end {
				f++
				continue
			}
			e, ok := sc.triedValue(f)
			if !ok {
				break
			}
			k = f
			f = sc.tokenFrom(e)
		}
	}
}

// typedDigits masks single digits typed one by one after « j'ai mis »
// or « j'ai tapé », in a message about a bank, an app or an account
// (« pr la banque g mis 5 8 1 9 3 0 en tapant sur le clavier »): a code
// read off the keypad a site shows, four to eight digits. « j'ai mis 2 3
// enfants » stays: digits alone, one after the other, four at least.
func (sc *scanner) typedDigits() {
	if !sc.has(typedPlaces) && !sc.has(onlineServices) {
		return
	}
	for k := 1; k+4 < len(sc.toks); k++ {
		if !keyedVerbs[sc.toks[k].norm] || !typedSubjects[sc.toks[k-1].norm] {
			continue
		}
		f := k + 1
		e := f
		for e < len(sc.toks) && len(sc.toks[e].norm) == 1 && isDigit(sc.toks[e].norm[0]) && (e == f || sc.codeSep(sc.toks[e-1].end, sc.toks[e].start)) {
			e++
		}
		if n := e - f; n >= 4 && n <= 8 && !sc.unitAfter(sc.toks[e-1]) && (e == len(sc.toks) || !isDigits(sc.toks[e].norm)) {
			sc.add(sc.toks[f].start, sc.toks[e-1].end, Password, MaskPassword)
		}
	}
}

// keyedVerbs and typedSubjects say a resident typed something: « j'ai
// mis », « g tapé », « jai rentré ».
var (
	keyedVerbs    = set("mis", "tape", "rentre", "entre", "saisi", "compose")
	typedSubjects = set("ai", "g", "jai", "j'ai")
	// typedPlaces are where a code is typed to get in.
	typedPlaces = set("banque", "appli", "application", "compte", "clavier", "site", "espace")
)

// triedValue masks the value tried at token f and returns where it ends.
func (sc *scanner) triedValue(f int) (int, bool) {
	if f >= len(sc.toks) || sc.taken(sc.toks[f].start) {
		return 0, false
	}
	start, end, ok := sc.runAt(sc.toks[f].start)
	if !ok || start != sc.toks[f].start {
		return 0, false
	}
	core := trimValue(sc.text[start:end])
	first, _ := utf8.DecodeRuneInString(core)
	if len(core) < 5 || !unicode.IsLetter(first) || !mixed(core) || software[leadingWord(core)] || addressLike(core) ||
		isLink(core) || ordinary(core) || reference(core) && !symbolic(core) {
		return 0, false
	}
	for g := sc.tokenFrom(start + len(core)); g < len(sc.toks) && g < sc.tokenFrom(start+len(core))+3; g++ {
		if loginWords[sc.toks[g].norm] || loginPlaces[sc.toks[g].norm] {
			return 0, false // « … jean.dupont75 comme identifiant »
		}
	}
	sc.add(start, start+len(core), Password, MaskPassword)
	return start + len(core), true
}

// judged say, right after a value, what the site made of it, or ask
// whether it will do: « mdp tititoto c bon ou pas ? », « mon mdp
// bisounours est refusé ».
var judged = phrases("c bon", "c' est bon", "cest bon", "ces bon", "est bon", "c ok", "c' est ok", "ca va", "ca marche",
	"ca passe", "marche pas", "marche plus", "ne marche", "est refuse", "est refusee", "refuse", "est accepte",
	"est correct", "est valide", "passe pas", "ne passe", "fonctionne pas", "ne fonctionne", "est bloque",
	"est faux", "incorrect", "il est bon", "il marche", "suffit", "convient")

// plainNames are words, beyond those of plainAfterName, that follow a
// password's name as what it opens or what it is: « le mot de passe
// habituel ne marche pas », « mdp leboncoin c bon ? ».
var plainNames = set("habituel", "habituelle", "initial", "initiale", "unique", "principal", "principale", "perso",
	"donne", "fourni", "attribue", "generique", "automatique", "general", "universel", "commun", "precedent",
	"precedente", "ordinaire", "standard", "officiel", "definitif", "admin", "administrateur", "usuel", "courant",
	"leboncoin", "vinted", "amazon", "paypal", "free", "cdiscount", "ebay", "apple", "icloud", "google", "microsoft",
	"tiktok", "snapchat", "twitter", "linkedin", "pronote", "ent", "ecoledirecte", "mutuelle", "lcl", "bnp", "cic",
	"boursorama", "credit", "caisse", "postale", "telegram", "discord", "pole", "emploi", "france", "travail",
	"actuel", "wifi", "box", "aussi", "toujours", "encore", "svp", "stp", "ici", "la")

// plainValue masks the one plain word right after a password's name,
// ending at token j, when the words after it ask whether it will do or
// say it was refused: « mdp tititoto c bon ou pas ? », « mot de passe
// loulou c'est bon ? ». The word is in lower case, of four letters or
// more, no word residents put after the name (« mdp oublié c bon ? »,
// « mot de passe habituel ne marche pas »), no past participle.
func (sc *scanner) plainValue(j int) {
	if j+1 >= len(sc.toks) || sc.taken(sc.toks[j].start) {
		return
	}
	t := sc.toks[j]
	raw := sc.text[t.start:t.end]
	if len(t.norm) < 4 || !isWord(t.norm) || strings.ContainsRune(t.norm, '\'') || raw != strings.ToLower(raw) ||
		strings.HasSuffix(raw, "é") || strings.HasSuffix(raw, "ée") || strings.HasSuffix(raw, "és") ||
		plainAfterName(t.norm) || plainNames[t.norm] || loginWords[t.norm] || loginPlaces[t.norm] || accountPlaces[t.norm] {
		return
	}
	if _, ok := sc.atAny(j+1, judged); ok {
		sc.add(t.start, t.end, Password, MaskPassword)
	}
}

// correctedFillers may stand between the words that take a code back and
// the right one: « 4821... non attends c'est 4812 », « ah non pardon
// c'est 4812 », « je me suis trompé, c'est 4812 ».
var correctedFillers = set("c'", "c", "est", "cest", "ces", "etait", "c'etait", ",", ".", "je", "j'", "me", "m'",
	"suis", "trompe", "trompee", "en", "fait", "le", "bon", "vrai", "mais", "plutot", ":")

// correctedCodes masks the code a resident gives right after taking back
// one masked: « code carte 4821... non attends c'est 4812 », « le code
// c'est 4821 ah non pardon c'est 4812 ». The new one has as many digits
// as the old, and comes within a few words of « non », « pardon »,
// « attends »; an amount (« non, 1200 € ») stays.
func (sc *scanner) correctedCodes() {
	for i := 0; i < len(sc.spans); i++ {
		sp := sc.spans[i]
		if sp.kind != CardCode && sp.kind != Password || !isDigits(sc.text[sp.start:sp.end]) {
			continue
		}
		k := sc.tokenFrom(sp.end)
		back := false
		for n := 0; k < len(sc.toks) && n < 8; n, k = n+1, k+1 {
			w := sc.toks[k].norm
			switch {
			case correctionWords[w]:
				back = true
			case correctedFillers[w]:
			case back && len(w) == sp.end-sp.start && isDigits(w) && sc.alone(sc.toks[k]) &&
				!amountAfter[sc.word(k+1)] && !countedBy[sc.word(k+1)]:
				sc.add(sc.toks[k].start, sc.toks[k].end, sp.kind, sp.mask)
				n = 8
			default:
				n = 8
			}
		}
	}
}

// commaSpelled masks, in a message that names a password, a password
// spelt one character at a time with commas: « je vous épelle le mot de
// passe : S, O, L, E, I, L, 2, 4 ». Five characters at least, letters
// and digits; a name spelt so (« B, E, N, A, L, I ») has no digit and
// stays.
func (sc *scanner) commaSpelled() {
	for k := 0; k < len(sc.toks); k++ {
		if !singleChar(sc.toks[k]) || sc.taken(sc.toks[k].start) {
			continue
		}
		last, n, letters, digits := k, 0, 0, 0
		for f := k; f < len(sc.toks); f++ {
			t := sc.toks[f]
			if t.norm == "," && f > last {
				continue
			}
			if !singleChar(t) || f > last+2 || sc.taken(t.start) {
				break
			}
			if isDigit(t.norm[0]) {
				digits++
			} else {
				letters++
			}
			last, n = f, n+1
		}
		if n >= 5 && letters > 0 && digits > 0 {
			sc.add(sc.toks[k].start, sc.toks[last].end, Password, MaskPassword)
		}
		k = last
	}
}

// singleChar reports whether t is one letter or one digit.
func singleChar(t token) bool {
	return len(t.norm) == 1 && (isLetter(t.norm[0]) || isDigit(t.norm[0])) && t.end-t.start <= 2
}
