// Package telegramtest is a fake Telegram Bot API server for tests: it
// serves the methods pimmsbot uses, records every call, queues updates for
// getUpdates, serves files, and injects faults (429 with retry_after, 500,
// slow answers, answers held until the test releases them, dropped
// connections, residents who blocked the bot, an outage of the whole API).
//
// It checks what Telegram checks and the bot could get wrong (see
// checkKeyboard and apply): HTML parse mode is parsed strictly (an
// unescaped "<" or "&" is a 400, as on Telegram); texts longer than 4096
// characters, captions longer than 1024, callback answers longer than 200,
// edits that change nothing and bad bot commands are refused; each inline
// button must have exactly
// one action field, callback data of 1-64 bytes and a copy_text of 1-256
// characters.
//
// A test's resident message enters with Push (updates.go builds them) and
// ends in the next getUpdates answer; what the bot sends enters as a Bot
// API call (serveMethod) and ends in the fake's record, read with Calls,
// Messages and Wait.
package telegramtest

import (
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"reflect"
	"slices"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/go-telegram/bot/models"
)

// Token is the bot token a server from NewServer accepts.
const Token = "123456:TEST-token_for-the-fake"

// BotID is the id in Token.
const BotID = 123456

// A Call is one request the bot made.
type Call struct {
	// Seq numbers the calls from 1.
	Seq    int
	Method string
	// Params holds the form fields as sent (JSON fields as JSON text).
	Params map[string]string
	// Files holds the uploaded files by field name.
	Files map[string]File
	// Chat is the chat_id parameter, 0 when there is none.
	Chat int64
	// Fault names the fault injected in this call, "" when it was
	// served normally.
	Fault string
	// MessageID is the id of the message sent or edited, if any.
	MessageID int
	// At is when the server recorded the call.
	At time.Time
	// Length is the body's length as the request announced it, -1 when
	// it came chunked.
	Length int64
}

// OK reports whether the call was served normally (no fault).
func (c Call) OK() bool { return c.Fault == "" }

// A File is an uploaded file.
type File struct {
	Name string
	Data []byte
}

// A Fault is an error injected into the calls that match it.
type Fault struct {
	// Method and Chat select the calls: "" and 0 match any.
	Method string
	Chat   int64
	// Code is the error_code answered (429, 500, 403…); RetryAfter is
	// sent with a 429.
	Code       int
	RetryAfter int
	// Delay is a slow answer: the call takes effect, and its answer is
	// sent after Delay.
	Delay time.Duration
	// Drop closes the connection without an answer, before the call
	// takes effect.
	Drop bool
	// Hold withholds the answer until the channel is closed or the client
	// gives up (a request that hangs at Telegram): the call takes effect,
	// or fails with Code, at once, as with Delay. Held counts the answers
	// withheld.
	Hold <-chan struct{}
	// After is how many matching calls are served normally before the
	// fault applies.
	After int
	// Times is how many calls it applies to (1 when zero, -1 for all).
	Times int
}

// A Message is a message the bot sent, as the resident sees it.
type Message struct {
	ID       int
	Chat     int64
	HTML     string // the text as sent
	Text     string // the text as shown, after parsing
	Entities []models.MessageEntity
	Keyboard [][]models.InlineKeyboardButton
	File     *File // for sendPhoto and sendDocument
	Edits    int
}

// Server is a fake Bot API server for one bot.
type Server struct {
	URL string
	// Token is the token of the bot it serves; any other is answered
	// 401 Unauthorized, as Telegram does.
	Token string
	srv   *httptest.Server
	mux   *http.ServeMux
	tb    testing.TB
	botID int64

	mu       sync.Mutex
	changed  chan struct{} // closed and replaced on every change
	calls    []Call
	updates  []queued
	nextUpd  int64
	nextMsg  int
	messages map[int64][]*Message
	files    map[string]servedFile
	faults   []*Fault
	blocked  map[int64]bool
	offsets  []int64
	download []string
	observe  func(Call)
	held     int  // answers withheld by a Hold fault
	outage   bool // every call answers 502 (Outage)
}

