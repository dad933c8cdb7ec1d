package server

import (
	"context"
	"errors"
	"log/slog"
	"os"

	"pimmsbot/internal/catalog"
	"pimmsbot/internal/conversation"
)

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
	cat, err := catalog.Load(os.DirFS(dir))
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
