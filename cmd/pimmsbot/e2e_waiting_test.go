package main

import (
	"context"
	"regexp"
	"strings"
	"testing"
	"time"

	"pimmsbot/internal/discord/discordtest"
	"pimmsbot/internal/hours"
	"pimmsbot/internal/telegram/telegramtest"
)

// shown returns the texts a chat was sent, non-breaking spaces made plain.
func shown(tg *telegramtest.Server, chat int64) []string {
	var out []string
	for _, m := range tg.Messages(chat) {
		out = append(out, strings.ReplaceAll(m.Text, "\u00a0", " "))
	}
	return out
}

// countShown counts the messages of a chat that hold substr.
func countShown(tg *telegramtest.Server, chat int64, substr string) int {
	n := 0
	for _, m := range shown(tg, chat) {
		if strings.Contains(m, substr) {
			n++
		}
	}
	return n
}

// threadNamed waits for a thread of the tickets' channel whose name holds
// substr and returns it.
func threadNamed(ctx context.Context, dc *discordtest.Server, substr string) discordtest.Channel {
	var found discordtest.Channel
	dc.WaitFor(ctx, "a thread named "+substr, func() bool {
		for _, th := range dc.Threads(e2eChannel) {
			if strings.Contains(th.Name, substr) {
				found = th
				return true
			}
		}
		return false
	})
	return found
}

// TestWaitingEndToEnd runs serve against both fakes while the site is
// closed (M7 and L6 of the outside test of 07/12/2026). A resident in
// danger gets the numbers and an automatic urgent ticket, named with the
// emergency's theme title; until they ask for a mediator, their FAQ
// questions are answered and the thread shows it; after, their messages
// get one receipt per burst that says a mediator answers at the opening;
// another emergency still gets the numbers at once. A ticket asked for
// after a health answer is named « Santé et Assurance maladie ».
func TestWaitingEndToEnd(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 60*time.Second)
	defer cancel()
	const victim, other = 6161, 6262
	f := fakes{tg: telegramtest.NewServer(t), dc: discordtest.New(t)}
	serveWith(t, ctx, f, map[string]string{"PIMMS_HOURS": "dim 03:00-03:01"}) // closed now
	f.dc.WaitReady(ctx, 1)

	f.tg.Push(telegramtest.Text(victim, distressText))
	f.tg.Wait(t, "the emergency numbers", sent(f.tg, victim, "3919"))
	urgent := threadNamed(ctx, f.dc, "🚨 URGENT")
	if !strings.Contains(urgent.Name, "Urgence") || strings.Contains(urgent.Name, "· urgence ·") {
		t.Errorf("urgent thread named %q, want the emergency theme's title", urgent.Name)
	}
	f.dc.WaitFor(ctx, "the summary", func() bool { return len(f.dc.Messages(urgent.ID)) > 0 })
	if first := f.dc.Messages(urgent.ID)[0].Content; !strings.Contains(first, "thème «\u00a0Urgence") {
		t.Errorf("summary without the theme's title:\n%s", first)
	}

	// The bot opened the ticket: it still answers the FAQ.
	f.tg.Push(telegramtest.Text(victim, "vous êtes ouvert quand ?"))
	f.tg.Wait(t, "the hours answer", sent(f.tg, victim, "Une question sur l'adresse ou les horaires"))
	f.dc.WaitFor(ctx, "the answer shown in the thread", func() bool {
		for _, m := range f.dc.Messages(urgent.ID) {
			if strings.Contains(m.Content, "Le bot lui a répondu avec la fiche") {
				return true
			}
		}
		return false
	})

	// They ask for a mediator: now their words are for the mediator.
	f.tg.Push(telegramtest.Text(victim, "je veux parler à quelqu'un"))
	f.tg.Wait(t, "the request confirmed", sent(f.tg, victim, "déjà transmise"))
	f.tg.Push(telegramtest.Text(victim, "c'est pour mon dossier"), telegramtest.Text(victim, "j'ai 3 enfants"),
		telegramtest.Text(victim, "merci"), telegramtest.Text(victim, "/aide"))
	f.tg.Wait(t, "the help, after the burst", sent(f.tg, victim, "/mesdonnees"))
	if n := countShown(f.tg, victim, "Votre message est transmis. Le PIMMS est fermé en ce moment : un médiateur vous répondra à l'ouverture, "+nextOpening(t, "dim 03:00-03:01")); n != 1 {
		t.Errorf("%d receipts for a burst of three lines, want 1 that says the opening:\n%s", n, strings.Join(shown(f.tg, victim), "\n---\n"))
	}
	f.dc.WaitFor(ctx, "the burst relayed", func() bool {
		for _, m := range f.dc.Messages(urgent.ID) {
			if strings.Contains(m.Content, "j'ai 3 enfants") {
				return true
			}
		}
		return false
	})
	f.tg.Push(telegramtest.Text(victim, distressText))
	f.tg.Wait(t, "the numbers again while waiting", func([]telegramtest.Call) bool { return countShown(f.tg, victim, "3919") >= 2 })

	// A ticket asked for after a health answer.
	f.tg.Push(telegramtest.Text(other, "c'est quoi la complémentaire santé solidaire"))
	f.tg.Wait(t, "the CSS answer", sent(f.tg, other, "Complémentaire santé solidaire"))
	f.tg.Push(telegramtest.Text(other, "je veux parler à quelqu'un"))
	f.tg.Wait(t, "the handover", sent(f.tg, other, "n° 2"))
	if th := threadNamed(ctx, f.dc, "n° 2 "); !strings.Contains(th.Name, "Santé et Assurance maladie") {
		t.Errorf("thread named %q, want the theme's title", th.Name)
	}
	if bad := f.dc.Invalid(); len(bad) > 0 {
		t.Errorf("Discord refused: %v", bad)
	}
}

