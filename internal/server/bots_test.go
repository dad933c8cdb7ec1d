package server

import (
	"slices"
	"testing"

	"pimmsbot/internal/config"
	"pimmsbot/internal/sites"
	"pimmsbot/internal/telegram"
)

// TestBotSites: the network's bot serves the sites without a bot of
// their own, each other bot its sites, under its channel name.
func TestBotSites(t *testing.T) {
	net := &sites.Network{
		Sites: []sites.Site{{ID: "vaise"}, {ID: "grenoble", Bot: "isere"}, {ID: "voiron", Bot: "isere"}, {ID: "bron"}},
		Bots:  []sites.Bot{{ID: "isere"}},
	}
	got := BotSites(net)
	want := map[string][]string{"telegram": {"bron", "vaise"}, "telegram-isere": {"grenoble", "voiron"}}
	if len(got) != len(want) {
		t.Fatalf("BotSites = %v, want %v", got, want)
	}
	for name, ids := range want {
		if !slices.Equal(got[name], ids) {
			t.Errorf("BotSites[%s] = %v, want %v", name, got[name], ids)
		}
	}
}

// TestCheckNetwork: bots of their own are polled; webhook mode is
// refused with them, and allowed without.
func TestCheckNetwork(t *testing.T) {
	cfg := &config.Config{Telegram: config.TelegramConfig{Mode: telegram.ModeWebhook}}
	withBots := &sites.Network{Bots: []sites.Bot{{ID: "isere"}}}
	if err := CheckNetwork(cfg, withBots); err == nil {
		t.Error("bots in webhook mode accepted")
	}
	if err := CheckNetwork(cfg, &sites.Network{}); err != nil {
		t.Errorf("webhook without bots: %v", err)
	}
	cfg.Telegram.Mode = telegram.ModePolling
	if err := CheckNetwork(cfg, withBots); err != nil {
		t.Errorf("bots polled: %v", err)
	}
}
