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
	switch {
	case fs.NArg() > 0:
		return env.usageError("erase", "argument inattendu %s", guillemets(fs.Arg(0)))
	case *who == "":
		return env.usageError("erase", "donnez l'usager à effacer avec --resident")
	}
	if c := answeringService(ctx, cfg); c != nil {
		return eraseViaService(ctx, env, c, *who)
	}
	store, err := openFile(cfg, "Les usagers peuvent aussi le faire eux-mêmes avec /mesdonnees et /oublier.")
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
	fmt.Fprintf(env.Stdout, "Usager %s effacé\u00a0: sa fiche, ses messages, ses avis et ses questions sans réponse sont supprimés. "+
		"Ses conversations et ses demandes restent, anonymes, pour les statistiques.\n", id)
	fmt.Fprintln(env.Stdout, "Ses messages dans les fils des médiateurs seront supprimés au prochain démarrage de pimmsbot.")
	if closed != 0 {
		fmt.Fprintf(env.Stdout, "Sa demande ouverte n° %d est close\u00a0; les médiateurs seront prévenus au prochain démarrage de pimmsbot.\n", closed)
	}
	if _, err := store.Compact(ctx, true); err != nil {
		return env.errorf(1, "erase", "les données sont effacées, mais le compactage du fichier a échoué "+
			"(d'anciens octets peuvent rester dans ses pages libres jusqu'à leur réemploi)\u00a0: %v", err)
	}
	fmt.Fprintln(env.Stdout, "Base compactée\u00a0: il n'en reste aucune trace dans le fichier. "+
		"Les sauvegardes faites avant gardent ces données jusqu'à leur remplacement.")
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
	fmt.Fprintf(env.Stdout, "Usager %s effacé par le pimmsbot en marche\u00a0: sa fiche, ses messages, ses avis et ses questions sans réponse "+
		"sont supprimés, ses messages aussi dans les fils des médiateurs. Une demande ouverte est close et les médiateurs sont prévenus.\n", who)
	fmt.Fprintln(env.Stdout, "Base compactée par le pimmsbot en marche\u00a0: il n'en reste aucune trace dans le fichier. "+
		"Les sauvegardes faites avant gardent ces données jusqu'à leur remplacement (une sauvegarde restaurée oublie à nouveau l'usager au démarrage).")
	return 0
}
