package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"

	"pimmsbot/internal/bolt"
	"pimmsbot/internal/catalog"
	"pimmsbot/internal/console"
	"pimmsbot/internal/conversation"
)

func runChat(ctx context.Context, env *Env, args []string) int {
	cfg, _, err := loadConfig("chat", args, env, nil)
	if err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return 0
		}
		return env.errorf(2, "chat", "%v", err)
	}
	cat, err := loadCatalog(cfg.FAQDir)
	if err != nil {
		return env.errorf(1, "chat", "FAQ: %v", err)
	}
	site, err := cfg.Site()
	if err != nil {
		return env.errorf(2, "chat", "%v", err)
	}
	store, err := bolt.Open(cfg.DB, bolt.Options{})
	if err != nil {
		return env.errorf(1, "chat", "%v", err)
	}
	defer store.Close()
	term := console.New(env.Stdout)
	term.Location = cfg.Location()
	if f, ok := env.Stdin.(*os.File); !ok || !isTerminal(f) {
		term.Echo = true
	}
	svc, err := conversation.New(ctx, conversation.Config{
		Store: store, Catalog: cat, Matcher: catalog.NewMatcher(cat),
		Channels: map[string]conversation.Channel{"console": term}, Desk: term, Site: site,
	})
	if err != nil {
		return env.errorf(1, "chat", "%v", err)
	}
	fmt.Fprintf(env.Stdout, "pimmsbot — %s. Écrivez votre question (/aide pour l'aide, :mediateur pour le côté médiateur, Ctrl-D pour quitter).\n", site.Name)
	if err := term.Run(ctx, env.Stdin, svc); err != nil && !errors.Is(err, io.EOF) && !errors.Is(err, context.Canceled) {
		return env.errorf(1, "chat", "%v", err)
	}
	fmt.Fprintln(env.Stdout)
	return 0
}

// isTerminal reports whether f is a terminal rather than a pipe or a file.
func isTerminal(f *os.File) bool {
	fi, err := f.Stat()
	return err == nil && fi.Mode()&os.ModeCharDevice != 0
}
