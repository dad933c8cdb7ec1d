package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"regexp"
	"strconv"
	"strings"
	"time"
)

// This file is where every command's flags are made and parsed, so that
// the site manager reads French: the help (-h), the usage line, and what
// is wrong with a command line. The flag package writes nothing itself;
// its errors, which are English, are read here and said again in French.

// newFlagSet returns the flag set of the command name, as the help table
// names it ("report", "faq check"). Parse it with env.parseFlags.
func newFlagSet(name string) *flag.FlagSet {
	fs := flag.NewFlagSet(name, flag.ContinueOnError)
	fs.SetOutput(io.Discard)
	fs.Usage = func() {} // parseFlags writes the help and the errors
	return fs
}

// parseFlags parses args with fs, made by newFlagSet. On -h or --help it
// writes the command's help on standard output and returns flag.ErrHelp;
// on a mistake it says on standard error, in French, what is wrong and
// how to call the command, and returns the flag package's error. Turn
// either into the exit code with flagsExit.
func (env *Env) parseFlags(fs *flag.FlagSet, args []string) error {
	err := fs.Parse(args)
	switch {
	case err == nil:
		return nil
	case errors.Is(err, flag.ErrHelp):
		writeHelp(env.Stdout, fs.Name(), fs)
	default:
		env.usageError(fs.Name(), "%s", flagMistake(fs, err))
	}
	return err
}

// flagsExit is the exit code after parseFlags returned err: 0 after the
// help, 2 after a mistake.
func flagsExit(err error) int {
	if errors.Is(err, flag.ErrHelp) {
		return 0
	}
	return 2
}

// usageError says on standard error what is wrong with the command line
// of the command name, then how to call it, and returns 2, the exit code
// of a usage error.
func (env *Env) usageError(name, format string, args ...any) int {
	fmt.Fprintf(env.Stderr, "pimmsbot %s\u00a0: %s\n", name, fmt.Sprintf(format, args...))
	c := helpOf(name)
	writeSynopsis(env.Stderr, c)
	if c.name != "" {
		fmt.Fprintf(env.Stderr, "Aide\u00a0: pimmsbot %s -h\n", name)
	}
	return 2
}

// The flag package's errors (Go's flag.go: parseOne), read to be said
// again in French. A value is written with %q.
var (
	flagUndefined = regexp.MustCompile(`^flag provided but not defined: -(.+)$`)
	flagNoValue   = regexp.MustCompile(`^flag needs an argument: -(.+)$`)
	flagBadValue  = regexp.MustCompile(`^invalid value ("(?:[^"\\]|\\.)*") for flag -([^:]+): (.*)$`)
	flagBadBool   = regexp.MustCompile(`^invalid boolean value ("(?:[^"\\]|\\.)*") for -([^:]+): `)
	flagBadSyntax = regexp.MustCompile(`^bad flag syntax: (.*)$`)
)

// flagMistake says in French what the flag package's err says of a
// command line parsed with fs.
func flagMistake(fs *flag.FlagSet, err error) string {
	msg := err.Error()
	if m := flagUndefined.FindStringSubmatch(msg); m != nil {
		return "option inconnue " + dashed(m[1])
	}
	if m := flagNoValue.FindStringSubmatch(msg); m != nil {
		if f := fs.Lookup(m[1]); f != nil {
			return fmt.Sprintf("il manque la valeur de %s\u00a0: %s %s", dashed(m[1]), dashed(m[1]), placeholder(f))
		}
		return "il manque la valeur de " + dashed(m[1])
	}
	if m := flagBadBool.FindStringSubmatch(msg); m != nil {
		value, _ := strconv.Unquote(m[1])
		return fmt.Sprintf("%s\u00a0: cette option s'écrit seule, sans valeur (ou %s=false pour l'enlever)", guillemets(dashed(m[2])+"="+value), dashed(m[2]))
	}
	if m := flagBadValue.FindStringSubmatch(msg); m != nil {
		value, _ := strconv.Unquote(m[1])
		return fmt.Sprintf("%s %s\u00a0: %s", dashed(m[2]), guillemets(value), expected(fs.Lookup(m[2]), m[3]))
	}
	if m := flagBadSyntax.FindStringSubmatch(msg); m != nil {
		return "option mal écrite\u00a0: " + guillemets(m[1])
	}
	return "ligne de commande incorrecte (" + msg + ")"
}

