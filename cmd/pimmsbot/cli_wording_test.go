package main

import (
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"
)

// pimmsbot with no command is a usage error, as an unknown command is:
// exit 2, the usage on standard error.
func TestNoCommandIsUsageError(t *testing.T) {
	out, errOut, code := run(t)
	if code != 2 || !strings.Contains(errOut, "Utilisation\u00a0: pimmsbot <commande>") || out != "" {
		t.Errorf("no command: exit %d, stdout %q, stderr %q", code, out, errOut)
	}
	if out, _, code := run(t, "help"); code != 0 || !strings.Contains(out, "Utilisation\u00a0:") {
		t.Errorf("help: exit %d, %q", code, out)
	}
}

// The counts the CLI prints take the plural only when they should.
func TestCountsTakeRealPlurals(t *testing.T) {
	_, db := runChatScript(t, "bonjour\n")
	out := filepath.Join(t.TempDir(), "r.html")
	_, errOut, code := run(t, "report", "--db", db, "--month", time.Now().Format("2006-01"), "--out", out)
	// The site manager's line, in French as the report is.
	if code != 0 || !strings.Contains(errOut, "r.html écrit (") || !strings.Contains(errOut, "\u00a0Kio)\u00a0: 1 conversation en ") {
		t.Errorf("report: exit %d, %q", code, errOut)
	}
	x := filepath.Join(t.TempDir(), "x.json")
	stdout, _, code := run(t, "export", "--db", db, "--resident", "console:local", "--out", x)
	if code != 0 || !strings.Contains(stdout, "\u00a0: 1 conversation, ") || !strings.Contains(stdout, " 0 demande.") {
		t.Errorf("export: exit %d, %q", code, stdout)
	}
}

// backup never replaces an existing file silently: it refuses, and
// --force replaces it.
func TestBackupKeepsAnExistingFile(t *testing.T) {
	_, db := runChatScript(t, "bonjour\n")
	file := filepath.Join(t.TempDir(), "copie.db")
	if err := os.WriteFile(file, []byte("an older backup"), 0o600); err != nil {
		t.Fatal(err)
	}
	_, errOut, code := run(t, "backup", file, "--db", db)
	if code != 1 || !strings.Contains(errOut, "existe déjà") || !strings.Contains(errOut, "--force") {
		t.Errorf("backup over a file: exit %d, %q", code, errOut)
	}
	if data, _ := os.ReadFile(file); string(data) != "an older backup" {
		t.Error("backup replaced the existing file")
	}
	// A missing folder is created, and the site manager told so (qa11:
	// a typo in the path silently made a new folder at the root).
	missing := filepath.Join(t.TempDir(), "nope", "copie.db")
	if out := mustRun(t, "backup", missing, "--db", db); !strings.Contains(out, "n'existait pas\u00a0: il a été créé") {
		t.Errorf("backup into a missing folder: %q", out)
	}
	mustRun(t, "backup", file, "--db", db, "--force")
	if data, _ := os.ReadFile(file); string(data) == "an older backup" {
		t.Error("backup --force left the old file")
	}
}

// plainSpaceBeforeColon finds a plain space before : ; ? or ! where
// French typography wants a no-break one.
var plainSpaceBeforeColon = regexp.MustCompile(`[^ \n] [:;?!]( |\n|$)`)

// noSpaceBeforeColon finds : ; ? or ! that ends a word with no space at
// all before it (« pimmsbot report: », « Usage: »). A colon after a
// quote is a JSON or YAML key, not a sentence.
var noSpaceBeforeColon = regexp.MustCompile(`[^\s\x{a0}\x{202f}"][:;?!](\s|$)`)

