package config

import (
	"errors"
	"os"
	"path/filepath"
	"pimmsbot/internal/frenchcheck"
	"pimmsbot/internal/sites"
	"strings"
	"testing"
	"time"
)

// leaves returns the errors joined in err, one per problem.
func leaves(err error) []error {
	if err == nil {
		return nil
	}
	if j, ok := err.(interface{ Unwrap() []error }); ok {
		var out []error
		for _, e := range j.Unwrap() {
			out = append(out, leaves(e)...)
		}
		return out
	}
	return []error{err}
}

// ownText is what package config wrote of e: the text of an error it
// wraps from another package (package hours) is that package's.
func ownText(e error) string {
	text := e.Error()
	var fe sites.FileError
	if inner := errors.Unwrap(e); inner != nil && !errors.As(e, &fe) {
		text = strings.Replace(text, inner.Error(), "", 1)
	}
	return text
}

// checkFrench fails when own, what package config wrote of full, reads
// as English or breaks French typography.
func checkFrench(t *testing.T, full, own string) {
	t.Helper()
	for _, p := range frenchcheck.Problems(own) {
		t.Errorf("%s (in %q)", p, full)
	}
}

// TestErrorsInFrench triggers each error of the configuration and checks
// that it names the variable first and says in French what to do.
func TestErrorsInFrench(t *testing.T) {
	const token = "123456:ABC-def"
	dir := t.TempDir()
	sitesFile := writeSitesFile(t)
	discord := env{"DISCORD_BOT_TOKEN": "abc", "DISCORD_GUILD_ID": "1", "DISCORD_CHANNEL_ID": "2", "DISCORD_MEDIATOR_ROLE_ID": "3"}
	webhook := env{"TELEGRAM_MODE": "webhook", "TELEGRAM_WEBHOOK_URL": "https://bot.example.org/tg",
		"TELEGRAM_WEBHOOK_LISTEN": "127.0.0.1:8443", "TELEGRAM_WEBHOOK_SECRET": "0123abc_-XYZ"}
	for _, tc := range []struct {
		name string
		env  env
		file string        // the --config file's content, if any
		edit func(*Config) // a setting no variable can give (a flag can)
		// The error wanted starts with start and holds phrase.
		start, phrase string
	}{
		{name: "no token", env: env{"TELEGRAM_BOT_TOKEN": ""},
			start: "TELEGRAM_BOT_TOKEN", phrase: "TELEGRAM_BOT_TOKEN\u00a0: obligatoire (créez le bot avec @BotFather)"},
		{name: "not a token", env: env{"TELEGRAM_BOT_TOKEN": "abcdef"}, start: "TELEGRAM_BOT_TOKEN", phrase: "ce n'est pas un jeton de bot"},
		{name: "token file missing", env: env{"TELEGRAM_BOT_TOKEN": "", "TELEGRAM_BOT_TOKEN_FILE": filepath.Join(dir, "nope")},
			start: "TELEGRAM_BOT_TOKEN_FILE", phrase: "n'existe pas"},
		{name: "token file a folder", env: env{"TELEGRAM_BOT_TOKEN": "", "TELEGRAM_BOT_TOKEN_FILE": dir},
			start: "TELEGRAM_BOT_TOKEN_FILE", phrase: "c'est un dossier"},
		{name: "API URL", env: env{"TELEGRAM_API_URL": "localhost:8081"}, start: "TELEGRAM_API_URL", phrase: "n'est pas une adresse"},
		{name: "mode", env: env{"TELEGRAM_MODE": "push"}, start: "TELEGRAM_MODE", phrase: "écrivez polling ou webhook"},
		{name: "webhook URL missing", env: env(merge(webhook, env{"TELEGRAM_WEBHOOK_URL": ""})),
			start: "TELEGRAM_WEBHOOK_URL", phrase: "obligatoire avec TELEGRAM_MODE=webhook"},
		{name: "webhook URL in http", env: env(merge(webhook, env{"TELEGRAM_WEBHOOK_URL": "http://bot.example.org/tg"})),
			start: "TELEGRAM_WEBHOOK_URL", phrase: "n'envoie qu'en https"},
		{name: "webhook listen missing", env: env(merge(webhook, env{"TELEGRAM_WEBHOOK_LISTEN": ""})),
			start: "TELEGRAM_WEBHOOK_LISTEN", phrase: "obligatoire avec TELEGRAM_MODE=webhook"},
		{name: "webhook listen", env: env(merge(webhook, env{"TELEGRAM_WEBHOOK_LISTEN": "8443"})),
			start: "TELEGRAM_WEBHOOK_LISTEN", phrase: "écrivez hôte:port"},
		{name: "webhook secret missing", env: env(merge(webhook, env{"TELEGRAM_WEBHOOK_SECRET": ""})),
			start: "TELEGRAM_WEBHOOK_SECRET", phrase: "obligatoire avec TELEGRAM_MODE=webhook"},
		{name: "webhook secret", env: env(merge(webhook, env{"TELEGRAM_WEBHOOK_SECRET": "pas permis !"})),
			start: "TELEGRAM_WEBHOOK_SECRET", phrase: "caractères parmi A-Z"},
		{name: "webhook variable while polling", env: env{"TELEGRAM_WEBHOOK_SECRET": "abc"},
			start: "TELEGRAM_WEBHOOK_SECRET", phrase: "inutile avec TELEGRAM_MODE=polling"},
		{name: "rate", env: env{"TELEGRAM_RATE_GLOBAL": "0,5"}, start: "TELEGRAM_RATE_GLOBAL", phrase: "messages par seconde"},
		{name: "negative rate", env: env{"TELEGRAM_RATE_PER_CHAT": "-1"}, start: "TELEGRAM_RATE_PER_CHAT", phrase: "0 pour aucune limite"},
		{name: "Discord id without token", env: env{"DISCORD_CHANNEL_ID": "2"},
			start: "DISCORD_BOT_TOKEN", phrase: "obligatoire puisque DISCORD_CHANNEL_ID est réglé"},
		{name: "Discord ids without token", env: env{"DISCORD_CHANNEL_ID": "2", "DISCORD_GUILD_ID": "1"},
			start: "DISCORD_BOT_TOKEN", phrase: "DISCORD_CHANNEL_ID sont réglés"},
		{name: "Discord token alone", env: env{"DISCORD_BOT_TOKEN": "abc"},
			start: "DISCORD_GUILD_ID", phrase: "obligatoire avec DISCORD_BOT_TOKEN (l'identifiant du serveur"},
		{name: "Discord id", env: env(merge(discord, env{"DISCORD_MEDIATOR_ROLE_ID": "@médiateurs"})),
			start: "DISCORD_MEDIATOR_ROLE_ID", phrase: "que des chiffres"},
		{name: "Discord API URL", env: env(merge(discord, env{"DISCORD_API_URL": "localhost:8080"})),
			start: "DISCORD_API_URL", phrase: "n'est pas une adresse"},
		{name: "Discord channel with a sites file", env: env(merge(discord, env{"PIMMS_SITES_FILE": sitesFile})),
			start: "DISCORD_CHANNEL_ID", phrase: "inutile avec PIMMS_SITES_FILE"},
		{name: "site variable with a sites file", env: env{"PIMMS_SITES_FILE": sitesFile, "PIMMS_SITE_NAME": "PIMMS Vaise"},
			start: "PIMMS_SITE_NAME", phrase: "inutile avec PIMMS_SITES_FILE"},
		{name: "database", edit: func(c *Config) { c.DB = "" }, start: "PIMMS_DB", phrase: "obligatoire"},
		{name: "retention not a number", env: env{"PIMMS_RETENTION_DAYS": "six mois"},
			start: "PIMMS_RETENTION_DAYS", phrase: "n'est pas un nombre de jours"},
		{name: "retention too short", env: env{"PIMMS_RETENTION_DAYS": "0"}, start: "PIMMS_RETENTION_DAYS", phrase: "au moins 1 jour"},
		{name: "reminder not a duration", env: env{"PIMMS_REMIND_AFTER": "15"},
			start: "PIMMS_REMIND_AFTER", phrase: "par exemple PIMMS_REMIND_AFTER=15m"},
		{name: "reminder negative", env: env{"PIMMS_REMIND_AFTER": "-5m"}, start: "PIMMS_REMIND_AFTER", phrase: "«\u00a0-5m\u00a0» est une durée négative"},
		{name: "wait notice zero", env: env{"PIMMS_WAIT_NOTICE": "0s"}, start: "PIMMS_WAIT_NOTICE", phrase: "PIMMS_WAIT_NOTICE=2h"},
		{name: "wait notice in French", env: env{"PIMMS_WAIT_NOTICE": "2 heures"}, start: "PIMMS_WAIT_NOTICE", phrase: "n'est pas une durée"},
		{name: "shutdown", env: env{"PIMMS_SHUTDOWN_TIMEOUT": "-1s"}, start: "PIMMS_SHUTDOWN_TIMEOUT", phrase: "PIMMS_SHUTDOWN_TIMEOUT=15s"},
		{name: "time zone", env: env{"PIMMS_TIMEZONE": "Paris"}, start: "PIMMS_TIMEZONE", phrase: "fuseau horaire «\u00a0Paris\u00a0» inconnu"},
		{name: "hours", env: env{"PIMMS_HOURS": "lundi toute la journée"}, start: "PIMMS_HOURS", phrase: "horaires illisibles"},
		{name: "closed days", env: env{"PIMMS_CLOSED_DAYS": "Noël"}, start: "PIMMS_HOURS / PIMMS_CLOSED_DAYS", phrase: "PIMMS_CLOSED_DAYS=2026-12-25"},
		{name: "mediator names", env: env{"PIMMS_MEDIATOR_NAMES": "prénom"}, start: "PIMMS_MEDIATOR_NAMES", phrase: "écrivez display"},
		{name: "generic without a name", env: env{"PIMMS_MEDIATOR_NAMES": "generic", "PIMMS_MEDIATOR_NAME": " "},
			start: "PIMMS_MEDIATOR_NAME", phrase: "obligatoire avec PIMMS_MEDIATOR_NAMES=generic"},
		{name: "HTTP address", env: env{"PIMMS_HTTP_ADDR": "9321"}, start: "PIMMS_HTTP_ADDR", phrase: "écrivez hôte:port"},
		{name: "HTTP port", env: env{"PIMMS_HTTP_ADDR": "localhost:http"}, start: "PIMMS_HTTP_ADDR", phrase: "de 0 à 65535"},
		{name: "admin socket", env: env{"PIMMS_ADMIN_SOCKET": "/" + strings.Repeat("x", 120)}, start: "PIMMS_ADMIN_SOCKET", phrase: "trop long"},
		{name: "log format", env: env{"PIMMS_LOG_FORMAT": "xml"}, start: "PIMMS_LOG_FORMAT", phrase: "écrivez text ou json"},
		{name: "log level", env: env{"PIMMS_LOG_LEVEL": "bavard"}, start: "PIMMS_LOG_LEVEL", phrase: "écrivez debug, info, warn ou error"},
		{name: "misspelt variable", file: "PIMMS_SITE_NAM=x\n", phrase: "ligne 1\u00a0: variable PIMMS_SITE_NAM inconnue"},
		{name: "not a setting", file: "# site\nPIMMS Vaise\n", phrase: "ligne 2\u00a0: écrivez un réglage par ligne, sous la forme NOM=valeur"},
		{name: "set twice", file: "PIMMS_DB=a\nPIMMS_DB=b\n", phrase: "ligne 2\u00a0: PIMMS_DB est déjà réglé ligne 1"},
		{name: "no config file", file: "-", start: "--config", phrase: "n'existe pas"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var path string
			switch tc.file {
			case "":
			case "-":
				path = filepath.Join(dir, "absent.env")
			default:
				path = filepath.Join(t.TempDir(), "pimmsbot.env")
				if err := os.WriteFile(path, []byte(tc.file), 0o600); err != nil {
					t.Fatal(err)
				}
			}
			c, err := Read(env(merge(env{"TELEGRAM_BOT_TOKEN": token}, tc.env)).get, path)
			if tc.edit != nil {
				tc.edit(c)
			}
			errs := leaves(errors.Join(append(append([]error{err, c.Validate()}, c.Telegram.Validate()...), c.Discord.Validate()...)...))
			found := false
			for _, e := range errs {
				checkFrench(t, e.Error(), ownText(e))
				msg := e.Error()
				if strings.HasPrefix(msg, tc.start) && strings.Contains(msg, tc.phrase) {
					found = true
				}
			}
			if !found {
				t.Errorf("no error starting with %q and holding %q in %q", tc.start, tc.phrase, errs)
			}
		})
	}
}