// queued is an update waiting for getUpdates.
type queued struct {
	id  int64
	raw json.RawMessage
	// again marks an update delivered again as if its confirmation had
	// been lost: it is served once whatever the offset.
	again, served bool
}

type servedFile struct {
	path string
	data []byte
}

// NewServer starts a fake server for the bot of Token, closed when the
// test ends.
func NewServer(tb testing.TB) *Server { return NewServerFor(tb, Token) }

// NewServerFor starts a fake server for the bot of token (digits, a
// colon, then letters), closed when the test ends.
func NewServerFor(tb testing.TB, token string) *Server {
	id, _, _ := strings.Cut(token, ":")
	botID, err := strconv.ParseInt(id, 10, 64)
	if err != nil {
		tb.Fatalf("telegramtest: %q is not a bot token: want digits:letters", token)
	}
	s := &Server{
		Token: token, tb: tb, botID: botID, changed: make(chan struct{}), nextUpd: 100, nextMsg: 1000,
		messages: map[int64][]*Message{}, files: map[string]servedFile{}, blocked: map[int64]bool{},
	}
	s.mux = http.NewServeMux()
	s.mux.HandleFunc("POST /{bot}/{method}", s.serveMethod)
	s.mux.HandleFunc("GET /file/{bot}/{path...}", s.serveFile)
	s.srv = httptest.NewServer(s.mux)
	s.URL = s.srv.URL
	tb.Cleanup(s.srv.Close)
	return s
}

// Shared starts one fake Bot API address that serves several bots, as
// Telegram's one server does: a request goes to the server whose bot's
// token it carries, and a token none of them has is answered 401
// Unauthorized. Each server's own URL keeps working. It returns the
// address; it is closed when the test ends.
func Shared(tb testing.TB, servers ...*Server) string {
	byToken := map[string]*Server{}
	for _, s := range servers {
		byToken["bot"+s.Token] = s
	}
	route := func(w http.ResponseWriter, r *http.Request) {
		if s, ok := byToken[r.PathValue("bot")]; ok {
			s.mux.ServeHTTP(w, r)
			return
		}
		if r.Method == http.MethodGet {
			http.Error(w, "Unauthorized", http.StatusUnauthorized)
			return
		}
		writeJSON(w, map[string]any{"ok": false, "error_code": 401, "description": "Unauthorized"})
	}
	mux := http.NewServeMux()
	mux.HandleFunc("POST /{bot}/{method}", route)
	mux.HandleFunc("GET /file/{bot}/{path...}", route)
	srv := httptest.NewServer(mux)
	tb.Cleanup(srv.Close)
	return srv.URL
}

// notify wakes the waiters; the caller holds s.mu.
func (s *Server) notify() {
	close(s.changed)
	s.changed = make(chan struct{})
}

// Inject adds a fault.
func (s *Server) Inject(f Fault) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if f.Times == 0 {
		f.Times = 1
	}
	s.faults = append(s.faults, &f)
}

// Block makes every send to chat fail with 403 "bot was blocked by the
// user".
func (s *Server) Block(chat int64) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.blocked[chat] = true
}

// Outage makes the API unreachable, as during a Telegram outage: every
// call, getUpdates included, is answered 502 Bad Gateway by the front
// server (an HTML page, not the API's JSON) and takes no effect, until
// Recover. The calls are recorded with the fault "outage".
func (s *Server) Outage() {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.outage = true
	s.notify()
}

// Recover ends an Outage.
func (s *Server) Recover() {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.outage = false
	s.notify()
}

// Held returns how many answers a Hold fault withholds now.
func (s *Server) Held() int {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.held
}

// AddFile serves data for fileID through getFile and the file URL.
func (s *Server) AddFile(fileID string, data []byte) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.files[fileID] = servedFile{path: "documents/" + strconv.Itoa(len(s.files)+1) + "-" + fileID, data: data}
}

// Push queues updates for getUpdates and returns their ids. An update
// with ID 0 gets the next id; one with an id keeps it, and later ids
// follow it.
func (s *Server) Push(upds ...models.Update) []int64 {
	return s.push(false, upds)
}

