package catalog_test

import (
	"bufio"
	"encoding/json"
	"errors"
	"io/fs"
	"os"
	"strings"
	"testing"
	"time"

	"pimmsbot/faq"
	"pimmsbot/internal/catalog"
)

// Files shared by the project, relative to this package's folder.
const (
	topicsFile = "../../../shared/faq-topics.tsv"
	devFile    = "../../../shared/eval/dev.jsonl"
)

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

// TestEmbeddedFAQCoversTopics checks that every id of the topic catalogue
// is an entry of its theme, or an intent.
func TestEmbeddedFAQCoversTopics(t *testing.T) {
	f, err := os.Open(topicsFile)
	if errors.Is(err, fs.ErrNotExist) {
		t.Skipf("%s not found", topicsFile)
	}
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	cat, _ := catalog.Check(faq.FS, time.Now())
	sc := bufio.NewScanner(f)
	n := 0
	var missing []string
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
		e, ok := cat.Entry(id)
		switch {
		case !ok:
			missing = append(missing, id+" ("+theme+".yaml)")
		case e.Theme != theme:
			t.Errorf("%s:%d: %s: theme %q, the catalogue says %q", e.File, e.Line, id, e.Theme, theme)
		}
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	if len(missing) > 0 {
		t.Errorf("%d topics of %s have no entry:\n\t%s", len(missing), topicsFile, strings.Join(missing, "\n\t"))
	}
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
