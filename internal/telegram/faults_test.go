package telegram_test

import (
	"context"
	"io"
	"net/http"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"pimmsbot/internal/bolt"
	"pimmsbot/internal/catalog"
	"pimmsbot/internal/catalog/catalogtest"
	"pimmsbot/internal/conversation"
	"pimmsbot/internal/telegram"
	"pimmsbot/internal/telegram/telegramtest"
)

// waitFor polls cond until it holds (ten seconds at most: a hung test,
// not a measure). It is for state only the store shows.
func waitFor(tb testing.TB, what string, cond func() bool) {
	tb.Helper()
	deadline := time.Now().Add(10 * time.Second)
	for !cond() {
		if time.Now().After(deadline) {
			tb.Fatalf("still waiting for %s", what)
		}
		time.Sleep(2 * time.Millisecond)
	}
}

// waitRetry waits until the outbox holds an item waiting for a retry and
// returns it.
func (h *harness) waitRetry() conversation.Outgoing {
	h.t.Helper()
	var item conversation.Outgoing
	waitFor(h.t, "an outbox item waiting for a retry", func() bool {
		items, err := h.store.Outbox(context.Background())
		if err != nil {
			h.t.Fatal(err)
		}
		for _, it := range items {
			if it.Attempts > 0 {
				item = it
				return true
			}
		}
		return false
	})
	return item
}

// sendAttempts counts the sendMessage calls to chat, whatever their fate.
func sendAttempts(srv *telegramtest.Server, chat int64) int {
	n := 0
	for _, c := range srv.Calls("sendMessage") {
		if c.Chat == chat {
			n++
		}
	}
	return n
}

func TestTooManyRequestsHonoursRetryAfter(t *testing.T) {
	h := newHarness(t)
	h.srv.Inject(telegramtest.Fault{Method: "sendMessage", Chat: chat, Code: 429, RetryAfter: 7})
	h.srv.Push(telegramtest.Text(chat, "/aide"))
	item := h.waitRetry()
	if want := h.clock.Now().Add(7 * time.Second); !item.NotBefore.Equal(want) {
		t.Errorf("retry at %v, want %v (retry_after 7)", item.NotBefore, want)
	}

	// Before retry_after has passed, nothing is tried.
	h.clock.Add(6 * time.Second)
	h.redeliver()
	if n := sendAttempts(h.srv, chat); n != 1 {
		t.Fatalf("%d attempts before retry_after passed, want 1", n)
	}
	h.clock.Add(time.Second)
	h.redeliver()
	msgs := h.srv.Messages(chat)
	if len(msgs) != 1 || !strings.Contains(msgs[0].Text, "Je réponds aux questions") {
		t.Errorf("after retry_after:\n%s", formatMessages(msgs))
	}
	if n := sendAttempts(h.srv, chat); n != 2 {
		t.Errorf("%d attempts, want 2", n)
	}
	if items, _ := h.store.Outbox(context.Background()); len(items) != 0 {
		t.Errorf("%d outbox items left", len(items))
	}
}

func TestTransientFaultsRetriedOnce(t *testing.T) {
	for _, tc := range []struct {
		name  string
		fault telegramtest.Fault
	}{
		{"500", telegramtest.Fault{Method: "sendMessage", Chat: chat, Code: 500}},
		{"502", telegramtest.Fault{Method: "sendMessage", Chat: chat, Code: 502}},
		{"connection reset", telegramtest.Fault{Method: "sendMessage", Chat: chat, Drop: true}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			h := newHarness(t)
			h.say(chat, "/start", 1)
			h.srv.Inject(tc.fault)
			h.srv.Push(telegramtest.Text(chat, "/horaires"))
			// Later messages wait behind the failed one: order is kept.
			h.srv.Push(telegramtest.Text(chat, "/aide"))
			h.waitRetry()
			h.clock.Add(2 * time.Second)
			h.redeliver()
			msgs := h.srv.WaitMessages(t, chat, 3)
			if len(msgs) != 3 || !strings.Contains(msgs[1].Text, "Les horaires") || !strings.Contains(msgs[2].Text, "Je réponds aux questions") {
				t.Errorf("messages:\n%s", formatMessages(msgs))
			}
			if n := sendAttempts(h.srv, chat); n != 4 {
				t.Errorf("%d attempts, want 4 (one failed)", n)
			}
		})
	}
}

func TestSlowAnswerNotResent(t *testing.T) {
	h := newHarness(t)
	h.srv.Inject(telegramtest.Fault{Method: "sendMessage", Chat: chat, Delay: 300 * time.Millisecond})
	h.say(chat, "/aide", 1)
	h.say(chat, "/horaires", 2)
	if n := sendAttempts(h.srv, chat); n != 2 {
		t.Errorf("%d attempts, want 2", n)
	}
}

