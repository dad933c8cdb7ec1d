package main

import (
	"context"
	"strings"
	"testing"
	"time"

	"pimmsbot/internal/discord/discordtest"
	"pimmsbot/internal/telegram/telegramtest"
)

// distressText is a resident in danger, written as residents write; the
// FAQ answers it with the 3919.
const distressText = "il ma encore frapé cette nuit, j'ai peur de rentrer"

// TestEmergencyEndToEnd runs serve against both fakes while the site is
// closed: a resident in danger gets the numbers at once and an urgent
// thread notifies the mediators; another, whose ticket a mediator has
// claimed, gets them too, and the thread shows the emergency.
func TestEmergencyEndToEnd(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	const first, second = 5151, 5252
	f := fakes{tg: telegramtest.NewServer(t), dc: discordtest.New(t)}
	// Open one minute a week, in the middle of the night: closed now.
	serveWith(t, ctx, f, map[string]string{"PIMMS_HOURS": "dim 03:00-03:01"})
	f.dc.WaitReady(ctx, 1)

	// Outside opening hours, no ticket yet.
	f.tg.Push(telegramtest.Text(first, distressText))
	f.tg.Wait(t, "the emergency numbers", sent(f.tg, first, "3919"))
	f.tg.Wait(t, "the PIMMS closed", sent(f.tg, first, "fermé"))
	if msgs := f.tg.Messages(first); !strings.Contains(msgs[0].Text, "3919") {
		t.Errorf("first message = %q, want the numbers before anything else", msgs[0].Text)
	}
	var urgent string
	f.dc.WaitFor(ctx, "an urgent thread", func() bool {
		for _, th := range f.dc.Threads(e2eChannel) {
			if strings.Contains(th.Name, "🚨 URGENT") {
				urgent = th.ID
				return true
			}
		}
		return false
	})
	if m := f.dc.Messages(urgent)[0]; !strings.Contains(m.Content, "<@&"+e2eRole+">") {
		t.Errorf("the urgent thread does not notify the role:\n%s", m.Content)
	}

	// Claimed by a mediator, then the danger.
	mediator := discordtest.User{ID: "600000000000000001", Name: "camille.d", Nick: "Camille", Roles: []string{e2eRole}}
	f.tg.Push(telegramtest.Text(second, "je veux parler à un médiateur"))
	f.tg.Wait(t, "the handover reply", sent(f.tg, second, "n° 2"))
	var thread string
	f.dc.WaitFor(ctx, "the second thread", func() bool {
		for _, th := range f.dc.Threads(e2eChannel) {
			if strings.Contains(th.Name, "n° 2 ") {
				thread = th.ID
				return true
			}
		}
		return false
	})
	f.dc.Click(thread, thread, mediator, "pimms:claim:2")
	f.tg.Wait(t, "the claim", sent(f.tg, second, "Camille"))
	f.tg.Push(telegramtest.Text(second, distressText))
	f.tg.Wait(t, "the emergency numbers while claimed", sent(f.tg, second, "3919"))
	f.dc.WaitFor(ctx, "the emergency flagged in the thread", func() bool {
		for _, m := range f.dc.Messages(thread) {
			if strings.Contains(m.Content, "URGENCE") && strings.Contains(m.Content, "<@&"+e2eRole+">") {
				return true
			}
		}
		return false
	})
	if bad := f.dc.Invalid(); len(bad) > 0 {
		t.Errorf("Discord refused: %v", bad)
	}
}

// TestEmergencyTelegramOnly: without Discord, the numbers come at once and
// the bot keeps answering.
func TestEmergencyTelegramOnly(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 20*time.Second)
	defer cancel()
	const chat = 5353
	f := fakes{tg: telegramtest.NewServer(t)}
	serveWith(t, ctx, f, nil)
	f.tg.Push(telegramtest.Text(chat, distressText))
	f.tg.Wait(t, "the emergency numbers", sent(f.tg, chat, "3919"))
	f.tg.Push(telegramtest.Text(chat, "j'ai perdu ma carte vitale"))
	f.tg.Wait(t, "the next answer", sent(f.tg, chat, "Vitale"))
}
