package report

import (
	"strings"
	"testing"
	"time"

	"pimmsbot/internal/conversation"
)

// TestMissGroupsHideOneResidentsWords: a resident who writes the same
// thing five times on three days (their name, their address) makes a group
// of five misses in three conversations, but one asker: the report shows
// neither the group's words nor the group; the same question asked by
// three residents is shown.
func TestMissGroupsHideOneResidentsWords(t *testing.T) {
	at := time.Date(2026, 11, 10, 10, 0, 0, 0, time.UTC)
	private := "je suis Mme Kadri 12 rue Victor Hugo la caf m'a coupé l'apl"
	common := "comment avoir un logement social"
	f := &Figures{}
	for i := range 3 {
		f.unansweredQuestions = append(f.unansweredQuestions,
			conversation.Unanswered{Conversation: 7, Question: private, At: at, Reason: conversation.ReasonUnknown},
			conversation.Unanswered{Conversation: uint64(100 + i), Question: common, At: at, Reason: conversation.ReasonUnknown})
	}
	// The same resident on three days: three conversations, one asker.
	f.unansweredQuestions = append(f.unansweredQuestions,
		conversation.Unanswered{Conversation: 8, Question: private, At: at, Reason: conversation.ReasonUnknown},
		conversation.Unanswered{Conversation: 9, Question: private, At: at, Reason: conversation.ReasonUnknown})
	askers := map[uint64]string{7: "telegram:42", 8: "telegram:42", 9: "telegram:42"}
	groups, isolated := missGroups(f, Names{}, askers)
	if len(groups) != 1 || groups[0].Question != common || isolated != 5 {
		t.Fatalf("groups = %+v, isolated %d; want only the question of three residents", groups, isolated)
	}
	for _, g := range groups {
		if strings.Contains(g.Question, "Kadri") {
			t.Errorf("a resident's own words reach the report: %q", g.Question)
		}
	}
}

// TestGroupReasonsAddUp: every reason of a group is named, refused
// suggestions included.
func TestGroupReasonsAddUp(t *testing.T) {
	at := time.Date(2026, 11, 10, 10, 0, 0, 0, time.UTC)
	g := GroupMisses([]Miss{{Question: "aide pour le loyer", At: at, Reason: conversation.ReasonConfirmNo}}, strings.Fields)
	var b strings.Builder
	if err := WriteGroups(&b, g, WriteOptions{Location: time.UTC}); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(b.String(), "suggestion refusée 1") {
		t.Errorf("groups = %q, want the refused suggestion counted", b.String())
	}
}
