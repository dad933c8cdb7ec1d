package main

import (
	"context"
	"fmt"
	"log/slog"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"pimmsbot/internal/bolt"
	"pimmsbot/internal/catalog"
	"pimmsbot/internal/catalog/catalogtest"
	"pimmsbot/internal/config"
	"pimmsbot/internal/conversation"
	"pimmsbot/internal/discord/discordtest"
	"pimmsbot/internal/server"
	"pimmsbot/internal/telegram"
	"pimmsbot/internal/telegram/telegramtest"
)

// The fake Discord's forum and mediator role in the rig.
const (
	rigChannel = "800000000000000001"
	rigRole    = "800000000000000002"
)

// rigMediator has the mediator role; rigStranger has none.
var (
	rigMediator = discordtest.User{ID: "600000000000000001", Name: "camille.d", Nick: "Camille", Roles: []string{rigRole}}
	rigStranger = discordtest.User{ID: "600000000000000009", Name: "visiteur"}
)

// rig is pimmsbot as serve wires it, on both fakes: the real Telegram
// channel and Discord desk, the core with the real FAQ, a durable bbolt
// file (fsync on), the outbox's redelivery loop. Only the network is fake.
type rig struct {
	tb     testing.TB
	tg     *telegramtest.Server
	dc     *discordtest.Server
	store  *bolt.Store
	dbPath string
	svc    *conversation.Service
	log    *countingHandler
	stop   func()
	// peak returns the bot's peak resident set when it runs in a child
	// process; nil when it runs in the test's.
	peak func() uint64
}

func newRig(tb testing.TB) *rig {
	tb.Helper()
	ctx := context.Background()
	r := &rig{
		tb: tb, tg: telegramtest.NewServer(tb), dc: discordtest.New(tb),
		dbPath: filepath.Join(tb.TempDir(), "pimms.db"), log: &countingHandler{},
	}
	r.dc.AddChannel(discordtest.Channel{ID: rigChannel, Name: "demandes", Type: discordtest.TypeForum})
	r.dc.SetRole(discordtest.Role{ID: rigRole, Name: "médiateurs", Mentionable: true})
	log := slog.New(r.log)
	store, err := bolt.Open(r.dbPath, bolt.Options{LockTimeout: time.Second})
	if err != nil {
		tb.Fatal(err)
	}
	r.store = store
	cat := catalogtest.FAQ(tb)
	tg, err := telegram.New(ctx, telegram.Config{
		Token: telegramtest.Token, APIURL: r.tg.URL, Updates: store, Limits: telegram.NoLimits,
		PollTimeout: 2 * time.Second, SendTimeout: 10 * time.Second, Logger: log,
	})
	if err != nil {
		store.Close()
		tb.Fatal(err)
	}
	cfg := &Config{Discord: config.DiscordConfig{
		Token: discordtest.Token, GuildID: discordtest.GuildID, ChannelID: rigChannel, MediatorRoleID: rigRole, APIURL: r.dc.URL,
	}}
	if errs := cfg.Discord.Validate(); len(errs) > 0 {
		store.Close()
		tb.Fatal(errs)
	}
	desk, runDesk, err := server.NewDiscord(ctx, cfg, store, log)
	if err != nil {
		store.Close()
		tb.Fatal(err)
	}
	r.svc, err = conversation.New(ctx, conversation.Config{
		Store: store, Catalog: cat, Matcher: catalog.NewMatcher(cat),
		Channels: map[string]conversation.Channel{"telegram": tg}, Desk: desk,
		Site: conversation.Site{Name: "PIMMS Test", RetentionDays: 30}, Logger: log,
	})
	if err != nil {
		store.Close()
		tb.Fatal(err)
	}
	runCtx, cancel := context.WithCancel(ctx)
	var wg sync.WaitGroup
	wg.Go(func() { runDesk(runCtx, r.svc) })
	wg.Go(func() { tg.Run(runCtx, r.svc) })
	wg.Go(func() { r.svc.Run(runCtx, time.Hour) })
	r.stop = sync.OnceFunc(func() {
		cancel()
		wg.Wait()
		if err := store.Close(); err != nil {
			tb.Errorf("close store: %v", err)
		}
	})
	tb.Cleanup(r.stop)
	wctx, wcancel := context.WithTimeout(ctx, 10*time.Second)
	defer wcancel()
	r.dc.WaitReady(wctx, 1)
	return r
}

// reopen opens the database file again once the rig is stopped, for
// checks on what was stored.
func (r *rig) reopen() *bolt.Store {
	r.tb.Helper()
	r.stop()
	s, err := bolt.Open(r.dbPath, bolt.Options{LockTimeout: time.Second})
	if err != nil {
		r.tb.Fatal(err)
	}
	r.tb.Cleanup(func() { s.Close() })
	return s
}

// countingHandler is a slog handler that keeps the warnings and errors
// (at most 20 of them) and counts them all: a load that logs "update
// dropped" has lost something even if the counts agree.
type countingHandler struct {
	mu       sync.Mutex
	warnings int
	errors   int
	kept     []string
}

func (h *countingHandler) Enabled(_ context.Context, l slog.Level) bool { return l >= slog.LevelWarn }

func (h *countingHandler) Handle(_ context.Context, rec slog.Record) error {
	var b strings.Builder
	fmt.Fprintf(&b, "%s %s", rec.Level, rec.Message)
	rec.Attrs(func(a slog.Attr) bool {
		fmt.Fprintf(&b, " %s=%v", a.Key, a.Value)
		return true
	})
	h.mu.Lock()
	defer h.mu.Unlock()
	if rec.Level >= slog.LevelError {
		h.errors++
	} else {
		h.warnings++
	}
	if len(h.kept) < 20 {
		h.kept = append(h.kept, b.String())
	}
	return nil
}

// add counts a warning or an error logged elsewhere (a child process).
func (h *countingHandler) add(level slog.Level, line string) {
	h.mu.Lock()
	defer h.mu.Unlock()
	if level >= slog.LevelError {
		h.errors++
	} else {
		h.warnings++
	}
	if len(h.kept) < 20 {
		h.kept = append(h.kept, strings.TrimSpace(line))
	}
}

func (h *countingHandler) WithAttrs([]slog.Attr) slog.Handler { return h }
func (h *countingHandler) WithGroup(string) slog.Handler      { return h }

func (h *countingHandler) counts() (warnings, errors int, kept []string) {
	h.mu.Lock()
	defer h.mu.Unlock()
	return h.warnings, h.errors, append([]string(nil), h.kept...)
}
