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
		want := filepath.Join(dir, "caf.yaml") + ":5: fiche caf-apl\u00a0: attention\u00a0: seulement 5 exemples de questions\u00a0: donnez-en au moins 6, avec les mots des usagers.\n" +
			"ok\u00a0: 1 fiche, 1 thème, 4 intentions, 1 groupe de synonymes\u00a0; 0 erreur, 1 avertissement\n"
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
		want := filepath.Join(dir, "themes.yaml") + ":3: thème sante\u00a0: ce thème n'a aucune fiche (elles sont attendues dans «\u00a0sante.yaml\u00a0»)\u00a0: remettez ce fichier, ou retirez le thème de «\u00a0themes.yaml\u00a0».\n" +
			f + ":3: fiche caf-apl\u00a0: l'identifiant «\u00a0caf-apl\u00a0» est déjà pris dans «\u00a0caf.yaml\u00a0», ligne 3\u00a0: choisissez-en un autre.\n" +
			f + ":6: fiche caf-apl\u00a0: réponse «\u00a0answer\u00a0», colonne 16\u00a0: gras non fermé. Fermez les «\u00a0**\u00a0» sur la même ligne.\n" +
			f + ":7: fiche caf-apl\u00a0: source «\u00a0http://www.ameli.fr\u00a0»\u00a0: l'adresse doit commencer par https://.\n" +
			f + ":8: fiche caf-apl\u00a0: la date de relecture «\u00a0reviewed\u00a0» est dans le futur («\u00a02030-01-01\u00a0»)\u00a0: mettez le jour où vous avez vérifié les faits.\n"
		if out != want {
			t.Errorf("stdout:\n%s\nwant:\n%s", out, want)
		}
		if want := "pimmsbot faq check\u00a0: 1 fiche, 2 thèmes, 4 intentions, 1 groupe de synonymes\u00a0; 5 erreurs, 0 avertissement. Corrigez les erreurs\u00a0: le bot refuse la FAQ tant qu'il en reste une.\n"; errs != want {
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
