package discord

import (
	"context"
	"errors"
	"fmt"
	"slices"
	"strings"

	"github.com/bwmarrin/discordgo"

	"pimmsbot/internal/conversation"
)

// A Site is a PIMMS site of the network, as the desk sees it: its
// tickets open in its channel (text or forum) and notify its mediators'
// role, and only members with that role (or the coordinators') may act
// on them.
type Site struct {
	// ID is the site's id in stored data (conversation.Ticket.Site).
	ID string
	// Name is what mediators read, e.g. "PIMMS Médiation Lyon Vaise".
	Name string
	// ChannelID is the forum or text channel of the site's tickets;
	// RoleID the role of its mediators.
	ChannelID, RoleID string
}

// OneSite is the ID of the site that Config.ChannelID and
// Config.MediatorRoleID make when Config.Sites is empty: sites.OneID, the
// id the sites package gives a network of one, so that its tickets are
// this site's.
const OneSite = "site"

// siteList returns the configured sites: Sites, or the one site of
// ChannelID and MediatorRoleID.
func (c Config) siteList() []Site {
	if len(c.Sites) > 0 {
		return c.Sites
	}
	return []Site{{ID: OneSite, ChannelID: c.ChannelID, RoleID: c.MediatorRoleID}}
}

// validateSites reports the sites' missing or repeated settings, in
// French: DISCORD_CHANNEL_ID and DISCORD_MEDIATOR_ROLE_ID for one site,
// the discord: of each site of the sites file for a network.
func (c Config) validateSites() []error {
	const copyID = " (mode développeur, puis clic droit, «" + nbsp + "Copier l'identifiant" + nbsp + "»)"
	if len(c.Sites) == 0 {
		var errs []error
		if c.ChannelID == "" {
			errs = append(errs, errors.New("DISCORD_CHANNEL_ID"+nbsp+": obligatoire"+nbsp+": indiquez l'id du salon des demandes"+copyID))
		}
		if c.MediatorRoleID == "" {
			errs = append(errs, errors.New("DISCORD_MEDIATOR_ROLE_ID"+nbsp+": obligatoire"+nbsp+": indiquez l'id du rôle des médiateurs"+copyID))
		}
		return errs
	}
	var errs []error
	seen := map[string]bool{}
	for i, s := range c.Sites {
		label := s.ID // as package sites names a site in its errors
		switch {
		case s.ID == "":
			label = fmt.Sprintf("n°"+nbsp+"%d", i+1)
			errs = append(errs, fmt.Errorf("site %s, id"+nbsp+": obligatoire"+nbsp+"; donnez-lui un id dans le fichier des sites", label))
		case seen[s.ID]:
			errs = append(errs, fmt.Errorf("site %s, id"+nbsp+": deux sites ont cet id"+nbsp+"; donnez à chacun le sien", s.ID))
		}
		seen[s.ID] = true
		if s.ChannelID == "" {
			errs = append(errs, fmt.Errorf("site %s, discord.channel"+nbsp+": obligatoire"+nbsp+": indiquez l'id du salon de ses demandes"+copyID, label))
		}
		if s.RoleID == "" {
			errs = append(errs, fmt.Errorf("site %s, discord.role"+nbsp+": obligatoire"+nbsp+": indiquez l'id du rôle de ses médiateurs"+copyID, label))
		}
	}
	return errs
}

// site returns the site with the given id; a ticket without a site, or of
// a site no longer configured, belongs to the first (default) site.
func (d *Desk) site(id string) Site {
	for _, s := range d.sites {
		if s.ID == id {
			return s
		}
	}
	return d.sites[0]
}

// siteOfChannel returns the site whose channel is id.
func (d *Desk) siteOfChannel(id string) (Site, bool) {
	for _, s := range d.sites {
		if s.ChannelID == id {
			return s, true
		}
	}
	return Site{}, false
}

// siteName names a site for mediators: its name, else its id.
func siteName(s Site) string {
	if s.Name != "" {
		return s.Name
	}
	return s.ID
}

// ofSite says "du PIMMS X" for a site, without repeating "PIMMS" when the
// name starts with it; atSite says "au PIMMS X".
func ofSite(s Site) string { return "du " + pimms(s) }
func atSite(s Site) string { return "au " + pimms(s) }

func pimms(s Site) string {
	name := siteName(s)
	if len(name) >= 5 && strings.EqualFold(name[:5], "PIMMS") {
		return clip(name, 100)
	}
	return "PIMMS " + clip(name, 100)
}

// isStaff reports whether a member has the role of some site or the
// coordinators' role: who may use the desk at all.
func (d *Desk) isStaff(m *discordgo.Member) bool {
	if m == nil {
		return false
	}
	if d.cfg.CoordinatorRoleID != "" && slices.Contains(m.Roles, d.cfg.CoordinatorRoleID) {
		return true
	}
	for _, s := range d.sites {
		if slices.Contains(m.Roles, s.RoleID) {
			return true
		}
	}
	return false
}

// mayActOn reports whether a member may act on the tickets of a site:
// they have its role, or the coordinators'.
func (d *Desk) mayActOn(m *discordgo.Member, s Site) bool {
	if m == nil {
		return false
	}
	return slices.Contains(m.Roles, s.RoleID) ||
		d.cfg.CoordinatorRoleID != "" && slices.Contains(m.Roles, d.cfg.CoordinatorRoleID)
}

// refusal tells a mediator of another site why they may not act on a
// ticket.
func refusal(s Site) string {
	return "Cette demande relève " + ofSite(s) + nbsp + ": seuls ses médiateurs peuvent y répondre."
}

// guard returns the ticket and its site, and "" when the member may act
// on it; else the French text that says why not. A ticket the service
// does not know is let through: the service says so.
func (d *Desk) guard(ctx context.Context, svc Service, m *discordgo.Member, ticket uint64) (conversation.Ticket, Site, string) {
	t, _, err := svc.History(ctx, ticket)
	switch {
	case conversation.ErrorCode(err) == conversation.ENOTFOUND:
		return t, d.sites[0], ""
	case err != nil:
		d.log.Error("read a ticket's site", "ticket", ticket, "err", err)
		return t, Site{}, explainCode(err)
	}
	s := d.site(t.Site)
	if !d.mayActOn(m, s) {
		d.log.Info("action of a mediator of another site refused", "ticket", ticket, "site", s.ID)
		return t, s, refusal(s)
	}
	return t, s, ""
}