// expected says what the flag f wants, after the flag package refused a
// value for the reason why.
func expected(f *flag.Flag, why string) string {
	if why == "value out of range" {
		return "ce nombre est trop grand"
	}
	if f == nil {
		return why
	}
	switch valueOf(f).(type) {
	case int, int64:
		return "un nombre entier est attendu"
	case uint, uint64:
		return "un nombre entier positif est attendu"
	case float64:
		return "un nombre est attendu"
	case time.Duration:
		return "une durée est attendue, comme 90s, 15m ou 2h"
	}
	return why
}

// valueOf is the value of f, of its own type (flag.Getter), nil for a
// Value of the command's own that does not tell.
func valueOf(f *flag.Flag) any {
	if g, ok := f.Value.(flag.Getter); ok {
		return g.Get()
	}
	return nil
}

// dashed writes a flag's name as the help does: -o, --db.
func dashed(name string) string {
	if len(name) == 1 {
		return "-" + name
	}
	return "--" + name
}

// placeholder is what the help writes after a flag that takes a value:
// the back-quoted word of its description in capitals (FICHIER) or, when
// it lists the values, as it is (theme|week), else the kind of value; ""
// for a flag that takes none.
func placeholder(f *flag.Flag) string {
	name, usage := flag.UnquoteUsage(f)
	if name == "" {
		return ""
	}
	if usage != f.Usage { // the description named it between back quotes
		if strings.Contains(name, "|") {
			return name // the values themselves: theme|week
		}
		return strings.ToUpper(name)
	}
	switch valueOf(f).(type) {
	case int, int64, uint, uint64:
		return "N"
	case float64:
		return "NOMBRE"
	case time.Duration:
		return "DURÉE"
	}
	return "VALEUR"
}

// writeHelp writes the help of the command name: how to call it, what it
// does, and its flags, those of fs.
func writeHelp(w io.Writer, name string, fs *flag.FlagSet) {
	c := helpOf(name)
	writeSynopsis(w, c)
	if c.summary != "" {
		fmt.Fprintln(w, sentence(c.summary))
	}
	if c.about != "" {
		fmt.Fprintln(w, c.about)
	}
	if fs == nil {
		return
	}
	fmt.Fprintln(w)
	fmt.Fprintln(w, "Options\u00a0:")
	fs.VisitAll(func(f *flag.Flag) {
		_, usage := flag.UnquoteUsage(f)
		line := "  " + dashed(f.Name)
		if p := placeholder(f); p != "" {
			line += " " + p
		}
		if def := shownDefault(f); def != "" {
			usage += " (par défaut\u00a0: " + def + ")"
		}
		fmt.Fprintf(w, "%s\n      %s\n", line, strings.ReplaceAll(usage, "\n", "\n      "))
	})
}

// shownDefault is f's default as the help writes it, "" when it is the
// zero value of its kind (nothing, false, 0) and goes without saying.
func shownDefault(f *flag.Flag) string {
	switch f.DefValue {
	case "", "false", "0", "0s":
		return ""
	}
	return f.DefValue
}

// writeSynopsis writes how to call the command c, one line per form.
func writeSynopsis(w io.Writer, c command) {
	if c.name == "" {
		return
	}
	for i, form := range strings.Split(c.synopsis, "\n") {
		lead := "Utilisation\u00a0: "
		if i > 0 {
			lead = "         ou\u00a0: "
		}
		fmt.Fprintf(w, "%spimmsbot %s\n", lead, form)
	}
}

// sentence writes a summary of the help table as a sentence: a capital
// first, a full stop at the end.
func sentence(s string) string {
	if s == "" {
		return s
	}
	r := []rune(s)
	return strings.ToUpper(string(r[0])) + string(r[1:]) + "."
}
