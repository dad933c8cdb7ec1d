package catalog

import (
	"errors"
	"fmt"
	"io/fs"
	"path"
	"path/filepath"
	"regexp"
	"slices"
	"sort"
	"strings"
	"time"

	"go.yaml.in/yaml/v3"
)

// A Problem is something wrong in the FAQ files, located precisely enough
// for a site manager to fix it: the file (relative to the FAQ folder), the
// line, and the entry, intent or theme id when there is one.
type Problem struct {
	File    string
	Line    int
	Entry   string
	Message string
	// Warning is true for what should be fixed soon but does not stop the
	// bot: few example questions, a review getting old, a theme without
	// entries.
	Warning bool
}

// String formats the problem for the site manager, in French:
// "file:line: fiche id\u00a0: message", with « attention\u00a0: » before
// the message of a warning. The position keeps the "file:line: " form that
// editors jump to; the entry is named by what it is in its file (fiche,
// thème, intention, mot of the synonyms).
func (p Problem) String() string {
	var b strings.Builder
	b.WriteString(p.File)
	if p.Line > 0 {
		fmt.Fprintf(&b, ":%d", p.Line)
	}
	b.WriteString(": ")
	if p.Entry != "" {
		b.WriteString(entryLabel(p.File, p.Entry) + nbsp + ": ")
	}
	if p.Warning {
		b.WriteString("attention" + nbsp + ": ")
	}
	// After a colon, French goes on in lower case.
	b.WriteString(lowerFirst(p.Message))
	return b.String()
}

// entryLabel names the entry, intent, theme or synonym word id of a
// problem in file.
func entryLabel(file, id string) string {
	switch path.Base(filepath.ToSlash(file)) {
	case ThemesFile:
		return "thème " + id
	case IntentsFile:
		return "intention " + id
	case SynonymsFile:
		return "mot " + quote(id)
	}
	return "fiche " + id
}

// Problems is the error Load returns when the FAQ has errors. List holds
// the errors first, then the warnings, each group by file and line.
type Problems struct {
	List []Problem
}

// Error lists the errors, one per line, in French.
func (p *Problems) Error() string {
	errs := p.Errors()
	var b strings.Builder
	b.WriteString("la FAQ a " + count(len(errs), "erreur", "erreurs") + nbsp + ":")
	for _, e := range errs {
		b.WriteString("\n\t" + e.String())
	}
	return b.String()
}

// Errors returns the problems that are not warnings.
func (p *Problems) Errors() []Problem {
	return filterProblems(p.List, false)
}

// Warnings returns the warnings.
func (p *Problems) Warnings() []Problem {
	return filterProblems(p.List, true)
}

func filterProblems(list []Problem, warning bool) []Problem {
	var out []Problem
	for _, p := range list {
		if p.Warning == warning {
			out = append(out, p)
		}
	}
	return out
}

// HasErrors reports whether problems holds at least one error.
func HasErrors(problems []Problem) bool {
	return slices.ContainsFunc(problems, func(p Problem) bool { return !p.Warning })
}

// The files of the FAQ folder that are not theme files.
const (
	ThemesFile   = "themes.yaml"
	IntentsFile  = "intents.yaml"
	SynonymsFile = "synonyms.yaml"
)

// Load reads and validates the FAQ in fsys (see docs/faq-format.md). When
// the content has errors it returns a *Problems error listing all of them;
// warnings alone do not make Load fail (use Check to see them).
func Load(fsys fs.FS) (*Catalog, error) {
	cat, problems := Check(fsys, time.Now())
	if HasErrors(problems) {
		return nil, &Problems{List: problems}
	}
	return cat, nil
}

// Check reads and validates the FAQ in fsys as of now, and returns what it
// could load with every problem found, errors first then warnings. The
// catalogue is usable only when no problem is an error.
func Check(fsys fs.FS, now time.Time) (*Catalog, []Problem) {
	l := &loader{
		fsys: fsys, now: now,
		ids: map[string]location{}, examples: map[string]exampleUse{},
		keyLines: map[*yaml.Node]int{}, lines: map[string][]string{},
	}
	l.load()
	sort.SliceStable(l.problems, func(i, j int) bool {
		a, b := l.problems[i], l.problems[j]
		if a.Warning != b.Warning {
			return !a.Warning
		}
		if a.File != b.File {
			return fileRank(a.File) < fileRank(b.File) || fileRank(a.File) == fileRank(b.File) && a.File < b.File
		}
		return a.Line < b.Line
	})
	return l.cat, l.problems
}

