package telegram_test

import (
	"context"
	"errors"
	"net/http/httptest"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/go-telegram/bot"

	"pimmsbot/internal/bolt"
	"pimmsbot/internal/conversation"
	"pimmsbot/internal/frenchcheck"
	"pimmsbot/internal/telegram"
	"pimmsbot/internal/telegram/telegramtest"
)

// TestGetMeInFrench: when Telegram refuses the bot's token at start, or
// cannot be reached, serve stops with a French line that says which
// setting to check; the code and the library's error stay for callers.
func TestGetMeInFrench(t *testing.T) {
	store, err := bolt.Open(filepath.Join(t.TempDir(), "pimms.db"), bolt.Options{NoSync: true})
	if err != nil {
		t.Fatal(err)
	}
	defer store.Close()
	srv := telegramtest.NewServer(t)
	gone := httptest.NewServer(nil)
	gone.Close()
	for _, tc := range []struct {
		name, token, url, channel string
		code, phrase              string
	}{
		{"a revoked token", "123:revoked", srv.URL, "", conversation.EINVALID,
			"Telegram refuse le jeton du bot\u00a0: il est faux, ou a été révoqué. Vérifiez TELEGRAM_BOT_TOKEN\u00a0; au besoin, demandez un nouveau jeton à @BotFather (détail\u00a0: "},
		{"a revoked token of the sites file", "123:revoked", srv.URL, "telegram-isere", conversation.EINVALID,
			"Vérifiez le jeton (token) de ce bot dans le fichier des sites\u00a0;"},
		{"Telegram unreachable", telegramtest.Token, gone.URL, "", conversation.ETEMPORARY,
			"Telegram ne répond pas à la vérification du jeton du bot\u00a0; vérifiez que ce serveur peut joindre " + gone.URL + ", puis relancez"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			ctx, cancel := context.WithTimeout(context.Background(), 20*time.Second)
			defer cancel()
			_, err := telegram.New(ctx, telegram.Config{Token: tc.token, APIURL: tc.url, Name: tc.channel, Updates: store,
				SendTimeout: 2 * time.Second})
			if err == nil {
				t.Fatal("no error")
			}
			if !strings.Contains(err.Error(), tc.phrase) {
				t.Errorf("error %q, want it to hold %q", err, tc.phrase)
			}
			if got := conversation.ErrorCode(err); got != tc.code {
				t.Errorf("code %s, want %s", got, tc.code)
			}
			if tc.code == conversation.EINVALID && !errors.Is(err, bot.ErrorUnauthorized) {
				t.Errorf("%v does not wrap the library's error", err)
			}
			for _, p := range frenchcheck.Problems(err.Error(), "token is", "unauthorized", "refused", "unreachable", "check") {
				t.Error(p)
			}
		})
	}
}
