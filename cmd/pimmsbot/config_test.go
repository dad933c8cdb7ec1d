package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// env is a fake environment.
type env map[string]string

func (e env) get(name string) string { return e[name] }

func TestConfigDefaults(t *testing.T) {
	c, err := readConfig(env{}.get, "")
	if err != nil {
		t.Fatal(err)
	}
	if err := c.Validate(); err != nil {
		t.Fatal(err)
	}
	if c.DB != defaultDB || c.RetentionDays != 180 || c.Timezone != "Europe/Paris" || c.HTTPAddr != "127.0.0.1:9321" ||
		c.LogFormat != "text" || c.LogLevel != "info" || c.MediatorNames != "display" ||
		c.adminSocket() != filepath.Join("data", "pimmsbot.sock") {
		t.Errorf("defaults = %+v", c)
	}
}

func TestConfigValidationNamesTheVariable(t *testing.T) {
	for _, tc := range []struct {
		name, value string
	}{
		{"PIMMS_RETENTION_DAYS", "six mois"},
		{"PIMMS_RETENTION_DAYS", "0"},
		{"PIMMS_TIMEZONE", "Paris"},
		{"PIMMS_HOURS", "lundi toute la journée"},
		{"PIMMS_CLOSED_DAYS", "Noël"},
		{"PIMMS_REMIND_AFTER", "15"},
		{"PIMMS_HTTP_ADDR", "9321"},
		{"PIMMS_HTTP_ADDR", "localhost:http"},
		{"PIMMS_LOG_FORMAT", "xml"},
		{"PIMMS_LOG_LEVEL", "verbose"},
		{"PIMMS_MEDIATOR_NAMES", "prenom"},
		{"PIMMS_SHUTDOWN_TIMEOUT", "-1s"},
		{"PIMMS_ADMIN_SOCKET", "/" + strings.Repeat("x", 120)},
	} {
		t.Run(tc.name+"="+tc.value, func(t *testing.T) {
			c, err := readConfig(env{tc.name: tc.value}.get, "")
			if err == nil {
				err = c.Validate()
			}
			if err == nil || !strings.Contains(err.Error(), tc.name) {
				t.Errorf("got %v, want an error naming %s", err, tc.name)
			}
		})
	}
}

func TestServeCheckReportsEveryMistake(t *testing.T) {
	t.Setenv("TELEGRAM_BOT_TOKEN", "")
	t.Setenv("PIMMS_LOG_FORMAT", "xml")
	_, errOut, code := run(t, "serve", "--check", "--db", filepath.Join(t.TempDir(), "x.db"))
	if code != 2 || !strings.Contains(errOut, "PIMMS_LOG_FORMAT") || !strings.Contains(errOut, "TELEGRAM_BOT_TOKEN") {
		t.Errorf("exit %d:\n%s", code, errOut)
	}
}

func TestConfigFile(t *testing.T) {
	dir := t.TempDir()
	secret := filepath.Join(dir, "token")
	if err := os.WriteFile(secret, []byte("987654:from-a-secret-file\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	file := filepath.Join(dir, "pimmsbot.env")
	content := `# site
PIMMS_SITE_NAME="PIMMS de Lyon Vaise"
export PIMMS_RETENTION_DAYS=90
PIMMS_LOG_LEVEL='debug'
TELEGRAM_BOT_TOKEN_FILE=` + secret + `

PIMMS_HTTP_ADDR=:9999
`
	if err := os.WriteFile(file, []byte(content), 0o600); err != nil {
		t.Fatal(err)
	}
	c, err := readConfig(env{"PIMMS_HTTP_ADDR": "127.0.0.1:7000"}.get, file)
	if err != nil {
		t.Fatal(err)
	}
	if c.SiteName != "PIMMS de Lyon Vaise" || c.RetentionDays != 90 || c.LogLevel != "debug" {
		t.Errorf("from the file: %+v", c)
	}
	if c.HTTPAddr != "127.0.0.1:7000" {
		t.Errorf("PIMMS_HTTP_ADDR = %s: the environment must win over the file", c.HTTPAddr)
	}
	if c.Telegram.Token != "987654:from-a-secret-file" {
		t.Errorf("token from TELEGRAM_BOT_TOKEN_FILE = %q", c.Telegram.Token)
	}

	var dump strings.Builder
	c.Dump(&dump)
	for _, want := range []string{
		"PIMMS_SITE_NAME=PIMMS de Lyon Vaise\t# file",
		"PIMMS_HTTP_ADDR=127.0.0.1:7000\t# env",
		"PIMMS_TIMEZONE=Europe/Paris\t# default",
		"TELEGRAM_BOT_TOKEN=<masked, 25 characters>",
	} {
		if !strings.Contains(dump.String(), want) {
			t.Errorf("dump lacks %q:\n%s", want, dump.String())
		}
	}
	if strings.Contains(dump.String(), "from-a-secret-file") {
		t.Errorf("dump shows the token:\n%s", dump.String())
	}

	t.Run("mistakes", func(t *testing.T) {
		bad := filepath.Join(dir, "bad.env")
		os.WriteFile(bad, []byte("PIMMS_SITE_NAM=x\nnot a setting\nPIMMS_DB=a\nPIMMS_DB=b\n"), 0o600)
		_, err := readConfig(env{}.get, bad)
		for _, want := range []string{"line 1: unknown variable PIMMS_SITE_NAM", "line 2: want NAME=value", "line 4: PIMMS_DB is already set on line 3"} {
			if err == nil || !strings.Contains(err.Error(), want) {
				t.Errorf("got %v, want %q", err, want)
			}
		}
		if _, err := readConfig(env{}.get, filepath.Join(dir, "missing.env")); err == nil || !strings.Contains(err.Error(), "--config") {
			t.Errorf("missing file: %v", err)
		}
	})
}

func TestMediatorName(t *testing.T) {
	c := &Config{MediatorNames: "display", MediatorName: "L'équipe du PIMMS"}
	if got := c.mediatorName("Claire"); got != "Claire" {
		t.Errorf("display: %s", got)
	}
	if got := c.mediatorName(""); got != "L'équipe du PIMMS" {
		t.Errorf("display without a name: %s", got)
	}
	c.MediatorNames = "generic"
	if got := c.mediatorName("Claire"); got != "L'équipe du PIMMS" {
		t.Errorf("generic: %s", got)
	}
}

func TestServeCheckWarnsOfMissingContact(t *testing.T) {
	t.Setenv("TELEGRAM_BOT_TOKEN", "123456:abcdefghijklmnopqrstuvwxyz")
	t.Setenv("PIMMS_SITE_PHONE", "")
	t.Setenv("PIMMS_SITE_ADDRESS", "")
	out, errOut, code := run(t, "serve", "--check", "--db", filepath.Join(t.TempDir(), "x.db"))
	if code != 0 || !strings.Contains(errOut, "PIMMS_SITE_PHONE is not set") || !strings.Contains(errOut, "PIMMS_SITE_ADDRESS is not set") {
		t.Errorf("exit %d:\n%s\n%s", code, out, errOut)
	}
	if strings.Contains(out, "non renseign") {
		t.Errorf("a made-up default is shown as configured:\n%s", out)
	}
}
