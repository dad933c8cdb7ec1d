package secret

import "strings"

// oldOrNew masks an old or a new password given alone without its name,
// in a message about changing one: « l'ancien était vivelaretraite tout
// en minuscules, le nouveau je l'ai pas noté », « j'ai changé de mot de
// passe, l'ancien c'était Girafe ». The message speaks of the change
// (« l'ancien » and « le nouveau » both, a verb of changing, or a
// password's name); the value comes right after « l'ancien » or « le
// nouveau » and its verb or a colon, and has a password's shape or is a
// plain word that ends its phrase. « l'ancien était mieux, le nouveau
// site est compliqué », « l'ancien conseiller était gentil » stay.
func (sc *scanner) oldOrNew() {
	both := 0
	for k, t := range sc.toks {
		if oldNewNouns[t.norm] && (articles[sc.word(k-1)] || sc.word(k-1) == "l") {
			both |= 1 << btoi(newWords[t.norm])
		}
	}
	if both == 0 || both != 3 && !sc.has(changeWords) && !sc.passwordNamed() {
		return
	}
	for k, t := range sc.toks {
		if !oldNewNouns[t.norm] || !articles[sc.word(k-1)] && sc.word(k-1) != "l" {
			continue
		}
		e, ok := sc.atAny(k+1, strongVerbs)
		if !ok {
			e, ok = sc.atAny(k+1, weakVerbs)
		}
		if !ok || e >= len(sc.toks) || sc.taken(sc.toks[e].start) {
			continue
		}
		start, end, ok := sc.runAt(sc.toks[e-1].end)
		if !ok {
			continue
		}
		core := trimValue(sc.text[start:end])
		if mixed(core) && passwordLike(core, false) && !reference(core) && !ordinary(core) && !isLink(core) &&
			!strings.Contains(core, "@") && !sc.describes(start, core) || compactDate(core) || weakDigits(core) {
			sc.add(start, start+len(core), Password, MaskPassword)
			continue
		}
		_ = sc.bareWord(e) || sc.dateRightAfter(e)
	}
}

// oldNewNouns stand for a password once an article is before them:
// « l'ancien », « le nouveau », « l'actuel ».
var oldNewNouns = set("ancien", "ancienne", "nouveau", "nouvelle", "nouvel", "actuel", "actuelle")

func btoi(b bool) int {
	if b {
		return 1
	}
	return 0
}

// codeChangedTo masks the new code a resident says they changed a code to,
// once a code or a password is named before the verb: « ancien code
// secret 1111, j'ai changé en 7391 au distributeur », « mon code de
// carte, je l'ai changé en 4821 hier », « code pin changé en 2957 ».
// Four to eight digits after « en », « pour » or « par », no year, phone
// number or amount; a door's or a post code stays (« le code de la
// porte, je l'ai changé en 4821 »).
func (sc *scanner) codeChangedTo() {
	for k := 1; k+2 < len(sc.toks); k++ {
		if !changeVerbs[sc.toks[k].norm] {
			continue
		}
		f := k + 1
		if w := sc.word(f); w != "en" && w != "pour" && w != "par" {
			continue
		}
		t := sc.toks[f+1]
		if !isDigits(t.norm) || len(t.norm) < 4 || len(t.norm) > 8 || yearOrPhone(t.norm) || sc.taken(t.start) ||
			changeUnits[sc.word(f+2)] || strings.HasPrefix(strings.TrimLeft(sc.text[t.end:], " "), "€") ||
			!wordEdge(sc.text, t.start, t.end) {
			continue
		}
		if code, password := sc.firstNames(); min(code, password) >= k || sc.has(otherCodes) {
			continue
		}
		sc.add(t.start, t.end, CardCode, MaskPassword)
	}
}

// changeUnits after a number make it an amount, a time or a count.
var changeUnits = set("euro", "euros", "eur", "e", "h", "heure", "heures", "min", "minutes", "ans", "mois", "jours", "km", "kg")

// changeVerbs say a value was changed to another.
var changeVerbs = set("change", "changee", "modifie", "modifiee", "remplace", "remplacee")
