package main

import (
	"context"
	"fmt"
	"io"
	"net/http"
	"regexp"
	"strings"
	"testing"
	"time"

	"pimmsbot/internal/discord/discordtest"
	"pimmsbot/internal/telegram/telegramtest"
)

// The Discord ids of the two sites of TestServeSitesDiscord.
const (
	chanA = "810000000000000001"
	roleA = "810000000000000002"
	chanB = "820000000000000001"
	roleB = "820000000000000002"
)

// discordSitesYAML is a sites file of two sites on one Discord server: a
// (the default) in a text channel, b in a forum.
const discordSitesYAML = `default: a
sites:
  - id: a
    name: PIMMS Alpha
    address: 1 rue A, 69009 Lyon
    phone: 04 00 00 00 01
    hours: lun-dim 00:00-24:00
    postcodes: ["69009"]
    discord: {channel: "` + chanA + `", role: "` + roleA + `"}
  - id: b
    name: PIMMS Bêta
    address: 1 rue B, 38000 Grenoble
    phone: 04 00 00 00 02
    hours: lun-dim 00:00-24:00
    postcodes: ["38000"]
    discord: {channel: "` + chanB + `", role: "` + roleB + `"}
`

// TestServeSitesDiscord runs serve with a sites file and Discord, with no
// DISCORD_CHANNEL_ID: a resident of each site, one by deep link, one by
// postcode, gets a ticket in their site's channel that pings their
// site's role only, and a mediator of a cannot claim or answer b's.
func TestServeSitesDiscord(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	tg, dc := telegramtest.NewServer(t), discordtest.New(t)
	dc.AddChannel(discordtest.Channel{ID: chanA, Name: "alpha", Type: discordtest.TypeText})
	dc.AddChannel(discordtest.Channel{ID: chanB, Name: "beta", Type: discordtest.TypeForum})
	for _, r := range []string{roleA, roleB} {
		dc.SetRole(discordtest.Role{ID: r, Name: "médiateurs-" + r[:2], Mentionable: true})
	}
	_, logbuf := startServe(t, env{
		"TELEGRAM_BOT_TOKEN": telegramtest.Token, "TELEGRAM_API_URL": tg.URL,
		"TELEGRAM_RATE_GLOBAL": "0", "TELEGRAM_RATE_PER_CHAT": "0", "PIMMS_SITES_FILE": writeSites(t, discordSitesYAML),
		"DISCORD_BOT_TOKEN": discordtest.Token, "DISCORD_GUILD_ID": discordtest.GuildID, "DISCORD_API_URL": dc.URL,
		"PIMMS_DB": t.TempDir() + "/pimms.db", "PIMMS_HTTP_ADDR": "127.0.0.1:0", "PIMMS_ADMIN_SOCKET": "off",
	})
	dc.WaitReady(ctx, 1)

	const residentA, residentB = 4201, 4202
	tg.Push(telegramtest.Text(residentA, "/start a"), telegramtest.Text(residentA, "/mediateur"))
	tg.Push(telegramtest.Text(residentB, "/mediateur"))
	tg.Wait(t, "the postcode question", sent(tg, residentB, "Quel est votre code postal"))
	tg.Push(telegramtest.Text(residentB, "38000"))
	for _, chat := range []int64{residentA, residentB} {
		tg.Wait(t, "the handover reply", sent(tg, chat, "un médiateur va vous répondre"))
	}
	thread := map[string]string{}
	dc.WaitFor(ctx, "a thread in each site's channel", func() bool {
		// The fake records a call once its handler returns, after the
		// thread it made is visible: wait for both.
		if len(dc.CallsTo(discordtest.RouteMessages)) == 0 || len(dc.CallsTo(discordtest.RouteThreads)) == 0 {
			return false
		}
		a, b := dc.Threads(chanA), dc.Threads(chanB)
		if len(a) == 1 && len(b) == 1 {
			thread[chanA], thread[chanB] = a[0].ID, b[0].ID
			return true
		}
		return false
	})
	for _, c := range []struct{ route, role, other string }{
		{discordtest.RouteMessages, roleA, roleB}, // a's first message, in the text channel
		{discordtest.RouteThreads, roleB, roleA},  // b's forum post
	} {
		first := dc.CallsTo(c.route)[0]
		roles, _ := first.AllowedMentions()["roles"].([]any)
		if len(roles) != 1 || roles[0] != c.role || !strings.Contains(first.Content(), "<@&"+c.role+">") ||
			strings.Contains(first.Content(), c.other) {
			t.Errorf("the first message of %s may ping %v:\n%s", c.role, roles, first.Content())
		}
	}

	medA := discordtest.User{ID: "610000000000000001", Name: "alice", Nick: "Alice", Roles: []string{roleA}}
	threadB := thread[chanB]
	th, _ := dc.Channel(threadB)
	number := regexp.MustCompile(`n° (\d+)`).FindStringSubmatch(th.Name)
	if number == nil {
		t.Fatalf("b's thread is named %q", th.Name)
	}
	dc.Click(threadB, threadB, medA, "pimms:claim:"+number[1])
	dc.UserMessage(threadB, medA, "Je réponds depuis Alpha")
	refused := "Cette demande relève du PIMMS Bêta\u00a0: seuls ses médiateurs peuvent y répondre."
	dc.WaitFor(ctx, "the refusal in b's thread", func() bool {
		for _, m := range dc.Messages(threadB) {
			if strings.Contains(m.Content, refused) {
				return true
			}
		}
		return false
	})
	dc.Sync(ctx)
	claimRefused := false
	for _, c := range dc.CallsTo(discordtest.RouteCallback) {
		claimRefused = claimRefused || strings.Contains(c.Content(), refused)
	}
	if !claimRefused {
		t.Error("a mediator of a was not refused the claim of b's ticket")
	}
	for _, m := range tg.Messages(residentB) {
		if strings.Contains(m.Text, "depuis Alpha") || strings.Contains(m.Text, "Alice") {
			t.Errorf("a mediator of a reached b's resident: %q", m.Text)
		}
	}

	resp, err := http.Get("http://" + listenAddr(t, logbuf) + "/healthz")
	if err != nil {
		t.Fatal(err)
	}
	body, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	if !strings.Contains(string(body), `"status":"ok"`) {
		t.Errorf("/healthz: %s", body)
	}
	if bad := dc.Invalid(); len(bad) > 0 {
		t.Errorf("Discord would have refused %d requests: %v", len(bad), bad)
	}
}

