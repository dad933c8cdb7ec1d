package report_test

import (
	"bytes"
	"strings"
	"testing"
	"time"

	"pimmsbot/internal/conversation"
	"pimmsbot/internal/report"
)

// French typography survives the YAML the curators paste: the no-break
// space before ? is kept, and put where the mediator typed a plain one.
func TestYAMLKeepsFrenchSpaces(t *testing.T) {
	var b bytes.Buffer
	err := report.WriteProposals(&b, []conversation.Proposal{{
		ID: 7, Ticket: 3, Conversation: 2, At: time.Date(2026, 11, 2, 10, 0, 0, 0, paris), By: "Camille",
		Title: "Où refaire ma carte vitale ?", Question: "carte vitale perdue, je fais comment\u00a0?",
		Answer: "Bonjour,\nfaites la demande sur ameli.", Theme: "sante",
	}}, paris)
	if err != nil {
		t.Fatal(err)
	}
	out := b.String()
	for _, want := range []string{"title: Où refaire ma carte vitale\u00a0?", "personnel\u00a0: carte vitale perdue, je fais comment\u00a0?",
		"      Bonjour,\n      faites la demande sur ameli.", "faq/sante.yaml", "- id: sante-À COMPLÉTER"} {
		if !strings.Contains(out, want) {
			t.Errorf("proposal lacks %q:\n%s", want, out)
		}
	}
	b.Reset()
	learned := report.Learn([]conversation.Suggestion{{Conversation: 1, Question: "c'est combien\u00a0?",
		Event: conversation.SuggestionAccepted, Entry: "x"}}, nil)
	if err := report.WriteLearned(&b, learned, nil); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(b.String(), "- c'est combien\u00a0?") {
		t.Errorf("faq learn lost the no-break space:\n%s", b.String())
	}
}

// What the curators read around the YAML is French too: a no-break space
// before each « : » and « ; », never a plain one.
func TestProposalsCommentsHaveNoBreakSpaces(t *testing.T) {
	var b bytes.Buffer
	err := report.WriteProposals(&b, []conversation.Proposal{{
		ID: 3, Ticket: 9, At: time.Date(2026, 11, 2, 10, 0, 0, 0, paris), By: "Camille",
		Title: "Où refaire ma carte vitale ?", Answer: "Bonjour.", Theme: "sante",
	}}, paris)
	if err != nil {
		t.Fatal(err)
	}
	out := b.String()
	for _, bad := range []string{" :", " ;"} {
		if i := strings.Index(out, bad); i >= 0 {
			t.Errorf("plain space before %q at %q:\n%s", bad[1:], out[max(0, i-20):min(len(out), i+10)], out)
		}
	}
	for _, want := range []string{"Proposition n°\u00a03\u00a0: demande n°\u00a09", "Ensuite\u00a0: pimmsbot"} {
		if !strings.Contains(out, want) {
			t.Errorf("proposal lacks %q:\n%s", want, out)
		}
	}
}
