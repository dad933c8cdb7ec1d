// Package discordtest is a fake Discord for tests: the REST endpoints the
// desk uses and a gateway over websocket, served by one httptest server.
//
// # Basics
//
// New starts the server; point a discordgo session at it with Transport
// (or Client), which rewrites https://discord.com to the fake while
// keeping the real paths (/api/v9/...). GET /api/v9/gateway(/bot) answers
// with the fake's websocket address, so Session.Open connects to it.
//
// Every REST call is recorded with its body (the JSON, or payload_json and
// the files of a multipart body): Calls and CallsTo return them. Fail
// injects an error answer (429 with retry_after, 5xx, 403, 404…) for the
// next calls of a route. The fake keeps channels, threads and messages so
// that tests can assert on what the bot left on the server.
//
// The gateway says hello, records the identify (and its intents), sends
// READY, answers heartbeats, dispatches MESSAGE_CREATE and
// INTERACTION_CREATE, and replays what a client missed when it resumes
// after DropConnection. Sync waits until the client has read every event
// dispatched so far, without sleeping.
//
// # Caveats
//
// Every body is checked against Discord's documented limits (see
// limits.go): content of at most 2,000 characters, embeds, buttons,
// thread names of 1 to 100 characters, nonces of at most 25 characters,
// command names and descriptions, autocomplete choices, and the fields
// each route takes. A request that breaks one is answered as Discord
// does, 400 with code 50035 "Invalid Form Body" and the offending paths,
// and is listed by Invalid: a test asserts that the bot made none.
//
// A message created with enforce_nonce and a nonce that the bot used in
// the last NonceWindow is not created again: the fake returns the first
// message, or 404 Unknown Message when it was deleted meanwhile, as
// Discord does.
//
// The bot's permissions are computed as Discord does (permissions.go):
// @everyone and the bot's roles (SetRole, SetBotRoles), administrators,
// and the channels' overwrites (SetOverwrites), a thread taking its
// parent's. A call the bot may not make is answered 403 Missing Access
// (50001) without View Channel, else 403 Missing Permissions (50013).
// @everyone starts with DefaultPermissions. An unknown channel is 404
// Unknown Channel (10003). The gateway closes with 4014 Disallowed
// intent(s) when the bot asks for a privileged intent not granted
// (GrantIntents).
//
// Routes are matched with net/http patterns; a route not served answers
// 404 {"code":0}. Only the parts of Discord's behaviour the desk relies on
// are modelled: no rate-limit buckets (inject 429s with Fail), one guild.
//
// A test's mediator message or click enters with UserMessage, Click or
// Command and ends as a gateway event the desk reads (Sync waits for it);
// what the desk posts enters as a REST call (serve) and ends in the
// fake's channels and record, read with Messages, Calls and CallsTo.
package discordtest

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"mime"
	"mime/multipart"
	"net/http"
	"net/http/httptest"
	"net/url"
	"slices"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"
)

// Identifiers the fake uses unless told otherwise.
const (
	GuildID = "900000000000000001"
	AppID   = "900000000000000002"
	BotID   = "900000000000000002" // a bot's user id is its application id
	Token   = "test-token"
)

// Channel types, as Discord numbers them.
const (
	TypeText         = 0
	TypeNews         = 5
	TypePublicThread = 11
	TypeForum        = 15
)

// A Call is one REST request the fake received.
type Call struct {
	Method string
	Path   string // as sent, e.g. /api/v9/channels/123/messages
	// Route is the pattern that served it, e.g.
	// "POST /api/v9/channels/{channel}/messages".
	Route  string
	Header http.Header
	// Body is the raw body; JSON is the JSON payload (payload_json for a
	// multipart body), nil when there is none.
	Body  []byte
	JSON  map[string]any
	Files []File
	// Status is what the fake answered.
	Status int
	// Invalid says which documented limits the body broke, if any: the
	// fake then answered 400 (code 50035 or 50006).
	Invalid string
}

// AllowedMentions returns the call's "allowed_mentions" object, or nil
// when it was not sent. For an interaction callback it looks inside
// "data".
func (c Call) AllowedMentions() map[string]any {
	if am, ok := c.JSON["allowed_mentions"].(map[string]any); ok {
		return am
	}
	if d, ok := c.JSON["data"].(map[string]any); ok {
		if am, ok := d["allowed_mentions"].(map[string]any); ok {
			return am
		}
	}
	if m, ok := c.JSON["message"].(map[string]any); ok {
		if am, ok := m["allowed_mentions"].(map[string]any); ok {
			return am
		}
	}
	return nil
}

// Content returns the call's message content ("content", or inside
// "message" for a forum post, or "data" for an interaction callback).
func (c Call) Content() string {
	if s, ok := c.JSON["content"].(string); ok {
		return s
	}
	for _, k := range []string{"message", "data"} {
		if m, ok := c.JSON[k].(map[string]any); ok {
			if s, ok := m["content"].(string); ok {
				return s
			}
		}
	}
	return ""
}

// A File is a file part of a multipart request.
type File struct {
	Field, Name, ContentType string
	Data                     []byte
}

