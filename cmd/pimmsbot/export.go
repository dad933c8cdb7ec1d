package main

import (
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"strings"

	"pimmsbot/internal/bolt"
	"pimmsbot/internal/conversation"
)

// residentFlag adds --resident to fs.
func residentFlag(fs *flag.FlagSet) *string {
	return fs.String("resident", "", "the resident: telegram:ID, a Telegram user id, or the label mediators see (\"Usager 7F3A\")")
}

func runExport(ctx context.Context, env *Env, args []string) int {
	var who *string
	var out string
	cfg, fs, code, ok := commandConfig("export", args, env, func(fs *flag.FlagSet) {
		who = residentFlag(fs)
		fs.StringVar(&out, "out", "", "write the JSON to this `file` (mode 0600) instead of the standard output")
	})
	if !ok {
		return code
	}
	if *who == "" || fs.NArg() > 0 {
		fmt.Fprintln(env.Stderr, "usage: pimmsbot export --resident ID [--out FILE]")
		return 2
	}
	store, done, err := openSnapshot(ctx, cfg)
	if err != nil {
		fmt.Fprintf(env.Stderr, "pimmsbot export: %v\n", err)
		return 1
	}
	defer done()
	id, err := resolveResident(ctx, store, *who)
	if err != nil {
		fmt.Fprintf(env.Stderr, "pimmsbot export: %v\n", err)
		return 1
	}
	x, err := store.Export(ctx, id)
	if err != nil {
		fmt.Fprintf(env.Stderr, "pimmsbot export: %v\n", err)
		return 1
	}
	data, err := json.MarshalIndent(x, "", "  ")
	if err != nil {
		fmt.Fprintf(env.Stderr, "pimmsbot export: %v\n", err)
		return 1
	}
	data = append(data, '\n')
	if out == "" {
		env.Stdout.Write(data)
		return 0
	}
	if err := os.WriteFile(out, data, 0o600); err != nil {
		fmt.Fprintf(env.Stderr, "pimmsbot export: %v\n", err)
		return 1
	}
	fmt.Fprintf(env.Stdout, "%s: %d conversations, %d messages, %d tickets\n", out, len(x.Conversations), len(x.Messages), len(x.Tickets))
	return 0
}

// resolveResident turns what the site manager knows of a resident into
// the stored id: "telegram:42" as is, "42" as a Telegram user id, or the
// label mediators see on the desk ("Usager 7F3A"), looked up among the
// tickets. It returns ENOTFOUND when nothing is stored about them.
func resolveResident(ctx context.Context, store *bolt.Store, who string) (string, error) {
	who = strings.TrimSpace(who)
	id := who
	switch {
	case strings.HasPrefix(strings.ToLower(who), "usager "):
		ids := map[string]bool{}
		err := store.ForEachTicket(ctx, func(t conversation.Ticket) error {
			if t.Resident != "" && strings.EqualFold(t.Label, who) {
				ids[t.Resident] = true
			}
			return nil
		})
		if err != nil {
			return "", err
		}
		switch len(ids) {
		case 0:
			return "", conversation.Errorf(conversation.ENOTFOUND, "no ticket of %q is stored (erased, purged, or never handed over): give the Telegram id instead", who)
		case 1:
			for k := range ids {
				id = k
			}
		default:
			return "", conversation.Errorf(conversation.EINVALID, "%d residents share the label %q: give the Telegram id instead", len(ids), who)
		}
	case !strings.Contains(who, ":"):
		id = "telegram:" + who
	}
	if _, err := store.Resident(ctx, id); err != nil {
		if conversation.ErrorCode(err) == conversation.ENOTFOUND {
			return "", conversation.Errorf(conversation.ENOTFOUND, "nothing is stored about resident %s (never wrote, erased, or purged after the retention period)", id)
		}
		return "", err
	}
	return id, nil
}
