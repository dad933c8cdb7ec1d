package catalog

import (
	"fmt"
	"net/url"
	"slices"
	"strings"
	"unicode/utf8"

	"go.yaml.in/yaml/v3"

	"pimmsbot/internal/markup"
)

// Limits of the content, from docs/faq-format.md.
const (
	// MaxAnswerLen is the maximum length of an answer, in characters of
	// plain text once placeholders are filled.
	MaxAnswerLen = 900
	// MinQuestions is the number of example questions below which the
	// checker warns.
	MinQuestions = 6
	// MaxSources is the maximum number of sources of an entry.
	MaxSources = 3
	// ReviewWarnMonths and ReviewMaxMonths are the ages of the reviewed
	// date past which the checker warns, then refuses the entry.
	ReviewWarnMonths = 12
	ReviewMaxMonths  = 18
)

// KnownPlaceholders are the placeholders an answer may use, filled from
// the site's configuration with markup.Fill.
var KnownPlaceholders = []string{"site.name", "site.address", "site.phone", "site.hours", "site.email", "site.retention"}

// samplePlaceholders are short, realistic values used to measure answers.
var samplePlaceholders = map[string]string{
	"site.name":      "PIMMS Médiation Lyon Centre",
	"site.address":   "12 rue de la République, 69001 Lyon",
	"site.phone":     "04 78 00 00 00",
	"site.hours":     "du lundi au vendredi, de 9 h à 12 h 30 et de 13 h 30 à 17 h",
	"site.email":     "contact@pimms-exemple.fr",
	"site.retention": "90",
}

// NormalizeExample is the form in which example questions are compared:
// lower case, trimmed, spaces collapsed.
func NormalizeExample(q string) string {
	return strings.Join(strings.Fields(strings.ToLower(q)), " ")
}

// questions checks the example questions of an entry or intent: at least
// one (fewer than MinQuestions is a warning), none empty, none shared with
// another entry or intent.
func (l *loader) questions(file string, parent *yaml.Node, id string, n *yaml.Node) []string {
	qs, lines := l.list(file, id, "questions", n)
	if len(qs) == 0 {
		l.errorf(file, l.fieldLine(parent, n), id, "no example question: give at least %d, in residents' own words", MinQuestions)
		return nil
	}
	if len(qs) < MinQuestions {
		l.warnf(file, l.lineOf(n), id, "only %d example questions: give at least %d", len(qs), MinQuestions)
	}
	return l.exampleList(file, id, qs, lines)
}

// exampleList checks example sentences (questions or situations): none
// empty, none shared with another entry or intent.
func (l *loader) exampleList(file, id string, qs []string, lines []int) []string {
	out := qs[:0:0]
	for i, q := range qs {
		norm := NormalizeExample(q)
		if norm == "" {
			l.errorf(file, lines[i], id, "empty example question")
			continue
		}
		out = append(out, strings.TrimSpace(q))
		prev, ok := l.examples[norm]
		switch {
		case !ok:
			l.examples[norm] = exampleUse{location{file, lines[i]}, id}
		case prev.owner == id:
			l.warnf(file, lines[i], id, "question %q repeated (also at line %d)", q, prev.line)
		default:
			l.errorf(file, lines[i], id, "question %q is also an example of %s (%s): keep it in one entry only", q, prev.owner, prev.location)
		}
	}
	return out
}