// A Fault is an error answer injected with Fail.
type Fault struct {
	// Status is the HTTP status: 429, 500, 502, 403, 404…
	Status int
	// Code and Message are Discord's JSON error; defaults depend on
	// Status (404: 10003 Unknown Channel, 403: 50013 Missing Permissions).
	Code    int
	Message string
	// RetryAfter is the 429's retry_after, in seconds.
	RetryAfter float64
	// Path, when set, limits the fault to requests with this exact path.
	Path string
	// Times is how many calls fail; 0 means 1.
	Times int
	// Accept makes the request take effect before the fault is
	// answered, as when Discord posted a message but the answer was
	// lost: with Status 0 the connection is then closed without an
	// answer (a timeout, for the client), else the fault is answered.
	Accept bool
}

// A Channel is a channel or a thread of the fake guild.
type Channel struct {
	ID, ParentID, Name string
	Type               int
	Archived, Locked   bool
	// Overwrites are the channel's permission overwrites (SetOverwrites).
	Overwrites []Overwrite
}

// A Message is a message stored by the fake.
type Message struct {
	ID, ChannelID, AuthorID string
	Content                 string
	// Components and AllowedMentions are as last sent (JSON).
	Components      any
	AllowedMentions any
	Files           []File
	Edits           int
	nonce           string
}

// A User is a guild member for the helpers that build events.
type User struct {
	ID, Name, Nick string
	Roles          []string
	Bot            bool
}

// Server is the fake Discord. It is safe for concurrent use.
type Server struct {
	*httptest.Server
	tb testing.TB

	mu      sync.Mutex
	changed chan struct{} // closed and replaced on every change
	calls   []Call
	// serving are the calls being served, by ticket: a handler makes its
	// effects visible before its call is recorded, so Calls waits for
	// the calls under way when it is called (see Calls).
	serving  map[uint64]bool
	ticket   uint64
	recorded *sync.Cond
	// beforeRecord, set by tests of the fake, runs between a call's
	// effects and its record.
	beforeRecord func(Call)
	faults       map[string][]*Fault
	channels     map[string]*Channel
	messages     map[string][]*Message // by channel
	members      map[string]User
	roles        map[string]Role
	owner        string // the guild owner's user id
	blobs        map[string][]byte
	nonces       map[string]nonceUse
	now          func() time.Time
	next         uint64

	gw gateway
}

// New starts a fake Discord with the guild GuildID; it is closed when the
// test ends.
func New(tb testing.TB) *Server {
	s := &Server{
		tb: tb, changed: make(chan struct{}), faults: map[string][]*Fault{},
		channels: map[string]*Channel{}, messages: map[string][]*Message{},
		members: map[string]User{BotID: {ID: BotID, Name: "pimmsbot", Bot: true}},
		roles:   map[string]Role{GuildID: {ID: GuildID, Name: "@everyone", Permissions: DefaultPermissions}},
		owner:   "900000000000000099", blobs: map[string][]byte{}, nonces: map[string]nonceUse{}, now: time.Now,
		next: 1_000_000_000_000_000_000, serving: map[uint64]bool{},
	}
	s.recorded = sync.NewCond(&s.mu)
	s.gw.init()
	mux := http.NewServeMux()
	s.routes(mux)
	s.Server = httptest.NewServer(mux)
	tb.Cleanup(s.Close)
	return s
}

// Close drops the gateway connections and shuts the server down.
func (s *Server) Close() {
	s.gw.closeAll()
	s.Server.Close()
}

// NonceWindow is how long the fake remembers the nonce of a message
// created with enforce_nonce. Discord says "the past few minutes".
const NonceWindow = 5 * time.Minute

// nonceUse is where a nonce was used, and when.
type nonceUse struct {
	channel, message string
	at               time.Time
}

// SetClock makes the fake read the time from now (for NonceWindow)
// instead of time.Now.
func (s *Server) SetClock(now func() time.Time) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.now = now
}

// Invalid returns the calls refused for breaking a documented limit.
func (s *Server) Invalid() []Call {
	var out []Call
	for _, c := range s.Calls() {
		if c.Invalid != "" {
			out = append(out, c)
		}
	}
	return out
}

// refuse records why a call is invalid and returns Discord's answer.
func refuse(c *Call, e *formErrors) (int, any) {
	c.Invalid = e.String()
	return e.answer()
}

// Transport returns a RoundTripper that sends requests for discord.com
// (and its CDN) to the fake, keeping their paths.
func (s *Server) Transport() http.RoundTripper {
	u, _ := url.Parse(s.URL)
	return rewrite{target: u}
}

// Client returns an http.Client using Transport.
func (s *Server) Client() *http.Client { return &http.Client{Transport: s.Transport()} }

type rewrite struct{ target *url.URL }

func (rt rewrite) RoundTrip(r *http.Request) (*http.Response, error) {
	switch r.URL.Host {
	case "discord.com", "discordapp.com", "cdn.discordapp.com", "media.discordapp.net":
		r = r.Clone(r.Context())
		r.URL.Scheme, r.URL.Host, r.Host = rt.target.Scheme, rt.target.Host, rt.target.Host
	}
	return http.DefaultTransport.RoundTrip(r)
}

func (s *Server) id() string {
	s.next++
	return strconv.FormatUint(s.next, 10)
}

// notify wakes WaitFor; the caller holds s.mu.
func (s *Server) notify() {
	close(s.changed)
	s.changed = make(chan struct{})
}

// WaitFor blocks until cond (called with no lock held) is true, waking on
// every change of the fake, or fails the test when ctx is done.
func (s *Server) WaitFor(ctx context.Context, what string, cond func() bool) {
	s.tb.Helper()
	for {
		s.mu.Lock()
		ch := s.changed
		s.mu.Unlock()
		if cond() {
			return
		}
		select {
		case <-ch:
		case <-ctx.Done():
			s.tb.Fatalf("discordtest: gave up waiting for %s: %v", what, ctx.Err())
		}
	}
}

