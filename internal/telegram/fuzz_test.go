package telegram

import (
	"context"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/go-telegram/bot/models"

	"pimmsbot/internal/bolt"
	"pimmsbot/internal/catalog"
	"pimmsbot/internal/catalog/catalogtest"
	"pimmsbot/internal/conversation"
	"pimmsbot/internal/telegram/telegramtest"
)

// FuzzUpdate feeds an arbitrary update, as JSON, through the path of a
// polled update: the poll gate reads the getUpdates answer, the client
// decodes it, then the update is routed and handled in its chat's turn by
// the real service, store and channel, which send to the fake Bot API
// server. It must never panic, every update handed to the client must be
// decodable (else polling would be stuck on it), every update must be
// settled, and Telegram must take everything sent: the fake refuses
// invalid HTML, texts too long, empty ones and bad keyboards as Telegram
// does.
//
// Seeds are in testdata/fuzz/FuzzUpdate; PIMMS_WRITE_FUZZ_SEEDS=1 go test
// -run TestWriteFuzzSeeds rewrites them.
func FuzzUpdate(f *testing.F) {
	ch, srv := fuzzChannel(f)
	var next int64 = 1_000_000
	f.Fuzz(func(t *testing.T, raw []byte) {
		if !json.Valid(raw) {
			return // not an answer Telegram sends: the client asks again
		}
		body := []byte(`{"ok":true,"result":[` + string(raw) + `]}`)
		g := newPollGate(nil, ch.cfg.Updates, ch.log, time.Now)
		body, _, _ = g.observe(body)
		var answer struct {
			Result []*models.Update `json:"result"`
		}
		if err := json.Unmarshal(body, &answer); err != nil {
			t.Fatalf("the client cannot decode the answer, polling would be stuck: %v\n%s", err, body)
		}
		before := len(srv.Calls())
		for _, upd := range answer.Result {
			if upd == nil {
				t.Fatalf("null update handed to the client: %s", body)
			}
			next++
			upd.ID = next // each input takes effect, not a duplicate of a seed
			if _, ok := chatOf(upd); !ok {
				continue
			}
			ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
			settled := false
			ok := ch.handle(ctx, &job{upd: upd, settle: func() { settled = true }})
			cancel()
			if !ok || !settled {
				t.Fatalf("update not settled (handled %v, settled %v): %s", ok, settled, raw)
			}
		}
		for _, c := range srv.Calls()[before:] {
			if refused(c) {
				t.Errorf("Telegram refused %s: %s\nparams %q\nupdate %s", c.Method, c.Fault, c.Params, raw)
			}
		}
	})
}

// refused reports whether Telegram refused a call for what the bot sent:
// not a message to edit that the update made up, nor a chat 0.
func refused(c telegramtest.Call) bool {
	switch c.Method {
	case "sendMessage", "sendPhoto", "sendDocument", "editMessageText", "editMessageReplyMarkup", "answerCallbackQuery":
	default:
		return false
	}
	if !strings.HasPrefix(c.Fault, "rejected") {
		return false
	}
	return !strings.Contains(c.Fault, "message to edit not found") && !strings.Contains(c.Fault, "chat not found")
}

// fuzzChannel returns a channel bound to the real service and a store,
// against a fake Bot API server.
func fuzzChannel(tb testing.TB) (*Channel, *telegramtest.Server) {
	ctx := context.Background()
	srv := telegramtest.NewServer(tb)
	srv.AddFile("photo-1", []byte("\xff\xd8\xff jpeg"))
	srv.AddFile("doc-1", []byte("%PDF-1.4"))
	store, err := bolt.Open(filepath.Join(tb.TempDir(), "db"), bolt.Options{NoSync: true, MaxBatchDelay: time.Microsecond})
	if err != nil {
		tb.Fatal(err)
	}
	tb.Cleanup(func() { store.Close() })
	ch, err := New(ctx, Config{
		Token: telegramtest.Token, APIURL: srv.URL, Updates: store, Limits: NoLimits,
		SkipGetMe: true, SendTimeout: 5 * time.Second, Logger: discard(),
	})
	if err != nil {
		tb.Fatal(err)
	}
	cat := catalogtest.FAQ(tb)
	svc, err := conversation.New(ctx, conversation.Config{
		Store: store, Catalog: cat, Matcher: catalog.NewMatcher(cat),
		Channels: map[string]conversation.Channel{"telegram": ch}, Desk: nopDesk{},
		Site: conversation.Site{Name: "PIMMS <Test> & Cie", RetentionDays: 30}, Logger: discard(),
	})
	if err != nil {
		tb.Fatal(err)
	}
	ch.setService(svc)
	return ch, srv
}

