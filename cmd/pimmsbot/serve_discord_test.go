package main

import (
	"context"
	"testing"

	"pimmsbot/internal/config"
	"pimmsbot/internal/server"
)

func TestNewDiscordOff(t *testing.T) {
	desk, run, err := server.NewDiscord(context.Background(), &Config{}, nil, nil)
	if err != nil || run != nil {
		t.Fatalf("server.NewDiscord without a token: %v, %v", run != nil, err)
	}
	if desk != nil {
		t.Fatalf("desk = %#v, want an untyped nil (serve tests desk != nil)", desk)
	}
}

func TestNewDiscordOn(t *testing.T) {
	cfg := &Config{Discord: config.DiscordConfig{Token: "abc", GuildID: "1", ChannelID: "2", MediatorRoleID: "3"}}
	desk, run, err := server.NewDiscord(context.Background(), cfg, nil, nil)
	if err != nil || desk == nil || run == nil {
		t.Fatalf("server.NewDiscord: %v, %v, %v", desk, run != nil, err)
	}
}
