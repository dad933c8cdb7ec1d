package discord

import (
	"context"
	"strings"
	"testing"
	"time"

	"pimmsbot/internal/discord/discordtest"
	"pimmsbot/internal/frenchcheck"
)

// checkFrench fails when msg reads as English or breaks French
// typography. The words added are those of the desk's former English
// messages; the permissions' English names in ( ) are for an installer
// whose Discord speaks English.
func checkFrench(t *testing.T, msg string) {
	t.Helper()
	for _, p := range frenchcheck.Problems(msg, "lacks", "does not", "neither", "tickets", "another server", "in the server",
		"listed twice", "guild", "id is", "API URL") {
		t.Error(p)
	}
}

// TestValidateInFrench: every missing or repeated setting is named as
// the configuration names it and said in French.
func TestValidateInFrench(t *testing.T) {
	for _, tc := range []struct {
		name    string
		cfg     Config
		phrases []string
	}{
		{"nothing set", Config{}, []string{
			"DISCORD_BOT_TOKEN\u00a0: obligatoire\u00a0: indiquez le jeton du bot",
			"DISCORD_GUILD_ID\u00a0: obligatoire\u00a0: indiquez l'id du serveur",
			"DISCORD_CHANNEL_ID\u00a0: obligatoire\u00a0: indiquez l'id du salon des demandes",
			"DISCORD_MEDIATOR_ROLE_ID\u00a0: obligatoire\u00a0: indiquez l'id du rôle des médiateurs"}},
		{"sites", Config{Token: "t", GuildID: "g", Sites: []Site{
			{ID: "a", ChannelID: "1", RoleID: "2"}, {ID: "a"}, {ChannelID: "4", RoleID: "5"}}}, []string{
			"site a, id\u00a0: deux sites ont cet id\u00a0; donnez à chacun le sien",
			"site a, discord.channel\u00a0: obligatoire\u00a0: indiquez l'id du salon de ses demandes",
			"site a, discord.role\u00a0: obligatoire\u00a0: indiquez l'id du rôle de ses médiateurs",
			"site n°\u00a03, id\u00a0: obligatoire\u00a0; donnez-lui un id dans le fichier des sites"}},
		{"API URL", Config{Token: "t", GuildID: "g", ChannelID: "1", MediatorRoleID: "2", APIURL: "discord.example.org"}, []string{
			"DISCORD_API_URL\u00a0: «\u00a0discord.example.org\u00a0» n'est pas une adresse web\u00a0; écrivez par exemple https://"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			err := tc.cfg.Validate()
			if err == nil {
				t.Fatal("accepted")
			}
			for _, want := range tc.phrases {
				if !strings.Contains(err.Error(), want) {
					t.Errorf("Validate() =\n%v\nwant it to hold %q", err, want)
				}
			}
			checkFrench(t, err.Error())
		})
	}
}

// TestCheckInFrench: each problem the check of the Discord server finds
// is a French line for the installer that names the site, what is wrong
// and where to fix it.
func TestCheckInFrench(t *testing.T) {
	const (
		chanC  = "850000000000000001" // a thread: neither text nor forum
		chanD  = "860000000000000001" // gone
		roleCD = "850000000000000002"
	)
	srv := discordtest.New(t)
	srv.AddChannel(discordtest.Channel{ID: chanA, Name: "alpha", Type: discordtest.TypeText})
	srv.AddChannel(discordtest.Channel{ID: chanC, Name: "fil", Type: discordtest.TypePublicThread})
	srv.SetRole(discordtest.Role{ID: roleA, Name: "vaise"}) // not mentionable
	srv.SetRole(discordtest.Role{ID: roleCD, Name: "grenoble", Mentionable: true})
	srv.SetOverwrites(chanA, discordtest.Overwrite{ID: discordtest.GuildID, Type: discordtest.OverwriteRole,
		Deny: discordtest.PermCreatePublicThreads | discordtest.PermMentionEveryone})
	check := func(cfg Config) []Problem {
		t.Helper()
		cfg.Token, cfg.HTTPClient = discordtest.Token, srv.Client()
		if cfg.GuildID == "" {
			cfg.GuildID = discordtest.GuildID
		}
		d, err := New(cfg)
		if err != nil {
			t.Fatal(err)
		}
		ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
		defer cancel()
		problems, err := d.Check(ctx)
		if err != nil {
			t.Fatal(err)
		}
		return problems
	}
	network := check(Config{CoordinatorRoleID: roleCoord, Sites: []Site{
		{ID: "a", ChannelID: chanA, RoleID: roleA}, {ID: "b", ChannelID: chanA, RoleID: roleB},
		{ID: "c", ChannelID: chanC, RoleID: roleCD}, {ID: "d", ChannelID: chanD, RoleID: roleCD},
	}})
	one := check(Config{ChannelID: chanD, MediatorRoleID: roleB})
	server := check(Config{GuildID: "999999999999999999", ChannelID: chanA, MediatorRoleID: roleA})
	var texts []string
	for _, p := range append(append(network, one...), server...) {
		texts = append(texts, p.Text)
	}
	all := strings.Join(texts, "\n")
	for _, want := range []string{
		"site a\u00a0: il manque au bot la permission «\u00a0Créer des fils publics\u00a0» (Create Public Threads) sur le salon " + chanA +
			" (#alpha)\u00a0; donnez-la-lui dans les permissions du salon",
		"site a\u00a0: le bot ne peut pas mentionner le rôle " + roleA + " (@vaise)\u00a0: rendez-le mentionnable",
		"site b\u00a0: le rôle " + roleB + " n'existe pas dans le serveur\u00a0: ses médiateurs ne peuvent pas agir\u00a0; vérifiez discord.role du site dans le fichier des sites",
		"site c\u00a0: le salon " + chanC + " n'est ni un salon textuel ni un forum (type 11)\u00a0; donnez l'id d'un salon textuel ou d'un forum",
		"site d\u00a0: le salon " + chanD + " n'existe pas\u00a0: les demandes ne peuvent pas s'ouvrir\u00a0; vérifiez discord.channel du site dans le fichier des sites",
		"le rôle des coordinateurs " + roleCoord + " n'existe pas dans le serveur\u00a0; vérifiez coordinator_role dans le fichier des sites",
		"site site\u00a0: le salon " + chanD + " n'existe pas\u00a0: les demandes ne peuvent pas s'ouvrir\u00a0; vérifiez DISCORD_CHANNEL_ID",
		"site site\u00a0: le rôle " + roleB + " n'existe pas dans le serveur\u00a0: ses médiateurs ne peuvent pas agir\u00a0; vérifiez DISCORD_MEDIATOR_ROLE_ID",
		"serveur 999999999999999999\u00a0: le bot ne peut pas le lire\u00a0; vérifiez que le bot y est invité et que DISCORD_GUILD_ID",
	} {
		if !strings.Contains(all, want) {
			t.Errorf("the check found:\n%s\nwant a line holding %q", all, want)
		}
	}
	for _, text := range texts {
		checkFrench(t, text)
	}
}
