package main

import (
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"log/slog"
	"net"
	"net/http"
	"os"
	"os/signal"
	"strings"
	"sync"
	"sync/atomic"
	"syscall"
	"time"

	"pimmsbot/internal/admin"
	"pimmsbot/internal/bolt"
	"pimmsbot/internal/catalog"
	"pimmsbot/internal/conversation"
	"pimmsbot/internal/metrics"
)

// adapterRun runs an adapter's intake (Telegram polling, the Discord
// gateway) until ctx is done, handing events to the service. When ctx is
// done it stops taking new events, finishes the events in flight (with
// context.WithoutCancel(ctx) for their own work, so that a commit is not
// cut short) and returns: serve waits for that, up to
// PIMMS_SHUTDOWN_TIMEOUT, before it stops the service and closes the
// database.
type adapterRun func(ctx context.Context, svc *conversation.Service) error

// adapters build the residents' channel and the mediators' desk; tests
// replace them with fakes.
type adapters struct {
	discord  func(ctx context.Context, cfg *Config, store *bolt.Store, log *slog.Logger) (conversation.Desk, adapterRun, error)
	telegram func(ctx context.Context, cfg *Config, store *bolt.Store, log *slog.Logger) (conversation.Channel, adapterRun, error)
	// hangup receives SIGHUP, caught since the process started; serve
	// catches it itself when nil.
	hangup <-chan os.Signal
}

// purgeEvery is how often serve applies the retention period.
const purgeEvery = 24 * time.Hour

// compactEvery is how often serve looks whether an erasure or the purge
// left deleted text in the file's free pages, and compacts it then: an
// erased resident's words leave the file within this time. A variable
// for the end-to-end tests.
var compactEvery = time.Hour

func runServe(ctx context.Context, env *Env, args []string) int {
	// SIGHUP's default action ends the process (exit 129, which systemd's
	// Restart=on-failure takes for a clean stop): catch it first, before
	// anything that can take time (the FAQ, the database's lock, getMe).
	// SIGINT and SIGTERM are caught by main.
	hup := make(chan os.Signal, 1)
	signal.Notify(hup, syscall.SIGHUP)
	defer signal.Stop(hup)
	var check bool
	cfg, _, err := loadConfig("serve", args, env, func(fs *flag.FlagSet) {
		fs.BoolVar(&check, "check", false, "validate the configuration and the FAQ, print the configuration (secrets masked), then exit")
	})
	if errors.Is(err, flag.ErrHelp) {
		return 0
	}
	if cfg == nil && err != nil {
		return 2 // a bad flag: the flag package said why
	}
	err = errors.Join(err, errors.Join(append(cfg.Telegram.validate(), cfg.Discord.validate()...)...))
	if err != nil {
		fmt.Fprintf(env.Stderr, "pimmsbot serve: invalid configuration:\n%s\n", indent(err.Error()))
		return 2
	}
	cat, err := loadCatalog(cfg.FAQDir)
	if err != nil {
		fmt.Fprintf(env.Stderr, "pimmsbot serve: FAQ: %v\n", err)
		return 1
	}
	for _, w := range cfg.Warnings() {
		fmt.Fprintf(env.Stderr, "pimmsbot serve: warning: %s\n", w)
	}
	if check {
		fmt.Fprintln(env.Stdout, "configuration OK")
		cfg.Dump(env.Stdout)
		return 0
	}
	log, err := newLogger(env.Stderr, cfg.LogFormat, cfg.LogLevel, cfg.secrets())
	if err != nil {
		fmt.Fprintf(env.Stderr, "pimmsbot serve: %v\n", err)
		return 2
	}
	return serve(ctx, env, cfg, cat, log, adapters{discord: newDiscord, telegram: newTelegram, hangup: hup})
}

// indent puts each line of s after two spaces and a dash.
func indent(s string) string {
	return "  - " + strings.ReplaceAll(s, "\n", "\n  - ")
}