type nopDesk struct{}

func (nopDesk) Open(_ context.Context, t conversation.Ticket, _ []conversation.Message) (string, error) {
	return fmt.Sprintf("thread-%d", t.Number), nil
}
func (nopDesk) Post(context.Context, conversation.Ticket, conversation.Post) error { return nil }
func (nopDesk) Update(context.Context, conversation.Ticket) error                  { return nil }
func (nopDesk) Erase(context.Context, conversation.Ticket) error                   { return nil }

// fuzzSeeds are real shapes of updates, and hostile ones.
func fuzzSeeds() map[string]any {
	const me = 42
	key := callbackKey(telegramtest.Token)
	sign := func(chat int64, action string) string {
		d, _ := signAction(key, chat, action)
		return d
	}
	bold := []models.MessageEntity{{Type: models.MessageEntityTypeBold, Offset: 0, Length: 7}}
	withEnts := func(u models.Update, ents ...models.MessageEntity) models.Update {
		u.Message.Entities = ents
		return u
	}
	click := func(chat int64, data, text string, ents []models.MessageEntity) models.Update {
		return telegramtest.Callback(chat, telegramtest.Message{ID: 1001, Chat: chat, Text: text, Entities: ents,
			Keyboard: [][]models.InlineKeyboardButton{{{Text: "Oui", CallbackData: data}}}}, data)
	}
	edited := telegramtest.Text(me, "message modifié")
	edited.EditedMessage, edited.Message = edited.Message, nil
	fromBot := telegramtest.Text(me, "je suis un bot")
	fromBot.Message.From.IsBot = true
	inaccessible := click(me, sign(me, conversation.ActHuman), "", nil)
	inaccessible.CallbackQuery.Message = models.MaybeInaccessibleMessage{
		Type:                models.MaybeInaccessibleMessageTypeInaccessibleMessage,
		InaccessibleMessage: &models.InaccessibleMessage{Chat: models.Chat{ID: me, Type: models.ChatTypePrivate}, MessageID: 7},
	}
	groupClick := click(-100, sign(-100, conversation.ActHuman), "Groupe", nil)
	groupClick.CallbackQuery.Message.Message.Chat = models.Chat{ID: -100, Type: models.ChatTypeGroup}
	return map[string]any{
		"text":                 telegramtest.Text(me, "Bonjour, comment renouveler ma carte vitale ?"),
		"command-start":        telegramtest.Text(me, "/start"),
		"command-bot-username": telegramtest.Text(me, "/aide@pimms_test_bot"),
		"command-mediateur":    telegramtest.Text(me, "/mediateur"),
		"command-oublier":      telegramtest.Text(me, "/oublier"),
		"command-unknown":      telegramtest.Text(me, "/<b>inconnu</b> &amp;"),
		"callback-signed":      click(me, sign(me, conversation.ActHuman), "Bonjour : un médiateur ?", bold),
		"callback-erase-yes":   click(me, sign(me, conversation.ActEraseYes), "Effacer vos données ?", nil),
		"callback-feedback":    click(me, sign(me, conversation.ActHelpful+":caf-ars"), "<b>pas du HTML</b> & co", bold),
		"callback-forged":      click(me, "human", "x", nil),
		"callback-other-chat":  click(me, sign(43, conversation.ActHuman), "x", nil),
		"callback-bad-entities": click(me, sign(me, conversation.ActThemes), "é<&>\u200f", []models.MessageEntity{
			{Type: models.MessageEntityTypeBold, Offset: 2, Length: 40}, {Type: models.MessageEntityTypeTextLink, Offset: -1, Length: 3, URL: "javascript:alert(1)\"><"},
			{Type: models.MessageEntityTypeItalic, Offset: 1, Length: 1}, {Type: models.MessageEntityTypePre, Offset: 0, Length: 4, Language: "<go>"},
		}),
		"callback-inaccessible": inaccessible,
		"callback-group":        groupClick,
		"photo":                 telegramtest.Photo(me, "photo-1", "<b>ma facture</b> & <script>alert(1)</script>"),
		"document":              telegramtest.Document(me, "doc-1", "avis <impôt>.pdf", "application/pdf", 8),
		"document-huge":         telegramtest.Document(me, "doc-2", "gros.pdf", "application/pdf", 1<<40),
		"voice":                 telegramtest.Voice(me, "voice-1"),
		"sticker":               telegramtest.Sticker(me),
		"edited-message":        edited,
		"group-message":         telegramtest.GroupText(-100, me, "/start@pimms_test_bot"),
		"from-bot":              fromBot,
		"huge-text":             telegramtest.Text(me, strings.Repeat("é<&> ", 1200)+"carte vitale"),
		"zero-width-rtl":        telegramtest.Text(me, "\u200b\u200f\u202eتجربة\u2066 carte\u00a0vitale \ufeff\u200d👩‍👩‍👧 <b>"),
		"html-injection":        telegramtest.Text(me, `<a href="javascript:alert(1)">x</a> &amp; &lt; </b> <tg-spoiler> &#0; &unknown;`),
		"markdown-injection":    telegramtest.Text(me, "*gras* _it_ `code` [lien](http://x) \\ @everyone"),
		"entities-out-of-range": withEnts(telegramtest.Text(me, "/start x"), models.MessageEntity{Type: models.MessageEntityTypeBotCommand, Offset: 5, Length: 99}),
		"secret":                telegramtest.Text(me, "mon mot de passe est <Hunter2&>, iban FR76 3000 6000 0112 3456 7890 189"),
		"wrong-types":           json.RawMessage(`{"update_id":9,"message":{"message_id":"x","chat":{"id":"42"}}}`),
		"null":                  json.RawMessage(`null`),
		"no-id":                 json.RawMessage(`{"message":{"message_id":1,"date":1,"chat":{"id":42,"type":"private"},"text":"sans id"}}`),
		"my-chat-member":        json.RawMessage(`{"update_id":10,"my_chat_member":{"chat":{"id":42,"type":"private"},"from":{"id":42,"is_bot":false,"first_name":"A"},"date":1,"old_chat_member":{"status":"member","user":{"id":1,"is_bot":true,"first_name":"B"}},"new_chat_member":{"status":"kicked","user":{"id":1,"is_bot":true,"first_name":"B"},"until_date":0}}}`),
		"chat-zero":             json.RawMessage(`{"update_id":11,"message":{"message_id":1,"date":1,"chat":{"id":0,"type":"private"},"text":"/aide"}}`),
	}
}

// TestWriteFuzzSeeds writes the seeds of FuzzUpdate, when asked to.
func TestWriteFuzzSeeds(t *testing.T) {
	if os.Getenv("PIMMS_WRITE_FUZZ_SEEDS") == "" {
		t.Skip("set PIMMS_WRITE_FUZZ_SEEDS=1 to rewrite testdata/fuzz/FuzzUpdate")
	}
	dir := filepath.Join("testdata", "fuzz", "FuzzUpdate")
	if err := os.MkdirAll(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	for name, v := range fuzzSeeds() {
		data, err := json.Marshal(v)
		if err != nil {
			t.Fatal(err)
		}
		if u, ok := v.(models.Update); ok && u.ID == 0 {
			// Push gives ids; seeds need one to be read.
			var m map[string]json.RawMessage
			json.Unmarshal(data, &m)
			m["update_id"] = json.RawMessage("1")
			data, _ = json.Marshal(m)
		}
		file := fmt.Sprintf("go test fuzz v1\n[]byte(%q)\n", data)
		if err := os.WriteFile(filepath.Join(dir, name), []byte(file), 0o644); err != nil {
			t.Fatal(err)
		}
	}
}
