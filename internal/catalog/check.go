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
		l.errorf(file, l.fieldLine(parent, n), id, "Aucun exemple de question"+nbsp+": donnez-en au moins %d, avec les mots des usagers.", MinQuestions)
		return nil
	}
	if len(qs) < MinQuestions {
		l.warnf(file, l.lineOf(n), id, "Seulement %s"+nbsp+": donnez-en au moins %d, avec les mots des usagers.", count(len(qs), "exemple de question", "exemples de questions"), MinQuestions)
	}
	return l.exampleList(file, id, "l'exemple de question", qs, lines)
}

// exampleList checks example sentences (questions or situations): none
// empty, none shared with another entry or intent. what names one of
// them in messages, with its article.
func (l *loader) exampleList(file, id, what string, qs []string, lines []int) []string {
	out := qs[:0:0]
	for i, q := range qs {
		norm := NormalizeExample(q)
		if norm == "" {
			l.errorf(file, lines[i], id, "Élément vide dans la liste"+nbsp+": écrivez une phrase, ou supprimez la ligne.")
			continue
		}
		out = append(out, strings.TrimSpace(q))
		prev, ok := l.examples[norm]
		switch {
		case !ok:
			l.examples[norm] = exampleUse{location{file, lines[i]}, id}
		case prev.owner == id:
			l.warnf(file, lines[i], id, "%s %s est répété (déjà ligne %d)"+nbsp+": supprimez cette ligne.", upperFirst(what), quote(q), prev.line)
		default:
			l.errorf(file, lines[i], id, "%s %s est aussi dans %s, %s"+nbsp+": gardez cette phrase dans une seule fiche.", upperFirst(what), quote(q), ownerLabel(prev), where(prev.location))
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
			l.errorf(file, first+placeholderLine(a, p)-1, id, "Réponse %s"+nbsp+": {%s} n'existe pas. Utilisez seulement {%s}.", quote("answer"), p, strings.Join(KnownPlaceholders, "}, {"))
		}
	}
	doc, err := markup.Parse(markup.Fill(a, samplePlaceholders))
	if err != nil {
		if me, ok := err.(*markup.Error); ok {
			l.errorf(file, first+me.Line-1, id, "Réponse %s, colonne %d"+nbsp+": %s", quote("answer"), column(me.Line, me.Column), markupFrench(me.Msg))
		} else {
			l.errorf(file, first, id, "Réponse %s"+nbsp+": %s", quote("answer"), markupFrench(err.Error()))
		}
		return a
	}
	if n := utf8.RuneCountInString(doc.Plain()); n > MaxAnswerLen {
		l.errorf(file, first, id, "Réponse %s trop longue"+nbsp+": %d caractères une fois affichée, %d au plus. Raccourcissez-la.", quote("answer"), n, MaxAnswerLen)
	}
	for _, b := range doc.Blocks {
		for _, ln := range b.Lines {
			for _, s := range ln.Spans {
				if s.URL != "" && officialURL(s.URL) != "" {
					l.warnf(file, first, id, "La réponse %s fait un lien vers %s, qui n'est pas un site officiel.", quote("answer"), quote(s.URL))
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
		l.errorf(file, l.fieldLine(parent, n), id, "Aucune source"+nbsp+": donnez de 1 à %d pages officielles qui disent ce que dit la réponse.", MaxSources)
		return nil
	}
	if len(srcs) > MaxSources {
		l.errorf(file, lines[MaxSources], id, "%d sources"+nbsp+": gardez-en %d au plus.", len(srcs), MaxSources)
	}
	for i, s := range srcs {
		if why := officialURL(s); why != "" {
			l.errorf(file, lines[i], id, "Source %s"+nbsp+": %s", quote(s), why)
		}
		if j := slices.Index(srcs[:i], s); j >= 0 {
			l.warnf(file, lines[i], id, "La source %s est donnée deux fois"+nbsp+": supprimez cette ligne.", quote(s))
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
		l.errorf(file, n.Line, id, "La date de relecture %s est dans le futur (%s)"+nbsp+": mettez le jour où vous avez vérifié les faits.", quote("reviewed"), quote(v))
	case d.AddDate(0, ReviewMaxMonths, 0).Before(today):
		l.errorf(file, n.Line, id, "La date de relecture %s a plus de %d mois (%s)"+nbsp+": vérifiez de nouveau les faits, puis mettez la date du jour.", quote("reviewed"), ReviewMaxMonths, quote(v))
	case d.AddDate(0, ReviewWarnMonths, 0).Before(today):
		l.warnf(file, n.Line, id, "La date de relecture %s a plus de %d mois (%s)"+nbsp+": vérifiez bientôt les faits de nouveau.", quote("reviewed"), ReviewWarnMonths, quote(v))
	}
	return v
}

// checkIntent checks the answer of an intent: required except for
// handover, which has none.
func (l *loader) checkIntent(in *Intent, parent, answer *yaml.Node) {
	if in.ID == IntentHandover {
		if answer != nil {
			l.warnf(IntentsFile, answer.Line, in.ID, "L'intention handover n'a pas de réponse, le bot passe la main à un médiateur"+nbsp+": cette réponse %s est ignorée, supprimez-la.", quote("answer"))
		}
		return
	}
	if !slices.Contains(requiredIntents, in.ID) {
		l.warnf(IntentsFile, parent.Line, in.ID, "Intention inconnue"+nbsp+": le bot n'utilise que %s.", joinEt(requiredIntents))
	}
	in.Answer = l.answer(IntentsFile, parent, in.ID, answer, true)
}

var requiredIntents = []string{IntentGreeting, IntentThanks, IntentGoodbye, IntentHandover}

// checkIntentsPresent reports the required intents that intents.yaml
// does not define.
func (l *loader) checkIntentsPresent() {
	for _, id := range requiredIntents {
		if _, ok := l.cat.intents[id]; !ok {
			l.errorf(IntentsFile, 1, id, "Il manque l'intention %s"+nbsp+": le bot a besoin de %s.", quote(id), joinEt(requiredIntents))
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
		l.errorf(file, root.Line, "", "Le fichier doit contenir les synonymes sous %s, une ligne par mot"+nbsp+": %s.", quote("synonyms:"), quote("mot: [synonyme, …]"))
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
			l.errorf(file, m.Content[i].Line, k, "Le mot %s est écrit deux fois (aussi ligne %d)"+nbsp+": regroupez ses synonymes sur une seule ligne.", quote(k), prev)
			continue
		}
		keys[k] = m.Content[i].Line
	}
	variants := map[string]use{}
	for i := 0; i+1 < len(m.Content); i += 2 {
		kn, vn := m.Content[i], m.Content[i+1]
		key := NormalizeExample(kn.Value)
		if key == "" {
			l.errorf(file, kn.Line, "", "Mot vide avant %s"+nbsp+": écrivez le mot, ou supprimez la ligne.", quote(":"))
			continue
		}
		if keys[key] != kn.Line {
			continue // duplicate, reported above
		}
		vals, lines := l.list(file, key, "variants", vn)
		if len(vals) == 0 {
			l.errorf(file, kn.Line, key, "Aucun synonyme pour %s"+nbsp+": listez ce que les usagers écrivent à la place.", quote(key))
			continue
		}
		var out []string
		for j, v := range vals {
			v = NormalizeExample(v)
			switch prev, seen := variants[v]; {
			case v == "":
				l.errorf(file, lines[j], key, "Synonyme vide"+nbsp+": supprimez-le.")
			case v == key:
				l.errorf(file, lines[j], key, "Le synonyme %s est le mot lui-même"+nbsp+": supprimez-le.", quote(v))
			case keys[v] != 0:
				l.errorf(file, lines[j], key, "Le synonyme %s a lui-même ses synonymes (ligne %d), ce qui fait une boucle"+nbsp+": déplacez ses synonymes sous %s, ou retirez-le d'ici.", quote(v), keys[v], quote(key))
			case seen && prev.key == key:
				l.warnf(file, lines[j], key, "Le synonyme %s est donné deux fois"+nbsp+": supprimez-en un.", quote(v))
			case seen:
				l.errorf(file, lines[j], key, "Le synonyme %s est aussi sous le mot %s (ligne %d)"+nbsp+": un synonyme ne va qu'avec un seul mot.", quote(v), quote(prev.key), prev.line)
			default:
				variants[v] = use{key, lines[j]}
				out = append(out, v)
			}
		}
		l.cat.Synonyms[key] = out
	}
}

// officialURL says in French why raw is not an https address on an
// official domain (see sources.go), or returns "".
func officialURL(raw string) string {
	if strings.TrimSpace(raw) != raw || strings.ContainsAny(raw, " \t\n\"<>") {
		return "adresse mal écrite, elle contient une espace ou un guillemet."
	}
	u, err := url.Parse(raw)
	if err != nil {
		return "adresse mal écrite."
	}
	if u.Scheme != "https" {
		return "l'adresse doit commencer par https://."
	}
	if u.Host == "" || u.User != nil || u.Port() != "" {
		return "adresse mal écrite, sans nom de site après https://, ou avec un nom d'utilisateur ou un port."
	}
	if !officialHost(u.Hostname()) {
		return fmt.Sprintf("%s n'est pas un site officiel reconnu. Choisissez une page officielle, ou demandez à l'équipe technique d'ajouter ce site (liste dans internal/catalog/sources.go).", quote(u.Hostname()))
	}
	return ""
}

// typography warns, once per field, about an ordinary space where French
// typography wants a non-breaking one (U+00A0): before : ; ? ! and inside
// « guillemets ». Telegram would otherwise break the line before a "?".
func (l *loader) typography(file, id, field string, n *yaml.Node, text string) {
	if n == nil {
		return
	}
	for i, line := range strings.Split(text, "\n") {
		for _, bad := range typographyPlaces {
			j := strings.Index(line, bad)
			if j < 0 || bad == " :" && strings.HasPrefix(line[j:], " ://") {
				continue
			}
			at := n.Line + i
			if n.Style&(yaml.LiteralStyle|yaml.FoldedStyle) != 0 {
				at++
			}
			f := fieldOf(field)
			l.warnf(file, at, id, "Dans %s, mettez une espace insécable (U+00A0) %s, pas une espace ordinaire.", f.the(), typographyPlace[bad])
			return
		}
	}
}

// typographyPlaces are the ordinary spaces French typography wants
// no-break, in the order typography looks for them.
var typographyPlaces = []string{" :", " ;", " ?", " !", "« ", " »"}

// typographyPlace says where each of typographyPlaces goes, in French.
var typographyPlace = map[string]string{
	" :": "avant les deux-points",
	" ;": "avant le point-virgule",
	" ?": "avant le point d'interrogation",
	" !": "avant le point d'exclamation",
	"« ": "après le guillemet ouvrant",
	" »": "avant le guillemet fermant",
}

// ownerLabel names the entry or intent that first used an example.
func ownerLabel(u exampleUse) string {
	if u.file == IntentsFile {
		return "l'intention " + u.owner
	}
	return "la fiche " + u.owner
}
