package telegram

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net"
	"net/http"
	"net/url"
	"slices"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/go-telegram/bot"
	"github.com/go-telegram/bot/models"

	"pimmsbot/internal/conversation"
	"pimmsbot/internal/markup"
	"pimmsbot/internal/telegram/telegramtest"
)

func TestRenderSplit(t *testing.T) {
	para := func(c string, n int) string { return strings.Repeat(c, n) }
	words := strings.TrimSpace(strings.Repeat("mot & <autre> ", 700)) // one 9800-character line
	for _, tc := range []struct {
		name, text string
		parts      int
	}{
		{"short", "Bonjour **vous** : [caf.fr](https://www.caf.fr)", 1},
		{"empty", "", 0},
		{"paragraphs", para("a", 3000) + "\n\n" + para("b", 3000) + "\n\n" + para("c", 100), 2},
		{"lines of one paragraph", para("a", 3000) + "\n" + para("b", 3000), 2},
		{"one long line", words, 3},
		{"escaping does not count", strings.Repeat("&", 4000), 1},
		{"no spaces", para("x", 9000), 3},
		{"emoji count twice", para("😀", 3000), 2},
		{"bold across the cut", "**" + para("g", 5000) + "**", 2},
		{"not markup", "a * b [c] < & > " + para("d", 5000), 2},
	} {
		t.Run(tc.name, func(t *testing.T) {
			parts := render(tc.text, MaxMessage)
			if len(parts) != tc.parts {
				t.Fatalf("%d parts, want %d", len(parts), tc.parts)
			}
			var shown []string
			for i, p := range parts {
				text, _, err := telegramtest.ParseHTML(p)
				if err != nil {
					t.Fatalf("part %d is not valid Telegram HTML: %v", i, err)
				}
				if n := telegramtest.Len16(text); n > MaxMessage {
					t.Errorf("part %d has %d characters", i, n)
				}
				shown = append(shown, text)
			}
			want := tc.text
			if doc, err := markup.Parse(tc.text); err == nil {
				want = doc.Plain()
			}
			got := strings.Join(shown, "")
			if strip(got) != strip(want) {
				t.Errorf("the parts do not show the text:\n got %.80q…\nwant %.80q…", got, want)
			}
		})
	}
}

// strip drops the whitespace, which the split may move between parts,
// and the link addresses Plain adds.
func strip(s string) string {
	s = strings.ReplaceAll(s, " (https://www.caf.fr)", "")
	return strings.Join(strings.Fields(s), "")
}

func TestRenderEscapesEverything(t *testing.T) {
	for _, s := range []string{
		"<b>gras</b>", "a & b", "<script>alert(1)</script>", "&amp; &lt;", `"quoted"`,
		"**non fermé", "[lien](javascript:alert(1))", "\xff\xfe invalide", "a <\n\n> b",
	} {
		for _, p := range render(s, MaxMessage) {
			if _, _, err := telegramtest.ParseHTML(p); err != nil {
				t.Errorf("render(%q) = %q: %v", s, p, err)
			}
			if strings.Contains(p, "<script") || strings.Contains(p, "javascript:") && strings.Contains(p, "href") {
				t.Errorf("render(%q) = %q", s, p)
			}
		}
	}
}

func TestEntitiesHTMLRoundTrip(t *testing.T) {
	for _, src := range []string{
		"plain &amp; &lt;text&gt;",
		"<b>Bonjour</b> et <a href=\"https://www.caf.fr/a?b=1&amp;c=2\">caf.fr</a>",
		"<b>gras <a href=\"https://x.fr\">lien 😀</a></b> fin",
		"😀 <b>émoji</b> <i>it</i> <u>u</u> <s>s</s> <code>c</code>",
		"<b>a</b><b>b</b>",
	} {
		text, ents, err := telegramtest.ParseHTML(src)
		if err != nil {
			t.Fatalf("%q: %v", src, err)
		}
		html := entitiesHTML(text, ents)
		text2, ents2, err := telegramtest.ParseHTML(html)
		if err != nil {
			t.Fatalf("entitiesHTML(%q) = %q: %v", src, html, err)
		}
		if text2 != text || fmt.Sprint(ents2) != fmt.Sprint(ents) {
			t.Errorf("round trip of %q: %q %v, want %q %v", src, text2, ents2, text, ents)
		}
	}
	// Bad entities are ignored, never break the HTML.
	html := entitiesHTML("abc", []models.MessageEntity{{Type: "bold", Offset: 2, Length: 9}, {Type: "italic", Offset: 0, Length: 2}, {Type: "bold", Offset: 1, Length: 2}})
	if _, _, err := telegramtest.ParseHTML(html); err != nil {
		t.Errorf("overlapping entities gave %q: %v", html, err)
	}
}

