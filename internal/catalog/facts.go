package catalog

import (
	"regexp"
	"strings"
	"time"
	"unicode"

	"go.yaml.in/yaml/v3"
)

// ExpiresWarnDays is how long before an entry's expires date the checker
// starts to warn.
const ExpiresWarnDays = 30

// situations checks the situation examples of an entry: like example
// questions, none empty and none shared with another entry.
func (l *loader) situations(file, id string, n *yaml.Node) []string {
	sits, lines := l.list(file, id, "situations", n)
	return l.exampleList(file, id, "la situation", sits, lines)
}

// missingFacts is the error of an entry without claims.
const missingFacts = "Il manque les faits vérifiés «\u00a0facts\u00a0»\u00a0: pour chaque information vérifiable de la réponse (montant, délai, date, numéro de téléphone, condition, étape), donnez la page officielle qui la dit, sous la forme «\u00a0- claim: …, source: https://…\u00a0»."

// facts checks the claims of an entry: a non-empty list, each item a
// mapping with a claim and an official source.
func (l *loader) facts(file string, parent *yaml.Node, id string, n *yaml.Node) []Fact {
	if n == nil {
		l.errorf(file, parent.Line, id, missingFacts)
		return nil
	}
	if n.Kind == yaml.ScalarNode && n.Tag == "!!null" || n.Kind == yaml.SequenceNode && len(n.Content) == 0 {
		l.errorf(file, n.Line, id, missingFacts)
		return nil
	}
	if n.Kind != yaml.SequenceNode {
		l.errorf(file, n.Line, id, "Les faits vérifiés %s doivent être une liste d'affirmations %s avec leur %s.", quote("facts"), quote("claim"), quote("source"))
		return nil
	}
	var out []Fact
	for _, item := range n.Content {
		if item.Kind != yaml.MappingNode {
			l.errorf(file, item.Line, id, "Chaque fait vérifié doit avoir une affirmation et sa source, sous la forme %s.", quote("- claim: …, source: https://…"))
			continue
		}
		f := l.fields(file, id, item, "claim", "source")
		fact := Fact{
			Claim:  l.text(file, item, id, "claim", f["claim"], true),
			Source: l.text(file, item, id, "source", f["source"], true),
		}
		if fact.Source != "" {
			if why := officialURL(fact.Source); why != "" {
				l.errorf(file, f["source"].Line, id, "Source %s d'un fait vérifié"+nbsp+": %s", quote(fact.Source), why)
			}
		}
		out = append(out, fact)
	}
	return out
}

// expires checks the date after which the entry must be checked again:
// a warning ExpiresWarnDays before it, an error after it.
func (l *loader) expires(file string, parent *yaml.Node, id string, n *yaml.Node) string {
	v, d, today, ok := l.date(file, parent, id, "expires", n, false)
	switch {
	case !ok:
	case d.Before(today):
		l.errorf(file, n.Line, id, "La date d'expiration %s est passée (%s)"+nbsp+": vérifiez de nouveau les informations annuelles de cette fiche, puis avancez la date.", quote("expires"), quote(v))
	case d.AddDate(0, 0, -ExpiresWarnDays).Before(today):
		l.warnf(file, n.Line, id, "La date d'expiration %s arrive dans moins de %d jours (%s)"+nbsp+": vérifiez bientôt les informations annuelles de cette fiche.", quote("expires"), ExpiresWarnDays, quote(v))
	}
	return v
}

// date reads a YYYY-MM-DD field: its text, the date, and the day of the
// check, both at midnight UTC. ok is false when the field is empty or not
// a date (reported).
func (l *loader) date(file string, parent *yaml.Node, id, field string, n *yaml.Node, required bool) (v string, d, today time.Time, ok bool) {
	v = l.text(file, parent, id, field, n, required)
	if v == "" {
		return "", d, today, false
	}
	d, err := time.Parse(time.DateOnly, v)
	if err != nil {
		f := fieldOf(field)
		l.errorf(file, n.Line, id, "%s n'est pas une date valable (%s)"+nbsp+": écrivez-la AAAA-MM-JJ, par exemple %s.", upperFirst(f.the()), quote(v), quote("2026-11-25"))
		return v, d, today, false
	}
	return v, d, time.Date(l.now.Year(), l.now.Month(), l.now.Day(), 0, 0, 0, 0, time.UTC), true
}

var (
	linkTarget  = regexp.MustCompile(`\]\([^)]*\)`)
	placeholder = regexp.MustCompile(`\{[a-z.]+\}`)
)

