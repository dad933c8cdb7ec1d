package telegram_test

import (
	"bytes"
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/go-telegram/bot/models"

	"pimmsbot/internal/catalog"
	"pimmsbot/internal/conversation"
	"pimmsbot/internal/telegram"
	"pimmsbot/internal/telegram/telegramtest"
)

const chat = 42

func labels(m telegramtest.Message) []string {
	var out []string
	for _, row := range m.Keyboard {
		for _, b := range row {
			out = append(out, b.Text)
		}
	}
	return out
}

func TestStart(t *testing.T) {
	h := newHarness(t)
	msgs := h.say(chat, "/start", 1)
	m := msgs[0]
	if !strings.Contains(m.Text, "bienvenue au PIMMS Test") {
		t.Errorf("welcome = %q", m.Text)
	}
	// The site's name is in bold: HTML parse mode, rendered.
	if len(m.Entities) == 0 || m.Entities[0].Type != models.MessageEntityTypeBold {
		t.Errorf("entities = %+v, want the site's name in bold", m.Entities)
	}
	want := []string{"❓ Poser une question", "📚 Thèmes", "🧑 Parler à un médiateur", "🕘 Horaires et adresse"}
	if got := labels(m); !slices.Equal(got, want) {
		t.Errorf("buttons = %q, want %q", got, want)
	}
	calls := h.srv.Calls()
	send := sends(h.srv, chat)[0]
	if send.Params["parse_mode"] != "HTML" {
		t.Errorf("parse_mode = %q", send.Params["parse_mode"])
	}
	var cmds []models.BotCommand
	var sawCommands, sawDelete bool
	for _, c := range calls {
		switch c.Method {
		case "setMyCommands":
			sawCommands = true
			if err := json.Unmarshal([]byte(c.Params["commands"]), &cmds); err != nil {
				t.Fatal(err)
			}
			if !strings.Contains(c.Params["scope"], "all_private_chats") {
				t.Errorf("commands scope = %s", c.Params["scope"])
			}
		case "deleteWebhook":
			sawDelete = true
		case "getUpdates":
			if !sawDelete {
				t.Error("getUpdates before deleteWebhook")
			}
		}
	}
	if !sawCommands {
		t.Error("no setMyCommands")
	}
	var names []string
	for _, c := range cmds {
		names = append(names, c.Command)
	}
	if want := []string{"start", "themes", "mediateur", "horaires", "aide", "confidentialite", "mesdonnees", "oublier", "fin"}; !slices.Equal(names, want) {
		t.Errorf("commands = %q, want %q", names, want)
	}

	// A button of the menu works.
	h.click(chat, "📚 Thèmes")
	msgs = h.srv.WaitMessages(t, chat, 2)
	if !strings.Contains(msgs[1].Text, "Choisissez un thème") || len(msgs[1].Keyboard) < 5 {
		t.Errorf("themes = %q with %d rows", msgs[1].Text, len(msgs[1].Keyboard))
	}
	// The spinner's answer goes beside the reply, not before it.
	h.srv.Wait(t, "the click answered", func(calls []telegramtest.Call) bool {
		return slices.ContainsFunc(calls, func(c telegramtest.Call) bool { return c.Method == "answerCallbackQuery" })
	})
	if n := len(h.srv.Calls("answerCallbackQuery")); n != 1 {
		t.Errorf("%d callback answers, want 1", n)
	}
}

// A slow answer to the click (the call that stops the button's spinner)
// does not hold the resident's reply back: the reply arrives while
// Telegram still withholds that answer.
func TestClickReplyNotHeldBySpinner(t *testing.T) {
	h := newHarness(t)
	h.say(chat, "/start", 1)
	release := make(chan struct{})
	defer close(release)
	h.srv.Inject(telegramtest.Fault{Method: "answerCallbackQuery", Hold: release})
	h.click(chat, "📚 Thèmes")
	msgs := h.srv.WaitMessages(t, chat, 2)
	if !strings.Contains(msgs[1].Text, "Choisissez un thème") {
		t.Fatalf("reply to the click = %q", msgs[1].Text)
	}
	if n := h.srv.Held(); n != 1 {
		t.Errorf("answers withheld when the reply came = %d, want 1: the reply waited for the spinner's answer", n)
	}
}

