// Package server runs pimmsbot's service, what "pimmsbot serve" starts:
// it opens the database, builds the residents' channel (Telegram) and the
// mediators' desk (Discord), starts the conversation service and its
// loops (redelivery, reminders, retention, the monthly report, the FAQ
// reload on SIGHUP), serves /metrics, /healthz and the admin socket, and
// stops all of it in a fixed order.
//
// A resident's message enters through the channel's intake (Telegram
// polling or webhook), which hands it to conversation.Service; a
// mediator's through the desk's gateway. Both end in the service's
// commit to the store and its outbox, delivered by the adapters.
package server

import (
	"context"
	"errors"
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
	"pimmsbot/internal/config"
	"pimmsbot/internal/conversation"
	"pimmsbot/internal/metrics"
	"pimmsbot/internal/report"
	"pimmsbot/internal/sites"
	"pimmsbot/internal/telegram"
)

// ErrConfig is returned by Run when the configuration cannot be used.
var ErrConfig = errors.New("configuration invalide")

// Intake runs an adapter's intake (Telegram polling, the Discord gateway)
// until ctx is done, handing events to the service. When ctx is done it
// stops taking new events, finishes the events in flight (with
// context.WithoutCancel(ctx) for their own work, so that a commit is not
// cut short) and returns: Run waits for that, up to
// PIMMS_SHUTDOWN_TIMEOUT, before it stops the service and closes the
// database.
type Intake func(ctx context.Context, svc *conversation.Service) error

// Adapters build the residents' channel and the mediators' desk; tests
// replace them with fakes.
type Adapters struct {
	// Discord returns a nil desk and intake when Discord is off.
	Discord  func(ctx context.Context, cfg *config.Config, store *bolt.Store, log *slog.Logger) (conversation.Desk, Intake, error)
	Telegram func(ctx context.Context, cfg *config.Config, store *bolt.Store, log *slog.Logger) (conversation.Channel, Intake, error)
	// Hangup receives SIGHUP, caught since the process started; Run
	// catches it itself when nil.
	Hangup <-chan os.Signal
}

// Schedule says how often the retention period is applied and the file
// compacted when an erasure or the purge left deleted text in its free
// pages: an erased resident's words leave the file within Compact.
type Schedule struct {
	Purge, Compact time.Duration
}

// DefaultSchedule is the production schedule.
var DefaultSchedule = Schedule{Purge: 24 * time.Hour, Compact: time.Hour}

// Options are what Run needs. Config, Catalog and Logger are required.
type Options struct {
	Config   *config.Config
	Catalog  *catalog.Catalog
	Logger   *slog.Logger
	Adapters Adapters // Telegram and Discord (NewTelegram, NewDiscord) when zero
	// Names gives the reports the FAQ's names (the monthly report).
	Names func(*catalog.Catalog) report.Names
	// Schedule is DefaultSchedule when zero.
	Schedule Schedule
}

// Run runs the service until ctx is done or an adapter stops on its own,
// then shuts down: stop the intake, wait for the events in flight (up to
// PIMMS_SHUTDOWN_TIMEOUT), stop the loops, the HTTP and admin servers,
// and close the database last. What was not delivered stays in the outbox
// for the next start. A start that fails returns why, ErrConfig wrapped
// for a configuration that cannot be used.
func Run(ctx context.Context, opts Options) error {
	s := &server{cfg: opts.Config, cat: opts.Catalog, log: opts.Logger, ad: opts.Adapters, names: opts.Names, every: opts.Schedule}
	if s.ad.Telegram == nil {
		s.ad.Telegram = NewTelegram
	}
	if s.ad.Discord == nil {
		s.ad.Discord = NewDiscord
	}
	if s.every == (Schedule{}) {
		s.every = DefaultSchedule
	}
	if s.names == nil {
		s.names = func(*catalog.Catalog) report.Names { return report.Names{} }
	}
	defer s.close()
	if err := s.open(ctx); err != nil {
		return err
	}
	return s.run(ctx)
}