// TestServeSitesJourney runs serve with a sites file through both fakes:
// a resident of a changes to b with /site and their postcode, asks for a
// mediator while b is closed (closed today and tomorrow, in its time
// zone) and is told when it opens, and a mediator of b transfers the
// ticket to a: a new thread in a's channel, and the resident told which
// PIMMS now handles it.
func TestServeSitesJourney(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	paris, err := time.LoadLocation("Europe/Paris")
	if err != nil {
		t.Fatal(err)
	}
	today := time.Now().In(paris)
	closed := fmt.Sprintf(`    closed_days: ["%s", "%s"]`+"\n", today.Format(time.DateOnly), today.AddDate(0, 0, 1).Format(time.DateOnly))
	yaml := strings.Replace(discordSitesYAML, `    postcodes: ["38000"]`+"\n", `    postcodes: ["38000"]`+"\n"+closed, 1)
	tg, dc := telegramtest.NewServer(t), discordtest.New(t)
	dc.AddChannel(discordtest.Channel{ID: chanA, Name: "alpha", Type: discordtest.TypeText})
	dc.AddChannel(discordtest.Channel{ID: chanB, Name: "beta", Type: discordtest.TypeForum})
	for _, r := range []string{roleA, roleB} {
		dc.SetRole(discordtest.Role{ID: r, Name: "médiateurs-" + r[:2], Mentionable: true})
	}
	startServe(t, env{
		"TELEGRAM_BOT_TOKEN": telegramtest.Token, "TELEGRAM_API_URL": tg.URL,
		"TELEGRAM_RATE_GLOBAL": "0", "TELEGRAM_RATE_PER_CHAT": "0", "PIMMS_SITES_FILE": writeSites(t, yaml),
		"DISCORD_BOT_TOKEN": discordtest.Token, "DISCORD_GUILD_ID": discordtest.GuildID, "DISCORD_API_URL": dc.URL,
		"PIMMS_DB": t.TempDir() + "/pimms.db", "PIMMS_HTTP_ADDR": "127.0.0.1:0", "PIMMS_ADMIN_SOCKET": "off",
	})
	dc.WaitReady(ctx, 1)

	const resident = 4301
	tg.Push(telegramtest.Text(resident, "/start a"), telegramtest.Text(resident, "/site"))
	tg.Wait(t, "the site shown with its change button", sent(tg, resident, "PIMMS Alpha"))
	click := func(label string) {
		t.Helper()
		tg.Wait(t, "the button "+label, func([]telegramtest.Call) bool { _, ok := tg.Click(resident, label); return ok })
		upd, _ := tg.Click(resident, label)
		tg.Push(upd)
	}
	click("📍 Changer de PIMMS")
	tg.Wait(t, "the postcode question", sent(tg, resident, "Quel est votre code postal"))
	tg.Push(telegramtest.Text(resident, "38000"))
	tg.Wait(t, "the new site", sent(tg, resident, "PIMMS Bêta"))
	tg.Push(telegramtest.Text(resident, "/mediateur"))
	tg.Wait(t, "the closed site's next opening", sent(tg, resident, "Le PIMMS est fermé en ce moment. Il ouvre"))

	var threadB string
	dc.WaitFor(ctx, "a thread in b's forum", func() bool {
		if ts := dc.Threads(chanB); len(ts) == 1 && len(dc.Threads(chanA)) == 0 {
			threadB = ts[0].ID
			return true
		}
		return false
	})
	medB := discordtest.User{ID: "620000000000000001", Name: "bob", Nick: "Bob", Roles: []string{roleB}}
	dc.Command(threadB, medB, "transferer", map[string]any{"site": "a"})
	tg.Wait(t, "the resident told of the transfer", sent(tg, resident, "est maintenant suivie par le PIMMS Alpha"))
	dc.WaitFor(ctx, "a thread in a's channel", func() bool { return len(dc.Threads(chanA)) == 1 })
	if bad := dc.Invalid(); len(bad) > 0 {
		t.Errorf("the fake refused %d calls: %+v", len(bad), bad[0])
	}
}