func TestAnswerWithSourcesAndFeedback(t *testing.T) {
	h := newHarness(t)
	msgs := h.say(chat, "j'ai perdu ma carte vitale", 1)
	answer := msgs[0]
	kb := answer.Keyboard
	if len(kb) < 3 || kb[0][0].URL == "" || !strings.HasPrefix(kb[0][0].URL, "https://") {
		t.Fatalf("keyboard = %+v, want the sources as URL buttons first", kb)
	}
	if !slices.Contains(labels(answer), "👍 Ça m'aide") || !slices.Contains(labels(answer), "👎 Pas vraiment") {
		t.Fatalf("buttons = %q, want the feedback buttons", labels(answer))
	}
	for _, row := range kb {
		for _, b := range row {
			if len(b.CallbackData) > 64 {
				t.Errorf("callback data of %q is %d bytes", b.Text, len(b.CallbackData))
			}
		}
	}

	h.click(chat, "👍 Ça m'aide")
	msgs = h.srv.WaitMessages(t, chat, 2)
	if !strings.Contains(msgs[1].Text, "Merci pour votre retour") {
		t.Errorf("after 👍: %q", msgs[1].Text)
	}
	// The answer now shows the choice and keeps only its links.
	edited := msgs[0]
	if edited.Edits != 1 || !strings.HasSuffix(edited.Text, "✅ 👍 Ça m'aide") {
		t.Errorf("answer after the click (%d edits): …%q", edited.Edits, tail(edited.Text))
	}
	if !strings.HasPrefix(edited.Text, answer.Text) || len(edited.Entities) != len(answer.Entities) {
		t.Errorf("the edit lost the answer's text or formatting")
	}
	for _, row := range edited.Keyboard {
		for _, b := range row {
			if b.URL == "" {
				t.Errorf("button %q left after the choice", b.Text)
			}
		}
	}
	fb, err := h.store.FeedbackSince(context.Background(), time.Time{})
	if err != nil || len(fb) != 1 || !fb[0].Helpful || fb[0].Entry != "ameli-carte-vitale" {
		t.Errorf("feedback = %+v, %v", fb, err)
	}
}

func tail(s string) string {
	r := []rune(s)
	return string(r[max(0, len(r)-40):])
}

func TestClarifyByButton(t *testing.T) {
	h := newHarness(t)
	// A clarification between three bill entries, as the engine gives
	// one: the flow must not depend on the engine's tuning.
	offered := []string{"energie-facture", "eau-facture-fuite", "energie-difficultes-paiement"}
	h.scripted["facture"] = catalog.Result{Outcome: catalog.Clarify, Confidence: 0.5, Offered: offered,
		Candidates: []catalog.Candidate{{ID: offered[0], Score: 5}, {ID: offered[1], Score: 4.8}, {ID: offered[2], Score: 4.5}}}
	msgs := h.say(chat, "facture", 1)
	if !strings.Contains(msgs[0].Text, "Votre question concerne") {
		t.Fatalf("reply to a vague question = %q, want a clarification", msgs[0].Text)
	}
	ls := labels(msgs[0])
	if len(ls) < 4 || ls[len(ls)-2] != "Aucune de ces questions" || ls[len(ls)-1] != "🧑 Parler à un médiateur" {
		t.Fatalf("choices = %q, want the titles, « Aucune de ces questions » and a mediator", ls)
	}
	choice := ls[0]
	h.click(chat, choice)
	msgs = h.srv.WaitMessages(t, chat, 2)
	if len(msgs[1].Keyboard) == 0 || msgs[1].Keyboard[0][0].URL == "" {
		t.Errorf("the chosen entry's answer has no source: %+v", msgs[1].Keyboard)
	}
	if !strings.HasSuffix(msgs[0].Text, "✅ "+choice) || len(msgs[0].Keyboard) != 0 {
		t.Errorf("clarification after the choice: …%q, %d rows", tail(msgs[0].Text), len(msgs[0].Keyboard))
	}
}

