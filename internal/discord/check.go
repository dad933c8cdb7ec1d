package discord

import (
	"context"
	"fmt"
	"slices"
	"time"

	"github.com/bwmarrin/discordgo"
)

// A permission the bot needs on a site's channel, with the name Discord's
// settings show.
type permission struct {
	bit  int64
	name string
}

// needs returns the permissions the bot needs on a site's channel: see
// it, post (a message that starts a thread, or a forum post), start
// threads in a text channel, write in them, show links and files, and
// read the first message back to update it.
func needs(forum bool) []permission {
	p := []permission{
		{discordgo.PermissionViewChannel, "View Channel"},
		{discordgo.PermissionSendMessages, "Send Messages"},
	}
	if forum {
		p[1].name = "Create Posts"
	} else {
		p = append(p, permission{discordgo.PermissionCreatePublicThreads, "Create Public Threads"})
	}
	return append(p,
		permission{discordgo.PermissionSendMessagesInThreads, "Send Messages in Threads"},
		permission{discordgo.PermissionEmbedLinks, "Embed Links"},
		permission{discordgo.PermissionAttachFiles, "Attach Files"},
		permission{discordgo.PermissionReadMessageHistory, "Read Message History"},
	)
}

const allPermissions int64 = 1<<50 - 1

// permissions computes what a member may do in a channel as Discord does:
// the guild's owner may do everything; otherwise @everyone's permissions
// and those of the member's roles, everything for an administrator, then
// the channel's overwrites for @everyone, for the member's roles
// together, then for the member. Without View Channel nothing is
// allowed.
func permissions(g *discordgo.Guild, roles []*discordgo.Role, ch *discordgo.Channel, m *discordgo.Member) int64 {
	if m.User != nil && m.User.ID == g.OwnerID {
		return allPermissions
	}
	var perms int64
	for _, r := range roles {
		if r.ID == g.ID || slices.Contains(m.Roles, r.ID) {
			perms |= r.Permissions
		}
	}
	if perms&discordgo.PermissionAdministrator != 0 {
		return allPermissions
	}
	var allow, deny int64
	for _, o := range ch.PermissionOverwrites {
		switch {
		case o.Type == discordgo.PermissionOverwriteTypeRole && o.ID == g.ID:
			perms = perms&^o.Deny | o.Allow
		case o.Type == discordgo.PermissionOverwriteTypeRole && slices.Contains(m.Roles, o.ID):
			allow, deny = allow|o.Allow, deny|o.Deny
		}
	}
	perms = perms&^deny | allow
	for _, o := range ch.PermissionOverwrites {
		if o.Type == discordgo.PermissionOverwriteTypeMember && m.User != nil && o.ID == m.User.ID {
			perms = perms&^o.Deny | o.Allow
		}
	}
	if perms&discordgo.PermissionViewChannel == 0 {
		return 0
	}
	return perms
}

// A Problem is what Check found wrong for one site, or for the whole
// server when Site is "".
type Problem struct {
	// Site is the site's id; "" for the server or the coordinators' role.
	Site string
	// Kind says what is wrong in general terms, for /healthz: "missing
	// permissions", "channel not found", "role not found", "wrong
	// channel type", "server not readable".
	Kind string
	// Text is the log line: the site, the channel or role, and exactly
	// what is missing.
	Text string
}

// The kinds of Problem.
const (
	kindPermissions = "missing permissions"
	kindChannel     = "channel not found"
	kindChannelType = "wrong channel type"
	kindRole        = "role not found"
	kindServer      = "server not readable"
)

// Check reads from Discord what the bot may really do and returns every
// problem found, each naming the site and what is missing: a site's
// channel that does not exist, is not in the server or is neither a text
// nor a forum channel, a permission the bot lacks on it, a role that
// does not exist or that the bot cannot mention. It returns an error
// when Discord could not be read at all (network, token).
func (d *Desk) Check(ctx context.Context) ([]Problem, error) {
	g, err := d.s.Guild(d.cfg.GuildID, opts(ctx)...)
	if err != nil {
		if s, _ := restCode(err); s == 403 || s == 404 {
			return []Problem{{Kind: kindServer, Text: fmt.Sprintf("server %s: the bot cannot read it (is the bot invited to it, is the guild id right?): %v", d.cfg.GuildID, err)}}, nil
		}
		return nil, fmt.Errorf("read the server: %w", err)
	}
	roles := g.Roles
	if len(roles) == 0 {
		if roles, err = d.s.GuildRoles(d.cfg.GuildID, opts(ctx)...); err != nil {
			return nil, fmt.Errorf("read the server's roles: %w", err)
		}
	}
	bot, err := d.botUser(ctx)
	if err != nil {
		return nil, err
	}
	me, err := d.s.GuildMember(d.cfg.GuildID, bot, opts(ctx)...)
	if err != nil {
		return nil, fmt.Errorf("read the bot's roles: %w", err)
	}
	if me.User == nil {
		me.User = &discordgo.User{ID: bot}
	}
	var problems []Problem
	for _, site := range d.sites {
		p, err := d.checkSite(ctx, site, g, roles, me)
		if err != nil {
			return nil, err
		}
		problems = append(problems, p...)
	}
	if id := d.cfg.CoordinatorRoleID; id != "" && !slices.ContainsFunc(roles, func(r *discordgo.Role) bool { return r.ID == id }) {
		problems = append(problems, Problem{Kind: kindRole, Text: fmt.Sprintf("coordinator role %s does not exist in the server", id)})
	}
	return problems, nil
}