// AddChannel adds a channel (a text or forum channel, or a thread).
func (s *Server) AddChannel(c Channel) {
	s.mu.Lock()
	defer s.mu.Unlock()
	cc := c
	s.channels[c.ID] = &cc
	s.notify()
}

// Channel returns a channel by id.
func (s *Server) Channel(id string) (Channel, bool) {
	s.mu.Lock()
	defer s.mu.Unlock()
	c, ok := s.channels[id]
	if !ok {
		return Channel{}, false
	}
	return *c, true
}

// Threads returns the threads of a channel, oldest first.
func (s *Server) Threads(parent string) []Channel {
	s.mu.Lock()
	defer s.mu.Unlock()
	var out []Channel
	for _, c := range s.channels {
		if c.ParentID == parent && c.Type == TypePublicThread {
			out = append(out, *c)
		}
	}
	slices.SortFunc(out, func(a, b Channel) int { return cmpID(a.ID, b.ID) })
	return out
}

func cmpID(a, b string) int {
	if len(a) != len(b) {
		return len(a) - len(b)
	}
	return strings.Compare(a, b)
}

// DeleteChannel deletes a channel or thread and its messages, as a
// moderator would.
func (s *Server) DeleteChannel(id string) {
	s.mu.Lock()
	defer s.mu.Unlock()
	delete(s.channels, id)
	delete(s.messages, id)
	s.notify()
}

// SetArchived archives or unarchives a thread, as Discord does after
// inactivity; lock also locks it.
func (s *Server) SetArchived(id string, archived, lock bool) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if c, ok := s.channels[id]; ok {
		c.Archived, c.Locked = archived, lock
	}
	s.notify()
}

// Messages returns the messages of a channel, oldest first.
func (s *Server) Messages(channel string) []Message {
	s.mu.Lock()
	defer s.mu.Unlock()
	var out []Message
	for _, m := range s.messages[channel] {
		out = append(out, *m)
	}
	return out
}

// Message returns a message by channel and id.
func (s *Server) Message(channel, id string) (Message, bool) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if m := s.findMessage(channel, id); m != nil {
		return *m, true
	}
	return Message{}, false
}

func (s *Server) findMessage(channel, id string) *Message {
	for _, m := range s.messages[channel] {
		if m.ID == id {
			return m
		}
	}
	return nil
}

// AddMember adds a guild member, returned by GET .../members/{user}.
func (s *Server) AddMember(u User) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.members[u.ID] = u
}

// AddFile stores bytes served at the returned URL, as Discord's CDN
// serves attachments.
func (s *Server) AddFile(name string, data []byte) string {
	s.mu.Lock()
	defer s.mu.Unlock()
	id := s.id()
	s.blobs[id+"/"+name] = bytes.Clone(data)
	return s.URL + "/attachments/" + id + "/" + url.PathEscape(name)
}

// Calls returns every REST call received so far.
//
// A call's effects (a thread, a message) are visible as soon as its
// handler has applied them, a moment before the call is recorded: Calls
// first waits for the calls under way, so that a test that saw an effect
// also finds the call that made it.
func (s *Server) Calls() []Call {
	s.mu.Lock()
	defer s.mu.Unlock()
	var pending []uint64
	for t := range s.serving {
		pending = append(pending, t)
	}
	for _, t := range pending {
		for s.serving[t] {
			s.recorded.Wait()
		}
	}
	return slices.Clone(s.calls)
}

// CallsTo returns the calls served by a route pattern, e.g.
// "POST /api/v9/channels/{channel}/messages".
func (s *Server) CallsTo(route string) []Call {
	var out []Call
	for _, c := range s.Calls() {
		if c.Route == route {
			out = append(out, c)
		}
	}
	return out
}

// Fail makes the next calls of route (a pattern, as in CallsTo) answer
// with the fault instead.
func (s *Server) Fail(route string, f Fault) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if f.Times == 0 {
		f.Times = 1
	}
	s.faults[route] = append(s.faults[route], &f)
}

// The routes served.
const (
	RouteGateway       = "GET /api/v9/gateway"
	RouteGatewayBot    = "GET /api/v9/gateway/bot"
	RouteChannel       = "GET /api/v9/channels/{channel}"
	RouteChannelEdit   = "PATCH /api/v9/channels/{channel}"
	RouteMessages      = "POST /api/v9/channels/{channel}/messages"
	RouteMessage       = "GET /api/v9/channels/{channel}/messages/{message}"
	RouteMessageEdit   = "PATCH /api/v9/channels/{channel}/messages/{message}"
	RouteMessageDelete = "DELETE /api/v9/channels/{channel}/messages/{message}"
	RouteMessageList   = "GET /api/v9/channels/{channel}/messages"
	RouteMessageThread = "POST /api/v9/channels/{channel}/messages/{message}/threads"
	RouteThreads       = "POST /api/v9/channels/{channel}/threads"
	RouteMember        = "GET /api/v9/guilds/{guild}/members/{user}"
	RouteGuild         = "GET /api/v9/guilds/{guild}"
	RouteRoles         = "GET /api/v9/guilds/{guild}/roles"
	RouteMe            = "GET /api/v9/users/@me"
	RouteActiveThreads = "GET /api/v9/guilds/{guild}/threads/active"
	RouteCommands      = "PUT /api/v9/applications/{app}/guilds/{guild}/commands"
	RouteCallback      = "POST /api/v9/interactions/{id}/{token}/callback"
	RouteOriginalEdit  = "PATCH /api/v9/webhooks/{app}/{token}/messages/@original"
	RouteFollowup      = "POST /api/v9/webhooks/{app}/{token}"
	RouteAttachment    = "GET /attachments/{id}/{name}"
	routeGatewaySocket = "GET /ws/"
	routeNotFoundAPI   = "/api/"
)

