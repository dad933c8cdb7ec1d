package main

import (
	"context"
	"io"
	"net/http"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	"pimmsbot/internal/bolt"
	"pimmsbot/internal/catalog/catalogtest"
	"pimmsbot/internal/config"
	"pimmsbot/internal/frenchcheck"
	"pimmsbot/internal/logs"
	"pimmsbot/internal/server"
	"pimmsbot/internal/telegram/telegramtest"
)

// isereToken is the token of the Isère sites' bot of their own.
const isereToken = "654321:isere-bot-token"

// sitesYAML is a sites file of two sites: vaise on the network's bot,
// grenoble on a bot of its own whose token is in isere.token.
const sitesYAML = `default: vaise
bots:
  - {id: isere, username: PimmsIsereBot, token_file: isere.token}
sites:
  - id: vaise
    name: PIMMS Vaise
    address: 1 rue A, 69009 Lyon
    phone: 04 00 00 00 01
    hours: lun-ven 09:00-17:00
    postcodes: ["69009"]
    discord: {channel: "11", role: "12"}
  - id: grenoble
    name: PIMMS Grenoble
    address: 1 rue B, 38000 Grenoble
    phone: 04 00 00 00 02
    hours: mar-sam 09:00-12:00
    postcodes: ["38000"]
    discord: {channel: "21", role: "22"}
    bot: isere
`

// writeSites writes the sites file yaml and the Isère bot's token file,
// and returns the sites file's path.
func writeSites(t *testing.T, yaml string) string {
	t.Helper()
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, "isere.token"), []byte(isereToken+"\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(dir, "sites.yaml")
	if err := os.WriteFile(path, []byte(yaml), 0o600); err != nil {
		t.Fatal(err)
	}
	return path
}

// TestServeCheckSitesFile: serve --check lists the sites file's errors,
// each naming the site and the field, and refuses the single-site
// settings it replaces (exit 2); a valid file passes, and the check says
// which bot serves which sites, without a token.
func TestServeCheckSitesFile(t *testing.T) {
	t.Setenv("TELEGRAM_BOT_TOKEN", "123456:abcdefghijklmnopqrstuvwxyz")
	db := filepath.Join(t.TempDir(), "x.db")

	broken := strings.Replace(sitesYAML, `postcodes: ["38000"]`, `postcodes: ["3800"]`, 1)
	broken = strings.Replace(broken, `role: "12"`, `role: ""`, 1)
	t.Setenv("PIMMS_SITES_FILE", writeSites(t, broken))
	t.Setenv("PIMMS_SITE_PHONE", "04 00 00 00 09")
	_, errOut, code := run(t, "serve", "--check", "--db", db)
	for _, want := range []string{
		"site grenoble, postcodes[1]\u00a0: «\u00a03800\u00a0»", "site vaise, discord.role\u00a0: obligatoire",
		"PIMMS_SITE_PHONE\u00a0: inutile avec PIMMS_SITES_FILE",
	} {
		if code != 2 || !strings.Contains(errOut, want) {
			t.Errorf("exit %d, want 2 and %q:\n%s", code, want, errOut)
		}
	}

	t.Setenv("PIMMS_SITES_FILE", writeSites(t, sitesYAML))
	t.Setenv("PIMMS_SITE_PHONE", "")
	out, errOut, code := run(t, "serve", "--check", "--db", db)
	if code != 0 {
		t.Fatalf("exit %d:\n%s%s", code, out, errOut)
	}
	for _, want := range []string{"PIMMS_SITES_FILE=", "# 2 sites, site par défaut\u00a0: vaise", "# bot telegram\u00a0: vaise", "# bot telegram-isere\u00a0: grenoble"} {
		if !strings.Contains(out, want) {
			t.Errorf("the check lacks %q:\n%s", want, out)
		}
	}
	// The comments of the dump are French: where each setting comes
	// from, the sites and the bots.
	for _, line := range strings.Split(out, "\n") {
		if _, comment, ok := strings.Cut(line, "#"); ok {
			for _, p := range frenchcheck.Problems(comment, "default", "sites:", "masked", "characters", "env", "flag") {
				t.Error(p)
			}
		}
	}
	if strings.Contains(out+errOut, "isere-bot-token") || strings.Contains(errOut, "not set") {
		t.Errorf("the check shows a token, or warns of the single-site settings:\n%s%s", out, errOut)
	}

	t.Setenv("TELEGRAM_MODE", "webhook")
	t.Setenv("TELEGRAM_WEBHOOK_URL", "https://bot.example.org/tg")
	t.Setenv("TELEGRAM_WEBHOOK_LISTEN", "127.0.0.1:8443")
	t.Setenv("TELEGRAM_WEBHOOK_SECRET", "abc")
	if _, errOut, code := run(t, "serve", "--check", "--db", db); code != 2 || !strings.Contains(errOut, "TELEGRAM_MODE\u00a0: webhook impossible avec les bots du fichier des sites") {
		t.Errorf("bots in webhook mode: exit %d:\n%s", code, errOut)
	}
}

