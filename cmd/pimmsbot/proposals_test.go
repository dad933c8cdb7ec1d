package main

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"go.yaml.in/yaml/v3"

	"pimmsbot/internal/report"
	"pimmsbot/internal/telegram/telegramtest"
)

// /proposer end to end: a resident's question handed over, a mediator's
// reply in the thread, /proposer from someone without the role (refused)
// and from the mediator; then faq proposals prints an entry that faq
// check refuses as it is and accepts once its marked fields are filled;
// --done archives it; export shows it and erase deletes it. Nothing of it
// reaches the resident.
func TestProposeEndToEnd(t *testing.T) {
	r := newRig(t)
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	const chat = 4242
	got := func(substr string) func([]telegramtest.Call) bool {
		return func([]telegramtest.Call) bool {
			for _, m := range r.tg.Messages(chat) {
				if strings.Contains(m.Text, substr) {
					return true
				}
			}
			return false
		}
	}
	r.tg.Push(telegramtest.Text(chat, "Comment demander l'APL ?"), telegramtest.Text(chat, "/mediateur"))
	r.tg.Wait(t, "the handover reply", got("médiateur va vous répondre"))
	var thread string
	r.dc.WaitFor(ctx, "a thread", func() bool {
		if th := r.dc.Threads(rigChannel); len(th) == 1 {
			thread = th[0].ID
			return true
		}
		return false
	})
	reply := "Bonjour, vous pouvez faire la demande d'aide au logement en ligne sur le site de la CAF, avec votre bail et vos ressources."
	r.dc.UserMessage(thread, rigMediator, reply)
	r.tg.Wait(t, "the mediator's reply", got("demande d'aide au logement en ligne"))
	before := len(r.tg.Messages(chat))

	r.dc.Command(thread, rigStranger, "proposer", nil)
	r.dc.Sync(ctx)
	if ps, err := r.store.Proposals(ctx, true); err != nil || len(ps) != 0 {
		t.Fatalf("after /proposer without the role: %d proposals, %v", len(ps), err)
	}
	r.dc.Command(thread, rigMediator, "proposer", map[string]any{"titre": "Comment demander l'aide au logement (APL) en ligne ?"})
	r.dc.WaitFor(ctx, "the proposal", func() bool {
		ps, _ := r.store.Proposals(ctx, false)
		return len(ps) == 1
	})
	r.dc.Sync(ctx)
	if n := len(r.tg.Messages(chat)); n != before {
		t.Errorf("the resident got %d messages after /proposer", n-before)
	}
	r.stop()

	out := mustRun(t, "faq", "proposals", "--db", r.dbPath)
	for _, want := range []string{"Proposition n°\u00a01\u00a0: demande n°\u00a01, par Camille", "faq/caf.yaml", "- id: caf-À COMPLÉTER",
		"title: Comment demander l'aide au logement (APL) en ligne\u00a0?", "# question de l'usager, à reformuler sans rien de personnel\u00a0: Comment demander l'APL ?", "en ligne sur le site de la CAF",
		"reviewed: " + report.ToFill, "--done 1"} {
		if !strings.Contains(out, want) {
			t.Errorf("faq proposals lacks %q:\n%s", want, out)
		}
	}

	// Pasted as it is into a copy of the FAQ: faq check refuses it.
	dir := filepath.Join(t.TempDir(), "faq")
	if err := os.CopyFS(dir, os.DirFS("../../faq")); err != nil {
		t.Fatal(err)
	}
	caf := filepath.Join(dir, "caf.yaml")
	orig, err := os.ReadFile(caf)
	if err != nil {
		t.Fatal(err)
	}
	write := func(entry string) {
		if err := os.WriteFile(caf, append(append([]byte{}, orig...), "\n"+entry...), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	write(out)
	if _, _, code := run(t, "faq", "check", "--faq", dir); code == 0 {
		t.Error("faq check passes an entry with fields to fill")
	}

	// Filled by a person: faq check passes.
	var entries []map[string]any
	if err := yaml.Unmarshal([]byte(out), &entries); err != nil || len(entries) != 1 {
		t.Fatalf("the proposal is not one YAML entry: %v\n%s", err, out)
	}
	e := entries[0]
	e["id"] = "caf-apl-en-ligne"
	qs := e["questions"].([]any)
	for i, q := range []string{"faire la demande d'apl sur internet", "apl en ligne comment on fait",
		"je veux l'aide au logement par internet", "demande apl site caf", "formulaire apl en ligne"} {
		qs[i+1] = q
	}
	e["situations"] = []any{
		"Je viens de signer un bail et je voudrais de l'aide pour payer le loyer.",
		"Je loue un studio et on m'a dit que je pouvais avoir une aide de la CAF.",
		"Je suis étudiant et je paye seul mon loyer, je veux faire la demande.",
		"Mon propriétaire m'a dit de demander une aide au logement.",
		"Je n'ai jamais demandé d'aide pour mon loyer et je ne sais pas par où commencer.",
		"Je veux faire la demande moi-même depuis mon téléphone.",
	}
	e["keywords"] = []any{"apl", "aide au logement", "en ligne"}
	e["sources"] = []any{"https://www.caf.fr/allocataires/aides-et-demarches/droits-et-prestations/logement"}
	e["facts"] = []any{map[string]any{"claim": "La demande d'aide au logement se fait en ligne sur caf.fr.",
		"source": "https://www.caf.fr/allocataires/aides-et-demarches/droits-et-prestations/logement"}}
	e["reviewed"] = "2026-12-01"
	filled, err := yaml.Marshal(entries)
	if err != nil {
		t.Fatal(err)
	}
	write(indentYAML(string(filled)))
	if stdout, stderr, code := run(t, "faq", "check", "--faq", dir); code != 0 || strings.Contains(stdout+stderr, "caf-apl-en-ligne") {
		t.Errorf("faq check refuses or warns about the filled proposal:\n%s%s", stdout, stderr)
	}
	if list := mustRun(t, "faq", "list", "--faq", dir); !strings.Contains(list, "caf-apl-en-ligne") {
		t.Error("the filled proposal is not in the FAQ")
	}

	// Export shows it, --done archives it, erase deletes it.
	export := mustRun(t, "export", "--db", r.dbPath, "--resident", fmt.Sprint(chat))
	if !strings.Contains(export, `"proposals"`) || !strings.Contains(export, "Comment demander l'APL") {
		t.Errorf("export lacks the proposal:\n%s", export)
	}
	page := mustRun(t, "report", "--db", r.dbPath, "--month", time.Now().Format("2006-01"), "--out", "-")
	if !strings.Contains(page, "1 proposition de fiche attend une relecture") || strings.Contains(page, "aide au logement en ligne") {
		t.Error("the report does not count the proposal waiting, or shows its text")
	}
	mustRun(t, "faq", "proposals", "--db", r.dbPath, "--done", "1")
	if out := mustRun(t, "faq", "proposals", "--db", r.dbPath); !strings.Contains(out, "Aucune proposition") {
		t.Errorf("after --done:\n%s", out)
	}
	if out := mustRun(t, "faq", "proposals", "--db", r.dbPath, "--all"); !strings.Contains(out, "archivée le") {
		t.Errorf("--all after --done:\n%s", out)
	}
	mustRun(t, "erase", "--db", r.dbPath, "--resident", fmt.Sprint(chat))
	if out := mustRun(t, "faq", "proposals", "--db", r.dbPath, "--all"); strings.Contains(out, "APL") {
		t.Errorf("the proposal survived the resident's erasure:\n%s", out)
	}
}

// indentYAML indents a top-level YAML list by two spaces, as entries are
// under entries: in a FAQ file.
func indentYAML(s string) string {
	lines := strings.Split(strings.TrimRight(s, "\n"), "\n")
	for i, l := range lines {
		lines[i] = "  " + l
	}
	return strings.Join(lines, "\n") + "\n"
}