// PushAgain queues updates that were delivered before, as Telegram does
// when the confirmation of a getUpdates was lost (a crash before the next
// one) or a webhook request failed: they are served once more whatever
// the offset.
func (s *Server) PushAgain(upds ...models.Update) []int64 {
	return s.push(true, upds)
}

func (s *Server) push(again bool, upds []models.Update) []int64 {
	s.mu.Lock()
	defer s.mu.Unlock()
	var ids []int64
	for _, u := range upds {
		if u.ID == 0 {
			s.nextUpd++
			u.ID = s.nextUpd
		}
		s.nextUpd = max(s.nextUpd, u.ID)
		raw, err := json.Marshal(u)
		if err != nil {
			s.tb.Fatalf("telegramtest: marshal update: %v", err)
		}
		s.updates = append(s.updates, queued{id: u.ID, raw: raw, again: again})
		ids = append(ids, u.ID)
	}
	s.notify()
	return ids
}

// Offsets returns the offset of every getUpdates call, in order.
func (s *Server) Offsets() []int64 {
	s.mu.Lock()
	defer s.mu.Unlock()
	return slices.Clone(s.offsets)
}

// Downloads returns the paths of the files downloaded.
func (s *Server) Downloads() []string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return slices.Clone(s.download)
}

// Calls returns the calls made so far, optionally only those of the given
// methods.
func (s *Server) Calls(methods ...string) []Call {
	s.mu.Lock()
	defer s.mu.Unlock()
	return filterCalls(s.calls, methods)
}

func filterCalls(calls []Call, methods []string) []Call {
	var out []Call
	for _, c := range calls {
		if len(methods) == 0 || slices.Contains(methods, c.Method) {
			out = append(out, c)
		}
	}
	return out
}

// Messages returns the messages the bot sent to chat, in order, as they
// are now (after edits).
func (s *Server) Messages(chat int64) []Message {
	s.mu.Lock()
	defer s.mu.Unlock()
	var out []Message
	for _, m := range s.messages[chat] {
		out = append(out, *m)
	}
	return out
}

// Wait blocks until cond holds for the calls made so far and returns
// them. It fails the test, showing the calls, if that takes more than
// ten seconds: the bound is for a hung test, not a measure of speed.
func (s *Server) Wait(tb testing.TB, what string, cond func(calls []Call) bool) []Call {
	tb.Helper()
	deadline := time.NewTimer(10 * time.Second)
	defer deadline.Stop()
	for {
		s.mu.Lock()
		calls := slices.Clone(s.calls)
		ch := s.changed
		s.mu.Unlock()
		if cond(calls) {
			return calls
		}
		select {
		case <-ch:
		case <-deadline.C:
			tb.Fatalf("telegramtest: still waiting for %s; calls:\n%s", what, FormatCalls(calls))
		}
	}
}

// WaitMessages blocks until the bot has sent n messages (sendMessage,
// sendPhoto, sendDocument served normally) to chat, and returns them.
func (s *Server) WaitMessages(tb testing.TB, chat int64, n int) []Message {
	tb.Helper()
	s.Wait(tb, fmt.Sprintf("%d messages to chat %d", n, chat), func([]Call) bool {
		return len(s.messagesLocked(chat)) >= n
	})
	return s.Messages(chat)
}

func (s *Server) messagesLocked(chat int64) []*Message {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.messages[chat]
}

// FormatCalls lists calls one a line, for failure messages.
func FormatCalls(calls []Call) string {
	var b strings.Builder
	for _, c := range calls {
		fmt.Fprintf(&b, "  #%d %s chat=%d", c.Seq, c.Method, c.Chat)
		if c.Fault != "" {
			fmt.Fprintf(&b, " fault=%s", c.Fault)
		}
		if t := c.Params["text"]; t != "" {
			if len(t) > 60 {
				t = t[:60] + "…"
			}
			fmt.Fprintf(&b, " text=%q", t)
		}
		if c.Method == "getUpdates" {
			fmt.Fprintf(&b, " offset=%s", c.Params["offset"])
		}
		b.WriteByte('\n')
	}
	return b.String()
}

