package console_test

import (
	"context"
	"strings"
	"testing"

	"pimmsbot/internal/console"
	"pimmsbot/internal/conversation"
	"pimmsbot/internal/sites"
)

// TestPostcodeButtons: in a network of two sites that both serve the
// resident's postcode, the terminal numbers the sites as choices, and
// typing a number picks one.
func TestPostcodeButtons(t *testing.T) {
	net, err := sites.Parse([]byte(`
default: vaise
sites:
  - id: vaise
    name: PIMMS Lyon Vaise
    address: 1 rue de Vaise, 69009 Lyon
    phone: 04 00 00 00 01
    hours: lun-dim 00:00-23:59
    postcodes: ["69009"]
    discord: {channel: "1001", role: "2001"}
  - id: villeurbanne
    name: PIMMS Villeurbanne
    address: 2 place de Villeurbanne, 69100 Villeurbanne
    phone: 04 00 00 00 02
    hours: lun-dim 00:00-23:59
    postcodes: ["69100", "69009"]
    discord: {channel: "1002", role: "2002"}
`), "")
	if err != nil {
		t.Fatal(err)
	}
	shown, store := playConsole(t, "/mediateur\n69009\n2\n", func(c *conversation.Config) {
		c.Sites = sites.NewDirectory(net)
	})
	ctx := context.Background()
	for _, want := range []string{
		"Quel est votre code postal", "[1] PIMMS Lyon Vaise", "[2] PIMMS Villeurbanne",
		"Vous êtes en contact avec le PIMMS Villeurbanne", "[médiateurs] Nouvelle demande",
	} {
		if !strings.Contains(shown, want) {
			t.Errorf("the terminal lacks %q", want)
		}
	}
	r, err := store.Resident(ctx, console.Resident)
	if err != nil {
		t.Fatal(err)
	}
	if tk, err := store.Ticket(ctx, r.Ticket); err != nil || tk.Site != "villeurbanne" {
		t.Errorf("ticket %+v, %v: want one at villeurbanne", tk, err)
	}
	if t.Failed() {
		t.Log(shown)
	}
}
