package main

import (
	"bytes"
	"context"
	"errors"
	"io"
	"log/slog"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"pimmsbot/internal/bolt"
	"pimmsbot/internal/catalog/catalogtest"
	"pimmsbot/internal/config"
	"pimmsbot/internal/conversation"
	"pimmsbot/internal/discord"
	"pimmsbot/internal/discord/discordtest"
	"pimmsbot/internal/server"
	"pimmsbot/internal/telegram"
	"pimmsbot/internal/telegram/telegramtest"
)

// TestEraseEndToEnd runs "pimmsbot serve" against both fakes: a resident's
// distinctive words reach the mediators' thread; after /oublier, confirmed,
// the thread no longer shows them, a backup taken then has none, and the
// live file has none once the online compaction ran. A backup from before
// the erasure, restored in place of the file as docs/deploy.md says, has
// forgotten the resident when the service starts again, before it serves
// anyone.
func TestEraseEndToEnd(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 60*time.Second)
	defer cancel()

	const (
		chat    = 5150
		other   = 6160
		channel = "800000000000000001"
		role    = "800000000000000002"
		word    = "Quetzalcoatlazur"
	)
	resident := telegram.Resident(chat)
	tgSrv := telegramtest.NewServer(t)
	dcSrv := discordtest.New(t)
	dcSrv.AddChannel(discordtest.Channel{ID: channel, Name: "demandes", Type: discordtest.TypeForum})
	dcSrv.SetRole(discordtest.Role{ID: role, Name: "médiateurs", Mentionable: true})
	dir, err := os.MkdirTemp("", "pimms-erase-") // short, for the admin socket's path
	if err != nil {
		t.Fatal(err)
	}
	defer os.RemoveAll(dir)
	db := filepath.Join(dir, "pimms.db")
	cfg, err := config.Read(env{
		"TELEGRAM_BOT_TOKEN": telegramtest.Token, "TELEGRAM_API_URL": tgSrv.URL,
		"TELEGRAM_RATE_GLOBAL": "0", "TELEGRAM_RATE_PER_CHAT": "0",
		"DISCORD_BOT_TOKEN": discordtest.Token, "DISCORD_GUILD_ID": discordtest.GuildID,
		"DISCORD_CHANNEL_ID": channel, "DISCORD_MEDIATOR_ROLE_ID": role, "DISCORD_API_URL": dcSrv.URL,
		"PIMMS_DB": db, "PIMMS_HTTP_ADDR": "off", "PIMMS_ADMIN_SOCKET": filepath.Join(dir, "admin.sock"),
		"PIMMS_SITE_NAME": "PIMMS Test", "PIMMS_HOURS": "lun-dim 00:00-24:00",
	}.get, "")
	if err == nil {
		err = errors.Join(append([]error{cfg.Validate()}, append(cfg.Telegram.Validate(), cfg.Discord.Validate()...)...)...)
	}
	if err != nil {
		t.Fatal(err)
	}
	sessions := 0
	start := func() (stop func()) {
		runCtx, cancelRun := context.WithCancel(ctx)
		done := make(chan int, 1)
		go func() {
			done <- serve(runCtx, &Env{Stdout: io.Discard, Stderr: io.Discard}, server.Options{Config: cfg, Catalog: catalogtest.FAQ(t), Logger: slog.New(slog.DiscardHandler),
				Adapters: server.Adapters{Discord: server.NewDiscord, Telegram: server.NewTelegram},
				Schedule: server.Schedule{Purge: 24 * time.Hour, Compact: 20 * time.Millisecond}})
		}()
		sessions++
		dcSrv.WaitReady(ctx, sessions)
		return func() {
			cancelRun()
			if code := <-done; code != 0 {
				t.Errorf("serve exited %d", code)
			}
		}
	}
	got := func(chat int64, substr string) func([]telegramtest.Call) bool {
		return func([]telegramtest.Call) bool {
			for _, m := range tgSrv.Messages(chat) {
				if strings.Contains(m.Text, substr) {
					return true
				}
			}
			return false
		}
	}
	threadShows := func(thread, s string) bool {
		for _, m := range dcSrv.Messages(thread) {
			if strings.Contains(m.Content, s) {
				return true
			}
			for _, f := range m.Files {
				if bytes.Contains(f.Data, []byte(s)) {
					return true
				}
			}
		}
		return false
	}
	fileHas := func(path string) bool {
		data, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		return bytes.Contains(data, []byte(word))
	}
	// waitFile waits until the live file no longer holds the word: the
	// online compaction ran (every 20 ms here).
	waitFile := func(what string) {
		for fileHas(db) {
			select {
			case <-ctx.Done():
				t.Fatalf("%s: the live file still holds %q", what, word)
			case <-time.After(10 * time.Millisecond):
			}
		}
	}

	stop := start()
	tgSrv.Push(telegramtest.Text(chat, "mon dossier "+word+" est bloqué à la CAF"), telegramtest.Text(chat, "/mediateur"))
	tgSrv.Wait(t, "the handover reply", got(chat, "médiateur va vous répondre"))
	var thread string
	dcSrv.WaitFor(ctx, "the resident's words in a thread", func() bool {
		if th := dcSrv.Threads(channel); len(th) == 1 {
			thread = th[0].ID
			if threadShows(thread, word) {
				return true
			}
		}
		return false
	})
	mediator := discordtest.User{ID: "600000000000000001", Name: "camille.d", Nick: "Camille", Roles: []string{role}}
	dcSrv.UserMessage(thread, mediator, "Bonjour, je regarde votre dossier.")
	tgSrv.Wait(t, "the mediator's message", got(chat, "je regarde votre dossier"))

	before := filepath.Join(t.TempDir(), "before.db")
	if _, _, err := copyDatabase(ctx, cfg, before); err != nil {
		t.Fatal(err)
	}
	if !fileHas(before) {
		t.Fatalf("the backup before the erasure lacks %q: the test looks for the wrong bytes", word)
	}

	tgSrv.Push(telegramtest.Text(chat, "/oublier"))
	tgSrv.Wait(t, "the erasure's question", got(chat, "effacer toutes vos données"))
	yes, ok := tgSrv.Click(chat, "Oui, tout effacer")
	if !ok {
		t.Fatal("no « Oui, tout effacer » button")
	}
	tgSrv.Push(yes)
	tgSrv.Wait(t, "the erasure's confirmation", got(chat, "Vos données sont effacées"))
	dcSrv.WaitFor(ctx, "the thread erased", func() bool {
		return !threadShows(thread, word) && threadShows(thread, discord.ErasedLine)
	})
	if !threadShows(thread, "je regarde votre dossier") {
		t.Error("the mediator's own message was deleted")
	}
	after := filepath.Join(t.TempDir(), "after.db")
	if _, _, err := copyDatabase(ctx, cfg, after); err != nil {
		t.Fatal(err)
	}
	if fileHas(after) {
		t.Errorf("a backup taken after the erasure holds %q", word)
	}
	waitFile("after the erasure")
	stop()
	if fileHas(db) {
		t.Errorf("the live file holds %q after the service stopped", word)
	}
	if inv := dcSrv.Invalid(); len(inv) > 0 {
		t.Errorf("invalid Discord calls: %+v", inv)
	}

	// Restore the backup from before the erasure, with the service
	// stopped, and start again.
	data, err := os.ReadFile(before)
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(db, data, 0o600); err != nil {
		t.Fatal(err)
	}
	stop = start()
	defer stop()
	// What the service holds as soon as it listens, before it has
	// answered anyone: a copy through the admin socket.
	first := filepath.Join(t.TempDir(), "first.db")
	if _, _, err := copyDatabase(ctx, cfg, first); err != nil {
		t.Fatal(err)
	}
	if fileHas(first) {
		t.Errorf("the restored database still holds %q once the service runs", word)
	}
	s, err := bolt.Open(first, bolt.Options{})
	if err != nil {
		t.Fatal(err)
	}
	_, err = s.Resident(ctx, resident)
	s.Close()
	if conversation.ErrorCode(err) != conversation.ENOTFOUND {
		t.Errorf("restored resident once the service runs: %v, want ENOTFOUND", err)
	}
	tgSrv.Push(telegramtest.Text(other, "bonjour"))
	tgSrv.Wait(t, "another resident answered", func([]telegramtest.Call) bool { return len(tgSrv.Messages(other)) > 0 })
	waitFile("after the restore")
}
