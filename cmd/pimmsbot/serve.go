package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"log/slog"
	"net"
	"net/http"
	"os"
	"os/signal"
	"slices"
	"strings"
	"sync"
	"sync/atomic"
	"syscall"
	"time"

	"pimmsbot/internal/admin"
	"pimmsbot/internal/bolt"
	"pimmsbot/internal/catalog"
	"pimmsbot/internal/conversation"
	"pimmsbot/internal/logs"
	"pimmsbot/internal/metrics"
	"pimmsbot/internal/report"
	netserver "pimmsbot/internal/server"
	"pimmsbot/internal/sites"
	"pimmsbot/internal/telegram"
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
	err = errors.Join(err, errors.Join(append(cfg.Telegram.Validate(), cfg.Discord.Validate()...)...))
	net, nerr := cfg.Network() // the sites file's errors name the site and the field, one a line
	if nerr == nil {
		nerr = netserver.CheckNetwork(cfg, net)
	}
	if err = errors.Join(err, nerr); err != nil {
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
		dumpNetwork(env, net)
		return 0
	}
	log, err := logs.New(env.Stderr, cfg.LogFormat, cfg.LogLevel, cfg.Secrets())
	if err != nil {
		fmt.Fprintf(env.Stderr, "pimmsbot serve: %v\n", err)
		return 2
	}
	return serve(ctx, env, cfg, cat, log, adapters{discord: newDiscord, telegram: newTelegram, hangup: hup})
}

// serve runs the service until ctx is done: open starts every part,
// run waits, and close stops them in a fixed order (see server.close).
func serve(ctx context.Context, env *Env, cfg *Config, cat *catalog.Catalog, log *slog.Logger, ad adapters) int {
	s := &server{env: env, cfg: cfg, cat: cat, log: log, ad: ad}
	defer s.close()
	if code := s.open(ctx); code != 0 {
		return code
	}
	return s.run(ctx)
}

// server is what "pimmsbot serve" runs: the database, the service, its
// adapters, its background loops and its HTTP servers.
type server struct {
	env *Env
	cfg *Config
	cat *catalog.Catalog
	log *slog.Logger
	ad  adapters

	store               *bolt.Store
	svc                 *conversation.Service
	desk                conversation.Desk
	runDesk, runChannel adapterRun
	// net is the network served; channel the network's bot and bots
	// the sites' bots of their own (see netserver.NewBots).
	net      *sites.Network
	channel  conversation.Channel
	bots     []*telegram.Channel
	servers  []*http.Server
	draining atomic.Bool

	// The service's loops (redelivery, reminders, purge, monthly report,
	// FAQ reload) run under svcCtx: they stop after the intake drained.
	svcCtx      context.Context
	stopService context.CancelFunc
	loops       sync.WaitGroup
	stopHangup  func()
}