func TestSplitReplyResumesAfterFailure(t *testing.T) {
	h := newHarness(t)
	ctx := context.Background()
	h.say(chat, "/mediateur", 1)
	h.desk.wait(t, "the ticket", func(d *desk) bool { return len(d.opened) == 1 })
	ticket := h.desk.opened[0].Number
	if err := h.svc.HandleMediator(ctx, conversation.MediatorAction{Ticket: ticket, Kind: conversation.MedClaim, Mediator: "m1", Name: "Awa"}); err != nil {
		t.Fatal(err)
	}
	h.srv.WaitMessages(t, chat, 2)

	// A long reply, in paragraphs: more than one message (the service
	// keeps 4096 characters, the name makes it longer). The second part
	// fails once.
	var paras []string
	for i := range 13 {
		paras = append(paras, strings.Repeat(string(rune('a'+i)), 330))
	}
	long := strings.Join(paras, "\n\n")
	h.srv.Inject(telegramtest.Fault{Method: "sendMessage", Chat: chat, Code: 500, After: 1})
	if err := h.svc.HandleMediator(ctx, conversation.MediatorAction{Ticket: ticket, Kind: conversation.MedReply, Mediator: "m1", Name: "Awa", Text: long}); err != nil {
		t.Fatal(err)
	}
	h.waitRetry()
	h.clock.Add(2 * time.Second)
	h.redeliver()
	msgs := h.srv.WaitMessages(t, chat, 4)
	if len(msgs) != 4 {
		t.Fatalf("messages:\n%s", formatMessages(msgs))
	}
	got := msgs[2].Text + "\n\n" + msgs[3].Text
	if want := "Awa\u00a0: " + string([]rune(long)[:conversation.MaxText]); got != want {
		t.Errorf("the parts do not add up to the reply (%d vs %d characters)", len(got), len(want))
	}
	if first := msgs[2].Text; !strings.HasSuffix(first, strings.Repeat(first[len(first)-1:], 330)) {
		t.Errorf("the first part is not cut between paragraphs")
	}
	if n := sendAttempts(h.srv, chat); n != 5 {
		t.Errorf("%d attempts, want 5 (the first part not sent again)", n)
	}
}

func TestRestartMidConversation(t *testing.T) {
	h := newHarness(t)
	ctx := context.Background()
	h.say(chat, "/mediateur", 1)
	h.desk.wait(t, "the ticket", func(d *desk) bool { return len(d.opened) == 1 })
	// A reply fails just before the restart: it waits in the outbox.
	h.srv.Inject(telegramtest.Fault{Method: "sendMessage", Chat: chat, Code: 500})
	ids := h.srv.Push(telegramtest.Text(chat, "/horaires"))
	h.waitRetry()
	h.stop()
	offset := int64(0)
	if s, err := bolt.Open(h.dbPath, bolt.Options{}); err == nil {
		offset, _ = s.Offset(ctx, "telegram")
		s.Close()
	}
	if offset != ids[0]+1 {
		t.Errorf("stored offset %d, want %d", offset, ids[0]+1)
	}

	// The resident writes while the bot is down.
	down := h.srv.Push(telegramtest.Text(chat, "vous êtes là ?"))
	polls := len(h.srv.Offsets())
	h.start()
	h.desk.wait(t, "the message sent while down", func(d *desk) bool {
		for _, p := range d.posts {
			if strings.Contains(p.Text, "vous êtes là") {
				return true
			}
		}
		return false
	})
	if got := h.srv.Offsets()[polls]; got != offset {
		t.Errorf("first getUpdates after the restart asks from %d, want %d", got, offset)
	}
	h.clock.Add(2 * time.Second)
	h.redeliver()
	msgs := h.srv.WaitMessages(t, chat, 2)
	if !strings.Contains(msgs[1].Text, "Les horaires") {
		t.Errorf("messages:\n%s", formatMessages(msgs))
	}

	// Telegram delivers an update again (its confirmation was lost):
	// it is dropped.
	again := telegramtest.Text(chat, "vous êtes là ?")
	again.ID = down[0]
	h.srv.PushAgain(again)
	h.srv.Push(telegramtest.Text(chat, "merci"))
	h.desk.wait(t, "the next message", func(d *desk) bool {
		return strings.Contains(d.posts[len(d.posts)-1].Text, "merci")
	})
	n := 0
	for _, p := range h.desk.Posts() {
		if strings.Contains(p.Text, "vous êtes là") {
			n++
		}
	}
	if n != 1 {
		t.Errorf("the message sent while down reached the desk %d times", n)
	}
	if got := countTexts(h.srv.Messages(chat), "Les horaires"); got != 1 {
		t.Errorf("the pending reply was sent %d times", got)
	}
}

