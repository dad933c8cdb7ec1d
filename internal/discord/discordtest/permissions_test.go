package discordtest

import (
	"errors"
	"strings"
	"testing"

	"github.com/gorilla/websocket"
)

// TestPermissions checks the fake computes the bot's permissions as
// Discord does and refuses what the bot may not do.
func TestPermissions(t *testing.T) {
	const (
		text    = "1"
		thread  = "3"
		botRole = "700"
	)
	msg := map[string]any{"content": "a"}
	for _, tt := range []struct {
		name   string
		setup  func(s *Server)
		method string
		path   string
		body   any
		status int
		code   float64
	}{
		{"default", func(s *Server) {}, "POST", "/api/v9/channels/" + text + "/messages", msg, 200, 0},
		{"unknown channel", func(s *Server) {}, "POST", "/api/v9/channels/404/messages", msg, 404, 10003},
		{"@everyone without Send Messages", func(s *Server) {
			s.SetRole(Role{ID: GuildID, Permissions: DefaultPermissions &^ PermSendMessages})
		}, "POST", "/api/v9/channels/" + text + "/messages", msg, 403, 50013},
		{"a role of the bot gives it back", func(s *Server) {
			s.SetRole(Role{ID: GuildID, Permissions: DefaultPermissions &^ PermSendMessages})
			s.SetRole(Role{ID: botRole, Permissions: PermSendMessages})
			s.SetBotRoles(botRole)
		}, "POST", "/api/v9/channels/" + text + "/messages", msg, 200, 0},
		{"overwrite denies @everyone the channel", func(s *Server) {
			s.SetOverwrites(text, Overwrite{ID: GuildID, Type: OverwriteRole, Deny: PermViewChannel})
		}, "GET", "/api/v9/channels/" + text, nil, 403, 50001},
		{"role overwrite beats @everyone's", func(s *Server) {
			s.SetRole(Role{ID: botRole})
			s.SetBotRoles(botRole)
			s.SetOverwrites(text, Overwrite{ID: GuildID, Type: OverwriteRole, Deny: PermViewChannel},
				Overwrite{ID: botRole, Type: OverwriteRole, Allow: PermViewChannel})
		}, "GET", "/api/v9/channels/" + text, nil, 200, 0},
		{"member overwrite beats the roles'", func(s *Server) {
			s.SetOverwrites(text, Overwrite{ID: BotID, Type: OverwriteMember, Deny: PermCreatePublicThreads})
		}, "POST", "/api/v9/channels/" + text + "/messages/" + thread + "/threads", map[string]any{"name": "n"}, 403, 50013},
		{"administrator ignores overwrites", func(s *Server) {
			s.SetRole(Role{ID: botRole, Permissions: PermAdministrator})
			s.SetBotRoles(botRole)
			s.SetOverwrites(text, Overwrite{ID: GuildID, Type: OverwriteRole, Deny: PermViewChannel})
		}, "GET", "/api/v9/channels/" + text, nil, 200, 0},
		{"a thread takes its parent's overwrites", func(s *Server) {
			s.SetOverwrites(text, Overwrite{ID: GuildID, Type: OverwriteRole, Deny: PermSendMessagesInThreads})
		}, "POST", "/api/v9/channels/" + thread + "/messages", msg, 403, 50013},
		{"locking takes Manage Threads", func(s *Server) {
			s.SetRole(Role{ID: GuildID, Permissions: DefaultPermissions &^ PermManageThreads})
		}, "PATCH", "/api/v9/channels/" + thread, map[string]any{"archived": true, "locked": true}, 403, 50013},
		{"archiving does not", func(s *Server) {
			s.SetRole(Role{ID: GuildID, Permissions: DefaultPermissions &^ PermManageThreads})
		}, "PATCH", "/api/v9/channels/" + thread, map[string]any{"archived": true}, 200, 0},
	} {
		t.Run(tt.name, func(t *testing.T) {
			s := New(t)
			s.AddChannel(Channel{ID: text, Type: TypeText})
			s.mu.Lock()
			s.messages[text] = append(s.messages[text], &Message{ID: thread, ChannelID: text, AuthorID: BotID, Content: "x"})
			s.mu.Unlock()
			if !strings.HasSuffix(tt.path, "/threads") { // else the message gets its thread in the test
				s.AddChannel(Channel{ID: thread, ParentID: text, Type: TypePublicThread})
			}
			tt.setup(s)
			status, out := post(t, s, tt.method, tt.path, tt.body)
			if status != tt.status {
				t.Fatalf("status %d, want %d (%v)", status, tt.status, out)
			}
			if tt.code != 0 && out["code"] != tt.code {
				t.Errorf("code %v, want %v", out["code"], tt.code)
			}
		})
	}
}

// TestDisallowedIntents checks that the gateway closes with 4014 when the
// bot asks for the Message Content intent and it is not granted.
func TestDisallowedIntents(t *testing.T) {
	s := New(t)
	s.GrantIntents(0)
	c, _, err := websocket.DefaultDialer.Dial("ws"+strings.TrimPrefix(s.URL, "http")+"/ws/", nil)
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close()
	var hello frame
	if err := c.ReadJSON(&hello); err != nil || hello.Op != 10 {
		t.Fatalf("hello: %+v, %v", hello, err)
	}
	c.WriteJSON(map[string]any{"op": 2, "d": map[string]any{"token": Token, "intents": 1 | IntentMessageContent}})
	_, _, err = c.ReadMessage()
	var ce *websocket.CloseError
	if !errors.As(err, &ce) || ce.Code != CloseDisallowedIntents {
		t.Fatalf("after identify: %v, want close 4014", err)
	}
}
