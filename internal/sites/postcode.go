package sites

import (
	"slices"
	"strings"
	"unicode"

	"golang.org/x/text/unicode/norm"
)

// ForPostcode returns the sites a resident with this postcode may choose
// from, in the order of the file:
//
//   - the sites that list the postcode itself;
//   - else the sites that serve its whole département ("69");
//   - else the sites that serve another postcode of its département.
//
// It returns nil when the postcode is malformed or no site is near: the
// caller then offers the network's Default site. Spaces are ignored
// ("69 009"). The département of a postcode is its first two digits, three
// overseas (971–989), and 2A or 2B in Corsica (200xx–201xx, 202xx–206xx).
func (n *Network) ForPostcode(code string) []Site {
	code = strings.ReplaceAll(strings.TrimSpace(code), " ", "")
	if !isPostcode(code) {
		return nil
	}
	dep := Departement(code)
	var exact, whole, near []Site
	for _, s := range n.Sites {
		switch {
		case slices.Contains(s.Postcodes, code):
			exact = append(exact, s)
		case slices.Contains(s.Postcodes, dep):
			whole = append(whole, s)
		case slices.ContainsFunc(s.Postcodes, func(p string) bool { return isPostcode(p) && Departement(p) == dep }):
			near = append(near, s)
		}
	}
	switch {
	case exact != nil:
		return exact
	case whole != nil:
		return whole
	}
	return near
}

// ForCommune returns the sites that list the commune, compared without
// case, accents, hyphens or apostrophes ("Saint-Étienne" is
// "saint etienne").
func (n *Network) ForCommune(name string) []Site {
	key := communeKey(name)
	if key == "" {
		return nil
	}
	var out []Site
	for _, s := range n.Sites {
		if slices.ContainsFunc(s.Communes, func(c string) bool { return communeKey(c) == key }) {
			out = append(out, s)
		}
	}
	return out
}

// Departement returns the département of a five-digit postcode: its
// first two digits, its first three overseas (97x, 98x), 2A or 2B in
// Corsica. It returns "" for anything else.
func Departement(code string) string {
	if !isPostcode(code) {
		return ""
	}
	switch {
	case code[:2] == "97" || code[:2] == "98":
		return code[:3]
	case code[:2] == "20" && code[2] <= '1':
		return "2A"
	case code[:2] == "20":
		return "2B"
	}
	return code[:2]
}

// isPostcode reports whether s is five digits, not starting with 00.
func isPostcode(s string) bool {
	return len(s) == 5 && allDigits(s) && s[:2] != "00"
}

// isDepartement reports whether s names a département: 01 to 95 but 20,
// 2A, 2B, or 971 to 989.
func isDepartement(s string) bool {
	switch {
	case s == "2A" || s == "2B":
		return true
	case len(s) == 2 && allDigits(s):
		return s != "00" && s != "20" && s <= "95"
	case len(s) == 3 && allDigits(s):
		return s >= "971" && s <= "989"
	}
	return false
}

func allDigits(s string) bool {
	return s != "" && strings.Trim(s, "0123456789") == ""
}

// communeKey folds a commune's name for comparison: lower case, no
// accents, hyphens and apostrophes as spaces, single spaces.
func communeKey(name string) string {
	var b strings.Builder
	for _, r := range norm.NFD.String(strings.ToLower(name)) {
		switch {
		case unicode.Is(unicode.Mn, r):
		case r == '-' || r == '\'' || r == '’' || unicode.IsSpace(r):
			b.WriteRune(' ')
		default:
			b.WriteRune(r)
		}
	}
	return strings.Join(strings.Fields(b.String()), " ")
}