func fileRank(name string) int {
	switch name {
	case ThemesFile:
		return 0
	case IntentsFile:
		return 1
	case SynonymsFile:
		return 2
	}
	return 3
}

// location is where an id or an example question is defined.
type location struct {
	file string
	line int
}

func (l location) String() string { return fmt.Sprintf("%s:%d", l.file, l.line) }

// exampleUse is the first use of a normalised example question.
type exampleUse struct {
	location
	owner string
}

// loader holds the state of one Check.
type loader struct {
	fsys     fs.FS
	now      time.Time
	cat      *Catalog
	problems []Problem
	ids      map[string]location   // entry and intent ids
	examples map[string]exampleUse // normalised example questions
	// themeLines maps a theme id to its line in themes.yaml.
	themeLines map[string]int
	// keyLines maps a value node to the line of its key, where problems
	// about the whole value are reported.
	keyLines map[*yaml.Node]int
	// lines holds the lines of each file read, to locate answer columns.
	lines map[string][]string
}

// fieldLine returns the line of the field n of parent, or parent's line
// when the field is absent (n is nil).
func (l *loader) fieldLine(parent, n *yaml.Node) int {
	if n == nil {
		return parent.Line
	}
	return l.lineOf(n)
}

// lineOf returns the line of the key of the value n, or n's own line.
func (l *loader) lineOf(n *yaml.Node) int {
	if line, ok := l.keyLines[n]; ok {
		return line
	}
	return n.Line
}

func (l *loader) errorf(file string, line int, entry, format string, args ...any) {
	l.problems = append(l.problems, Problem{File: file, Line: line, Entry: entry, Message: fmt.Sprintf(format, args...)})
}

func (l *loader) warnf(file string, line int, entry, format string, args ...any) {
	l.problems = append(l.problems, Problem{File: file, Line: line, Entry: entry, Message: fmt.Sprintf(format, args...), Warning: true})
}

func (l *loader) load() {
	l.cat = &Catalog{
		Synonyms: map[string][]string{},
		byID:     map[string]*Entry{},
		intents:  map[string]*Intent{},
		themes:   map[string]Theme{},
	}
	if root := l.readFile(ThemesFile, true); root != nil {
		l.loadThemes(root)
	}
	if root := l.readFile(IntentsFile, true); root != nil {
		l.loadIntents(root)
		l.checkIntentsPresent()
	}
	if root := l.readFile(SynonymsFile, true); root != nil {
		l.loadSynonyms(root)
	}

	names, err := fs.Glob(l.fsys, "*.yaml")
	if err != nil {
		l.errorf(".", 0, "", "impossible de lister les fichiers de la FAQ (%v)", err)
	}
	byTheme := map[string][]*Entry{}
	unread := map[string]bool{} // files whose YAML could not be read
	for _, name := range names {
		if name == ThemesFile || name == IntentsFile || name == SynonymsFile {
			continue
		}
		root := l.readFile(name, false)
		if root == nil {
			unread[name] = true
			continue
		}
		theme, entries := l.loadThemeFile(name, root)
		byTheme[theme] = append(byTheme[theme], entries...)
	}
	for _, t := range l.cat.Themes {
		entries := byTheme[t.ID]
		if len(entries) == 0 && !unread[t.ID+".yaml"] {
			// A file that is there but could not be read has its own
			// error: « remettez ce fichier » would send the manager
			// looking for a file they have.
			l.errorf(ThemesFile, l.themeLines[t.ID], t.ID, "Ce thème n'a aucune fiche (elles sont attendues dans %s)"+nbsp+": remettez ce fichier, ou retirez le thème de %s.", quote(t.ID+".yaml"), quote(ThemesFile))
		}
		l.cat.Entries = append(l.cat.Entries, entries...)
	}
	for _, e := range l.cat.Entries {
		l.cat.byID[e.ID] = e
	}
}

