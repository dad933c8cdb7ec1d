package discord

import (
	"context"
	"fmt"
	"slices"
	"strings"
	"time"

	"github.com/bwmarrin/discordgo"
)

// A permission the bot needs on a site's channel, with the names Discord's
// settings show in French and in English.
type permission struct {
	bit      int64
	fr, name string
}

// String names the permission for the installer, whatever the language of
// their Discord: « Créer des fils publics » (Create Public Threads).
func (p permission) String() string { return "«" + nbsp + p.fr + nbsp + "» (" + p.name + ")" }

// needs returns the permissions the bot needs on a site's channel: see
// it, post (a message that starts a thread, or a forum post), start
// threads in a text channel, write in them, show links and files, and
// read the first message back to update it.
func needs(forum bool) []permission {
	p := []permission{
		{discordgo.PermissionViewChannel, "Voir le salon", "View Channel"},
		{discordgo.PermissionSendMessages, "Envoyer des messages", "Send Messages"},
	}
	if forum {
		p[1].fr, p[1].name = "Créer des publications", "Create Posts"
	} else {
		p = append(p, permission{discordgo.PermissionCreatePublicThreads, "Créer des fils publics", "Create Public Threads"})
	}
	return append(p,
		permission{discordgo.PermissionSendMessagesInThreads, "Envoyer des messages dans les fils", "Send Messages in Threads"},
		permission{discordgo.PermissionEmbedLinks, "Intégrer des liens", "Embed Links"},
		permission{discordgo.PermissionAttachFiles, "Joindre des fichiers", "Attach Files"},
		permission{discordgo.PermissionReadMessageHistory, "Voir les anciens messages", "Read Message History"},
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
	// Text is the log line, in French for the installer: the site, the
	// channel or role, exactly what is missing and where to fix it.
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
			return []Problem{{Kind: kindServer, Text: fmt.Sprintf("serveur %s"+nbsp+": le bot ne peut pas le lire"+nbsp+
				"; vérifiez que le bot y est invité et que DISCORD_GUILD_ID est l'id de ce serveur (détail"+nbsp+": %v)", d.cfg.GuildID, err)}}, nil
		}
		return nil, fmt.Errorf("lecture du serveur Discord impossible (détail"+nbsp+": %w)", err)
	}
	roles := g.Roles
	if len(roles) == 0 {
		if roles, err = d.s.GuildRoles(d.cfg.GuildID, opts(ctx)...); err != nil {
			return nil, fmt.Errorf("lecture des rôles du serveur Discord impossible (détail"+nbsp+": %w)", err)
		}
	}
	bot, err := d.botUser(ctx)
	if err != nil {
		return nil, err
	}
	me, err := d.s.GuildMember(d.cfg.GuildID, bot, opts(ctx)...)
	if err != nil {
		return nil, fmt.Errorf("lecture des rôles du bot impossible (détail"+nbsp+": %w)", err)
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
		problems = append(problems, Problem{Kind: kindRole, Text: fmt.Sprintf("le rôle des coordinateurs %s n'existe pas dans le serveur"+nbsp+
			"; vérifiez coordinator_role dans le fichier des sites", id)})
	}
	return problems, nil
}

// checkSite returns the problems of one site's channel and role.
func (d *Desk) checkSite(ctx context.Context, site Site, g *discordgo.Guild, roles []*discordgo.Role, me *discordgo.Member) ([]Problem, error) {
	var problems []Problem
	say := func(kind, format string, args ...any) {
		problems = append(problems, Problem{Site: site.ID, Kind: kind, Text: "site " + site.ID + nbsp + ": " + fmt.Sprintf(format, args...)})
	}
	// Where the installer writes the site's channel and role.
	channelSetting, roleSetting := "discord.channel du site dans le fichier des sites", "discord.role du site dans le fichier des sites"
	if len(d.cfg.Sites) == 0 {
		channelSetting, roleSetting = "DISCORD_CHANNEL_ID", "DISCORD_MEDIATOR_ROLE_ID"
	}
	view := needs(false)[0]
	i := slices.IndexFunc(roles, func(r *discordgo.Role) bool { return r.ID == site.RoleID })
	ch, err := d.s.Channel(site.ChannelID, opts(ctx)...)
	switch {
	case isCode(err, codeUnknownChannel):
		say(kindChannel, "le salon %s n'existe pas"+nbsp+": les demandes ne peuvent pas s'ouvrir"+nbsp+"; vérifiez %s", site.ChannelID, channelSetting)
	case isCode(err, codeMissingAccess):
		say(kindPermissions, "il manque au bot la permission %s sur le salon %s"+nbsp+": les demandes ne peuvent pas s'ouvrir"+nbsp+
			"; donnez-la-lui dans les permissions du salon", view, site.ChannelID)
	case err != nil:
		return nil, fmt.Errorf("lecture du salon du site %s impossible (détail"+nbsp+": %w)", site.ID, err)
	case ch.GuildID != "" && ch.GuildID != g.ID:
		say(kindChannel, "le salon %s est dans un autre serveur que %s"+nbsp+"; donnez l'id d'un salon de ce serveur (%s)", ch.ID, g.ID, channelSetting)
	case !isDeskChannel(ch.Type):
		say(kindChannelType, "le salon %s n'est ni un salon textuel ni un forum (type %d)"+nbsp+
			"; donnez l'id d'un salon textuel ou d'un forum (%s)", ch.ID, ch.Type, channelSetting)
	default:
		forum := ch.Type == discordgo.ChannelTypeGuildForum || ch.Type == discordgo.ChannelTypeGuildMedia
		have := permissions(g, roles, ch, me)
		for _, p := range needs(forum) {
			if have&p.bit == 0 {
				say(kindPermissions, "il manque au bot la permission %s sur le salon %s (#%s)"+nbsp+
					"; donnez-la-lui dans les permissions du salon", p, ch.ID, ch.Name)
			}
		}
		if i >= 0 && !roles[i].Mentionable && have&discordgo.PermissionMentionEveryone == 0 {
			say(kindPermissions, "le bot ne peut pas mentionner le rôle %s (@%s)"+nbsp+": rendez-le mentionnable (%s), "+
				"ou donnez au bot la permission %s sur le salon %s", site.RoleID, roles[i].Name,
				"«"+nbsp+"Autoriser tout le monde à @mentionner ce rôle"+nbsp+"»",
				permission{fr: "Mentionner @everyone, @here et tous les rôles", name: "Mention @everyone, @here and All Roles"}, ch.ID)
		}
	}
	if i < 0 {
		say(kindRole, "le rôle %s n'existe pas dans le serveur"+nbsp+": ses médiateurs ne peuvent pas agir"+nbsp+"; vérifiez %s", site.RoleID, roleSetting)
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
			d.log.Warn(fmt.Sprintf("discord : permissions non vérifiées, nouvel essai dans %d minutes", int(checkEvery.Minutes())), "err", err)
		} else if err == nil {
			// Health first: whoever reads a log line finds it there.
			d.problems.Store(&problems)
			for _, p := range problems {
				if !logged[p.Text] {
					d.log.Error("discord : " + logLine(p.Text))
				}
			}
			if len(problems) == 0 && len(logged) > 0 {
				d.log.Info("discord : les problèmes de permissions sont réglés")
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

// logLine is a French text as a log line: slog's text handler writes a
// no-break space as « \u00a0 », so the log's lines have plain spaces
// before « : ; ? ! ».
func logLine(s string) string { return strings.ReplaceAll(s, nbsp, " ") }
