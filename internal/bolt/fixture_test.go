package bolt_test

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"testing"
	"time"

	bbolt "go.etcd.io/bbolt"

	"pimmsbot/internal/bolt"
	"pimmsbot/internal/conversation"
)

// fixture is what play stored about one resident; every string in it is
// unique to the resident, so a byte scan can look for it.
type fixture struct {
	resident string
	label    string
	texts    []string // messages, feedback and unanswered questions, outbox text
	conv     uint64
	ticket   uint64
}

// needles returns what must not remain after the resident is erased.
func (f fixture) needles() []string {
	return append([]string{f.resident, f.label}, f.texts...)
}

// play commits a conversation of resident at time at through the store as
// the core would: a question answered, feedback, an unanswered question, a
// suggestion accepted, a handover with a ticket, and outbox items for the resident and the desk.
func play(tb testing.TB, s *bolt.Store, resident string, at time.Time) fixture {
	tb.Helper()
	ctx := context.Background()
	conv, err := s.NextID(ctx, "conversation")
	if err != nil {
		tb.Fatal(err)
	}
	ticket, err := s.NextID(ctx, "ticket")
	if err != nil {
		tb.Fatal(err)
	}
	f := fixture{
		resident: resident,
		label:    "Usager L-" + resident,
		conv:     conv,
		ticket:   ticket,
	}
	text := func(what string) string {
		s := fmt.Sprintf("%s %d of %s", what, conv, resident)
		f.texts = append(f.texts, s)
		return s
	}
	r := conversation.Resident{
		ID: resident, Label: f.label, Created: at, Seen: at,
		Conversation: conv, Mode: conversation.ModeWaiting, Ticket: ticket,
	}
	c := conversation.Conversation{
		ID: conv, Resident: resident, Channel: "telegram", Started: at, Updated: at,
		Theme: "sante", Questions: 2, Answered: 1, Unanswered: 1, NotHelpful: 1, Handovers: 1,
	}
	question := text("question")
	ch := &conversation.Change{
		Resident:     &r,
		Conversation: &c,
		Messages: []conversation.Message{
			{Conversation: conv, At: at, From: conversation.FromResident, Text: question},
			{Conversation: conv, At: at, From: conversation.FromBot, Text: "answer about carte vitale", Entry: "carte-vitale", Outcome: "answer"},
			{Conversation: conv, At: at, From: conversation.FromResident, Text: text("second question")},
		},
		Feedback:   []conversation.Feedback{{Conversation: conv, Entry: "carte-vitale", At: at, Question: question}},
		Unanswered: []conversation.Unanswered{{Conversation: conv, Question: text("unanswered"), At: at, Reason: "unknown"}},
		Suggestions: []conversation.Suggestion{{Conversation: conv, At: at, Question: text("suggested"),
			Kind: conversation.SuggestConfirm, Offered: []string{"carte-vitale"}, Event: conversation.SuggestionAccepted, Entry: "carte-vitale"}},
		Outbox: []conversation.Outgoing{{
			Queue: "r:" + resident, Kind: conversation.OutReply, Resident: resident,
			Reply: &conversation.Reply{Text: text("reply")}, Created: at,
		}},
	}
	if err := s.Commit(ctx, ch); err != nil {
		tb.Fatal(err)
	}
	queue := fmt.Sprintf("t:%d", ticket)
	ch = &conversation.Change{
		Tickets: []conversation.Ticket{{
			Number: ticket, Resident: resident, Label: f.label, Conversation: conv,
			Status: conversation.TicketWaiting, Theme: "sante", Question: question, Requested: at,
		}},
		Messages: []conversation.Message{{Conversation: conv, At: at, From: conversation.FromSystem, Text: "ticket opened for " + f.label}},
		Outbox: []conversation.Outgoing{
			{Queue: queue, Kind: conversation.OutDeskOpen, Ticket: ticket, Created: at},
			{Queue: queue, Kind: conversation.OutDeskPost, Ticket: ticket, Created: at,
				Post: &conversation.Post{Kind: conversation.PostResident, Text: text("post"), At: at}},
		},
	}
	if err := s.Commit(ctx, ch); err != nil {
		tb.Fatal(err)
	}
	return f
}

// equalJSON fails when got and want differ once encoded.
func equalJSON(tb testing.TB, got, want any) {
	tb.Helper()
	g, err := json.Marshal(got)
	if err != nil {
		tb.Fatal(err)
	}
	w, err := json.Marshal(want)
	if err != nil {
		tb.Fatal(err)
	}
	if !bytes.Equal(g, w) {
		tb.Errorf("got  %s\nwant %s", g, w)
	}
}

// findBytes closes s and returns, for each needle found in a key or value
// of any bucket (nested ones too), where it was found.
func findBytes(tb testing.TB, s *bolt.Store, needles ...string) []string {
	tb.Helper()
	if err := s.Close(); err != nil {
		tb.Fatal(err)
	}
	db, err := bbolt.Open(s.Path(), 0o600, &bbolt.Options{Timeout: testTimeout, ReadOnly: true})
	if err != nil {
		tb.Fatal(err)
	}
	defer db.Close()
	var found []string
	var walk func(path string, b *bbolt.Bucket) error
	walk = func(path string, b *bbolt.Bucket) error {
		return b.ForEach(func(k, v []byte) error {
			for _, n := range needles {
				if bytes.Contains(k, []byte(n)) || bytes.Contains(v, []byte(n)) {
					found = append(found, fmt.Sprintf("%q in %s/%x", n, path, k))
				}
			}
			if v == nil {
				return walk(path+"/"+string(k), b.Bucket(k))
			}
			return nil
		})
	}
	err = db.View(func(tx *bbolt.Tx) error {
		return tx.ForEach(func(name []byte, b *bbolt.Bucket) error {
			return walk(string(name), b)
		})
	})
	if err != nil {
		tb.Fatal(err)
	}
	return found
}
