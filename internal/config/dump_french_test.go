package config

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"pimmsbot/internal/frenchcheck"
)

// TestDumpInFrench: what serve --check prints of the settings is French:
// where each comes from, the masked secrets, the defaults; the values
// are the installer's own.
func TestDumpInFrench(t *testing.T) {
	dir := t.TempDir()
	token := filepath.Join(dir, "token")
	if err := os.WriteFile(token, []byte("987654:from-a-secret-file\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	file := filepath.Join(dir, "pimmsbot.conf")
	if err := os.WriteFile(file, []byte("PIMMS_SITE_NAME=PIMMS Vaise\nTELEGRAM_BOT_TOKEN_FILE="+token+"\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	c, err := Read(env{"DISCORD_BOT_TOKEN": "abc", "PIMMS_PARTNERS": "- a\n- b\n"}.get, file)
	if err != nil {
		t.Fatal(err)
	}
	c.DB = "/srv/pimms.db" // as --db does
	c.SetFlag("PIMMS_DB", c.DB)
	var b strings.Builder
	c.Dump(&b)
	dump := b.String()
	for _, want := range []string{
		"# fichier de configuration\u00a0: " + file + " (l'environnement l'emporte sur lui)\n",
		"PIMMS_DB=/srv/pimms.db\t# option de la commande\n",
		"PIMMS_SITE_NAME=PIMMS Vaise\t# fichier de configuration\n",
		"PIMMS_FAQ_DIR=(FAQ intégrée)\t# par défaut\n",
		"PIMMS_SITES_FILE=(aucun\u00a0: un seul site, réglé par PIMMS_SITE_*)\t# par défaut\n",
		"PIMMS_PARTNERS=(2 lignes de YAML)\t# environnement\n",
		"TELEGRAM_BOT_TOKEN=<masqué, 25 caractères>\t# fichier de configuration (TELEGRAM_BOT_TOKEN_FILE)\n",
		"DISCORD_BOT_TOKEN=<masqué, 3 caractères>\t# environnement\n",
	} {
		if !strings.Contains(dump, want) {
			t.Errorf("dump lacks %q:\n%s", want, dump)
		}
	}
	for _, p := range frenchcheck.Problems(dump, "masked", "characters", "default", "env", "flag", "embedded", "none", "lines", "wins", "configuration file") {
		t.Error(p)
	}
}
