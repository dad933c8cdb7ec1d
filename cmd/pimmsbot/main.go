// Command pimmsbot is the PIMMS residents' assistant: a Telegram bot that
// answers from a curated French FAQ and hands conversations over to
// mediators on Discord.
//
// Usage:
//
//	pimmsbot <command> [flags]
//
// Run "pimmsbot help" for the list of commands.
package main

import (
	"context"
	"fmt"
	"io"
	"os"
	"os/signal"
	"slices"
	"strings"
	"syscall"
	_ "time/tzdata" // Europe/Paris even on a system without time zone data
)

func main() {
	ctx, stop := withSignals(context.Background(), os.Stderr)
	code := Main(ctx, os.Args[1:], os.Stdin, os.Stdout, os.Stderr)
	stop()
	os.Exit(code)
}

// withSignals returns a context cancelled by the first SIGINT or SIGTERM,
// so that the command shuts down cleanly; a second one aborts at once
// with exit code 130. stop releases the signals.
func withSignals(parent context.Context, stderr io.Writer) (ctx context.Context, stop func()) {
	ctx, cancel := context.WithCancel(parent)
	sigs := make(chan os.Signal, 2)
	signal.Notify(sigs, os.Interrupt, syscall.SIGTERM)
	done := make(chan struct{})
	go func() {
		select {
		case <-sigs:
			cancel()
		case <-done:
			return
		}
		select {
		case <-sigs:
			fmt.Fprintln(stderr, "pimmsbot\u00a0: second signal, arrêt immédiat sans finir le travail en cours")
			os.Exit(130)
		case <-done:
		}
	}()
	return ctx, func() { signal.Stop(sigs); close(done); cancel() }
}

// A command is one subcommand of pimmsbot, with its help. run returns the
// process exit code.
type command struct {
	name string
	// synopsis is how to call it, after "pimmsbot ", one line per form.
	synopsis string
	// summary says what it does, for the list of pimmsbot help and the
	// first line of its own help.
	summary string
	// about, when set, says more in its help, before the flags.
	about string
	run   func(ctx context.Context, env *Env, args []string) int
}

// Env is what a command reads and writes: the standard streams.
type Env struct {
	Stdin          io.Reader
	Stdout, Stderr io.Writer
}

// errorf is how a command stops on an error: it prints "pimmsbot name : "
// and the message on standard error, and returns code, the exit code.
func (env *Env) errorf(code int, name, format string, args ...any) int {
	fmt.Fprintf(env.Stderr, "pimmsbot "+name+"\u00a0: "+format+"\n", args...)
	return code
}

// failer is errorf for the command name.
func (env *Env) failer(name string) func(code int, format string, args ...any) int {
	return func(code int, format string, args ...any) int { return env.errorf(code, name, format, args...) }
}

// commands lists the subcommands in the order "help" shows them: the
// resident's side first, then the mediator's and the site manager's tools,
// then the operator's. Their help is French: the site manager reads it.
// It is a function, not a variable, because the commands read their own
// help from it (helpOf).
func commands() []command {
	return []command{
		{"chat", "chat [options]",
			"parler avec le bot dans le terminal, et jouer le médiateur après un passage de relais",
			"Pendant la conversation, /aide donne l'aide, :mediateur passe du côté médiateur, Ctrl-D quitte.", runChat},
		{"serve", "serve [--check] [options]",
			"faire tourner le bot\u00a0: Telegram pour les usagers, Discord pour les médiateurs",
			"Les réglages viennent de l'environnement (docs/deploy.md) ou du fichier de --config.", runServe},
		{"ask", "ask [--json] [--faq DOSSIER] [QUESTION…]",
			"montrer comment le moteur de réponses lit des questions",
			"Sans question en argument, lit une question par ligne sur l'entrée standard.", runAsk},
		{"faq", "faq check|list|learn|proposals [options]",
			"vérifier ou lister la FAQ, apprendre des choix des usagers, relire les propositions des médiateurs",
			"", runFAQ},
		{"eval", "eval [--summary] [--faq DOSSIER] FICHIER.jsonl",
			"mesurer le moteur de réponses sur des questions dont on connaît les bonnes fiches (outil de développement)",
			`Chaque ligne du fichier est {"q": "question", "accept": ["id", …], "style": "story"}` +
				"\u00a0; [] veut dire hors sujet, style est facultatif.", runEval},
		{"stats", "stats [--from JOUR] [--to JOUR] [--by theme|week] [--csv] [--site ID] [options]",
			"activité d'une période\u00a0: conversations, réponses, relais, attentes, satisfaction",
			"", runStats},
		{"unanswered", "unanswered [--since JOUR] [--limit N] [--site ID] [options]",
			"questions restées sans réponse et 👎, regroupées, les plus fréquentes d'abord\u00a0: la liste de travail de la FAQ",
			"", runUnanswered},
		{"report", "report [--month AAAA-MM] [--out FICHIER] [--csv] [options]",
			"rapport d'activité du mois pour les partenaires et financeurs\u00a0: une page HTML avec graphiques (ou CSV)",
			"", runReport},
		{"export", "export --resident USAGER [--out FICHIER] [options]",
			"tout ce qui est gardé sur un usager, en JSON (réponse à une demande d'accès à ses données)",
			"", runExport},
		{"erase", "erase --resident USAGER [options]",
			"effacer tout ce qui concerne un usager, comme le fait son /oublier",
			"", runErase},
		{"purge", "purge [--dry-run] [options]",
			"appliquer tout de suite la durée de conservation (le bot en marche le fait chaque jour)",
			"--dry-run compte ce qui partirait, sans rien changer.", runPurge},
		{"backup", "backup FICHIER [--force] [options]",
			"écrire une copie cohérente de la base dans FICHIER, même pendant que le bot tourne",
			"", runBackup},
		{"poster", "poster --sites FICHIER --bot NOM [-o FICHIER.png] SITE…\nposter --sites FICHIER --bot NOM --all",
			"écrire l'affiche d'un site, à imprimer\u00a0: son nom et son lien vers le bot en QR code",
			"Une image PNG au format A4 (150\u00a0dpi) par site\u00a0: son nom, son lien en QR code, trois lignes sur ce que fait le bot.", runPoster},
	}
}

