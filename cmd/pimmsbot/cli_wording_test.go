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
	if code != 0 || !strings.Contains(stdout, ": 1 conversation, ") || !strings.Contains(stdout, " 0 tickets") {
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
	if code != 1 || !strings.Contains(errOut, "already exists") || !strings.Contains(errOut, "--force") {
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
