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
		fs.BoolVar(&dry, "dry-run", false, "compter ce qui serait purgé, sur une copie, sans rien changer à la base (possible pendant que le bot tourne)")
	})
	if !ok {
		return code
	}
	if fs.NArg() > 0 {
		return env.usageError("purge", "argument inattendu %s", guillemets(fs.Arg(0)))
	}
	before := time.Now().AddDate(0, 0, -cfg.RetentionDays)
	if dry {
		st, err := purgeCopy(ctx, cfg, before)
		if err != nil {
			return env.errorf(1, "purge", "%v", err)
		}
		writePurge(env.Stdout, st, true, before, cfg.RetentionDays)
		return 0
	}
	store, err := openStore(ctx, cfg, "Le pimmsbot en marche purge de lui-même chaque jour\u00a0; pour purger tout de suite, arrêtez-le d'abord.")
	if err != nil {
		return env.errorf(1, "purge", "%v", err)
	}
	defer store.Close()
	st, err := store.Purge(ctx, before)
	if err != nil {
		return env.errorf(1, "purge", "%v", err)
	}
	writePurge(env.Stdout, st, false, before, cfg.RetentionDays)
	if _, err := store.Compact(ctx, true); err != nil {
		return env.errorf(1, "purge", "le compactage du fichier a échoué (le texte purgé peut rester dans ses pages libres jusqu'à leur réemploi)\u00a0: %v", err)
	}
	fmt.Fprintln(env.Stdout, "Base compactée\u00a0: le texte purgé a quitté le fichier.")
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

// writePurge writes, for the site manager, what a purge of what is older
// than before did, or would do when dry, with the retention period in
// days.
func writePurge(w io.Writer, st bolt.PurgeStats, dry bool, before time.Time, days int) {
	head := "Purgé"
	if dry {
		head = "Serait purgé (essai, rien n'est changé)"
	}
	fmt.Fprintf(w, "%s\u00a0: ce qui date d'avant le %s (conservation %s)\n", head, before.Format("02/01/2006"), compte(days, "jour"))
	for _, l := range []struct {
		n    int
		what string
	}{
		{st.Conversations, "conversations rendues anonymes (leurs nombres restent pour les statistiques)"},
		{st.Messages, "messages supprimés"},
		{st.Unanswered, "questions sans réponse supprimées"},
		{st.Feedback, "textes d'avis (👍/👎) effacés"},
		{st.Suggestions, "textes de suggestions effacés"},
		{st.Proposals, "textes de propositions de fiches effacés"},
		{st.Tickets, "demandes rendues anonymes"},
		{st.Residents, "usagers supprimés"},
		{st.Outbox, "envois en attente supprimés"},
	} {
		fmt.Fprintf(w, "  %6d  %s\n", l.n, l.what)
	}
}
