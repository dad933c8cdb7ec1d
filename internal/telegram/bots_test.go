package telegram_test

import (
	"context"
	"path/filepath"
	"strconv"
	"testing"
	"time"

	"pimmsbot/internal/bolt"
	"pimmsbot/internal/catalog"
	"pimmsbot/internal/catalog/catalogtest"
	"pimmsbot/internal/conversation"
	"pimmsbot/internal/telegram"
	"pimmsbot/internal/telegram/telegramtest"
)

// secondToken is the token of a site's bot of its own.
const secondToken = "654321:second-bot-token"

// twoBots runs two channels, the network's bot ("telegram") and a site's
// bot ("telegram-isere"), in one service and one store, behind one Bot
// API address, as pimmsbot serve does with a sites file.
type twoBots struct {
	t          *testing.T
	url        string
	net, isere *telegramtest.Server
	dbPath     string
	store      *bolt.Store
	cancel     context.CancelFunc
	done       chan error
}

func newTwoBots(t *testing.T) *twoBots {
	b := &twoBots{t: t, net: telegramtest.NewServer(t), isere: telegramtest.NewServerFor(t, secondToken), dbPath: filepath.Join(t.TempDir(), "db")}
	b.url = telegramtest.Shared(t, b.net, b.isere)
	b.start()
	t.Cleanup(b.stop)
	return b
}

func (b *twoBots) start() {
	b.t.Helper()
	ctx := context.Background()
	store, err := bolt.Open(b.dbPath, bolt.Options{LockTimeout: time.Second})
	if err != nil {
		b.t.Fatal(err)
	}
	b.store = store
	channels := map[string]conversation.Channel{}
	var chans []*telegram.Channel
	for _, bot := range []struct{ name, token string }{{"", telegramtest.Token}, {"telegram-isere", secondToken}} {
		ch, err := telegram.New(ctx, telegram.Config{
			Token: bot.token, Name: bot.name, APIURL: b.url, Updates: store, Limits: telegram.NoLimits,
			PollTimeout: 2 * time.Second, SendTimeout: 5 * time.Second, Logger: testLogger(b.t),
		})
		if err != nil {
			b.t.Fatal(err)
		}
		channels[ch.Name()] = ch
		chans = append(chans, ch)
	}
	cat := catalogtest.FAQ(b.t)
	svc, err := conversation.New(ctx, conversation.Config{
		Store: store, Catalog: cat, Matcher: catalog.NewMatcher(cat), Channels: channels,
		Site: conversation.Site{Name: "PIMMS Test", RetentionDays: 30}, Logger: testLogger(b.t),
	})
	if err != nil {
		b.t.Fatal(err)
	}
	rctx, cancel := context.WithCancel(ctx)
	b.cancel, b.done = cancel, make(chan error, len(chans))
	for _, ch := range chans {
		go func() { b.done <- ch.Run(rctx, svc) }()
	}
}

// stop stops both channels, drains them and closes the store.
func (b *twoBots) stop() {
	if b.cancel == nil {
		return
	}
	b.cancel()
	for range 2 {
		if err := <-b.done; err != nil {
			b.t.Errorf("Run: %v", err)
		}
	}
	b.cancel = nil
	if err := b.store.Close(); err != nil {
		b.t.Errorf("close store: %v", err)
	}
}

// waitPoll waits until srv is asked for the updates from offset.
func waitPoll(t *testing.T, srv *telegramtest.Server, offset int64) {
	t.Helper()
	want := strconv.FormatInt(offset, 10)
	srv.Wait(t, "a poll from offset "+want, func(calls []telegramtest.Call) bool {
		last := calls[len(calls)-1]
		return last.Method == "getUpdates" && last.Params["offset"] == want
	})
}

