package main

import (
	"context"
	"errors"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"pimmsbot/internal/bolt"
	"pimmsbot/internal/conversation"
)

// identity is the outside tester's question (QA10 M8): a name, a birth
// date, an address and a phone number, as a resident typed them.
const identity = "je m appelle Jean Dupont, né le 12/03/1985, j habite 12 rue des Lilas 69009 Lyon, tel 06 12 34 56 78"

// reviewDB stores misses for the FAQ curators' tools: the tester's
// question, unanswered with the handover as best guess (never shown),
// and a question whose one suggestion the resident refused (shown).
func reviewDB(t *testing.T) string {
	t.Helper()
	db := filepath.Join(t.TempDir(), "pimmsbot.db")
	store, err := bolt.Open(db, bolt.Options{NoSync: true})
	if err != nil {
		t.Fatal(err)
	}
	at := time.Now().Add(-time.Hour)
	ch := &conversation.Change{Unanswered: []conversation.Unanswered{
		{Conversation: 1, Question: identity, At: at, Reason: conversation.ReasonUnknown, Candidates: []string{"handover"}},
		{Conversation: 2, Question: "recette de la blanquette", At: at, Reason: conversation.ReasonUnknown},
		{Conversation: 3, Question: "ma carte vitale marche plus", At: at, Reason: conversation.ReasonConfirmNo, Candidates: []string{"ameli-carte-vitale"}},
	}}
	if err := errors.Join(store.Commit(context.Background(), ch), store.Close()); err != nil {
		t.Fatal(err)
	}
	return db
}

// TestReviewToolsMaskContact: unanswered and faq learn print the
// tester's name, birth date, address and phone number masked (they
// printed them as typed, and faq learn's output is pasted into the FAQ).
func TestReviewToolsMaskContact(t *testing.T) {
	db := reviewDB(t)
	for _, args := range [][]string{{"unanswered", "--db", db}, {"faq", "learn", "--db", db}} {
		out := mustRun(t, args...)
		for _, leak := range []string{"Dupont", "12/03/1985", "Lilas", "06 12 34 56 78"} {
			if strings.Contains(out, leak) {
				t.Errorf("pimmsbot %s shows %q:\n%s", strings.Join(args, " "), leak, out)
			}
		}
		if !strings.Contains(out, "je m appelle [nom], né le [date de naissance], j habite [adresse], tel [téléphone]") {
			t.Errorf("pimmsbot %s lacks the masked question:\n%s", strings.Join(args, " "), out)
		}
	}
}

// TestReviewToolsNameWhatWasShown: the review tools name the handover
// in French, not « handover », and call an entry « proposée » only when
// the resident saw it (the engine's best guess was « fiche proposée »
// too); faq learn's section without entry says nothing of « celle-ci ».
func TestReviewToolsNameWhatWasShown(t *testing.T) {
	db := reviewDB(t)
	un := mustRun(t, "unanswered", "--db", db)
	for _, want := range []string{
		"meilleure fiche (non montrée)\u00a0: Parler à un médiateur",
		"fiche proposée\u00a0: Comment avoir ou refaire ma carte Vitale",
	} {
		if !strings.Contains(un, want) {
			t.Errorf("unanswered lacks %q:\n%s", want, un)
		}
	}
	if strings.Contains(un, "fiche proposée\u00a0: Parler") || strings.Contains(un, "handover (") {
		t.Errorf("unanswered calls the best guess proposed, or names it by its id:\n%s", un)
	}
	learn := mustRun(t, "faq", "learn", "--db", db)
	if strings.Contains(learn, "## handover") || !strings.Contains(learn, "## Parler à un médiateur") {
		t.Errorf("faq learn names the handover by its id:\n%s", learn)
	}
	i := strings.Index(learn, "## Sans fiche proche\n")
	if i < 0 {
		t.Fatalf("faq learn has no section for the questions without entry:\n%s", learn)
	}
	none, _, _ := strings.Cut(learn[i+3:], "\n## ")
	if strings.Contains(none, "celle-ci") || strings.Contains(none, "cette fiche") || !strings.Contains(none, "recette de la blanquette") {
		t.Errorf("faq learn's section without entry:\n%s", none)
	}
	if !strings.Contains(learn, "proposée puis refusée") || !strings.Contains(learn, "elle n'a pas été montrée") {
		t.Errorf("faq learn does not tell shown entries from guesses:\n%s", learn)
	}
	for _, out := range []string{un, learn} {
		if m := plainSpaceBeforeColon.FindString(out); m != "" {
			t.Errorf("a plain space before a colon: %q", m)
		}
	}
}

// TestUnansweredEmptyEndsWithNewline: on a period without misses, the
// sentence ends its line (QA10 L8).
func TestUnansweredEmptyEndsWithNewline(t *testing.T) {
	db := reviewDB(t)
	out := mustRun(t, "unanswered", "--db", db, "--since", time.Now().AddDate(0, 0, 2).Format(time.DateOnly))
	if !strings.Contains(out, "Aucune question") || !strings.HasSuffix(out, ".\n") {
		t.Errorf("unanswered on an empty period: %q", out)
	}
}

// TestLearnSaysWhyIDs: faq learn with a FAQ that has errors names the
// entries by their ids, and says so in French, with the number of
// errors and the command that lists them (it used to say nothing).
func TestLearnSaysWhyIDs(t *testing.T) {
	db := reviewDB(t)
	broken := writeFAQ(t, map[string]string{"caf.yaml": strings.Replace(writeFAQFiles["caf.yaml"], "reviewed:", "reviewd:", 1)})
	code, out, errOut := runMain(t, "faq", "learn", "--db", db, "--faq", broken)
	want := "pimmsbot faq learn\u00a0: attention\u00a0: la FAQ a "
	if code != 0 || !strings.Contains(errOut, want) || !strings.Contains(errOut, "par leur identifiant") ||
		!strings.Contains(errOut, "pimmsbot faq check --faq "+broken) {
		t.Errorf("exit %d, want 0 and %q in:\n%s", code, want, errOut)
	}
	if !strings.Contains(out, "## ameli-carte-vitale\n") {
		t.Errorf("faq learn with a broken FAQ does not show the ids:\n%s", out)
	}
	if m := plainSpaceBeforeColon.FindString(errOut); m != "" {
		t.Errorf("a plain space before a colon: %q", m)
	}
	if m := english.FindString(strings.ReplaceAll(commandWords.ReplaceAllString(errOut, ""), broken, "")); m != "" {
		t.Errorf("English %q in %q", m, errOut)
	}
	// A FAQ without errors says nothing.
	if _, _, errOut := runMain(t, "faq", "learn", "--db", db); errOut != "" {
		t.Errorf("faq learn with the embedded FAQ: %q", errOut)
	}
}
