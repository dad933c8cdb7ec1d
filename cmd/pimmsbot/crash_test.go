package main

import (
	"context"
	"encoding/json"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"slices"
	"strconv"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"pimmsbot/internal/bolt"
	"pimmsbot/internal/conversation"
	"pimmsbot/internal/telegram"
	"pimmsbot/internal/telegram/telegramtest"
)

// TestCrash runs pimmsbot serve as a child process against the fake Bot
// API, feeds it a steady load of messages from many chats, kills it with
// SIGKILL in the middle, checks the database the killed process left, and
// restarts it on the same database, until the load is done. Then:
//
//   - at each kill, every update Telegram saw confirmed (a getUpdates
//     offset past it) is stored as a message or waits in the inbox (the
//     next start handles it), and every reply stored is
//     either delivered or still in the outbox; bbolt's Check passes;
//   - at the end, every update is stored exactly once, in its chat's
//     order; the outbox is empty (what it held was delivered after the
//     restart); replies delivered twice are counted and reported (Telegram
//     has no idempotency key: a reply sent just before the kill, not yet
//     marked delivered, is sent again).
//
// go test runs one kill over about a second of load (less with -short).
// PIMMS_CRASH_TEST=30s runs 30 seconds of load with a kill every 3 s (each
// run lives long enough for the service to retry its outbox, every 2 s);
// PIMMS_CRASH_RATE sets the messages per second (500 by default).
func TestCrash(t *testing.T) {
	load, every, rate := 1200*time.Millisecond, 600*time.Millisecond, 500
	if testing.Short() {
		load, every = 600*time.Millisecond, 300*time.Millisecond
	}
	if v := os.Getenv("PIMMS_CRASH_TEST"); v != "" {
		d, err := time.ParseDuration(v)
		if err != nil {
			t.Fatalf("PIMMS_CRASH_TEST=%q: want a duration such as 30s", v)
		}
		load, every = d, 3*time.Second
	}
	if v := os.Getenv("PIMMS_CRASH_RATE"); v != "" {
		n, err := strconv.Atoi(v)
		if err != nil || n <= 0 {
			t.Fatalf("PIMMS_CRASH_RATE=%q: want messages per second", v)
		}
		rate = n
	}
	const chats = 40

	dir := t.TempDir()
	bin := crashBuild(t, dir)
	srv := telegramtest.NewServer(t)
	db := filepath.Join(dir, "pimmsbot.db")
	child := &crashChild{t: t, bin: bin, log: filepath.Join(dir, "serve.log"), env: []string{
		"PATH=" + os.Getenv("PATH"), "HOME=" + dir, "TZ=UTC",
		"TELEGRAM_BOT_TOKEN=" + telegramtest.Token, "TELEGRAM_API_URL=" + srv.URL,
		"TELEGRAM_RATE_GLOBAL=0", "TELEGRAM_RATE_PER_CHAT=0",
		"PIMMS_DB=" + db, "PIMMS_HTTP_ADDR=off", "PIMMS_ADMIN_SOCKET=off",
		"PIMMS_LOG_LEVEL=warn", "PIMMS_SHUTDOWN_TIMEOUT=5s",
	}}
	began := time.Now()
	child.start()

	// The load: one message every 1/rate s, the chats in turn, each text
	// unique so that the database shows which update it came from.
	var mu sync.Mutex
	texts := map[int64]string{} // update id → text
	chatOf := map[int64]int64{}
	stop := make(chan struct{})
	loadDone := make(chan struct{})
	go func() {
		defer close(loadDone)
		tick := time.NewTicker(time.Second / time.Duration(rate))
		defer tick.Stop()
		for k := 0; ; k++ {
			select {
			case <-stop:
				return
			case <-tick.C:
			}
			chat := int64(1000 + k%chats)
			text := fmt.Sprintf("merci %d", 100000+k)
			ids := srv.Push(telegramtest.Text(chat, text))
			mu.Lock()
			texts[ids[0]], chatOf[ids[0]] = text, chat
			mu.Unlock()
		}
	}()

	var kills []crashKillReport
	deadline := began.Add(load)
	for len(kills) == 0 || time.Until(deadline) > every {
		time.Sleep(every)
		child.kill()
		time.Sleep(50 * time.Millisecond) // let a request sent before the kill land
		mu.Lock()
		pushed := crashSnapshot(texts, chatOf)
		mu.Unlock()
		kills = append(kills, crashCheckAfterKill(t, db, srv, pushed))
		child.start()
	}
	time.Sleep(time.Until(deadline))
	close(stop)
	<-loadDone
	mu.Lock()
	pushed := crashSnapshot(texts, chatOf)
	mu.Unlock()

	// Let the last run take every update and deliver the outbox (retried
	// every 2 s after a start), then stop it cleanly.
	lastID := slices.Max(pushed.ids())
	crashWaitUntil(t, 20*time.Second, "every update confirmed", func() bool {
		offs := srv.Offsets()
		return len(offs) > 0 && slices.Max(offs) > lastID
	})
	// One reply each ("merci" is answered in one message); crashCheckFinal
	// compares with the database.
	replied := func() bool { return crashSum(crashDelivered(srv)) >= len(pushed.texts) }
	end := time.Now().Add(10 * time.Second)
	for !replied() && time.Now().Before(end) {
		time.Sleep(20 * time.Millisecond)
	}
	if !replied() {
		t.Logf("%d replies delivered for %d updates; serve's log:\n%s", crashSum(crashDelivered(srv)), len(pushed.texts), child.tail())
	}
	child.stop()
	// What is still in the outbox is delivered by the next start (the
	// service retries it 2 s after starting).
	for range 3 {
		if crashOutboxLen(t, db) == 0 {
			break
		}
		child.start()
		time.Sleep(2500 * time.Millisecond)
		child.stop()
	}
	elapsed := time.Since(began)

	final := crashCheckFinal(t, db, srv, pushed)
	t.Logf("crash test: %d updates from %d chats at %d/s over %v, %d SIGKILLs, %v in all",
		len(pushed.texts), chats, rate, load, len(kills), elapsed.Round(100*time.Millisecond))
	for i, k := range kills {
		t.Logf("kill %d: %d updates pushed, %d confirmed to Telegram, %d handled and %d in the inbox (all the confirmed ones); %d replies stored: %d delivered, %d in the outbox",
			i+1, k.pushed, k.confirmed, k.stored, k.inbox, k.replies, k.delivered, k.outbox)
	}
	t.Logf("end: %d updates stored once each, in order; %d replies stored, %d messages delivered, %d sent twice; outbox empty; Check OK",
		final.stored, final.replies, final.delivered, final.duplicates)
}

