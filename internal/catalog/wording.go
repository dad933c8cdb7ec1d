package catalog

import (
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// The checker's messages are read by the site manager who curates the
// FAQ, a French speaker who is not a developer: they are French, short,
// say what to do, quote values with « », put a no-break space (U+00A0)
// before : ; ? !, and name the fields by their French name followed by
// their YAML key (« la date de relecture « reviewed » »).

// nbsp is the no-break space French typography wants before : ; ? !.
const nbsp = "\u00a0"

// quote quotes s the French way: « s ».
func quote(s string) string {
	return "«" + nbsp + s + nbsp + "»"
}

// quoteAll quotes each of keys and joins them with commas and « et ».
func quoteAll(keys []string) string {
	q := make([]string, len(keys))
	for i, k := range keys {
		q[i] = quote(k)
	}
	return joinEt(q)
}

// joinEt joins items the French way: « a, b et c ».
func joinEt(items []string) string {
	switch len(items) {
	case 0:
		return ""
	case 1:
		return items[0]
	}
	return strings.Join(items[:len(items)-1], ", ") + " et " + items[len(items)-1]
}

// count writes n and its noun, singular for 0 and 1 (« 0 erreur », « 1
// fiche », « 2 fiches »).
func count(n int, singular, plural string) string {
	if n > 1 || n < -1 {
		return strconv.Itoa(n) + " " + plural
	}
	return strconv.Itoa(n) + " " + singular
}

// upperFirst capitalises the first letter of s.
func upperFirst(s string) string {
	r, size := utf8.DecodeRuneInString(s)
	if r == utf8.RuneError {
		return s
	}
	return string(unicode.ToUpper(r)) + s[size:]
}

// lowerFirst puts the first letter of s in lower case, unless the word is
// an acronym (« YAML »).
func lowerFirst(s string) string {
	r, size := utf8.DecodeRuneInString(s)
	next, _ := utf8.DecodeRuneInString(s[size:])
	if !unicode.IsUpper(r) || unicode.IsUpper(next) {
		return s
	}
	return string(unicode.ToLower(r)) + s[size:]
}

// A fieldName is how the messages name a YAML field: its French name with its
// article and key (« le titre « title » ») and the pronoun that stands
// for it (le, la, les).
type fieldName struct {
	name string
	pron string
}

// the returns the field's name with its article: « le titre « title » ».
func (f fieldName) the() string { return f.name }

// Plural reports whether the field's name is plural.
func (f fieldName) plural() bool { return f.pron == "les" }

// must returns « doit » or « doivent ».
func (f fieldName) must() string {
	if f.plural() {
		return "doivent"
	}
	return "doit"
}

// is returns « est » or « sont ».
func (f fieldName) is() string {
	if f.plural() {
		return "sont"
	}
	return "est"
}

// fieldNames are the French names of the FAQ's YAML keys.
var fieldNames = map[string]fieldName{
	"id":         {"l'identifiant " + quote("id"), "le"},
	"title":      {"le titre " + quote("title"), "le"},
	"questions":  {"les exemples de questions " + quote("questions"), "les"},
	"keywords":   {"les mots-clés " + quote("keywords"), "les"},
	"answer":     {"la réponse " + quote("answer"), "la"},
	"sources":    {"les sources " + quote("sources"), "les"},
	"reviewed":   {"la date de relecture " + quote("reviewed"), "la"},
	"handover":   {"le passage à un médiateur " + quote("handover"), "le"},
	"alone":      {"la réponse seule " + quote("alone"), "la"},
	"situations": {"les situations " + quote("situations"), "les"},
	"facts":      {"les faits vérifiés " + quote("facts"), "les"},
	"expires":    {"la date d'expiration " + quote("expires"), "la"},
	"signals":    {"les signaux d'urgence " + quote("signals"), "les"},
	"claim":      {"l'affirmation " + quote("claim"), "la"},
	"source":     {"la source " + quote("source"), "la"},
	"theme":      {"le thème " + quote("theme"), "le"},
	"label":      {"le nom " + quote("label"), "le"},
	"emoji":      {"l'emoji " + quote("emoji"), "le"},
	"order":      {"l'ordre " + quote("order"), "le"},
	"emergency":  {"le thème d'urgence " + quote("emergency"), "le"},
	"variants":   {"les synonymes", "les"},
}

// fieldOf returns the French name of the YAML key.
func fieldOf(key string) fieldName {
	if f, ok := fieldNames[key]; ok {
		return f
	}
	return fieldName{"le champ " + quote(key), "le"}
}

// closest returns the word of known nearest to s when it is a likely
// misspelling of it (at most two letters apart, or s a prefix of it), or "".
func closest(s string, known []string) string {
	best, bestD := "", 3
	for _, k := range known {
		d := editDistance(strings.ToLower(s), k)
		if d < bestD {
			best, bestD = k, d
		}
	}
	return best
}

// editDistance is the Levenshtein distance between a and b, in runes.
func editDistance(a, b string) int {
	ra, rb := []rune(a), []rune(b)
	prev := make([]int, len(rb)+1)
	cur := make([]int, len(rb)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(ra); i++ {
		cur[0] = i
		for j := 1; j <= len(rb); j++ {
			cost := 1
			if ra[i-1] == rb[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
		}
		prev, cur = cur, prev
	}
	return prev[len(rb)]
}

// kebab suggests an id in kebab-case for s: lower case, French accents
// removed, every other character a dash. It returns "" when nothing is
// left.
func kebab(s string) string {
	var b strings.Builder
	dash := false
	for _, r := range strings.ToLower(s) {
		if f, ok := unaccented[r]; ok {
			r = f
		}
		if r >= 'a' && r <= 'z' || r >= '0' && r <= '9' {
			if dash && b.Len() > 0 {
				b.WriteByte('-')
			}
			b.WriteRune(r)
			dash = false
			continue
		}
		dash = true
	}
	return b.String()
}

var unaccented = map[rune]rune{
	'à': 'a', 'â': 'a', 'ä': 'a', 'ç': 'c', 'é': 'e', 'è': 'e', 'ê': 'e', 'ë': 'e',
	'î': 'i', 'ï': 'i', 'ô': 'o', 'ö': 'o', 'ù': 'u', 'û': 'u', 'ü': 'u', 'ÿ': 'y',
}

// idAdvice is what the messages say about an id that is not in
// kebab-case.
func idAdvice(what, id string) string {
	msg := upperFirst(what) + " " + quote(id) + " n'est pas valable" + nbsp + ": n'utilisez que des minuscules sans accent, des chiffres et des tirets"
	if s := kebab(id); s != "" && s != id {
		return msg + ", par exemple " + quote(s) + "."
	}
	return msg + "."
}

// yesNo is the message of a true/false field with another value.
func yesNo(key, value string) string {
	f := fieldOf(key)
	return upperFirst(f.the()) + " " + f.must() + " valoir " + quote("true") + " (oui) ou " + quote("false") + " (non), pas " + quote(value) + "."
}

// where names a place in the FAQ for a message: « dans « caf.yaml »,
// ligne 3 ».
func where(l location) string {
	return "dans " + quote(l.file) + ", ligne " + strconv.Itoa(l.line)
}