// startServe runs serve with the real adapters on the settings vars until
// the returned stop is called; stop returns serve's exit code and log.
func startServe(t *testing.T, vars env) (stop func() (int, string), logbuf *syncBuffer) {
	t.Helper()
	cfg, err := config.Read(vars.get, "")
	if err == nil {
		err = cfg.Validate()
	}
	if err != nil {
		t.Fatal(err)
	}
	logbuf = &syncBuffer{}
	log, err := logs.New(logbuf, "json", "debug", cfg.Secrets())
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan int, 1)
	go func() {
		done <- serve(ctx, &Env{Stdout: io.Discard, Stderr: logbuf}, server.Options{Config: cfg, Catalog: catalogtest.FAQ(t), Logger: log})
	}()
	stopped := false
	stop = func() (int, string) {
		if stopped {
			return 0, logbuf.String()
		}
		stopped = true
		cancel()
		select {
		case code := <-done:
			return code, logbuf.String()
		case <-time.After(20 * time.Second):
			t.Fatal("serve did not stop")
			return -1, ""
		}
	}
	t.Cleanup(func() { stop() })
	return stop, logbuf
}

// TestServeTwoBots: with a sites file giving a site a bot of its own,
// one serve polls both bots; a resident on each is answered by their own
// bot, /healthz lists both, and each bot's offset is kept apart.
func TestServeTwoBots(t *testing.T) {
	network, isere := telegramtest.NewServer(t), telegramtest.NewServerFor(t, isereToken)
	db := filepath.Join(t.TempDir(), "pimmsbot.db")
	stop, logbuf := startServe(t, env{
		"TELEGRAM_BOT_TOKEN": telegramtest.Token, "TELEGRAM_API_URL": telegramtest.Shared(t, network, isere),
		"TELEGRAM_RATE_GLOBAL": "0", "TELEGRAM_RATE_PER_CHAT": "0", "PIMMS_SITES_FILE": writeSites(t, sitesYAML),
		"PIMMS_DB": db, "PIMMS_HTTP_ADDR": "127.0.0.1:0", "PIMMS_ADMIN_SOCKET": "off",
	})
	netIDs := network.Push(telegramtest.Text(71, "/start"))
	isereIDs := isere.Push(telegramtest.Text(72, "/start"))
	network.WaitMessages(t, 71, 1)
	isere.WaitMessages(t, 72, 1)
	if len(network.Messages(72)) != 0 || len(isere.Messages(71)) != 0 {
		t.Errorf("a resident was answered by the other bot")
	}

	resp, err := http.Get("http://" + listenAddr(t, logbuf) + "/healthz")
	if err != nil {
		t.Fatal(err)
	}
	body, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	for _, want := range []string{`"status":"ok"`, `"telegram":"ok"`, `"telegram-isere":"ok"`} {
		if !strings.Contains(string(body), want) {
			t.Errorf("/healthz lacks %s: %s", want, body)
		}
	}
	for srv, next := range map[*telegramtest.Server]int64{network: netIDs[0] + 1, isere: isereIDs[0] + 1} {
		srv.Wait(t, "the next poll", func(calls []telegramtest.Call) bool {
			last := calls[len(calls)-1]
			return last.Method == "getUpdates" && last.Params["offset"] == strconv.FormatInt(next, 10)
		})
	}
	if code, log := stop(); code != 0 || strings.Contains(log, isereToken) {
		t.Fatalf("serve exited %d, or its log shows the site bot's token:\n%s", code, log)
	}

	store, err := bolt.Open(db, bolt.Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer store.Close()
	ctx := context.Background()
	for name, want := range map[string]int64{"telegram": netIDs[0] + 1, "telegram-isere": isereIDs[0] + 1} {
		if got, err := store.Offset(ctx, name); err != nil || got != want {
			t.Errorf("offset of %s = %d (%v), want %d", name, got, err, want)
		}
	}
	for id, want := range map[string]bool{"telegram:71": true, "telegram-isere:72": true, "telegram:72": false} {
		if _, err := store.Resident(ctx, id); (err == nil) != want {
			t.Errorf("resident %s stored: %v, want %v", id, err == nil, want)
		}
	}
	// The Isère bot serves one site: its residents belong to it at once,
	// without a deep link or a postcode.
	if r, err := store.Resident(ctx, "telegram-isere:72"); err != nil || r.Site != "grenoble" {
		t.Errorf("resident of the Isère bot: site %q (%v), want grenoble", r.Site, err)
	}
	if r, err := store.Resident(ctx, "telegram:71"); err != nil || r.Site != "" {
		t.Errorf("resident of the network's bot: site %q (%v), want none yet", r.Site, err)
	}
}

// TestServeSingleSiteUnchanged: a single-site configuration as
// docs/deploy.md shows it (a --config file, the token in a _FILE) starts
// as before: a network of one, whose name the welcome gives.
func TestServeSingleSiteUnchanged(t *testing.T) {
	srv := telegramtest.NewServer(t)
	dir := t.TempDir()
	token := filepath.Join(dir, "telegram-token")
	if err := os.WriteFile(token, []byte(telegramtest.Token+"\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	file := filepath.Join(dir, "pimmsbot.env")
	if err := os.WriteFile(file, []byte(`PIMMS_SITE_NAME="PIMMS Médiation Lyon Vaise"
PIMMS_SITE_ADDRESS="12 rue de l'Exemple, 69009 Lyon"
PIMMS_SITE_PHONE="04 00 00 00 01"
PIMMS_HOURS="lun-ven 09:00-12:30,13:30-17:00; sam 09:00-12:00"
PIMMS_CLOSED_DAYS=2026-12-25
`), 0o600); err != nil {
		t.Fatal(err)
	}
	t.Setenv("TELEGRAM_BOT_TOKEN_FILE", token)
	t.Setenv("TELEGRAM_API_URL", srv.URL)
	t.Setenv("PIMMS_HTTP_ADDR", "off")
	t.Setenv("PIMMS_ADMIN_SOCKET", "off")
	db := filepath.Join(dir, "pimmsbot.db")
	out, errOut, code := run(t, "serve", "--check", "--config", file, "--db", db)
	if code != 0 || !strings.Contains(out, "# 1 site, site par défaut\u00a0: site") || !strings.Contains(out, "PIMMS_SITES_FILE=(aucun\u00a0: un seul site") {
		t.Fatalf("serve --check: exit %d:\n%s%s", code, out, errOut)
	}
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan int, 1)
	go func() {
		done <- Main(ctx, []string{"serve", "--config", file, "--db", db}, strings.NewReader(""), io.Discard, io.Discard)
	}()
	srv.Push(telegramtest.Text(77, "/start"))
	if msgs := srv.WaitMessages(t, 77, 1); !strings.Contains(msgs[0].Text, "PIMMS Médiation Lyon Vaise") {
		t.Errorf("welcome: %q", msgs[0].Text)
	}
	cancel()
	select {
	case code := <-done:
		if code != 0 {
			t.Errorf("serve exited %d", code)
		}
	case <-time.After(20 * time.Second):
		t.Fatal("serve did not stop")
	}
}

// stats and unanswered take --site: a site of the sites file, or an error
// that lists them.
func TestReportsSiteFlag(t *testing.T) {
	t.Setenv("PIMMS_SITES_FILE", writeSites(t, sitesYAML))
	db := filepath.Join(t.TempDir(), "pimmsbot.db")
	for _, cmd := range []string{"stats", "unanswered"} {
		_, errOut, code := run(t, cmd, "--db", db, "--site", "lyon")
		if code != 2 || !strings.Contains(errOut, "«\u00a0lyon\u00a0»\u00a0: absent du fichier des sites") || !strings.Contains(errOut, "vaise, grenoble") {
			t.Errorf("%s --site lyon: exit %d\n%s", cmd, code, errOut)
		}
	}
	store, err := bolt.Open(db, bolt.Options{})
	if err != nil {
		t.Fatal(err)
	}
	store.Close()
	out, errOut, code := run(t, "stats", "--db", db, "--site", "grenoble", "--csv")
	if code != 0 || !strings.HasSuffix(strings.TrimSpace(out), ",grenoble,0") {
		t.Errorf("stats --site grenoble --csv: exit %d\n%s\n%s", code, out, errOut)
	}
}
