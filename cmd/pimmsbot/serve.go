package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"os"
	"os/signal"
	"syscall"

	"pimmsbot/internal/logs"
	"pimmsbot/internal/server"
)

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
	log, err := logs.New(env.Stderr, cfg.LogFormat, cfg.LogLevel, cfg.Secrets())
	if err != nil {
		fmt.Fprintf(env.Stderr, "pimmsbot serve: %v\n", err)
		return 2
	}
	return serve(ctx, env, server.Options{
		Config: cfg, Catalog: cat, Logger: log, Adapters: server.Adapters{Hangup: hup}, Names: faqNames,
	})
}

// serve runs the service and turns how it ended into an exit code.
func serve(ctx context.Context, env *Env, opts server.Options) int {
	err := server.Run(ctx, opts)
	switch {
	case errors.Is(err, server.ErrConfig):
		fmt.Fprintf(env.Stderr, "pimmsbot serve: %v\n", err)
		return 2
	case err != nil:
		fmt.Fprintf(env.Stderr, "pimmsbot serve: %v\n", err)
		return 1
	}
	return 0
}
