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
// flags and validates the result.
func loadConfig(name string, args []string, env *Env, more func(*flag.FlagSet)) (*Config, *flag.FlagSet, error) {
	fs := flag.NewFlagSet(name, flag.ContinueOnError)
	fs.SetOutput(env.Stderr)
	var file, db, faqDir string
	fs.StringVar(&file, "config", "", "read settings from this `file` of NAME=value lines; the environment wins over it")
	fs.StringVar(&db, "db", "", "bbolt database `file` (env PIMMS_DB, default "+config.DefaultDB+")")
	fs.StringVar(&faqDir, "faq", "", "load the FAQ from this `folder` instead of the embedded one (env PIMMS_FAQ_DIR)")
	if more != nil {
		more(fs)
	}
	if err := fs.Parse(args); err != nil {
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
