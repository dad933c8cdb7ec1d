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
			fmt.Fprintln(stderr, "pimmsbot: second signal: aborting without finishing the work in flight")
			os.Exit(130)
		case <-done:
		}
	}()
	return ctx, func() { signal.Stop(sigs); close(done); cancel() }
}

// A command is one subcommand of pimmsbot. It returns the process exit code.
type command struct {
	name    string
	summary string
	run     func(ctx context.Context, env *Env, args []string) int
}

// Env is what a command reads and writes: the standard streams.
type Env struct {
	Stdin          io.Reader
	Stdout, Stderr io.Writer
}

// errorf is how a command stops on an error: it prints "pimmsbot name: "
// and the message on standard error, and returns code, the exit code.
func (env *Env) errorf(code int, name, format string, args ...any) int {
	fmt.Fprintf(env.Stderr, "pimmsbot "+name+": "+format+"\n", args...)
	return code
}

// failer is errorf for the command name.
func (env *Env) failer(name string) func(code int, format string, args ...any) int {
	return func(code int, format string, args ...any) int { return env.errorf(code, name, format, args...) }
}

// commands lists the subcommands in the order "help" shows them: the
// resident's side first, then the mediator's and the site manager's tools,
// then the operator's.
var commands = []command{
	{"chat", "talk with the bot in the terminal, and play the mediator after a handover", runChat},
	{"serve", "run the bot: Telegram for residents, Discord for mediators", runServe},
	{"ask", "ask the answer engine questions (arguments, or one per line on stdin)", runAsk},
	{"faq", "check or list the FAQ, learn from residents' taps, review mediators' proposals (faq check, list, learn, proposals)", runFAQ},
	{"eval", "measure the answer engine on questions with their expected ids (JSON lines)", runEval},
	{"stats", "activity report for a period: conversations, answers, handovers, waiting times, satisfaction", runStats},
	{"unanswered", "questions the bot could not answer and 👎, grouped, most frequent first: the FAQ's to-do list", runUnanswered},
	{"report", "monthly activity report for partners and funders: one HTML page with charts (or CSV)", runReport},
	{"export", "print as JSON everything stored about a resident (a data access request)", runExport},
	{"erase", "erase everything about a resident, as their /oublier does", runErase},
	{"purge", "apply the retention period now (the running bot does it daily); --dry-run shows what would go", runPurge},
	{"backup", "write a consistent copy of the database to FILE, even while the bot runs", runBackup},
	{"poster", "write a site's printable poster: its name and its deep link as a QR code (PNG, A4)", runPoster},
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
		usage(stdout)
		return 0
	}
	for _, c := range commands {
		if c.name == args[0] {
			return c.run(ctx, env, args[1:])
		}
	}
	fmt.Fprintf(stderr, "pimmsbot: unknown command %q\n\n", args[0])
	usage(stderr)
	return 2
}

// count writes n and noun, in the plural unless n is 1: "1 conversation",
// "0 tickets".
func count(n int, noun string) string {
	if n == 1 {
		return "1 " + noun
	}
	return fmt.Sprintf("%d %ss", n, noun)
}

func usage(w io.Writer) {
	fmt.Fprintln(w, "Usage: pimmsbot <command> [flags]")
	fmt.Fprintln(w)
	fmt.Fprintln(w, "Commands:")
	for _, c := range commands {
		fmt.Fprintf(w, "  %-11s %s\n", c.name, c.summary)
	}
	fmt.Fprintln(w)
	fmt.Fprintln(w, `Run "pimmsbot <command> -h" for the flags of a command.`)
}
