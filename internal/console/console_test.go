package console_test

import (
	"bytes"
	"context"
	"regexp"
	"strings"
	"testing"
	"time"

	"pimmsbot/internal/console"
	"pimmsbot/internal/conversation"
)

// recorder is a Service that records what the console hands it and answers
// through the console, as the service would.
type recorder struct {
	c         *console.Console
	residents []conversation.Incoming
	mediators []conversation.MediatorAction
}

func (r *recorder) HandleResident(ctx context.Context, in conversation.Incoming) error {
	r.residents = append(r.residents, in)
	if in.Text == "menu" {
		return r.c.Send(ctx, in.Resident, conversation.Reply{
			Text:    "Choisissez **un** thème\u00a0:",
			Buttons: [][]conversation.Button{{{Label: "CAF", Action: "t:caf"}, {Label: "Santé", Action: "t:sante"}}},
			Links:   []conversation.Link{{Label: "caf.fr", URL: "https://www.caf.fr"}},
		})
	}
	return nil
}

func (r *recorder) HandleMediator(ctx context.Context, a conversation.MediatorAction) error {
	r.mediators = append(r.mediators, a)
	if a.Kind == conversation.MedClaim && len(r.mediators) > 1 {
		return conversation.Errorf(conversation.EINVALID, "ticket %d is already claimed", a.Ticket)
	}
	return nil
}

func (r *recorder) Queue(ctx context.Context) ([]conversation.Ticket, error) {
	return []conversation.Ticket{{Number: 7, Label: "Usager 0001", Status: conversation.TicketWaiting}}, nil
}

func (r *recorder) History(ctx context.Context, n uint64) (conversation.Ticket, []conversation.Message, error) {
	return conversation.Ticket{Number: n}, []conversation.Message{{From: conversation.FromResident, Text: "bonjour"}}, nil
}

func (r *recorder) EntryTitle(id string) string { return "" }
func (r *recorder) ThemeLabel(id string) string { return "" }
func (r *recorder) CloseEntries(id string, n int) []conversation.FAQChoice {
	return nil
}

func TestConsole(t *testing.T) {
	var out bytes.Buffer
	c := console.New(&out)
	c.Echo = true
	h := &recorder{c: c}
	ctx := context.Background()
	// A ticket opens on the mediators' side first, as after a handover.
	if _, err := c.Open(ctx, conversation.Ticket{Number: 7, Label: "Usager 0001"}, nil); err != nil {
		t.Fatal(err)
	}
	input := strings.Join([]string{
		"menu", "2", "9", // a numbered choice, then a number that is no choice
		":mediateur", ":file", ":historique", ":prendre", ":prendre", ":note à rappeler", "Bonjour !", ":faq caf-apl", ":clore", ":inconnue",
		":resident", "merci",
	}, "\n")
	if err := c.Run(ctx, strings.NewReader(input), h); err != nil {
		t.Fatal(err)
	}
	var actions, texts []string
	for _, in := range h.residents {
		actions, texts = append(actions, in.Action), append(texts, in.Text)
	}
	if strings.Join(actions, ",") != ",t:sante," || strings.Join(texts, ",") != "menu,,merci" {
		t.Errorf("resident events: actions %q, texts %q", actions, texts)
	}
	var kinds []string
	for _, a := range h.mediators {
		if a.Ticket != 7 {
			t.Errorf("mediator action on ticket %d, want 7", a.Ticket)
		}
		kinds = append(kinds, string(a.Kind)+":"+a.Text+a.Entry)
	}
	if got := strings.Join(kinds, ","); got != "claim:,claim:,note:à rappeler,reply:Bonjour !,entry:caf-apl,close:" {
		t.Errorf("mediator actions = %s", got)
	}
	shown := out.String()
	for _, want := range []string{
		"Choisissez un thème", // markup rendered as plain text
		"[1] CAF", "[2] Santé", "caf.fr\u00a0: https://www.caf.fr",
		"Tapez 1 ou 2.", // 9 is no choice
		"n° 7 · Usager 0001 · en attente d'un médiateur\n", // :file
		"Usager\u00a0: bonjour",                            // :historique
		"Action impossible sur la demande n° 7.",
		"Note enregistrée",
		"Commande inconnue",
		"Côté usager.",
	} {
		if !strings.Contains(shown, want) {
			t.Errorf("the terminal lacks %q", want)
		}
	}
	if t.Failed() {
		t.Log(shown)
	}
}

// TestMediatorSideInSiteTimeZone: the mediator's side shows the site's
// times, not the machine's.
func TestMediatorSideInSiteTimeZone(t *testing.T) {
	reunion, err := time.LoadLocation("Indian/Reunion")
	if err != nil {
		t.Skip(err)
	}
	var out bytes.Buffer
	c := console.New(&out)
	c.Location = reunion
	tk := conversation.Ticket{Number: 1, Label: "Usager 7F3A", Requested: time.Date(2026, 12, 1, 10, 0, 0, 0, time.UTC)}
	if _, err := c.Open(context.Background(), tk, nil); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(out.String(), "01/12/2026 à 14:00") {
		t.Errorf("opening = %q, want La Réunion's time (UTC+4)", out.String())
	}
}

// TestMyDataShown: /mesdonnees in the terminal shows the copy's text (it
// announced a file the user could not open).
func TestMyDataShown(t *testing.T) {
	shown, _ := playConsole(t, "j ai perdu ma carte vitale\n/mesdonnees\n", nil)
	if !strings.Contains(shown, "📎 ") || !regexp.MustCompile(`│ .*j ai perdu ma carte vitale`).MatchString(shown) {
		t.Errorf("/mesdonnees in the terminal:\n%s", shown)
	}
}
