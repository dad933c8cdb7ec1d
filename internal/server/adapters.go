package server

import (
	"context"
	"fmt"
	"log/slog"
	"time"

	"pimmsbot/internal/admin"
	"pimmsbot/internal/bolt"
	"pimmsbot/internal/config"
	"pimmsbot/internal/conversation"
	"pimmsbot/internal/discord"
	"pimmsbot/internal/report"
	"pimmsbot/internal/sites"
	"pimmsbot/internal/telegram"
)

// NewTelegram builds the residents' channel on Telegram. It checks the
// token with getMe, so that a revoked token stops the start.
func NewTelegram(ctx context.Context, cfg *config.Config, store *bolt.Store, log *slog.Logger) (conversation.Channel, Intake, error) {
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

// NewDiscord builds the mediators' desk on Discord; it returns a nil desk
// when Discord is not configured. The desk has a channel and a role per
// site: those of the sites file (PIMMS_SITES_FILE), or DISCORD_CHANNEL_ID
// and DISCORD_MEDIATOR_ROLE_ID for a network of one (discord.OneSite).
func NewDiscord(ctx context.Context, cfg *config.Config, store *bolt.Store, log *slog.Logger) (conversation.Desk, Intake, error) {
	dc := cfg.Discord
	if dc.Token == "" {
		return nil, nil, nil // an untyped nil: serve checks desk != nil
	}
	c := discord.Config{
		Token: dc.Token, GuildID: dc.GuildID, ChannelID: dc.ChannelID, MediatorRoleID: dc.MediatorRoleID,
		AppID: dc.AppID, APIURL: dc.APIURL, Logger: log, Names: cfg.ShownName,
		Location: cfg.Location(), // PIMMS_TIMEZONE: the times mediators read
	}
	if cfg.SitesFile != "" {
		net, err := cfg.Network()
		if err != nil {
			return nil, nil, err
		}
		c.Sites, c.CoordinatorRoleID = deskSites(net), net.CoordinatorRoleID
		if net.Location != nil {
			c.Location = net.Location // the sites file's time zone
		}
	}
	desk, err := discord.New(c)
	if err != nil {
		return nil, nil, err
	}
	run := func(ctx context.Context, svc *conversation.Service) error { return desk.Run(ctx, svc) }
	return desk, run, nil
}

// deskSites are the network's sites as the desk sees them: the default
// site first, since the desk gives it the tickets of no known site, then
// the others in the file's order.
func deskSites(net *sites.Network) []discord.Site {
	def := net.Default()
	out := []discord.Site{{ID: def.ID, Name: def.Name, ChannelID: def.ChannelID, RoleID: def.RoleID}}
	for _, s := range net.Sites {
		if s.ID != def.ID {
			out = append(out, discord.Site{ID: s.ID, Name: s.Name, ChannelID: s.ChannelID, RoleID: s.RoleID})
		}
	}
	return out
}

// serviceAdmin is what the admin socket does inside the running service:
// hot backups from the store, erasure through the service (so that the
// resident's open ticket is closed and the mediators are told at once).
type serviceAdmin struct {
	*bolt.Store
	svc *conversation.Service
}

// FAQNames returns the names of the FAQ the service answers from.
func (a serviceAdmin) FAQNames(context.Context) (conversation.FAQNames, error) {
	return a.svc.FAQNames(), nil
}

// ForEachMissWordingJSON counts the misses of the unanswered report by
// wording in the service, from the store's short read transactions, and
// gives the counts as JSON lines (report.CountMisses, MissTally.EachJSON).
func (a serviceAdmin) ForEachMissWordingJSON(ctx context.Context, since time.Time, site, def string, step func() error, fn func([]byte) error) error {
	t, err := report.CountMisses(ctx, a.Store, since, site, def, step)
	if err != nil {
		return err
	}
	return t.EachJSON(fn)
}

// EraseResident erases the resident through the service, then compacts
// the database at once: the site manager asked, and wants no trace left
// in the file. Commits pause for the compaction (docs/performance.md).
func (a serviceAdmin) EraseResident(ctx context.Context, id string) error {
	if err := a.svc.EraseResident(ctx, id); err != nil {
		return err
	}
	if _, err := a.Store.Compact(ctx, false); err != nil {
		return compactFailed(err)
	}
	return nil
}

// compactFailed is what pimmsbot erase prints when the resident is erased
// but the file could not be compacted after.
func compactFailed(err error) error {
	return fmt.Errorf("l'usager est effacé, mais le compactage de la base a échoué"+
		"\u00a0: d'anciens octets peuvent rester dans ses pages libres jusqu'à la purge de chaque jour, qui réessaie"+
		"\u00a0; pour compacter plus tôt, arrêtez pimmsbot et lancez pimmsbot purge (détail\u00a0: %w)", err)
}

// Admin returns what the admin socket serves inside the running service
// (see admin.Handler): tests play the running service with it.
func Admin(store *bolt.Store, svc *conversation.Service) admin.Backend {
	return serviceAdmin{store, svc}
}
