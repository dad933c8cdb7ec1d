package config

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"pimmsbot/internal/telegram"
)

// env is a fake environment.
type env map[string]string

func (e env) get(name string) string { return e[name] }

func TestConfigDefaults(t *testing.T) {
	c, err := Read(env{}.get, "")
	if err != nil {
		t.Fatal(err)
	}
	if err := c.Validate(); err != nil {
		t.Fatal(err)
	}
	if c.DB != DefaultDB || c.RetentionDays != 180 || c.Timezone != "Europe/Paris" || c.HTTPAddr != "127.0.0.1:9321" ||
		c.LogFormat != "text" || c.LogLevel != "info" || c.MediatorNames != "display" ||
		c.SocketPath() != filepath.Join("data", "pimmsbot.sock") {
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
			c, err := Read(env{tc.name: tc.value}.get, "")
			if err == nil {
				err = c.Validate()
			}
			if err == nil || !strings.Contains(err.Error(), tc.name) {
				t.Errorf("got %v, want an error naming %s", err, tc.name)
			}
		})
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
	c, err := Read(env{"PIMMS_HTTP_ADDR": "127.0.0.1:7000"}.get, file)
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
		"PIMMS_SITE_NAME=PIMMS de Lyon Vaise\t# fichier de configuration",
		"PIMMS_HTTP_ADDR=127.0.0.1:7000\t# environnement",
		"PIMMS_TIMEZONE=Europe/Paris\t# par défaut",
		"TELEGRAM_BOT_TOKEN=<masqué, 25 caractères>\t# fichier de configuration (TELEGRAM_BOT_TOKEN_FILE)",
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
		_, err := Read(env{}.get, bad)
		for _, want := range []string{"ligne 1\u00a0: variable PIMMS_SITE_NAM inconnue", "ligne 2\u00a0: écrivez un réglage par ligne", "ligne 4\u00a0: PIMMS_DB est déjà réglé ligne 3"} {
			if err == nil || !strings.Contains(err.Error(), want) {
				t.Errorf("got %v, want %q", err, want)
			}
		}
		if _, err := Read(env{}.get, filepath.Join(dir, "missing.env")); err == nil || !strings.Contains(err.Error(), "--config") {
			t.Errorf("missing file: %v", err)
		}
	})
}

func TestMediatorName(t *testing.T) {
	c := &Config{MediatorNames: "display", MediatorName: "L'équipe du PIMMS"}
	if got := c.ShownName("Claire"); got != "Claire" {
		t.Errorf("display: %s", got)
	}
	if got := c.ShownName(""); got != "L'équipe du PIMMS" {
		t.Errorf("display without a name: %s", got)
	}
	c.MediatorNames = "generic"
	if got := c.ShownName("Claire"); got != "L'équipe du PIMMS" {
		t.Errorf("generic: %s", got)
	}
}