// serve runs the service until ctx is done, then shuts down in a fixed
// order: stop the intake (Telegram polling, Discord gateway), wait for the
// events in flight (up to cfg.ShutdownTimeout), stop the service's loop
// (redelivery, reminders) and the purge, stop the HTTP and admin servers,
// and close the database last. What was not delivered stays in the outbox
// for the next start.
func serve(ctx context.Context, env *Env, cfg *Config, cat *catalog.Catalog, log *slog.Logger, ad adapters) int {
	// The service's loop and the purge stop after the intake has drained.
	// The reload on SIGHUP runs from the start: a SIGHUP that comes
	// while starting is kept for when the service runs.
	svcCtx, stopService := context.WithCancel(context.WithoutCancel(ctx))
	var loops sync.WaitGroup
	defer func() {
		stopService()
		loops.Wait()
	}()
	hup := ad.hangup
	if hup == nil {
		c := make(chan os.Signal, 1)
		signal.Notify(c, syscall.SIGHUP)
		defer signal.Stop(c)
		hup = c
	}
	started := make(chan *conversation.Service, 1)
	loops.Go(func() { reloadOnHangup(svcCtx, cfg.FAQDir, hup, started, log) })

	site, err := cfg.site()
	if err != nil {
		fmt.Fprintf(env.Stderr, "pimmsbot serve: %v\n", err)
		return 2
	}
	store, err := bolt.Open(cfg.DB, bolt.Options{})
	if err != nil {
		fmt.Fprintf(env.Stderr, "pimmsbot serve: %v\n", err)
		return 1
	}
	defer func() {
		if err := store.Close(); err != nil {
			log.Error("close database", "err", err)
			return
		}
		log.Info("database closed")
	}()

	desk, runDesk, err := ad.discord(ctx, cfg, store, log)
	if err != nil {
		fmt.Fprintf(env.Stderr, "pimmsbot serve: Discord: %v\n", err)
		return 1
	}
	channel, runChannel, err := ad.telegram(ctx, cfg, store, log)
	if err != nil {
		fmt.Fprintf(env.Stderr, "pimmsbot serve: Telegram: %v\n", err)
		return 1
	}
	met := metrics.New(store, metrics.Options{})
	svcCfg := conversation.Config{
		Store: store, Catalog: cat, Matcher: catalog.NewMatcher(cat),
		Channels: map[string]conversation.Channel{"telegram": channel},
		Site:     site, Logger: log, Observer: met, WaitNotice: cfg.WaitNotice,
	}
	if desk != nil {
		svcCfg.Desk = desk
	}
	svc, err := conversation.New(ctx, svcCfg)
	if err != nil {
		fmt.Fprintf(env.Stderr, "pimmsbot serve: %v\n", err)
		return 1
	}

	// The HTTP server and the admin socket listen before anything runs, so
	// that a port in use stops the start with a clear message.
	var draining atomic.Bool
	var servers []*http.Server
	if cfg.HTTPAddr != "off" {
		ln, err := net.Listen("tcp", cfg.HTTPAddr)
		if err != nil {
			fmt.Fprintf(env.Stderr, "pimmsbot serve: PIMMS_HTTP_ADDR=%s: %v\n", cfg.HTTPAddr, err)
			return 1
		}
		mux := http.NewServeMux()
		mux.Handle("GET /metrics", met.Handler())
		mux.Handle("GET /healthz", healthHandler(&draining, func(ctx context.Context) error {
			if err := store.CheckWritable(ctx); err != nil {
				return err // the disk refuses writes
			}
			_, err := store.Offset(ctx, "telegram") // one short read transaction
			return err
		}, deskHealth(desk)))
		srv := httpServer(mux, log)
		servers = append(servers, srv)
		go srv.Serve(ln)
		log.Info("http listening", "addr", ln.Addr().String(), "paths", "/metrics /healthz")
	}
	if path := cfg.adminSocket(); path != "" {
		ln, err := admin.Listen(path)
		if err != nil {
			fmt.Fprintf(env.Stderr, "pimmsbot serve: PIMMS_ADMIN_SOCKET=%s: %v\n", path, err)
			shutdownServers(servers)
			return 1
		}
		srv := httpServer(admin.Handler(serviceAdmin{store, svc}, log), log)
		servers = append(servers, srv)
		go srv.Serve(ln)
	}
	defer shutdownServers(servers)

	loops.Go(func() { svc.Run(svcCtx, cfg.RemindAfter) })
	loops.Go(func() { purgeLoop(svcCtx, store, cfg.RetentionDays, time.Now, purgeEvery, compactEvery, log) })
	started <- svc
	if an, ok := desk.(announcer); ok {
		mo := &monthly{cfg: cfg, store: store, desk: an, catalog: svc.Catalog, hours: site.Hours, now: time.Now,
			log: log.With("component", "monthly")}
		loops.Go(func() { mo.run(svcCtx, monthlyFirstCheck, monthlyCheckEvery) })
	}

	intake, stopIntake := context.WithCancel(ctx)
	defer stopIntake()
	var running sync.WaitGroup
	failed := make(chan error, 2)
	start := func(name string, run adapterRun) {
		running.Go(func() {
			err := run(intake, svc)
			if intake.Err() == nil { // it stopped on its own: that is a failure
				if err == nil {
					err = errors.New("stopped without an error")
				}
				failed <- fmt.Errorf("%s: %w", name, err)
			}
		})
	}
	if runDesk != nil {
		start("discord", runDesk)
	}
	start("telegram", runChannel)
	log.Info("pimmsbot serving", "site", site.Name, "discord", desk != nil, "db", cfg.DB)

	code := 0
	select {
	case <-ctx.Done():
		log.Info("shutting down: stopping intake", "timeout", cfg.ShutdownTimeout)
	case err := <-failed:
		log.Error("adapter stopped, shutting down", "err", err)
		code = 1
	}
	// 1. Stop the intake and wait for the events in flight.
	draining.Store(true)
	stopIntake()
	drained := make(chan struct{})
	go func() { running.Wait(); close(drained) }()
	select {
	case <-drained:
		log.Info("intake stopped, events in flight done")
	case <-time.After(cfg.ShutdownTimeout):
		log.Warn("events still in flight after the shutdown timeout; stopping anyway", "timeout", cfg.ShutdownTimeout)
	}
	// 2. Stop the service's loop and the purge.
	stopService()
	loops.Wait()
	log.Info("service stopped")
	// 3. The servers, then the database (deferred, last).
	return code
}