func (s *Server) routes(mux *http.ServeMux) {
	for pattern, h := range map[string]handler{
		RouteGateway:       gatewayURL,
		RouteGatewayBot:    gatewayURL,
		RouteChannel:       s.getChannel,
		RouteChannelEdit:   s.editChannel,
		RouteMessages:      s.createMessage,
		RouteMessage:       s.getMessage,
		RouteMessageEdit:   s.editMessage,
		RouteMessageDelete: s.deleteMessage,
		RouteMessageList:   s.listMessages,
		RouteMessageThread: s.threadFromMessage,
		RouteThreads:       s.createThread,
		RouteMember:        s.getMember,
		RouteGuild:         s.getGuild,
		RouteRoles:         s.getRoles,
		RouteMe:            me,
		RouteActiveThreads: s.activeThreads,
		RouteCommands:      s.putCommands,
		RouteCallback:      interactionCallback,
		RouteOriginalEdit:  editOriginal,
		RouteFollowup:      s.followup,
		routeNotFoundAPI:   notFound,
	} {
		mux.HandleFunc(pattern, func(w http.ResponseWriter, r *http.Request) { s.serve(w, r, pattern, h) })
	}
	mux.HandleFunc(RouteAttachment, s.attachment)
	mux.HandleFunc(routeGatewaySocket, s.gw.serve)
}

// A handler serves one REST route: it returns the status and the JSON
// answer, and may mark the call (see serve).
type handler = func(w http.ResponseWriter, r *http.Request, c *Call) (int, any)

// gatewayURL answers GET /gateway and /gateway/bot with this server's
// websocket.
func gatewayURL(w http.ResponseWriter, r *http.Request, c *Call) (int, any) {
	return 200, map[string]any{"url": "ws://" + r.Host + "/ws", "shards": 1,
		"session_start_limit": map[string]int{"total": 1000, "remaining": 1000, "reset_after": 0, "max_concurrency": 1}}
}

// me answers GET /users/@me with the bot user.
func me(w http.ResponseWriter, r *http.Request, c *Call) (int, any) {
	return 200, userJSON(User{ID: BotID, Name: "pimmsbot", Bot: true})
}

// notFound answers an API route the fake does not serve, as Discord does.
func notFound(w http.ResponseWriter, r *http.Request, c *Call) (int, any) {
	return 404, apiError(0, "404: Not Found")
}

// putCommands checks and registers the guild's slash commands.
func (s *Server) putCommands(w http.ResponseWriter, r *http.Request, c *Call) (int, any) {
	var cmds []map[string]any
	if err := json.Unmarshal(c.Body, &cmds); err != nil {
		return 400, apiError(50109, "The request body contains invalid JSON.")
	}
	var e formErrors
	if checkCommands(&e, cmds); !e.empty() {
		return refuse(c, &e)
	}
	for _, cmd := range cmds {
		s.mu.Lock()
		cmd["id"], cmd["application_id"] = s.id(), r.PathValue("app")
		s.mu.Unlock()
	}
	return 200, cmds
}

// interactionCallback checks an interaction's answer (a message, a
// deferral, autocomplete choices).
func interactionCallback(w http.ResponseWriter, r *http.Request, c *Call) (int, any) {
	var e formErrors
	checkFields(&e, "", c.JSON, callbackFields)
	if data, ok := c.JSON["data"].(map[string]any); ok {
		checkMessage(&e, "data", data, callbackDataFields)
		if typ, _ := c.JSON["type"].(float64); typ == 8 {
			checkChoices(&e, "data.choices", data["choices"])
		}
	}
	if !e.empty() {
		return refuse(c, &e)
	}
	return 204, nil
}

// editOriginal checks an edit of an interaction's original answer.
func editOriginal(w http.ResponseWriter, r *http.Request, c *Call) (int, any) {
	var e formErrors
	if checkMessage(&e, "", c.JSON, webhookEditFields); !e.empty() {
		return refuse(c, &e)
	}
	return 200, map[string]any{"id": "original", "channel_id": "0", "content": c.Content()}
}

// followup checks a follow-up message of an interaction; it returns the
// message only when asked to wait.
func (s *Server) followup(w http.ResponseWriter, r *http.Request, c *Call) (int, any) {
	var e formErrors
	if checkMessage(&e, "", c.JSON, followupFields); !e.empty() {
		return refuse(c, &e)
	}
	if emptyMessage(c.JSON, len(c.Files)) {
		c.Invalid = "empty message"
		return 400, apiError(50006, "Cannot send an empty message")
	}
	s.mu.Lock()
	id := s.id()
	s.mu.Unlock()
	if r.URL.Query().Get("wait") != "true" {
		return 204, nil
	}
	return 200, map[string]any{"id": id, "channel_id": "0", "content": c.Content()}
}

