package main

import (
	"context"
	"flag"
	"fmt"
	"time"

	"pimmsbot/internal/admin"
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
	if c := answeringService(ctx, cfg); c != nil {
		return eraseViaService(ctx, env, c, *who)
	}
	store, err := openFile(cfg, "Residents can also use /mesdonnees and /oublier themselves.")
	if conversation.ErrorCode(err) == conversation.ECONFLICT {
		if c := answeringService(ctx, cfg); c != nil { // it has just started
			return eraseViaService(ctx, env, c, *who)
		}
	}
	if err != nil {
		return env.errorf(1, "erase", "%v", err)
	}
	defer store.Close()
	// The service is stopped: the erasure of the desk's copies and the
	// notice of the closed ticket wait in the outbox for its next start.
	id, err := store.FindResident(ctx, *who)
	var closed uint64
	if err == nil {
		closed, _, err = conversation.Forget(ctx, store, id, time.Now(), true)
	}
	if err != nil {
		return env.errorf(1, "erase", "%v", err)
	}
	fmt.Fprintf(env.Stdout, "resident %s erased: record, messages, feedback and unanswered questions deleted; conversations and tickets kept as anonymous counts\n", id)
	fmt.Fprintln(env.Stdout, "their messages in the mediators' threads are deleted when pimmsbot starts again")
	if closed != 0 {
		fmt.Fprintf(env.Stdout, "their open ticket n° %d is closed; the mediators are told when pimmsbot starts again\n", closed)
	}
	if _, err := store.Compact(ctx, true); err != nil {
		return env.errorf(1, "erase", "the data is erased, but compacting the file failed (old bytes may remain in free pages until reused): %v", err)
	}
	fmt.Fprintln(env.Stdout, "database compacted: no trace is left in the file; backups taken before still hold the data until they are rotated")
	return 0
}

// eraseViaService erases a resident through the running service, which
// holds the database: it closes their open ticket, tells the mediators at
// once and compacts the file (serviceAdmin.EraseResident).
func eraseViaService(ctx context.Context, env *Env, c *admin.Client, who string) int {
	defer c.Close()
	who, err := c.FindResident(ctx, who)
	if err == nil {
		err = c.EraseResident(ctx, who)
	}
	if err != nil {
		return env.errorf(1, "erase", "%v", err)
	}
	fmt.Fprintf(env.Stdout, "resident %s erased by the running pimmsbot: record, messages, feedback and unanswered questions deleted, their messages deleted from the mediators' threads; an open ticket is closed and the mediators are told\n", who)
	fmt.Fprintln(env.Stdout, "database compacted by the running pimmsbot: no trace is left in the file; backups taken before still hold the data until they are rotated (a restored one forgets the resident again at start)")
	return 0
}
