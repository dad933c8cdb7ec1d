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
)

// session runs one terminal session over the bbolt file at path, as
// « pimmsbot chat » does, and returns what it showed.
func session(t *testing.T, path, input string) string {
	t.Helper()
	store, err := bolt.Open(path, bolt.Options{LockTimeout: time.Second})
	if err != nil {
		t.Fatal(err)
	}
	defer store.Close()
	var out bytes.Buffer
	term := console.New(&out)
	term.Echo = true
	ctx := context.Background()
	svc, err := conversation.New(ctx, conversation.Config{
		Store: store, Catalog: catalogtest.FAQ(t), Matcher: catalogtest.Matcher(t),
		Channels: map[string]conversation.Channel{"console": term}, Desk: term, RetentionDays: 180,
	})
	if err != nil {
		t.Fatal(err)
	}
	if err := term.Run(ctx, strings.NewReader(input), svc); err != nil {
		t.Fatal(err)
	}
	return out.String()
}

// TestTicketAfterRestart plays the outside tester's restart: a ticket
// opened and claimed in one session is still in « :file » in the next,
// and the mediator can take it up again, reply, read its history and
// close it (every command said « Aucune demande en cours », the ticket
// being known only to the process that opened it).
func TestTicketAfterRestart(t *testing.T) {
	path := filepath.Join(t.TempDir(), "pimmsbot.db")
	session(t, path, "parler a un mediateur\n:mediateur\n:prendre\n")
	shown := session(t, path, strings.Join([]string{
		":mediateur", ":file", ":prendre", ":prendre 1", "Bonjour, je reprends votre demande.", ":historique", ":clore",
	}, "\n")+"\n")
	if strings.Contains(shown, "Aucune demande en cours") {
		t.Errorf("the open ticket cannot be taken up after a restart:\n%s", shown)
	}
	for _, want := range []string{
		"n° 1 · Usager",                        // :file
		"Vous avez déjà pris la demande n° 1.", // :prendre, claimed before the restart
		"Bonjour, je reprends votre demande.",  // the reply reached the resident
		"Usager\u00a0: parler a un mediateur",  // :historique
		"Demande close.",                       // :clore
	} {
		if !strings.Contains(shown, want) {
			t.Errorf("the second session lacks %q:\n%s", want, shown)
		}
	}
}

// TestChooseTicket: with several open tickets, « :prendre N » chooses the
// one the mediator works on, and a command without a number while none
// is chosen lists them rather than guessing.
func TestChooseTicket(t *testing.T) {
	path := filepath.Join(t.TempDir(), "pimmsbot.db")
	session(t, path, "parler a un mediateur\n")
	shown := session(t, path, ":mediateur\n:prendre 7\n:prendre 1\n:historique\n")
	if !strings.Contains(shown, "Aucune demande ouverte n'a le n° 7") {
		t.Errorf(":prendre 7 with no such ticket:\n%s", shown)
	}
	if !strings.Contains(shown, "Demande prise en charge par Camille.") {
		t.Errorf(":prendre 1 did not claim ticket n° 1:\n%s", shown)
	}
}

// TestChooseAmongTicketsAfterRestart: with two tickets open before a
// restart, a reply with none chosen is not sent to either (the console
// lists them), « :prendre n° 2 » (as « :file » writes it) chooses the
// second, and the reply then reaches that ticket's resident, not the
// other's.
func TestChooseAmongTicketsAfterRestart(t *testing.T) {
	path := filepath.Join(t.TempDir(), "pimmsbot.db")
	session(t, path, "parler a un mediateur\n")
	other(t, path, "console:voisin", "je veux parler à quelqu'un")
	shown := session(t, path, ":mediateur\nBonjour, qui êtes-vous ?\n:prendre n° 2\nBonjour, je suis Camille.\n:historique\n")
	if !strings.Contains(shown, "2 demandes sont ouvertes") {
		t.Errorf("a reply with two open tickets and none chosen:\n%s", shown)
	}
	if !strings.Contains(shown, "Demande prise en charge par Camille.") {
		t.Errorf(":prendre n° 2 did not claim ticket n° 2:\n%s", shown)
	}
	hist := shown[strings.LastIndex(shown, ":historique"):]
	if !strings.Contains(hist, "je veux parler à quelqu'un") || !strings.Contains(hist, "Bonjour, je suis Camille.") {
		t.Errorf("the reply did not go to ticket n° 2:\n%s", hist)
	}
	if strings.Contains(shown, "Bonjour, qui êtes-vous ?\n\n🤖") {
		t.Errorf("the reply typed with none chosen reached a resident:\n%s", shown)
	}
}

// other has another resident of the terminal's channel ask something in
// a session of their own over the bbolt file at path.
func other(t *testing.T, path, resident, text string) {
	t.Helper()
	store, err := bolt.Open(path, bolt.Options{LockTimeout: time.Second})
	if err != nil {
		t.Fatal(err)
	}
	defer store.Close()
	term := console.New(&bytes.Buffer{})
	ctx := context.Background()
	svc, err := conversation.New(ctx, conversation.Config{
		Store: store, Catalog: catalogtest.FAQ(t), Matcher: catalogtest.Matcher(t),
		Channels: map[string]conversation.Channel{"console": term}, Desk: term, RetentionDays: 180,
	})
	if err != nil {
		t.Fatal(err)
	}
	if err := svc.HandleResident(ctx, conversation.Incoming{Resident: resident, Text: text}); err != nil {
		t.Fatal(err)
	}
}
