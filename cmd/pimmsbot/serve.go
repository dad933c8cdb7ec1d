package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"log/slog"
	"sync"

	"pimmsbot/internal/bolt"
	"pimmsbot/internal/catalog"
	"pimmsbot/internal/conversation"
)

func init() {
	register(command{
		name:    "serve",
		summary: "run the bot: Telegram for residents, Discord for mediators",
		run:     runServe,
	})
}

// adapterRun runs an adapter's intake (Telegram polling, the Discord
// gateway) until ctx is done, handing events to the service.
type adapterRun func(ctx context.Context, svc *conversation.Service) error

func runServe(ctx context.Context, env *Env, args []string) int {
	var check bool
	cfg, _, err := loadConfig("serve", args, env, func(fs *flag.FlagSet) {
		fs.BoolVar(&check, "check", false, "validate the configuration and the FAQ, then exit")
	})
	if errors.Is(err, flag.ErrHelp) {
		return 0
	}
	if err == nil {
		err = errors.Join(append(cfg.Telegram.validate(), cfg.Discord.validate()...)...)
	}
	if err != nil {
		fmt.Fprintf(env.Stderr, "pimmsbot serve: invalid configuration:\n%v\n", err)
		return 2
	}
	cat, err := loadCatalog(cfg.FAQDir)
	if err != nil {
		fmt.Fprintf(env.Stderr, "pimmsbot serve: FAQ: %v\n", err)
		return 1
	}
	if check {
		fmt.Fprintln(env.Stdout, "configuration OK")
		return 0
	}
	log := slog.New(slog.NewTextHandler(env.Stderr, nil))
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
	defer store.Close() // last, once everything else has stopped

	desk, runDesk, err := newDiscord(ctx, cfg, store, log)
	if err != nil {
		fmt.Fprintf(env.Stderr, "pimmsbot serve: Discord: %v\n", err)
		return 1
	}
	channel, runChannel, err := newTelegram(ctx, cfg, store, log)
	if err != nil {
		fmt.Fprintf(env.Stderr, "pimmsbot serve: Telegram: %v\n", err)
		return 1
	}
	svcCfg := conversation.Config{
		Store: store, Catalog: cat, Matcher: catalog.NewMatcher(cat),
		Channels: map[string]conversation.Channel{"telegram": channel},
		Site:     site, Logger: log,
	}
	if desk != nil {
		svcCfg.Desk = desk
	}
	svc, err := conversation.New(ctx, svcCfg)
	if err != nil {
		fmt.Fprintf(env.Stderr, "pimmsbot serve: %v\n", err)
		return 1
	}
	var wg sync.WaitGroup
	wg.Go(func() { svc.Run(ctx, cfg.RemindAfter) })
	if runDesk != nil {
		wg.Go(func() {
			if err := runDesk(ctx, svc); err != nil && ctx.Err() == nil {
				log.Error("discord stopped", "err", err)
			}
		})
	}
	log.Info("pimmsbot serving", "site", site.Name, "discord", desk != nil)
	err = runChannel(ctx, svc)
	wg.Wait()
	if err != nil && ctx.Err() == nil {
		log.Error("telegram stopped", "err", err)
		return 1
	}
	log.Info("pimmsbot stopped")
	return 0
}