// TestSuggestionsByButton plays the one-tap tier with inline buttons:
// « Oui », « Non, autre chose », « Aucune de ces questions » as a second
// miss, then the mediator it offers. Every tap is stored.
func TestSuggestionsByButton(t *testing.T) {
	h := newHarness(t)
	confirm := func(id string) catalog.Result {
		return catalog.Result{Outcome: catalog.Confirm, Confidence: 0.6,
			Candidates: []catalog.Candidate{{ID: id, Score: 5}}, Offered: []string{id}}
	}
	h.scripted["ma carte verte est partie avec mon sac"] = confirm("ameli-carte-vitale")
	h.scripted["les sous pour le loyer"] = confirm("caf-apl")
	h.scripted["un papier pour la sécu"] = catalog.Result{Outcome: catalog.Clarify, Confidence: 0.5,
		Candidates: []catalog.Candidate{{ID: "ameli-attestation-droits", Score: 5}, {ID: "caf-attestation", Score: 4.8}},
		Offered:    []string{"ameli-attestation-droits", "caf-attestation"}}

	msgs := h.say(chat, "ma carte verte est partie avec mon sac", 1)
	e, _ := h.svc.Catalog().Entry("ameli-carte-vitale")
	if !strings.HasPrefix(msgs[0].Text, "Votre question concerne-t-elle\u00a0: ") || !strings.Contains(msgs[0].Text, strings.TrimSuffix(e.Title, "\u00a0?")) {
		t.Fatalf("confirm = %q, want « Votre question concerne-t-elle : %s »", msgs[0].Text, e.Title)
	}
	if ls := labels(msgs[0]); strings.Join(ls, "|") != "Oui|Non, autre chose" {
		t.Fatalf("confirm buttons = %q, want [Oui] [Non, autre chose]", ls)
	}
	h.click(chat, "Oui")
	msgs = h.srv.WaitMessages(t, chat, 2)
	if !strings.HasSuffix(msgs[0].Text, "✅ Oui") || len(msgs[0].Keyboard) != 0 {
		t.Errorf("confirm after « Oui »: …%q, %d rows", tail(msgs[0].Text), len(msgs[0].Keyboard))
	}
	if len(msgs[1].Keyboard) == 0 || msgs[1].Keyboard[0][0].URL == "" {
		t.Errorf("« Oui » did not send the entry with its sources: %q", msgs[1].Text)
	}

	h.say(chat, "les sous pour le loyer", 3)
	h.click(chat, "Non, autre chose")
	msgs = h.srv.WaitMessages(t, chat, 4)
	if !strings.Contains(msgs[3].Text, "autrement") || !slices.Contains(labels(msgs[3]), "🧑 Parler à un médiateur") {
		t.Errorf("first miss = %q %q, want to write it otherwise", msgs[3].Text, labels(msgs[3]))
	}

	msgs = h.say(chat, "un papier pour la sécu", 5)
	if ls := labels(msgs[4]); len(ls) != 4 || ls[2] != "Aucune de ces questions" {
		t.Fatalf("clarify buttons = %q", ls)
	}
	h.click(chat, "Aucune de ces questions")
	msgs = h.srv.WaitMessages(t, chat, 6)
	if !strings.Contains(msgs[5].Text, "Un médiateur peut vous aider") {
		t.Errorf("second miss = %q, want the offer of a mediator", msgs[5].Text)
	}
	h.click(chat, "🧑 Parler à un médiateur")
	h.desk.wait(t, "the ticket", func(d *desk) bool { return len(d.opened) == 1 })

	sgs, err := h.store.SuggestionsSince(context.Background(), time.Time{})
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, sg := range sgs {
		got = append(got, strings.TrimSpace(sg.Event+" "+sg.Kind+" "+sg.Entry))
	}
	want := "shown confirm|accepted confirm ameli-carte-vitale|shown confirm|refused confirm|shown clarify|refused clarify"
	if strings.Join(got, "|") != want {
		t.Errorf("stored taps = %q, want %q", got, want)
	}
}