// answer checks an answer: required, known placeholders only, valid
// markup, at most MaxAnswerLen characters of plain text; links to
// non-official sites are warned about.
func (l *loader) answer(file string, parent *yaml.Node, id string, n *yaml.Node, required bool) string {
	a := l.text(file, parent, id, "answer", n, required)
	if strings.TrimSpace(a) == "" {
		return a
	}
	// first is the line of the answer's first line of text; column maps
	// a column of the answer's first line to a column of the file.
	first := n.Line
	column := func(line, col int) int {
		if line == 1 {
			return n.Column + col - 1
		}
		return col
	}
	if n.Style&(yaml.LiteralStyle|yaml.FoldedStyle) != 0 {
		first++
		indent := 0
		if ls := l.lines[file]; first-1 < len(ls) {
			indent = len(ls[first-1]) - len(strings.TrimLeft(ls[first-1], " "))
		}
		column = func(_, col int) int { return indent + col }
	}
	for _, p := range markup.Placeholders(a) {
		if !slices.Contains(KnownPlaceholders, p) {
			l.errorf(file, first+placeholderLine(a, p)-1, id, "answer: unknown placeholder {%s} (known: {%s})", p, strings.Join(KnownPlaceholders, "}, {"))
		}
	}
	doc, err := markup.Parse(markup.Fill(a, samplePlaceholders))
	if err != nil {
		if me, ok := err.(*markup.Error); ok {
			l.errorf(file, first+me.Line-1, id, "answer: column %d: %s", column(me.Line, me.Column), me.Msg)
		} else {
			l.errorf(file, first, id, "answer: %v", err)
		}
		return a
	}
	if n := utf8.RuneCountInString(doc.Plain()); n > MaxAnswerLen {
		l.errorf(file, first, id, "answer too long: %d characters once rendered (at most %d)", n, MaxAnswerLen)
	}
	for _, b := range doc.Blocks {
		for _, ln := range b.Lines {
			for _, s := range ln.Spans {
				if s.URL != "" && officialURL(s.URL) != nil {
					l.warnf(file, first, id, "answer links to %s, which is not an official site", s.URL)
				}
			}
		}
	}
	return a
}

// placeholderLine returns the line (from 1) of src where {name} first
// appears.
func placeholderLine(src, name string) int {
	i := strings.Index(src, "{"+name+"}")
	if i < 0 {
		return 1
	}
	return 1 + strings.Count(src[:i], "\n")
}

// sources checks 1 to MaxSources https addresses on official domains.
func (l *loader) sources(file string, parent *yaml.Node, id string, n *yaml.Node) []string {
	srcs, lines := l.list(file, id, "sources", n)
	if len(srcs) == 0 {
		l.errorf(file, l.fieldLine(parent, n), id, "no source: give 1 to %d official pages that say what the answer says", MaxSources)
		return nil
	}
	if len(srcs) > MaxSources {
		l.errorf(file, lines[MaxSources], id, "%d sources: give at most %d", len(srcs), MaxSources)
	}
	for i, s := range srcs {
		if err := officialURL(s); err != nil {
			l.errorf(file, lines[i], id, "source %v", err)
		}
		if j := slices.Index(srcs[:i], s); j >= 0 {
			l.warnf(file, lines[i], id, "source %q given twice", s)
		}
	}
	return srcs
}

// reviewed checks the review date: YYYY-MM-DD, not in the future, not
// older than ReviewMaxMonths (a warning past ReviewWarnMonths).
func (l *loader) reviewed(file string, parent *yaml.Node, id string, n *yaml.Node) string {
	v, d, today, ok := l.date(file, parent, id, "reviewed", n, true)
	switch {
	case !ok:
	case d.After(today):
		l.errorf(file, n.Line, id, "reviewed: %s is in the future", v)
	case d.AddDate(0, ReviewMaxMonths, 0).Before(today):
		l.errorf(file, n.Line, id, "reviewed: %s is more than %d months ago: check the facts again and update the date", v, ReviewMaxMonths)
	case d.AddDate(0, ReviewWarnMonths, 0).Before(today):
		l.warnf(file, n.Line, id, "reviewed: %s is more than %d months ago: check the facts soon", v, ReviewWarnMonths)
	}
	return v
}

// checkIntent checks the answer of an intent: required except for
// handover, which has none.
func (l *loader) checkIntent(in *Intent, parent, answer *yaml.Node) {
	if in.ID == IntentHandover {
		if answer != nil {
			l.warnf(IntentsFile, answer.Line, in.ID, "the handover intent has no answer (the bot starts the handover): this one is ignored")
		}
		return
	}
	if !slices.Contains(requiredIntents, in.ID) {
		l.warnf(IntentsFile, parent.Line, in.ID, "unknown intent: the bot only uses %s", strings.Join(requiredIntents, ", "))
	}
	in.Answer = l.answer(IntentsFile, parent, in.ID, answer, true)
}

var requiredIntents = []string{IntentGreeting, IntentThanks, IntentGoodbye, IntentHandover}

// checkIntentsPresent reports the required intents that intents.yaml
// does not define.
func (l *loader) checkIntentsPresent() {
	for _, id := range requiredIntents {
		if _, ok := l.cat.intents[id]; !ok {
			l.errorf(IntentsFile, 1, id, "missing intent %q (required: %s)", id, strings.Join(requiredIntents, ", "))
		}
	}
}

