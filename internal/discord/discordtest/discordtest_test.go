package discordtest

import (
	"bytes"
	"encoding/json"
	"io"
	"net/http"
	"strings"
	"sync"
	"testing"
	"time"
)

// post sends a JSON body as the bot and returns the status and the
// decoded answer.
func post(t *testing.T, s *Server, method, path string, body any) (int, map[string]any) {
	t.Helper()
	data, _ := json.Marshal(body)
	req, _ := http.NewRequest(method, s.URL+path, bytes.NewReader(data))
	req.Header.Set("Authorization", "Bot "+Token)
	req.Header.Set("Content-Type", "application/json")
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	raw, _ := io.ReadAll(resp.Body)
	var out map[string]any
	json.Unmarshal(raw, &out)
	return resp.StatusCode, out
}

func TestLimits(t *testing.T) {
	s := New(t)
	s.AddChannel(Channel{ID: "1", Type: TypeText})
	s.AddChannel(Channel{ID: "2", Type: TypeForum})
	for _, tt := range []struct {
		name         string
		method, path string
		body         any
		status       int
		field        string
	}{
		{"content of 2,000", "POST", "/api/v9/channels/1/messages", map[string]any{"content": strings.Repeat("é", 2000)}, 200, ""},
		{"content of 2,001", "POST", "/api/v9/channels/1/messages", map[string]any{"content": strings.Repeat("é", 2001)}, 400, "content"},
		{"empty", "POST", "/api/v9/channels/1/messages", map[string]any{"content": ""}, 400, ""},
		{"unknown field", "POST", "/api/v9/channels/1/messages", map[string]any{"content": "a", "enforceNonce": true}, 400, "enforceNonce"},
		{"nonce of 26", "POST", "/api/v9/channels/1/messages", map[string]any{"content": "a", "nonce": strings.Repeat("n", 26)}, 400, "nonce"},
		{"embed title", "POST", "/api/v9/channels/1/messages", map[string]any{"embeds": []any{map[string]any{"title": strings.Repeat("t", 257)}}}, 400, "embeds"},
		{"11 embeds", "POST", "/api/v9/channels/1/messages", map[string]any{"embeds": make([]any, 11)}, 400, "embeds"},
		{"embeds over 6,000", "POST", "/api/v9/channels/1/messages", map[string]any{"embeds": []any{
			map[string]any{"description": strings.Repeat("d", 4096)}, map[string]any{"description": strings.Repeat("d", 2000)}}}, 400, "embeds"},
		{"button label", "POST", "/api/v9/channels/1/messages", map[string]any{"components": []any{map[string]any{"type": 1, "components": []any{
			map[string]any{"type": 2, "style": 1, "label": strings.Repeat("l", 81), "custom_id": "x"}}}}}, 400, "components"},
		{"mentions exclusive", "POST", "/api/v9/channels/1/messages", map[string]any{"content": "a",
			"allowed_mentions": map[string]any{"parse": []any{"roles"}, "roles": []any{"1"}}}, 400, "allowed_mentions"},
		{"thread name of 101", "POST", "/api/v9/channels/2/threads", map[string]any{"name": strings.Repeat("n", 101), "message": map[string]any{"content": "a"}}, 400, "name"},
		{"thread name empty", "POST", "/api/v9/channels/2/threads", map[string]any{"name": "", "message": map[string]any{"content": "a"}}, 400, "name"},
		{"forum message too long", "POST", "/api/v9/channels/2/threads", map[string]any{"name": "n", "message": map[string]any{"content": strings.Repeat("c", 2001)}}, 400, "message"},
		{"rename to 101", "PATCH", "/api/v9/channels/1", map[string]any{"name": strings.Repeat("n", 101)}, 400, "name"},
		{"command name", "PUT", "/api/v9/applications/" + AppID + "/guilds/" + GuildID + "/commands", []any{map[string]any{"name": "Fermer", "description": "d"}}, 400, "0"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			status, out := post(t, s, tt.method, tt.path, tt.body)
			if status != tt.status {
				t.Fatalf("status %d (%v), want %d", status, out, tt.status)
			}
			if tt.field != "" {
				errs, _ := out["errors"].(map[string]any)
				if out["code"] != float64(50035) || errs[tt.field] == nil {
					t.Errorf("answer %v, want code 50035 naming %s", out, tt.field)
				}
			}
		})
	}
	if n := len(s.Invalid()); n != 14 {
		t.Errorf("%d invalid calls listed, want 14", n)
	}
}