// httpServer returns a server with timeouts that logs its errors through
// log.
func httpServer(h http.Handler, log *slog.Logger) *http.Server {
	return &http.Server{
		Handler:           h,
		ReadHeaderTimeout: 5 * time.Second,
		IdleTimeout:       time.Minute,
		ErrorLog:          slog.NewLogLogger(log.With("component", "http").Handler(), slog.LevelWarn),
	}
}

// shutdownServers stops the servers, letting requests under way finish for
// a few seconds.
func shutdownServers(servers []*http.Server) {
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	for _, s := range servers {
		s.Shutdown(ctx)
	}
}

// healthHandler answers 200 {"status":"ok"} when check passes, 503 with the
// reason while shutting down or when the store cannot be read.
func healthHandler(draining *atomic.Bool, check func(context.Context) error, desk func() error) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		status, code := "ok", http.StatusOK
		if draining.Load() {
			status, code = "stopping", http.StatusServiceUnavailable
		} else {
			ctx, cancel := context.WithTimeout(r.Context(), 2*time.Second)
			defer cancel()
			switch {
			case check(ctx) != nil:
				status, code = "store unavailable", http.StatusServiceUnavailable
			case desk != nil && desk() != nil:
				// Residents are still answered; handovers wait.
				status = "degraded: discord unreachable"
			}
		}
		w.Header().Set("Content-Type", "application/json")
		w.Header().Set("Cache-Control", "no-store")
		w.WriteHeader(code)
		json.NewEncoder(w).Encode(map[string]string{"status": status})
	})
}

// deskHealth returns the desk's health check, nil when the desk has none
// (no Discord, or a test's desk).
func deskHealth(desk conversation.Desk) func() error {
	if h, ok := desk.(interface{ Health() error }); ok {
		return h.Health
	}
	return nil
}

// purger applies the retention period and compacts the file. *bolt.Store
// implements it.
type purger interface {
	Purge(ctx context.Context, before time.Time) (bolt.PurgeStats, error)
	Compact(ctx context.Context, always bool) (bolt.Compaction, error)
}