// crashBuild builds the command into dir.
func crashBuild(t testing.TB, dir string) string {
	t.Helper()
	goBin := filepath.Join(runtime.GOROOT(), "bin", "go")
	if _, err := os.Stat(goBin); err != nil {
		if goBin, err = exec.LookPath("go"); err != nil {
			t.Skip("no go command to build pimmsbot")
		}
	}
	bin := filepath.Join(dir, "pimmsbot")
	out, err := exec.Command(goBin, "build", "-o", bin, ".").CombinedOutput()
	if err != nil {
		t.Fatalf("go build: %v\n%s", err, out)
	}
	return bin
}

// crashChild is pimmsbot serve running as a child.
type crashChild struct {
	t   *testing.T
	bin string
	env []string
	log string
	cmd *exec.Cmd
}

func (c *crashChild) start() {
	c.t.Helper()
	f, err := os.OpenFile(c.log, os.O_CREATE|os.O_APPEND|os.O_WRONLY, 0o600)
	if err != nil {
		c.t.Fatal(err)
	}
	fmt.Fprintf(f, "--- start %s\n", time.Now().Format(time.StampMilli))
	c.cmd = exec.Command(c.bin, "serve")
	c.cmd.Env, c.cmd.Stdout, c.cmd.Stderr = c.env, f, f
	if err := c.cmd.Start(); err != nil {
		c.t.Fatal(err)
	}
	f.Close()
	cmd := c.cmd
	c.t.Cleanup(func() {
		if cmd.ProcessState == nil {
			cmd.Process.Kill()
			cmd.Wait()
		}
	})
}

// kill kills the child with SIGKILL and reaps it.
func (c *crashChild) kill() {
	c.cmd.Process.Kill()
	c.cmd.Wait()
}