func TestHandoverPhotoAndMediatorReply(t *testing.T) {
	h := newHarness(t)
	ctx := context.Background()
	msgs := h.say(chat, "/mediateur", 1)
	if !strings.Contains(msgs[0].Text, "un médiateur va vous répondre") {
		t.Fatalf("handover reply = %q", msgs[0].Text)
	}
	h.desk.wait(t, "the ticket", func(d *desk) bool { return len(d.opened) == 1 })
	ticket := h.desk.opened[0].Number

	h.srv.Push(telegramtest.Text(chat, "Bonjour, j'ai un souci avec ma facture"))
	photo := bytes.Repeat([]byte{0xFF, 0xD8, 0xFF, 0xE0}, 5000)
	h.srv.AddFile("ph1", photo)
	h.srv.Push(telegramtest.Photo(chat, "ph1", "la facture"))
	h.desk.wait(t, "the text and the photo", func(d *desk) bool { return len(d.posts) == 2 })
	posts := h.desk.Posts()
	if posts[0].Kind != conversation.PostResident || !strings.Contains(posts[0].Text, "souci avec ma facture") {
		t.Errorf("first post = %+v", posts[0])
	}
	if f := posts[1].File; f == nil || !bytes.Equal(f.Data, photo) || f.MIME != "image/jpeg" || !strings.Contains(posts[1].Text, "la facture") {
		t.Errorf("photo post = %q with file %+v", posts[1].Text, f != nil)
	}
	if d := h.srv.Downloads(); len(d) != 1 {
		t.Errorf("downloads = %q, want the largest size only", d)
	}
	// While the ticket waits, one receipt for the text and the photo
	// (one per burst), no answer of the bot's own.
	h.srv.WaitMessages(t, chat, 2)
	if m := h.srv.Messages(chat); len(m) != 2 || !strings.HasPrefix(m[1].Text, "Votre message est transmis") {
		t.Errorf("the bot answered on its own during the handover:\n%s", formatMessages(m))
	}

	// The mediator answers, with text that must reach the resident
	// literally.
	evil := `Voici <b>gras</b> & <script>alert(1)</script> "ok"`
	if err := h.svc.HandleMediator(ctx, conversation.MediatorAction{
		Ticket: ticket, Kind: conversation.MedReply, Mediator: "m1", Name: "Awa <Médiatrice>", Text: evil,
	}); err != nil {
		t.Fatal(err)
	}
	msgs = h.srv.WaitMessages(t, chat, 4) // claim notice + reply
	reply := msgs[len(msgs)-1]
	if !strings.HasSuffix(reply.Text, evil) || !strings.HasPrefix(reply.Text, "Awa <Médiatrice>") {
		t.Errorf("mediator reply shown as %q", reply.Text)
	}
	if !strings.Contains(reply.HTML, "&lt;script&gt;") || strings.Contains(reply.HTML, "<script>") || !strings.Contains(reply.HTML, "&amp;") {
		t.Errorf("mediator reply sent as %q", reply.HTML)
	}

	// And a file.
	pdf := []byte("%PDF-1.4 attestation")
	if err := h.svc.HandleMediator(ctx, conversation.MediatorAction{
		Ticket: ticket, Kind: conversation.MedReply, Mediator: "m1", Name: "Awa",
		File: &conversation.Attachment{Name: "../attestation.pdf", MIME: "application/pdf", Data: pdf},
	}); err != nil {
		t.Fatal(err)
	}
	msgs = h.srv.WaitMessages(t, chat, 6)
	doc := msgs[5]
	if doc.File == nil || doc.File.Name != "attestation.pdf" || !bytes.Equal(doc.File.Data, pdf) {
		t.Errorf("document = %+v", doc.File)
	}
}