// readFile parses a YAML file and returns its top-level mapping, or nil
// after reporting a problem.
func (l *loader) readFile(name string, required bool) *yaml.Node {
	data, err := fs.ReadFile(l.fsys, name)
	if errors.Is(err, fs.ErrNotExist) {
		if required {
			l.errorf(name, 0, "", "Fichier manquant"+nbsp+": remettez-le dans le dossier de la FAQ.")
		}
		return nil
	}
	if err != nil {
		l.errorf(name, 0, "", "Impossible de lire ce fichier (%v).", err)
		return nil
	}
	l.lines[name] = strings.Split(string(data), "\n")
	var doc yaml.Node
	if err := yaml.Unmarshal(data, &doc); err != nil {
		line, msg := yamlProblem(err, data)
		l.errorf(name, line, "", "%s", msg)
		return nil
	}
	if doc.Kind == 0 || len(doc.Content) == 0 {
		l.errorf(name, 1, "", "Ce fichier est vide.")
		return nil
	}
	root := doc.Content[0]
	if root.Kind != yaml.MappingNode {
		l.errorf(name, root.Line, "", "Le fichier doit commencer par des lignes %s (par exemple %s), pas par une liste.", quote("nom: valeur"), quote("theme: caf"))
		return nil
	}
	return root
}

// fields returns the values of a mapping by key, reporting duplicate keys
// and keys not in known.
func (l *loader) fields(file, entry string, n *yaml.Node, known ...string) map[string]*yaml.Node {
	out := map[string]*yaml.Node{}
	for i := 0; i+1 < len(n.Content); i += 2 {
		k, v := n.Content[i], n.Content[i+1]
		switch {
		case !slices.Contains(known, k.Value):
			msg := "Champ " + quote(k.Value) + " inconnu."
			if c := closest(k.Value, known); c != "" {
				msg += " Vouliez-vous écrire " + quote(c) + nbsp + "?"
			}
			l.errorf(file, k.Line, entry, "%s Les champs possibles sont %s.", msg, quoteAll(known))
		case out[k.Value] != nil:
			l.errorf(file, k.Line, entry, "Le champ %s est écrit deux fois"+nbsp+": gardez-en un seul.", quote(k.Value))
		default:
			out[k.Value] = v
			l.keyLines[v] = k.Line
		}
	}
	return out
}

// mappingID returns the value of the id key of a mapping, or "".
func mappingID(n *yaml.Node) string {
	for i := 0; i+1 < len(n.Content); i += 2 {
		if n.Content[i].Value == "id" && n.Content[i+1].Kind == yaml.ScalarNode {
			return n.Content[i+1].Value
		}
	}
	return ""
}

// text returns the value of a scalar field, reporting a non-scalar or
// (when required) an empty value. n may be nil (field absent).
func (l *loader) text(file string, parent *yaml.Node, entry, field string, n *yaml.Node, required bool) string {
	if n == nil {
		if required {
			f := fieldOf(field)
			l.errorf(file, parent.Line, entry, "Il manque %s"+nbsp+": ajoutez-%s.", f.the(), f.pron)
		}
		return ""
	}
	if n.Kind != yaml.ScalarNode {
		f := fieldOf(field)
		l.errorf(file, n.Line, entry, "%s %s être un texte, pas une liste ni des champs.", upperFirst(f.the()), f.must())
		return ""
	}
	v := n.Value
	if n.Tag == "!!null" {
		v = ""
	}
	if required && strings.TrimSpace(v) == "" {
		f := fieldOf(field)
		l.errorf(file, n.Line, entry, "%s %s vide"+nbsp+": remplissez-%s.", upperFirst(f.the()), f.is(), f.pron)
	}
	return v
}

// list returns the values of a list of scalars with their lines.
func (l *loader) list(file, entry, field string, n *yaml.Node) ([]string, []int) {
	if n == nil || n.Kind == yaml.ScalarNode && n.Tag == "!!null" {
		return nil, nil
	}
	if n.Kind != yaml.SequenceNode {
		f := fieldOf(field)
		l.errorf(file, n.Line, entry, "%s %s être une liste"+nbsp+": une ligne %s par élément, ou %s.", upperFirst(f.the()), f.must(), quote("- …"), quote("[a, b]"))
		return nil, nil
	}
	var vals []string
	var lines []int
	for _, item := range n.Content {
		if item.Kind != yaml.ScalarNode {
			l.errorf(file, item.Line, entry, "Chaque élément de la liste %s doit être un texte, pas une liste ni des champs.", quote(field))
			continue
		}
		v := item.Value
		if item.Tag == "!!null" {
			v = ""
		}
		vals = append(vals, v)
		lines = append(lines, item.Line)
	}
	return vals, lines
}