func TestCallbackSignature(t *testing.T) {
	key := callbackKey(telegramtest.Token)
	data, ok := signAction(key, 42, "fb1:impots-taxe-fonciere-habitation")
	if !ok || len(data) > 64 {
		t.Fatalf("sign: %q %v", data, ok)
	}
	if a, ok := verifyAction(key, 42, data); !ok || a != "fb1:impots-taxe-fonciere-habitation" {
		t.Errorf("verify = %q %v", a, ok)
	}
	for name, tc := range map[string]struct {
		chat int64
		data string
		key  []byte
	}{
		"other chat":     {43, data, key},
		"other token":    {42, data, callbackKey("999:other")},
		"changed action": {42, data[:sigLen] + "human", key},
		"no signature":   {42, "human", key},
		"empty":          {42, "", key},
		"too long":       {42, data + strings.Repeat("x", 64), key},
	} {
		if a, ok := verifyAction(tc.key, tc.chat, tc.data); ok {
			t.Errorf("%s: accepted as %q", name, a)
		}
	}
	if _, ok := signAction(key, 42, strings.Repeat("x", MaxAction+1)); ok {
		t.Error("an action too long was signed")
	}
}

func TestErrorCodes(t *testing.T) {
	for _, tc := range []struct {
		err   error
		code  string
		retry time.Duration
	}{
		{fmt.Errorf("%w, Forbidden: bot was blocked by the user", bot.ErrorForbidden), conversation.EBLOCKED, 0},
		{&bot.TooManyRequestsError{Message: "too many requests", RetryAfter: 7}, conversation.ETEMPORARY, 7 * time.Second},
		{fmt.Errorf("wrapped: %w", &bot.TooManyRequestsError{RetryAfter: 3}), conversation.ETEMPORARY, 3 * time.Second},
		{fmt.Errorf("%w, Bad Request: message is too long", bot.ErrorBadRequest), conversation.EINVALID, 0},
		{fmt.Errorf("%w, Unauthorized", bot.ErrorUnauthorized), conversation.EINVALID, 0},
		{errors.New("error response from telegram for method sendMessage, 500 Internal Server Error"), conversation.ETEMPORARY, 0},
		{errors.New("error response from telegram for method sendMessage, 502 Bad Gateway"), conversation.ETEMPORARY, 0},
		{errors.New("error response from telegram for method sendMessage, 418 I'm a teapot"), conversation.EINVALID, 0},
		{fmt.Errorf("error do request for method sendMessage, %w", &url.Error{Op: "Post", URL: "x", Err: errors.New("EOF")}), conversation.ETEMPORARY, 0},
		{fmt.Errorf("error do request, %w", &net.OpError{Op: "dial", Err: errors.New("connection refused")}), conversation.ETEMPORARY, 0},
		{fmt.Errorf("x: %w", context.DeadlineExceeded), conversation.ETEMPORARY, 0},
		{errors.New("error decode response body for method sendMessage, <html>502</html>, invalid character"), conversation.ETEMPORARY, 0},
	} {
		err := apiError("sendMessage", tc.err)
		if code := conversation.ErrorCode(err); code != tc.code {
			t.Errorf("%v: code %s, want %s", tc.err, code, tc.code)
		}
		if ra := conversation.RetryAfter(err); ra != tc.retry {
			t.Errorf("%v: retry after %v, want %v", tc.err, ra, tc.retry)
		}
	}
	msg := apiError("getUpdates", errors.New(`error decode response body for method getUpdates, {"text":"mon mot de passe"}, bad`)).Error()
	if strings.Contains(msg, "mot de passe") {
		t.Errorf("a resident's text in the error: %s", msg)
	}
}

func TestLimiter(t *testing.T) {
	now := time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)
	l := newLimiter(Limits{Global: 30, GlobalBurst: 30, PerChat: 1, PerChatBurst: 3, MaxWait: 10 * time.Second}, func() time.Time { return now })
	var waits []time.Duration
	for range 5 {
		d, err := l.reserve(1)
		if err != nil {
			t.Fatal(err)
		}
		waits = append(waits, d)
	}
	want := []time.Duration{0, 0, 0, time.Second, 2 * time.Second}
	if fmt.Sprint(waits) != fmt.Sprint(want) {
		t.Errorf("waits in one chat = %v, want %v", waits, want)
	}
	// Other chats share the global budget only.
	for i := range 25 {
		if d, _ := l.reserve(int64(100 + i)); d != 0 {
			t.Fatalf("chat %d waits %v", 100+i, d)
		}
	}
	if d, _ := l.reserve(200); d <= 0 {
		t.Errorf("the 31st message of the second waits %v, want > 0", d)
	}
	// A 429 blocks the chat; beyond MaxWait, Send is told to retry later.
	l.backoff(7, 30*time.Second)
	_, err := l.reserve(7)
	if conversation.ErrorCode(err) != conversation.ETEMPORARY || conversation.RetryAfter(err) != 30*time.Second {
		t.Errorf("during a 429 wait: %v", err)
	}
	now = now.Add(31 * time.Second)
	if _, err := l.reserve(7); err != nil {
		t.Errorf("after the 429 wait: %v", err)
	}
	// No limits: never waits.
	free := newLimiter(NoLimits, time.Now)
	for range 100 {
		if d, err := free.reserve(1); d != 0 || err != nil {
			t.Fatalf("no limits: %v %v", d, err)
		}
	}
}