// apiError is an error answer.
type apiError struct {
	code       int
	desc       string
	retryAfter int
}

func (s *Server) serveMethod(w http.ResponseWriter, r *http.Request) {
	if r.PathValue("bot") != "bot"+s.Token {
		writeJSON(w, map[string]any{"ok": false, "error_code": 401, "description": "Unauthorized"})
		return
	}
	call := readCall(r)
	s.mu.Lock()
	if s.outage {
		call.Fault = "outage"
		s.record(call)
		s.mu.Unlock()
		badGateway(w)
		return
	}
	s.mu.Unlock()
	if call.Method == "getUpdates" {
		s.getUpdates(w, r, call)
		return
	}
	s.mu.Lock()
	f := s.takeFault(call)
	if f != nil && f.Drop {
		call.Fault = "drop"
		s.record(call)
		s.mu.Unlock()
		drop(w)
		return
	}
	result, aerr := s.answer(&call, f)
	s.record(call)
	s.mu.Unlock()
	if f != nil && f.Delay > 0 {
		select {
		case <-time.After(f.Delay):
		case <-r.Context().Done():
			return
		}
	}
	if f != nil && f.Hold != nil && !s.hold(r, f.Hold) {
		return
	}
	writeAnswer(w, result, aerr)
}

// readCall reads a Bot API request: its method, its parameters and files
// (multipart, as the client sends them) and the chat it is for.
func readCall(r *http.Request) Call {
	call := Call{Method: r.PathValue("method"), Params: map[string]string{}, Files: map[string]File{}, Length: r.ContentLength}
	// getMe comes with an empty body: ParseMultipartForm fails, which is
	// fine.
	if err := r.ParseMultipartForm(64 << 20); err == nil && r.MultipartForm != nil {
		for k, v := range r.MultipartForm.Value {
			if len(v) > 0 {
				call.Params[k] = v[0]
			}
		}
		for k, fhs := range r.MultipartForm.File {
			if len(fhs) == 0 {
				continue
			}
			f, err := fhs[0].Open()
			if err == nil {
				data, _ := io.ReadAll(f)
				f.Close()
				call.Files[k] = File{Name: fhs[0].Filename, Data: data}
			}
		}
	}
	if v, err := strconv.ParseInt(call.Params["chat_id"], 10, 64); err == nil {
		call.Chat = v
	}
	return call
}

// answer decides what a call gets: the fault f injects, Telegram's
// refusal for a chat that blocked the bot, or the call's own effect. It
// marks the call's Fault; the caller holds s.mu.
func (s *Server) answer(call *Call, f *Fault) (any, *apiError) {
	switch {
	case f != nil && f.Code != 0:
		call.Fault = strconv.Itoa(f.Code)
		return nil, &apiError{code: f.Code, desc: faultDescription(f.Code), retryAfter: f.RetryAfter}
	case call.Chat != 0 && s.blocked[call.Chat] && call.Method != "answerCallbackQuery":
		call.Fault = "blocked"
		return nil, &apiError{code: 403, desc: "Forbidden: bot was blocked by the user"}
	}
	result, aerr := s.apply(call)
	if aerr != nil {
		call.Fault = "rejected: " + aerr.desc
	}
	return result, aerr
}

// writeAnswer writes the Bot API's answer: the result, or the error with
// its retry_after.
func writeAnswer(w http.ResponseWriter, result any, aerr *apiError) {
	if aerr != nil {
		resp := map[string]any{"ok": false, "error_code": aerr.code, "description": aerr.desc}
		if aerr.retryAfter > 0 {
			resp["parameters"] = map[string]any{"retry_after": aerr.retryAfter}
		}
		writeJSON(w, resp)
		return
	}
	writeJSON(w, map[string]any{"ok": true, "result": result})
}

// hold withholds an answer until release is closed, and reports false
// when the client gave up first.
func (s *Server) hold(r *http.Request, release <-chan struct{}) bool {
	s.mu.Lock()
	s.held++
	s.notify()
	s.mu.Unlock()
	defer func() {
		s.mu.Lock()
		s.held--
		s.notify()
		s.mu.Unlock()
	}()
	select {
	case <-release:
		return true
	case <-r.Context().Done():
		return false
	}
}

