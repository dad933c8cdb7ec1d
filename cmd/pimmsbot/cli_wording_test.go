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
	if code != 2 || !strings.Contains(errOut, "Usage: pimmsbot <command>") || out != "" {
		t.Errorf("no command: exit %d, stdout %q, stderr %q", code, out, errOut)
	}
	if out, _, code := run(t, "help"); code != 0 || !strings.Contains(out, "Usage:") {
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
	mustRun(t, "backup", file, "--db", db, "--force")
	if data, _ := os.ReadFile(file); string(data) == "an older backup" {
		t.Error("backup --force left the old file")
	}
}

// plainSpaceBeforeColon finds a plain space before : ; ? or ! where
// French typography wants a no-break one.
var plainSpaceBeforeColon = regexp.MustCompile(`[^ \n] [:;?!]( |\n|$)`)

// english finds words of English in what the site manager reads.
var english = regexp.MustCompile(`(?i)\b(the|is|are|and|of|their|nothing|stored|erased|deleted|cleared|anonymised|compacted|` +
	`written|would|purged|database|resident|give|instead|backup|restore|copied|failed|passed|usage|unexpected|older)\b`)

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
	}
}

// commandWords are the names of pimmsbot's commands and flags.
var commandWords = regexp.MustCompile(`pimmsbot [a-z]+|--[a-z-]+`)
