package config

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"pimmsbot/internal/sites"
)

// writeSitesFile writes a sites file of two sites, the second with a bot
// of its own whose token is in a file beside it.
func writeSitesFile(t *testing.T) string {
	t.Helper()
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, "isere.token"), []byte("555:isere-token\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(dir, "sites.yaml")
	data := `default: vaise
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
	if err := os.WriteFile(path, []byte(data), 0o600); err != nil {
		t.Fatal(err)
	}
	return path
}

// TestNetworkOfOne: without PIMMS_SITES_FILE, the single-site settings
// make a network of one site, with the Discord channel and role.
func TestNetworkOfOne(t *testing.T) {
	c, err := Read(env{
		"PIMMS_SITE_NAME": "PIMMS Vaise", "PIMMS_SITE_PHONE": "04 00 00 00 01", "PIMMS_HOURS": "lun-ven 09:00-12:00",
		"DISCORD_BOT_TOKEN": "abc", "DISCORD_GUILD_ID": "1", "DISCORD_CHANNEL_ID": "2", "DISCORD_MEDIATOR_ROLE_ID": "3",
	}.get, "")
	if err == nil {
		err = c.Validate()
	}
	if err != nil {
		t.Fatal(err)
	}
	n, err := c.Network()
	if err != nil {
		t.Fatal(err)
	}
	s := n.Default()
	if len(n.Sites) != 1 || s.ID != sites.OneID || s.Name != "PIMMS Vaise" || s.Phone != "04 00 00 00 01" ||
		s.ChannelID != "2" || s.RoleID != "3" || s.Hours == nil || len(n.Bots) != 0 {
		t.Errorf("network of one = %+v, site %+v", n, s)
	}
}

// TestSitesFile: PIMMS_SITES_FILE is read like the other variables (from
// the --config file too), shown in the dump, and gives the network with
// its bots' tokens.
func TestSitesFile(t *testing.T) {
	path := writeSitesFile(t)
	file := filepath.Join(t.TempDir(), "pimmsbot.env")
	if err := os.WriteFile(file, []byte("PIMMS_SITES_FILE="+path+"\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	c, err := Read(env{"DISCORD_BOT_TOKEN": "abc", "DISCORD_GUILD_ID": "1"}.get, file)
	if err == nil {
		err = c.Validate()
	}
	if err == nil {
		err = errors.Join(c.Discord.Validate()...)
	}
	if err != nil {
		t.Fatal(err)
	}
	if c.SitesFile != path || len(c.Warnings()) != 0 {
		t.Errorf("SitesFile = %q, warnings %q", c.SitesFile, c.Warnings())
	}
	n, err := c.Network()
	if err != nil {
		t.Fatal(err)
	}
	if b, ok := n.Bot("isere"); len(n.Sites) != 2 || !ok || b.Token.Reveal() != "555:isere-token" {
		t.Errorf("network = %+v", n)
	}
	var dump strings.Builder
	c.Dump(&dump)
	if want := "PIMMS_SITES_FILE=" + path + "\t# fichier de configuration"; !strings.Contains(dump.String(), want) {
		t.Errorf("dump lacks %q:\n%s", want, dump.String())
	}
	if strings.Contains(dump.String(), "isere-token") {
		t.Errorf("dump shows a bot's token:\n%s", dump.String())
	}
}

// TestSitesFileRefusesSingleSiteSettings: with a sites file, a single-site
// variable left set is refused, each naming itself, rather than silently
// ignored.
func TestSitesFileRefusesSingleSiteSettings(t *testing.T) {
	vars := env{
		"PIMMS_SITES_FILE": writeSitesFile(t),
		"PIMMS_SITE_NAME":  "PIMMS Vaise", "PIMMS_SITE_PHONE": "04", "PIMMS_HOURS": "lun 09:00-12:00", "PIMMS_CLOSED_DAYS": "2026-12-25",
		"DISCORD_BOT_TOKEN": "abc", "DISCORD_GUILD_ID": "1", "DISCORD_CHANNEL_ID": "2", "DISCORD_MEDIATOR_ROLE_ID": "3",
	}
	c, err := Read(vars.get, "")
	if err != nil {
		t.Fatal(err)
	}
	err = errors.Join(append([]error{c.Validate()}, c.Discord.Validate()...)...)
	for _, name := range []string{"PIMMS_SITE_NAME", "PIMMS_SITE_PHONE", "PIMMS_HOURS", "PIMMS_CLOSED_DAYS", "DISCORD_CHANNEL_ID", "DISCORD_MEDIATOR_ROLE_ID"} {
		if want := name + "\u00a0: inutile avec PIMMS_SITES_FILE"; err == nil || !strings.Contains(err.Error(), want) {
			t.Errorf("got %v, want %q", err, want)
		}
	}
	if err != nil && strings.Contains(err.Error(), "PIMMS_SITE_ADDRESS") {
		t.Errorf("an unset variable is refused: %v", err)
	}
}

// TestSitesFileErrors: the sites file's errors name the site and the
// field.
func TestSitesFileErrors(t *testing.T) {
	path := filepath.Join(t.TempDir(), "sites.yaml")
	os.WriteFile(path, []byte("sites:\n  - id: vaise\n    name: PIMMS Vaise\n    address: x\n    phone: \"04\"\n    hours: lun-ven 09:00-17:00\n    discord: {channel: \"11\"}\n"), 0o600)
	c, err := Read(env{"PIMMS_SITES_FILE": path}.get, "")
	if err != nil {
		t.Fatal(err)
	}
	if _, err := c.Network(); err == nil || !strings.Contains(err.Error(), "site vaise, discord.role\u00a0: obligatoire") {
		t.Errorf("got %v, want the site and the field", err)
	}
}

// The sites file, and the bots' token files, are read once: serve, the
// Discord desk and the bots all use the network the first read gave.
func TestNetworkReadOnce(t *testing.T) {
	path := writeSitesFile(t)
	c, err := Read(env{"PIMMS_SITES_FILE": path}.get, "")
	if err != nil {
		t.Fatal(err)
	}
	first, err := c.Network()
	if err != nil {
		t.Fatal(err)
	}
	if err := os.Remove(path); err != nil {
		t.Fatal(err)
	}
	again, err := c.Network()
	if err != nil || again != first {
		t.Errorf("second Network() = %p, %v; want the first network %p, without reading the file again", again, err, first)
	}
}