// purgeLoop applies the retention period now, then every period, until ctx
// is done. The purge deletes the messages and what names residents; the
// conversations' counters stay for the statistics.
//
// After the purge, and every compactEvery in between, it compacts the
// file online when a resident was erased or the purge deleted text since
// the last compaction (Store.Compact does nothing otherwise), so that no
// deleted byte stays in the file's free pages longer than compactEvery.
// Commits pause for a few milliseconds meanwhile (docs/performance.md).
func purgeLoop(ctx context.Context, store purger, retentionDays int, now func() time.Time, every, compactEvery time.Duration, log *slog.Logger) {
	log = log.With("component", "purge")
	timer := time.NewTimer(0)
	defer timer.Stop()
	var next time.Time // of the purge; zero: now
	for {
		select {
		case <-ctx.Done():
			return
		case <-timer.C:
		}
		if t := now(); !t.Before(next) {
			next = t.Add(every)
			if !purge(ctx, store, t.AddDate(0, 0, -retentionDays), log) {
				return
			}
		}
		switch c, err := store.Compact(ctx, false); {
		case err != nil && ctx.Err() != nil:
			return
		case err != nil:
			log.Error("compaction failed: deleted text may stay in the file's free pages until the next one", "err", err)
		case c.Done:
			log.Info("database compacted: no erased or purged text left in the file",
				"pause", c.Pause.Round(time.Microsecond), "took", c.Took.Round(time.Millisecond), "bytes", c.Size)
		}
		timer.Reset(min(every, compactEvery))
	}
}

// purge applies the retention period once and logs what it did. It
// returns false when ctx ended midway.
func purge(ctx context.Context, store purger, before time.Time, log *slog.Logger) bool {
	st, err := store.Purge(ctx, before)
	switch {
	case err != nil && ctx.Err() != nil:
		return false // stopped midway: the next purge finishes
	case err != nil:
		log.Error("purge failed", "before", before.Format(time.DateOnly), "err", err)
	case st == (bolt.PurgeStats{}):
		log.Debug("purge: nothing older than the retention period", "before", before.Format(time.DateOnly))
	default:
		log.Info("purge done", "before", before.Format(time.DateOnly), "conversations", st.Conversations,
			"messages", st.Messages, "unanswered", st.Unanswered, "feedback", st.Feedback,
			"tickets", st.Tickets, "residents", st.Residents, "outbox", st.Outbox)
	}
	return true
}

// reloadOnHangup reloads the FAQ from dir each time hup receives SIGHUP
// (systemctl reload pimmsbot), until ctx is done, once the service is
// received from started. A SIGHUP received before is logged and applied
// then, once. A FAQ with errors is refused and the bot keeps answering
// from the one it has.
func reloadOnHangup(ctx context.Context, dir string, hup <-chan os.Signal, started <-chan *conversation.Service, log *slog.Logger) {
	var svc *conversation.Service
	pending := false
	for {
		select {
		case <-ctx.Done():
			return
		case svc = <-started:
			started = nil
			if pending {
				reloadFAQ(dir, svc, log)
			}
		case <-hup:
			if svc == nil {
				log.Info("SIGHUP while starting: the FAQ is reloaded once the bot runs")
				pending = true
				continue
			}
			reloadFAQ(dir, svc, log)
		}
	}
}

// reloadFAQ loads and checks the FAQ in dir and, when it is valid, makes
// the service answer from it.
func reloadFAQ(dir string, svc *conversation.Service, log *slog.Logger) {
	if dir == "" {
		log.Warn("faq reload: the FAQ is the embedded one (set PIMMS_FAQ_DIR to reload an edited copy)")
		return
	}
	cat, err := loadCatalog(dir)
	if err != nil {
		var problems *catalog.Problems
		n := 1
		if errors.As(err, &problems) {
			n = len(problems.Errors())
		}
		log.Error("faq reload refused: run pimmsbot faq check", "dir", dir, "errors", n)
		return
	}
	svc.SetFAQ(cat, catalog.NewMatcher(cat))
	log.Info("faq reloaded", "dir", dir, "entries", len(cat.Entries))
}