// monthly is the poster of the monthly report to the desk.
func (s *server) monthly(site sites.Site, desk report.Announcer) *report.Monthly {
	names := func() report.Names { return s.names(s.svc.Catalog()) }
	return &report.Monthly{Store: s.store, Desk: desk, Names: names, Now: time.Now, Log: s.log.With("component", "monthly"),
		Site: report.Site{Name: site.Name, Location: s.cfg.Location(), Hours: site.Hours,
			RetentionDays: s.cfg.RetentionDays, Partners: s.cfg.Partners}}
}

// server is what "pimmsbot serve" runs: the database, the service, its
// adapters, its background loops and its HTTP servers.
type server struct {
	cfg   *config.Config
	cat   *catalog.Catalog
	log   *slog.Logger
	ad    Adapters
	names func(*catalog.Catalog) report.Names
	every Schedule

	store               *bolt.Store
	svc                 *conversation.Service
	desk                conversation.Desk
	runDesk, runChannel Intake
	// net is the network served; channel the network's bot and bots
	// the sites' bots of their own (see NewBots).
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
func (s *server) open(ctx context.Context) error {
	s.svcCtx, s.stopService = context.WithCancel(context.WithoutCancel(ctx))
	hup := s.ad.Hangup
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
		return fmt.Errorf("%w\u00a0: %v", ErrConfig, err)
	}
	if s.net, err = s.cfg.Network(); err != nil {
		return fmt.Errorf("%w\u00a0: %v", ErrConfig, err)
	}
	if s.store, err = bolt.Open(s.cfg.DB, bolt.Options{}); err != nil {
		return err
	}
	if s.desk, s.runDesk, err = s.ad.Discord(ctx, s.cfg, s.store, s.log); err != nil {
		return fmt.Errorf("Discord\u00a0: %w", err)
	}
	if s.channel, s.runChannel, err = s.ad.Telegram(ctx, s.cfg, s.store, s.log); err != nil {
		return fmt.Errorf("Telegram\u00a0: %w", err)
	}
	if s.bots, err = NewBots(ctx, s.cfg, s.net, s.store, s.log); err != nil {
		return fmt.Errorf("Telegram\u00a0: %w", err)
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
		return err
	}
	if err := s.listen(met); err != nil {
		return err
	}
	s.loops.Go(func() { s.svc.Run(s.svcCtx, s.cfg.RemindAfter) })
	s.loops.Go(func() {
		s.store.PurgeLoop(s.svcCtx, bolt.PurgeSchedule{
			RetentionDays: s.cfg.RetentionDays, Every: s.every.Purge, CompactEvery: s.every.Compact, Log: s.log,
		})
	})
	started <- s.svc
	if an, ok := s.desk.(report.Announcer); ok {
		mo := s.monthly(s.net.Default(), an)
		s.loops.Go(func() { mo.Run(s.svcCtx, report.MonthlyFirstCheck, report.MonthlyCheckEvery) })
	}
	return nil
}

