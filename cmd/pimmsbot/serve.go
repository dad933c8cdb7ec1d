package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"maps"
	"os"
	"os/signal"
	"slices"
	"strings"
	"syscall"

	"pimmsbot/internal/catalog"
	"pimmsbot/internal/logs"
	"pimmsbot/internal/server"
	"pimmsbot/internal/sites"
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
		fs.BoolVar(&check, "check", false, "vérifier la configuration et la FAQ, afficher la configuration (secrets masqués), puis s'arrêter")
	})
	if cfg == nil && err != nil {
		return flagsExit(err) // parseFlags said what was wrong
	}
	err = errors.Join(err, errors.Join(append(cfg.Telegram.Validate(), cfg.Discord.Validate()...)...))
	net, nerr := cfg.Network() // the sites file's errors name the site and the field, one a line
	if nerr == nil {
		nerr = server.CheckNetwork(cfg, net)
	}
	if err = errors.Join(err, nerr); err != nil {
		return env.errorf(2, "serve", "configuration invalide\u00a0:\n%s", indent(err.Error()))
	}
	cat, err := loadCatalog(cfg.FAQDir)
	var probs *catalog.Problems
	switch {
	case errors.As(err, &probs):
		// « la FAQ a 2 erreurs : … » says already what it is about.
		return env.errorf(1, "serve", "%v", err)
	case err != nil:
		return env.errorf(1, "serve", "FAQ\u00a0: %v", err)
	}
	for _, w := range cfg.Warnings() {
		fmt.Fprintf(env.Stderr, "pimmsbot serve\u00a0: attention\u00a0: %s\n", w)
	}
	if check {
		fmt.Fprintln(env.Stdout, "configuration correcte")
		cfg.Dump(env.Stdout)
		dumpNetwork(env, net)
		return 0
	}
	log, err := logs.New(env.Stderr, cfg.LogFormat, cfg.LogLevel, cfg.Secrets())
	if err != nil {
		return env.errorf(2, "serve", "%v", err)
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
		return env.errorf(2, "serve", "%v", err)
	case err != nil:
		return env.errorf(1, "serve", "%v", err)
	}
	return 0
}

// dumpNetwork writes, after the settings' dump of serve --check, the
// sites served and which bot serves each.
func dumpNetwork(env *Env, net *sites.Network) {
	fmt.Fprintf(env.Stdout, "# %s, site par défaut\u00a0: %s\n", compte(len(net.Sites), "site"), net.DefaultID)
	bots := server.BotSites(net)
	for _, name := range slices.Sorted(maps.Keys(bots)) {
		fmt.Fprintf(env.Stdout, "# bot %s\u00a0: %s\n", name, strings.Join(bots[name], " "))
	}
}
