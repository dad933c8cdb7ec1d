package report

import (
	"strings"
	"testing"
	"time"

	"pimmsbot/internal/conversation"
)

// TestMissGroupsHideOneResidentsWords: a resident who writes the same
// thing three times (their name, their address) makes a group of three
// misses, but only one conversation: the report shows neither the group's
// words nor the group; the same question asked in three conversations is
// shown.
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
	groups, isolated := missGroups(f, Names{})
	if len(groups) != 1 || groups[0].Question != common || isolated != 3 {
		t.Fatalf("groups = %+v, isolated %d; want only the question of three conversations", groups, isolated)
	}
	for _, g := range groups {
		if strings.Contains(g.Question, "Kadri") {
			t.Errorf("a resident's own words reach the report: %q", g.Question)
		}
	}
}