// badGateway answers as a reverse proxy does when the API behind it is
// down.
func badGateway(w http.ResponseWriter) {
	w.Header().Set("Content-Type", "text/html")
	w.WriteHeader(http.StatusBadGateway)
	io.WriteString(w, "<html><head><title>502 Bad Gateway</title></head><body><center><h1>502 Bad Gateway</h1></center><hr><center>nginx</center></body></html>\n")
}

func faultDescription(code int) string {
	switch code {
	case 429:
		return "Too Many Requests: retry later"
	case 403:
		return "Forbidden: bot was blocked by the user"
	case 500:
		return "Internal Server Error"
	case 502:
		return "Bad Gateway"
	}
	return http.StatusText(code)
}

// takeFault returns the first fault matching call and counts it down. The
// caller holds s.mu.
func (s *Server) takeFault(call Call) *Fault {
	for i, f := range s.faults {
		if (f.Method == "" || f.Method == call.Method) && (f.Chat == 0 || f.Chat == call.Chat) {
			if f.After > 0 {
				f.After--
				continue
			}
			if f.Times > 0 {
				f.Times--
				if f.Times == 0 {
					s.faults = slices.Delete(s.faults, i, i+1)
				}
			}
			return f
		}
	}
	return nil
}

// Observe has f called with every call as it is recorded, for load tests
// that cannot afford Wait's copy of every call on each change. f runs with
// the server's lock held: it must be quick and must not call the server.
func (s *Server) Observe(f func(Call)) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.observe = f
}

// record appends a call; the caller holds s.mu.
func (s *Server) record(c Call) {
	c.Seq = len(s.calls) + 1
	c.At = time.Now()
	s.calls = append(s.calls, c)
	if s.observe != nil {
		s.observe(c)
	}
	s.notify()
}

func drop(w http.ResponseWriter) {
	hj, ok := w.(http.Hijacker)
	if !ok {
		panic("telegramtest: cannot hijack the connection")
	}
	conn, _, err := hj.Hijack()
	if err == nil {
		conn.Close()
	}
}

// apply serves a call that takes effect; the caller holds s.mu.
func (s *Server) apply(c *Call) (any, *apiError) {
	switch c.Method {
	case "getMe":
		return models.User{ID: s.botID, IsBot: true, FirstName: "PIMMS", Username: "pimms_test_bot"}, nil
	case "deleteWebhook", "setWebhook", "sendChatAction", "deleteMyCommands":
		return true, nil
	case "setMyCommands":
		if aerr := checkCommands(c.Params["commands"]); aerr != nil {
			return nil, aerr
		}
		return true, nil
	case "answerCallbackQuery":
		if utf8.RuneCountInString(c.Params["text"]) > MaxCallbackAnswer {
			return nil, &apiError{code: 400, desc: "Bad Request: MESSAGE_TOO_LONG"}
		}
		return true, nil
	case "sendMessage":
		return s.send(c, c.Params["text"], nil)
	case "sendPhoto", "sendDocument":
		field := "photo"
		if c.Method == "sendDocument" {
			field = "document"
		}
		f, ok := c.Files[field]
		if !ok {
			return nil, &apiError{code: 400, desc: "Bad Request: there is no " + field + " in the request"}
		}
		return s.send(c, c.Params["caption"], &f)
	case "editMessageText", "editMessageReplyMarkup":
		return s.edit(c)
	case "getFile":
		f, ok := s.files[c.Params["file_id"]]
		if !ok {
			return nil, &apiError{code: 400, desc: "Bad Request: invalid file_id"}
		}
		return models.File{FileID: c.Params["file_id"], FileUniqueID: "u" + c.Params["file_id"], FileSize: int64(len(f.data)), FilePath: f.path}, nil
	}
	return nil, &apiError{code: 404, desc: "Not Found: method not found"}
}

