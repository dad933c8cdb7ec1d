package secret

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// wifiKeys masks a box's wifi key named by any of the names residents
// give it (« code wifi », « clé wifi », « key wifi », « passe wifi »,
// « mot de passe du wifi »), past the words that say which box it is
// (« box sfr », « chez ma fille », « est sur la box : »): the first value
// of a key's shape on the line (wifiKeyAt), its groups of four set apart
// by spaces taken together (« 8F2D 4A19 C7E3 0B56 »). What is said of
// the key (« le code wifi ne marche plus ») and the network's name after
// « s'appelle » or « nom » stay.
func (sc *scanner) wifiKeys() {
	for k := 1; k < len(sc.toks); k++ {
		if n := sc.toks[k].norm; n != "wifi" && n != "wpa" || !sc.wifiNamed(k) {
			continue
		}
		i, skipped := sc.toks[k].end, 0
		for skipped < 10 && i < len(sc.text) {
			s, e := nextField(sc.text, i)
			if s < 0 || strings.ContainsRune(sc.text[i:s], '\n') && skipped > 0 {
				break
			}
			f := strings.Trim(strings.TrimRight(sc.text[s:e], ",;"), "'\"«»“”‘’()")
			if end, ok := wifiKeyAt(sc.text, s+strings.Index(sc.text[s:e], f), f); ok {
				sc.add(s+strings.Index(sc.text[s:e], f), end, Password, MaskPassword)
				break
			}
			w := strings.TrimRight(strings.ToLower(f), ":,.?!")
			// « le code wifi c'est sur la box, mon forfait c'est … »:
			// a phrase ends before another value.
			if raw := sc.text[s:e]; wifiNetworkWords[w] || strings.ContainsAny(raw, ",;.?!") && !strings.HasSuffix(raw, ":") && len(raw) > 1 {
				break
			}
			i = e
			if f != "" {
				skipped++
			}
		}
	}
}

// wifiNamed reports whether the wifi at token k is its key's: a key's
// name right before it, « du » or « de » between them.
func (sc *scanner) wifiNamed(k int) bool {
	b := k - 1
	if w := sc.word(b); w == "du" || w == "de" || w == "d'" {
		b--
	}
	switch sc.word(b) {
	case "code", "codes", "cle", "clef", "key", "passe", "pass", "mdp", "password", "kode", "secret":
		return true
	}
	return false
}

// wifiNetworkWords start what names the network, not its key.
var wifiNetworkWords = set("ssid", "nom", "reseau", "appelle", "s'appelle", "marche", "fonctionne", "pas")

// nextField returns the bounds of the characters between spaces that
// start at or after byte i, or -1.
func nextField(text string, i int) (int, int) {
	s := i + strings.IndexFunc(text[i:], func(r rune) bool { return !isSpace(r) })
	if s < i {
		return -1, -1
	}
	e := strings.IndexFunc(text[s:], isSpace)
	if e < 0 {
		return s, len(text)
	}
	return s, s + e
}

// wifiKeyAt reports whether the field f at byte s is a wifi key, and
// where it ends: 8 to 63 characters of letters, digits and a key's
// symbols, a letter and a digit among them; or groups of four letters
// and digits set apart by spaces, two at least.
func wifiKeyAt(text string, s int, f string) (int, bool) {
	f = strings.TrimRight(f, ":,.?!")
	n := utf8.RuneCountInString(f)
	if !keyChars(f) {
		return 0, false
	}
	if n >= 8 && n <= 63 && strings.IndexFunc(f, unicode.IsDigit) >= 0 && strings.IndexFunc(f, unicode.IsLetter) >= 0 {
		return s + len(f), true
	}
	if n != 4 {
		return 0, false
	}
	end, groups, mixed := s+4, 1, f
	for groups < 8 {
		gs, ge := nextField(text, end)
		if gs < 0 || gs-end > 1 || ge-gs < 4 || !keyChars(text[gs:gs+4]) || ge-gs > 4 && strings.IndexAny(text[gs+4:ge], ":,.?!") != 0 {
			break
		}
		end, groups, mixed = gs+4, groups+1, mixed+text[gs:gs+4]
	}
	return end, groups >= 2 && strings.IndexFunc(mixed, unicode.IsDigit) >= 0 && strings.IndexFunc(mixed, unicode.IsLetter) >= 0
}

// keyChars reports whether s holds only ASCII letters, digits and the
// symbols of a key.
func keyChars(s string) bool {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if !(c >= '0' && c <= '9' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || strings.IndexByte("-_!@#$*+=.", c) >= 0) {
			return false
		}
	}
	return s != ""
}
