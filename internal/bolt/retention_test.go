package bolt_test

import (
	"context"
	"log/slog"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"pimmsbot/internal/bolt"
	"pimmsbot/internal/conversation"
)

// logRecords is a slog.Handler that sends each record's message and
// attributes ("key=value" words, those given by With last) to a channel.
type logRecords struct {
	lines chan string
	with  string
}

func (h logRecords) Enabled(context.Context, slog.Level) bool { return true }
func (h logRecords) WithGroup(string) slog.Handler            { return h }
func (h logRecords) WithAttrs(as []slog.Attr) slog.Handler {
	for _, a := range as {
		h.with += " " + a.String()
	}
	return h
}

func (h logRecords) Handle(_ context.Context, r slog.Record) error {
	line := r.Message
	r.Attrs(func(a slog.Attr) bool {
		line += " " + a.String()
		return true
	})
	h.lines <- line + h.with
	return nil
}

// TestPurgeLoop runs the service's periodic purge on a file that holds a
// conversation older than the retention period and the words of a
// resident erased while the bot ran: the first round purges the old
// conversation, then compacts the live file, and logs both; the file
// then holds neither.
func TestPurgeLoop(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	path := filepath.Join(t.TempDir(), "pimmsbot.db")
	store := MustOpenPath(t, path, bolt.Options{})
	old := play(t, store, "telegram:1001", t0)
	const word = "ornithorynque-5521"
	now := time.Now()
	r := conversation.Resident{ID: "telegram:5521", Label: conversation.Label("telegram:5521", now), Created: now, Seen: now, Conversation: 99}
	ch := &conversation.Change{
		Resident:     &r,
		Conversation: &conversation.Conversation{ID: 99, Resident: r.ID, Channel: "telegram", Started: now, Updated: now},
		Messages:     []conversation.Message{{Conversation: 99, At: now, From: conversation.FromResident, Text: "mon code est " + word}},
	}
	if err := store.Commit(ctx, ch); err != nil {
		t.Fatal(err)
	}
	if err := store.Erase(ctx, r.ID); err != nil {
		t.Fatal(err)
	}
	needles := append(old.needles(), word)
	for _, n := range needles {
		if !fileHas(t, path, n) {
			t.Logf("bbolt reused pages at once: the file lacks %q before the loop", n)
		}
	}

	logs := logRecords{lines: make(chan string, 16)}
	stopped := make(chan struct{})
	go func() {
		defer close(stopped)
		store.PurgeLoop(ctx, bolt.PurgeSchedule{RetentionDays: 180, Every: 24 * time.Hour, CompactEvery: time.Hour,
			Log: slog.New(logs)})
	}()
	var seen []string
	for line := range logs.lines {
		seen = append(seen, line)
		if strings.HasPrefix(line, "database compacted") {
			break
		}
	}
	cancel()
	<-stopped
	if len(seen) != 2 || !strings.HasPrefix(seen[0], "purge done before=") || !strings.Contains(seen[0], "component=purge") ||
		strings.Contains(seen[0], "messages=0") {
		t.Errorf("log of the first round:\n%s\nwant the purge done, then the compaction", strings.Join(seen, "\n"))
	}
	for _, n := range needles {
		if fileHas(t, path, n) {
			t.Errorf("the live file still holds %q after the purge loop", n)
		}
	}
}
