package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"

	"pimmsbot/internal/bolt"
	"pimmsbot/internal/catalog"
	"pimmsbot/internal/console"
	"pimmsbot/internal/conversation"
	"pimmsbot/internal/sites"
)

func runChat(ctx context.Context, env *Env, args []string) int {
	cfg, fs, err := loadConfig("chat", args, env, nil)
	switch {
	case err != nil && fs == nil:
		return flagsExit(err) // parseFlags said what was wrong
	case err != nil:
		return env.errorf(2, "chat", "%v", err)
	}
	cat, err := loadCatalog(cfg.FAQDir)
	if err != nil {
		return env.errorf(1, "chat", "FAQ\u00a0: %v", err)
	}
	site, err := cfg.Site()
	if err != nil {
		return env.errorf(2, "chat", "%v", err)
	}
	svcCfg := conversation.Config{Catalog: cat, Matcher: catalog.NewMatcher(cat), Site: site}
	name, loc := site.Name, cfg.Location()
	if cfg.SitesFile != "" {
		// The sites of PIMMS_SITES_FILE, as serve has them: the
		// resident's postcode, /site and the deep links choose one.
		net, err := sites.LoadWithoutTokens(cfg.SitesFile)
		if err != nil {
			return env.errorf(2, "chat", "%v", err)
		}
		svcCfg.Sites, name = sites.NewDirectory(net), net.Default().Name
		if net.Location != nil {
			loc = net.Location
		}
	}
	store, err := bolt.Open(cfg.DB, bolt.Options{})
	if err != nil {
		return env.errorf(1, "chat", "%v", err)
	}
	defer store.Close()
	term := console.New(env.Stdout)
	term.Location = loc
	// What residents are told of the mediator, as serve tells them
	// (PIMMS_MEDIATOR_NAMES=generic: one name for all).
	term.Mediator = cfg.ShownName(term.Mediator)
	if f, ok := env.Stdin.(*os.File); !ok || !isTerminal(f) {
		term.Echo = true
	}
	svcCfg.Store, svcCfg.Desk = store, term
	svcCfg.Channels = map[string]conversation.Channel{"console": term}
	svc, err := conversation.New(ctx, svcCfg)
	if err != nil {
		return env.errorf(1, "chat", "%v", err)
	}
	fmt.Fprintf(env.Stdout, "pimmsbot — %s. Écrivez votre question (/aide pour l'aide, :mediateur pour le côté médiateur, Ctrl-D pour quitter).\n", name)
	if err := term.Run(ctx, env.Stdin, svc); err != nil && !errors.Is(err, io.EOF) && !errors.Is(err, context.Canceled) {
		return env.errorf(1, "chat", "%v", err)
	}
	fmt.Fprintln(env.Stdout)
	// serve compacts hourly after an erasure (/oublier); the console
	// does at its end, so that the erased words leave the file at once.
	if _, err := store.Compact(context.WithoutCancel(ctx), false); err != nil {
		return env.errorf(1, "chat", "les données effacées peuvent rester dans les pages libres du fichier jusqu'à `pimmsbot purge`\u00a0: %v", err)
	}
	return 0
}

// isTerminal reports whether f is a terminal rather than a pipe or a file.
func isTerminal(f *os.File) bool {
	fi, err := f.Stat()
	return err == nil && fi.Mode()&os.ModeCharDevice != 0
}
