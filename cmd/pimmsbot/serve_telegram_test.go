package main

import (
	"context"
	"io"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"pimmsbot/internal/bolt"
	"pimmsbot/internal/catalog/catalogtest"
	"pimmsbot/internal/config"
	"pimmsbot/internal/conversation"
	"pimmsbot/internal/logs"
	"pimmsbot/internal/server"
	"pimmsbot/internal/telegram"
	"pimmsbot/internal/telegram/telegramtest"
)

// TestServeTelegram runs serve with the real Telegram adapter against the
// fake Bot API: a resident is answered, the stop is clean, and the offset
// is stored for the next start.
func TestServeTelegram(t *testing.T) {
	srv := telegramtest.NewServer(t)
	db := filepath.Join(t.TempDir(), "pimmsbot.db")
	cfg, err := config.Read(env{
		"TELEGRAM_BOT_TOKEN": telegramtest.Token, "TELEGRAM_API_URL": srv.URL, "TELEGRAM_RATE_GLOBAL": "0", "TELEGRAM_RATE_PER_CHAT": "0",
		"PIMMS_DB": db, "PIMMS_HTTP_ADDR": "off", "PIMMS_ADMIN_SOCKET": "off",
	}.get, "")
	if err == nil {
		err = cfg.Validate()
	}
	if err != nil {
		t.Fatal(err)
	}
	if errs := cfg.Telegram.Validate(); len(errs) > 0 {
		t.Fatal(errs)
	}
	var logbuf syncBuffer
	log, err := logs.New(&logbuf, "json", "debug", cfg.Secrets())
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	done := make(chan int, 1)
	go func() {
		done <- serve(ctx, &Env{Stdout: io.Discard, Stderr: &logbuf}, server.Options{Config: cfg, Catalog: catalogtest.FAQ(t), Logger: log,
			Adapters: server.Adapters{Discord: server.NewDiscord, Telegram: server.NewTelegram}})
	}()
	ids := srv.Push(telegramtest.Text(77, "/start"), telegramtest.Text(77, "j'ai perdu ma carte vitale"))
	msgs := srv.WaitMessages(t, 77, 2)
	if !strings.Contains(msgs[0].Text, "bienvenue") || len(msgs[1].Keyboard) == 0 {
		t.Errorf("messages: %+v", msgs)
	}
	srv.Wait(t, "the next poll", func(calls []telegramtest.Call) bool {
		last := calls[len(calls)-1]
		return last.Method == "getUpdates" && last.Params["offset"] == "103"
	})
	cancel()
	select {
	case code := <-done:
		if code != 0 {
			t.Fatalf("serve exited %d:\n%s", code, logbuf.String())
		}
	case <-time.After(20 * time.Second):
		t.Fatal("serve did not stop")
	}
	if out := logbuf.String(); strings.Contains(out, telegramtest.Token) || strings.Contains(out, "carte vitale") {
		t.Errorf("the log holds the token or a resident's text:\n%s", out)
	}
	store, err := bolt.Open(db, bolt.Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer store.Close()
	if off, err := store.Offset(context.Background(), "telegram"); err != nil || off != ids[1]+1 {
		t.Errorf("stored offset %d (%v), want %d", off, err, ids[1]+1)
	}
}

// TestServeTelegramBadToken: a token Telegram refuses stops the start.
func TestServeTelegramBadToken(t *testing.T) {
	srv := telegramtest.NewServer(t)
	store, err := bolt.Open(filepath.Join(t.TempDir(), "db"), bolt.Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer store.Close()
	cfg := &Config{Telegram: config.TelegramConfig{Token: "999:revoked", APIURL: srv.URL, Mode: telegram.ModePolling}}
	_, _, err = server.NewTelegram(context.Background(), cfg, store, discard())
	if conversation.ErrorCode(err) != conversation.EINVALID {
		t.Errorf("err = %v, want EINVALID", err)
	}
}