func TestTelegramConfig(t *testing.T) {
	const token = "123456:ABC-def"
	for _, tc := range []struct {
		name string
		env  env
		errs []string // substrings, one per expected error
	}{
		{"polling by default", env{"TELEGRAM_BOT_TOKEN": token}, nil},
		{"no token", env{}, []string{"TELEGRAM_BOT_TOKEN\u00a0: obligatoire"}},
		{"not a token", env{"TELEGRAM_BOT_TOKEN": "abcdef"}, []string{"TELEGRAM_BOT_TOKEN\u00a0: ce n'est pas un jeton"}},
		{"bad API URL", env{"TELEGRAM_BOT_TOKEN": token, "TELEGRAM_API_URL": "localhost:8081"}, []string{"TELEGRAM_API_URL\u00a0: «\u00a0localhost:8081\u00a0»"}},
		{"bad mode", env{"TELEGRAM_BOT_TOKEN": token, "TELEGRAM_MODE": "push"}, []string{"TELEGRAM_MODE\u00a0: «\u00a0push\u00a0»"}},
		{"webhook", env{
			"TELEGRAM_BOT_TOKEN": token, "TELEGRAM_MODE": "webhook", "TELEGRAM_WEBHOOK_URL": "https://bot.example.org/tg",
			"TELEGRAM_WEBHOOK_LISTEN": "127.0.0.1:8443", "TELEGRAM_WEBHOOK_SECRET": "0123abc_-XYZ",
		}, nil},
		{"webhook without its variables", env{"TELEGRAM_BOT_TOKEN": token, "TELEGRAM_MODE": "Webhook"}, []string{
			"TELEGRAM_WEBHOOK_URL\u00a0: obligatoire", "TELEGRAM_WEBHOOK_LISTEN\u00a0: obligatoire", "TELEGRAM_WEBHOOK_SECRET\u00a0: obligatoire",
		}},
		{"webhook badly set", env{
			"TELEGRAM_BOT_TOKEN": token, "TELEGRAM_MODE": "webhook", "TELEGRAM_WEBHOOK_URL": "http://bot.example.org/tg",
			"TELEGRAM_WEBHOOK_LISTEN": "8443", "TELEGRAM_WEBHOOK_SECRET": "not allowed!",
		}, []string{"TELEGRAM_WEBHOOK_URL\u00a0: «\u00a0http://", "TELEGRAM_WEBHOOK_LISTEN\u00a0: «\u00a08443\u00a0»", "TELEGRAM_WEBHOOK_SECRET\u00a0: de 1 à 256"}},
		{"webhook variables while polling", env{"TELEGRAM_BOT_TOKEN": token, "TELEGRAM_WEBHOOK_SECRET": "abc"}, []string{"TELEGRAM_WEBHOOK_SECRET\u00a0: inutile avec TELEGRAM_MODE=polling"}},
		{"bad rates", env{"TELEGRAM_BOT_TOKEN": token, "TELEGRAM_RATE_GLOBAL": "fast", "TELEGRAM_RATE_PER_CHAT": "-1"}, []string{
			"TELEGRAM_RATE_GLOBAL\u00a0: «\u00a0fast\u00a0»", "TELEGRAM_RATE_PER_CHAT\u00a0: «\u00a0-1\u00a0»",
		}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var c TelegramConfig
			var got []string
			if err := c.fromEnv(tc.env.get); err != nil {
				got = append(got, strings.Split(err.Error(), "\n")...)
			}
			for _, err := range c.Validate() {
				got = append(got, err.Error())
			}
			if len(got) != len(tc.errs) {
				t.Fatalf("errors %q, want %d: %q", got, len(tc.errs), tc.errs)
			}
			for i, want := range tc.errs {
				if !strings.Contains(got[i], want) {
					t.Errorf("error %d = %q, want %q", i, got[i], want)
				}
			}
		})
	}

	var c TelegramConfig
	c.fromEnv(env{"TELEGRAM_BOT_TOKEN": token, "TELEGRAM_RATE_PER_CHAT": "0"}.get)
	lim := c.Limits()
	if c.Mode != telegram.ModePolling || lim.Global != 30 || lim.GlobalBurst != 30 || lim.PerChat != 0 || lim.MaxWait <= 0 {
		t.Errorf("mode %s, limits %+v", c.Mode, lim)
	}
}

func discordEnv(vars map[string]string) func(string) string {
	return func(k string) string { return vars[k] }
}

func TestDiscordConfigValidate(t *testing.T) {
	full := map[string]string{
		"DISCORD_BOT_TOKEN": "Bot abc.def", "DISCORD_GUILD_ID": "1", "DISCORD_CHANNEL_ID": "2", "DISCORD_MEDIATOR_ROLE_ID": "3",
	}
	tests := []struct {
		name string
		env  map[string]string
		want []string // substrings of the errors, one per error
	}{
		{name: "off", env: map[string]string{}},
		{name: "complete", env: full},
		{name: "token alone", env: map[string]string{"DISCORD_BOT_TOKEN": "abc"},
			want: []string{"DISCORD_GUILD_ID\u00a0: obligatoire", "DISCORD_CHANNEL_ID\u00a0: obligatoire", "DISCORD_MEDIATOR_ROLE_ID\u00a0: obligatoire"}},
		{name: "no token", env: map[string]string{"DISCORD_CHANNEL_ID": "2"},
			want: []string{"DISCORD_BOT_TOKEN\u00a0: obligatoire puisque DISCORD_CHANNEL_ID est réglé"}},
		{name: "bad id and url", env: merge(full, map[string]string{"DISCORD_GUILD_ID": "#pimms", "DISCORD_API_URL": "localhost:8080"}),
			want: []string{"DISCORD_GUILD_ID\u00a0: «\u00a0#pimms\u00a0»", "DISCORD_API_URL"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var c DiscordConfig
			if err := c.fromEnv(discordEnv(tt.env)); err != nil {
				t.Fatal(err)
			}
			errs := c.Validate()
			if len(errs) != len(tt.want) {
				t.Fatalf("errors = %v, want %d", errs, len(tt.want))
			}
			for i, w := range tt.want {
				if !strings.Contains(errs[i].Error(), w) {
					t.Errorf("error %d = %q, want it to contain %q", i, errs[i], w)
				}
			}
		})
	}
}

func merge(a, b map[string]string) map[string]string {
	out := map[string]string{}
	for k, v := range a {
		out[k] = v
	}
	for k, v := range b {
		out[k] = v
	}
	return out
}

func TestDiscordConfigTrimsBotPrefix(t *testing.T) {
	var c DiscordConfig
	c.fromEnv(discordEnv(map[string]string{"DISCORD_BOT_TOKEN": " Bot abc.def "}))
	if c.Token != "abc.def" {
		t.Errorf("Token = %q, want it without the Bot prefix", c.Token)
	}
}