// claimsCover checks that every number the answer states (an amount, a
// delay, a date, a phone number) is stated by one of the entry's claims,
// so that a reviewer reads pairs of claim and source instead of hunting.
// A number no claim states is an error: the answer may not say more than
// its checked claims.
func (l *loader) claimsCover(file string, n *yaml.Node, e *Entry) {
	if strings.TrimSpace(e.Answer) == "" {
		return
	}
	var claims []string
	for _, f := range e.Facts {
		claims = append(claims, numbers(f.Claim)...)
	}
	text := placeholder.ReplaceAllString(linkTarget.ReplaceAllString(e.Answer, "]"), "")
	var missing []string
	for _, num := range numbers(text) {
		if !covered(num, claims) && !containsString(missing, num) {
			missing = append(missing, num)
		}
	}
	if len(missing) > 0 {
		numbers, pron := "le nombre "+quote(missing[0]), "le"
		if len(missing) > 1 {
			numbers, pron = "les nombres "+quoteAll(missing), "les"
		}
		l.errorf(file, n.Line, e.ID, "La réponse donne %s, qu'aucun fait vérifié %s ne donne"+nbsp+": ajoutez-%s à une affirmation %s avec sa source, ou retirez-%s de la réponse.", numbers, quote("facts"), pron, quote("claim"), pron)
	}
}

// numbers returns the numbers written in s, digits only: groups of digits
// separated by a space, a non-breaking space or a dot are one number
// ("0 805 160 075", "1.500").
func numbers(s string) []string {
	var out []string
	rs := []rune(s)
	for i := 0; i < len(rs); {
		if !unicode.IsDigit(rs[i]) {
			i++
			continue
		}
		var b strings.Builder
		for i < len(rs) {
			if unicode.IsDigit(rs[i]) {
				b.WriteRune(rs[i])
				i++
				continue
			}
			if i+1 < len(rs) && isDigitSeparator(rs[i]) && unicode.IsDigit(rs[i+1]) {
				i++
				continue
			}
			break
		}
		out = append(out, b.String())
	}
	return out
}

func isDigitSeparator(r rune) bool {
	return r == ' ' || r == '\u00a0' || r == '\u202f' || r == '.'
}

// covered reports whether num is one of the claims' numbers or a part of
// one.
func covered(num string, claims []string) bool {
	for _, c := range claims {
		if strings.Contains(c, num) {
			return true
		}
	}
	return false
}

func containsString(list []string, s string) bool {
	for _, v := range list {
		if v == s {
			return true
		}
	}
	return false
}

// Jargon are words that residents often do not know: an answer that uses
// one must explain it in a few words where it first appears, e.g. « le
// délai de carence (les 3 premiers jours non payés) ». The checker warns
// otherwise.
var Jargon = []string{
	"carence", "actualisation", "net social", "index", "ccas", "cerfa",
	"commission de médiation", "commandement de payer", "indu", "rapo",
	"forfait post-stationnement", "quotient familial", "trop-perçu",
}

// explanation matches what introduces an explanation right after a word:
// a parenthesis, a colon, a dash, or « c'est », « qui », « soit ».
var explanation = regexp.MustCompile(`^[^.\n]{0,25}?(?:\(|:|—|–| - |, c['’]est|c['’]est-à-dire| soit | qui | appelée? )`)

// jargon warns about each jargon word of the answer that is not explained
// where it first appears.
func (l *loader) jargon(file string, n *yaml.Node, e *Entry) {
	low := strings.ToLower(e.Answer)
	for _, w := range Jargon {
		i := wordIndex(low, w)
		if i < 0 {
			continue
		}
		after := low[i+len(w):]
		before := low[max(0, i-40):i]
		if explanation.MatchString(after) || strings.Contains(before, "(") && !strings.Contains(before, ")") {
			continue // explained after, or the word is itself the explanation
		}
		l.warnf(file, n.Line, e.ID, "Réponse %s"+nbsp+": expliquez %s en quelques mots là où il apparaît la première fois (par exemple entre parenthèses), ou utilisez un mot plus simple.", quote("answer"), quote(w))
	}
}

// wordIndex returns the index of the first occurrence of w in s as a whole
// word, or -1.
func wordIndex(s, w string) int {
	for from := 0; ; {
		i := strings.Index(s[from:], w)
		if i < 0 {
			return -1
		}
		i += from
		end := i + len(w)
		startOK := i == 0 || !isWordByte(s[i-1])
		endOK := end == len(s) || !isWordByte(s[end])
		if startOK && endOK {
			return i
		}
		from = i + 1
	}
}

func isWordByte(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c >= 0x80
}