func TestEnforceNonce(t *testing.T) {
	s := New(t)
	now := time.Date(2025, 3, 4, 10, 0, 0, 0, time.UTC)
	s.SetClock(func() time.Time { return now })
	s.AddChannel(Channel{ID: "1", Type: TypeText})
	s.AddChannel(Channel{ID: "3", Type: TypeText})
	msg := map[string]any{"content": "une fois", "nonce": "n1", "enforce_nonce": true}
	_, first := post(t, s, "POST", "/api/v9/channels/1/messages", msg)
	_, again := post(t, s, "POST", "/api/v9/channels/1/messages", msg)
	if first["id"] != again["id"] || len(s.Messages("1")) != 1 {
		t.Errorf("a repeat created a message: %v, %v", first["id"], again["id"])
	}
	// The bot's nonces are compared in every channel.
	if _, other := post(t, s, "POST", "/api/v9/channels/3/messages", msg); other["id"] != first["id"] || len(s.Messages("3")) != 0 {
		t.Errorf("same nonce in another channel: %v", other)
	}
	// Without enforce_nonce, or after the window, a new message.
	post(t, s, "POST", "/api/v9/channels/1/messages", map[string]any{"content": "une fois", "nonce": "n1"})
	now = now.Add(NonceWindow)
	post(t, s, "POST", "/api/v9/channels/1/messages", msg)
	if n := len(s.Messages("1")); n != 3 {
		t.Errorf("%d messages, want 3", n)
	}
	// A deleted message is not created again.
	post(t, s, "POST", "/api/v9/channels/3/messages", map[string]any{"content": "x", "nonce": "n2", "enforce_nonce": true})
	s.DeleteChannel("3")
	s.AddChannel(Channel{ID: "3", Type: TypeText})
	if status, out := post(t, s, "POST", "/api/v9/channels/3/messages", map[string]any{"content": "x", "nonce": "n2", "enforce_nonce": true}); status != 404 || out["code"] != float64(10008) {
		t.Errorf("repeat of a deleted message: %d %v, want 404 Unknown Message", status, out)
	}
}

func TestAcceptFault(t *testing.T) {
	s := New(t)
	s.AddChannel(Channel{ID: "1", Type: TypeText})
	s.Fail(RouteMessages, Fault{Status: 502, Accept: true})
	if status, _ := post(t, s, "POST", "/api/v9/channels/1/messages", map[string]any{"content": "a"}); status != 502 {
		t.Errorf("status %d, want 502", status)
	}
	if n := len(s.Messages("1")); n != 1 {
		t.Errorf("%d messages, want the one taken before the 502", n)
	}
}

