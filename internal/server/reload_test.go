package server

import (
	"context"
	"io/fs"
	"log/slog"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"pimmsbot/faq"
	"pimmsbot/internal/bolt"
	"pimmsbot/internal/catalog"
	"pimmsbot/internal/catalog/catalogtest"
	"pimmsbot/internal/conversation"
)

// nopChannel accepts every reply.
type nopChannel struct{}

func (nopChannel) Send(context.Context, string, conversation.Reply) error { return nil }

// copyFAQ writes the embedded FAQ into a folder, as a site manager's copy.
func copyFAQ(t *testing.T) string {
	t.Helper()
	dir := t.TempDir()
	err := fs.WalkDir(faq.FS, ".", func(path string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		data, err := fs.ReadFile(faq.FS, path)
		if err != nil {
			return err
		}
		return os.WriteFile(filepath.Join(dir, path), data, 0o644)
	})
	if err != nil {
		t.Fatal(err)
	}
	return dir
}

func TestReloadFAQ(t *testing.T) {
	store, err := bolt.Open(filepath.Join(t.TempDir(), "db"), bolt.Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer store.Close()
	cat := catalogtest.FAQ(t)
	svc, err := conversation.New(context.Background(), conversation.Config{
		Store: store, Catalog: cat, Matcher: catalog.NewMatcher(cat),
		Channels: map[string]conversation.Channel{"telegram": nopChannel{}},
	})
	if err != nil {
		t.Fatal(err)
	}
	before := svc.Catalog()
	dir := copyFAQ(t)

	reloadFAQ(dir, svc, slog.New(slog.DiscardHandler))
	if svc.Catalog() == before || len(svc.Catalog().Entries) != len(before.Entries) {
		t.Fatal("a valid FAQ was not reloaded")
	}
	loaded := svc.Catalog()

	// A broken copy is refused: the bot keeps the FAQ it has.
	caf := filepath.Join(dir, "caf.yaml")
	data, _ := os.ReadFile(caf)
	os.WriteFile(caf, []byte(strings.Replace(string(data), "reviewed:", "reviewd:", 1)), 0o644)
	reloadFAQ(dir, svc, slog.New(slog.DiscardHandler))
	if svc.Catalog() != loaded {
		t.Fatal("a FAQ with errors replaced the valid one")
	}
	// A theme file gone missing is refused too: without it, « carte
	// vitale » would get the nearest entry of another theme.
	os.WriteFile(caf, data, 0o644)
	if err := os.Remove(filepath.Join(dir, "sante.yaml")); err != nil {
		t.Fatal(err)
	}
	reloadFAQ(dir, svc, slog.New(slog.DiscardHandler))
	if svc.Catalog() != loaded {
		t.Fatal("a FAQ without the file of a theme replaced the valid one")
	}
	// The embedded FAQ cannot change: nothing to reload.
	reloadFAQ("", svc, slog.New(slog.DiscardHandler))
	if svc.Catalog() != loaded {
		t.Fatal("reloading the embedded FAQ changed it")
	}
}
