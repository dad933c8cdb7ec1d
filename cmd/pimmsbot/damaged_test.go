package main

import (
	"encoding/binary"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestDamagedDatabase runs every command that opens the database on an
// empty, a truncated and a garbled file: each says so in one line naming
// the file and the restore section, and exits non-zero, without a panic.
func TestDamagedDatabase(t *testing.T) {
	s := play(t)
	good, err := os.ReadFile(s.db)
	if err != nil {
		t.Fatal(err)
	}
	damages := map[string]func() []byte{
		"empty":     func() []byte { return nil },
		"truncated": func() []byte { return good[:min(len(good), 32<<10)] },
		"garbled freelist": func() []byte {
			data := append([]byte(nil), good...)
			pageSize := int(binary.LittleEndian.Uint32(data[24:]))
			for _, meta := range []int{0, pageSize} {
				free := int(binary.LittleEndian.Uint64(data[meta+48:]))
				for i := free * pageSize; i < (free+1)*pageSize && i < len(data); i++ {
					data[i] = 0xA5
				}
			}
			return data
		},
	}
	if len(good) <= 32<<10 {
		delete(damages, "truncated") // too small to cut
	}
	t.Setenv("TELEGRAM_BOT_TOKEN", "123456:abcdefghijklmnopqrstuvwxyz")
	t.Setenv("PIMMS_HTTP_ADDR", "off")
	t.Setenv("PIMMS_ADMIN_SOCKET", "off")
	t.Setenv("PIMMS_SITE_PHONE", "01 02 03 04 05")
	t.Setenv("PIMMS_SITE_ADDRESS", "1 rue de la Paix")
	t.Setenv("PIMMS_SITE_EMAIL", "contact@pimms.example")
	out := t.TempDir()
	commands := [][]string{
		{"stats"}, {"unanswered"}, {"backup", filepath.Join(out, "b.db")},
		{"export", "--resident", "telegram:2002"}, {"purge"}, {"erase", "--resident", "telegram:2002"}, {"serve"},
	}
	for name, damage := range damages {
		for _, cmd := range commands {
			t.Run(name+"/"+cmd[0], func(t *testing.T) {
				db := filepath.Join(t.TempDir(), "pimmsbot.db")
				if err := os.WriteFile(db, damage(), 0o600); err != nil {
					t.Fatal(err)
				}
				args := append([]string{cmd[0], "--db", db}, cmd[1:]...)
				stdout, stderr, code := run(t, args...)
				msg := strings.TrimSpace(stderr)
				if code == 0 || strings.Contains(stderr, "panic") || strings.Count(msg, "\n") > 0 ||
					!strings.Contains(msg, db) || !strings.Contains(msg, "docs/deploy.md") {
					t.Errorf("exit %d, stderr:\n%s\nstdout:\n%s", code, stderr, stdout)
				}
			})
		}
	}
}