// english finds words of English in what the site manager reads (a
// word ends at any letter, « int » is no word of « intégrée »): those
// of the outputs, and those of the help and the flag package's errors.
// The commands' names, the flags' and the JSON fields are left out (see
// commandWords); words French shares (site, question, argument, page,
// secrets, figures, archive…) are no evidence and are not listed.
var english = regexp.MustCompile(`(?i)(?:^|[^\p{L}\p{N}_])(the|is|are|and|of|their|nothing|stored|erased|deleted|cleared|anonymised|compacted|` +
	`written|would|purged|database|resident|give|instead|backup|restore|copied|failed|passed|usage|unexpected|older|` +
	// help, flags and flag errors
	`flags?|provided|defined|invalid|value|needs|unknown|commands?|subcommand|string|int|for|read|settings|from|this|` +
	`files?|lines|environment|wins|over|load|folder|embedded|default|write|month|last|output|same|spreadsheets|` +
	`network|covers|all|its|only|whole|print|without|per|run|talk|with|play|after|measure|expected|activity|period|` +
	`answers|waiting|times|grouped|most|frequent|first|monthly|partners|funders|charts|everything|about|access|request|` +
	`apply|retention|now|daily|shows|what|consistent|copy|even|while|runs|printable|deep|link|want|such|proposal|` +
	`number|reviewed|dropped|archived|too|validate|exit|masked|required|several|each|goes|every|writes|` +
	`three|does|means|scope|optional|one|to|in|by|it|serves|yet|available|not|could|wrong|warning|aborting)(?:[^\p{L}\p{N}_]|$)`)

// commandWords are the names of pimmsbot's commands, subcommands and
// flags, those listed by the help included, and the keys of JSON: no
// sentences.
var commandWords = regexp.MustCompile(`(?m)pimmsbot (faq )?[a-z]+|--?[a-z-]+|"[a-z_]+":|^  [a-z]+ `)

// TestManagerCommandsInFrench runs the site manager's data commands as
// an outside tester did (QA10 L5): what they print, on success and on
// the usual mistakes, is French with French typography, and the export
// says in words which buttons the resident tapped, not « [bouton] fb1:… ».
func TestManagerCommandsInFrench(t *testing.T) {
	s := play(t)
	x := mustRun(t, "export", "--db", s.db, "--resident", "2002")
	for _, code := range regexp.MustCompile(`\[bouton\] [a-z0-9-]+(:[^ "]*)?"`).FindAllString(x, -1) {
		t.Errorf("the export holds the button code %s", code)
	}
	for _, want := range []string{"[bouton] a noté 4/5", "[bouton] a trouvé utile la réponse «\u00a0"} {
		if !strings.Contains(x, want) {
			t.Errorf("the export lacks %q:\n%s", want, x)
		}
	}
	since := s.old.AddDate(0, 0, -1).Format(time.DateOnly)
	copyFile := filepath.Join(t.TempDir(), "copie.db")
	runs := [][]string{
		{"export", "--db", s.db, "--resident", "telegram:42"},
		{"export", "--db", s.db, "--resident", "Usager ZZZZ"},
		{"export", "--db", s.db},
		{"export", "--db", s.db, "--resident", "2002", "--out", filepath.Join(t.TempDir(), "x.json")},
		{"erase", "--db", s.db, "--resident", "Usager ZZZZ"},
		{"erase", "--db", s.db},
		{"backup", copyFile, "--db", s.db},
		{"backup", copyFile, "--db", s.db},
		{"backup", "--db", s.db},
		{"stats", "--db", s.db, "--from", since},
		{"stats", "--db", s.db, "--by", "mois"},
		{"stats", "--db", s.db, "--from", s.now.AddDate(0, 0, 2).Format(time.DateOnly)},
		{"stats", "--db", s.db, "--from", since, "--to", s.old.AddDate(0, 0, -9).Format(time.DateOnly)},
		{"unanswered", "--db", s.db, "--since", "2026-13"},
		{"unanswered", "--db", s.db, "de trop"},
		{"unanswered", "--db", s.db, "--since", since},
		{"faq", "learn", "--db", s.db, "--since", since},
		{"purge", "--db", s.db, "--dry-run"},
		{"purge", "--db", s.db, "extra"},
		{"purge", "--db", s.db},
		{"erase", "--db", s.db, "--resident", "2002"},
		{"erase", "--db", s.db, "--resident", "2002"},
		{"export", "--db", filepath.Join(t.TempDir(), "none.db"), "--resident", "1"},
	}
	for _, args := range runs {
		out, errOut, _ := run(t, args...)
		shown := out + errOut
		// The names of the commands and flags are no sentences.
		if m := english.FindString(commandWords.ReplaceAllString(shown, "")); m != "" {
			t.Errorf("pimmsbot %s shows the English %q:\n%s", strings.Join(args, " "), m, shown)
		}
		if m := plainSpaceBeforeColon.FindString(shown); m != "" {
			t.Errorf("pimmsbot %s: a plain space before a colon, %q:\n%s", strings.Join(args, " "), m, shown)
		}
		if m := noSpaceBeforeColon.FindString(shown); m != "" {
			t.Errorf("pimmsbot %s: no space before a colon, %q:\n%s", strings.Join(args, " "), m, shown)
		}
	}
}