// open starts everything but the intake: the FAQ reload on SIGHUP (from
// the start, so that a SIGHUP while starting is kept for later), the
// database, the adapters, the service, the HTTP and admin servers (so that
// a port in use stops the start with a clear message) and the loops. It
// returns a non-zero exit code when something cannot start.
func (s *server) open(ctx context.Context) int {
	s.svcCtx, s.stopService = context.WithCancel(context.WithoutCancel(ctx))
	hup := s.ad.hangup
	if hup == nil {
		c := make(chan os.Signal, 1)
		signal.Notify(c, syscall.SIGHUP)
		s.stopHangup = func() { signal.Stop(c) }
		hup = c
	}
	started := make(chan *conversation.Service, 1)
	s.loops.Go(func() { reloadOnHangup(s.svcCtx, s.cfg.FAQDir, hup, started, s.log) })

	site, err := s.cfg.Site()
	if err != nil {
		return s.fail(2, "", err)
	}
	if s.net, err = s.cfg.Network(); err != nil {
		return s.fail(2, "", err)
	}
	if s.store, err = bolt.Open(s.cfg.DB, bolt.Options{}); err != nil {
		return s.fail(1, "", err)
	}
	if s.desk, s.runDesk, err = s.ad.discord(ctx, s.cfg, s.store, s.log); err != nil {
		return s.fail(1, "Discord: ", err)
	}
	if s.channel, s.runChannel, err = s.ad.telegram(ctx, s.cfg, s.store, s.log); err != nil {
		return s.fail(1, "Telegram: ", err)
	}
	if s.bots, err = netserver.NewBots(ctx, s.cfg, s.net, s.store, s.log); err != nil {
		return s.fail(1, "Telegram: ", err)
	}
	channels := map[string]conversation.Channel{telegram.DefaultName: s.channel}
	for _, b := range s.bots {
		channels[b.Name()] = b
	}
	met := metrics.New(s.store, metrics.Options{})
	svcCfg := conversation.Config{
		Store: s.store, Catalog: s.cat, Matcher: catalog.NewMatcher(s.cat), Channels: channels,
		Sites: sites.NewDirectory(s.net), Site: site, RetentionDays: s.cfg.RetentionDays,
		Logger: s.log, Observer: met, WaitNotice: s.cfg.WaitNotice,
	}
	if s.desk != nil {
		svcCfg.Desk = s.desk
	}
	if s.svc, err = conversation.New(ctx, svcCfg); err != nil {
		return s.fail(1, "", err)
	}
	if code := s.listen(met); code != 0 {
		return code
	}
	s.loops.Go(func() { s.svc.Run(s.svcCtx, s.cfg.RemindAfter) })
	s.loops.Go(func() {
		s.store.PurgeLoop(s.svcCtx, bolt.PurgeSchedule{
			RetentionDays: s.cfg.RetentionDays, Every: purgeEvery, CompactEvery: compactEvery, Log: s.log,
		})
	})
	started <- s.svc
	if an, ok := s.desk.(report.Announcer); ok {
		mo := monthlyPoster(s.cfg, s.net.Default().Hours, s.store, an, s.svc.Catalog, s.log.With("component", "monthly"))
		s.loops.Go(func() { mo.Run(s.svcCtx, report.MonthlyFirstCheck, report.MonthlyCheckEvery) })
	}
	return 0
}

// fail reports why the start failed and returns code.
func (s *server) fail(code int, what string, err error) int {
	fmt.Fprintf(s.env.Stderr, "pimmsbot serve: %s%v\n", what, err)
	return code
}

// listen starts the HTTP server (/metrics, /healthz) and the admin socket
// when they are configured.
func (s *server) listen(met *metrics.Metrics) int {
	if s.cfg.HTTPAddr != "off" {
		ln, err := net.Listen("tcp", s.cfg.HTTPAddr)
		if err != nil {
			return s.fail(1, "PIMMS_HTTP_ADDR="+s.cfg.HTTPAddr+": ", err)
		}
		mux := http.NewServeMux()
		mux.Handle("GET /metrics", met.Handler())
		mux.Handle("GET /healthz", metrics.Health(metrics.Checks{
			Draining: s.draining.Load,
			Store: func(ctx context.Context) error {
				if err := s.store.CheckWritable(ctx); err != nil {
					return err // the disk refuses writes
				}
				_, err := s.store.Offset(ctx, telegram.DefaultName) // one short read transaction
				return err
			},
			Desk: deskHealth(s.desk),
			Bots: s.botsHealth(),
		}))
		s.start(mux, ln)
		s.log.Info("http listening", "addr", ln.Addr().String(), "paths", "/metrics /healthz")
	}
	if path := s.cfg.SocketPath(); path != "" {
		ln, err := admin.Listen(path)
		if err != nil {
			return s.fail(1, "PIMMS_ADMIN_SOCKET="+path+": ", err)
		}
		s.start(admin.Handler(serviceAdmin{s.store, s.svc}, s.log), ln)
	}
	return 0
}

// start serves h on ln with timeouts, logging its errors.
func (s *server) start(h http.Handler, ln net.Listener) {
	srv := &http.Server{
		Handler:           h,
		ReadHeaderTimeout: 5 * time.Second,
		IdleTimeout:       time.Minute,
		ErrorLog:          slog.NewLogLogger(s.log.With("component", "http").Handler(), slog.LevelWarn),
	}
	s.servers = append(s.servers, srv)
	go srv.Serve(ln)
}

