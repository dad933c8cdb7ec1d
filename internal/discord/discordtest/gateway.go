package discordtest

import (
	"context"
	"encoding/json"
	"net/http"
	"strconv"
	"sync"
	"time"

	"github.com/gorilla/websocket"
)

// SessionID is the gateway session the fake gives in READY.
const SessionID = "fake-session"

type event struct {
	seq  int64
	name string
	data json.RawMessage
}

// gateway is the websocket side: one session, its event log for resumes,
// and the connection in use.
type gateway struct {
	mu         sync.Mutex
	changed    chan struct{}
	conn       *websocket.Conn
	wmu        *sync.Mutex // serialises writes on conn
	seq        int64
	log        []event
	acked      int64 // highest sequence a heartbeat reported
	identifies []json.RawMessage
	resumes    []int64 // the seq of each RESUME
	ready      int     // READY or RESUMED sent
	conns      []*websocket.Conn
	heartbeat  int
	granted    int // privileged intents switched on
}

func (g *gateway) init() {
	g.changed = make(chan struct{})
	g.heartbeat = 45000
	g.granted = privilegedIntents
}

func (g *gateway) notify() {
	close(g.changed)
	g.changed = make(chan struct{})
}

var upgrader = websocket.Upgrader{CheckOrigin: func(*http.Request) bool { return true }}

type frame struct {
	Op int             `json:"op"`
	D  json.RawMessage `json:"d,omitempty"`
	S  int64           `json:"s,omitempty"`
	T  string          `json:"t,omitempty"`
}

func writeFrame(c *websocket.Conn, wmu *sync.Mutex, op int, t string, s int64, d any) error {
	raw, err := json.Marshal(d)
	if err != nil {
		return err
	}
	wmu.Lock()
	defer wmu.Unlock()
	return c.WriteJSON(frame{Op: op, T: t, S: s, D: raw})
}

// Privileged intents, which a bot may only ask for once they are
// switched on in the Developer Portal.
const (
	IntentGuildMembers   = 1 << 1
	IntentGuildPresences = 1 << 8
	IntentMessageContent = 1 << 15
	privilegedIntents    = IntentGuildMembers | IntentGuildPresences | IntentMessageContent
)

// CloseDisallowedIntents is the close code of a gateway session that
// asked for a privileged intent not granted.
const CloseDisallowedIntents = 4014

// GrantIntents sets the privileged intents switched on for the bot (all
// of them at first): an IDENTIFY asking for another one is answered by a
// close with code 4014, "Disallowed intent(s)", as Discord does.
func (s *Server) GrantIntents(privileged int) {
	s.gw.mu.Lock()
	defer s.gw.mu.Unlock()
	s.gw.granted = privileged
}

// serve runs one gateway connection: hello, identify or resume, then
// heartbeats until the connection drops.
func (g *gateway) serve(w http.ResponseWriter, r *http.Request) {
	c, err := upgrader.Upgrade(w, r, nil)
	if err != nil {
		return
	}
	defer c.Close()
	wmu := &sync.Mutex{}
	g.mu.Lock()
	g.conns = append(g.conns, c)
	interval := g.heartbeat
	g.mu.Unlock()
	if writeFrame(c, wmu, 10, "", 0, map[string]int{"heartbeat_interval": interval}) != nil {
		return
	}
	var first frame
	if c.ReadJSON(&first) != nil {
		return
	}
	switch first.Op {
	case 2:
		if !g.identify(c, wmu, first.D, r.Host) {
			return
		}
	case 6:
		if !g.resume(c, wmu, first.D) {
			return
		}
	default:
		return
	}
	g.mu.Lock()
	g.conn, g.wmu = c, wmu
	g.ready++
	g.notify()
	g.mu.Unlock()
	defer func() {
		g.mu.Lock()
		if g.conn == c {
			g.conn = nil
		}
		g.notify()
		g.mu.Unlock()
	}()
	g.heartbeats(c, wmu)
}

// identify starts a new session on an IDENTIFY (op 2) and sends READY;
// it reports false when the connection failed, or was closed with 4014
// because a privileged intent asked for is not granted.
func (g *gateway) identify(c *websocket.Conn, wmu *sync.Mutex, d json.RawMessage, host string) bool {
	var id struct {
		Intents int `json:"intents"`
	}
	_ = json.Unmarshal(d, &id)
	g.mu.Lock()
	g.identifies = append(g.identifies, d)
	denied := id.Intents & privilegedIntents &^ g.granted
	// A new session: the sequence starts again.
	g.seq, g.log, g.acked = 1, nil, 0
	g.notify()
	g.mu.Unlock()
	if denied != 0 {
		wmu.Lock()
		defer wmu.Unlock()
		msg := websocket.FormatCloseMessage(CloseDisallowedIntents, "Disallowed intent(s).")
		c.WriteControl(websocket.CloseMessage, msg, time.Now().Add(time.Second))
		return false
	}
	ready := map[string]any{
		"v": 9, "session_id": SessionID, "resume_gateway_url": "ws://" + host + "/ws",
		"user":        map[string]any{"id": BotID, "username": "pimmsbot", "bot": true},
		"guilds":      []any{map[string]any{"id": GuildID, "unavailable": true}},
		"application": map[string]any{"id": AppID},
	}
	return writeFrame(c, wmu, 0, "READY", 1, ready) == nil
}

