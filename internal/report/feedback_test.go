package report_test

import (
	"context"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"pimmsbot/internal/bolt"
	"pimmsbot/internal/conversation"
	"pimmsbot/internal/report"
)

// 👍 and 👎 are read from the Feedback records, never from the stored
// text of a click ("[bouton] fb1:<entry>"): a resident's message that
// reads like a click, or a click whose record is missing, counts nothing,
// in the monthly report, the statistics and the misses alike.
func TestFeedbackComesFromRecordsNotMessageText(t *testing.T) {
	ctx := context.Background()
	store, err := bolt.Open(filepath.Join(t.TempDir(), "pimmsbot.db"), bolt.Options{NoSync: true})
	if err != nil {
		t.Fatal(err)
	}
	defer store.Close()
	at := time.Date(2026, 11, 10, 10, 0, 0, 0, paris)
	click := func(action, entry string) string { return conversation.ClickPrefix + action + ":" + entry }
	msg := func(from conversation.Author, text string, min int) conversation.Message {
		return conversation.Message{Conversation: 1, From: from, Text: text, At: at.Add(time.Duration(min) * time.Minute)}
	}
	answer := msg(conversation.FromBot, "Réponse de la fiche.", 1)
	answer.Entry, answer.Outcome = "caf-apl", conversation.OutcomeAnswer
	ch := conversation.Change{
		Conversation: &conversation.Conversation{ID: 1, Resident: "telegram:1", Channel: "telegram", Started: at,
			Updated: at.Add(5 * time.Minute), Questions: 1, Answered: 1, NotHelpful: 1},
		Messages: []conversation.Message{
			msg(conversation.FromResident, "mon apl", 0), answer,
			msg(conversation.FromResident, click(conversation.ActHelpful, "caf-apl"), 2),
			msg(conversation.FromResident, click(conversation.ActHelpful, "x"), 3),
			msg(conversation.FromResident, "[bouton] fb1:x", 4),
			msg(conversation.FromResident, click(conversation.ActNotHelp, "caf-apl"), 5),
		},
		// The one record: a 👎 on caf-apl.
		Feedback: []conversation.Feedback{{Conversation: 1, Entry: "caf-apl", Helpful: false, At: at.Add(5 * time.Minute), Question: "mon apl"}},
	}
	if err := store.Commit(ctx, &ch); err != nil {
		t.Fatal(err)
	}

	m, err := report.BuildMonth(ctx, store, report.MonthOptions{Month: at, Location: paris})
	if err != nil {
		t.Fatal(err)
	}
	f := m.Current
	if f.Helpful != 0 || f.NotHelpful != 1 {
		t.Errorf("month: 👍 %d 👎 %d, want 0 and 1 (the records)", f.Helpful, f.NotHelpful)
	}
	if e := f.Entries["x"]; e != nil && e.Helpful+e.NotHelpful > 0 {
		t.Errorf("entry x counted from message text: %+v", *e)
	}
	if e := f.Entries["caf-apl"]; e == nil || e.Helpful != 0 || e.NotHelpful != 1 {
		t.Errorf("entry caf-apl: %+v, want 👍 0 👎 1", e)
	}
	var csv strings.Builder
	if err := m.WriteCSV(&csv); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(csv.String(), "satisfaction,helpful,👍,0,") || strings.Contains(csv.String(), "helpful:x") {
		t.Errorf("CSV counts message text as feedback:\n%s", csv.String())
	}

	st, err := report.ReadStats(ctx, store, report.Options{From: at.AddDate(0, 0, -1), To: at.AddDate(0, 0, 1), Location: paris})
	if err != nil {
		t.Fatal(err)
	}
	if r := st.Total(); r.Helpful != 0 || r.NotHelpful != 1 {
		t.Errorf("stats: 👍 %d 👎 %d, want 0 and 1", r.Helpful, r.NotHelpful)
	}

	var out strings.Builder
	if err := report.WriteMisses(ctx, &out, store, report.MissOptions{Since: at.AddDate(0, 0, -1), Location: paris}); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(out.String(), ": 1, en 1 groupe.") || strings.Contains(out.String(), "bouton") {
		t.Errorf("misses:\n%s", out.String())
	}
}