// run starts the intake (Telegram polling, the Discord gateway) and waits
// until ctx is done or an adapter fails; then it stops the intake, waits
// for the events in flight (up to PIMMS_SHUTDOWN_TIMEOUT) and stops the
// service's loops. It returns the exit code.
func (s *server) run(ctx context.Context) int {
	intake, stopIntake := context.WithCancel(ctx)
	defer stopIntake()
	var running sync.WaitGroup
	failed := make(chan error, 2+len(s.bots))
	start := func(name string, run adapterRun) {
		running.Go(func() {
			err := run(intake, s.svc)
			if intake.Err() == nil { // it stopped on its own: that is a failure
				if err == nil {
					err = errors.New("stopped without an error")
				}
				failed <- fmt.Errorf("%s: %w", name, err)
			}
		})
	}
	if s.runDesk != nil {
		start("discord", s.runDesk)
	}
	start(telegram.DefaultName, s.runChannel)
	for _, b := range s.bots {
		start(b.Name(), func(ctx context.Context, svc *conversation.Service) error { return b.Run(ctx, svc) })
	}
	s.logServing()

	code := 0
	select {
	case <-ctx.Done():
		s.log.Info("shutting down: stopping intake", "timeout", s.cfg.ShutdownTimeout)
	case err := <-failed:
		s.log.Error("adapter stopped, shutting down", "err", err)
		code = 1
	}
	s.draining.Store(true)
	stopIntake()
	drained := make(chan struct{})
	go func() { running.Wait(); close(drained) }()
	select {
	case <-drained:
		s.log.Info("intake stopped, events in flight done")
	case <-time.After(s.cfg.ShutdownTimeout):
		s.log.Warn("events still in flight after the shutdown timeout; stopping anyway", "timeout", s.cfg.ShutdownTimeout)
	}
	s.stopLoops()
	s.log.Info("service stopped")
	return code
}

// stopLoops stops the service's loops and waits for them: what was not
// delivered stays in the outbox for the next start.
func (s *server) stopLoops() {
	if s.stopService != nil {
		s.stopService()
	}
	s.loops.Wait()
}

// close stops what open started, in this order: the service's loops (when
// run did not), the HTTP and admin servers (letting requests under way
// finish for a few seconds), and the database last.
func (s *server) close() {
	s.stopLoops()
	if s.stopHangup != nil {
		s.stopHangup()
	}
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	for _, srv := range s.servers {
		srv.Shutdown(ctx)
	}
	if s.store == nil {
		return
	}
	if err := s.store.Close(); err != nil {
		s.log.Error("close database", "err", err)
		return
	}
	s.log.Info("database closed")
}

// deskHealth returns the desk's health check, nil when the desk has none
// (no Discord, or a test's desk).
func deskHealth(desk conversation.Desk) func() error {
	if h, ok := desk.(interface{ Health() error }); ok {
		return h.Health
	}
	return nil
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

// botsHealth returns the health check of each residents' bot that has
// one (a test's channel may not), by channel name.
func (s *server) botsHealth() map[string]func() error {
	out := map[string]func() error{}
	if h, ok := s.channel.(interface{ Health() error }); ok {
		out[telegram.DefaultName] = h.Health
	}
	for _, b := range s.bots {
		out[b.Name()] = b.Health
	}
	return out
}

// logServing logs what is served: the sites, and which bot serves which.
func (s *server) logServing() {
	ids := make([]string, len(s.net.Sites))
	for i, site := range s.net.Sites {
		ids[i] = site.ID
	}
	for name, served := range netserver.BotSites(s.net) {
		s.log.Info("telegram bot", "channel", name, "sites", strings.Join(served, " "))
	}
	s.log.Info("pimmsbot serving", "site", s.cfg.SiteName, "sites", strings.Join(ids, " "), "default", s.net.DefaultID,
		"bots", 1+len(s.bots), "discord", s.desk != nil, "db", s.cfg.DB)
}

// dumpNetwork writes, after the settings' dump of serve --check, the
// sites served and which bot serves each.
func dumpNetwork(env *Env, net *sites.Network) {
	fmt.Fprintf(env.Stdout, "# sites: %d, default %s\n", len(net.Sites), net.DefaultID)
	bots := netserver.BotSites(net)
	names := make([]string, 0, len(bots))
	for name := range bots {
		names = append(names, name)
	}
	slices.Sort(names)
	for _, name := range names {
		fmt.Fprintf(env.Stdout, "# bot %s: %s\n", name, strings.Join(bots[name], " "))
	}
}
