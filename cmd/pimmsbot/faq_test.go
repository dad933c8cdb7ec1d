package main

import (
	"bytes"
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// writeFAQ writes a small FAQ folder and returns it. Files in change
// replace the defaults.
func writeFAQ(tb testing.TB, change map[string]string) string {
	tb.Helper()
	files := map[string]string{}
	for k, v := range writeFAQFiles {
		files[k] = v
	}
	for k, v := range change {
		files[k] = v
	}
	dir := tb.TempDir()
	for name, data := range files {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(data), 0o644); err != nil {
			tb.Fatal(err)
		}
	}
	return dir
}

// writeFAQFiles are the files writeFAQ writes by default.
var writeFAQFiles = map[string]string{
	"themes.yaml": "themes:\n  - {id: caf, label: CAF, emoji: x, order: 1}\n",
	"intents.yaml": `intents:
  - id: greeting
    questions: [bonjour, salut, bonsoir, slt, bjr, hello]
    answer: Bonjour !
  - id: thanks
    questions: [merci, merci beaucoup, mrc, thanks, merci bien, super merci]
    answer: Avec plaisir.
  - id: goodbye
    questions: [au revoir, bonne journée, bye, a plus, bonne soirée, à bientôt]
    answer: Au revoir.
  - id: handover
    questions: [un humain, un conseiller, un médiateur, quelqu'un, une personne, un agent]
`,
	"synonyms.yaml": "synonyms:\n  caf: [kaf, allocs]\n",
	"caf.yaml": `theme: caf
entries:
  - id: caf-apl
    title: Comment demander l'APL ?
    questions: [apl, aide logement, aide au loyer, apl en ligne, demande apl, apl etudiant]
    keywords: [apl]
    answer: Faites la demande sur [caf.fr](https://www.caf.fr) & "gardez" <le> reçu.
    sources: [https://www.caf.fr/allocataires]
    facts:
      - claim: La demande d'APL se fait sur caf.fr.
        source: https://www.caf.fr/allocataires
    reviewed: 2026-11-01
    handover: true
`,
}

func runMain(t *testing.T, args ...string) (code int, stdout, stderr string) {
	t.Helper()
	var out, errw bytes.Buffer
	code = Main(context.Background(), args, strings.NewReader(""), &out, &errw)
	return code, out.String(), errw.String()
}

func TestFAQCheck(t *testing.T) {
	t.Run("ok with warnings", func(t *testing.T) {
		dir := writeFAQ(t, map[string]string{"caf.yaml": strings.Replace(writeFAQFiles["caf.yaml"], ", apl etudiant]", "]", 1)})
		code, out, errs := runMain(t, "faq", "check", "--faq", dir)
		if code != 0 {
			t.Fatalf("exit %d, stderr %q", code, errs)
		}
		want := filepath.Join(dir, "caf.yaml") + ":5: caf-apl: warning: only 5 example questions: give at least 6\n" +
			"ok\u00a0: 1 entries, 1 themes, 4 intents, 1 synonyms; 0 errors, 1 warnings\n"
		if out != want {
			t.Errorf("stdout:\n%s\nwant:\n%s", out, want)
		}
	})
	t.Run("errors", func(t *testing.T) {
		dir := writeFAQ(t, map[string]string{
			"themes.yaml": "themes:\n  - {id: caf, label: CAF, emoji: x, order: 1}\n  - {id: sante, label: Santé, emoji: y, order: 2}\n",
			"sante.yaml": `theme: sante
entries:
  - id: caf-apl
    title: Doublon
    questions: [a, b, c, d, e, f]
    answer: Un **gras
    sources: [http://www.ameli.fr]
    reviewed: 2030-01-01
    facts: [{claim: Un doublon., source: https://www.ameli.fr}]
`,
		})
		code, out, errs := runMain(t, "faq", "check", "--faq", dir)
		if code != 1 {
			t.Fatalf("exit %d, want 1", code)
		}
		f := filepath.Join(dir, "sante.yaml")
		want := filepath.Join(dir, "themes.yaml") + ":3: sante: theme has no entries (expected in sante.yaml): restore the file, or remove the theme from themes.yaml\n" +
			f + ":3: caf-apl: duplicate id: already used at caf.yaml:3\n" +
			f + ":6: caf-apl: answer: column 16: unclosed bold: ** must be closed on the same line\n" +
			f + `:7: caf-apl: source "http://www.ameli.fr": must start with https://` + "\n" +
			f + ":8: caf-apl: reviewed: 2030-01-01 is in the future\n"
		if out != want {
			t.Errorf("stdout:\n%s\nwant:\n%s", out, want)
		}
		if want := "pimmsbot faq check\u00a0: 1 entries, 2 themes, 4 intents, 1 synonyms; 5 errors, 0 warnings\n"; errs != want {
			t.Errorf("stderr %q, want %q", errs, want)
		}
	})
	t.Run("embedded", func(t *testing.T) {
		code, out, _ := runMain(t, "faq", "check")
		if code == 0 && !strings.Contains(out, "ok\u00a0: ") {
			t.Errorf("exit 0 without summary: %q", out)
		}
		if strings.Contains(out, "faq/faq/") || (out != "" && !strings.HasPrefix(out, "faq/") && !strings.HasPrefix(out, "ok\u00a0: ")) {
			t.Errorf("file names should start with faq/: %q", out)
		}
	})
	t.Run("usage", func(t *testing.T) {
		if code, _, _ := runMain(t, "faq", "check", "extra"); code != 2 {
			t.Errorf("exit %d, want 2", code)
		}
		if code, _, _ := runMain(t, "faq", "nope"); code != 2 {
			t.Errorf("exit %d, want 2", code)
		}
		if code, _, _ := runMain(t, "faq"); code != 2 {
			t.Errorf("exit %d, want 2", code)
		}
	})
}

