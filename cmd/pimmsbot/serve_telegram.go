package main

import (
	"context"
	"log/slog"

	"pimmsbot/internal/bolt"
	"pimmsbot/internal/conversation"
	"pimmsbot/internal/telegram"
)

// newTelegram builds the residents' channel on Telegram. It checks the
// token with getMe, so that a revoked token stops the start.
func newTelegram(ctx context.Context, cfg *Config, store *bolt.Store, log *slog.Logger) (conversation.Channel, adapterRun, error) {
	tc := cfg.Telegram
	ch, err := telegram.New(ctx, telegram.Config{
		Token: tc.Token, APIURL: tc.APIURL, Mode: tc.Mode,
		WebhookURL: tc.WebhookURL, WebhookListen: tc.WebhookListen, WebhookSecret: tc.WebhookSecret,
		Updates: store, Limits: tc.Limits(), DrainTimeout: cfg.ShutdownTimeout, Logger: log,
	})
	if err != nil {
		return nil, nil, err
	}
	run := func(ctx context.Context, svc *conversation.Service) error { return ch.Run(ctx, svc) }
	return ch, run, nil
}
