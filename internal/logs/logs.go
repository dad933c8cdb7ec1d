// Package logs sets up the process's logger: text or JSON lines on
// standard error, from a level on, with the bot tokens masked wherever they
// appear. No resident's message enters here: callers log ids, codes and
// sizes only, and this package is the safety net for the secrets a
// library's error may quote (a request URL holds the Telegram token).
package logs

import (
	"context"
	"fmt"
	"io"
	"log/slog"
	"strings"
)

// New returns the process's logger, set up once by the command and
// handed to every part that logs: text or JSON lines on w, from level on.
//
// What is logged is ids, codes and sizes, never a resident's text: that is
// each caller's rule. As a safety net, every secret in secrets (the bot
// tokens) is masked wherever it appears in a line, as a library's error
// may quote a request URL that holds the token.
//
// An unknown format or level is an error in French that names the
// variable that sets it (PIMMS_LOG_FORMAT, PIMMS_LOG_LEVEL), for the
// person who runs the command.
func New(w io.Writer, format, level string, secrets []string) (*slog.Logger, error) {
	lvl, err := ParseLevel(level)
	if err != nil {
		return nil, err
	}
	opts := &slog.HandlerOptions{Level: lvl}
	var h slog.Handler
	switch format {
	case "json":
		h = slog.NewJSONHandler(w, opts)
	case "text", "":
		h = slog.NewTextHandler(w, opts)
	default:
		return nil, fmt.Errorf("PIMMS_LOG_FORMAT\u00a0: «\u00a0%s\u00a0» n'est pas prévu\u00a0; écrivez text ou json", format)
	}
	if r := secretReplacer(secrets); r != nil {
		h = &maskHandler{h: h, r: r}
	}
	return slog.New(h), nil
}

// ParseLevel reads "debug", "info", "warn" or "error"; its error, in
// French, names PIMMS_LOG_LEVEL.
func ParseLevel(s string) (slog.Level, error) {
	switch strings.ToLower(s) {
	case "debug":
		return slog.LevelDebug, nil
	case "info", "":
		return slog.LevelInfo, nil
	case "warn", "warning":
		return slog.LevelWarn, nil
	case "error":
		return slog.LevelError, nil
	}
	return 0, fmt.Errorf("PIMMS_LOG_LEVEL\u00a0: «\u00a0%s\u00a0» n'est pas prévu\u00a0; écrivez debug, info, warn ou error", s)
}

// masked replaces a secret in a log line.
const masked = "[masqué]"

// minSecret is the length under which a value is not masked: masking a
// short string would garble unrelated text.
const minSecret = 8

// secretReplacer returns a replacer of the secrets, nil when there are none.
// A Telegram token "123:ABC" is also masked by its part after the colon.
func secretReplacer(secrets []string) *strings.Replacer {
	var pairs []string
	for _, s := range secrets {
		if len(s) >= minSecret {
			pairs = append(pairs, s, masked)
		}
		if _, after, ok := strings.Cut(s, ":"); ok && len(after) >= minSecret {
			pairs = append(pairs, after, masked)
		}
	}
	if len(pairs) == 0 {
		return nil
	}
	return strings.NewReplacer(pairs...)
}

// maskHandler masks secrets in the message and the attributes of every
// record before handing it on.
type maskHandler struct {
	h slog.Handler
	r *strings.Replacer
}

func (m *maskHandler) Enabled(ctx context.Context, l slog.Level) bool { return m.h.Enabled(ctx, l) }

func (m *maskHandler) Handle(ctx context.Context, rec slog.Record) error {
	out := slog.NewRecord(rec.Time, rec.Level, m.r.Replace(rec.Message), rec.PC)
	rec.Attrs(func(a slog.Attr) bool {
		out.AddAttrs(m.attr(a))
		return true
	})
	return m.h.Handle(ctx, out)
}

func (m *maskHandler) WithAttrs(attrs []slog.Attr) slog.Handler {
	masked := make([]slog.Attr, len(attrs))
	for i, a := range attrs {
		masked[i] = m.attr(a)
	}
	return &maskHandler{h: m.h.WithAttrs(masked), r: m.r}
}

func (m *maskHandler) WithGroup(name string) slog.Handler {
	return &maskHandler{h: m.h.WithGroup(name), r: m.r}
}

// attr masks the secrets in one attribute; a value of another kind that
// prints a secret (an error, a URL) becomes its masked text.
func (m *maskHandler) attr(a slog.Attr) slog.Attr {
	v := a.Value.Resolve()
	switch v.Kind() {
	case slog.KindString:
		return slog.String(a.Key, m.r.Replace(v.String()))
	case slog.KindGroup:
		group := v.Group()
		out := make([]any, len(group))
		for i, g := range group {
			out[i] = m.attr(g)
		}
		return slog.Group(a.Key, out...)
	case slog.KindAny:
		s := fmt.Sprint(v.Any())
		if r := m.r.Replace(s); r != s {
			return slog.String(a.Key, r)
		}
	}
	return slog.Attr{Key: a.Key, Value: v}
}
