package discord

import (
	"errors"
	"strings"
	"testing"

	"pimmsbot/internal/discord/discordtest"
)

// TestHealthInFrench: what Health and the log tell the installer is
// French: the Message Content intent switched off says where to switch
// it on, each problem of the check is a line « discord : … », and Discord
// unreachable says so. /healthz's short status stays as it was: scripts
// match it.
func TestHealthInFrench(t *testing.T) {
	english := func(t *testing.T, msg string) {
		t.Helper()
		checkFrench(t, msg)
		for _, w := range []string{"gateway:", "switch on", "disallowed", "closed with", "reconnecting", "disconnected", "under Privileged"} {
			if strings.Contains(msg, w) {
				t.Errorf("English %q in %q", w, msg)
			}
		}
	}
	t.Run("intent off", func(t *testing.T) {
		f := newNetwork(t, func(srv *discordtest.Server) { srv.GrantIntents(0) })
		f.logs.waitFor(f.ctx, t, "Message Content Intent")
		var he *HealthError
		err := f.d.Health()
		if !errors.As(err, &he) || he.Status() != "discord: Message Content intent off" {
			t.Fatalf("Health() = %v", err)
		}
		want := "activez «\u00a0Message Content Intent\u00a0» sous Privileged Gateway Intents"
		if !strings.Contains(err.Error(), want) || !strings.HasPrefix(err.Error(), "discord\u00a0: ") {
			t.Errorf("Health() = %q, want it to hold %q", err, want)
		}
		english(t, err.Error())
		if log := f.logs.String(); !strings.Contains(log, "le bot ne peut pas lire les messages des médiateurs") || strings.Contains(log, `\u00a0`) {
			t.Errorf("the log does not say it in French with plain spaces:\n%s", log)
		}
	})
	t.Run("problems of the check", func(t *testing.T) {
		f := newNetwork(t, func(srv *discordtest.Server) { srv.DeleteChannel(chanB) })
		f.connected(t)
		f.logs.waitFor(f.ctx, t, "n'existe pas")
		err := f.d.Health()
		if err == nil {
			t.Fatal("Health() = nil")
		}

		for _, line := range strings.Split(err.Error(), "\n") {
			if !strings.HasPrefix(line, "discord\u00a0: site ") {
				t.Errorf("line %q, want it to start with « discord : site »", line)
			}
			english(t, line)
		}
	})
	t.Run("unreachable", func(t *testing.T) {
		f := newNetwork(t, func(srv *discordtest.Server) {
			for _, route := range []string{discordtest.RouteGateway, discordtest.RouteGatewayBot} {
				srv.Fail(route, discordtest.Fault{Status: 502, Times: 1000})
			}
		})
		f.logs.waitFor(f.ctx, t, "Discord ne répond pas")
		err := f.d.Health()
		if err == nil || !strings.HasPrefix(err.Error(), "discord\u00a0: Discord ne répond pas") {
			t.Fatalf("Health() = %v", err)
		}
		english(t, err.Error())
	})
}
