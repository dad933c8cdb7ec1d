package main

import (
	"path/filepath"
	"strings"
	"testing"
)

// env is a fake environment.
type env map[string]string

func (e env) get(name string) string { return e[name] }

func TestServeCheckReportsEveryMistake(t *testing.T) {
	t.Setenv("TELEGRAM_BOT_TOKEN", "")
	t.Setenv("PIMMS_LOG_FORMAT", "xml")
	_, errOut, code := run(t, "serve", "--check", "--db", filepath.Join(t.TempDir(), "x.db"))
	if code != 2 || !strings.Contains(errOut, "PIMMS_LOG_FORMAT") || !strings.Contains(errOut, "TELEGRAM_BOT_TOKEN") {
		t.Errorf("exit %d:\n%s", code, errOut)
	}
}

func TestServeCheckWarnsOfMissingContact(t *testing.T) {
	t.Setenv("TELEGRAM_BOT_TOKEN", "123456:abcdefghijklmnopqrstuvwxyz")
	t.Setenv("PIMMS_SITE_PHONE", "")
	t.Setenv("PIMMS_SITE_ADDRESS", "")
	t.Setenv("PIMMS_SITE_EMAIL", "")
	out, errOut, code := run(t, "serve", "--check", "--db", filepath.Join(t.TempDir(), "x.db"))
	if code != 0 || !strings.Contains(errOut, "attention\u00a0: PIMMS_SITE_PHONE\u00a0: non renseigné") || !strings.Contains(errOut, "attention\u00a0: PIMMS_SITE_ADDRESS\u00a0: non renseigné") ||
		!strings.Contains(errOut, "attention\u00a0: PIMMS_SITE_EMAIL\u00a0: non renseigné") {
		t.Errorf("exit %d:\n%s\n%s", code, out, errOut)
	}
	if strings.Contains(out, "non renseign") {
		t.Errorf("a made-up default is shown as configured:\n%s", out)
	}
}
