package main

import (
	"context"
	"strings"
	"testing"
)

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
			want: []string{"DISCORD_GUILD_ID: required", "DISCORD_CHANNEL_ID: required", "DISCORD_MEDIATOR_ROLE_ID: required"}},
		{name: "no token", env: map[string]string{"DISCORD_CHANNEL_ID": "2"},
			want: []string{"DISCORD_BOT_TOKEN: required since DISCORD_CHANNEL_ID is set"}},
		{name: "bad id and url", env: merge(full, map[string]string{"DISCORD_GUILD_ID": "#pimms", "DISCORD_API_URL": "localhost:8080"}),
			want: []string{`DISCORD_GUILD_ID="#pimms"`, "DISCORD_API_URL"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var c DiscordConfig
			if err := c.fromEnv(discordEnv(tt.env)); err != nil {
				t.Fatal(err)
			}
			errs := c.validate()
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

func TestNewDiscordOff(t *testing.T) {
	desk, run, err := newDiscord(context.Background(), &Config{}, nil, nil)
	if err != nil || run != nil {
		t.Fatalf("newDiscord without a token: %v, %v", run != nil, err)
	}
	if desk != nil {
		t.Fatalf("desk = %#v, want an untyped nil (serve tests desk != nil)", desk)
	}
}

func TestNewDiscordOn(t *testing.T) {
	cfg := &Config{Discord: DiscordConfig{Token: "abc", GuildID: "1", ChannelID: "2", MediatorRoleID: "3"}}
	desk, run, err := newDiscord(context.Background(), cfg, nil, nil)
	if err != nil || desk == nil || run == nil {
		t.Fatalf("newDiscord: %v, %v, %v", desk, run != nil, err)
	}
}
