package conversation_test

import (
	"context"
	"fmt"
	"os"
	"path/filepath"

	"pimmsbot/faq"
	"pimmsbot/internal/bolt"
	"pimmsbot/internal/catalog"
	"pimmsbot/internal/conversation"
)

// printer is a residents' channel that prints what residents are sent.
type printer struct{}

func (printer) Send(_ context.Context, resident string, r conversation.Reply) error {
	if len(r.Links) > 0 {
		fmt.Printf("to %s: an answer with its official source\n", resident)
	} else {
		fmt.Printf("to %s: a message\n", resident)
	}
	return nil
}

func Example() {
	dir, _ := os.MkdirTemp("", "example")
	defer os.RemoveAll(dir)
	store, err := bolt.Open(filepath.Join(dir, "pimmsbot.db"), bolt.Options{})
	if err != nil {
		fmt.Println(err)
		return
	}
	defer store.Close()
	cat, err := catalog.Load(faq.FS)
	if err != nil {
		fmt.Println(err)
		return
	}
	svc, err := conversation.New(context.Background(), conversation.Config{
		Store: store, Catalog: cat, Matcher: catalog.NewMatcher(cat),
		Channels: map[string]conversation.Channel{"demo": printer{}},
		Site:     conversation.Site{Name: "PIMMS Démo", RetentionDays: 180},
	})
	if err != nil {
		fmt.Println(err)
		return
	}
	// The event is committed (with its reply in the outbox) before the
	// reply is sent.
	svc.HandleResident(context.Background(), conversation.Incoming{Resident: "demo:1", Text: "j'ai perdu ma carte vitale"})
	r, _ := store.Resident(context.Background(), "demo:1")
	fmt.Println(r.LastEntry, r.Mode)
	// Output:
	// to demo:1: an answer with its official source
	// ameli-carte-vitale bot
}