// send stores a sent message and returns it as Telegram does; the caller
// holds s.mu.
func (s *Server) send(c *Call, htmlText string, f *File) (any, *apiError) {
	m, aerr := s.newMessage(c, htmlText, f)
	if aerr != nil {
		return nil, aerr
	}
	return s.wire(m), nil
}

// edit changes the text or the keyboard of a sent message, refusing an
// edit that changes nothing as Telegram does; the caller holds s.mu.
func (s *Server) edit(c *Call) (any, *apiError) {
	id, _ := strconv.Atoi(c.Params["message_id"])
	var m *Message
	for _, x := range s.messages[c.Chat] {
		if x.ID == id {
			m = x
		}
	}
	if m == nil {
		return nil, &apiError{code: 400, desc: "Bad Request: message to edit not found"}
	}
	kb, aerr := parseKeyboard(c.Params["reply_markup"])
	if aerr != nil {
		return nil, aerr
	}
	if c.Method == "editMessageText" {
		text, ents, aerr := parseText(c.Params["text"], c.Params["parse_mode"])
		if aerr != nil {
			return nil, aerr
		}
		if text == m.Text && reflect.DeepEqual(ents, m.Entities) && reflect.DeepEqual(kb, m.Keyboard) {
			return nil, notModified
		}
		m.HTML, m.Text, m.Entities = c.Params["text"], text, ents
	} else if reflect.DeepEqual(kb, m.Keyboard) || len(kb) == 0 && len(m.Keyboard) == 0 {
		return nil, notModified
	}
	m.Keyboard = kb
	m.Edits++
	c.MessageID = m.ID
	return s.wire(m), nil
}

// notModified is Telegram's answer to an edit that changes nothing.
var notModified = &apiError{code: 400, desc: "Bad Request: message is not modified: specified new message content and reply markup are exactly the same as a current content and reply markup of the message"}

// newMessage stores a sent message; the caller holds s.mu.
func (s *Server) newMessage(c *Call, htmlText string, f *File) (*Message, *apiError) {
	if c.Chat == 0 {
		return nil, &apiError{code: 400, desc: "Bad Request: chat not found"}
	}
	text, ents, aerr := parseText(htmlText, c.Params["parse_mode"])
	if aerr != nil {
		return nil, aerr
	}
	if f == nil && strings.TrimSpace(text) == "" {
		return nil, &apiError{code: 400, desc: "Bad Request: message text is empty"}
	}
	if f != nil && Len16(text) > 1024 {
		return nil, &apiError{code: 400, desc: "Bad Request: message caption is too long"}
	}
	kb, aerr := parseKeyboard(c.Params["reply_markup"])
	if aerr != nil {
		return nil, aerr
	}
	s.nextMsg++
	m := &Message{ID: s.nextMsg, Chat: c.Chat, HTML: htmlText, Text: text, Entities: ents, Keyboard: kb, File: f}
	s.messages[c.Chat] = append(s.messages[c.Chat], m)
	c.MessageID = m.ID
	return m, nil
}

func parseText(src, mode string) (string, []models.MessageEntity, *apiError) {
	text, ents := src, []models.MessageEntity(nil)
	if mode == "HTML" {
		var err error
		text, ents, err = ParseHTML(src)
		if err != nil {
			return "", nil, &apiError{code: 400, desc: "Bad Request: " + err.Error()}
		}
	} else if mode != "" {
		return "", nil, &apiError{code: 400, desc: "Bad Request: unsupported parse_mode " + mode}
	}
	if Len16(text) > MaxText {
		return "", nil, &apiError{code: 400, desc: "Bad Request: message is too long"}
	}
	return text, ents, nil
}

// Limits the server enforces, from the Bot API's documentation.
const (
	MaxCallbackData   = 64  // bytes of an inline button's callback_data (at least 1)
	MaxCopyText       = 256 // characters of a copy_text button's text (at least 1)
	MaxCallbackAnswer = 200 // characters of answerCallbackQuery's text
	MaxCommands       = 100 // commands of setMyCommands
	MaxCommandDesc    = 256 // characters of a command's description (at least 1)
)

