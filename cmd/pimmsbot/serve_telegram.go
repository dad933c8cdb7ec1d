package main

import (
	"context"
	"errors"
	"log/slog"

	"pimmsbot/internal/bolt"
	"pimmsbot/internal/conversation"
)

// TelegramConfig is the Telegram part of the configuration.
type TelegramConfig struct {
	Token string
}

func (c *TelegramConfig) fromEnv(getenv func(string) string) error {
	c.Token = getenv("TELEGRAM_BOT_TOKEN")
	return nil
}

func (c *TelegramConfig) validate() []error {
	if c.Token == "" {
		return []error{errors.New("TELEGRAM_BOT_TOKEN: required (create the bot with @BotFather)")}
	}
	return nil
}

// newTelegram builds the residents' channel on Telegram.
func newTelegram(ctx context.Context, cfg *Config, store *bolt.Store, log *slog.Logger) (conversation.Channel, adapterRun, error) {
	return nil, nil, errors.New("not implemented yet")
}