// resume answers a RESUME (op 6): the events missed since the client's
// sequence, then RESUMED, or an invalid session for another session id.
// It reports false when the session goes no further.
func (g *gateway) resume(c *websocket.Conn, wmu *sync.Mutex, raw json.RawMessage) bool {
	var d struct {
		SessionID string `json:"session_id"`
		Seq       int64  `json:"seq"`
	}
	_ = json.Unmarshal(raw, &d)
	if d.SessionID != SessionID {
		writeFrame(c, wmu, 9, "", 0, false) // invalid session
		return false
	}
	g.mu.Lock()
	g.resumes = append(g.resumes, d.Seq)
	var missed []event
	for _, e := range g.log {
		if e.seq > d.Seq {
			missed = append(missed, e)
		}
	}
	g.mu.Unlock()
	// Discord replays what was missed, then says RESUMED.
	for _, e := range missed {
		if writeFrame(c, wmu, 0, e.name, e.seq, e.data) != nil {
			return false
		}
	}
	g.mu.Lock()
	g.seq++
	seq := g.seq
	g.mu.Unlock()
	return writeFrame(c, wmu, 0, "RESUMED", seq, map[string]any{}) == nil
}

// heartbeats acknowledges the client's heartbeats (op 1), recording the
// last sequence acknowledged, until the connection closes.
func (g *gateway) heartbeats(c *websocket.Conn, wmu *sync.Mutex) {
	for {
		var f frame
		if err := c.ReadJSON(&f); err != nil {
			return
		}
		if f.Op != 1 {
			continue
		}
		var seq int64
		_ = json.Unmarshal(f.D, &seq)
		g.mu.Lock()
		if seq > g.acked {
			g.acked = seq
		}
		g.notify()
		g.mu.Unlock()
		if writeFrame(c, wmu, 11, "", 0, nil) != nil {
			return
		}
	}
}

func (g *gateway) closeAll() {
	g.mu.Lock()
	conns := g.conns
	g.conns, g.conn = nil, nil
	g.mu.Unlock()
	for _, c := range conns {
		c.Close()
	}
}

// dispatch logs the event and sends it when a client is connected.
func (g *gateway) dispatch(name string, d any) int64 {
	raw, err := json.Marshal(d)
	if err != nil {
		panic(err)
	}
	g.mu.Lock()
	g.seq++
	e := event{seq: g.seq, name: name, data: json.RawMessage(raw)}
	g.log = append(g.log, e)
	c, wmu := g.conn, g.wmu
	// Write under g.mu so that events reach the socket in sequence order.
	if c != nil {
		if writeFrame(c, wmu, 0, name, e.seq, e.data) != nil {
			g.conn = nil
		}
	}
	g.notify()
	g.mu.Unlock()
	return e.seq
}

func (g *gateway) dispatchIfConnected(name string, d any) {
	g.mu.Lock()
	connected := len(g.identifies) > 0
	g.mu.Unlock()
	if connected {
		g.dispatch(name, d)
	}
}

// Dispatch sends a gateway event (op 0) and returns its sequence number.
// While the client is disconnected, the event waits for its resume.
func (s *Server) Dispatch(name string, d any) int64 { return s.gw.dispatch(name, d) }

// Seq returns the sequence number of the last event dispatched.
func (s *Server) Seq() int64 {
	s.gw.mu.Lock()
	defer s.gw.mu.Unlock()
	return s.gw.seq
}

// DropConnection closes the client's gateway connection abruptly, as a
// network failure would; the client is expected to resume.
func (s *Server) DropConnection() {
	s.gw.mu.Lock()
	c := s.gw.conn
	s.gw.conn = nil
	s.gw.notify()
	s.gw.mu.Unlock()
	if c != nil {
		c.NetConn().Close()
	}
}

// Identifies returns the d field of every IDENTIFY received.
func (s *Server) Identifies() []json.RawMessage {
	s.gw.mu.Lock()
	defer s.gw.mu.Unlock()
	return append([]json.RawMessage(nil), s.gw.identifies...)
}

// Intents returns the intents of the last IDENTIFY, or -1.
func (s *Server) Intents() int {
	ids := s.Identifies()
	if len(ids) == 0 {
		return -1
	}
	var d struct {
		Intents int `json:"intents"`
	}
	_ = json.Unmarshal(ids[len(ids)-1], &d)
	return d.Intents
}