// TestHelpAndFlagErrorsInFrench runs pimmsbot help and, for every
// command, its help (-h), an unknown flag, a value its flag refuses and a
// flag without its value, as a site manager may type them: all of it is
// French with French typography, the flag package's own English
// (« flag provided but not defined », « Usage of … ») included. The help
// asked for goes to standard output with exit 0, a mistake to standard
// error with exit 2 (or 1 when the command line is right but a file is
// not), and says which flag is wrong.
func TestHelpAndFlagErrorsInFrench(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "vide.db") // no command below gets as far as opening it
	missing := filepath.Join(dir, "absent")
	check := func(args []string, out, errOut string) {
		t.Helper()
		shown := out + errOut
		if m := english.FindString(commandWords.ReplaceAllString(shown, "")); m != "" {
			t.Errorf("pimmsbot %s shows the English %q:\n%s", strings.Join(args, " "), m, shown)
		}
		if m := plainSpaceBeforeColon.FindString(shown); m != "" {
			t.Errorf("pimmsbot %s: a plain space before %q:\n%s", strings.Join(args, " "), m, shown)
		}
		if m := noSpaceBeforeColon.FindString(shown); m != "" {
			t.Errorf("pimmsbot %s: no space before %q:\n%s", strings.Join(args, " "), m, shown)
		}
	}
	usage := func(args []string, wantCode int, wantOut bool, wants ...string) {
		t.Helper()
		out, errOut, code := run(t, args...)
		check(args, out, errOut)
		shown := errOut
		if wantOut {
			shown = out
		}
		if code != wantCode || shown == "" {
			t.Errorf("pimmsbot %s: exit %d (want %d), stdout %q, stderr %q", strings.Join(args, " "), code, wantCode, out, errOut)
		}
		for _, w := range wants {
			if !strings.Contains(shown, w) {
				t.Errorf("pimmsbot %s does not say %q:\n%s", strings.Join(args, " "), w, shown)
			}
		}
	}
	usage([]string{"help"}, 0, true, "Utilisation\u00a0: pimmsbot ")
	usage([]string{"help", "report"}, 0, true, "Utilisation\u00a0: pimmsbot report", "--month")
	usage([]string{"help", "faq", "check"}, 0, true, "Utilisation\u00a0: pimmsbot faq check", "--faq")
	usage(nil, 2, false, "Utilisation\u00a0: pimmsbot ")
	usage([]string{"inconnue"}, 2, false, "inconnue")
	tried := map[string]bool{}
	for _, c := range []struct {
		cmd     []string // the command and what it needs besides
		bad     []string // a value it refuses
		missing string   // a flag that takes a value
	}{
		{[]string{"chat", "--db", db}, []string{"--faq", missing}, "--faq"},
		{[]string{"serve", "--db", db}, []string{"--check=peut-être"}, "--config"},
		{[]string{"ask"}, []string{"--json=peut-être"}, "--faq"},
		{[]string{"faq"}, []string{"inconnue"}, ""},
		{[]string{"faq", "check"}, []string{"--faq", missing}, "--faq"},
		{[]string{"faq", "list"}, []string{"--json=2"}, "--faq"},
		{[]string{"faq", "learn", "--db", db}, []string{"--since", "hier"}, "--since"},
		{[]string{"faq", "proposals", "--db", db}, []string{"--done", "dernière"}, "--done"},
		{[]string{"eval"}, []string{"--summary=peut-être", "dev.jsonl"}, "--faq"},
		{[]string{"stats", "--db", db}, []string{"--from", "demain"}, "--to"},
		{[]string{"unanswered", "--db", db}, []string{"--limit", "dix"}, "--limit"},
		{[]string{"report", "--db", db}, []string{"--month", "2026-13"}, "--month"},
		{[]string{"report", "--db", db}, []string{"--site", "ailleurs"}, "--out"},
		{[]string{"export", "--db", db}, []string{"--resident="}, "--resident"},
		{[]string{"erase", "--db", db}, []string{"--resident="}, "--resident"},
		{[]string{"purge", "--db", db}, []string{"--dry-run=peut-être"}, "--db"},
		{[]string{"backup", filepath.Join(dir, "copie.db"), "--db", db}, []string{"--force=peut-être"}, "--db"},
		{[]string{"poster", "--sites", missing}, []string{"--all=peut-être"}, "--bot"},
	} {
		name := c.cmd[0]
		if len(c.cmd) > 1 && c.cmd[0] == "faq" {
			name = "faq " + c.cmd[1]
		}
		tried[name] = true
		with := func(more ...string) []string { return append(append([]string{}, c.cmd...), more...) }
		usage(with("-h"), 0, true, "Utilisation\u00a0: pimmsbot "+name)
		usage(with("--nimporte"), 2, false, "--nimporte")
		out, errOut, code := run(t, with(c.bad...)...)
		check(with(c.bad...), out, errOut)
		if code == 0 || errOut == "" {
			t.Errorf("pimmsbot %s: exit %d, stderr %q", strings.Join(with(c.bad...), " "), code, errOut)
		}
		if c.missing != "" {
			usage(with(c.missing), 2, false, c.missing)
		}
	}
	// A wrong date or split is said as a wrong flag value is: the flag, the
	// value in « », then why (not « --by : « mois » : »).
	for _, c := range []struct{ args []string }{
		{[]string{"stats", "--db", db, "--by", "mois"}},
		{[]string{"stats", "--db", db, "--from", "hier"}},
		{[]string{"stats", "--db", db, "--to", "hier"}},
		{[]string{"unanswered", "--db", db, "--since", "hier"}},
		{[]string{"faq", "learn", "--db", db, "--since", "hier"}},
		{[]string{"report", "--db", db, "--month", "novembre"}},
	} {
		flagName, value := c.args[len(c.args)-2], c.args[len(c.args)-1]
		usage(c.args, 2, false, flagName+" «\u00a0"+value+"\u00a0»\u00a0: donnez")
	}
	// A command added later is tried too.
	for _, c := range commands() {
		if !tried[c.name] {
			t.Errorf("pimmsbot %s is not tried", c.name)
		}
	}
	for _, c := range faqCommands() {
		if !tried["faq "+c.name] {
			t.Errorf("pimmsbot faq %s is not tried", c.name)
		}
	}
	// The command lines that lack an argument, or have one too many.
	for _, args := range [][]string{
		{"eval"},
		{"backup", "--db", db},
		{"backup", filepath.Join(dir, "copie.db"), "de-trop", "--db", db},
		{"export", "--db", db},
		{"poster", "--sites", missing},
		{"poster", "--sites", missing, "--all", "vaise"},
		{"poster", "--sites", missing, "-o", "a.png", "vaise", "grenoble"},
		{"poster", "vaise"},
		{"purge", "--db", db, "de", "trop"},
		{"faq", "proposals", "--db", db, "de", "trop"},
		{"report", "--db", db, "de", "trop"},
		{"faq", "list", "de", "trop"},
		// the flag package's other mistakes: a bad dash, a number too big
		{"stats", "--db", db, "---x"},
		{"unanswered", "--db", db, "--limit", "99999999999999999999"},
	} {
		usage(args, 2, false, "Utilisation\u00a0: pimmsbot ")
	}
}

// TestFlagSetsMadeInOnePlace: every command's flags come from newFlagSet,
// so that no command shows the flag package's English.
func TestFlagSetsMadeInOnePlace(t *testing.T) {
	files, err := filepath.Glob("*.go")
	if err != nil {
		t.Fatal(err)
	}
	for _, f := range files {
		if strings.HasSuffix(f, "_test.go") || f == "flags.go" {
			continue
		}
		data, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		if n := strings.Count(string(data), "flag.NewFlagSet("); n > 0 {
			t.Errorf("%s makes %d flag sets of its own: use newFlagSet", f, n)
		}
	}
}
