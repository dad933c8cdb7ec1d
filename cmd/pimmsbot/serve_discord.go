package main

import (
	"context"
	"fmt"
	"log/slog"
	"net/url"
	"strings"

	"pimmsbot/internal/bolt"
	"pimmsbot/internal/conversation"
	"pimmsbot/internal/discord"
)

// DiscordConfig is the Discord part of the configuration. Discord is
// optional: without DISCORD_BOT_TOKEN, serve runs without a desk (a
// handover tells the resident how to reach the site and the ticket waits).
type DiscordConfig struct {
	Token          string // DISCORD_BOT_TOKEN, without "Bot "
	GuildID        string // DISCORD_GUILD_ID: the server
	ChannelID      string // DISCORD_CHANNEL_ID: forum or text channel for the tickets
	MediatorRoleID string // DISCORD_MEDIATOR_ROLE_ID
	// AppID (DISCORD_APP_ID) is the application's id for the slash
	// commands; by default the one the gateway gives.
	AppID string
	// APIURL (DISCORD_API_URL) replaces https://discord.com for REST
	// calls: a REST proxy, or a test's fake.
	APIURL string
}

func (c *DiscordConfig) fromEnv(getenv func(string) string) error {
	c.Token = strings.TrimPrefix(strings.TrimSpace(getenv("DISCORD_BOT_TOKEN")), "Bot ")
	c.GuildID = strings.TrimSpace(getenv("DISCORD_GUILD_ID"))
	c.ChannelID = strings.TrimSpace(getenv("DISCORD_CHANNEL_ID"))
	c.MediatorRoleID = strings.TrimSpace(getenv("DISCORD_MEDIATOR_ROLE_ID"))
	c.AppID = strings.TrimSpace(getenv("DISCORD_APP_ID"))
	c.APIURL = strings.TrimSpace(getenv("DISCORD_API_URL"))
	return nil
}

// validate names each missing or malformed variable. Without a token
// Discord is off, and the other variables must then be unset too, so that
// a forgotten token does not silently leave the mediators without tickets.
func (c *DiscordConfig) validate() []error {
	ids := []struct{ name, value, what string }{
		{"DISCORD_GUILD_ID", c.GuildID, "the server's id"},
		{"DISCORD_CHANNEL_ID", c.ChannelID, "the id of the forum or text channel where tickets open"},
		{"DISCORD_MEDIATOR_ROLE_ID", c.MediatorRoleID, "the id of the mediators' role"},
		{"DISCORD_APP_ID", c.AppID, ""},
	}
	var errs []error
	if c.Token == "" {
		var set []string
		for _, id := range ids {
			if id.value != "" {
				set = append(set, id.name)
			}
		}
		if c.APIURL != "" {
			set = append(set, "DISCORD_API_URL")
		}
		if len(set) > 0 {
			errs = append(errs, fmt.Errorf("DISCORD_BOT_TOKEN: required since %s is set (unset the DISCORD_* variables to run without Discord)", strings.Join(set, ", ")))
		}
		return errs
	}
	for _, id := range ids {
		switch {
		case id.value == "" && id.what != "":
			errs = append(errs, fmt.Errorf("%s: required with DISCORD_BOT_TOKEN (%s; Discord developer mode, right click, Copy ID)", id.name, id.what))
		case id.value != "" && strings.Trim(id.value, "0123456789") != "":
			errs = append(errs, fmt.Errorf("%s=%q: want a Discord id (digits only)", id.name, id.value))
		}
	}
	if c.APIURL != "" {
		if u, err := url.Parse(c.APIURL); err != nil || u.Host == "" || (u.Scheme != "http" && u.Scheme != "https") {
			errs = append(errs, fmt.Errorf("DISCORD_API_URL=%q: want http(s)://host[/path]", c.APIURL))
		}
	}
	return errs
}

// newDiscord builds the mediators' desk on Discord; it returns a nil desk
// when Discord is not configured.
func newDiscord(ctx context.Context, cfg *Config, store *bolt.Store, log *slog.Logger) (conversation.Desk, adapterRun, error) {
	dc := cfg.Discord
	if dc.Token == "" {
		return nil, nil, nil // an untyped nil: serve checks desk != nil
	}
	desk, err := discord.New(discord.Config{
		Token: dc.Token, GuildID: dc.GuildID, ChannelID: dc.ChannelID, MediatorRoleID: dc.MediatorRoleID,
		AppID: dc.AppID, APIURL: dc.APIURL, Logger: log, Names: cfg.mediatorName,
		Location: cfg.location(), // PIMMS_TIMEZONE: the times mediators read
	})
	if err != nil {
		return nil, nil, err
	}
	run := func(ctx context.Context, svc *conversation.Service) error { return desk.Run(ctx, svc) }
	return desk, run, nil
}
