package bolt

import (
	"bytes"
	"context"
	"path/filepath"
	"strings"
	"testing"
	"time"

	bbolt "go.etcd.io/bbolt"

	"pimmsbot/internal/conversation"
)

// TestAnswersStoredOnce commits the same FAQ answer to two residents, a
// version of it for another site, a mediator's FAQ answer and messages
// that are no FAQ answer, and checks that each answer's text is stored
// once, that every read gives back exactly what was committed, that a
// message stored in full before reads as it is, and that erasure and
// purge remove the messages but leave the FAQ text others still need.
func TestAnswersStoredOnce(t *testing.T) {
	ctx := context.Background()
	s, err := Open(filepath.Join(t.TempDir(), "pimmsbot.db"), Options{LockTimeout: time.Second})
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	at := time.Date(2026, 3, 2, 10, 0, 0, 0, time.UTC)
	answer := strings.Repeat("Commandez une nouvelle carte Vitale sur votre compte ameli. ", 6)
	local := answer + "Le PIMMS de Lyon vous aide : 04 00 00 00 00."
	bot := func(conv uint64, text string, o conversation.Outcome) conversation.Message {
		return conversation.Message{Conversation: conv, At: at, From: conversation.FromBot, Text: text,
			Entry: "carte-vitale", Title: "J'ai perdu ma carte Vitale, que faire ?", Outcome: o}
	}
	want := map[uint64][]conversation.Message{}
	for conv, id := range map[uint64]string{1: "telegram:1", 2: "telegram:2"} {
		ch := &conversation.Change{
			Resident:     &conversation.Resident{ID: id, Created: at, Seen: at, Conversation: conv},
			Conversation: &conversation.Conversation{ID: conv, Resident: id, Started: at, Updated: at},
			Messages: []conversation.Message{
				{Conversation: conv, At: at, From: conversation.FromResident, Text: "carte vitale perdue de " + id},
				bot(conv, answer, conversation.OutcomeAnswer),
				bot(conv, local, conversation.OutcomeEmergency),
				{Conversation: conv, At: at, From: conversation.FromMediator, Name: "Camille", Text: answer,
					Entry: "carte-vitale", Title: "J'ai perdu ma carte Vitale, que faire ?", Outcome: conversation.OutcomeMediator},
				{Conversation: conv, At: at, From: conversation.FromBot, Text: "Je n'ai pas trouvé.", Outcome: conversation.OutcomeUnknown},
			},
		}
		if err := s.Commit(ctx, ch); err != nil {
			t.Fatal(err)
		}
		want[conv] = ch.Messages
	}
	// A message stored in full, as before the answers bucket.
	old := bot(3, answer, conversation.OutcomeAnswer)
	old.Seq = 99
	err = s.update(func(tx *bbolt.Tx) error { return put(tx.Bucket(bucketMessages), msgKey(3, 99), &old) })
	if err != nil {
		t.Fatal(err)
	}
	want[3] = []conversation.Message{old}

	err = s.read(func(tx *bbolt.Tx) error {
		if n := tx.Bucket(bucketAnswers).Stats().KeyN; n != 2 {
			t.Errorf("%d answers stored, want 2 (one per version)", n)
		}
		return tx.Bucket(bucketMessages).ForEach(func(k, v []byte) error {
			if full := bytes.Contains(v, []byte("ameli")); full != bytes.Equal(k, msgKey(3, 99)) {
				t.Errorf("message %x holds the answer's text: %v; want only the old one: %s", k, full, v)
			}
			return nil
		})
	})
	if err != nil {
		t.Fatal(err)
	}
	for conv, msgs := range want {
		got, err := s.Messages(ctx, conv)
		if err != nil {
			t.Fatal(err)
		}
		equalJSON(t, got, msgs)
	}
	var all []conversation.Message
	if err := s.ForEachMessage(ctx, 1, 3, func(m conversation.Message) error { all = append(all, m); return nil }); err != nil {
		t.Fatal(err)
	}
	equalJSON(t, all, append(append(append([]conversation.Message(nil), want[1]...), want[2]...), want[3]...))
	ex, err := s.Export(ctx, "telegram:2")
	if err != nil {
		t.Fatal(err)
	}
	equalJSON(t, ex.Messages, numbered(want[2]))

	if err := s.Erase(ctx, "telegram:1"); err != nil {
		t.Fatal(err)
	}
	if msgs, _ := s.Messages(ctx, 1); len(msgs) != 0 {
		t.Errorf("%d messages left after the erasure", len(msgs))
	}
	got, err := s.Messages(ctx, 2)
	if err != nil {
		t.Fatal(err)
	}
	equalJSON(t, got, want[2])
	if _, err := s.Purge(ctx, at.Add(time.Hour)); err != nil {
		t.Fatal(err)
	}
	if msgs, _ := s.Messages(ctx, 2); len(msgs) != 0 {
		t.Errorf("%d messages left after the purge", len(msgs))
	}
	s.read(func(tx *bbolt.Tx) error {
		if n := tx.Bucket(bucketAnswers).Stats().KeyN; n != 2 {
			t.Errorf("%d answers left, want the 2 versions: FAQ text is kept", n)
		}
		return nil
	})
}

// TestAnswerCollision checks that a message whose answer's hash names
// another text keeps its own text, and leaves the other text as it is.
func TestAnswerCollision(t *testing.T) {
	ctx := context.Background()
	s, err := Open(filepath.Join(t.TempDir(), "pimmsbot.db"), Options{LockTimeout: time.Second})
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	m := conversation.Message{Conversation: 1, At: time.Date(2026, 3, 2, 10, 0, 0, 0, time.UTC), From: conversation.FromBot,
		Entry: "carte-vitale", Outcome: conversation.OutcomeAnswer, Title: "Titre", Text: "Réponse"}
	em, err := encodeMessage(&m)
	if err != nil || em.answerKey == nil {
		t.Fatalf("encodeMessage = %+v, %v; want an answer apart", em, err)
	}
	// Another text under the same key, as a collision would leave it.
	other := []byte(`{"text":"autre"}`)
	err = s.update(func(tx *bbolt.Tx) error { return tx.Bucket(bucketAnswers).Put(em.answerKey, other) })
	if err != nil {
		t.Fatal(err)
	}
	if err := s.Commit(ctx, &conversation.Change{Messages: []conversation.Message{m}}); err != nil {
		t.Fatal(err)
	}
	msgs, err := s.Messages(ctx, 1)
	if err != nil || len(msgs) != 1 {
		t.Fatalf("Messages = %+v, %v", msgs, err)
	}
	if msgs[0].Text != m.Text || msgs[0].Title != m.Title {
		t.Errorf("message reads %q %q, want its own %q %q", msgs[0].Title, msgs[0].Text, m.Title, m.Text)
	}
	s.read(func(tx *bbolt.Tx) error {
		if v := tx.Bucket(bucketAnswers).Get(em.answerKey); !bytes.Equal(v, other) {
			t.Errorf("the other text became %s", v)
		}
		return nil
	})
}
