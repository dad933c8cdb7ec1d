package main

import (
	"bytes"
	"context"
	"log/slog"
	"os"
	"path/filepath"
	"testing"
	"time"

	"pimmsbot/internal/bolt"
	"pimmsbot/internal/conversation"
)

// signalPurger tells the test when the purge loop has compacted.
type signalPurger struct {
	*bolt.Store
	compacted chan bool
}

func (p signalPurger) Compact(ctx context.Context, always bool) (bolt.Compaction, error) {
	c, err := p.Store.Compact(ctx, always)
	p.compacted <- c.Done
	return c, err
}

// TestPurgeLoopCompactsAfterErase checks that the daily purge compacts the
// live file when a resident was erased while the bot ran: their words are
// in the file's free pages before, nowhere after.
func TestPurgeLoopCompactsAfterErase(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	path := filepath.Join(t.TempDir(), "pimmsbot.db")
	store, err := bolt.Open(path, bolt.Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer store.Close()
	const word = "ornithorynque-5521"
	now := time.Now()
	r := conversation.Resident{ID: "telegram:5521", Label: conversation.Label("telegram:5521"), Created: now, Seen: now, Conversation: 1}
	ch := &conversation.Change{
		Resident:     &r,
		Conversation: &conversation.Conversation{ID: 1, Resident: r.ID, Channel: "telegram", Started: now, Updated: now},
		Messages:     []conversation.Message{{Conversation: 1, At: now, From: conversation.FromResident, Text: "mon code est " + word}},
	}
	if err := store.Commit(ctx, ch); err != nil {
		t.Fatal(err)
	}
	if err := store.Erase(ctx, r.ID); err != nil {
		t.Fatal(err)
	}
	if data, _ := os.ReadFile(path); !bytes.Contains(data, []byte(word)) {
		t.Skip("bbolt reused the erased pages at once; nothing to show")
	}
	p := signalPurger{store, make(chan bool, 1)}
	stopped := make(chan struct{})
	go func() {
		purgeLoop(ctx, p, 180, time.Now, 24*time.Hour, time.Hour, slog.New(slog.DiscardHandler))
		close(stopped)
	}()
	if done := <-p.compacted; !done {
		t.Fatal("the purge loop did not compact after an erasure")
	}
	cancel()
	<-stopped
	if data, _ := os.ReadFile(path); bytes.Contains(data, []byte(word)) {
		t.Error("the live file still holds the erased word after the purge loop")
	}
}