// faqCommands are the subcommands of pimmsbot faq, for their help: they
// are named "faq check"… in helpOf and in their flag sets, and runFAQ
// runs them (run is nil here).
func faqCommands() []command {
	return []command{
		{"check", "faq check [--faq DOSSIER]",
			"vérifier chaque fiche de la FAQ\u00a0: code de sortie 1 à la moindre erreur",
			"", nil},
		{"list", "faq list [--json] [--faq DOSSIER]",
			"lister les fiches, une par ligne\u00a0: identifiant, thème, titre",
			"", nil},
		{"learn", "faq learn [--since JOUR] [options]",
			"ce qu'apprennent les choix des usagers\u00a0: les formulations confirmées pour chaque fiche et les questions restées sans réponse",
			"Rien n'est modifié\u00a0: relisez chaque formulation avant de l'ajouter à une fiche.", nil},
		{"proposals", "faq proposals [--all] [--done NUMÉRO] [options]",
			"les propositions de fiches des médiateurs (/proposer), en YAML à compléter",
			"--done NUMÉRO archive une proposition une fois traitée (bot arrêté).", nil},
	}
}

// helpOf returns the help of the command name ("report", "faq check"),
// a command without name when there is none.
func helpOf(name string) command {
	list := commands()
	if sub, ok := strings.CutPrefix(name, "faq "); ok {
		list, name = faqCommands(), sub
	}
	for _, c := range list {
		if c.name == name {
			return c
		}
	}
	return command{}
}

// Main runs pimmsbot with the given arguments (without the program name)
// and returns the exit code. It is what main calls, and what end-to-end
// tests call.
func Main(ctx context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	env := &Env{Stdin: stdin, Stdout: stdout, Stderr: stderr}
	if len(args) == 0 {
		// A missing command is a usage error, as an unknown one is.
		usage(stderr)
		return 2
	}
	if args[0] == "help" || args[0] == "-h" || args[0] == "--help" {
		if len(args) > 1 && args[1] != "help" { // pimmsbot help report: the help of report
			cmd := args[1:2]
			if args[1] == "faq" && len(args) > 2 { // pimmsbot help faq check: that of faq check
				cmd = args[1:3]
			}
			return Main(ctx, append(slices.Clone(cmd), "-h"), stdin, stdout, stderr)
		}
		usage(stdout)
		return 0
	}
	for _, c := range commands() {
		if c.name == args[0] {
			return c.run(ctx, env, args[1:])
		}
	}
	fmt.Fprintf(stderr, "pimmsbot\u00a0: commande inconnue %s\n\n", guillemets(args[0]))
	usage(stderr)
	return 2
}

// usage writes pimmsbot's help: the list of commands.
func usage(w io.Writer) {
	fmt.Fprintln(w, "Utilisation\u00a0: pimmsbot <commande> [options]")
	fmt.Fprintln(w)
	fmt.Fprintln(w, "Commandes\u00a0:")
	for _, c := range commands() {
		fmt.Fprintf(w, "  %-11s %s\n", c.name, c.summary)
	}
	fmt.Fprintln(w)
	fmt.Fprintln(w, "L'aide d'une commande et ses options\u00a0: pimmsbot <commande> -h, ou pimmsbot help <commande>.")
}
