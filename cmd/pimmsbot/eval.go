package main

import (
	"context"

	"pimmsbot/internal/catalog"
)

// runEval measures the answer engine on an evaluation file and prints the
// figures, then, unless --summary is set, the lines it got wrong.
func runEval(ctx context.Context, env *Env, args []string) int {
	fs := newFlagSet("eval")
	faqDir := faqFlag(fs)
	summary := fs.Bool("summary", false, "écrire les chiffres seulement, pas les lignes manquées")
	if err := env.parseFlags(fs, args); err != nil {
		return flagsExit(err)
	}
	switch fs.NArg() {
	case 0:
		return env.usageError("eval", "donnez le fichier des questions, FICHIER.jsonl")
	case 1:
	default:
		return env.usageError("eval", "un seul fichier, pas %d", fs.NArg())
	}
	cases, err := catalog.ReadEvalFile(fs.Arg(0))
	if err != nil {
		return env.errorf(1, "eval", "%v", err)
	}
	c, err := loadCatalog(*faqDir)
	if err != nil {
		return env.errorf(1, "eval", "%v", err)
	}
	rep, err := catalog.Evaluate(ctx, catalog.NewMatcher(c), cases)
	if err != nil {
		return 1
	}
	rep.WriteSummary(env.Stdout)
	if !*summary {
		rep.WriteFailures(env.Stdout)
	}
	return 0
}
