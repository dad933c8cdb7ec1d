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
	"pimmsbot/internal/conversation"
	"pimmsbot/internal/logs"
	"pimmsbot/internal/telegram"
	"pimmsbot/internal/telegram/telegramtest"
)

func TestTelegramConfig(t *testing.T) {
	const token = "123456:ABC-def"
	for _, tc := range []struct {
		name string
		env  env
		errs []string // substrings, one per expected error
	}{
		{"polling by default", env{"TELEGRAM_BOT_TOKEN": token}, nil},
		{"no token", env{}, []string{"TELEGRAM_BOT_TOKEN: required"}},
		{"not a token", env{"TELEGRAM_BOT_TOKEN": "abcdef"}, []string{"TELEGRAM_BOT_TOKEN: want the token"}},
		{"bad API URL", env{"TELEGRAM_BOT_TOKEN": token, "TELEGRAM_API_URL": "localhost:8081"}, []string{"TELEGRAM_API_URL="}},
		{"bad mode", env{"TELEGRAM_BOT_TOKEN": token, "TELEGRAM_MODE": "push"}, []string{"TELEGRAM_MODE=\"push\""}},
		{"webhook", env{
			"TELEGRAM_BOT_TOKEN": token, "TELEGRAM_MODE": "webhook", "TELEGRAM_WEBHOOK_URL": "https://bot.example.org/tg",
			"TELEGRAM_WEBHOOK_LISTEN": "127.0.0.1:8443", "TELEGRAM_WEBHOOK_SECRET": "0123abc_-XYZ",
		}, nil},
		{"webhook without its variables", env{"TELEGRAM_BOT_TOKEN": token, "TELEGRAM_MODE": "Webhook"}, []string{
			"TELEGRAM_WEBHOOK_URL: required", "TELEGRAM_WEBHOOK_LISTEN: required", "TELEGRAM_WEBHOOK_SECRET: required",
		}},
		{"webhook badly set", env{
			"TELEGRAM_BOT_TOKEN": token, "TELEGRAM_MODE": "webhook", "TELEGRAM_WEBHOOK_URL": "http://bot.example.org/tg",
			"TELEGRAM_WEBHOOK_LISTEN": "8443", "TELEGRAM_WEBHOOK_SECRET": "not allowed!",
		}, []string{"TELEGRAM_WEBHOOK_URL=", "TELEGRAM_WEBHOOK_LISTEN=", "TELEGRAM_WEBHOOK_SECRET: 1 to 256"}},
		{"webhook variables while polling", env{"TELEGRAM_BOT_TOKEN": token, "TELEGRAM_WEBHOOK_SECRET": "abc"}, []string{"TELEGRAM_WEBHOOK_SECRET set but unused"}},
		{"bad rates", env{"TELEGRAM_BOT_TOKEN": token, "TELEGRAM_RATE_GLOBAL": "fast", "TELEGRAM_RATE_PER_CHAT": "-1"}, []string{
			"TELEGRAM_RATE_GLOBAL=\"fast\"", "TELEGRAM_RATE_PER_CHAT=\"-1\"",
		}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var c TelegramConfig
			var got []string
			if err := c.fromEnv(tc.env.get); err != nil {
				got = append(got, strings.Split(err.Error(), "\n")...)
			}
			for _, err := range c.validate() {
				got = append(got, err.Error())
			}
			if len(got) != len(tc.errs) {
				t.Fatalf("errors %q, want %d: %q", got, len(tc.errs), tc.errs)
			}
			for i, want := range tc.errs {
				if !strings.Contains(got[i], want) {
					t.Errorf("error %d = %q, want %q", i, got[i], want)
				}
			}
		})
	}

	var c TelegramConfig
	c.fromEnv(env{"TELEGRAM_BOT_TOKEN": token, "TELEGRAM_RATE_PER_CHAT": "0"}.get)
	lim := c.limits()
	if c.Mode != telegram.ModePolling || lim.Global != 30 || lim.GlobalBurst != 30 || lim.PerChat != 0 || lim.MaxWait <= 0 {
		t.Errorf("mode %s, limits %+v", c.Mode, lim)
	}
}

// TestServeTelegram runs serve with the real Telegram adapter against the
// fake Bot API: a resident is answered, the stop is clean, and the offset
// is stored for the next start.
func TestServeTelegram(t *testing.T) {
	srv := telegramtest.NewServer(t)
	db := filepath.Join(t.TempDir(), "pimmsbot.db")
	cfg, err := readConfig(env{
		"TELEGRAM_BOT_TOKEN": telegramtest.Token, "TELEGRAM_API_URL": srv.URL, "TELEGRAM_RATE_GLOBAL": "0", "TELEGRAM_RATE_PER_CHAT": "0",
		"PIMMS_DB": db, "PIMMS_HTTP_ADDR": "off", "PIMMS_ADMIN_SOCKET": "off",
	}.get, "")
	if err == nil {
		err = cfg.Validate()
	}
	if err != nil {
		t.Fatal(err)
	}
	if errs := cfg.Telegram.validate(); len(errs) > 0 {
		t.Fatal(errs)
	}
	var logbuf syncBuffer
	log, err := logs.New(&logbuf, "json", "debug", cfg.secrets())
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	done := make(chan int, 1)
	go func() {
		done <- serve(ctx, &Env{Stdout: io.Discard, Stderr: &logbuf}, cfg, catalogtest.FAQ(t), log, adapters{discord: newDiscord, telegram: newTelegram})
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
	cfg := &Config{Telegram: TelegramConfig{Token: "999:revoked", APIURL: srv.URL, Mode: telegram.ModePolling}}
	_, _, err = newTelegram(context.Background(), cfg, store, discard())
	if conversation.ErrorCode(err) != conversation.EINVALID {
		t.Errorf("err = %v, want EINVALID", err)
	}
}