func TestEraseLeavesNothing(t *testing.T) {
	h := newHarness(t)
	ctx := context.Background()
	h.say(chat, "/start", 1)
	h.say(chat, "ma carte vitale est perdue, que faire", 2)
	msgs := h.say(chat, "/oublier", 3)
	if ls := labels(msgs[2]); !slices.Equal(ls, []string{"Oui, tout effacer", "Non, garder"}) {
		t.Fatalf("confirmation buttons = %q", ls)
	}
	h.click(chat, "Oui, tout effacer")
	msgs = h.srv.WaitMessages(t, chat, 4)
	if !strings.Contains(msgs[3].Text, "Vos données sont effacées") {
		t.Errorf("after the erase: %q", msgs[3].Text)
	}
	if !strings.HasSuffix(msgs[2].Text, "✅ Oui, tout effacer") {
		t.Errorf("confirmation after the click: …%q", tail(msgs[2].Text))
	}
	resident := telegram.Resident(chat)
	if _, err := h.store.Resident(ctx, resident); conversation.ErrorCode(err) != conversation.ENOTFOUND {
		t.Errorf("resident after erase: %v", err)
	}
	if _, err := h.store.Export(ctx, resident); conversation.ErrorCode(err) != conversation.ENOTFOUND {
		t.Errorf("export after erase: %v", err)
	}
	// The raw update of the click, which holds the first name Telegram
	// sends, leaves the inbox once handled, just after the reply.
	waitFor(t, "an empty inbox", func() bool {
		keys, _, err := h.store.Received(ctx, telegram.DefaultName)
		return err == nil && len(keys) == 0
	})
	// Nothing that names them is left in the file (compacted, so that
	// freed pages are not read).
	path := filepath.Join(t.TempDir(), "compact")
	if _, err := h.store.CompactFile(ctx, path); err != nil {
		t.Fatal(err)
	}
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	for _, needle := range []string{resident, "carte vitale est perdue", "Awa"} {
		if bytes.Contains(data, []byte(needle)) {
			t.Errorf("%q still in the database", needle)
		}
	}
}

func TestForgedCallbackIgnored(t *testing.T) {
	h := newHarness(t)
	msgs := h.say(chat, "/start", 1)
	b, _ := msgs[0].Keyboard[2][0], 0 // « Parler à un médiateur »
	// The same data clicked from another chat, and data made up.
	h.srv.Push(telegramtest.Callback(43, telegramtest.Message{ID: 1, Chat: 43, Text: "x"}, b.CallbackData))
	h.srv.Push(telegramtest.Callback(chat, msgs[0], "AAAAAAAAAAAhuman"))
	h.srv.Push(telegramtest.Callback(chat, msgs[0], "human"))
	h.say(chat, "/aide", 2) // handled after the clicks: same chat, in order
	answers := h.srv.Wait(t, "three callback answers", func(c []telegramtest.Call) bool {
		n := 0
		for _, x := range c {
			if x.Method == "answerCallbackQuery" {
				n++
			}
		}
		return n == 3
	})
	for _, a := range answers {
		if a.Method == "answerCallbackQuery" && !strings.Contains(a.Params["text"], "plus valable") {
			t.Errorf("forged click answered %q", a.Params["text"])
		}
	}
	if len(h.desk.opened) != 0 || len(h.srv.Messages(43)) != 0 {
		t.Errorf("a forged click took effect: %d tickets", len(h.desk.opened))
	}
	if n := len(h.srv.Messages(chat)); n != 2 {
		t.Errorf("%d messages, want 2:\n%s", n, formatMessages(h.srv.Messages(chat)))
	}
}

