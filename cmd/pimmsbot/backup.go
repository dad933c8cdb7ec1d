package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"syscall"

	"pimmsbot/internal/bolt"
)

func runBackup(ctx context.Context, env *Env, args []string) int {
	var file string
	if len(args) > 0 && args[0] != "" && args[0][0] != '-' {
		file, args = args[0], args[1:]
	}
	var force bool
	cfg, fs, code, ok := commandConfig("backup", args, env, func(fs *flag.FlagSet) {
		fs.BoolVar(&force, "force", false, "remplacer FICHIER s'il existe déjà")
	})
	if !ok {
		return code
	}
	more := fs.Args()
	if file == "" && len(more) > 0 {
		file, more = more[0], more[1:]
	}
	switch {
	case file == "":
		return env.usageError("backup", "donnez le FICHIER où écrire la copie")
	case len(more) > 0:
		return env.usageError("backup", "argument inattendu %s", guillemets(more[0]))
	}
	// An older backup is worth keeping: replacing it takes --force. The
	// database itself is refused below, --force or not.
	if fi, err := os.Stat(file); err == nil && !force {
		if db, err := os.Stat(cfg.DB); err != nil || !os.SameFile(fi, db) {
			return env.errorf(1, "backup", "%s existe déjà\u00a0: rien n'est écrit. Donnez un autre nom de fichier, ou --force pour le remplacer.", file)
		}
	}
	// The folder is created when missing (a first dated backup of a
	// cron job, docs/deploy.md), and the site manager told so: a typo in
	// the path would otherwise leave the copy where nobody looks.
	dir := filepath.Dir(file)
	_, err := os.Stat(dir)
	created := errors.Is(err, os.ErrNotExist)
	if sameFile(file, cfg.DB) {
		return env.errorf(1, "backup", "%s est la base elle-même\u00a0: rien n'est écrit. Donnez un autre nom de fichier pour la copie.", file)
	}
	n, how, err := copyDatabase(ctx, cfg, file)
	if err != nil {
		return env.errorf(1, "backup", "%v", targetError(err, file))
	}
	// The copy is only a backup once it is known to open and be sound.
	copyStore, err := bolt.Open(file, bolt.Options{})
	if err == nil {
		err = copyStore.Check()
		copyStore.Close()
	}
	if err != nil {
		return env.errorf(1, "backup", "la copie %s n'a pas passé la vérification\u00a0: %v", file, err)
	}
	fmt.Fprintf(env.Stdout, "Sauvegarde écrite dans %s (%s, %s\u00a0; vérification de cohérence réussie).\n", file, compte(int(n), "octet"), how)
	if created {
		fmt.Fprintf(env.Stdout, "Le dossier %s n'existait pas\u00a0: il a été créé.\n", dir)
	}
	fmt.Fprintln(env.Stdout, "Pour la restaurer\u00a0: arrêtez pimmsbot, copiez ce fichier à la place de PIMMS_DB, puis redémarrez pimmsbot (docs/deploy.md).")
	return 0
}

// sameFile reports whether a and b name the same file, existing or not.
func sameFile(a, b string) bool {
	fa, errA := os.Stat(a)
	fb, errB := os.Stat(b)
	if errA == nil && errB == nil {
		return os.SameFile(fa, fb)
	}
	absA, errA := filepath.Abs(a)
	absB, errB := filepath.Abs(b)
	return errA == nil && errB == nil && absA == absB
}

// targetError says in French why the copy could not be written in the
// folder of file, when that is what err is about (the store's English
// stays as the detail); any other error is returned as it is.
func targetError(err error, file string) error {
	var pe *fs.PathError
	dir, derr := filepath.Abs(filepath.Dir(file))
	if !errors.As(err, &pe) || derr != nil {
		return err
	}
	// The copy's temporary file beside file, or a folder on its way.
	at, aerr := filepath.Abs(pe.Path)
	if aerr != nil || (filepath.Dir(at) != dir && at != dir && !strings.HasPrefix(dir, at+string(filepath.Separator))) {
		return err
	}
	why := "la copie n'a pas pu être écrite dans le dossier %s\u00a0; vérifiez le chemin"
	switch {
	case errors.Is(err, syscall.ENOTDIR):
		why = "une partie du chemin %s est un fichier, pas un dossier\u00a0; vérifiez le chemin"
	case errors.Is(err, syscall.ENOSPC):
		why = "le disque du dossier %s est plein\u00a0; libérez de la place, ou choisissez un autre dossier"
	case errors.Is(err, fs.ErrPermission), errors.Is(err, syscall.EROFS):
		why = "pimmsbot n'a pas le droit d'écrire dans le dossier %s\u00a0; choisissez un dossier où il peut écrire"
	}
	return fmt.Errorf(why+" (détail\u00a0: %w)", dir, err)
}
