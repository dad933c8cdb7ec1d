package main

import (
	"context"
	"testing"
	"time"

	"pimmsbot/internal/discord/discordtest"
	"pimmsbot/internal/telegram/telegramtest"
)

// TestDiscordDownAtStart starts serve while Discord is unreachable: the
// bot must keep answering residents on Telegram, take a handover, and open
// its thread once Discord comes back, instead of exiting.
func TestDiscordDownAtStart(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 90*time.Second)
	defer cancel()
	const chat = 4343
	f := fakes{tg: telegramtest.NewServer(t), dc: discordtest.New(t)}
	// Discord answers 502 to its first gateway look-ups and channel
	// reads: the gateway comes up after a few seconds of retries.
	for _, route := range []string{discordtest.RouteGateway, discordtest.RouteGatewayBot} {
		f.dc.Fail(route, discordtest.Fault{Status: 502, Times: 3})
	}
	f.dc.Fail(discordtest.RouteChannel, discordtest.Fault{Status: 502, Times: 2})
	serveWith(t, ctx, f, map[string]string{"PIMMS_HOURS": "lun-dim 00:00-24:00"})
	waitPolling(t, ctx, f.tg) // no Discord to wait for: the start is Telegram's

	f.tg.Push(telegramtest.Text(chat, "j'ai perdu ma carte vitale"))
	f.tg.Wait(t, "an answer while Discord is down", sent(f.tg, chat, "Vitale"))
	f.tg.Push(telegramtest.Text(chat, "/mediateur"))
	f.tg.Wait(t, "the handover reply", sent(f.tg, chat, "médiateur va vous répondre"))
	f.dc.WaitReady(ctx, 1)
	f.dc.WaitFor(ctx, "the thread, once Discord is back", func() bool { return len(f.dc.Threads(e2eChannel)) == 1 })
}