// An update delivered twice in one batch, again in a later batch, and
// again after a restart takes effect once: one reply, one ticket, the
// resident's message stored once.
func TestUpdateDeliveredTwiceTakesEffectOnce(t *testing.T) {
	h := newHarness(t)
	u := telegramtest.Text(chat, "/mediateur")
	u.ID = 5000
	h.srv.Push(u, u) // twice in one batch
	h.say(chat, "/aide", 2)
	h.srv.PushAgain(u) // again in a later batch
	h.say(chat, "/horaires", 3)
	h.restart()
	h.srv.PushAgain(u) // again after a restart
	msgs := h.say(chat, "/confidentialite", 4)
	if n := countTexts(msgs, "un médiateur va vous répondre"); n != 1 {
		t.Errorf("handover answered %d times:\n%s", n, formatMessages(msgs))
	}
	h.desk.wait(t, "one ticket", func(d *desk) bool { return len(d.opened) == 1 })
	if len(h.desk.opened) != 1 {
		t.Errorf("%d tickets", len(h.desk.opened))
	}
	if got := storedFromResident(t, h.store, chat); !slices.Equal(got, []string{"/mediateur", "/aide", "/horaires", "/confidentialite"}) {
		t.Errorf("stored %q: each update once", got)
	}
}

func TestPerChatOrder(t *testing.T) {
	h := newHarness(t)
	cmds := []string{"/aide", "/horaires", "/confidentialite", "/aide", "/horaires"}
	want := []string{"Je réponds aux questions", "Les horaires", "Vos messages sont enregistrés", "Je réponds aux questions", "Les horaires"}
	chats := []int64{1, 2, 3, 4, 5, 6, 7, 8}
	for _, c := range cmds {
		for _, id := range chats {
			h.srv.Push(telegramtest.Text(id, c))
		}
	}
	for _, id := range chats {
		msgs := h.srv.WaitMessages(t, id, len(cmds))
		for i, m := range msgs {
			if !strings.Contains(m.Text, want[i]) {
				t.Errorf("chat %d message %d = %q, want %q", id, i+1, m.Text, want[i])
			}
		}
	}
}

func TestMediaOutsideHandover(t *testing.T) {
	h := newHarness(t)
	h.srv.Push(telegramtest.Voice(chat, "v1"))
	h.srv.Push(telegramtest.Sticker(chat))
	msgs := h.srv.WaitMessages(t, chat, 2)
	if !strings.Contains(msgs[0].Text, "messages vocaux") || !strings.Contains(msgs[1].Text, "je ne sais lire que le texte") &&
		!strings.Contains(msgs[1].Text, "Je ne sais lire que le texte") {
		t.Errorf("replies:\n%s", formatMessages(msgs))
	}
	if d := h.srv.Downloads(); len(d) != 0 {
		t.Errorf("downloaded %q outside a handover", d)
	}
}

func TestGroupsIgnored(t *testing.T) {
	h := newHarness(t)
	h.srv.Push(telegramtest.GroupText(-100, chat, "bonjour tout le monde"))
	h.srv.Push(telegramtest.GroupText(-100, chat, "/start"))
	msgs := h.srv.WaitMessages(t, -100, 1)
	if !strings.Contains(msgs[0].Text, "conversation privée") {
		t.Errorf("group notice = %q", msgs[0].Text)
	}
	h.say(chat, "/aide", 1)
	if len(h.srv.Messages(-100)) != 1 {
		t.Error("more than one notice in the group")
	}
	if _, err := h.store.Resident(context.Background(), telegram.Resident(-100)); conversation.ErrorCode(err) != conversation.ENOTFOUND {
		t.Errorf("a group became a resident: %v", err)
	}
}