func TestWebhook(t *testing.T) {
	const secret = "s3cret-Token_1"
	ctx := context.Background()
	srv, store, ch, svc := webhookChannel(t, secret, "https://bot.example.org/tg/hook")
	hook := httptestServer(t, ch.Webhook(svc))
	post := func(secret string, body string) int {
		t.Helper()
		req, _ := http.NewRequest(http.MethodPost, hook, strings.NewReader(body))
		req.Header.Set("Content-Type", "application/json")
		if secret != "" {
			req.Header.Set(telegram.SecretHeader, secret)
		}
		resp, err := http.DefaultClient.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		io.Copy(io.Discard, resp.Body)
		resp.Body.Close()
		return resp.StatusCode
	}
	upd := `{"update_id":77,"message":{"message_id":1,"date":1700000000,"chat":{"id":42,"type":"private"},"from":{"id":42,"is_bot":false,"first_name":"Awa"},"text":"/aide","entities":[{"type":"bot_command","offset":0,"length":5}]}}`

	for _, s := range []string{"", "wrong", secret + "x", secret[:len(secret)-1]} {
		if code := post(s, upd); code != http.StatusUnauthorized {
			t.Errorf("secret %q: status %d, want 401", s, code)
		}
	}
	if _, err := store.Resident(ctx, telegram.Resident(chat)); conversation.ErrorCode(err) != conversation.ENOTFOUND {
		t.Errorf("a refused update was handled: %v", err)
	}
	if code := post(secret, upd); code != http.StatusOK {
		t.Fatalf("status %d, want 200", code)
	}
	// Had the refused requests been recorded, this one would be a
	// duplicate and dropped.
	srv.WaitMessages(t, chat, 1)
	if code := post(secret, upd); code != http.StatusOK {
		t.Fatalf("duplicate: status %d, want 200", code)
	}
	if code := post(secret, `{"update_id":78,"message":{"message_id":2,"date":1700000000,"chat":{"id":42,"type":"private"},"text":"/horaires"}}`); code != http.StatusOK {
		t.Fatalf("status %d, want 200", code)
	}
	msgs := srv.WaitMessages(t, chat, 2)
	if len(msgs) != 2 || !strings.Contains(msgs[1].Text, "Les horaires") {
		t.Errorf("messages:\n%s", formatMessages(msgs))
	}
	if code := post(secret, `{not json`); code != http.StatusBadRequest {
		t.Errorf("bad body: status %d, want 400", code)
	}
	if err := ch.Drain(ctx); err != nil {
		t.Fatal(err)
	}
}

func TestRunWebhookSetsIt(t *testing.T) {
	srv := telegramtest.NewServer(t)
	store, err := bolt.Open(filepath.Join(t.TempDir(), "db"), bolt.Options{})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { store.Close() })
	ch, err := telegram.New(context.Background(), telegram.Config{
		Token: telegramtest.Token, APIURL: srv.URL + "/", Updates: store, Mode: telegram.ModeWebhook,
		WebhookURL: "https://bot.example.org/tg", WebhookListen: "127.0.0.1:0", WebhookSecret: "abc",
		Logger: testLogger(t),
	})
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() { done <- ch.Run(ctx, nopService{}) }()
	calls := srv.Wait(t, "setWebhook", func(c []telegramtest.Call) bool {
		for _, x := range c {
			if x.Method == "setWebhook" {
				return true
			}
		}
		return false
	})
	cancel()
	if err := <-done; err != nil {
		t.Fatal(err)
	}
	for _, c := range calls {
		if c.Method == "setWebhook" {
			if c.Params["url"] != "https://bot.example.org/tg" || c.Params["secret_token"] != "abc" ||
				!strings.Contains(c.Params["allowed_updates"], "callback_query") || !strings.Contains(c.Params["allowed_updates"], "my_chat_member") {
				t.Errorf("setWebhook %v", c.Params)
			}
		}
		if c.Method == "getUpdates" {
			t.Error("getUpdates in webhook mode")
		}
	}
}

// nopService is a service that does nothing.
type nopService struct{}

func (nopService) HandleResident(context.Context, conversation.Incoming) error { return nil }
func (nopService) ResidentBlocked(context.Context, string)                     {}

// webhookChannel returns a channel in webhook mode on a fake Bot API, its
// store and a service, for the webhook tests.
func webhookChannel(t *testing.T, secret, url string) (*telegramtest.Server, *bolt.Store, *telegram.Channel, *conversation.Service) {
	t.Helper()
	return webhookChannelWith(t, secret, url, nil)
}

// webhookChannelWith is webhookChannel with the channel's update log made
// by updates from the store.
func webhookChannelWith(t *testing.T, secret, url string, updates func(*bolt.Store) telegram.UpdateLog) (*telegramtest.Server, *bolt.Store, *telegram.Channel, *conversation.Service) {
	t.Helper()
	ctx := context.Background()
	srv := telegramtest.NewServer(t)
	store, err := bolt.Open(filepath.Join(t.TempDir(), "db"), bolt.Options{})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { store.Close() })
	var log telegram.UpdateLog = store
	if updates != nil {
		log = updates(store)
	}
	ch, err := telegram.New(ctx, telegram.Config{
		Token: telegramtest.Token, APIURL: srv.URL, Updates: log, Mode: telegram.ModeWebhook,
		WebhookURL: url, WebhookListen: "127.0.0.1:0", WebhookSecret: secret,
		SkipGetMe: true, Logger: testLogger(t),
	})
	if err != nil {
		t.Fatal(err)
	}
	cat := catalogtest.FAQ(t)
	svc, err := conversation.New(ctx, conversation.Config{
		Store: store, Catalog: cat, Matcher: catalog.NewMatcher(cat),
		Channels: map[string]conversation.Channel{"telegram": ch}, Logger: testLogger(t),
	})
	if err != nil {
		t.Fatal(err)
	}
	return srv, store, ch, svc
}