// buttonActions are the fields of an InlineKeyboardButton that give it its
// action: the Bot API wants exactly one of them.
var buttonActions = []string{
	"url", "callback_data", "web_app", "login_url", "switch_inline_query",
	"switch_inline_query_current_chat", "switch_inline_query_chosen_chat",
	"copy_text", "callback_game", "pay",
}

// parseKeyboard checks an inline keyboard as the Bot API does (see
// checkButton) and returns it.
func parseKeyboard(raw string) ([][]models.InlineKeyboardButton, *apiError) {
	if raw == "" {
		return nil, nil
	}
	var fields struct {
		InlineKeyboard [][]map[string]json.RawMessage `json:"inline_keyboard"`
	}
	var m models.InlineKeyboardMarkup
	if json.Unmarshal([]byte(raw), &fields) != nil || json.Unmarshal([]byte(raw), &m) != nil {
		return nil, &apiError{code: 400, desc: "Bad Request: can't parse reply keyboard markup JSON object"}
	}
	for _, row := range fields.InlineKeyboard {
		for _, b := range row {
			if aerr := checkButton(b); aerr != nil {
				return nil, aerr
			}
		}
	}
	return m.InlineKeyboard, nil
}

// checkButton checks one inline button, given as its JSON fields: a
// text, exactly one action field (a field set to null counts as absent),
// callback data of 1-64 bytes, a copy_text of 1-256 characters, an
// http(s) or tg URL. The messages are Telegram's, but for a button with
// several actions, which Telegram may serve by picking one: the fake
// refuses it, since the bot never means to send one.
func checkButton(b map[string]json.RawMessage) *apiError {
	var text string
	if json.Unmarshal(b["text"], &text) != nil || text == "" {
		return &apiError{code: 400, desc: "Bad Request: can't parse inline keyboard button: Text buttons are unallowed in the inline keyboard"}
	}
	var actions []string
	for _, name := range buttonActions {
		if v, ok := b[name]; ok && string(v) != "null" {
			actions = append(actions, name)
		}
	}
	if v, ok := b["copy_text"]; ok && string(v) != "null" {
		var ct struct {
			Text string `json:"text"`
		}
		if json.Unmarshal(v, &ct) != nil || ct.Text == "" || utf8.RuneCountInString(ct.Text) > MaxCopyText {
			return &apiError{code: 400, desc: "Bad Request: BUTTON_COPY_TEXT_INVALID"}
		}
	}
	switch {
	case len(actions) == 0:
		return &apiError{code: 400, desc: "Bad Request: can't parse inline keyboard button: Text buttons are unallowed in the inline keyboard"}
	case len(actions) > 1:
		return &apiError{code: 400, desc: "Bad Request: can't parse inline keyboard button: exactly one of " + strings.Join(actions, ", ") + " must be used"}
	}
	if v, ok := b["callback_data"]; ok && string(v) != "null" {
		var data string
		if json.Unmarshal(v, &data) != nil || data == "" || len(data) > MaxCallbackData {
			return &apiError{code: 400, desc: "Bad Request: BUTTON_DATA_INVALID"}
		}
	}
	if v, ok := b["url"]; ok && string(v) != "null" {
		var u string
		if json.Unmarshal(v, &u) != nil || !strings.HasPrefix(u, "https://") && !strings.HasPrefix(u, "http://") && !strings.HasPrefix(u, "tg://") {
			return &apiError{code: 400, desc: "Bad Request: BUTTON_URL_INVALID"}
		}
	}
	return nil
}

// checkCommands checks the commands of setMyCommands: 1 to 100, each of
// 1-32 lowercase letters, digits and underscores, with a description of
// 1-256 characters.
func checkCommands(raw string) *apiError {
	var cmds []models.BotCommand
	if err := json.Unmarshal([]byte(raw), &cmds); err != nil || len(cmds) == 0 || len(cmds) > MaxCommands {
		return &apiError{code: 400, desc: "Bad Request: commands must be non-empty"}
	}
	for _, c := range cmds {
		if c.Command == "" || len(c.Command) > 32 || strings.Trim(c.Command, "abcdefghijklmnopqrstuvwxyz0123456789_") != "" {
			return &apiError{code: 400, desc: "Bad Request: BOT_COMMAND_INVALID"}
		}
		if n := utf8.RuneCountInString(c.Description); n == 0 || n > MaxCommandDesc {
			return &apiError{code: 400, desc: "Bad Request: BOT_COMMAND_DESCRIPTION_INVALID"}
		}
	}
	return nil
}