func TestBlockedResident(t *testing.T) {
	h := newHarness(t)
	ctx := context.Background()
	h.say(chat, "/mediateur", 1)
	h.desk.wait(t, "the ticket", func(d *desk) bool { return len(d.opened) == 1 })
	h.srv.Block(chat)
	if err := h.svc.HandleMediator(ctx, conversation.MediatorAction{
		Ticket: h.desk.opened[0].Number, Kind: conversation.MedReply, Mediator: "m1", Name: "Awa", Text: "Bonjour",
	}); err != nil {
		t.Fatal(err)
	}
	h.desk.wait(t, "the blocked notice", func(d *desk) bool {
		for _, p := range d.posts {
			if strings.Contains(p.Text, "bloqué le bot") {
				return true
			}
		}
		return false
	})
	r, err := h.store.Resident(ctx, telegram.Resident(chat))
	if err != nil || !r.Blocked {
		t.Errorf("resident = %+v, %v; want blocked", r, err)
	}
	if items, _ := h.store.Outbox(ctx); len(items) != 0 {
		t.Errorf("%d outbox items left: a blocked resident's messages must not be retried", len(items))
	}
}

// TestBlockedReportedByTelegram: Telegram says the resident blocked the
// bot (my_chat_member, "kicked"): the mediators are told at once, before
// anyone writes to them.
func TestBlockedReportedByTelegram(t *testing.T) {
	h := newHarness(t)
	h.say(chat, "/mediateur", 1)
	h.desk.wait(t, "the ticket", func(d *desk) bool { return len(d.opened) == 1 })
	kicked := models.Update{MyChatMember: &models.ChatMemberUpdated{
		Chat: models.Chat{ID: chat, Type: models.ChatTypePrivate}, From: models.User{ID: chat}, Date: 1700000000,
		OldChatMember: models.ChatMember{Type: models.ChatMemberTypeMember, Member: &models.ChatMemberMember{Status: models.ChatMemberTypeMember}},
		NewChatMember: models.ChatMember{Type: models.ChatMemberTypeBanned, Banned: &models.ChatMemberBanned{Status: models.ChatMemberTypeBanned}},
	}}
	h.srv.Push(kicked)
	h.desk.wait(t, "the blocked notice", func(d *desk) bool {
		for _, p := range d.posts {
			if strings.Contains(p.Text, "bloqué le bot") {
				return true
			}
		}
		return false
	})
	r, err := h.store.Resident(context.Background(), telegram.Resident(chat))
	if err != nil || !r.Blocked {
		t.Errorf("resident = %+v, %v; want blocked", r, err)
	}
}

// Every inline button goes with its text and exactly one action field,
// never with go-telegram/bot's empty "copy_text":{"text":""}, which
// Telegram refuses (BUTTON_COPY_TEXT_INVALID): answers with sources and
// feedback buttons, and the edit that shows the choice.
func TestButtonsHaveOneAction(t *testing.T) {
	h := newHarness(t)
	h.say(chat, "j'ai perdu ma carte vitale", 1)
	h.click(chat, "👍 Ça m'aide")
	h.srv.WaitMessages(t, chat, 2)
	calls := h.srv.Calls("sendMessage", "editMessageText", "editMessageReplyMarkup")
	n := 0
	for _, c := range calls {
		raw := c.Params["reply_markup"]
		if raw == "" {
			continue
		}
		if !c.OK() {
			t.Errorf("call #%d %s refused: %s", c.Seq, c.Method, c.Fault)
		}
		var kb struct {
			InlineKeyboard [][]map[string]json.RawMessage `json:"inline_keyboard"`
		}
		if err := json.Unmarshal([]byte(raw), &kb); err != nil {
			t.Fatalf("call #%d: %v", c.Seq, err)
		}
		for _, row := range kb.InlineKeyboard {
			for _, b := range row {
				n++
				var fields []string
				for k := range b {
					fields = append(fields, k)
				}
				slices.Sort(fields)
				if !slices.Equal(fields, []string{"callback_data", "text"}) && !slices.Equal(fields, []string{"text", "url"}) {
					t.Errorf("call #%d %s: button with fields %q, want text and one action", c.Seq, c.Method, fields)
				}
			}
		}
	}
	if n < 4 {
		t.Errorf("%d buttons checked, want the answer's sources and feedback buttons", n)
	}
}