// attachment serves the file of an attachment posted on the fake.
func (s *Server) attachment(w http.ResponseWriter, r *http.Request) {
	s.mu.Lock()
	data, ok := s.blobs[r.PathValue("id")+"/"+r.PathValue("name")]
	s.mu.Unlock()
	if !ok {
		http.NotFound(w, r)
		return
	}
	w.Write(data)
}

func apiError(code int, msg string) map[string]any {
	return map[string]any{"code": code, "message": msg}
}

// serve records the call, applies an injected fault or the handler, and
// writes the JSON answer.
func (s *Server) serve(w http.ResponseWriter, r *http.Request, pattern string, h handler) {
	body, _ := io.ReadAll(r.Body)
	c := Call{Method: r.Method, Path: r.URL.Path, Route: pattern, Header: r.Header.Clone(), Body: body}
	s.mu.Lock()
	s.ticket++
	ticket := s.ticket
	s.serving[ticket] = true
	s.mu.Unlock()
	defer func() {
		s.mu.Lock()
		delete(s.serving, ticket) // recorded, or never will be
		s.recorded.Broadcast()
		s.mu.Unlock()
	}()
	if err := decodeBody(r.Header.Get("Content-Type"), body, &c); err != nil {
		s.tb.Errorf("discordtest: %s %s: bad body: %v", r.Method, r.URL.Path, err)
	}
	status, answer := 0, any(nil)
	if f := s.fault(pattern, r.URL.Path); f != nil && f.Accept {
		h(w, r, &c)
		c.Status = f.Status // what the client got: 0 for no answer
		s.mu.Lock()
		s.calls = append(s.calls, c)
		delete(s.serving, ticket)
		s.recorded.Broadcast()
		s.notify()
		s.mu.Unlock()
		if f.Status == 0 {
			if conn, _, err := http.NewResponseController(w).Hijack(); err == nil {
				conn.Close()
			}
			return
		}
		status, answer = f.answer(w)
		w.Header().Set("Content-Type", "application/json")
		w.WriteHeader(status)
		json.NewEncoder(w).Encode(answer)
		return
	} else if f != nil {
		status, answer = f.answer(w)
	} else if r.Header.Get("Authorization") != "Bot "+Token && !strings.HasPrefix(pattern, "POST /api/v9/interactions/") && !strings.HasPrefix(pattern, "GET /api/v9/gateway") {
		status, answer = 401, apiError(0, "401: Unauthorized")
	} else {
		status, answer = h(w, r, &c)
	}
	if s.beforeRecord != nil {
		s.beforeRecord(c)
	}
	c.Status = status
	s.mu.Lock()
	s.calls = append(s.calls, c)
	delete(s.serving, ticket)
	s.recorded.Broadcast()
	s.notify()
	s.mu.Unlock()
	if answer == nil {
		w.WriteHeader(status)
		return
	}
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(status)
	json.NewEncoder(w).Encode(answer)
}

func (s *Server) fault(pattern, path string) *Fault {
	s.mu.Lock()
	defer s.mu.Unlock()
	fs := s.faults[pattern]
	for i, f := range fs {
		if f.Path != "" && f.Path != path {
			continue
		}
		f.Times--
		if f.Times <= 0 {
			s.faults[pattern] = slices.Delete(fs, i, i+1)
		}
		return f
	}
	return nil
}

func (f *Fault) answer(w http.ResponseWriter) (int, any) {
	code, msg := f.Code, f.Message
	switch f.Status {
	case 429:
		if msg == "" {
			msg = "You are being rate limited."
		}
		w.Header().Set("Retry-After", strconv.Itoa(int(f.RetryAfter+0.999)))
		return 429, map[string]any{"message": msg, "retry_after": f.RetryAfter, "global": false}
	case 404:
		if code == 0 && msg == "" {
			code, msg = 10003, "Unknown Channel"
		}
	case 403:
		if code == 0 && msg == "" {
			code, msg = 50013, "Missing Permissions"
		}
	}
	if msg == "" {
		msg = fmt.Sprintf("%d: %s", f.Status, http.StatusText(f.Status))
	}
	return f.Status, apiError(code, msg)
}

// decodeBody fills c.JSON and c.Files from a JSON or multipart body.
func decodeBody(contentType string, body []byte, c *Call) error {
	if len(body) == 0 {
		return nil
	}
	mt, params, _ := mime.ParseMediaType(contentType)
	switch mt {
	case "application/json":
		var v any
		if err := json.Unmarshal(body, &v); err != nil {
			return err
		}
		if m, ok := v.(map[string]any); ok {
			c.JSON = m
		}
		return nil
	case "multipart/form-data":
		mr := multipart.NewReader(bytes.NewReader(body), params["boundary"])
		for {
			p, err := mr.NextPart()
			if err == io.EOF {
				return nil
			}
			if err != nil {
				return err
			}
			data, err := io.ReadAll(p)
			if err != nil {
				return err
			}
			if p.FormName() == "payload_json" {
				if err := json.Unmarshal(data, &c.JSON); err != nil {
					return err
				}
				continue
			}
			c.Files = append(c.Files, File{Field: p.FormName(), Name: p.FileName(), ContentType: p.Header.Get("Content-Type"), Data: data})
		}
	}
	return fmt.Errorf("unexpected content type %q", contentType)
}

