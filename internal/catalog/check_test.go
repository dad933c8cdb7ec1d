package catalog_test

import (
	"bufio"
	"encoding/json"
	"errors"
	"io"
	"io/fs"
	"os"
	"strings"
	"testing"
	"time"

	"pimmsbot/faq"
	"pimmsbot/internal/catalog"
)

// Files shared by the project, relative to this package's folder.
const devFile = "../../../shared/eval/dev.jsonl"

// topicsFiles are the topic catalogues: the first 85 topics and the 29
// added on 2026-12-06.
var topicsFiles = []string{
	"../../../shared/faq-topics.tsv",
	"../../../shared/faq-topics-next.tsv",
}

// TestEmbeddedFAQ loads the real FAQ and fails on every error, naming the
// file, line and entry. Warnings are logged.
func TestEmbeddedFAQ(t *testing.T) {
	_, problems := catalog.Check(faq.FS, time.Now())
	for _, p := range problems {
		if p.Warning {
			t.Logf("faq/%s", p)
		} else {
			t.Errorf("faq/%s", p)
		}
	}
	if _, err := catalog.Load(faq.FS); err != nil && !catalog.HasErrors(problems) {
		t.Errorf("Load: %v, but Check found no error", err)
	}
}

// TestEmbeddedFAQCoversTopics checks that every id of the topic
// catalogues (the first one and its sequel) is an entry of its theme, or an
// intent, and that every entry of the FAQ is in a catalogue. It is skipped
// when the shared folder is absent.
func TestEmbeddedFAQCoversTopics(t *testing.T) {
	cat, _ := catalog.Check(faq.FS, time.Now())
	topics := map[string]bool{} // ids of entries listed by the catalogues
	read := 0
	for _, name := range topicsFiles {
		f, err := os.Open(name)
		if errors.Is(err, fs.ErrNotExist) {
			t.Logf("%s not found", name)
			continue
		}
		if err != nil {
			t.Fatal(err)
		}
		read++
		missing, err := checkTopics(t, cat, f, name, topics)
		f.Close()
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		if len(missing) > 0 {
			t.Errorf("%d topics of %s have no entry:\n\t%s", len(missing), name, strings.Join(missing, "\n\t"))
		}
	}
	if read == 0 {
		t.Skipf("no topic catalogue found (%s)", strings.Join(topicsFiles, ", "))
	}
	if read < len(topicsFiles) {
		return // an entry may be listed in the catalogue that is absent
	}
	for _, e := range cat.Entries {
		if !topics[e.ID] {
			t.Errorf("%s:%d: %s is in no topic catalogue: add it to %s or remove it", e.File, e.Line, e.ID, topicsFiles[len(topicsFiles)-1])
		}
	}
}

// checkTopics reads one topic catalogue (id, theme, covers; a header
// line) and returns its ids that have no entry of their theme or no
// intent. It records the entries' ids in seen.
func checkTopics(t *testing.T, cat *catalog.Catalog, r io.Reader, name string, seen map[string]bool) (missing []string, err error) {
	t.Helper()
	sc := bufio.NewScanner(r)
	sc.Buffer(nil, 1<<20)
	n := 0
	for sc.Scan() {
		n++
		cols := strings.Split(sc.Text(), "\t")
		if n == 1 || len(cols) < 2 || cols[0] == "" {
			continue // header
		}
		id, theme := cols[0], cols[1]
		if theme == "intent" {
			if _, ok := cat.Intent(id); !ok {
				missing = append(missing, id+" (intent)")
			}
			continue
		}
		if seen[id] {
			t.Errorf("%s:%d: %s is listed twice in the topic catalogues", name, n, id)
		}
		seen[id] = true
		e, ok := cat.Entry(id)
		switch {
		case !ok:
			missing = append(missing, id+" ("+theme+".yaml)")
		case e.Theme != theme:
			t.Errorf("%s:%d: %s: theme %q, the catalogue says %q", e.File, e.Line, id, e.Theme, theme)
		}
	}
	return missing, sc.Err()
}

// TestEmbeddedFAQNotCopiedFromEval checks that no example question or
// title is a question of the evaluation set: the set must measure how the
// bot does on questions it has never seen. Phrases of one or two words
// (« bonjour », « au revoir ») are exempt: there is no other way to write
// them.
func TestEmbeddedFAQNotCopiedFromEval(t *testing.T) {
	f, err := os.Open(devFile)
	if errors.Is(err, fs.ErrNotExist) {
		t.Skipf("%s not found", devFile)
	}
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	eval := map[string]bool{}
	sc := bufio.NewScanner(f)
	sc.Buffer(nil, 1<<20)
	for sc.Scan() {
		var rec struct {
			Q        string `json:"q"`
			Question string `json:"question"`
		}
		if err := json.Unmarshal(sc.Bytes(), &rec); err != nil {
			continue
		}
		for _, q := range []string{rec.Q, rec.Question} {
			if q != "" {
				eval[normalizeForEval(q)] = true
			}
		}
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	if len(eval) == 0 {
		t.Fatalf("no question read from %s: has its format changed?", devFile)
	}
	cat, _ := catalog.Check(faq.FS, time.Now())
	check := func(file string, line int, id, what, text string) {
		norm := normalizeForEval(text)
		if len(strings.Fields(norm)) > 2 && eval[norm] {
			t.Errorf("%s:%d: %s: %s %q is a question of the evaluation set: write your own", file, line, id, what, text)
		}
	}
	for _, e := range cat.Entries {
		check(e.File, e.Line, e.ID, "title", e.Title)
		for _, q := range e.Questions {
			check(e.File, e.Line, e.ID, "example question", q)
		}
	}
	for _, in := range cat.Intents {
		for _, q := range in.Questions {
			check(in.File, in.Line, in.ID, "example question", q)
		}
	}
}

// normalizeForEval is catalog.NormalizeExample without the final
// punctuation, so that "carte vitale ?" equals "carte vitale".
func normalizeForEval(q string) string {
	return strings.TrimSpace(strings.TrimRight(catalog.NormalizeExample(q), " ?!.…\u00a0"))
}
