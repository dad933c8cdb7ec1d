package server

import (
	"context"
	"errors"
	"io"
	"log/slog"
	"net"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"pimmsbot/internal/config"
	"pimmsbot/internal/frenchcheck"
	"pimmsbot/internal/sites"
	"pimmsbot/internal/telegram"
)

// TestErrorsInFrench triggers each startup error of package server and
// checks that it names the variable first and says in French what to do.
func TestErrorsInFrench(t *testing.T) {
	dir := t.TempDir()
	taken, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer taken.Close()
	notSocket := filepath.Join(dir, "admin.sock")
	if err := os.WriteFile(notSocket, []byte("x"), 0o600); err != nil {
		t.Fatal(err)
	}
	listen := func(httpAddr, socket string) error {
		s := &server{cfg: &config.Config{HTTPAddr: httpAddr, AdminSocket: socket}}
		return s.listen(nil)
	}
	errDisk := errors.New("no space left on device")
	webhook := &config.Config{Telegram: config.TelegramConfig{Mode: telegram.ModeWebhook}}

	cfg, err := config.Read(func(string) string { return "" }, "")
	if err != nil {
		t.Fatal(err)
	}
	cfg.SitesFile = filepath.Join(dir, "absent.yaml")
	cfg.DB = filepath.Join(dir, "pimms.db")
	errRun := Run(context.Background(), Options{Config: cfg, Logger: slog.New(slog.NewTextHandler(io.Discard, nil))})

	for _, tc := range []struct {
		name          string
		err           error
		start, phrase string
	}{
		{"port taken", listen(taken.Addr().String(), "off"), "PIMMS_HTTP_ADDR\u00a0: ",
			"impossible d'écouter sur «\u00a0" + taken.Addr().String() + "\u00a0»\u00a0; ce port est déjà pris"},
		{"address of another machine", listen("192.0.2.1:9321", "off"), "PIMMS_HTTP_ADDR\u00a0: ",
			"cette adresse n'est pas celle de cette machine\u00a0: écrivez par exemple PIMMS_HTTP_ADDR=127.0.0.1:9321"},
		{"a file at the socket's path", listen("off", notSocket), "PIMMS_ADMIN_SOCKET\u00a0: ",
			"un fichier qui n'est pas un socket occupe ce chemin\u00a0: retirez-le"},
		{"a file in the socket's folders", listen("off", filepath.Join(notSocket, "admin.sock")), "PIMMS_ADMIN_SOCKET\u00a0: ",
			"une partie du chemin est un fichier, pas un dossier"},
		{"bots in webhook mode", CheckNetwork(webhook, &sites.Network{Bots: []sites.Bot{{ID: "isere"}}}), "TELEGRAM_MODE\u00a0: ",
			"webhook impossible avec les bots du fichier des sites (bots), qui reçoivent leurs messages par polling\u00a0; écrivez TELEGRAM_MODE=polling"},
		{"configuration", errRun, "configuration invalide\u00a0: ", "fichier des sites «\u00a0"},
		{"compaction after an erasure", compactFailed(errDisk), "l'usager est effacé, mais le compactage de la base a échoué\u00a0: ",
			"\u00a0; pour compacter plus tôt, arrêtez pimmsbot et lancez pimmsbot purge (détail\u00a0: no space left on device)"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if tc.err == nil {
				t.Fatal("no error")
			}
			msg := tc.err.Error()
			if !strings.HasPrefix(msg, tc.start) || !strings.Contains(msg, tc.phrase) {
				t.Errorf("error %q, want it to start with %q and hold %q", msg, tc.start, tc.phrase)
			}
			for _, p := range frenchcheck.Problems(msg, "set", "remove", "stopped", "listen", "erased", "compacting", "failed", "purge tries") {
				t.Error(p)
			}
		})
	}
	if !errors.Is(compactFailed(errDisk), errDisk) {
		t.Error("compactFailed does not wrap the store's error")
	}
	if !errors.Is(errRun, ErrConfig) {
		t.Errorf("Run = %v, want ErrConfig", errRun)
	}
}