// memLog is an in-memory UpdateLog.
type memLog struct {
	mu     sync.Mutex
	seen   map[int64]bool
	offset int64
	inbox  map[uint64][]byte
	seq    uint64
	fail   error // returned by Receive when set
}

func newMemLog() *memLog { return &memLog{seen: map[int64]bool{}, inbox: map[uint64][]byte{}} }

func (m *memLog) SeenUpdate(_ context.Context, _ string, id int64) (bool, error) {
	m.mu.Lock()
	defer m.mu.Unlock()
	if m.seen[id] {
		return false, nil
	}
	m.seen[id] = true
	return true, nil
}

func (m *memLog) Offset(context.Context, string) (int64, error) {
	m.mu.Lock()
	defer m.mu.Unlock()
	return m.offset, nil
}

func (m *memLog) Receive(_ context.Context, _ string, updates [][]byte, offset int64) ([]uint64, error) {
	m.mu.Lock()
	defer m.mu.Unlock()
	if m.fail != nil {
		return nil, m.fail
	}
	var keys []uint64
	for _, u := range updates {
		m.seq++
		m.inbox[m.seq] = u
		keys = append(keys, m.seq)
	}
	if offset != 0 {
		m.offset = offset
	}
	return keys, nil
}

func (m *memLog) Received(context.Context, string) ([]uint64, [][]byte, error) {
	m.mu.Lock()
	defer m.mu.Unlock()
	var keys []uint64
	for k := range m.inbox {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	var raws [][]byte
	for _, k := range keys {
		raws = append(raws, m.inbox[k])
	}
	return keys, raws, nil
}

func (m *memLog) Handled(_ context.Context, _ string, keys ...uint64) error {
	m.mu.Lock()
	defer m.mu.Unlock()
	for _, k := range keys {
		delete(m.inbox, k)
	}
	return nil
}

// answers is a bot.HttpClient that answers each request with the next
// body.
type answers struct{ bodies []string }

func (a *answers) Do(*http.Request) (*http.Response, error) {
	body := a.bodies[0]
	a.bodies = a.bodies[1:]
	return &http.Response{StatusCode: 200, Header: http.Header{}, Body: io.NopCloser(strings.NewReader(body))}, nil
}

func getUpdates(t *testing.T, g *pollGate, ctx context.Context) error {
	t.Helper()
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, "http://x/bot1:t/getUpdates", nil)
	if err != nil {
		t.Fatal(err)
	}
	resp, err := g.Do(req)
	if err == nil {
		resp.Body.Close()
	}
	return err
}

// The gate stores each batch of updates, with the next offset, before the
// client sees it: the client's next getUpdates confirms them to Telegram
// without waiting for them to be handled.
func TestPollGate(t *testing.T) {
	log := newMemLog()
	now := time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)
	next := &answers{bodies: []string{
		`{"ok":true,"result":[{"update_id":5},{"update_id":9},{"update_id":6}]}`,
		`{"ok":true,"result":[{"update_id":7}]}`,
		`{"ok":true,"result":[{"update_id":7}]}`,
		`{"ok":false,"error_code":429,"description":"Too Many Requests","parameters":{"retry_after":30}}`,
		`{"ok":true,"result":[]}`,
	}}
	g := newPollGate(next, log, discard(), func() time.Time { return now })
	ctx := context.Background()
	if err := getUpdates(t, g, ctx); err != nil {
		t.Fatal(err)
	}
	if log.offset != 7 {
		t.Errorf("offset %d, want 7 (after the last update of the batch, as the client asks)", log.offset)
	}
	keys, raws, _ := log.Received(ctx, DefaultName)
	if len(keys) != 3 || string(raws[1]) != `{"update_id":9}` {
		t.Errorf("inbox %v %q", keys, raws)
	}
	for i, id := range []int64{5, 9, 6} {
		if k, ok := g.take(id); !ok || k != keys[i] {
			t.Errorf("key of update %d: %d %v, want %d", id, k, ok, keys[i])
		}
	}

	// A batch that cannot be stored is not handed to the client, which
	// asks for it again.
	log.fail = errors.New("disk full")
	if err := getUpdates(t, g, ctx); err == nil {
		t.Error("a batch not stored was handed to the client")
	}
	if _, ok := g.take(7); ok {
		t.Error("a batch not stored has keys")
	}
	log.fail = nil
	if err := getUpdates(t, g, ctx); err != nil {
		t.Fatal(err)
	}
	if _, ok := g.take(7); !ok || log.offset != 8 {
		t.Errorf("update 7 not stored, offset %d", log.offset)
	}

	// A 429 on getUpdates: the next one waits for retry_after.
	if err := getUpdates(t, g, ctx); err != nil {
		t.Fatal(err)
	}
	cancelled, cancel := context.WithCancel(ctx)
	cancel()
	if err := getUpdates(t, g, cancelled); err == nil {
		t.Fatal("getUpdates let through before retry_after")
	}
	now = now.Add(30 * time.Second)
	if err := getUpdates(t, g, ctx); err != nil {
		t.Errorf("after retry_after: %v", err)
	}
}