// loadSynonyms loads synonyms.yaml: canonical word → variants, with no
// loops (a variant that is a canonical word) and no variant under two
// words. Keys and variants are stored normalised (NormalizeExample).
func (l *loader) loadSynonyms(root *yaml.Node) {
	const file = SynonymsFile
	f := l.fields(file, "", root, "synonyms")
	m := f["synonyms"]
	if m == nil || m.Kind != yaml.MappingNode {
		l.errorf(file, root.Line, "", "expected a mapping under synonyms: (word: [variant, …])")
		return
	}
	type use struct {
		key  string
		line int
	}
	keys := map[string]int{} // normalised key → line
	for i := 0; i+1 < len(m.Content); i += 2 {
		k := NormalizeExample(m.Content[i].Value)
		if prev, dup := keys[k]; dup {
			l.errorf(file, m.Content[i].Line, k, "word given twice (also at line %d)", prev)
			continue
		}
		keys[k] = m.Content[i].Line
	}
	variants := map[string]use{}
	for i := 0; i+1 < len(m.Content); i += 2 {
		kn, vn := m.Content[i], m.Content[i+1]
		key := NormalizeExample(kn.Value)
		if key == "" {
			l.errorf(file, kn.Line, "", "empty word")
			continue
		}
		if keys[key] != kn.Line {
			continue // duplicate, reported above
		}
		vals, lines := l.list(file, key, "variants", vn)
		if len(vals) == 0 {
			l.errorf(file, kn.Line, key, "no variant: list what residents write instead of %q", key)
			continue
		}
		var out []string
		for j, v := range vals {
			v = NormalizeExample(v)
			switch prev, seen := variants[v]; {
			case v == "":
				l.errorf(file, lines[j], key, "empty variant")
			case v == key:
				l.errorf(file, lines[j], key, "variant %q is the word itself", v)
			case keys[v] != 0:
				l.errorf(file, lines[j], key, "variant %q is itself a word with variants (line %d): that makes a loop; move its variants under %q or remove it", v, keys[v], key)
			case seen && prev.key == key:
				l.warnf(file, lines[j], key, "variant %q given twice", v)
			case seen:
				l.errorf(file, lines[j], key, "variant %q is also listed under %q (line %d): a variant belongs to one word only", v, prev.key, prev.line)
			default:
				variants[v] = use{key, lines[j]}
				out = append(out, v)
			}
		}
		l.cat.Synonyms[key] = out
	}
}

// officialURL returns an error saying why raw is not an https address on
// an official domain (see sources.go), or nil.
func officialURL(raw string) error {
	if strings.TrimSpace(raw) != raw || strings.ContainsAny(raw, " \t\n\"<>") {
		return fmt.Errorf("%q: malformed address (spaces or quotes)", raw)
	}
	u, err := url.Parse(raw)
	if err != nil {
		return fmt.Errorf("%q: malformed address", raw)
	}
	if u.Scheme != "https" {
		return fmt.Errorf("%q: must start with https://", raw)
	}
	if u.Host == "" || u.User != nil || u.Port() != "" {
		return fmt.Errorf("%q: malformed address (no host, or a user or port)", raw)
	}
	if !officialHost(u.Hostname()) {
		return fmt.Errorf("%q: %s is not an official domain (see the list in internal/catalog/sources.go)", raw, u.Hostname())
	}
	return nil
}

// typography warns, once per field, about an ordinary space where French
// typography wants a non-breaking one (U+00A0): before : ; ? ! and inside
// « guillemets ». Telegram would otherwise break the line before a "?".
func (l *loader) typography(file, id, field string, n *yaml.Node, text string) {
	if n == nil {
		return
	}
	for i, line := range strings.Split(text, "\n") {
		for _, bad := range []string{" :", " ;", " ?", " !", "« ", " »"} {
			j := strings.Index(line, bad)
			if j < 0 || bad == " :" && strings.HasPrefix(line[j:], " ://") {
				continue
			}
			at := n.Line + i
			if n.Style&(yaml.LiteralStyle|yaml.FoldedStyle) != 0 {
				at++
			}
			l.warnf(file, at, id, "%s: use a non-breaking space (U+00A0) in %q", field, strings.TrimSpace(bad))
			return
		}
	}
}
