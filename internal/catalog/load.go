package catalog

import (
	"errors"
	"fmt"
	"io/fs"
	"path"
	"regexp"
	"slices"
	"sort"
	"strconv"
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

// String formats the problem as "file:line: entry: message", with
// "warning: " before the message of a warning.
func (p Problem) String() string {
	var b strings.Builder
	b.WriteString(p.File)
	if p.Line > 0 {
		fmt.Fprintf(&b, ":%d", p.Line)
	}
	b.WriteString(": ")
	if p.Entry != "" {
		b.WriteString(p.Entry + ": ")
	}
	if p.Warning {
		b.WriteString("warning: ")
	}
	b.WriteString(p.Message)
	return b.String()
}

// Problems is the error Load returns when the FAQ has errors. List holds
// the errors first, then the warnings, each group by file and line.
type Problems struct {
	List []Problem
}

// Error lists the errors, one per line.
func (p *Problems) Error() string {
	errs := p.Errors()
	var b strings.Builder
	fmt.Fprintf(&b, "faq: %d error", len(errs))
	if len(errs) != 1 {
		b.WriteString("s")
	}
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
		l.errorf(".", 0, "", "list the FAQ files: %v", err)
	}
	byTheme := map[string][]*Entry{}
	for _, name := range names {
		if name == ThemesFile || name == IntentsFile || name == SynonymsFile {
			continue
		}
		root := l.readFile(name, false)
		if root == nil {
			continue
		}
		theme, entries := l.loadThemeFile(name, root)
		byTheme[theme] = append(byTheme[theme], entries...)
	}
	for _, t := range l.cat.Themes {
		entries := byTheme[t.ID]
		if len(entries) == 0 {
			l.errorf(ThemesFile, l.themeLines[t.ID], t.ID, "theme has no entries (expected in %s): restore the file, or remove the theme from %s", t.ID+".yaml", ThemesFile)
		}
		l.cat.Entries = append(l.cat.Entries, entries...)
	}
	for _, e := range l.cat.Entries {
		l.cat.byID[e.ID] = e
	}
}

// lineRE finds the line number in a YAML syntax error.
var lineRE = regexp.MustCompile(`line (\d+)`)

// readFile parses a YAML file and returns its top-level mapping, or nil
// after reporting a problem.
func (l *loader) readFile(name string, required bool) *yaml.Node {
	data, err := fs.ReadFile(l.fsys, name)
	if errors.Is(err, fs.ErrNotExist) {
		if required {
			l.errorf(name, 0, "", "missing file")
		}
		return nil
	}
	if err != nil {
		l.errorf(name, 0, "", "read: %v", err)
		return nil
	}
	l.lines[name] = strings.Split(string(data), "\n")
	var doc yaml.Node
	if err := yaml.Unmarshal(data, &doc); err != nil {
		line := 0
		if m := lineRE.FindStringSubmatch(err.Error()); m != nil {
			line, _ = strconv.Atoi(m[1])
		}
		msg := strings.TrimPrefix(err.Error(), "yaml: ")
		msg = strings.TrimPrefix(msg, fmt.Sprintf("line %d: ", line))
		l.errorf(name, line, "", "not valid YAML: %s", msg)
		return nil
	}
	if doc.Kind == 0 || len(doc.Content) == 0 {
		l.errorf(name, 1, "", "empty file")
		return nil
	}
	root := doc.Content[0]
	if root.Kind != yaml.MappingNode {
		l.errorf(name, root.Line, "", "expected a mapping (key: value) at the top of the file")
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
			l.errorf(file, k.Line, entry, "unknown field %q (expected one of: %s)", k.Value, strings.Join(known, ", "))
		case out[k.Value] != nil:
			l.errorf(file, k.Line, entry, "field %q given twice", k.Value)
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
			l.errorf(file, parent.Line, entry, "missing %s", field)
		}
		return ""
	}
	if n.Kind != yaml.ScalarNode {
		l.errorf(file, n.Line, entry, "%s: expected text, not a list or a mapping", field)
		return ""
	}
	v := n.Value
	if n.Tag == "!!null" {
		v = ""
	}
	if required && strings.TrimSpace(v) == "" {
		l.errorf(file, n.Line, entry, "empty %s", field)
	}
	return v
}