// An update the client cannot decode (or null) would fail every
// getUpdates, or crash the client: the gate passes on its bare id, which
// moves the offset past it.
func TestPollGateUnreadableUpdate(t *testing.T) {
	g := newPollGate(nil, newMemLog(), discard(), time.Now)
	body, stored, _ := g.observe([]byte(`{"ok":true,"result":[{"update_id":5,"message":{"message_id":1,"date":1,"chat":{"id":1,"type":"private"},"text":"a"}},` +
		`{"update_id":6,"message":{"message_id":"x"}},null,{"update_id":"7"},{"update_id":8}]}`))
	var r struct {
		Result []*models.Update `json:"result"`
	}
	if err := json.Unmarshal(body, &r); err != nil {
		t.Fatalf("the client cannot decode %s: %v", body, err)
	}
	var ids []int64
	for _, u := range r.Result {
		if u == nil {
			t.Fatalf("null update passed on: %s", body)
		}
		ids = append(ids, u.ID)
	}
	if !slices.Equal(ids, []int64{5, 6, 8}) || r.Result[0].Message == nil || r.Result[1].Message != nil {
		t.Errorf("updates passed on: %s", body)
	}
	if !slices.Equal(stored, []int64{5, 6, 8}) {
		t.Errorf("ids to store %v, want [5 6 8]", stored)
	}
	// A readable answer is passed on as it came.
	in := []byte(`{"ok":true,"result":[{"update_id":9}]}`)
	if out, _, _ := g.observe(in); !bytes.Equal(out, in) {
		t.Errorf("rewrote %s as %s", in, out)
	}
}

func TestDispatcherOrder(t *testing.T) {
	var mu sync.Mutex
	got := map[int64][]int64{}
	gate := make(chan struct{})
	d := newDispatcher(func(_ context.Context, j *job) bool {
		<-gate
		mu.Lock()
		got[j.upd.Message.Chat.ID] = append(got[j.upd.Message.Chat.ID], j.upd.ID)
		mu.Unlock()
		j.settle()
		return true
	}, 256)
	var settled atomic.Int32
	for i := range 200 {
		chat := int64(i % 7)
		j := &job{upd: &models.Update{ID: int64(i), Message: &models.Message{Chat: models.Chat{ID: chat}}}, settle: func() { settled.Add(1) }}
		if !d.push(context.Background(), chat, j) {
			t.Fatal("push refused")
		}
		if i == 100 {
			close(gate) // the first ones queued, the next ones pushed while running
		}
	}
	if err := d.close(context.Background()); err != nil {
		t.Fatal(err)
	}
	for chat, ids := range got {
		for i := 1; i < len(ids); i++ {
			if ids[i] < ids[i-1] {
				t.Fatalf("chat %d handled %v", chat, ids)
			}
		}
	}
	if n := settled.Load(); n != 200 {
		t.Errorf("%d jobs settled, want 200", n)
	}
	if d.push(context.Background(), 1, &job{}) {
		t.Error("push accepted after close")
	}
}

// A job left unsettled at shutdown holds its chat's later jobs, so that
// Telegram delivers them again in order; other chats go on.
func TestDispatcherHoldsChatAfterUnsettled(t *testing.T) {
	var mu sync.Mutex
	var ran []int64
	d := newDispatcher(func(_ context.Context, j *job) bool {
		mu.Lock()
		ran = append(ran, j.upd.ID)
		mu.Unlock()
		return j.upd.ID != 2 // update 2 could not be stored
	}, 16)
	for i, chat := range []int64{1, 1, 1, 2} {
		d.push(context.Background(), chat, &job{upd: &models.Update{ID: int64(i + 1)}})
	}
	d.close(context.Background())
	slices.Sort(ran)
	if !slices.Equal(ran, []int64{1, 2, 4}) {
		t.Errorf("ran %v, want [1 2 4]: update 3 of the same chat must wait for 2", ran)
	}
}

func discard() *slog.Logger { return slog.New(slog.DiscardHandler) }
