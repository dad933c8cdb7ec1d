package main

import (
	"context"
	"flag"
	"fmt"
	"time"

	"pimmsbot/internal/conversation"
	"pimmsbot/internal/report"
)

func runStats(ctx context.Context, env *Env, args []string) int {
	var from, to, by string
	var csvOut bool
	cfg, fs, code, ok := commandConfig("stats", args, env, func(fs *flag.FlagSet) {
		fs.StringVar(&from, "from", "", "first `day` of the period, YYYY-MM-DD or YYYY-MM (default: the first day of this month)")
		fs.StringVar(&to, "to", "", "last `day` of the period, included, YYYY-MM-DD or YYYY-MM (default: today)")
		fs.StringVar(&by, "by", "", "split the period: theme or week")
		fs.BoolVar(&csvOut, "csv", false, "write CSV (durations in minutes) instead of a table")
	})
	if !ok {
		return code
	}
	if fs.NArg() > 0 {
		fmt.Fprintf(env.Stderr, "pimmsbot stats: unexpected argument %q\n", fs.Arg(0))
		return 2
	}
	loc := cfg.Location()
	now := time.Now().In(loc)
	start, end, err := period(from, to, now, loc)
	if err != nil {
		fmt.Fprintf(env.Stderr, "pimmsbot stats: %v\n", err)
		return 2
	}
	switch report.By(by) {
	case report.ByNone, report.ByTheme, report.ByWeek:
	default:
		fmt.Fprintf(env.Stderr, "pimmsbot stats: --by %q: want theme or week\n", by)
		return 2
	}
	store, done, err := openSnapshot(ctx, cfg)
	if err != nil {
		fmt.Fprintf(env.Stderr, "pimmsbot stats: %v\n", err)
		return 1
	}
	defer done()
	st := report.NewStats(report.Options{From: start, To: end, By: report.By(by), Location: loc})
	err = store.ForEachConversation(ctx, func(c conversation.Conversation) error { st.AddConversation(c); return nil })
	if err == nil {
		err = store.ForEachTicket(ctx, func(t conversation.Ticket) error { st.AddTicket(t); return nil })
	}
	if err != nil {
		fmt.Fprintf(env.Stderr, "pimmsbot stats: %v\n", err)
		return 1
	}
	if csvOut {
		err = st.WriteCSV(env.Stdout)
	} else {
		err = st.WriteTable(env.Stdout, themeLabel(cfg))
	}
	if err != nil {
		fmt.Fprintf(env.Stderr, "pimmsbot stats: %v\n", err)
		return 1
	}
	return 0
}

// themeLabel returns a function naming a theme id after the FAQ, or nil
// when the FAQ cannot be loaded (the ids are shown then).
func themeLabel(cfg *Config) func(string) string {
	cat, err := loadCatalog(cfg.FAQDir)
	if err != nil {
		return nil
	}
	return func(id string) string {
		if t, ok := cat.Theme(id); ok {
			return t.Label // no emoji: a terminal shows it wider than tabwriter counts
		}
		return id
	}
}

// period reads --from and --to as days (YYYY-MM-DD) or months (YYYY-MM) in
// loc and returns [start, end): end is the day after --to, or the first
// day of the month after. The defaults are this month, up to today.
func period(from, to string, now time.Time, loc *time.Location) (start, end time.Time, err error) {
	start = time.Date(now.Year(), now.Month(), 1, 0, 0, 0, 0, loc)
	end = time.Date(now.Year(), now.Month(), now.Day()+1, 0, 0, 0, 0, loc)
	if from != "" {
		if start, _, err = parseDay(from, loc); err != nil {
			return start, end, fmt.Errorf("--from: %w", err)
		}
	}
	if to != "" {
		if _, end, err = parseDay(to, loc); err != nil {
			return start, end, fmt.Errorf("--to: %w", err)
		}
	}
	if !end.After(start) {
		return start, end, fmt.Errorf("--to %s is before --from %s", to, from)
	}
	return start, end, nil
}

// parseDay reads YYYY-MM-DD or YYYY-MM and returns the start of that day
// or month and the start of the next.
func parseDay(s string, loc *time.Location) (time.Time, time.Time, error) {
	if t, err := time.ParseInLocation(time.DateOnly, s, loc); err == nil {
		return t, t.AddDate(0, 0, 1), nil
	}
	if t, err := time.ParseInLocation("2006-01", s, loc); err == nil {
		return t, t.AddDate(0, 1, 0), nil
	}
	return time.Time{}, time.Time{}, fmt.Errorf("%q: want a day as 2025-03-31 or a month as 2025-03", s)
}