// wire returns a message as the API answers it.
func (s *Server) wire(m *Message) models.Message {
	out := models.Message{
		ID: m.ID, Date: int(time.Now().Unix()), Chat: models.Chat{ID: m.Chat, Type: models.ChatTypePrivate},
		From: &models.User{ID: s.botID, IsBot: true, FirstName: "PIMMS"},
	}
	if m.File != nil {
		out.Caption, out.CaptionEntities = m.Text, m.Entities
		out.Document = &models.Document{FileID: "sent-" + strconv.Itoa(m.ID), FileUniqueID: "su" + strconv.Itoa(m.ID), FileName: m.File.Name}
	} else {
		out.Text, out.Entities = m.Text, m.Entities
	}
	if m.Keyboard != nil {
		out.ReplyMarkup = &models.InlineKeyboardMarkup{InlineKeyboard: m.Keyboard}
	}
	return out
}

func (s *Server) getUpdates(w http.ResponseWriter, r *http.Request, call Call) {
	offset, _ := strconv.ParseInt(call.Params["offset"], 10, 64)
	timeout, _ := strconv.Atoi(call.Params["timeout"])
	wait := min(time.Duration(timeout)*time.Second, time.Second)
	s.mu.Lock()
	s.offsets = append(s.offsets, offset)
	f := s.takeFault(call)
	if f != nil {
		call.Fault = "drop"
		if !f.Drop {
			call.Fault = strconv.Itoa(f.Code)
		}
	}
	s.record(call)
	if f != nil {
		s.mu.Unlock()
		if f.Drop {
			drop(w)
			return
		}
		resp := map[string]any{"ok": false, "error_code": f.Code, "description": faultDescription(f.Code)}
		if f.RetryAfter > 0 {
			resp["parameters"] = map[string]any{"retry_after": f.RetryAfter}
		}
		writeJSON(w, resp)
		return
	}
	// Confirm the updates below offset, as Telegram does (those pushed
	// again once they were served).
	s.updates = slices.DeleteFunc(s.updates, func(q queued) bool {
		if q.again {
			return q.served
		}
		return offset > 0 && q.id < offset
	})
	timer := time.NewTimer(wait)
	defer timer.Stop()
	for len(s.updates) == 0 {
		ch := s.changed
		s.mu.Unlock()
		select {
		case <-ch:
		case <-timer.C:
			writeJSON(w, map[string]any{"ok": true, "result": []any{}})
			return
		case <-r.Context().Done():
			return
		}
		s.mu.Lock()
	}
	var batch []json.RawMessage
	for i := range s.updates[:min(len(s.updates), 100)] {
		s.updates[i].served = true
		batch = append(batch, s.updates[i].raw)
	}
	s.mu.Unlock()
	writeJSON(w, map[string]any{"ok": true, "result": batch})
}

func (s *Server) serveFile(w http.ResponseWriter, r *http.Request) {
	if r.PathValue("bot") != "bot"+s.Token {
		http.Error(w, "Unauthorized", http.StatusUnauthorized)
		return
	}
	path := r.PathValue("path")
	s.mu.Lock()
	var data []byte
	found := false
	for _, f := range s.files {
		if f.path == path {
			data, found = f.data, true
		}
	}
	if found {
		s.download = append(s.download, path)
		s.notify()
	}
	s.mu.Unlock()
	if !found {
		http.NotFound(w, r)
		return
	}
	w.Header().Set("Content-Type", "application/octet-stream")
	w.Write(data)
}

func writeJSON(w http.ResponseWriter, v any) {
	w.Header().Set("Content-Type", "application/json")
	if err := json.NewEncoder(w).Encode(v); err != nil {
		http.Error(w, err.Error(), http.StatusInternalServerError)
	}
}