// id checks an entry or intent id and records it.
func (l *loader) id(file string, parent, n *yaml.Node) string {
	id := l.text(file, parent, "", "id", n, true)
	if id == "" {
		return ""
	}
	if !idRE.MatchString(id) {
		l.errorf(file, n.Line, id, "%s", idAdvice("l'identifiant", id))
	}
	if prev, ok := l.ids[id]; ok {
		l.errorf(file, n.Line, id, "L'identifiant %s est déjà pris %s"+nbsp+": choisissez-en un autre.", quote(id), where(prev))
		return id
	}
	l.ids[id] = location{file, n.Line}
	return id
}

var idRE = regexp.MustCompile(`^[a-z0-9]+(-[a-z0-9]+)*$`)

func (l *loader) loadThemes(root *yaml.Node) {
	f := l.fields(ThemesFile, "", root, "themes")
	seq := f["themes"]
	if seq == nil || seq.Kind != yaml.SequenceNode || len(seq.Content) == 0 {
		l.errorf(ThemesFile, root.Line, "", "Le fichier doit contenir la liste des thèmes sous %s, avec au moins un thème.", quote("themes:"))
		return
	}
	l.themeLines = map[string]int{}
	for _, n := range seq.Content {
		if n.Kind != yaml.MappingNode {
			l.errorf(ThemesFile, n.Line, "", "Chaque élément de la liste doit être un thème, avec %s.", quoteAll([]string{"id", "label", "emoji", "order"}))
			continue
		}
		tf := l.fields(ThemesFile, mappingID(n), n, "id", "label", "emoji", "order", "emergency")
		id := l.text(ThemesFile, n, "", "id", tf["id"], true)
		if id == "" {
			continue
		}
		if !idRE.MatchString(id) {
			l.errorf(ThemesFile, n.Line, id, "%s", idAdvice("l'identifiant du thème", id))
		}
		if _, dup := l.themeLines[id]; dup {
			l.errorf(ThemesFile, n.Line, id, "Le thème %s est déjà défini ligne %d"+nbsp+": gardez-en un seul.", quote(id), l.themeLines[id])
			continue
		}
		l.themeLines[id] = n.Line
		t := Theme{ID: id, Label: l.text(ThemesFile, n, id, "label", tf["label"], true), Emoji: l.text(ThemesFile, n, id, "emoji", tf["emoji"], false)}
		if o := tf["order"]; o != nil {
			if err := o.Decode(&t.Order); err != nil {
				l.errorf(ThemesFile, o.Line, id, "L'ordre %s doit être un nombre entier, pas %s.", quote("order"), quote(o.Value))
			}
		}
		if e := tf["emergency"]; e != nil {
			if err := e.Decode(&t.Emergency); err != nil {
				l.errorf(ThemesFile, e.Line, id, "%s", yesNo("emergency", e.Value))
			}
		}
		l.cat.Themes = append(l.cat.Themes, t)
		l.cat.themes[id] = t
	}
	sort.SliceStable(l.cat.Themes, func(i, j int) bool { return l.cat.Themes[i].Order < l.cat.Themes[j].Order })
}

func (l *loader) loadIntents(root *yaml.Node) {
	f := l.fields(IntentsFile, "", root, "intents")
	seq := f["intents"]
	if seq == nil || seq.Kind != yaml.SequenceNode {
		l.errorf(IntentsFile, root.Line, "", "Le fichier doit contenir la liste des intentions sous %s.", quote("intents:"))
		return
	}
	for _, n := range seq.Content {
		if n.Kind != yaml.MappingNode {
			l.errorf(IntentsFile, n.Line, "", "Chaque élément de la liste doit être une intention, avec %s.", quoteAll([]string{"id", "questions", "answer"}))
			continue
		}
		f := l.fields(IntentsFile, mappingID(n), n, "id", "questions", "answer")
		id := l.id(IntentsFile, n, f["id"])
		if id == "" {
			continue
		}
		in := &Intent{ID: id, File: IntentsFile, Line: n.Line}
		in.Questions = l.questions(IntentsFile, n, id, f["questions"])
		l.checkIntent(in, n, f["answer"])
		l.typography(IntentsFile, id, "answer", f["answer"], in.Answer)
		if _, dup := l.cat.intents[id]; !dup {
			l.cat.Intents = append(l.cat.Intents, in)
			l.cat.intents[id] = in
		}
	}
}

