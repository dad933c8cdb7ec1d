package discordtest

import (
	"net/http"
	"slices"
	"strconv"
)

// Permission bits, as Discord numbers them (Permissions in the developer
// documentation).
const (
	PermAdministrator         int64 = 1 << 3
	PermViewChannel           int64 = 1 << 10
	PermSendMessages          int64 = 1 << 11 // in a forum: create posts
	PermEmbedLinks            int64 = 1 << 14
	PermAttachFiles           int64 = 1 << 15
	PermReadMessageHistory    int64 = 1 << 16
	PermMentionEveryone       int64 = 1 << 17
	PermManageThreads         int64 = 1 << 34
	PermCreatePublicThreads   int64 = 1 << 35
	PermSendMessagesInThreads int64 = 1 << 38
	permAll                   int64 = 1<<50 - 1
)

// DefaultPermissions are those of @everyone in a new fake: everything the
// desk uses, so that a test only takes away what it checks.
const DefaultPermissions = PermViewChannel | PermSendMessages | PermEmbedLinks | PermAttachFiles |
	PermReadMessageHistory | PermMentionEveryone | PermManageThreads | PermCreatePublicThreads | PermSendMessagesInThreads

// A Role is a role of the fake guild; @everyone's id is GuildID.
type Role struct {
	ID, Name    string
	Permissions int64
	Mentionable bool
}

// Overwrite types.
const (
	OverwriteRole   = 0
	OverwriteMember = 1
)

// An Overwrite allows or denies permissions on a channel to a role or a
// member; a thread has its parent channel's.
type Overwrite struct {
	ID          string
	Type        int
	Allow, Deny int64
}

// SetRole adds or replaces a role of the guild; SetRole with ID GuildID
// changes what @everyone may do.
func (s *Server) SetRole(r Role) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.roles[r.ID] = r
	s.notify()
}

// DeleteRole removes a role from the guild.
func (s *Server) DeleteRole(id string) {
	s.mu.Lock()
	defer s.mu.Unlock()
	delete(s.roles, id)
	s.notify()
}

// SetOverwrites replaces a channel's permission overwrites.
func (s *Server) SetOverwrites(channel string, ows ...Overwrite) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if c, ok := s.channels[channel]; ok {
		c.Overwrites = slices.Clone(ows)
	}
	s.notify()
}

// SetBotRoles gives the bot's member these roles (none at first).
func (s *Server) SetBotRoles(roles ...string) {
	s.mu.Lock()
	defer s.mu.Unlock()
	u := s.members[BotID]
	u.Roles = slices.Clone(roles)
	s.members[BotID] = u
	s.notify()
}

// permissions computes what a member may do in a channel as Discord does:
// the guild's owner may do everything; otherwise @everyone's permissions
// and those of the member's roles, everything for an administrator, then
// the channel's overwrites (a thread's parent's) for @everyone, for the
// member's roles together, then for the member. Without View Channel
// nothing is allowed. The caller holds s.mu.
func (s *Server) permissions(channel, user string) int64 {
	if user == s.owner {
		return permAll
	}
	m := s.members[user]
	perms := s.roles[GuildID].Permissions
	for _, r := range m.Roles {
		perms |= s.roles[r].Permissions
	}
	if perms&PermAdministrator != 0 {
		return permAll
	}
	ch := s.channels[channel]
	if ch != nil && ch.Type == TypePublicThread {
		ch = s.channels[ch.ParentID]
	}
	if ch != nil {
		var allow, deny int64
		for _, o := range ch.Overwrites {
			switch {
			case o.Type == OverwriteRole && o.ID == GuildID:
				perms = perms&^o.Deny | o.Allow
			case o.Type == OverwriteRole && slices.Contains(m.Roles, o.ID):
				allow, deny = allow|o.Allow, deny|o.Deny
			}
		}
		perms = perms&^deny | allow
		for _, o := range ch.Overwrites {
			if o.Type == OverwriteMember && o.ID == user {
				perms = perms&^o.Deny | o.Allow
			}
		}
	}
	if perms&PermViewChannel == 0 {
		return 0
	}
	return perms
}

// allowed returns Discord's answer when the bot lacks one of need in the
// channel: 403 Missing Access (50001) without View Channel, else 403
// Missing Permissions (50013); 0 when it has them all. The caller holds
// s.mu.
func (s *Server) allowed(channel string, need int64) (int, any) {
	have := s.permissions(channel, BotID)
	switch {
	case have&PermViewChannel == 0:
		return http.StatusForbidden, apiError(50001, "Missing Access")
	case have&need != need:
		return http.StatusForbidden, apiError(50013, "Missing Permissions")
	}
	return 0, nil
}

// sendPermission is what posting in a channel needs: Send Messages in a
// channel, Send Messages in Threads in a thread, and Attach Files with
// files. The caller holds s.mu.
func (s *Server) sendPermission(channel string, files bool) int64 {
	need := PermSendMessages
	if c := s.channels[channel]; c != nil && c.Type == TypePublicThread {
		need = PermSendMessagesInThreads
	}
	if files {
		need |= PermAttachFiles
	}
	return need
}

func (r Role) json() map[string]any {
	return map[string]any{"id": r.ID, "name": r.Name, "permissions": strconv.FormatInt(r.Permissions, 10),
		"mentionable": r.Mentionable, "position": 0, "color": 0, "hoist": false, "managed": false}
}

func overwritesJSON(ows []Overwrite) []any {
	out := []any{}
	for _, o := range ows {
		out = append(out, map[string]any{"id": o.ID, "type": o.Type,
			"allow": strconv.FormatInt(o.Allow, 10), "deny": strconv.FormatInt(o.Deny, 10)})
	}
	return out
}

// getGuild answers GET /guilds/{guild}: its owner and roles.
func (s *Server) getGuild(w http.ResponseWriter, r *http.Request, c *Call) (int, any) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if r.PathValue("guild") != GuildID {
		return 404, apiError(10004, "Unknown Guild")
	}
	return 200, map[string]any{"id": GuildID, "name": "PIMMS", "owner_id": s.owner, "roles": s.rolesJSON()}
}

// getRoles answers GET /guilds/{guild}/roles.
func (s *Server) getRoles(w http.ResponseWriter, r *http.Request, c *Call) (int, any) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if r.PathValue("guild") != GuildID {
		return 404, apiError(10004, "Unknown Guild")
	}
	return 200, s.rolesJSON()
}

// rolesJSON lists the roles, by id; the caller holds s.mu.
func (s *Server) rolesJSON() []any {
	ids := make([]string, 0, len(s.roles))
	for id := range s.roles {
		ids = append(ids, id)
	}
	slices.SortFunc(ids, cmpID)
	out := []any{}
	for _, id := range ids {
		out = append(out, s.roles[id].json())
	}
	return out
}
