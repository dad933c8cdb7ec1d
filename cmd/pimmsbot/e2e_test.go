package main

import (
	"context"
	"strings"
	"testing"
	"time"

	"pimmsbot/internal/discord/discordtest"
	"pimmsbot/internal/telegram/telegramtest"
)

// TestResidentToMediatorEndToEnd runs "pimmsbot serve" against both fakes:
// a resident on the fake Telegram asks for a mediator, a thread appears on
// the fake Discord, a mediator with the role claims, messages go both
// ways, a note stays on the desk, and /fermer closes and asks for a rating.
func TestResidentToMediatorEndToEnd(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	const (
		chat = 4242
		role = e2eRole
	)
	f := fakes{tg: telegramtest.NewServer(t), dc: discordtest.New(t)}
	serveWith(t, ctx, f, map[string]string{"PIMMS_HOURS": "lun-dim 00:00-24:00"})
	tgSrv, dcSrv, channel := f.tg, f.dc, e2eChannel
	dcSrv.WaitReady(ctx, 1)

	mediator := discordtest.User{ID: "600000000000000001", Name: "camille.d", Nick: "Camille", Roles: []string{role}}
	stranger := discordtest.User{ID: "600000000000000009", Name: "visiteur"}
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
	countTG := func(substr string) int {
		n := 0
		for _, m := range tgSrv.Messages(chat) {
			if strings.Contains(m.Text, substr) {
				n++
			}
		}
		return n
	}

	tgSrv.Push(telegramtest.Text(chat, "Comment demander l'APL ?"), telegramtest.Text(chat, "/mediateur"))
	tgSrv.Wait(t, "the handover reply", got("médiateur va vous répondre"))
	var thread string
	dcSrv.WaitFor(ctx, "a thread", func() bool {
		if th := dcSrv.Threads(channel); len(th) == 1 {
			thread = th[0].ID
			return true
		}
		return false
	})
	first := dcSrv.Messages(thread)[0]
	for _, want := range []string{"<@&" + role + ">", "Demande n° 1", "Comment demander l'APL"} {
		if !strings.Contains(first.Content, want) {
			t.Errorf("the thread's first message lacks %q:\n%s", want, first.Content)
		}
	}

	// Someone without the role: ignored.
	dcSrv.Click(thread, thread, stranger, "pimms:claim:1")
	dcSrv.UserMessage(thread, stranger, "Je réponds à sa place")
	dcSrv.Sync(ctx)

	dcSrv.Click(thread, thread, mediator, "pimms:claim:1")
	tgSrv.Wait(t, "the resident told who answers", got("Camille"))

	dcSrv.UserMessage(thread, mediator, "Bonjour, avez-vous votre numéro d'allocataire ?")
	tgSrv.Wait(t, "the mediator's message", got("numéro d'allocataire"))

	tgSrv.Push(telegramtest.Text(chat, "Oui @everyone @here <@&"+role+"> le voici"))
	var relayed discordtest.Call
	dcSrv.WaitFor(ctx, "the resident's reply in the thread", func() bool {
		for _, c := range dcSrv.CallsTo(discordtest.RouteMessages) {
			if strings.Contains(c.Content(), "le voici") {
				relayed = c
				return true
			}
		}
		return false
	})
	if am := relayed.AllowedMentions(); am == nil || len(am["parse"].([]any)) != 0 || am["roles"] != nil {
		t.Errorf("the resident's reply may ping: allowed_mentions = %v", am)
	}
	if c := relayed.Content(); strings.Contains(c, "@everyone") || strings.Contains(c, "@here") || strings.Contains(c, "<@&") {
		t.Errorf("the resident's reply shows live mentions:\n%s", c)
	}

	dcSrv.UserMessage(thread, mediator, "!note dossier à vérifier")
	dcSrv.Command(thread, mediator, "fermer", nil)
	tgSrv.Wait(t, "the rating question", got("note de 1"))
	if countTG("dossier à vérifier") != 0 {
		t.Error("a note reached the resident")
	}
	if countTG("Je réponds à sa place") != 0 {
		t.Error("a message from someone without the role reached the resident")
	}
	if n := countTG("s'occupe de votre demande"); n != 1 {
		t.Errorf("the resident was told %d times that someone answers, want 1", n)
	}
	if countTG("La conversation est terminée") != 1 {
		t.Error("the resident was not told the conversation ended")
	}
	// The fake enforces Discord's documented limits: every request of the
	// whole scenario must have passed them.
	if bad := dcSrv.Invalid(); len(bad) > 0 {
		t.Errorf("Discord would have refused %d requests: %v", len(bad), bad)
	}
}
