package secret

import "strings"

// lineLabels name a password at the start of a line, before a colon:
// « Passe : Maman&Papa1960 », « secret: Babacar.221 ».
var lineLabels = set("passe", "pass", "secret", "secrets")

// listedLines masks the passwords a resident lists one a line: after a
// label that starts its line and a colon (« Passe : X », « secret: X »),
// after a service's name and a colon in a message that names a list or
// a password (« Mes codes :\nameli: Loulou2015\ncaf: Kenza*2010 »), and
// on the line after a login under « identifiants » (« voilà mes
// identifiants :\nmartine.lopez@orange.fr\nM0nCh@t#75 »). Only values
// of letters with digits or symbols go, as no sentence's word does.
func (sc *scanner) listedLines(intro bool) {
	for k, t := range sc.toks {
		if k+1 >= len(sc.toks) || sc.toks[k+1].norm != ":" || !lineLabels[t.norm] && !services[t.norm] || !sc.startsLine(k) {
			continue
		}
		if lineLabels[t.norm] || intro || sc.has(listNames) {
			sc.lineValue(sc.toks[k+1].end)
		}
	}
	for _, t := range sc.toks {
		if idWords[t.norm] && t.norm != "connexion" {
			sc.loginLines(t.end)
		}
	}
}

// startsLine reports whether token k is the first of its line.
func (sc *scanner) startsLine(k int) bool {
	before := strings.TrimRight(sc.text[:sc.toks[k].start], " \t\u00a0\u202f")
	return before == "" || strings.HasSuffix(before, "\n")
}

// lineValue masks the value that ends its line from byte i, when it is
// one run that only a password is made of.
func (sc *scanner) lineValue(i int) {
	s, e, ok := sc.runAt(i)
	if !ok || strings.ContainsRune(sc.text[i:s], '\n') || sc.taken(s) {
		return
	}
	rest := sc.text[e:]
	if n := strings.IndexByte(rest, '\n'); n >= 0 {
		rest = rest[:n]
	}
	core := trimValue(sc.text[s:e])
	if strings.TrimFunc(rest, isSpace) != "" || !sc.lonePassword(s, core) {
		return
	}
	sc.add(s, s+len(core), Password, MaskPassword)
}

// lonePassword reports whether core, alone on its line at byte s, can
// only be a password: letters with digits or symbols, no reference unless
// its symbols say otherwise, no e-mail address or handle, link, date or
// time (« Ameli@2023 » is a password).
func (sc *scanner) lonePassword(s int, core string) bool {
	return len(core) >= 5 && passwordLike(core, false) && mixed(core) &&
		(!reference(core) || joinedWords(core) || symbolic(core)) && !ordinary(core) && !plate(core) &&
		!strings.HasPrefix(core, "@") && !isLink(core) && !mailLike(core) && !sc.describes(s, core)
}

// loginLines masks the password on the second line after a list's name
// that ends its line at byte i, the first line holding the login:
// « identifiants :\njeanne@free.fr\nJeannot*56 ».
func (sc *scanner) loginLines(i int) {
	rest := sc.text[i:]
	nl := strings.IndexByte(rest, '\n')
	if nl < 0 || strings.Trim(rest[:nl], " \t:\u00a0") != "" && !services[strings.ToLower(strings.Trim(rest[:nl], " \t:\u00a0"))] {
		return
	}
	first, second, ok := twoLines(rest[nl+1:])
	if !ok || strings.TrimFunc(first, isSpace) == "" || len(first) > 60 {
		return
	}
	v := strings.TrimFunc(second, isSpace)
	if v == "" || strings.ContainsFunc(v, isSpace) {
		return
	}
	s := i + nl + 1 + len(first) + 1 + strings.Index(second, v)
	if core := trimValue(v); !sc.taken(s) && sc.lonePassword(s, core) {
		sc.add(s, s+len(core), Password, MaskPassword)
	}
}

// twoLines returns the first two lines of s, without allocating.
func twoLines(s string) (first, second string, ok bool) {
	first, rest, ok := strings.Cut(s, "\n")
	if !ok {
		return "", "", false
	}
	second, _, _ = strings.Cut(rest, "\n")
	return first, second, true
}
