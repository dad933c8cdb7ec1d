package secret

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// listSiblings masks the values of a list's items once one of them is
// a password: « LCL : Lcl*4521Bx | ameli : Bx4521! | caf : … », « impots
// : maison974\n- ameli : qwerty ». An item is a label of a few words, a
// colon, « = » or an arrow, then its value; items are set apart by line
// breaks, bars, semicolons or slashes between spaces. A value that ends
// its item alone, one run of characters, goes when a sibling holds a
// password masked, and has a password's shape, or is a plain word in a
// message that names a password. With none masked, items that all end
// in a value shaped as only a password is (a name run into digits, a
// symbol, words joined: « compte 1 (moi) : Aïcha1974\ncompte 2 (ma
// fille) : Yasmine2005! ») are a list of passwords. « caf : versement ok
// | ameli : remboursé », « compte 1 : 120 €\ncompte 2 : 45 € » stay.
func (sc *scanner) listSiblings() {
	// Two items at least, each with its mark.
	if strings.Count(sc.text, ":")+strings.Count(sc.text, "=")+strings.Count(sc.text, "→") < 2 {
		return
	}
	var items [maxItems]listItem
	n := sc.listItems(&items)
	if n < 2 {
		return
	}
	masked, shaped, plain, accounts, lower := 0, 0, 0, 0, false
	for _, it := range items[:n] {
		v := sc.text[it.start:it.end]
		switch {
		case it.masked:
			masked++
		case it.end > it.start && (listValue(v) || walk(v) || walkPassword(v)):
			shaped++
			lower = lower || strings.ContainsFunc(v, unicode.IsLower)
		case it.end > it.start && plainValue(v):
			plain++
		}
		if it.account {
			accounts++
		}
	}
	// « compte 1 (moi) : yasmine / compte 2 (ma fille) : naruto974 »:
	// every label an account or a person, every value a password's
	// shape or a plain word, one at least shaped.
	whole := masked == 0 && shaped > 0 && shaped+plain == n && accounts == n
	named := sc.passwordNamed()
	for _, it := range items[:n] {
		if it.end <= it.start || sc.taken(it.start) {
			continue
		}
		v := sc.text[it.start:it.end]
		switch {
		case masked > 0 && (listValue(v) || walk(v) || shortMixed(v) || passwordLike(v, false) && !isDigits(v) && !reference(v) ||
			plainValue(v) && (named || masked > 1 || n == 2)):
		case masked == 0 && shaped == n && (lower || sc.has(listNames) || sc.has(onlineServices)):
		case whole:
		default:
			continue
		}
		sc.add(it.start, it.end, Password, MaskPassword)
	}
}

// maxItems bounds the items listSiblings reads: a message lists a few
// accounts.
const maxItems = 8

// A listItem is one item of a list: where its lone value is (start ==
// end when its value is more than one run), and whether it holds a
// mask or a secret found.
type listItem struct {
	start, end int
	masked     bool
	account    bool // its label names an account or a person
}

// listItems reads the text's items into items and returns how many.
func (sc *scanner) listItems(items *[maxItems]listItem) int {
	n := 0
	for from := 0; from < len(sc.text) && n < maxItems; {
		to := itemEnd(sc.text, from)
		if it, ok := sc.item(from, to); ok {
			items[n] = it
			n++
		}
		from = to + 1
	}
	return n
}

// itemEnd returns where the item from byte from ends: a line break, a
// bar, a semicolon, or a slash between spaces.
func itemEnd(s string, from int) int {
	for i := from; i < len(s); i++ {
		switch s[i] {
		case '\n', '|', ';':
			return i
		case '/':
			if i > 0 && s[i-1] == ' ' && i+1 < len(s) && s[i+1] == ' ' {
				return i
			}
		}
	}
	return len(s)
}

