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
	"pimmsbot/internal/discord/discordtest"
	"pimmsbot/internal/telegram/telegramtest"
)

// TestDiscordDownAtStart starts serve while Discord is unreachable: the
// bot must keep answering residents on Telegram, take a handover, and open
// its thread once Discord comes back, instead of exiting.
func TestDiscordDownAtStart(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 40*time.Second)
	defer cancel()
	const (
		chat    = 4343
		channel = "800000000000000001"
		role    = "800000000000000002"
	)
	tgSrv := telegramtest.NewServer(t)
	dcSrv := discordtest.New(t)
	dcSrv.AddChannel(discordtest.Channel{ID: channel, Name: "demandes", Type: discordtest.TypeForum})
	// Discord answers 502 to its first gateway look-ups and channel
	// reads: the gateway comes up after a few seconds of retries.
	for _, route := range []string{discordtest.RouteGateway, discordtest.RouteGatewayBot} {
		dcSrv.Fail(route, discordtest.Fault{Status: 502, Times: 3})
	}
	dcSrv.Fail(discordtest.RouteChannel, discordtest.Fault{Status: 502, Times: 2})
	cfg, err := readConfig(env{
		"TELEGRAM_BOT_TOKEN": telegramtest.Token, "TELEGRAM_API_URL": tgSrv.URL,
		"TELEGRAM_RATE_GLOBAL": "0", "TELEGRAM_RATE_PER_CHAT": "0",
		"DISCORD_BOT_TOKEN": discordtest.Token, "DISCORD_GUILD_ID": discordtest.GuildID,
		"DISCORD_CHANNEL_ID": channel, "DISCORD_MEDIATOR_ROLE_ID": role, "DISCORD_API_URL": dcSrv.URL,
		"PIMMS_DB": filepath.Join(t.TempDir(), "pimms.db"), "PIMMS_HTTP_ADDR": "off", "PIMMS_ADMIN_SOCKET": "off",
		"PIMMS_SITE_NAME": "PIMMS Test", "PIMMS_HOURS": "lun-dim 00:00-24:00",
	}.get, "")
	if err == nil {
		err = errors.Join(append([]error{cfg.Validate()}, append(cfg.Telegram.validate(), cfg.Discord.validate()...)...)...)
	}
	if err != nil {
		t.Fatal(err)
	}
	log := slog.New(slog.NewTextHandler(io.Discard, nil))
	runCtx, stop := context.WithCancel(ctx)
	done := make(chan int, 1)
	go func() {
		done <- serve(runCtx, &Env{Stdout: io.Discard, Stderr: io.Discard}, cfg, catalogtest.FAQ(t), log,
			adapters{discord: newDiscord, telegram: newTelegram})
	}()
	got := func(substr string) func([]telegramtest.Call) bool {
		return func([]telegramtest.Call) bool {
			for _, m := range tgSrv.Messages(chat) {
				if strings.Contains(m.Text, substr) {
					return true
				}
			}
			return false
		}
	}
	tgSrv.Push(telegramtest.Text(chat, "j'ai perdu ma carte vitale"))
	tgSrv.Wait(t, "an answer while Discord is down", got("Vitale"))
	tgSrv.Push(telegramtest.Text(chat, "/mediateur"))
	tgSrv.Wait(t, "the handover reply", got("médiateur va vous répondre"))
	select {
	case code := <-done:
		t.Fatalf("serve exited %d while Discord was down", code)
	default:
	}
	dcSrv.WaitReady(ctx, 1)
	dcSrv.WaitFor(ctx, "the thread, once Discord is back", func() bool { return len(dcSrv.Threads(channel)) == 1 })
	stop()
	if code := <-done; code != 0 {
		t.Errorf("serve exited %d", code)
	}
}
