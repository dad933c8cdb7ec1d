package main

import (
	"context"
	"encoding/json"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"pimmsbot/internal/discord/discordtest"
	"pimmsbot/internal/telegram/telegramtest"
)

// TestMyDataEndToEnd runs "pimmsbot serve" against both fakes, as the
// sixth outside review did (D3, D4): a mediator takes a resident's
// request on Discord, answers, and writes a note; the resident's
// /mesdonnees brings a French text file through Telegram with the
// mediator's answer and the name the resident saw, and without the note,
// the mediator's Discord id or the thread's.
func TestMyDataEndToEnd(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	const chat = 4343
	f := fakes{tg: telegramtest.NewServer(t), dc: discordtest.New(t)}
	serveWith(t, ctx, f, map[string]string{"PIMMS_HOURS": "lun-dim 00:00-24:00"})
	tg, dc := f.tg, f.dc
	dc.WaitReady(ctx, 1)
	mediator := discordtest.User{ID: "600000000000000001", Name: "camille.d", Nick: "Camille", Roles: []string{e2eRole}}

	tg.Push(telegramtest.Text(chat, "aidez moi"), telegramtest.Text(chat, "/mediateur"))
	tg.Wait(t, "the handover reply", sent(tg, chat, "médiateur va vous répondre"))
	var thread string
	dc.WaitFor(ctx, "a thread", func() bool {
		if th := dc.Threads(e2eChannel); len(th) == 1 {
			thread = th[0].ID
			return true
		}
		return false
	})
	dc.Click(thread, thread, mediator, "pimms:claim:1")
	tg.Wait(t, "the resident told who answers", sent(tg, chat, "Camille"))
	dc.UserMessage(thread, mediator, "Bonjour, avez-vous votre courrier de la CARSAT ?")
	tg.Wait(t, "the mediator's message", sent(tg, chat, "courrier de la CARSAT"))
	dc.UserMessage(thread, mediator, "!note usager pas clair, appeler carsat")
	dc.WaitFor(ctx, "the note acknowledged", func() bool {
		for _, m := range dc.Messages(thread) {
			if strings.Contains(m.Content, "Note interne enregistrée") {
				return true
			}
		}
		return false
	})

	tg.Push(telegramtest.Text(chat, "/mesdonnees"))
	var doc *telegramtest.File
	tg.Wait(t, "the copy", func([]telegramtest.Call) bool {
		for _, m := range tg.Messages(chat) {
			if m.File != nil {
				doc = m.File
				return true
			}
		}
		return false
	})
	for _, c := range tg.Calls("sendDocument") {
		if c.Length <= int64(len(doc.Data)) {
			t.Errorf("sendDocument #%d announced %d bytes for a file of %d (chunked is -1)", c.Seq, c.Length, len(doc.Data))
		}
	}
	text := string(doc.Data)
	if !strings.HasSuffix(doc.Name, ".txt") || !utf8.ValidString(text) || json.Valid(doc.Data) {
		t.Fatalf("the copy %q is not a French text:\n%s", doc.Name, text)
	}
	for _, bad := range []string{"usager pas clair", "appeler carsat", mediator.ID, thread, `"from"`, "[bouton]"} {
		if strings.Contains(text, bad) {
			t.Errorf("the resident's copy shows %q:\n%s", bad, text)
		}
	}
	for _, want := range []string{"Camille (médiation)\u00a0: Bonjour, avez-vous votre courrier de la CARSAT ?", "Vous\u00a0: aidez moi"} {
		if !strings.Contains(text, want) {
			t.Errorf("the resident's copy lacks %q:\n%s", want, text)
		}
	}
	if !sent(tg, chat, "1 demande à un médiateur")(nil) {
		t.Error("the reply does not count the request in words")
	}
}
