package telegram_test

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"slices"
	"strings"
	"sync"
	"sync/atomic"
	"testing"

	"pimmsbot/internal/bolt"
	"pimmsbot/internal/conversation"
	"pimmsbot/internal/telegram"
	"pimmsbot/internal/telegram/telegramtest"
)

// flaky wraps the service and fails the events of chosen updates, as a
// store that cannot write would, before anything is committed.
type flaky struct {
	mu       sync.Mutex
	next     telegram.Service
	fail     map[int64]int // update id → failures left, -1 for ever
	code     string
	attempts map[int64]int
	// onPass, if set, is called when an update's event is passed on to
	// the service.
	onPass func(id int64)
}

func newFlaky(code string) *flaky {
	return &flaky{fail: map[int64]int{}, attempts: map[int64]int{}, code: code}
}

func (f *flaky) wrap(next telegram.Service) telegram.Service {
	f.mu.Lock()
	defer f.mu.Unlock()
	f.next = next
	return f
}

func (f *flaky) set(id int64, failures int) {
	f.mu.Lock()
	defer f.mu.Unlock()
	f.fail[id] = failures
}

func (f *flaky) tries(id int64) int {
	f.mu.Lock()
	defer f.mu.Unlock()
	return f.attempts[id]
}

// ResidentBlocked is passed on: only the events of updates fail.
func (f *flaky) ResidentBlocked(ctx context.Context, resident string) {
	f.mu.Lock()
	next := f.next
	f.mu.Unlock()
	next.ResidentBlocked(ctx, resident)
}

func (f *flaky) HandleResident(ctx context.Context, in conversation.Incoming) error {
	var id int64
	if in.Update != nil {
		id = in.Update.ID
	}
	f.mu.Lock()
	f.attempts[id]++
	n, next, onPass := f.fail[id], f.next, f.onPass
	if n > 0 {
		f.fail[id]--
	}
	f.mu.Unlock()
	if n != 0 {
		return conversation.Errorf(f.code, "store failing for update %d", id)
	}
	if onPass != nil {
		onPass(id)
	}
	return next.HandleResident(ctx, in)
}

// storedFromResident returns what the store holds of what chat wrote.
func storedFromResident(t testing.TB, store *bolt.Store, chat int64) []string {
	t.Helper()
	ctx := context.Background()
	r, err := store.Resident(ctx, telegram.Resident(chat))
	if conversation.ErrorCode(err) == conversation.ENOTFOUND {
		return nil
	}
	if err != nil {
		t.Fatal(err)
	}
	msgs, err := store.Messages(ctx, r.Conversation)
	if err != nil {
		t.Fatal(err)
	}
	var out []string
	for _, m := range msgs {
		if m.From == conversation.FromResident {
			out = append(out, m.Text)
		}
	}
	return out
}

// waitConfirmed waits until a getUpdates confirmed the updates up to id.
func waitConfirmed(t testing.TB, srv *telegramtest.Server, id int64) {
	t.Helper()
	srv.Wait(t, fmt.Sprintf("the confirmation of update %d", id), func([]telegramtest.Call) bool {
		offs := srv.Offsets()
		return len(offs) > 0 && slices.Max(offs) > id
	})
}

// inbox returns the updates of the store's inbox, received and not
// handled.
func inbox(t testing.TB, store *bolt.Store) []int64 {
	t.Helper()
	_, raws, err := store.Received(context.Background(), "telegram")
	if err != nil {
		t.Fatal(err)
	}
	var ids []int64
	for _, raw := range raws {
		var u struct {
			ID int64 `json:"update_id"`
		}
		if err := json.Unmarshal(raw, &u); err != nil {
			t.Fatal(err)
		}
		ids = append(ids, u.ID)
	}
	return ids
}

// The process dies after an update was stored and confirmed to Telegram,
// but before its event was committed: the update waits in the inbox, and
// takes effect after the restart, once. (Before the update id was
// committed with the event, the update was recorded as seen first, and
// such an update was lost.)
func TestUpdateNotCommittedBeforeCrashIsNotLost(t *testing.T) {
	f := newFlaky(conversation.ETEMPORARY)
	h := newWrappedHarness(t, f.wrap)
	const other = 43
	x := telegramtest.Text(chat, "/horaires")
	x.ID = 5000
	f.set(5000, -1) // the store cannot commit its event
	h.srv.Push(x, telegramtest.Text(other, "/aide"))

	// Other chats go on; the update is retried, and kept in the inbox.
	h.srv.WaitMessages(t, other, 1)
	waitFor(t, "retries", func() bool { return f.tries(5000) >= 3 })
	if got := storedFromResident(t, h.store, chat); len(got) != 0 {
		t.Fatalf("stored %q", got)
	}
	waitFor(t, "the other chat's update handled", func() bool { return slices.Equal(inbox(t, h.store), []int64{5000}) })

	// The process dies (the retries give up at shutdown).
	h.stop()
	f.set(5000, 0)
	h.start()
	msgs := h.srv.WaitMessages(t, chat, 1)
	if !strings.Contains(msgs[0].Text, "Les horaires") {
		t.Errorf("messages:\n%s", formatMessages(msgs))
	}
	waitFor(t, "the inbox emptied", func() bool { return len(inbox(t, h.store)) == 0 })
	if got := storedFromResident(t, h.store, chat); !slices.Equal(got, []string{"/horaires"}) {
		t.Errorf("stored %q, want the command once", got)
	}
	if n := len(h.srv.Messages(other)); n != 1 {
		t.Errorf("other chat got %d replies, want 1:\n%s", n, formatMessages(h.srv.Messages(other)))
	}
	if got := storedFromResident(t, h.store, other); !slices.Equal(got, []string{"/aide"}) {
		t.Errorf("other chat: stored %q, want the command once", got)
	}
}