// nextOpening words, as the receipt does, the next opening of a site
// open at week in Paris, the default time zone: « dimanche 13 décembre à
// 3 h », but « demain à 3 h » on a Saturday, which a fixed day in the
// expected text would fail.
func nextOpening(t *testing.T, week string) string {
	t.Helper()
	paris, err := time.LoadLocation("Europe/Paris")
	if err != nil {
		t.Fatal(err)
	}
	sched, err := hours.Parse(week, nil, paris)
	if err != nil {
		t.Fatal(err)
	}
	now := time.Now()
	next, ok := sched.NextOpening(now)
	if !ok {
		t.Fatalf("%q never opens", week)
	}
	return strings.ReplaceAll(sched.When(next, now), "\u00a0", " ")
}

// TestHoursEndToEnd runs serve on Telegram with the default site details
// (no phone, no address) and today and tomorrow closed (M4, L3 and L4 of
// the outside test of 07/12/2026): the FAQ's hours and appointment
// answers say the closures as /horaires does, leave nothing after a
// colon, always give a way to reach the PIMMS, and link no history
// article.
func TestHoursEndToEnd(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	paris, err := time.LoadLocation("Europe/Paris")
	if err != nil {
		t.Fatal(err)
	}
	today := time.Now().In(paris)
	closed := today.Format(time.DateOnly) + "," + today.AddDate(0, 0, 1).Format(time.DateOnly)
	f := fakes{tg: telegramtest.NewServer(t)}
	serveWith(t, ctx, f, map[string]string{"PIMMS_HOURS": "lun-dim 09:00-17:00", "PIMMS_CLOSED_DAYS": closed,
		"PIMMS_SITE_PHONE": "", "PIMMS_SITE_ADDRESS": ""})
	const chat = 7171
	dangling := regexp.MustCompile(`:\s*(\n\s*\n|$)`)
	for i, ask := range []struct{ question, answer string }{
		{"vous êtes ouvert quand ?", "Une question sur l'adresse ou les horaires"},
		{"faut il prendre rdv", "prenez rendez-vous"},
		{"/horaires", "Horaires :"},
	} {
		f.tg.Push(telegramtest.Text(chat, ask.question))
		f.tg.Wait(t, ask.question, sent(f.tg, chat, strings.ReplaceAll(ask.answer, " :", "\u00a0:")))
		msgs := f.tg.Messages(chat)
		var m telegramtest.Message
		for _, x := range msgs {
			if strings.Contains(strings.ReplaceAll(x.Text, "\u00a0", " "), ask.answer) {
				m = x
			}
		}
		text := strings.ReplaceAll(m.Text, "\u00a0", " ")
		if !strings.Contains(text, "Fermé exceptionnellement aujourd'hui") || !strings.Contains(text, "demain") {
			t.Errorf("%q does not say the closures:\n%s", ask.question, text)
		}
		if dangling.MatchString(text) {
			t.Errorf("%q ends a sentence on a colon followed by nothing:\n%s", ask.question, text)
		}
		if i == 1 && !strings.Contains(text, "à l'accueil du PIMMS Test") {
			t.Errorf("%q gives no way to book without a phone:\n%s", ask.question, text)
		}
		for _, row := range m.Keyboard {
			for _, b := range row {
				if strings.Contains(b.URL, "regards-croises") {
					t.Errorf("%q links the history article", ask.question)
				}
			}
		}
		if strings.Contains(m.HTML, "regards-croises") {
			t.Errorf("%q links the history article", ask.question)
		}
	}
}