// TestTwoBots: a resident on each bot is answered by the bot they wrote
// to, their ids say which, and each bot keeps its own update ids and
// offset, across a restart. Both fakes number their updates from 100:
// updates of one bot must not pass for the other's.
func TestTwoBots(t *testing.T) {
	b := newTwoBots(t)
	const onNetwork, onIsere, onBoth = 7, 8, 9
	netIDs := b.net.Push(telegramtest.Text(onNetwork, "/start"), telegramtest.Text(onBoth, "/start"))
	isereIDs := b.isere.Push(telegramtest.Text(onIsere, "/start"), telegramtest.Text(onBoth, "/start"))
	if netIDs[0] != isereIDs[0] {
		t.Fatalf("the fakes number their updates differently (%v, %v): the test needs the same ids", netIDs, isereIDs)
	}
	for _, c := range []struct {
		srv  *telegramtest.Server
		chat int64
	}{{b.net, onNetwork}, {b.net, onBoth}, {b.isere, onIsere}, {b.isere, onBoth}} {
		c.srv.WaitMessages(t, c.chat, 1)
	}
	if m := b.net.Messages(onIsere); len(m) != 0 {
		t.Errorf("the network's bot wrote to a resident of the other bot: %+v", m)
	}
	if m := b.isere.Messages(onNetwork); len(m) != 0 {
		t.Errorf("the site's bot wrote to a resident of the network's bot: %+v", m)
	}
	// A button works on the bot that sent it: its signature is that
	// bot's.
	b.isere.Push(telegramtest.Text(onIsere, "j'ai perdu ma carte vitale"))
	msgs := b.isere.WaitMessages(t, onIsere, 2)
	if len(msgs[1].Keyboard) == 0 {
		t.Fatalf("no buttons on the answer:\n%s", formatMessages(msgs))
	}
	var label string
	for _, row := range msgs[1].Keyboard {
		for _, k := range row {
			if k.CallbackData != "" && label == "" {
				label = k.Text
			}
		}
	}
	upd, ok := b.isere.Click(onIsere, label)
	if !ok {
		t.Fatalf("no button to click:\n%s", formatMessages(msgs))
	}
	lastIsere := b.isere.Push(upd)[0]
	b.isere.Wait(t, "the click's answer", func(calls []telegramtest.Call) bool {
		for _, c := range calls {
			if c.Method == "answerCallbackQuery" && c.Params["text"] == "" { // not « stale button »
				return true
			}
		}
		return false
	})
	waitPoll(t, b.isere, lastIsere+1)
	waitPoll(t, b.net, netIDs[1]+1)
	b.stop()

	store, err := bolt.Open(b.dbPath, bolt.Options{})
	if err != nil {
		t.Fatal(err)
	}
	for _, r := range []struct {
		id     string
		exists bool
	}{
		{"telegram:7", true}, {"telegram:9", true}, {"telegram-isere:8", true}, {"telegram-isere:9", true},
		{"telegram:8", false}, {"telegram-isere:7", false},
	} {
		_, err := store.Resident(context.Background(), r.id)
		if exists := err == nil; exists != r.exists {
			t.Errorf("resident %s stored: %v, want %v (err %v)", r.id, exists, r.exists, err)
		}
	}
	for name, want := range map[string]int64{"telegram": netIDs[1] + 1, "telegram-isere": lastIsere + 1} {
		if got, err := store.Offset(context.Background(), name); err != nil || got != want {
			t.Errorf("offset of %s = %d (%v), want %d", name, got, err, want)
		}
	}
	store.Close()

	// After a restart, each bot asks for its own next update, and a new
	// message on each is answered once, by its bot.
	b.start()
	waitPoll(t, b.net, netIDs[1]+1)
	waitPoll(t, b.isere, lastIsere+1)
	b.net.Push(telegramtest.Text(onBoth, "/start"))
	b.net.WaitMessages(t, onBoth, 2)
	if n := len(b.isere.Messages(onBoth)); n != 1 {
		t.Errorf("the site's bot sent %d messages to the resident of both, want 1 (before the restart)", n)
	}
}

// TestSharedRefusesAnotherToken: the shared fake answers 401 to a token
// none of its bots has, as Telegram does, and New reports it.
func TestSharedRefusesAnotherToken(t *testing.T) {
	url := telegramtest.Shared(t, telegramtest.NewServer(t), telegramtest.NewServerFor(t, secondToken))
	store, err := bolt.Open(filepath.Join(t.TempDir(), "db"), bolt.Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer store.Close()
	for token, ok := range map[string]bool{telegramtest.Token: true, secondToken: true, "999:unknown": false} {
		_, err := telegram.New(context.Background(), telegram.Config{Token: token, APIURL: url, Updates: store})
		if (err == nil) != ok || !ok && conversation.ErrorCode(err) != conversation.EINVALID {
			t.Errorf("token %s: err %v, want ok %v", token[:3], err, ok)
		}
	}
}

// TestChannelName: a channel's name must fit in a resident id.
func TestChannelName(t *testing.T) {
	store, err := bolt.Open(filepath.Join(t.TempDir(), "db"), bolt.Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer store.Close()
	for _, name := range []string{"telegram:isere", "télégram", "a b"} {
		if _, err := telegram.New(context.Background(), telegram.Config{Token: telegramtest.Token, Name: name, Updates: store, SkipGetMe: true}); err == nil {
			t.Errorf("name %q accepted", name)
		}
	}
}

// TestChannelHealth: a channel reports its polls failing during an
// outage, for /healthz, and reports nothing once they work again.
func TestChannelHealth(t *testing.T) {
	h := newHarness(t)
	polls := func(fault string, n int) func([]telegramtest.Call) bool {
		return func(calls []telegramtest.Call) bool {
			seen := 0
			for _, c := range calls {
				if c.Method == "getUpdates" {
					seen++
					if c.Fault != fault {
						seen = 0
					}
				}
			}
			return seen >= n // the first n-1 were answered, and seen by the channel
		}
	}
	h.srv.Wait(t, "two polls", polls("", 2))
	if err := h.ch.Health(); err != nil {
		t.Errorf("Health = %v while polling works", err)
	}
	h.srv.Outage()
	h.srv.Wait(t, "two polls during the outage", polls("outage", 2))
	if err := h.ch.Health(); err == nil {
		t.Error("Health = nil during an outage")
	}
	h.srv.Recover()
	h.srv.Wait(t, "two polls after the outage", polls("", 2))
	if err := h.ch.Health(); err != nil {
		t.Errorf("Health = %v after the outage", err)
	}
}
