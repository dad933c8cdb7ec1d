package discord

import (
	"context"
	"fmt"
	"log/slog"
	"strings"
	"sync"
	"sync/atomic"

	"github.com/bwmarrin/discordgo"
)

// discordgo logs through one package variable, discordgo.Logger, and with
// log.Printf when it is nil: outside the process's slog handler and its
// masking of secrets. The desk sets the variable once, to a function that
// hands the lines to the logger of the last desk created (a process has
// one), with the bot's token masked.
var (
	logSink    atomic.Pointer[logTarget]
	logInstall sync.Once
)

type logTarget struct {
	log  *slog.Logger
	mask *strings.Replacer
}

// masked replaces the token in discordgo's lines.
const masked = "[masqué]"

func routeLogs(log *slog.Logger, token string) {
	pairs := []string{}
	if token != "" {
		pairs = append(pairs, token, masked)
	}
	logSink.Store(&logTarget{log: log.With("source", "discordgo"), mask: strings.NewReplacer(pairs...)})
	logInstall.Do(func() { discordgo.Logger = discordgoLog })
}

// discordgoLog is discordgo.Logger: a line of discordgo at its level.
func discordgoLog(level, caller int, format string, args ...any) {
	sink := logSink.Load()
	if sink == nil {
		return
	}
	msg := sink.mask.Replace(strings.TrimSpace(fmt.Sprintf(format, args...)))
	lvl := slog.LevelDebug
	switch level {
	case discordgo.LogError, discordgo.LogWarning:
		// discordgo's errors are about its connection, which it
		// restores by itself (the desk reports what it cannot): a
		// warning, not an error that pages someone.
		lvl = slog.LevelWarn
	case discordgo.LogInformational:
		lvl = slog.LevelInfo
	}
	if strings.HasPrefix(msg, "unknown ") {
		// An event or opcode newer than discordgo: nothing to act on.
		lvl = slog.LevelDebug
	}
	sink.log.Log(context.Background(), lvl, msg)
}
