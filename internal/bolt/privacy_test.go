package bolt_test

import (
	"context"
	"strings"
	"testing"
	"time"

	"pimmsbot/internal/bolt"
	"pimmsbot/internal/conversation"
)

func TestExport(t *testing.T) {
	ctx := context.Background()
	s := MustOpen(t)
	f := play(t, s, "telegram:111", t0)
	other := play(t, s, "telegram:222", t0)
	// A second conversation of the same resident.
	f2 := play(t, s, "telegram:111", t0.Add(time.Hour))

	ex, err := s.Export(ctx, f.resident)
	if err != nil {
		t.Fatal(err)
	}
	if ex.Resident.ID != f.resident || ex.Resident.Conversation != f2.conv {
		t.Errorf("resident = %+v", ex.Resident)
	}
	if len(ex.Conversations) != 2 || ex.Conversations[0].ID != f.conv || ex.Conversations[1].ID != f2.conv {
		t.Errorf("conversations = %+v", ex.Conversations)
	}
	if len(ex.Messages) != 8 || len(ex.Tickets) != 2 || len(ex.Feedback) != 2 || len(ex.Unanswered) != 2 {
		t.Errorf("export has %d messages, %d tickets, %d feedback, %d unanswered; want 8, 2, 2, 2",
			len(ex.Messages), len(ex.Tickets), len(ex.Feedback), len(ex.Unanswered))
	}
	if len(ex.Suggestions) != 2 || ex.Suggestions[0].Entry != "carte-vitale" {
		t.Errorf("export has suggestions %+v, want the resident's 2", ex.Suggestions)
	}
	// Numbered in each conversation, whatever others wrote in between
	// (an outside tester saw numbers that told how many were erased).
	want := map[uint64]uint64{}
	for _, m := range ex.Messages {
		if m.Conversation == other.conv {
			t.Errorf("export has another resident's message %+v", m)
		}
		if want[m.Conversation]++; m.Seq != want[m.Conversation] {
			t.Errorf("message %q of conversation %d has seq %d, want %d", m.Text, m.Conversation, m.Seq, want[m.Conversation])
		}
	}
	_, err = s.Export(ctx, "telegram:333")
	wantCode(t, err, conversation.ENOTFOUND)
}

func TestErase(t *testing.T) {
	ctx := context.Background()
	s := MustOpen(t)
	f := play(t, s, "telegram:111", t0)
	f2 := play(t, s, "telegram:111", t0.Add(time.Hour))
	other := play(t, s, "telegram:222", t0)
	before, err := s.Export(ctx, other.resident)
	if err != nil {
		t.Fatal(err)
	}

	if err := s.Erase(ctx, f.resident); err != nil {
		t.Fatal(err)
	}
	_, err = s.Resident(ctx, f.resident)
	wantCode(t, err, conversation.ENOTFOUND)
	_, err = s.Export(ctx, f.resident)
	wantCode(t, err, conversation.ENOTFOUND)
	wantCode(t, s.Erase(ctx, f.resident), conversation.ENOTFOUND)

	for _, id := range []uint64{f.conv, f2.conv} {
		c, err := s.Conversation(ctx, id)
		if err != nil {
			t.Fatal(err)
		}
		if c.Resident != "" || c.Questions != 2 || c.Handovers != 1 || c.Theme != "sante" {
			t.Errorf("conversation %d = %+v, want anonymous with its counts", id, c)
		}
		if msgs, _ := s.Messages(ctx, id); len(msgs) != 0 {
			t.Errorf("conversation %d still has %d messages", id, len(msgs))
		}
	}
	for _, n := range []uint64{f.ticket, f2.ticket} {
		tk, err := s.Ticket(ctx, n)
		if err != nil {
			t.Fatal(err)
		}
		if tk.Resident != "" || tk.Label != "" || tk.Question != "" || tk.Status != conversation.TicketWaiting || tk.Conversation == 0 {
			t.Errorf("ticket %d = %+v, want anonymous with its status", n, tk)
		}
	}
	after, err := s.Export(ctx, other.resident)
	if err != nil {
		t.Fatal(err)
	}
	equalJSON(t, after, before)
	items, _ := s.Outbox(ctx)
	if len(items) != 3 {
		t.Errorf("%d outbox items left, want the other resident's 3", len(items))
	}
	fb, _ := s.FeedbackSince(ctx, time.Time{})
	un, _ := s.Unanswered(ctx, time.Time{})
	sg, _ := s.SuggestionsSince(ctx, time.Time{})
	if len(fb) != 1 || len(un) != 1 || len(sg) != 1 {
		t.Errorf("%d feedback, %d unanswered and %d suggestions left, want 1 of each", len(fb), len(un), len(sg))
	}

	if found := findBytes(t, s, append(f.needles(), f2.texts...)...); len(found) > 0 {
		t.Errorf("erased resident still named:\n%s", strings.Join(found, "\n"))
	}
	if found := findBytes(t, s, other.needles()...); len(found) == 0 {
		t.Error("the scan finds nothing of the other resident either: it is broken")
	}
}