// Resumes returns the sequence number sent with each RESUME.
func (s *Server) Resumes() []int64 {
	s.gw.mu.Lock()
	defer s.gw.mu.Unlock()
	return append([]int64(nil), s.gw.resumes...)
}

// WaitReady blocks until n sessions (READY or RESUMED) have started,
// failing the test when ctx is done.
func (s *Server) WaitReady(ctx context.Context, n int) {
	s.tb.Helper()
	for {
		s.gw.mu.Lock()
		ok, ch := s.gw.ready >= n && s.gw.conn != nil, s.gw.changed
		s.gw.mu.Unlock()
		if ok {
			return
		}
		select {
		case <-ch:
		case <-ctx.Done():
			s.tb.Fatalf("discordtest: no gateway session %d: %v", n, ctx.Err())
		}
	}
}

// Sync blocks until the client has read every event dispatched so far: it
// asks for a heartbeat (op 1) and waits for one carrying the last
// sequence number. A client that handles events as it reads them
// (discordgo with SyncEvents) has then run its handlers.
func (s *Server) Sync(ctx context.Context) {
	s.tb.Helper()
	g := &s.gw
	for {
		g.mu.Lock()
		target, acked, c, wmu, ch := g.seq, g.acked, g.conn, g.wmu, g.changed
		g.mu.Unlock()
		if acked >= target {
			return
		}
		if c != nil {
			writeFrame(c, wmu, 1, "", 0, nil)
		}
		select {
		case <-ch:
		case <-ctx.Done():
			s.tb.Fatalf("discordtest: client did not read event %d (read %d): %v", target, acked, ctx.Err())
		}
	}
}

// UserMessage stores a message from u in channel and dispatches its
// MESSAGE_CREATE, with the member's roles as Discord sends them.
// Attachment URLs come from AddFile.
func (s *Server) UserMessage(channel string, u User, content string, attachments ...Attachment) int64 {
	s.mu.Lock()
	id := s.id()
	s.messages[channel] = append(s.messages[channel], &Message{ID: id, ChannelID: channel, AuthorID: u.ID, Content: content})
	if ch, ok := s.channels[channel]; ok && ch.Archived && !ch.Locked {
		ch.Archived = false // a member writing in an archived thread reopens it
	}
	s.notify()
	s.mu.Unlock()
	atts := []map[string]any{}
	for i, a := range attachments {
		atts = append(atts, map[string]any{"id": id + strconv.Itoa(i), "filename": a.Name, "content_type": a.ContentType,
			"size": a.Size, "url": a.URL, "proxy_url": a.URL})
	}
	msg := map[string]any{
		"id": id, "channel_id": channel, "guild_id": GuildID, "content": content, "type": 0,
		"author": userJSON(u), "member": memberJSON(u, false), "attachments": atts,
		"timestamp": time.Now().UTC().Format(time.RFC3339),
	}
	return s.Dispatch("MESSAGE_CREATE", msg)
}

// An Attachment of a user's message.
type Attachment struct {
	Name, ContentType, URL string
	Size                   int
}

// Interaction returns an INTERACTION_CREATE payload from u in channel.
func (s *Server) Interaction(channel string, u User, typ int, data map[string]any) map[string]any {
	s.mu.Lock()
	id := s.id()
	s.mu.Unlock()
	return map[string]any{
		"id": id, "application_id": AppID, "type": typ, "guild_id": GuildID, "channel_id": channel,
		"member": memberJSON(u, true), "token": "itoken-" + id, "version": 1, "data": data,
	}
}

// Click dispatches a button click on message msgID.
func (s *Server) Click(channel, msgID string, u User, customID string) int64 {
	in := s.Interaction(channel, u, 3, map[string]any{"custom_id": customID, "component_type": 2})
	in["message"] = map[string]any{"id": msgID, "channel_id": channel, "content": ""}
	return s.Dispatch("INTERACTION_CREATE", in)
}

// Command dispatches a slash command with its options (name → value).
func (s *Server) Command(channel string, u User, name string, options map[string]any) int64 {
	return s.Dispatch("INTERACTION_CREATE", s.Interaction(channel, u, 2, CommandData(name, options, "")))
}

// CommandData returns the data of a slash command interaction; focused
// names the option being typed, for autocomplete.
func CommandData(name string, options map[string]any, focused string) map[string]any {
	var opts []map[string]any
	for k, v := range options {
		typ := 3
		switch v.(type) {
		case int, int64, float64:
			typ = 4
		}
		o := map[string]any{"name": k, "type": typ, "value": v}
		if k == focused {
			o["focused"] = true
		}
		opts = append(opts, o)
	}
	return map[string]any{"id": "cmd-" + name, "name": name, "type": 1, "options": opts}
}