func (c *Channel) json() map[string]any {
	m := map[string]any{"id": c.ID, "type": c.Type, "guild_id": GuildID, "name": c.Name}
	if c.ParentID != "" {
		m["parent_id"] = c.ParentID
	}
	if c.Type != TypePublicThread {
		m["permission_overwrites"] = overwritesJSON(c.Overwrites)
	}
	if c.Type == TypePublicThread {
		m["thread_metadata"] = map[string]any{"archived": c.Archived, "locked": c.Locked, "auto_archive_duration": 10080}
	}
	return m
}

func (m *Message) json() map[string]any {
	out := map[string]any{
		"id": m.ID, "channel_id": m.ChannelID, "guild_id": GuildID, "content": m.Content, "type": 0,
		"author": map[string]any{"id": m.AuthorID, "username": "pimmsbot", "bot": m.AuthorID == BotID},
	}
	if m.Components != nil {
		out["components"] = m.Components
	}
	var atts []map[string]any
	for i, f := range m.Files {
		atts = append(atts, map[string]any{"id": m.ID + strconv.Itoa(i), "filename": f.Name, "content_type": f.ContentType, "size": len(f.Data)})
	}
	if atts != nil {
		out["attachments"] = atts
	}
	return out
}

// visible returns the channel id if it exists and the bot may view it,
// else the status and error Discord answers; the caller holds s.mu.
func (s *Server) visible(id string) (*Channel, int, any) {
	ch, ok := s.channels[id]
	if !ok {
		return nil, 404, apiError(10003, "Unknown Channel")
	}
	if st, a := s.allowed(ch.ID, PermViewChannel); st != 0 {
		return nil, st, a
	}
	return ch, 0, nil
}

func (s *Server) getChannel(w http.ResponseWriter, r *http.Request, c *Call) (int, any) {
	s.mu.Lock()
	defer s.mu.Unlock()
	ch, st, a := s.visible(r.PathValue("channel"))
	if st != 0 {
		return st, a
	}
	return 200, ch.json()
}

func (s *Server) editChannel(w http.ResponseWriter, r *http.Request, c *Call) (int, any) {
	s.mu.Lock()
	defer s.mu.Unlock()
	ch, st, a := s.visible(r.PathValue("channel"))
	if st != 0 {
		return st, a
	}
	if _, lock := c.JSON["locked"]; lock || ch.Locked {
		// Locking, or changing a locked thread, takes Manage Threads.
		if st, a := s.allowed(ch.ID, PermManageThreads); st != 0 {
			return st, a
		}
	}
	if ch.Locked {
		return 403, apiError(160005, "Thread is locked")
	}
	var e formErrors
	checkFields(&e, "", c.JSON, threadEditFields)
	if v, ok := c.JSON["name"]; ok {
		checkString(&e, "name", v, 1, MaxThreadName)
	}
	if !e.empty() {
		return refuse(c, &e)
	}
	if name, ok := c.JSON["name"].(string); ok {
		ch.Name = name
	}
	if v, ok := c.JSON["archived"].(bool); ok {
		ch.Archived = v
	}
	if v, ok := c.JSON["locked"].(bool); ok {
		ch.Locked = v
	}
	return 200, ch.json()
}

// writable returns an error answer when messages cannot be posted to the
// channel; the caller holds s.mu.
func (s *Server) writable(id string) (int, any) {
	ch, ok := s.channels[id]
	switch {
	case !ok:
		return 404, apiError(10003, "Unknown Channel")
	case ch.Locked:
		return 403, apiError(160005, "Thread is locked")
	case ch.Archived:
		return 400, apiError(50083, "Thread is archived")
	}
	return s.allowed(id, PermViewChannel)
}

// store adds a message from a payload that passed checkMessage; the
// caller holds s.mu.
func (s *Server) store(channel, id string, payload map[string]any, files []File) *Message {
	content, _ := payload["content"].(string)
	m := &Message{ID: id, ChannelID: channel, AuthorID: BotID, Content: content,
		Components: payload["components"], AllowedMentions: payload["allowed_mentions"], Files: files}
	s.messages[channel] = append(s.messages[channel], m)
	return m
}

func (s *Server) createMessage(w http.ResponseWriter, r *http.Request, c *Call) (int, any) {
	channel := r.PathValue("channel")
	s.mu.Lock()
	if st, a := s.writable(channel); st != 0 {
		s.mu.Unlock()
		return st, a
	}
	if ch := s.channels[channel]; ch.Type == TypeForum {
		s.mu.Unlock()
		return 400, apiError(50008, "Cannot send messages in a non-text channel")
	}
	if st, a := s.allowed(channel, s.sendPermission(channel, len(c.Files) > 0)); st != 0 {
		s.mu.Unlock()
		return st, a
	}
	var e formErrors
	if checkMessage(&e, "", c.JSON, messageCreateFields); !e.empty() {
		s.mu.Unlock()
		return refuse(c, &e)
	}
	if emptyMessage(c.JSON, len(c.Files)) {
		s.mu.Unlock()
		c.Invalid = "empty message"
		return 400, apiError(50006, "Cannot send an empty message")
	}
	nonce := nonceString(c.JSON["nonce"])
	now := s.now()
	if enforce, _ := c.JSON["enforce_nonce"].(bool); enforce && nonce != "" {
		// Discord checks the nonces of the same author (the bot) in
		// every channel, and does not create a deleted message again.
		if u, ok := s.nonces[nonce]; ok && now.Sub(u.at) < NonceWindow {
			m := s.findMessage(u.channel, u.message)
			s.mu.Unlock()
			if m == nil {
				return 404, apiError(10008, "Unknown Message")
			}
			return 200, m.json()
		}
	}
	m := s.store(channel, s.id(), c.JSON, c.Files)
	m.nonce = nonce
	if nonce != "" {
		s.nonces[nonce] = nonceUse{channel: channel, message: m.ID, at: now}
	}
	out := m.json()
	s.mu.Unlock()
	s.echo(out)
	return 200, out
}

