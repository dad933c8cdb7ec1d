package main

import (
	"context"
	"log/slog"

	"pimmsbot/internal/bolt"
	"pimmsbot/internal/conversation"
	"pimmsbot/internal/discord"
)

// newDiscord builds the mediators' desk on Discord; it returns a nil desk
// when Discord is not configured.
func newDiscord(ctx context.Context, cfg *Config, store *bolt.Store, log *slog.Logger) (conversation.Desk, adapterRun, error) {
	dc := cfg.Discord
	if dc.Token == "" {
		return nil, nil, nil // an untyped nil: serve checks desk != nil
	}
	desk, err := discord.New(discord.Config{
		Token: dc.Token, GuildID: dc.GuildID, ChannelID: dc.ChannelID, MediatorRoleID: dc.MediatorRoleID,
		AppID: dc.AppID, APIURL: dc.APIURL, Logger: log, Names: cfg.ShownName,
		Location: cfg.Location(), // PIMMS_TIMEZONE: the times mediators read
	})
	if err != nil {
		return nil, nil, err
	}
	run := func(ctx context.Context, svc *conversation.Service) error { return desk.Run(ctx, svc) }
	return desk, run, nil
}
