package main

import (
	"cmp"
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"strings"

	"pimmsbot/internal/conversation"
	"pimmsbot/internal/report"
)

func runExport(ctx context.Context, env *Env, args []string) int {
	var who *string
	var out string
	cfg, fs, code, ok := commandConfig("export", args, env, func(fs *flag.FlagSet) {
		who = residentFlag(fs)
		fs.StringVar(&out, "out", "", "écrire le JSON dans ce `fichier` (mode 0600) plutôt que sur la sortie standard")
	})
	if !ok {
		return code
	}
	switch {
	case fs.NArg() > 0:
		return env.usageError("export", "argument inattendu %s", guillemets(fs.Arg(0)))
	case *who == "":
		return env.usageError("export", "donnez l'usager avec --resident")
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
		clicksInWords(x, reportNames(ctx, cfg, store))
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
		fmt.Fprintf(env.Stdout, "%s\u00a0: %s, %s, %s.\n", out, compte(len(x.Conversations), "conversation"),
			compte(len(x.Messages), "message"), compte(len(x.Tickets), "demande"))
	}
	return 0
}

// clicksInWords rewrites the resident's taps of x, stored as the
// buttons' codes (« [bouton] fb1:ameli-carte-vitale »), in the words of
// the mediators' history (conversation.ClickText), with the FAQ's titles:
// « [bouton] a trouvé utile la réponse « Comment avoir … ? » 👍 ». The
// export answers a resident's access request: they read what they
// tapped, not the bot's codes.
func clicksInWords(x *conversation.Export, names report.Names) {
	entry := func(id string) string {
		title := ""
		if names.EntryTitle != nil {
			title = names.EntryTitle(id)
		}
		return "«\u00a0" + cmp.Or(title, id) + "\u00a0»"
	}
	for i, m := range x.Messages {
		if action, ok := strings.CutPrefix(m.Text, conversation.ClickPrefix); ok && m.From == conversation.FromResident {
			x.Messages[i].Text = conversation.ClickPrefix + conversation.ClickText(action, entry, names.Theme)
		}
	}
}
