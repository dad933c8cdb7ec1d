package main

import (
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"os"
)

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
	store, done, err := openReader(ctx, cfg)
	if err != nil {
		return env.errorf(1, "export", "%v", err)
	}
	defer done()
	id, err := store.FindResident(ctx, *who)
	if err != nil {
		return env.errorf(1, "export", "%v", err)
	}
	x, err := store.Export(ctx, id)
	var data []byte
	if err == nil {
		data, err = json.MarshalIndent(x, "", "  ")
	}
	if err == nil && out != "" {
		err = os.WriteFile(out, append(data, '\n'), 0o600)
	}
	switch {
	case err != nil:
		return env.errorf(1, "export", "%v", err)
	case out == "":
		env.Stdout.Write(append(data, '\n'))
	default:
		fmt.Fprintf(env.Stdout, "%s: %s, %s, %s\n", out, count(len(x.Conversations), "conversation"),
			count(len(x.Messages), "message"), count(len(x.Tickets), "ticket"))
	}
	return 0
}
