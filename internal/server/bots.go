package server

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"slices"

	"pimmsbot/internal/bolt"
	"pimmsbot/internal/config"
	"pimmsbot/internal/sites"
	"pimmsbot/internal/telegram"
)

// BotChannel returns the channel name of the sites file's bot id: the
// part of its residents' ids before the colon ("telegram-isere:42"), by
// which the service sends their replies, reminders and ratings through
// the bot they wrote to.
func BotChannel(id string) string { return telegram.DefaultName + "-" + id }

// CheckNetwork reports what a valid sites file asks that the other
// settings cannot give: today, bots of their own in webhook mode (each
// bot would need its own webhook address; they are polled).
func CheckNetwork(cfg *config.Config, net *sites.Network) error {
	if len(net.Bots) > 0 && cfg.Telegram.Mode == telegram.ModeWebhook {
		return errors.New("TELEGRAM_MODE\u00a0: webhook impossible avec les bots du fichier des sites (bots), qui reçoivent leurs messages par polling\u00a0; écrivez TELEGRAM_MODE=polling, ou retirez bots du fichier des sites")
	}
	return nil
}

// NewBots builds the channels of the bots of their own that sites of the
// network have, each named BotChannel(id), with the settings of the
// network's bot (TELEGRAM_API_URL, the sending limits, each bot its
// own). It checks each token with getMe, so that a revoked token stops
// the start, naming the bot.
func NewBots(ctx context.Context, cfg *config.Config, net *sites.Network, store *bolt.Store, log *slog.Logger) ([]*telegram.Channel, error) {
	if err := CheckNetwork(cfg, net); err != nil {
		return nil, err
	}
	tc := cfg.Telegram
	var out []*telegram.Channel
	served := BotSites(net)
	for _, b := range net.Bots {
		var site string // a bot of one site gives it to its residents
		if ids := served[BotChannel(b.ID)]; len(ids) == 1 {
			site = ids[0]
		}
		ch, err := telegram.New(ctx, telegram.Config{
			Token: b.Token.Reveal(), Name: BotChannel(b.ID), Site: site, APIURL: tc.APIURL, Mode: telegram.ModePolling,
			Updates: store, Limits: tc.Limits(), DrainTimeout: cfg.ShutdownTimeout, Logger: log,
		})
		if err != nil {
			return nil, fmt.Errorf("bot «\u00a0%s\u00a0» du fichier des sites\u00a0: %w", b.ID, err)
		}
		out = append(out, ch)
	}
	return out, nil
}

// BotSites returns the IDs of the sites each bot serves, by channel
// name: telegram.DefaultName (the network's bot, TELEGRAM_BOT_TOKEN)
// serves the sites without a bot of their own. A bot that serves one
// site is that site's: a resident who writes to it belongs there.
func BotSites(net *sites.Network) map[string][]string {
	out := map[string][]string{}
	for _, s := range net.Sites {
		name := telegram.DefaultName
		if s.Bot != "" {
			name = BotChannel(s.Bot)
		}
		out[name] = append(out[name], s.ID)
	}
	for _, ids := range out {
		slices.Sort(ids)
	}
	return out
}