func TestFAQList(t *testing.T) {
	dir := writeFAQ(t, nil)
	t.Run("text", func(t *testing.T) {
		code, out, errs := runMain(t, "faq", "list", "--faq", dir)
		if code != 0 {
			t.Fatalf("exit %d, stderr %q", code, errs)
		}
		if want := "caf-apl\tcaf\tComment demander l'APL\u00a0?\n"; out != want {
			t.Errorf("stdout %q, want %q", out, want)
		}
	})
	t.Run("json", func(t *testing.T) {
		code, out, errs := runMain(t, "faq", "list", "--faq", dir, "--json")
		if code != 0 {
			t.Fatalf("exit %d, stderr %q", code, errs)
		}
		want := `{"id":"caf-apl","theme":"caf","title":"Comment demander l'APL ?","questions":["apl","aide logement","aide au loyer","apl en ligne","demande apl","apl etudiant"],"keywords":["apl"],"answer":"Faites la demande sur [caf.fr](https://www.caf.fr) & \"gardez\" <le> reçu.","sources":["https://www.caf.fr/allocataires"],"reviewed":"2026-11-01","handover":true}` + "\n"
		if out != want {
			t.Errorf("stdout:\n%s\nwant:\n%s", out, want)
		}
		var fields map[string]any
		if err := json.Unmarshal([]byte(out), &fields); err != nil || len(fields) != 9 {
			t.Errorf("fields %v, err %v", fields, err)
		}
	})
	t.Run("invalid FAQ", func(t *testing.T) {
		bad := writeFAQ(t, map[string]string{"caf.yaml": "theme: caf\nentries:\n  - id: caf-apl\n"})
		code, out, errs := runMain(t, "faq", "list", "--faq", bad)
		if code != 1 || out != "" || !strings.Contains(errs, "la FAQ a 6 erreurs\u00a0: pimmsbot faq check les montre") {
			t.Errorf("exit %d, stdout %q, stderr %q", code, out, errs)
		}
	})
	t.Run("missing folder", func(t *testing.T) {
		code, _, errs := runMain(t, "faq", "list", "--faq", filepath.Join(dir, "nope"))
		if code != 1 || !strings.Contains(errs, "le dossier de FAQ "+filepath.Join(dir, "nope")+" n'existe pas") {
			t.Errorf("exit %d, stderr %q", code, errs)
		}
	})
}

func TestLoadCatalog(t *testing.T) {
	cat, err := loadCatalog(writeFAQ(t, nil))
	if err != nil {
		t.Fatal(err)
	}
	if _, ok := cat.Entry("caf-apl"); !ok {
		t.Error("caf-apl not loaded")
	}
}

// TestFAQFolderMissing: a --faq folder that does not exist is said in one
// line, not as three « missing file » problems.
func TestFAQFolderMissing(t *testing.T) {
	missing := filepath.Join(t.TempDir(), "nofaq")
	for _, args := range [][]string{{"faq", "check", "--faq", missing}, {"ask", "--faq", missing, "carte vitale"}} {
		out, errOut, code := run(t, args...)
		if code != 1 || strings.Count(errOut, "\n") != 1 || !strings.Contains(errOut, "le dossier de FAQ "+missing+" n'existe pas") || strings.Contains(out, "missing file") {
			t.Errorf("%v: exit %d\n%s%s", args, code, out, errOut)
		}
	}
}
