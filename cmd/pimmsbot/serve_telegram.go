package main

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"net"
	"net/url"
	"strconv"
	"strings"

	"pimmsbot/internal/bolt"
	"pimmsbot/internal/conversation"
	"pimmsbot/internal/telegram"
)

// TelegramConfig is the Telegram part of the configuration.
type TelegramConfig struct {
	Token  string // TELEGRAM_BOT_TOKEN, from @BotFather
	APIURL string // TELEGRAM_API_URL: another Bot API server (self-hosted, a test's fake)
	// Mode (TELEGRAM_MODE) is polling (the default) or webhook.
	Mode string
	// WebhookURL (TELEGRAM_WEBHOOK_URL) is the public https address
	// Telegram posts to; WebhookListen (TELEGRAM_WEBHOOK_LISTEN) the
	// local address that serves it, behind the reverse proxy;
	// WebhookSecret (TELEGRAM_WEBHOOK_SECRET) the token Telegram sends
	// with each request.
	WebhookURL, WebhookListen, WebhookSecret string
	// RateGlobal (TELEGRAM_RATE_GLOBAL) and RatePerChat
	// (TELEGRAM_RATE_PER_CHAT) are the messages per second sent in all,
	// and to one chat; 0 lifts the limit.
	RateGlobal, RatePerChat float64
}

// Defaults of the Telegram configuration.
const (
	defaultTelegramRateGlobal  = 30
	defaultTelegramRatePerChat = 1
)

func (c *TelegramConfig) fromEnv(getenv func(string) string) error {
	c.Token = strings.TrimSpace(getenv("TELEGRAM_BOT_TOKEN"))
	c.APIURL = strings.TrimSpace(getenv("TELEGRAM_API_URL"))
	c.Mode = strings.ToLower(or(strings.TrimSpace(getenv("TELEGRAM_MODE")), telegram.ModePolling))
	c.WebhookURL = strings.TrimSpace(getenv("TELEGRAM_WEBHOOK_URL"))
	c.WebhookListen = strings.TrimSpace(getenv("TELEGRAM_WEBHOOK_LISTEN"))
	c.WebhookSecret = strings.TrimSpace(getenv("TELEGRAM_WEBHOOK_SECRET"))
	var errs []error
	rate := func(name string, def float64) float64 {
		v := strings.TrimSpace(getenv(name))
		if v == "" {
			return def
		}
		r, err := strconv.ParseFloat(v, 64)
		if err != nil || r < 0 {
			errs = append(errs, fmt.Errorf("%s=%q: want messages per second, such as %v, or 0 for no limit", name, v, def))
			return def
		}
		return r
	}
	c.RateGlobal = rate("TELEGRAM_RATE_GLOBAL", defaultTelegramRateGlobal)
	c.RatePerChat = rate("TELEGRAM_RATE_PER_CHAT", defaultTelegramRatePerChat)
	return errors.Join(errs...)
}

func (c *TelegramConfig) validate() []error {
	var errs []error
	if c.Token == "" {
		errs = append(errs, errors.New("TELEGRAM_BOT_TOKEN: required (create the bot with @BotFather)"))
	} else if id, secret, ok := strings.Cut(c.Token, ":"); !ok || strings.Trim(id, "0123456789") != "" || id == "" || secret == "" {
		errs = append(errs, errors.New("TELEGRAM_BOT_TOKEN: want the token @BotFather gives, such as 123456789:AAH…"))
	}
	if c.APIURL != "" {
		if u, err := url.Parse(c.APIURL); err != nil || u.Host == "" || (u.Scheme != "http" && u.Scheme != "https") {
			errs = append(errs, fmt.Errorf("TELEGRAM_API_URL=%q: want http(s)://host[:port]", c.APIURL))
		}
	}
	webhookVars := map[string]string{
		"TELEGRAM_WEBHOOK_URL": c.WebhookURL, "TELEGRAM_WEBHOOK_LISTEN": c.WebhookListen, "TELEGRAM_WEBHOOK_SECRET": c.WebhookSecret,
	}
	switch c.Mode {
	case telegram.ModePolling:
		var set []string
		for _, name := range []string{"TELEGRAM_WEBHOOK_URL", "TELEGRAM_WEBHOOK_LISTEN", "TELEGRAM_WEBHOOK_SECRET"} {
			if webhookVars[name] != "" {
				set = append(set, name)
			}
		}
		if len(set) > 0 {
			errs = append(errs, fmt.Errorf("TELEGRAM_MODE=polling: %s set but unused (set TELEGRAM_MODE=webhook, or unset them)", strings.Join(set, ", ")))
		}
	case telegram.ModeWebhook:
		if u, err := url.Parse(c.WebhookURL); c.WebhookURL == "" {
			errs = append(errs, errors.New("TELEGRAM_WEBHOOK_URL: required with TELEGRAM_MODE=webhook (the public https address Telegram posts to)"))
		} else if err != nil || u.Scheme != "https" || u.Host == "" {
			errs = append(errs, fmt.Errorf("TELEGRAM_WEBHOOK_URL=%q: want https://host/path (Telegram only posts to https)", c.WebhookURL))
		}
		if c.WebhookListen == "" {
			errs = append(errs, errors.New("TELEGRAM_WEBHOOK_LISTEN: required with TELEGRAM_MODE=webhook (the local address, such as 127.0.0.1:8443)"))
		} else if _, _, err := net.SplitHostPort(c.WebhookListen); err != nil {
			errs = append(errs, fmt.Errorf("TELEGRAM_WEBHOOK_LISTEN=%q: want host:port such as 127.0.0.1:8443", c.WebhookListen))
		}
		if c.WebhookSecret == "" {
			errs = append(errs, errors.New("TELEGRAM_WEBHOOK_SECRET: required with TELEGRAM_MODE=webhook (1 to 256 of A-Z a-z 0-9 _ -, e.g. from: openssl rand -hex 32)"))
		} else if err := telegram.CheckSecret(c.WebhookSecret); err != nil {
			errs = append(errs, errors.New("TELEGRAM_WEBHOOK_SECRET: 1 to 256 characters among A-Z a-z 0-9 _ - (e.g. from: openssl rand -hex 32)"))
		}
	default:
		errs = append(errs, fmt.Errorf("TELEGRAM_MODE=%q: want polling or webhook", c.Mode))
	}
	return errs
}

// limits returns the sending limits configured.
func (c *TelegramConfig) limits() telegram.Limits {
	lim := telegram.DefaultLimits
	lim.Global, lim.GlobalBurst = c.RateGlobal, max(1, int(c.RateGlobal))
	lim.PerChat = c.RatePerChat
	return lim
}

// newTelegram builds the residents' channel on Telegram. It checks the
// token with getMe, so that a revoked token stops the start.
func newTelegram(ctx context.Context, cfg *Config, store *bolt.Store, log *slog.Logger) (conversation.Channel, adapterRun, error) {
	tc := cfg.Telegram
	ch, err := telegram.New(ctx, telegram.Config{
		Token: tc.Token, APIURL: tc.APIURL, Mode: tc.Mode,
		WebhookURL: tc.WebhookURL, WebhookListen: tc.WebhookListen, WebhookSecret: tc.WebhookSecret,
		Updates: store, Limits: tc.limits(), DrainTimeout: cfg.ShutdownTimeout, Logger: log,
	})
	if err != nil {
		return nil, nil, err
	}
	run := func(ctx context.Context, svc *conversation.Service) error { return ch.Run(ctx, svc) }
	return ch, run, nil
}