// list returns the values of a list of scalars with their lines.
func (l *loader) list(file, entry, field string, n *yaml.Node) ([]string, []int) {
	if n == nil || n.Kind == yaml.ScalarNode && n.Tag == "!!null" {
		return nil, nil
	}
	if n.Kind != yaml.SequenceNode {
		l.errorf(file, n.Line, entry, "%s: expected a list (- item, or [a, b])", field)
		return nil, nil
	}
	var vals []string
	var lines []int
	for _, item := range n.Content {
		if item.Kind != yaml.ScalarNode {
			l.errorf(file, item.Line, entry, "%s: expected text, not a list or a mapping", field)
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
		l.errorf(file, n.Line, id, "id must be kebab-case (a-z, 0-9, -)")
	}
	if prev, ok := l.ids[id]; ok {
		l.errorf(file, n.Line, id, "duplicate id: already used at %s", prev)
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
		l.errorf(ThemesFile, root.Line, "", "expected a non-empty list under themes:")
		return
	}
	l.themeLines = map[string]int{}
	for _, n := range seq.Content {
		if n.Kind != yaml.MappingNode {
			l.errorf(ThemesFile, n.Line, "", "expected a theme {id, label, emoji, order}")
			continue
		}
		tf := l.fields(ThemesFile, mappingID(n), n, "id", "label", "emoji", "order", "emergency")
		id := l.text(ThemesFile, n, "", "id", tf["id"], true)
		if id == "" {
			continue
		}
		if !idRE.MatchString(id) {
			l.errorf(ThemesFile, n.Line, id, "theme id must be kebab-case (a-z, 0-9, -)")
		}
		if _, dup := l.themeLines[id]; dup {
			l.errorf(ThemesFile, n.Line, id, "duplicate theme: already at line %d", l.themeLines[id])
			continue
		}
		l.themeLines[id] = n.Line
		t := Theme{ID: id, Label: l.text(ThemesFile, n, id, "label", tf["label"], true), Emoji: l.text(ThemesFile, n, id, "emoji", tf["emoji"], false)}
		if o := tf["order"]; o != nil {
			if err := o.Decode(&t.Order); err != nil {
				l.errorf(ThemesFile, o.Line, id, "order: expected a whole number, not %q", o.Value)
			}
		}
		if e := tf["emergency"]; e != nil {
			if err := e.Decode(&t.Emergency); err != nil {
				l.errorf(ThemesFile, e.Line, id, "emergency: expected true or false, not %q", e.Value)
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
		l.errorf(IntentsFile, root.Line, "", "expected a list under intents:")
		return
	}
	for _, n := range seq.Content {
		if n.Kind != yaml.MappingNode {
			l.errorf(IntentsFile, n.Line, "", "expected an intent {id, questions, answer}")
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
			l.errorf(file, f["theme"].Line, "", "unknown theme %q: add it to %s or fix the name", theme, ThemesFile)
		} else if want := theme + ".yaml"; path.Base(file) != want {
			l.warnf(file, f["theme"].Line, "", "the file of theme %q should be named %s", theme, want)
		}
	}
	seq := f["entries"]
	if seq == nil || seq.Kind != yaml.SequenceNode {
		l.errorf(file, root.Line, "", "expected a list under entries:")
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
		l.errorf(file, n.Line, "", "expected an entry (id, title, questions, …)")
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
		l.errorf(file, l.lineOf(f["signals"]), id, "signals: only the entries of an emergency theme (emergency: true in %s) have signals", ThemesFile)
	}
	l.claimsCover(file, n, e)
	l.jargon(file, n, e)
	if h := f["handover"]; h != nil {
		if err := h.Decode(&e.Handover); err != nil {
			l.errorf(file, h.Line, id, "handover: expected true or false, not %q", h.Value)
		}
	}
	if a := f["alone"]; a != nil {
		if err := a.Decode(&e.Alone); err != nil {
			l.errorf(file, a.Line, id, "alone: expected true or false, not %q", a.Value)
		}
	}
	if duplicate {
		return nil // checked, but the first entry with this id wins
	}
	return e
}