// nonceString returns a nonce as Discord compares it: a string, or an
// integer written in decimal.
func nonceString(v any) string {
	switch n := v.(type) {
	case string:
		return n
	case float64:
		return strconv.FormatFloat(n, 'f', -1, 64)
	}
	return ""
}

// echo dispatches MESSAGE_CREATE for the bot's own message, as Discord
// does.
func (s *Server) echo(msg map[string]any) {
	s.gw.dispatchIfConnected("MESSAGE_CREATE", msg)
}

func (s *Server) getMessage(w http.ResponseWriter, r *http.Request, c *Call) (int, any) {
	s.mu.Lock()
	defer s.mu.Unlock()
	channel := r.PathValue("channel")
	if _, ok := s.channels[channel]; !ok {
		return 404, apiError(10003, "Unknown Channel")
	}
	if st, a := s.allowed(channel, PermReadMessageHistory); st != 0 {
		return st, a
	}
	m := s.findMessage(channel, r.PathValue("message"))
	if m == nil {
		return 404, apiError(10008, "Unknown Message")
	}
	return 200, m.json()
}

func (s *Server) editMessage(w http.ResponseWriter, r *http.Request, c *Call) (int, any) {
	s.mu.Lock()
	defer s.mu.Unlock()
	channel := r.PathValue("channel")
	if st, a := s.writable(channel); st != 0 {
		return st, a
	}
	m := s.findMessage(channel, r.PathValue("message"))
	if m == nil {
		return 404, apiError(10008, "Unknown Message")
	}
	var e formErrors
	if checkMessage(&e, "", c.JSON, messageEditFields); !e.empty() {
		return refuse(c, &e)
	}
	if v, ok := c.JSON["content"].(string); ok {
		m.Content = v
	}
	if v, ok := c.JSON["components"]; ok {
		m.Components = v
	}
	if v, ok := c.JSON["attachments"]; ok {
		// The attachments to keep, by id: the others are removed.
		keep := map[string]bool{}
		list, _ := v.([]any)
		for _, a := range list {
			if a, ok := a.(map[string]any); ok {
				if id, ok := a["id"].(string); ok {
					keep[id] = true
				}
			}
		}
		var files []File
		for i, f := range m.Files {
			if keep[m.ID+strconv.Itoa(i)] {
				files = append(files, f)
			}
		}
		m.Files = files
	}
	m.AllowedMentions = c.JSON["allowed_mentions"]
	m.Edits++
	return 200, m.json()
}

// deleteMessage deletes a message as Discord does for a bot without the
// Manage Messages permission: only its own messages, never in an archived
// or locked thread.
func (s *Server) deleteMessage(w http.ResponseWriter, r *http.Request, c *Call) (int, any) {
	s.mu.Lock()
	defer s.mu.Unlock()
	channel, id := r.PathValue("channel"), r.PathValue("message")
	if st, a := s.writable(channel); st != 0 {
		return st, a
	}
	m := s.findMessage(channel, id)
	if m == nil {
		return 404, apiError(10008, "Unknown Message")
	}
	if m.AuthorID != BotID {
		return 403, apiError(50013, "Missing Permissions")
	}
	s.messages[channel] = slices.DeleteFunc(s.messages[channel], func(x *Message) bool { return x == m })
	s.notify()
	return 204, nil
}

// listMessages lists a channel's messages newest first, at most limit
// (1 to 100, default 50), before or after a message id, as
// GET /channels/{channel}/messages does.
func (s *Server) listMessages(w http.ResponseWriter, r *http.Request, c *Call) (int, any) {
	s.mu.Lock()
	defer s.mu.Unlock()
	channel := r.PathValue("channel")
	if _, ok := s.channels[channel]; !ok {
		return 404, apiError(10003, "Unknown Channel")
	}
	if st, a := s.allowed(channel, PermReadMessageHistory); st != 0 {
		return st, a
	}
	q := r.URL.Query()
	limit := 50
	if v := q.Get("limit"); v != "" {
		n, err := strconv.Atoi(v)
		if err != nil || n < 1 || n > 100 {
			c.Invalid = "limit out of 1..100"
			return 400, map[string]any{"code": 50035, "message": "Invalid Form Body",
				"errors": map[string]any{"limit": map[string]any{"_errors": []any{map[string]any{"code": "NUMBER_TYPE_MAX", "message": "int value should be less than or equal to 100."}}}}}
		}
		limit = n
	}
	before, after := q.Get("before"), q.Get("after")
	if q.Get("around") != "" || (before != "" && after != "") {
		c.Invalid = "around, or before with after: not modelled"
		return 400, apiError(50035, "Invalid Form Body")
	}
	msgs := slices.Clone(s.messages[channel])
	slices.SortFunc(msgs, func(a, b *Message) int { return cmpID(b.ID, a.ID) }) // newest first
	out := []any{}
	if after != "" {
		// The oldest after the id, still listed newest first.
		var older []*Message
		for _, m := range msgs {
			if cmpID(m.ID, after) > 0 {
				older = append(older, m)
			}
		}
		if len(older) > limit {
			older = older[len(older)-limit:]
		}
		for _, m := range older {
			out = append(out, m.json())
		}
		return 200, out
	}
	for _, m := range msgs {
		if before != "" && cmpID(m.ID, before) >= 0 {
			continue
		}
		if len(out) == limit {
			break
		}
		out = append(out, m.json())
	}
	return 200, out
}

