package main

import (
	"errors"
	"flag"
	"os"
	"strings"

	"pimmsbot/internal/config"
)

// Config is pimmsbot's configuration; see package config.
type Config = config.Config

// loadConfig parses the flags in args (--config, --db, --faq and those
// added by more), reads the environment and the --config file, applies the
// flags and validates the result. When the flags are wrong or -h asks for
// the help, parseFlags has said so, fs is nil and err is its error
// (flagsExit gives the exit code).
func loadConfig(name string, args []string, env *Env, more func(*flag.FlagSet)) (*Config, *flag.FlagSet, error) {
	fs := newFlagSet(name)
	var file, db, faqDir string
	fs.StringVar(&file, "config", "", "lire les réglages dans ce `fichier` de lignes NOM=valeur\u00a0; l'environnement l'emporte sur lui")
	fs.StringVar(&db, "db", "", "le `fichier` de la base de données bbolt (env PIMMS_DB, par défaut "+config.DefaultDB+")")
	fs.StringVar(&faqDir, "faq", "", "lire la FAQ dans ce `dossier` plutôt que la FAQ intégrée (env PIMMS_FAQ_DIR)")
	if more != nil {
		more(fs)
	}
	if err := env.parseFlags(fs, args); err != nil {
		return nil, nil, err
	}
	c, err := config.Read(os.Getenv, file)
	fs.Visit(func(f *flag.Flag) {
		switch f.Name {
		case "db":
			c.DB = db
			c.SetFlag("PIMMS_DB", db)
		case "faq":
			c.FAQDir = faqDir
			c.SetFlag("PIMMS_FAQ_DIR", faqDir)
		}
	})
	return c, fs, errors.Join(err, c.Validate())
}

// indent puts each line of s after two spaces and a dash.
func indent(s string) string {
	return "  - " + strings.ReplaceAll(s, "\n", "\n  - ")
}