// loadThemeFile loads a <theme>.yaml file and returns its theme and
// entries.
func (l *loader) loadThemeFile(file string, root *yaml.Node) (string, []*Entry) {
	f := l.fields(file, "", root, "theme", "entries")
	theme := l.text(file, root, "", "theme", f["theme"], true)
	if theme != "" {
		if _, ok := l.cat.themes[theme]; !ok {
			l.errorf(file, f["theme"].Line, "", "Thème %s inconnu"+nbsp+": corrigez le nom, ou ajoutez ce thème dans %s.", quote(theme), quote(ThemesFile))
		} else if want := theme + ".yaml"; path.Base(file) != want {
			l.warnf(file, f["theme"].Line, "", "Les fiches du thème %s devraient être dans le fichier %s"+nbsp+": renommez ce fichier, ou corrigez le thème.", quote(theme), quote(want))
		}
	}
	seq := f["entries"]
	if seq == nil || seq.Kind != yaml.SequenceNode {
		l.errorf(file, root.Line, "", "Le fichier doit contenir la liste des fiches sous %s.", quote("entries:"))
		return theme, nil
	}
	var entries []*Entry
	for _, n := range seq.Content {
		if e := l.entry(file, theme, n); e != nil {
			entries = append(entries, e)
		}
	}
	return theme, entries
}

// entry loads and checks one entry; it returns nil when the entry has no
// usable id.
func (l *loader) entry(file, theme string, n *yaml.Node) *Entry {
	if n.Kind != yaml.MappingNode {
		l.errorf(file, n.Line, "", "Chaque élément de la liste doit être une fiche, avec %s, %s, %s…", quote("id"), quote("title"), quote("questions"))
		return nil
	}
	f := l.fields(file, mappingID(n), n, "id", "title", "questions", "keywords", "answer", "sources", "reviewed", "handover", "alone", "situations", "facts", "expires", "signals")
	id := l.id(file, n, f["id"])
	if id == "" {
		return nil
	}
	prev := l.ids[id]
	duplicate := prev.file != file || prev.line != f["id"].Line // reported by id
	e := &Entry{ID: id, Theme: theme, File: file, Line: n.Line}
	e.Title = l.text(file, n, id, "title", f["title"], true)
	l.typography(file, id, "title", f["title"], e.Title)
	e.Questions = l.questions(file, n, id, f["questions"])
	e.Situations = l.situations(file, id, f["situations"])
	e.Keywords, _ = l.list(file, id, "keywords", f["keywords"])
	e.Answer = l.answer(file, n, id, f["answer"], true)
	l.typography(file, id, "answer", f["answer"], e.Answer)
	e.Sources = l.sources(file, n, id, f["sources"])
	e.Reviewed = l.reviewed(file, n, id, f["reviewed"])
	e.Facts = l.facts(file, n, id, f["facts"])
	e.Expires = l.expires(file, n, id, f["expires"])
	e.Signals, _ = l.list(file, id, "signals", f["signals"])
	if len(e.Signals) > 0 && !l.cat.themes[theme].Emergency {
		l.errorf(file, l.lineOf(f["signals"]), id, "Seules les fiches d'un thème d'urgence (%s dans %s) ont des signaux d'urgence %s"+nbsp+": retirez-les.", quote("emergency: true"), quote(ThemesFile), quote("signals"))
	}
	l.claimsCover(file, n, e)
	l.jargon(file, n, e)
	if h := f["handover"]; h != nil {
		if err := h.Decode(&e.Handover); err != nil {
			l.errorf(file, h.Line, id, "%s", yesNo("handover", h.Value))
		}
	}
	if a := f["alone"]; a != nil {
		if err := a.Decode(&e.Alone); err != nil {
			l.errorf(file, a.Line, id, "%s", yesNo("alone", a.Value))
		}
	}
	if duplicate {
		return nil // checked, but the first entry with this id wins
	}
	return e
}