// TestDeleteAndList checks the fake's message list (newest first, paged
// with before) and delete (the bot's own messages only, not in an archived
// thread, Unknown Message the second time).
func TestDeleteAndList(t *testing.T) {
	s := New(t)
	s.AddChannel(Channel{ID: "1", Type: TypePublicThread, ParentID: "9"})
	var ids []string
	for i := range 5 {
		_, m := post(t, s, "POST", "/api/v9/channels/1/messages", map[string]any{"content": strings.Repeat("x", i+1)})
		ids = append(ids, m["id"].(string))
	}
	s.UserMessage("1", User{ID: "77", Name: "camille"}, "réponse de la médiatrice")
	list := func(query string) (int, []map[string]any) {
		req, _ := http.NewRequest("GET", s.URL+"/api/v9/channels/1/messages"+query, nil)
		req.Header.Set("Authorization", "Bot "+Token)
		resp, err := http.DefaultClient.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		defer resp.Body.Close()
		var out []map[string]any
		json.NewDecoder(resp.Body).Decode(&out)
		return resp.StatusCode, out
	}
	st, page := list("?limit=2")
	if st != 200 || len(page) != 2 || page[0]["content"] != "réponse de la médiatrice" || page[1]["id"] != ids[4] {
		t.Fatalf("first page = %d %v", st, page)
	}
	st, page = list("?limit=100&before=" + ids[2])
	if st != 200 || len(page) != 2 || page[0]["id"] != ids[1] || page[1]["id"] != ids[0] {
		t.Fatalf("page before %s = %d %v", ids[2], st, page)
	}
	if st, _ := list("?limit=101"); st != 400 {
		t.Errorf("limit 101: status %d, want 400", st)
	}
	mediator := s.Messages("1")[5].ID
	if st, m := post(t, s, "DELETE", "/api/v9/channels/1/messages/"+mediator, nil); st != 403 || m["code"] != float64(50013) {
		t.Errorf("delete a member's message: %d %v, want 403 50013", st, m)
	}
	if st, _ := post(t, s, "DELETE", "/api/v9/channels/1/messages/"+ids[0], nil); st != 204 {
		t.Errorf("delete: status %d, want 204", st)
	}
	if st, m := post(t, s, "DELETE", "/api/v9/channels/1/messages/"+ids[0], nil); st != 404 || m["code"] != float64(10008) {
		t.Errorf("delete again: %d %v, want 404 10008", st, m)
	}
	s.SetArchived("1", true, false)
	if st, m := post(t, s, "DELETE", "/api/v9/channels/1/messages/"+ids[1], nil); st != 400 || m["code"] != float64(50083) {
		t.Errorf("delete in an archived thread: %d %v, want 400 50083", st, m)
	}
	if n := len(s.Messages("1")); n != 5 {
		t.Errorf("%d messages left, want 5", n)
	}
}

// A test that saw a call's effect finds the call: Calls waits for the
// calls under way, whose effects are visible a moment before their
// record.
func TestCallsIncludeWhatIsVisible(t *testing.T) {
	s := New(t)
	s.AddChannel(Channel{ID: "1", Type: TypeText})
	release := make(chan struct{})
	free := sync.OnceFunc(func() { close(release) })
	t.Cleanup(free) // before the server's Close, which waits for the call
	s.beforeRecord = func(Call) { <-release }
	go func() {
		data := strings.NewReader(`{"content":"vu"}`)
		req, _ := http.NewRequest("POST", s.URL+"/api/v9/channels/1/messages", data)
		req.Header.Set("Authorization", "Bot "+Token)
		req.Header.Set("Content-Type", "application/json")
		if resp, err := http.DefaultClient.Do(req); err == nil {
			resp.Body.Close()
		}
	}()
	// Polled: the fake notifies its waiters once the call is recorded.
	for deadline := time.Now().Add(10 * time.Second); len(s.Messages("1")) == 0; time.Sleep(time.Millisecond) {
		if time.Now().After(deadline) {
			t.Fatal("the message never appeared")
		}
	}
	got := make(chan []Call)
	go func() { got <- s.Calls() }()
	select {
	case calls := <-got:
		t.Fatalf("Calls returned %d calls while the call that made the visible message was not recorded", len(calls))
	case <-time.After(50 * time.Millisecond): // it waits, as it should
	}
	free()
	calls := <-got
	if len(calls) != 1 || calls[0].Route != "POST /api/v9/channels/{channel}/messages" {
		t.Errorf("calls = %+v, want the message's POST", calls)
	}
}
