package main

import (
	"context"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"time"

	"pimmsbot/internal/admin"
	"pimmsbot/internal/bolt"
	"pimmsbot/internal/conversation"
)

func runErase(ctx context.Context, env *Env, args []string) int {
	var who *string
	cfg, fs, code, ok := commandConfig("erase", args, env, func(fs *flag.FlagSet) { who = residentFlag(fs) })
	if !ok {
		return code
	}
	if *who == "" || fs.NArg() > 0 {
		fmt.Fprintln(env.Stderr, "usage: pimmsbot erase --resident ID")
		return 2
	}
	store, err := openStore(cfg, inUseHint)
	if conversation.ErrorCode(err) == conversation.ECONFLICT && cfg.SocketPath() != "" {
		return eraseViaService(ctx, env, cfg, *who)
	}
	if err != nil {
		fmt.Fprintf(env.Stderr, "pimmsbot erase: %v\n", err)
		return 1
	}
	defer store.Close()
	id, err := resolveResident(ctx, store, *who)
	if err != nil {
		fmt.Fprintf(env.Stderr, "pimmsbot erase: %v\n", err)
		return 1
	}
	closed, err := eraseResident(ctx, store, id, time.Now())
	if err != nil {
		fmt.Fprintf(env.Stderr, "pimmsbot erase: %v\n", err)
		return 1
	}
	fmt.Fprintf(env.Stdout, "resident %s erased: record, messages, feedback and unanswered questions deleted; conversations and tickets kept as anonymous counts\n", id)
	fmt.Fprintln(env.Stdout, "their messages in the mediators' threads are deleted when pimmsbot starts again")
	if closed != 0 {
		fmt.Fprintf(env.Stdout, "their open ticket n° %d is closed; the mediators are told when pimmsbot starts again\n", closed)
	}
	if err := compactInPlace(ctx, store); err != nil {
		fmt.Fprintf(env.Stderr, "pimmsbot erase: the data is erased, but compacting the file failed (old bytes may remain in free pages until reused): %v\n", err)
		return 1
	}
	fmt.Fprintln(env.Stdout, "database compacted: no trace is left in the file; backups taken before still hold the data until they are rotated")
	return 0
}

// eraseViaService erases a resident through the running service, which
// holds the database: it closes their open ticket and tells the mediators
// at once. The file cannot be compacted while the service runs.
func eraseViaService(ctx context.Context, env *Env, cfg *Config, who string) int {
	snap, done, err := openSnapshot(ctx, cfg)
	if err != nil {
		fmt.Fprintf(env.Stderr, "pimmsbot erase: %v\n", err)
		return 1
	}
	id, err := resolveResident(ctx, snap, who)
	done()
	if err != nil {
		fmt.Fprintf(env.Stderr, "pimmsbot erase: %v\n", err)
		return 1
	}
	if err := admin.Dial(cfg.SocketPath()).EraseResident(ctx, id); err != nil {
		fmt.Fprintf(env.Stderr, "pimmsbot erase: %v\n", err)
		return 1
	}
	fmt.Fprintf(env.Stdout, "resident %s erased by the running pimmsbot: record, messages, feedback and unanswered questions deleted, their messages deleted from the mediators' threads; an open ticket is closed and the mediators are told\n", id)
	fmt.Fprintln(env.Stdout, "database compacted by the running pimmsbot: no trace is left in the file; backups taken before still hold the data until they are rotated (a restored one forgets the resident again at start)")
	return 0
}

// eraseResident does what the resident's /oublier does while the service
// is stopped (conversation.Forget): it erases everything that names them,
// queues the erasure of their tickets' threads on the desk and closes
// their open ticket, if any, with a notice for the desk; the desk's part
// goes out when the service starts. It returns the number of the ticket
// closed, 0 for none.
func eraseResident(ctx context.Context, store *bolt.Store, id string, now time.Time) (uint64, error) {
	closed, _, err := conversation.Forget(ctx, store, id, now, true)
	return closed, err
}

// compactInPlace replaces the database with a compacted copy, so that the
// bytes of erased and purged records no longer lie in free pages, and
// closes store. The caller holds the database (the service is stopped).
func compactInPlace(ctx context.Context, store *bolt.Store) error {
	path := store.Path()
	tmp := path + ".compact"
	if _, err := store.CompactFile(ctx, tmp); err != nil {
		store.Close()
		return err
	}
	if err := store.Close(); err != nil {
		os.Remove(tmp)
		return err
	}
	if err := os.Rename(tmp, path); err != nil {
		os.Remove(tmp)
		return err
	}
	if dir, err := os.Open(filepath.Dir(path)); err == nil {
		dir.Sync() // make the rename durable
		dir.Close()
	}
	return nil
}