// item reads the item from byte from to byte to: a label, words with a
// letter before its mark, then its value.
func (sc *scanner) item(from, to int) (listItem, bool) {
	seg := sc.text[from:to]
	m := strings.IndexAny(seg, ":=→")
	if m <= 0 || strings.HasPrefix(seg[m:], "://") {
		return listItem{}, false
	}
	// The label is the last words before the mark: the first item
	// carries the words that open the message (« bonjour, mes codes
	// LCL : … »).
	if strings.IndexFunc(seg[:m], unicode.IsLetter) < 0 {
		return listItem{}, false
	}
	_, size := utf8.DecodeRuneInString(seg[m:])
	mark := from + m + size
	it := listItem{masked: sc.maskIn(mark, to) || sc.spanIn(mark, to)}
	for k, n := sc.tokenFrom(from+m)-1, 0; k >= 0 && n < 3 && sc.toks[k].start >= from; k, n = k-1, n+1 {
		w := sc.toks[k].norm
		it.account = it.account || ownerLabels[w] || onlineServices[w]
	}
	rest := strings.TrimFunc(sc.text[mark:to], func(r rune) bool { return isSpace(r) || r == '>' })
	// « LCL : mdp Lcl*4521 »: the item names what its value is.
	for _, name := range itemNames {
		if len(rest) > len(name) && strings.EqualFold(rest[:len(name)], name) {
			rest = rest[len(name):]
			break
		}
	}
	if rest == "" || strings.ContainsFunc(rest, isSpace) {
		return it, true
	}
	it.start = strings.Index(sc.text[mark:to], rest) + mark
	// A lone value keeps its signs (« Bx4521! »), not a full stop.
	it.end = it.start + len(strings.TrimRight(rest, ".,"))
	return it, true
}

// ownerLabels name, in a list's labels, an account or whose it is:
// « compte 2 (ma fille) », « LCL », « banque postale ».
var ownerLabels = set("compte", "moi", "femme", "mari", "fils", "fille", "mere", "pere", "maman", "papa", "lcl", "bnp",
	"cic", "banque", "postale", "agricole", "boursorama", "epargne", "free", "travail", "mutuelle", "sosh", "netflix")

// itemNames name a password at the start of an item's value.
var itemNames = []string{"mdp ", "mot de passe ", "mdp: ", "password ", "pass "}

// spanIn reports whether a secret found lies between bytes s and e.
func (sc *scanner) spanIn(s, e int) bool {
	for _, sp := range sc.spans {
		if sp.start >= s && sp.end <= e {
			return true
		}
	}
	return false
}

// listValue reports whether s, a list's lone value, is made as
// passwords are: four letters or more with digits or signs, no link,
// address, program, number of a form or a parcel.
func listValue(s string) bool {
	letters, _ := lettersAndDigits(s)
	return letters >= 4 && mixed(s) && !isLink(s) && !addressLike(s) && !software[leadingWord(strings.ToLower(s))] &&
		!ordinary(s) && !(reference(s) && strings.IndexFunc(s, unicode.IsLower) < 0 && !nameLike(s))
}

// shortMixed reports whether s, five characters or more, has two
// letters and two digits at least, one in small letters: « Bx4521! ».
func shortMixed(s string) bool {
	letters, digits := lettersAndDigits(s)
	return len(s) >= 5 && letters >= 2 && digits >= 2 && strings.ContainsFunc(s, unicode.IsLower) && !isLink(s) && !addressLike(s)
}

// nameLike reports whether s is a word in capitals then digits, as a
// name shouted: « BENFICA77 »; a form's code mixes them (« CERFA12345 »
// is one too: only in a list of which a sibling is masked).
func nameLike(s string) bool {
	i := strings.IndexFunc(s, unicode.IsDigit)
	return i >= 4 && isDigits(strings.TrimRight(s[i:], "!?*#$&@.")) && strings.IndexFunc(s[:i], func(r rune) bool { return !unicode.IsLetter(r) }) < 0
}

// plainValue reports whether s is a plain word of five letters or more
// that no sentence puts after a colon: a password in a list that names
// one.
func plainValue(s string) bool {
	if len(s) < 5 || !isWord(strings.ToLower(s)) {
		return false
	}
	w := strings.ToLower(s)
	return !notValue[w] && !participle(w) && !plainAfterName(w)
}
