package secret

import (
	"unicode"
	"unicode/utf8"
)

// triedVerbs say the resident typed a value, or changed to it: « j'ai
// essayé avec Bamako1099$ », « j'ai changé pour Marseille13 », « tenté
// Azerty12 trois fois ».
var triedVerbs = set("essaye", "essayee", "essaie", "essayer", "essaies", "tente", "tentee", "tenter", "change",
	"changee", "changer", "remis", "remise", "remets", "remplace", "remplacer", "tape", "tapee", "taper")

// triedLinks may stand between such a verb and the value, or between two
// values tried one after the other: « essayé avec X puis avec Y ».
var triedLinks = set("avec", "pour", "en", "par", "aussi", "encore", "meme", "et", "puis", "ou", ",", "apres",
	"ensuite", "l'", "le")

// failWords say the value did not let the resident in: « ça marche
// pas », « compte bloqué », « code incorrect ».
var failWords = set("bloque", "bloquee", "marche", "passe", "fonctionne", "incorrect", "incorrecte", "refuse",
	"refusee", "erreur", "faux", "fausse", "invalide", "connecter", "connexion", "accepte", "rien")

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
