package main

import (
	"context"
	"flag"
	"fmt"
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
		return env.errorf(2, "purge", "unexpected argument %q", fs.Arg(0))
	}
	before := time.Now().AddDate(0, 0, -cfg.RetentionDays)
	if dry {
		st, err := purgeCopy(ctx, cfg, before)
		if err != nil {
			return env.errorf(1, "purge", "%v", err)
		}
		st.Report(env.Stdout, "would purge", before, cfg.RetentionDays)
		return 0
	}
	store, err := openStore(ctx, cfg, "The running pimmsbot purges every day on its own; to purge now, stop it first.")
	if err != nil {
		return env.errorf(1, "purge", "%v", err)
	}
	defer store.Close()
	st, err := store.Purge(ctx, before)
	if err != nil {
		return env.errorf(1, "purge", "%v", err)
	}
	st.Report(env.Stdout, "purged", before, cfg.RetentionDays)
	if _, err := store.Compact(ctx, true); err != nil {
		return env.errorf(1, "purge", "compacting the file failed (purged bytes may remain in free pages until reused): %v", err)
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
