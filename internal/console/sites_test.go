package console_test

import (
	"bytes"
	"context"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"pimmsbot/internal/bolt"
	"pimmsbot/internal/catalog/catalogtest"
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
	store, err := bolt.Open(filepath.Join(t.TempDir(), "pimmsbot.db"), bolt.Options{LockTimeout: time.Second})
	if err != nil {
		t.Fatal(err)
	}
	defer store.Close()
	var out bytes.Buffer
	term := console.New(&out)
	cat := catalogtest.FAQ(t)
	ctx := context.Background()
	svc, err := conversation.New(ctx, conversation.Config{
		Store: store, Catalog: cat, Matcher: catalogtest.Matcher(t),
		Channels: map[string]conversation.Channel{"console": term}, Desk: term,
		Sites: sites.NewDirectory(net), RetentionDays: 180,
	})
	if err != nil {
		t.Fatal(err)
	}
	if err := term.Run(ctx, strings.NewReader("/mediateur\n69009\n2\n"), svc); err != nil {
		t.Fatal(err)
	}
	shown := out.String()
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
