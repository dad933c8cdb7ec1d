package server

import (
	"slices"
	"testing"

	"pimmsbot/internal/discord"
	"pimmsbot/internal/sites"
)

// TestDeskSites: the desk gets every site with its channel and role, the
// network's default first (the desk's site for tickets of no known
// site), then the others in the file's order.
func TestDeskSites(t *testing.T) {
	net := &sites.Network{DefaultID: "bron", Sites: []sites.Site{
		{ID: "vaise", Name: "PIMMS Vaise", ChannelID: "11", RoleID: "12"},
		{ID: "grenoble", Name: "PIMMS Grenoble", ChannelID: "21", RoleID: "22"},
		{ID: "bron", Name: "PIMMS Bron", ChannelID: "31", RoleID: "32"},
	}}
	want := []discord.Site{
		{ID: "bron", Name: "PIMMS Bron", ChannelID: "31", RoleID: "32"},
		{ID: "vaise", Name: "PIMMS Vaise", ChannelID: "11", RoleID: "12"},
		{ID: "grenoble", Name: "PIMMS Grenoble", ChannelID: "21", RoleID: "22"},
	}
	if got := deskSites(net); !slices.Equal(got, want) {
		t.Errorf("deskSites = %+v, want %+v", got, want)
	}
}
