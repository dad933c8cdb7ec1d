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