// stop stops the child with SIGTERM and waits for a clean exit.
func (c *crashChild) stop() {
	c.t.Helper()
	c.cmd.Process.Signal(syscall.SIGTERM)
	done := make(chan error, 1)
	go func() { done <- c.cmd.Wait() }()
	select {
	case err := <-done:
		if err != nil {
			c.t.Fatalf("pimmsbot serve: %v\n%s", err, c.tail())
		}
	case <-time.After(15 * time.Second):
		c.cmd.Process.Kill()
		c.t.Fatalf("pimmsbot serve did not stop on SIGTERM\n%s", c.tail())
	}
}

func (c *crashChild) tail() string {
	data, _ := os.ReadFile(c.log)
	if len(data) > 4000 {
		data = data[len(data)-4000:]
	}
	return string(data)
}

// crashPushed are the updates pushed: id → text, and id → chat.
type crashPushed struct {
	texts map[int64]string
	chats map[int64]int64
}

func crashSnapshot(texts map[int64]string, chats map[int64]int64) crashPushed {
	p := crashPushed{texts: map[int64]string{}, chats: map[int64]int64{}}
	for id, s := range texts {
		p.texts[id], p.chats[id] = s, chats[id]
	}
	return p
}

func (p crashPushed) ids() []int64 {
	var ids []int64
	for id := range p.texts {
		ids = append(ids, id)
	}
	slices.Sort(ids)
	return ids
}

func (p crashPushed) chatList() []int64 {
	var out []int64
	for _, c := range p.chats {
		if !slices.Contains(out, c) {
			out = append(out, c)
		}
	}
	slices.Sort(out)
	return out
}

// delivered returns the replies Telegram took, by chat.
func crashDelivered(srv *telegramtest.Server) map[int64]int {
	n := map[int64]int{}
	for _, c := range srv.Calls("sendMessage", "sendPhoto", "sendDocument") {
		if c.OK() {
			n[c.Chat]++
		}
	}
	return n
}

func crashSum(m map[int64]int) int {
	n := 0
	for _, v := range m {
		n += v
	}
	return n
}

// stored reads, for each chat, what the resident wrote and how many
// replies the bot stored.
type crashStoredChat struct {
	texts   []string
	replies int
}

func crashReadStored(t *testing.T, store *bolt.Store, chats []int64) map[int64]crashStoredChat {
	t.Helper()
	ctx := context.Background()
	out := map[int64]crashStoredChat{}
	for _, chat := range chats {
		r, err := store.Resident(ctx, telegram.Resident(chat))
		if conversation.ErrorCode(err) == conversation.ENOTFOUND {
			continue
		}
		if err != nil {
			t.Fatal(err)
		}
		msgs, err := store.Messages(ctx, r.Conversation)
		if err != nil {
			t.Fatal(err)
		}
		var sc crashStoredChat
		for _, m := range msgs {
			switch m.From {
			case conversation.FromResident:
				sc.texts = append(sc.texts, m.Text)
			case conversation.FromBot:
				sc.replies++
			}
		}
		out[chat] = sc
	}
	return out
}

