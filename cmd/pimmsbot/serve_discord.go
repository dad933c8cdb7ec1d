package main

import (
	"context"
	"log/slog"

	"pimmsbot/internal/bolt"
	"pimmsbot/internal/conversation"
)

// DiscordConfig is the Discord part of the configuration.
type DiscordConfig struct {
	Token string
}

func (c *DiscordConfig) fromEnv(getenv func(string) string) error {
	c.Token = getenv("DISCORD_BOT_TOKEN")
	return nil
}

func (c *DiscordConfig) validate() []error { return nil }

// newDiscord builds the mediators' desk on Discord; it returns a nil desk
// when Discord is not configured.
func newDiscord(ctx context.Context, cfg *Config, store *bolt.Store, log *slog.Logger) (conversation.Desk, adapterRun, error) {
	return nil, nil, nil
}
