package main

import (
	"context"
	"flag"
	"fmt"
	"io"
	"time"

	"pimmsbot/internal/bolt"
)

func runPurge(ctx context.Context, env *Env, args []string) int {
	var dry bool
	cfg, fs, code, ok := commandConfig("purge", args, env, func(fs *flag.FlagSet) {
		fs.BoolVar(&dry, "dry-run", false, "count what would be purged, on a copy, without changing the database (works while the bot runs)")
	})
	if !ok {
		return code
	}
	if fs.NArg() > 0 {
		fmt.Fprintf(env.Stderr, "pimmsbot purge: unexpected argument %q\n", fs.Arg(0))
		return 2
	}
	before := time.Now().AddDate(0, 0, -cfg.RetentionDays)
	if dry {
		st, err := purgeCopy(ctx, cfg, before)
		if err != nil {
			fmt.Fprintf(env.Stderr, "pimmsbot purge: %v\n", err)
			return 1
		}
		writePurge(env.Stdout, "would purge", before, cfg.RetentionDays, st)
		return 0
	}
	store, err := openStore(ctx, cfg, "The running pimmsbot purges every day on its own; to purge now, stop it first.")
	if err != nil {
		fmt.Fprintf(env.Stderr, "pimmsbot purge: %v\n", err)
		return 1
	}
	defer store.Close()
	st, err := store.Purge(ctx, before)
	if err != nil {
		fmt.Fprintf(env.Stderr, "pimmsbot purge: %v\n", err)
		return 1
	}
	writePurge(env.Stdout, "purged", before, cfg.RetentionDays, st)
	if _, err := store.Compact(ctx, true); err != nil {
		fmt.Fprintf(env.Stderr, "pimmsbot purge: compacting the file failed (purged bytes may remain in free pages until reused): %v\n", err)
		return 1
	}
	fmt.Fprintln(env.Stdout, "database compacted: the purged text is gone from the file")
	return 0
}

// purgeCopy purges a copy of the database, made by the running service
// when it holds the file, and returns what went.
func purgeCopy(ctx context.Context, cfg *Config, before time.Time) (bolt.PurgeStats, error) {
	store, done, err := openCopy(cfg, bolt.Options{NoSync: true}, func(file string) error {
		_, _, err := copyDatabase(ctx, cfg, file)
		return err
	})
	if err != nil {
		return bolt.PurgeStats{}, err
	}
	defer done()
	return store.Purge(ctx, before)
}

func writePurge(w io.Writer, verb string, before time.Time, days int, st bolt.PurgeStats) {
	fmt.Fprintf(w, "%s what is older than %s (retention %d days):\n", verb, before.Format(time.DateOnly), days)
	fmt.Fprintf(w, "  conversations anonymised  %d (their counts stay for the statistics)\n", st.Conversations)
	fmt.Fprintf(w, "  messages deleted          %d\n", st.Messages)
	fmt.Fprintf(w, "  unanswered deleted        %d\n", st.Unanswered)
	fmt.Fprintf(w, "  feedback texts cleared    %d\n", st.Feedback)
	fmt.Fprintf(w, "  suggestion texts cleared  %d\n", st.Suggestions)
	fmt.Fprintf(w, "  proposal texts cleared    %d\n", st.Proposals)
	fmt.Fprintf(w, "  tickets anonymised        %d\n", st.Tickets)
	fmt.Fprintf(w, "  residents deleted         %d\n", st.Residents)
	fmt.Fprintf(w, "  outbox items deleted      %d\n", st.Outbox)
}