// crashOutboxLen returns the number of items in the outbox.
func crashOutboxLen(t *testing.T, db string) int {
	t.Helper()
	store, err := bolt.Open(db, bolt.Options{LockTimeout: 5 * time.Second})
	if err != nil {
		t.Fatal(err)
	}
	defer store.Close()
	items, err := store.Outbox(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	return len(items)
}

// crashOutbox counts the replies waiting in the outbox, by chat.
func crashOutbox(t *testing.T, store *bolt.Store) map[int64]int {
	t.Helper()
	items, err := store.Outbox(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	n := map[int64]int{}
	for _, it := range items {
		if it.Kind == conversation.OutReply {
			chat, _ := strconv.ParseInt(strings.TrimPrefix(it.Resident, "telegram:"), 10, 64)
			n[chat]++
		}
	}
	return n
}

type crashKillReport struct {
	pushed, confirmed, inbox, stored, replies, delivered, outbox int
}

// crashCheckAfterKill opens the database the killed process left and checks
// that every update confirmed to Telegram is in it (handled, or in the
// inbox), and every reply it
// holds is delivered or in the outbox.
func crashCheckAfterKill(t *testing.T, db string, srv *telegramtest.Server, pushed crashPushed) crashKillReport {
	t.Helper()
	store, err := bolt.Open(db, bolt.Options{LockTimeout: 5 * time.Second})
	if err != nil {
		t.Fatalf("open the database after SIGKILL: %v", err)
	}
	defer store.Close()
	if err := store.Check(); err != nil {
		t.Fatalf("Check after SIGKILL: %v", err)
	}
	var confirmedBelow int64
	if offs := srv.Offsets(); len(offs) > 0 {
		confirmedBelow = slices.Max(offs)
	}
	stored := crashReadStored(t, store, pushed.chatList())
	inbox := crashInbox(t, store)
	rep := crashKillReport{pushed: len(pushed.texts), inbox: len(inbox)}
	for _, id := range pushed.ids() {
		if id >= confirmedBelow {
			continue
		}
		rep.confirmed++
		chat, text := pushed.chats[id], pushed.texts[id]
		if !slices.Contains(stored[chat].texts, text) && !inbox[id] {
			t.Errorf("update %d (%q, chat %d) was confirmed to Telegram but is neither handled nor in the inbox", id, text, chat)
		}
	}
	sent, outbox := crashDelivered(srv), crashOutbox(t, store)
	for chat, sc := range stored {
		rep.stored += len(sc.texts)
		rep.replies += sc.replies
		if got := sent[chat] + outbox[chat]; got < sc.replies {
			t.Errorf("chat %d: %d replies stored, but %d delivered and %d in the outbox: a reply is lost", chat, sc.replies, sent[chat], outbox[chat])
		}
	}
	rep.delivered, rep.outbox = crashSum(sent), crashSum(outbox)
	return rep
}

// crashInbox returns the ids of the updates received and not handled,
// which the next start handles.
func crashInbox(t *testing.T, store *bolt.Store) map[int64]bool {
	t.Helper()
	_, raws, err := store.Received(context.Background(), "telegram")
	if err != nil {
		t.Fatal(err)
	}
	ids := map[int64]bool{}
	for _, raw := range raws {
		var u struct {
			ID int64 `json:"update_id"`
		}
		if err := json.Unmarshal(raw, &u); err != nil {
			t.Fatal(err)
		}
		ids[u.ID] = true
	}
	return ids
}

type crashFinalReport struct {
	stored, replies, delivered, duplicates int
}

// crashCheckFinal checks the database once the last run stopped cleanly.
func crashCheckFinal(t *testing.T, db string, srv *telegramtest.Server, pushed crashPushed) crashFinalReport {
	t.Helper()
	store, err := bolt.Open(db, bolt.Options{LockTimeout: 5 * time.Second})
	if err != nil {
		t.Fatal(err)
	}
	defer store.Close()
	if err := store.Check(); err != nil {
		t.Fatalf("Check: %v", err)
	}
	if items, err := store.Outbox(context.Background()); err != nil || len(items) != 0 {
		t.Errorf("%d items left in the outbox (%v): not delivered after the restart", len(items), err)
	}
	stored := crashReadStored(t, store, pushed.chatList())
	want := map[int64][]string{}
	for _, id := range pushed.ids() {
		want[pushed.chats[id]] = append(want[pushed.chats[id]], pushed.texts[id])
	}
	var rep crashFinalReport
	sent := crashDelivered(srv)
	for chat, texts := range want {
		got := stored[chat].texts
		if !slices.Equal(got, texts) {
			t.Errorf("chat %d: stored %d messages, want %d, each once and in order:\n got %q\nwant %q", chat, len(got), len(texts), got, texts)
		}
		rep.stored += len(got)
		rep.replies += stored[chat].replies
		switch d := sent[chat] - stored[chat].replies; {
		case d > 0:
			rep.duplicates += d
		case d < 0:
			t.Errorf("chat %d: %d replies stored, %d delivered: lost", chat, stored[chat].replies, sent[chat])
		}
	}
	rep.delivered = crashSum(sent)
	return rep
}

// crashWaitUntil polls cond until it holds, or fails the test after limit.
func crashWaitUntil(t *testing.T, limit time.Duration, what string, cond func() bool) {
	t.Helper()
	end := time.Now().Add(limit)
	for !cond() {
		if time.Now().After(end) {
			t.Fatalf("still waiting for %s after %v", what, limit)
		}
		time.Sleep(20 * time.Millisecond)
	}
}
