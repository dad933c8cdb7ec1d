package bolt

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	bbolt "go.etcd.io/bbolt"

	"pimmsbot/internal/conversation"
	"pimmsbot/internal/frenchcheck"
)

// checkFrench fails when msg, up to the system's or bbolt's own words
// (« (détail : … »), reads as English or breaks French typography. The
// words added are those of the store's former English messages.
func checkFrench(t *testing.T, msg string) {
	t.Helper()
	for _, p := range frenchcheck.Problems(msg, "database", "damaged", "restore a backup", "newer", "in use", "locked",
		"open store", "compact", "backup to", "itself", "erasure journal", "unreadable", "erase resident", "resident") {
		t.Error(p)
	}
}

// TestErrorsInFrench: what the site manager reads when the store cannot
// open, copy or erase is French and says what to do; a damaged database
// and a damaged erasure journal are ECORRUPT both, with their own advice.
func TestErrorsInFrench(t *testing.T) {
	ctx := context.Background()
	good := func(t *testing.T) string {
		t.Helper()
		path := filepath.Join(t.TempDir(), "pimmsbot.db")
		s, err := Open(path, Options{NoSync: true})
		if err != nil {
			t.Fatal(err)
		}
		if err := s.Close(); err != nil {
			t.Fatal(err)
		}
		return path
	}
	write := func(t *testing.T, path string, data []byte) {
		t.Helper()
		if err := os.WriteFile(path, data, 0o600); err != nil {
			t.Fatal(err)
		}
	}
	const restore = ". Arrêtez pimmsbot, puis remettez à sa place la dernière sauvegarde (docs/deploy.md, section «\u00a0Backups and restore\u00a0»)."
	for _, tc := range []struct {
		name   string
		open   func(t *testing.T) (path string, err error)
		code   string
		phrase string // %s: the database's path
	}{
		{"an empty file", func(t *testing.T) (string, error) {
			path := filepath.Join(t.TempDir(), "pimmsbot.db")
			write(t, path, nil)
			_, err := Open(path, Options{})
			return path, err
		}, conversation.ECORRUPT, "la base %s est endommagée (le fichier est vide)" + restore},
		{"a truncated file", func(t *testing.T) (string, error) {
			path := good(t)
			data, _ := os.ReadFile(path)
			write(t, path, data[:len(data)/2])
			_, err := Open(path, Options{})
			return path, err
		}, conversation.ECORRUPT, "la base %s est endommagée (le fichier est tronqué\u00a0: "},
		{"not a database", func(t *testing.T) (string, error) {
			path := filepath.Join(t.TempDir(), "pimmsbot.db")
			write(t, path, []byte(strings.Repeat("ceci n'est pas une base\n", 1000)))
			_, err := Open(path, Options{})
			return path, err
		}, conversation.ECORRUPT, "la base %s est endommagée" + restore + " (détail\u00a0: "},
		{"a newer schema", func(t *testing.T) (string, error) {
			path := good(t)
			db, err := bbolt.Open(path, 0o600, nil)
			if err != nil {
				t.Fatal(err)
			}
			err = db.Update(func(tx *bbolt.Tx) error { return tx.Bucket(bucketMeta).Put(keySchema, u64(SchemaVersion+1)) })
			db.Close()
			if err != nil {
				t.Fatal(err)
			}
			_, err = Open(path, Options{})
			return path, err
		}, conversation.ESCHEMA, "la base %s a été écrite par un pimmsbot plus récent"},
		{"a locked file", func(t *testing.T) (string, error) {
			path := good(t)
			s, err := Open(path, Options{})
			if err != nil {
				t.Fatal(err)
			}
			defer s.Close()
			_, err = Open(path, Options{LockTimeout: 50 * time.Millisecond})
			return path, err
		}, conversation.ECONFLICT, "la base %s est ouverte par un autre pimmsbot (toujours verrouillée après 50ms). Arrêtez l'autre pimmsbot"},
		{"a damaged erasure journal", func(t *testing.T) (string, error) {
			path := good(t)
			write(t, path+JournalSuffix, []byte("n'importe quoi\n"))
			_, err := Open(path, Options{})
			return path, err
		}, conversation.ECORRUPT, "la première ligne du journal des effacements %s" + JournalSuffix + " est illisible. Ce n'est pas la base\u00a0: ne restaurez pas de sauvegarde."},
		{"a data directory under a file", func(t *testing.T) (string, error) {
			file := filepath.Join(t.TempDir(), "notes")
			write(t, file, []byte("x"))
			path := filepath.Join(file, "pimmsbot.db")
			_, err := Open(path, Options{})
			return file, err
		}, conversation.EINTERNAL, "le dossier de la base %s n'a pas pu être créé\u00a0; vérifiez le chemin de PIMMS_DB"},
		{"no path", func(t *testing.T) (string, error) {
			_, err := Open("", Options{})
			return "", err
		}, conversation.EINVALID, "aucun fichier de base de données n'est indiqué\u00a0; donnez-le avec PIMMS_DB ou --db%s"},
		{"a backup onto the database", func(t *testing.T) (string, error) {
			path := good(t)
			s, err := Open(path, Options{})
			if err != nil {
				t.Fatal(err)
			}
			defer s.Close()
			_, err = s.BackupFile(ctx, path)
			return path, err
		}, conversation.EINVALID, "%s est la base elle-même\u00a0: rien n'est écrit. Donnez un autre nom de fichier pour la copie."},
		{"a backup under a file", func(t *testing.T) (string, error) {
			path := good(t)
			s, err := Open(path, Options{})
			if err != nil {
				t.Fatal(err)
			}
			defer s.Close()
			file := filepath.Join(t.TempDir(), "notes")
			write(t, file, []byte("x"))
			_, err = s.BackupFile(ctx, filepath.Join(file, "copie.db"))
			return file, err
		}, conversation.EINTERNAL, "la copie %s/copie.db n'a pas pu être écrite\u00a0; vérifiez son dossier"},
		{"an erasure of nobody", func(t *testing.T) (string, error) {
			s, err := Open(good(t), Options{})
			if err != nil {
				t.Fatal(err)
			}
			defer s.Close()
			return "", s.Erase(ctx, "telegram:404")
		}, conversation.ENOTFOUND, "%saucune donnée n'est enregistrée pour l'usager telegram:404\u00a0: rien n'est à effacer"},
		{"an unknown proposal", func(t *testing.T) (string, error) {
			s, err := Open(good(t), Options{})
			if err != nil {
				t.Fatal(err)
			}
			defer s.Close()
			return "", s.ArchiveProposal(ctx, 7, time.Now())
		}, conversation.ENOTFOUND, "%saucune proposition ne porte le n°\u00a07\u00a0; pimmsbot faq proposals --all les liste"},
		{"a proposal archived twice", func(t *testing.T) (string, error) {
			s, err := Open(good(t), Options{})
			if err != nil {
				t.Fatal(err)
			}
			defer s.Close()
			err = s.Commit(ctx, &conversation.Change{Proposals: []conversation.Proposal{{Conversation: 1, Ticket: 1, Question: "q", Answer: "r", At: time.Now()}}})
			if err != nil {
				t.Fatal(err)
			}
			ps, err := s.Proposals(ctx, true)
			if err != nil || len(ps) != 1 {
				t.Fatalf("proposals %v, %v", ps, err)
			}
			day := time.Date(2026, 12, 1, 10, 0, 0, 0, time.UTC)
			if err := s.ArchiveProposal(ctx, ps[0].ID, day); err != nil {
				t.Fatal(err)
			}
			return "", s.ArchiveProposal(ctx, ps[0].ID, day)
		}, conversation.EINVALID, "%sla proposition n°\u00a01 est déjà archivée, depuis le 01/12/2026\u00a0: rien n'a changé"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			path, err := tc.open(t)
			if err == nil {
				t.Fatal("no error")
			}
			msg := err.Error()
			t.Log(msg)
			if want := strings.ReplaceAll(tc.phrase, "%s", path); !strings.Contains(msg, want) {
				t.Errorf("error %q, want it to hold %q", msg, want)
			}
			if got := conversation.ErrorCode(err); got != tc.code {
				t.Errorf("code %s, want %s", got, tc.code)
			}
			if strings.Contains(msg, "\n") {
				t.Errorf("error %q on more than one line", msg)
			}
			checkFrench(t, msg)
		})
	}
}

// TestBackupErrorWraps: the French message keeps the system's error for
// errors.Is, as the commands read it.
func TestBackupErrorWraps(t *testing.T) {
	dir := t.TempDir()
	s, err := Open(filepath.Join(dir, "pimmsbot.db"), Options{NoSync: true})
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	file := filepath.Join(dir, "notes")
	if err := os.WriteFile(file, []byte("x"), 0o600); err != nil {
		t.Fatal(err)
	}
	_, err = s.BackupFile(context.Background(), filepath.Join(file, "copie.db"))
	var pe *os.PathError
	if !errors.As(err, &pe) {
		t.Errorf("%v does not wrap the *os.PathError", err)
	}
}