// listen starts the HTTP server (/metrics, /healthz) and the admin socket
// when they are configured.
func (s *server) listen(met *metrics.Metrics) error {
	if s.cfg.HTTPAddr != "off" {
		ln, err := net.Listen("tcp", s.cfg.HTTPAddr)
		if err != nil {
			return &listenError{name: "PIMMS_HTTP_ADDR", addr: s.cfg.HTTPAddr, err: err}
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
			return &listenError{name: "PIMMS_ADMIN_SOCKET", addr: path, socket: true, err: err}
		}
		s.start(admin.Handler(serviceAdmin{s.store, s.svc}, s.log), ln)
	}
	return nil
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
// service's loops. It returns why an adapter stopped on its own, nil on
// a requested stop.
func (s *server) run(ctx context.Context) error {
	intake, stopIntake := context.WithCancel(ctx)
	defer stopIntake()
	var running sync.WaitGroup
	failed := make(chan error, 2+len(s.bots))
	start := func(name string, run Intake) {
		running.Go(func() {
			err := run(intake, s.svc)
			if intake.Err() == nil { // it stopped on its own: that is a failure
				if err == nil {
					err = errors.New("arrêt inattendu, sans erreur")
				}
				failed <- fmt.Errorf("%s\u00a0: %w", name, err)
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

	var stopped error
	select {
	case <-ctx.Done():
		s.log.Info("shutting down: stopping intake", "timeout", s.cfg.ShutdownTimeout)
	case stopped = <-failed:
		s.log.Error("adapter stopped, shutting down", "err", stopped)
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
	return stopped
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
	for name, served := range BotSites(s.net) {
		s.log.Info("telegram bot", "channel", name, "sites", strings.Join(served, " "))
	}
	s.log.Info("pimmsbot serving", "site", s.cfg.SiteName, "sites", strings.Join(ids, " "), "default", s.net.DefaultID,
		"bots", 1+len(s.bots), "discord", s.desk != nil, "db", s.cfg.DB)
}

// A listenError says in French, the variable first, why the HTTP server
// or the admin socket could not listen, and what to write instead;
// Unwrap gives the system's error.
type listenError struct {
	name   string // PIMMS_HTTP_ADDR or PIMMS_ADMIN_SOCKET
	addr   string // the address or the socket's path
	socket bool   // addr is the admin socket's path
	err    error
}

func (e *listenError) Error() string {
	at := e.name + "\u00a0: "
	if !e.socket {
		at += "impossible d'écouter sur «\u00a0" + e.addr + "\u00a0»\u00a0; "
		switch {
		case errors.Is(e.err, syscall.EADDRINUSE):
			return at + "ce port est déjà pris, par un autre programme ou un autre pimmsbot\u00a0: arrêtez-le, ou choisissez un autre port, par exemple " + e.name + "=127.0.0.1:9322, ou " + e.name + "=off"
		case errors.Is(e.err, syscall.EACCES), errors.Is(e.err, syscall.EPERM):
			return at + "un port sous 1024 demande des droits que pimmsbot n'a pas\u00a0: choisissez un port plus haut, par exemple " + e.name + "=127.0.0.1:9321"
		case errors.Is(e.err, syscall.EADDRNOTAVAIL):
			return at + "cette adresse n'est pas celle de cette machine\u00a0: écrivez par exemple " + e.name + "=127.0.0.1:9321"
		}
		return at + "vérifiez l'adresse, par exemple " + e.name + "=127.0.0.1:9321 (détail\u00a0: " + e.err.Error() + ")"
	}
	at += "impossible d'ouvrir le socket «\u00a0" + e.addr + "\u00a0»\u00a0; "
	if fi, err := os.Lstat(e.addr); err == nil && fi.Mode()&os.ModeSocket == 0 {
		return at + "un fichier qui n'est pas un socket occupe ce chemin\u00a0: retirez-le, ou indiquez un autre chemin, ou off"
	}
	switch {
	case errors.Is(e.err, syscall.EACCES), errors.Is(e.err, syscall.EPERM), errors.Is(e.err, syscall.EROFS):
		return at + "pimmsbot n'a pas le droit d'écrire dans ce dossier\u00a0: indiquez un dossier à lui, par exemple " + e.name + "=/run/pimmsbot/admin.sock, ou off"
	case errors.Is(e.err, syscall.ENOTDIR):
		return at + "une partie du chemin est un fichier, pas un dossier\u00a0: vérifiez le chemin, ou écrivez off"
	}
	return at + "vérifiez le chemin, par exemple " + e.name + "=/run/pimmsbot/admin.sock, ou off (détail\u00a0: " + e.err.Error() + ")"
}

func (e *listenError) Unwrap() error { return e.err }