// An event that cannot be stored for a while is retried in its chat's
// turn, and the chat's next update waits for it; Telegram is not kept
// waiting meanwhile: the update is confirmed once in the inbox.
func TestUpdateRetriedUntilCommitted(t *testing.T) {
	f := newFlaky(conversation.ETEMPORARY)
	h := newWrappedHarness(t, f.wrap)
	release := make(chan struct{})
	f.mu.Lock()
	f.onPass = func(id int64) {
		if id == 5000 {
			<-release
		}
	}
	f.mu.Unlock()
	f.set(5000, 2)
	x := telegramtest.Text(chat, "/horaires")
	x.ID = 5000
	h.srv.Push(x, telegramtest.Text(chat, "/aide"))
	waitConfirmed(t, h.srv, 5001) // while the event of 5000 is not stored
	close(release)
	msgs := h.srv.WaitMessages(t, chat, 2)
	if !strings.Contains(msgs[0].Text, "Les horaires") || !strings.Contains(msgs[1].Text, "Je réponds aux questions") {
		t.Errorf("messages out of order:\n%s", formatMessages(msgs))
	}
	if n := f.tries(5000); n != 3 {
		t.Errorf("%d attempts, want 3", n)
	}
	if got := storedFromResident(t, h.store, chat); !slices.Equal(got, []string{"/horaires", "/aide"}) {
		t.Errorf("stored %q", got)
	}
}

// An event the service refuses for good is confirmed without effect:
// retrying cannot change it, and it must not stop the bot.
func TestUpdateRefusedForGoodIsConfirmed(t *testing.T) {
	f := newFlaky(conversation.EINVALID)
	h := newWrappedHarness(t, f.wrap)
	f.set(5000, -1)
	x := telegramtest.Text(chat, "/horaires")
	x.ID = 5000
	h.srv.Push(x)
	waitConfirmed(t, h.srv, 5000)
	msgs := h.say(chat, "/aide", 1)
	if len(msgs) != 1 || !strings.Contains(msgs[0].Text, "Je réponds aux questions") {
		t.Errorf("messages:\n%s", formatMessages(msgs))
	}
	if n := f.tries(5000); n != 1 {
		t.Errorf("%d attempts, want 1", n)
	}
}

// failingLog is a store whose inbox cannot be written while fail is set.
type failingLog struct {
	*bolt.Store
	fail atomic.Bool
}

func (l *failingLog) Receive(ctx context.Context, channel string, updates [][]byte, offset int64) ([]uint64, error) {
	if l.fail.Load() {
		return nil, errors.New("disk full")
	}
	return l.Store.Receive(ctx, channel, updates, offset)
}

// In webhook mode, Telegram is answered 200 once the update is stored in
// the inbox, without waiting for its event: 503 only while the inbox
// cannot be written. The event is retried until stored, and the copy
// Telegram sends again is a duplicate.
func TestWebhookAnswers200OnceStored(t *testing.T) {
	const secret = "s3cret"
	ctx := context.Background()
	log := &failingLog{}
	srv, store, ch, svc := webhookChannelWith(t, secret, "https://bot.example.org/tg", func(s *bolt.Store) telegram.UpdateLog {
		log.Store = s
		return log
	})
	f := newFlaky(conversation.ETEMPORARY)
	hook := httptestServer(t, ch.Webhook(f.wrap(svc)))
	post := func() int {
		t.Helper()
		body := `{"update_id":77,"message":{"message_id":1,"date":1700000000,"chat":{"id":42,"type":"private"},"from":{"id":42,"is_bot":false,"first_name":"Awa"},"text":"/aide","entities":[{"type":"bot_command","offset":0,"length":5}]}}`
		req, _ := http.NewRequest(http.MethodPost, hook, strings.NewReader(body))
		req.Header.Set(telegram.SecretHeader, secret)
		resp, err := http.DefaultClient.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		io.Copy(io.Discard, resp.Body)
		resp.Body.Close()
		return resp.StatusCode
	}
	log.fail.Store(true)
	if code := post(); code != http.StatusServiceUnavailable {
		t.Fatalf("while the inbox cannot be written: status %d, want 503", code)
	}
	log.fail.Store(false)
	f.set(77, 2) // its event cannot be stored at first
	if code := post(); code != http.StatusOK {
		t.Fatalf("once stored: status %d, want 200", code)
	}
	srv.WaitMessages(t, chat, 1)
	if code := post(); code != http.StatusOK {
		t.Fatalf("the copy: status %d, want 200", code)
	}
	if err := ch.Drain(ctx); err != nil {
		t.Fatal(err)
	}
	if n := len(srv.Messages(chat)); n != 1 {
		t.Errorf("%d replies, want 1:\n%s", n, formatMessages(srv.Messages(chat)))
	}
	if n := f.tries(77); n != 4 {
		t.Errorf("%d attempts, want 4 (2 failed, 1 stored, 1 duplicate)", n)
	}
	if got := storedFromResident(t, store, chat); !slices.Equal(got, []string{"/aide"}) {
		t.Errorf("stored %q, want the command once", got)
	}
	if ids := inbox(t, store); len(ids) != 0 {
		t.Errorf("inbox after drain: %v", ids)
	}
}