// TestWarningsInFrench: the warnings of serve --check name the variable
// and say in French what residents miss.
func TestWarningsInFrench(t *testing.T) {
	c, err := Read(env{}.get, "")
	if err != nil {
		t.Fatal(err)
	}
	got := c.Warnings()
	for i, name := range []string{"PIMMS_SITE_PHONE", "PIMMS_SITE_ADDRESS", "PIMMS_SITE_EMAIL"} {
		if i >= len(got) || !strings.HasPrefix(got[i], name+"\u00a0: non renseigné") {
			t.Errorf("warnings %q, want %s first", got, name)
			continue
		}
		checkFrench(t, got[i], got[i])
	}
}

func TestShortDuration(t *testing.T) {
	for d, want := range map[string]string{"15m": "15m", "2h": "2h", "15s": "15s", "1h30m": "1h30m", "0s": "0s", "-5m": "-5m", "90m": "1h30m", "1h0m5s": "1h0m5s"} {
		if got := shortDuration(mustDuration(t, d)); got != want {
			t.Errorf("shortDuration(%s) = %s, want %s", d, got, want)
		}
	}
}

func mustDuration(tb testing.TB, s string) time.Duration {
	tb.Helper()
	d, err := time.ParseDuration(s)
	if err != nil {
		tb.Fatal(err)
	}
	return d
}