func TestPurge(t *testing.T) {
	ctx := context.Background()
	s := MustOpen(t)
	old := play(t, s, "telegram:111", t0)
	recent := play(t, s, "telegram:222", t0.Add(200*24*time.Hour))
	// An old resident who came back: the resident stays, the old
	// conversation goes.
	back := play(t, s, "telegram:333", t0)
	backNow := play(t, s, "telegram:333", t0.Add(200*24*time.Hour))
	before := t0.Add(180 * 24 * time.Hour)

	st, err := s.Purge(ctx, before)
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("%+v", st)
	want := bolt.PurgeStats{Conversations: 2, Messages: 8, Feedback: 2, Unanswered: 2, Suggestions: 2, Tickets: 2, Outbox: 6, Residents: 1}
	equalJSON(t, st, want)

	for _, f := range []fixture{old, back} {
		c, err := s.Conversation(ctx, f.conv)
		if err != nil {
			t.Fatal(err)
		}
		if !c.Purged || c.Resident != "" || c.Questions != 2 || c.Answered != 1 || c.NotHelpful != 1 || c.Handovers != 1 {
			t.Errorf("purged conversation = %+v, want counts kept", c)
		}
		tk, _ := s.Ticket(ctx, f.ticket)
		if tk.Resident != "" || tk.Label != "" || tk.Question != "" || tk.Status != conversation.TicketWaiting || !tk.Requested.Equal(t0) {
			t.Errorf("purged ticket = %+v", tk)
		}
	}
	_, err = s.Resident(ctx, old.resident)
	wantCode(t, err, conversation.ENOTFOUND)
	if _, err := s.Resident(ctx, back.resident); err != nil {
		t.Errorf("resident seen recently: %v", err)
	}
	for _, f := range []fixture{recent, backNow} {
		if msgs, _ := s.Messages(ctx, f.conv); len(msgs) != 4 {
			t.Errorf("recent conversation has %d messages, want 4", len(msgs))
		}
	}
	fb, _ := s.FeedbackSince(ctx, time.Time{})
	if len(fb) != 4 {
		t.Errorf("%d feedback, want all 4 kept for the stats", len(fb))
	}
	for _, x := range fb {
		if x.At.Before(before) && x.Question != "" {
			t.Errorf("old feedback kept its question: %+v", x)
		}
	}
	un, _ := s.Unanswered(ctx, time.Time{})
	if len(un) != 2 {
		t.Errorf("%d unanswered questions, want the 2 recent", len(un))
	}

	// Again: nothing left to do.
	st, err = s.Purge(ctx, before)
	if err != nil {
		t.Fatal(err)
	}
	equalJSON(t, st, bolt.PurgeStats{})

	var texts []string
	for _, f := range []fixture{old, back} {
		texts = append(texts, f.texts...)
	}
	texts = append(texts, old.resident, old.label)
	if found := findBytes(t, s, texts...); len(found) > 0 {
		t.Errorf("old text left after the purge:\n%s", strings.Join(found, "\n"))
	}
}

func TestPurgeOldMessagesOfLiveConversation(t *testing.T) {
	ctx := context.Background()
	s := MustOpen(t)
	f := play(t, s, "telegram:111", t0)
	later := t0.Add(200 * 24 * time.Hour)
	ch := &conversation.Change{
		Conversation: &conversation.Conversation{ID: f.conv, Resident: f.resident, Updated: later},
		Messages:     []conversation.Message{{Conversation: f.conv, At: later, Text: "still here"}},
	}
	if err := s.Commit(ctx, ch); err != nil {
		t.Fatal(err)
	}
	st, err := s.Purge(ctx, t0.Add(180*24*time.Hour))
	if err != nil {
		t.Fatal(err)
	}
	if st.Conversations != 0 || st.Messages != 4 {
		t.Errorf("stats = %+v, want the 4 old messages only", st)
	}
	msgs, _ := s.Messages(ctx, f.conv)
	if len(msgs) != 1 || msgs[0].Text != "still here" {
		t.Errorf("messages = %+v", msgs)
	}
}

// TestPurgeUnsetTimes checks that a record without a time is not taken for
// an old one.
func TestPurgeUnsetTimes(t *testing.T) {
	ctx := context.Background()
	s := MustOpen(t)
	ch := &conversation.Change{
		Resident:     &conversation.Resident{ID: "telegram:1", Conversation: 1},
		Conversation: &conversation.Conversation{ID: 1, Resident: "telegram:1"},
		Tickets:      []conversation.Ticket{{Number: 1, Conversation: 1, Resident: "telegram:1", Status: conversation.TicketWaiting}},
		Messages:     []conversation.Message{{Conversation: 1, Text: "no time"}},
		Outbox:       []conversation.Outgoing{{Queue: "r:telegram:1", Resident: "telegram:1"}},
	}
	if err := s.Commit(ctx, ch); err != nil {
		t.Fatal(err)
	}
	st, err := s.Purge(ctx, t0)
	if err != nil {
		t.Fatal(err)
	}
	equalJSON(t, st, bolt.PurgeStats{})
}
