package main

import (
	"context"
	"errors"
	"io"
	"log/slog"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"

	"pimmsbot/internal/catalog/catalogtest"
	"pimmsbot/internal/discord/discordtest"
	"pimmsbot/internal/telegram/telegramtest"
)

// TestMediatorsReadTheSiteTimeZone runs serve for a site in La Réunion
// (PIMMS_TIMEZONE=Indian/Reunion, UTC+4, no summer time): the times of a
// new ticket's first message are La Réunion's, not Paris's nor the
// server's.
func TestMediatorsReadTheSiteTimeZone(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	const (
		chat    = 4243
		channel = "800000000000000001"
		role    = "800000000000000002"
	)
	tgSrv := telegramtest.NewServer(t)
	dcSrv := discordtest.New(t)
	dcSrv.AddChannel(discordtest.Channel{ID: channel, Name: "demandes", Type: discordtest.TypeForum})
	cfg, err := readConfig(env{
		"TELEGRAM_BOT_TOKEN": telegramtest.Token, "TELEGRAM_API_URL": tgSrv.URL,
		"TELEGRAM_RATE_GLOBAL": "0", "TELEGRAM_RATE_PER_CHAT": "0",
		"DISCORD_BOT_TOKEN": discordtest.Token, "DISCORD_GUILD_ID": discordtest.GuildID,
		"DISCORD_CHANNEL_ID": channel, "DISCORD_MEDIATOR_ROLE_ID": role, "DISCORD_API_URL": dcSrv.URL,
		"PIMMS_DB": filepath.Join(t.TempDir(), "pimms.db"), "PIMMS_HTTP_ADDR": "off", "PIMMS_ADMIN_SOCKET": "off",
		"PIMMS_SITE_NAME": "PIMMS de Saint-Denis", "PIMMS_HOURS": "lun-dim 00:00-24:00", "PIMMS_TIMEZONE": "Indian/Reunion",
	}.get, "")
	if err == nil {
		err = errors.Join(append([]error{cfg.Validate()}, append(cfg.Telegram.validate(), cfg.Discord.validate()...)...)...)
	}
	if err != nil {
		t.Fatal(err)
	}
	runCtx, stop := context.WithCancel(ctx)
	done := make(chan int, 1)
	go func() {
		done <- serve(runCtx, &Env{Stdout: io.Discard, Stderr: io.Discard}, cfg, catalogtest.FAQ(t),
			slog.New(slog.DiscardHandler), adapters{discord: newDiscord, telegram: newTelegram})
	}()
	defer func() {
		stop()
		if code := <-done; code != 0 {
			t.Errorf("serve exited %d", code)
		}
	}()
	dcSrv.WaitReady(ctx, 1)

	reunion, err := time.LoadLocation("Indian/Reunion")
	if err != nil {
		t.Fatal(err)
	}
	before := time.Now()
	tgSrv.Push(telegramtest.Text(chat, "/mediateur"))
	var thread string
	dcSrv.WaitFor(ctx, "a thread", func() bool {
		if th := dcSrv.Threads(channel); len(th) == 1 && len(dcSrv.Messages(th[0].ID)) > 0 {
			thread = th[0].ID
			return true
		}
		return false
	})
	after := time.Now()
	first := dcSrv.Messages(thread)[0].Content
	m := regexp.MustCompile(`(?:Demande reçue|En attente depuis) le (\d\d/\d\d/\d{4} à \d\d:\d\d)`).FindStringSubmatch(first)
	if m == nil {
		t.Fatalf("no request time in the first message:\n%s", first)
	}
	// The ticket was requested between before and after: its minute in
	// La Réunion is one of theirs.
	const layout = "02/01/2006 à 15:04"
	if m[1] != before.In(reunion).Format(layout) && m[1] != after.In(reunion).Format(layout) {
		t.Errorf("request shown at %s; in La Réunion it was %s (Paris: %s, UTC: %s)", m[1],
			before.In(reunion).Format(layout), before.In(parisZone(t)).Format(layout), before.UTC().Format(layout))
	}
	clock := before.In(reunion).Format("15:04")
	if !strings.Contains(first, "`"+before.In(reunion).Format("02/01")+" "+clock+"`") &&
		!strings.Contains(first, "`"+after.In(reunion).Format("02/01 15:04")+"`") {
		t.Errorf("the latest messages are not in La Réunion's time (%s):\n%s", clock, first)
	}
}

func parisZone(t *testing.T) *time.Location {
	loc, err := time.LoadLocation("Europe/Paris")
	if err != nil {
		t.Fatal(err)
	}
	return loc
}
