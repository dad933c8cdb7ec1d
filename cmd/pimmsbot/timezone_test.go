package main

import (
	"context"
	"regexp"
	"strings"
	"testing"
	"time"

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
	const chat = 4243
	f := fakes{tg: telegramtest.NewServer(t), dc: discordtest.New(t)}
	serveWith(t, ctx, f, map[string]string{
		"PIMMS_SITE_NAME": "PIMMS de Saint-Denis", "PIMMS_HOURS": "lun-dim 00:00-24:00", "PIMMS_TIMEZONE": "Indian/Reunion",
	})
	tgSrv, dcSrv, channel := f.tg, f.dc, e2eChannel
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
