package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"pimmsbot/internal/frenchcheck"
)

// TestBackupErrorsInFrench: a copy aimed at the database itself, or at a
// folder that cannot be one, is refused in French, with what to do; the
// store's English is only the detail.
func TestBackupErrorsInFrench(t *testing.T) {
	_, db := runChatScript(t, "bonjour\n")
	file := filepath.Join(t.TempDir(), "notes.txt")
	if err := os.WriteFile(file, []byte("x"), 0o600); err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		name   string
		args   []string
		phrase string
	}{
		{"the database itself", []string{"backup", db, "--db", db, "--force"},
			db + " est la base elle-même\u00a0: rien n'est écrit. Donnez un autre nom de fichier pour la copie."},
		{"a file on the way", []string{"backup", filepath.Join(file, "copie.db"), "--db", db},
			"une partie du chemin " + file + " est un fichier, pas un dossier\u00a0; vérifiez le chemin (détail\u00a0: "},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, stderr, code := run(t, tc.args...)
			if code != 1 || !strings.Contains(stderr, tc.phrase) {
				t.Fatalf("exit %d, stderr %q, want it to hold %q", code, stderr, tc.phrase)
			}
			for _, p := range frenchcheck.Problems(strings.TrimSpace(stderr), "backup to", "compact to", "itself", "directory") {
				t.Error(p)
			}
		})
	}
}