func (s *Server) threadFromMessage(w http.ResponseWriter, r *http.Request, c *Call) (int, any) {
	s.mu.Lock()
	defer s.mu.Unlock()
	channel, msg := r.PathValue("channel"), r.PathValue("message")
	if _, ok := s.channels[channel]; !ok {
		return 404, apiError(10003, "Unknown Channel")
	}
	if st, a := s.allowed(channel, PermCreatePublicThreads); st != 0 {
		return st, a
	}
	if s.findMessage(channel, msg) == nil {
		return 404, apiError(10008, "Unknown Message")
	}
	if _, ok := s.channels[msg]; ok {
		return 400, apiError(160004, "A thread has already been created for this message")
	}
	var e formErrors
	checkFields(&e, "", c.JSON, threadFromMessageFields)
	checkString(&e, "name", orEmpty(c.JSON["name"]), 1, MaxThreadName)
	if !e.empty() {
		return refuse(c, &e)
	}
	name, _ := c.JSON["name"].(string)
	// A thread started from a message has the message's id.
	th := &Channel{ID: msg, ParentID: channel, Name: name, Type: TypePublicThread}
	s.channels[th.ID] = th
	return 201, th.json()
}

func (s *Server) createThread(w http.ResponseWriter, r *http.Request, c *Call) (int, any) {
	s.mu.Lock()
	channel := r.PathValue("channel")
	parent, ok := s.channels[channel]
	if !ok {
		s.mu.Unlock()
		return 404, apiError(10003, "Unknown Channel")
	}
	msg, hasMsg := c.JSON["message"].(map[string]any)
	// A forum post takes Send Messages (« Create Posts »), a thread
	// without a message Create Public Threads.
	need := PermCreatePublicThreads
	if parent.Type == TypeForum {
		need = s.sendPermission(channel, len(c.Files) > 0)
	}
	if st, a := s.allowed(channel, need); st != 0 {
		s.mu.Unlock()
		return st, a
	}
	var e formErrors
	checkFields(&e, "", c.JSON, forumThreadFields)
	checkString(&e, "name", orEmpty(c.JSON["name"]), 1, MaxThreadName)
	if hasMsg {
		checkMessage(&e, "message", msg, forumMessageFields)
	}
	if !e.empty() {
		s.mu.Unlock()
		return refuse(c, &e)
	}
	if hasMsg && emptyMessage(msg, len(c.Files)) {
		s.mu.Unlock()
		c.Invalid = "empty message"
		return 400, apiError(50006, "Cannot send an empty message")
	}
	name, _ := c.JSON["name"].(string)
	if parent.Type == TypeForum && !hasMsg {
		s.mu.Unlock()
		return 400, apiError(50035, "Invalid Form Body: message required in a forum")
	}
	th := &Channel{ID: s.id(), ParentID: channel, Name: name, Type: TypePublicThread}
	out := th.json()
	var starter map[string]any
	if hasMsg {
		// The starter message of a forum post has the thread's id.
		starter = s.store(th.ID, th.ID, msg, c.Files).json()
		out["message"] = starter
	}
	s.channels[th.ID] = th
	s.mu.Unlock()
	if starter != nil {
		s.echo(starter)
	}
	return 201, out
}

// orEmpty makes a missing field an empty string, for required fields.
func orEmpty(v any) any {
	if v == nil {
		return ""
	}
	return v
}

// activeThreads lists the threads that are not archived, as
// GET /guilds/{guild}/threads/active does.
func (s *Server) activeThreads(w http.ResponseWriter, r *http.Request, c *Call) (int, any) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if r.PathValue("guild") != GuildID {
		return 404, apiError(10004, "Unknown Guild")
	}
	threads := []any{}
	var ids []string
	for id, ch := range s.channels {
		if ch.Type == TypePublicThread && !ch.Archived {
			ids = append(ids, id)
		}
	}
	slices.SortFunc(ids, cmpID)
	for _, id := range ids {
		threads = append(threads, s.channels[id].json())
	}
	return 200, map[string]any{"threads": threads, "members": []any{}}
}

func (s *Server) getMember(w http.ResponseWriter, r *http.Request, c *Call) (int, any) {
	s.mu.Lock()
	defer s.mu.Unlock()
	u, ok := s.members[r.PathValue("user")]
	if !ok || r.PathValue("guild") != GuildID {
		return 404, apiError(10007, "Unknown Member")
	}
	return 200, memberJSON(u, true)
}

func memberJSON(u User, withUser bool) map[string]any {
	roles := u.Roles
	if roles == nil {
		roles = []string{}
	}
	m := map[string]any{"roles": roles}
	if u.Nick != "" {
		m["nick"] = u.Nick
	}
	if withUser {
		m["user"] = userJSON(u)
	}
	return m
}

func userJSON(u User) map[string]any {
	return map[string]any{"id": u.ID, "username": u.Name, "bot": u.Bot}
}
