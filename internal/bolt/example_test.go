package bolt_test

import (
	"context"
	"fmt"
	"log"
	"os"
	"path/filepath"
	"time"

	"pimmsbot/internal/bolt"
	"pimmsbot/internal/conversation"
)

func Example() {
	dir, err := os.MkdirTemp("", "pimmsbot-example")
	if err != nil {
		log.Fatal(err)
	}
	defer os.RemoveAll(dir)

	ctx := context.Background()
	s, err := bolt.Open(filepath.Join(dir, "data", "pimmsbot.db"), bolt.Options{})
	if err != nil {
		log.Fatal(err)
	}
	defer s.Close()

	conv, err := s.NextID(ctx, "conversation")
	if err != nil {
		log.Fatal(err)
	}
	now := time.Now()
	ch := &conversation.Change{
		Resident:     &conversation.Resident{ID: "telegram:42", Label: "Usager 7F3A", Conversation: conv, Seen: now},
		Conversation: &conversation.Conversation{ID: conv, Resident: "telegram:42", Channel: "telegram", Started: now, Updated: now},
		Messages: []conversation.Message{
			{Conversation: conv, At: now, From: conversation.FromResident, Text: "bonjour"},
			{Conversation: conv, At: now, From: conversation.FromBot, Text: "Bonjour ! Que puis-je pour vous ?"},
		},
	}
	if err := s.Commit(ctx, ch); err != nil {
		log.Fatal(err)
	}
	msgs, err := s.Messages(ctx, conv)
	if err != nil {
		log.Fatal(err)
	}
	for _, m := range msgs {
		fmt.Printf("%d %s: %s\n", m.Seq, m.From, m.Text)
	}

	_, err = s.Resident(ctx, "telegram:43")
	fmt.Println(conversation.ErrorCode(err))
	// Output:
	// 1 resident: bonjour
	// 2 bot: Bonjour ! Que puis-je pour vous ?
	// not_found
}

func ExampleStore_SeenUpdate() {
	dir, err := os.MkdirTemp("", "pimmsbot-example")
	if err != nil {
		log.Fatal(err)
	}
	defer os.RemoveAll(dir)
	s, err := bolt.Open(filepath.Join(dir, "pimmsbot.db"), bolt.Options{})
	if err != nil {
		log.Fatal(err)
	}
	defer s.Close()

	ctx := context.Background()
	for _, id := range []int64{1001, 1002, 1001} {
		fresh, err := s.SeenUpdate(ctx, "telegram", id)
		if err != nil {
			log.Fatal(err)
		}
		fmt.Println(id, fresh)
	}
	// Output:
	// 1001 true
	// 1002 true
	// 1001 false
}
