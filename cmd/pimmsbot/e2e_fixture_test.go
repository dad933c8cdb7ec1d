package main

import (
	"context"
	"errors"
	"io"
	"log/slog"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"pimmsbot/internal/catalog/catalogtest"
	"pimmsbot/internal/config"
	"pimmsbot/internal/discord/discordtest"
	"pimmsbot/internal/server"
	"pimmsbot/internal/telegram/telegramtest"
)

// The Discord ids of the end-to-end tests.
const (
	e2eChannel = "800000000000000001"
	e2eRole    = "800000000000000002"
)

// fakes are the fake Telegram and, when used, Discord of a serve run.
type fakes struct {
	tg *telegramtest.Server
	dc *discordtest.Server // nil: Telegram only
}

// serveWith runs pimmsbot serve from the settings in vars against tg and,
// when dc is not nil, dc (its ticket channel a forum), on a database of
// its own, until the test ends; it fails the test when serve exits early
// or with a non-zero status.
func serveWith(t *testing.T, ctx context.Context, f fakes, vars map[string]string) {
	t.Helper()
	e := env{
		"TELEGRAM_BOT_TOKEN": telegramtest.Token, "TELEGRAM_API_URL": f.tg.URL,
		"TELEGRAM_RATE_GLOBAL": "0", "TELEGRAM_RATE_PER_CHAT": "0",
		"PIMMS_DB": filepath.Join(t.TempDir(), "pimms.db"), "PIMMS_HTTP_ADDR": "off", "PIMMS_ADMIN_SOCKET": "off",
		"PIMMS_SITE_NAME": "PIMMS Test", "PIMMS_SITE_PHONE": "01 02 03 04 05", "PIMMS_SITE_ADDRESS": "1 rue de la Paix",
	}
	if f.dc != nil {
		f.dc.AddChannel(discordtest.Channel{ID: e2eChannel, Name: "demandes", Type: discordtest.TypeForum})
		f.dc.SetRole(discordtest.Role{ID: e2eRole, Name: "médiateurs", Mentionable: true})
		e["DISCORD_BOT_TOKEN"], e["DISCORD_GUILD_ID"] = discordtest.Token, discordtest.GuildID
		e["DISCORD_CHANNEL_ID"], e["DISCORD_MEDIATOR_ROLE_ID"], e["DISCORD_API_URL"] = e2eChannel, e2eRole, f.dc.URL
	}
	for k, v := range vars {
		e[k] = v
	}
	cfg, err := config.Read(e.get, "")
	if err == nil {
		err = errors.Join(append([]error{cfg.Validate()}, append(cfg.Telegram.Validate(), cfg.Discord.Validate()...)...)...)
	}
	if err != nil {
		t.Fatal(err)
	}
	log := slog.New(slog.NewTextHandler(io.Discard, nil))
	runCtx, stop := context.WithCancel(ctx)
	done := make(chan int, 1)
	go func() {
		done <- serve(runCtx, &Env{Stdout: io.Discard, Stderr: io.Discard}, server.Options{Config: cfg, Catalog: catalogtest.FAQ(t), Logger: log,
			Adapters: server.Adapters{Discord: server.NewDiscord, Telegram: server.NewTelegram}})
	}()
	t.Cleanup(func() {
		stop()
		if code := <-done; code != 0 {
			t.Errorf("serve exited %d", code)
		}
	})
}

// sent returns a condition for telegramtest.Server.Wait: the chat was sent
// a message containing substr.
func sent(tg *telegramtest.Server, chat int64, substr string) func([]telegramtest.Call) bool {
	return func([]telegramtest.Call) bool {
		for _, m := range tg.Messages(chat) {
			if strings.Contains(m.Text, substr) {
				return true
			}
		}
		return false
	}
}

// waitPolling waits, until ctx ends, for serve's first getUpdates: the
// start (the answer engine is built after Telegram's getMe, in about a
// second, eight under the race detector) is not what a test's ten
// seconds for an answer measure.
func waitPolling(t *testing.T, ctx context.Context, tg *telegramtest.Server) {
	t.Helper()
	for len(tg.Calls("getUpdates")) == 0 {
		select {
		case <-ctx.Done():
			t.Fatalf("serve never polled Telegram: %v", ctx.Err())
		case <-time.After(20 * time.Millisecond):
		}
	}
}