// checkSite returns the problems of one site's channel and role.
func (d *Desk) checkSite(ctx context.Context, site Site, g *discordgo.Guild, roles []*discordgo.Role, me *discordgo.Member) ([]Problem, error) {
	var problems []Problem
	say := func(kind, format string, args ...any) {
		problems = append(problems, Problem{Site: site.ID, Kind: kind, Text: "site " + site.ID + ": " + fmt.Sprintf(format, args...)})
	}
	i := slices.IndexFunc(roles, func(r *discordgo.Role) bool { return r.ID == site.RoleID })
	ch, err := d.s.Channel(site.ChannelID, opts(ctx)...)
	switch {
	case isCode(err, codeUnknownChannel):
		say(kindChannel, "channel %s does not exist: tickets cannot open", site.ChannelID)
	case isCode(err, codeMissingAccess):
		say(kindPermissions, "the bot lacks View Channel on channel %s: tickets cannot open", site.ChannelID)
	case err != nil:
		return nil, fmt.Errorf("read the channel of site %q: %w", site.ID, err)
	case ch.GuildID != "" && ch.GuildID != g.ID:
		say(kindChannel, "channel %s is in another server than %s", ch.ID, g.ID)
	case !isDeskChannel(ch.Type):
		say(kindChannelType, "channel %s is neither a text nor a forum channel (type %d)", ch.ID, ch.Type)
	default:
		forum := ch.Type == discordgo.ChannelTypeGuildForum || ch.Type == discordgo.ChannelTypeGuildMedia
		have := permissions(g, roles, ch, me)
		for _, p := range needs(forum) {
			if have&p.bit == 0 {
				say(kindPermissions, "the bot lacks %s on channel %s (#%s)", p.name, ch.ID, ch.Name)
			}
		}
		if i >= 0 && !roles[i].Mentionable && have&discordgo.PermissionMentionEveryone == 0 {
			say(kindPermissions, "the bot cannot mention role %s (@%s): make it mentionable, or give the bot Mention @everyone, @here and All Roles on channel %s",
				site.RoleID, roles[i].Name, ch.ID)
		}
	}
	if i < 0 {
		say(kindRole, "role %s does not exist in the server: its mediators cannot act", site.RoleID)
	}
	return problems, nil
}

func isDeskChannel(t discordgo.ChannelType) bool {
	switch t {
	case discordgo.ChannelTypeGuildForum, discordgo.ChannelTypeGuildMedia, discordgo.ChannelTypeGuildText, discordgo.ChannelTypeGuildNews:
		return true
	}
	return false
}

// checkEvery is how often Check runs again: Health clears once an
// administrator fixed a problem, and reports one that appears later (a
// permission taken away, a channel deleted).
const checkEvery = 5 * time.Minute

// watchPermissions runs Check at start, then every checkEvery until ctx
// is done. It logs each new problem once, on a line of its own, says when
// they are all fixed, and makes Health report them.
func (d *Desk) watchPermissions(ctx context.Context) {
	logged := map[string]bool{}
	for {
		problems, err := d.Check(ctx)
		if err != nil && ctx.Err() == nil {
			d.log.Warn("Discord permissions not checked", "err", err)
		} else if err == nil {
			// Health first: whoever reads a log line finds it there.
			d.problems.Store(&problems)
			for _, p := range problems {
				if !logged[p.Text] {
					d.log.Error("discord: " + p.Text)
				}
			}
			if len(problems) == 0 && len(logged) > 0 {
				d.log.Info("discord: the permission problems are fixed")
			}
			clear(logged)
			for _, p := range problems {
				logged[p.Text] = true
			}
		}
		select {
		case <-ctx.Done():
			return
		case <-time.After(checkEvery):
		}
	}
}
