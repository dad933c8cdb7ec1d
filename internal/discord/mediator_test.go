package discord

import (
	"strings"
	"testing"
	"time"

	"github.com/bwmarrin/discordgo"

	"pimmsbot/internal/conversation"
	"pimmsbot/internal/discord/discordtest"
)

// Every time a mediator reads is in the site's time zone, whatever the
// zone the times were stored with (UTC on a server in a container).
func TestTimesInSiteZone(t *testing.T) {
	reunion := time.FixedZone("Indian/Reunion", 4*3600)
	srv := discordtest.New(t)
	srv.AddChannel(discordtest.Channel{ID: testChannel, Type: discordtest.TypeForum})
	d, err := New(Config{Token: discordtest.Token, GuildID: discordtest.GuildID, ChannelID: testChannel,
		MediatorRoleID: testRole, HTTPClient: srv.Client(), Location: reunion})
	if err != nil {
		t.Fatal(err)
	}
	tk := testTicket() // requested at 10:30 UTC
	h := testHistory() // at 10:29 UTC
	h = append(h, conversation.Message{From: conversation.FromResident, Text: strings.Repeat("long ", 100),
		At: time.Date(2025, 3, 4, 5, 45, 0, 0, time.FixedZone("EST", -5*3600))}) // 10:45 UTC
	if _, err := d.Open(ctxT(t), tk, h); err != nil {
		t.Fatal(err)
	}
	c := srv.CallsTo(discordtest.RouteThreads)[0]
	for _, want := range []string{"Demande reçue le 04/03/2025 à 14:30", "`04/03 14:29` **Usager**", "`04/03 14:45` **Usager**"} {
		if !strings.Contains(c.Content(), want) {
			t.Errorf("first message lacks %q:\n%s", want, c.Content())
		}
	}
	if len(c.Files) != 1 || !strings.Contains(string(c.Files[0].Data), "[04/03/2025 14:29] Usager") {
		t.Errorf("attached history: %+v", c.Files)
	}

	svc := &fakeService{open: []conversation.Ticket{tk}, history: h}
	tk.DeskRef = testThread
	svc.open[0] = tk
	d.handleInteraction(ctxT(t), svc, interactionFixture(t, "command_file"))
	in := interactionFixture(t, "command_fermer")
	in.Data = discordgo.ApplicationCommandInteractionData{Name: "historique", Options: []*discordgo.ApplicationCommandInteractionDataOption{
		{Name: optTicket, Type: discordgo.ApplicationCommandOptionInteger, Value: float64(7)}}}
	d.handleInteraction(ctxT(t), svc, in)
	edits := srv.CallsTo(discordtest.RouteOriginalEdit)
	if len(edits) != 2 {
		t.Fatalf("%d answers, want 2", len(edits))
	}
	if got := edits[0].Content(); !strings.Contains(got, "depuis le 04/03 à 14:30") {
		t.Errorf("/file:\n%s", got)
	}
	if got := edits[1].Content(); !strings.Contains(got, "`04/03 14:29`") {
		t.Errorf("/historique:\n%s", got)
	}
}

// The history reads as French: clicks say what the resident did, FAQ
// answers are named by their titles, media by their French names.
func TestHistoryReadsAsFrench(t *testing.T) {
	srv, d, svc := handlerDesk(t)
	withFAQ(t, d, svc)
	at := time.Date(2025, 3, 4, 10, 0, 0, 0, time.UTC)
	svc.history = []conversation.Message{
		{From: conversation.FromResident, Text: "[bouton] " + conversation.ActTheme + ":caf", At: at},
		{From: conversation.FromResident, Text: "[bouton] " + conversation.ActEntry + ":caf-apl", At: at},
		{From: conversation.FromBot, Text: "Il existe 3 aides.", Entry: "caf-apl", At: at},
		{From: conversation.FromResident, Text: "[bouton] " + conversation.ActHelpful + ":caf-apl", At: at},
		{From: conversation.FromResident, Media: conversation.MediaVoice, At: at},
		{From: conversation.FromResident, Text: "[bouton] " + conversation.ActRate + ":4", At: at},
		{From: conversation.FromResident, Text: "[bouton] " + conversation.ActYes + ":caf-apl", At: at},
		{From: conversation.FromResident, Text: "[bouton] " + conversation.ActNo, At: at},
		{From: conversation.FromResident, Text: "[bouton] " + conversation.ActOther, At: at},
	}
	in := interactionFixture(t, "command_fermer")
	in.Data = discordgo.ApplicationCommandInteractionData{Name: "historique"}
	d.handleInteraction(ctxT(t), svc, in)
	got := srv.CallsTo(discordtest.RouteOriginalEdit)[0].Content()
	title := "«\u00a0Comment demander l'aide au logement de la CAF \\(APL, ALF, ALS\\)\u00a0?\u00a0»"
	for _, want := range []string{
		"**Usager** a ouvert le thème «\u00a0CAF et aides\u00a0»",
		"**Usager** a choisi la question " + title,
		"**Bot \\(fiche " + title + "\\)**",
		"**Usager** a trouvé utile la réponse " + title,
		"**Usager**\u00a0: \\[message vocal\\]",
		"**Usager** a noté 4/5",
		"**Usager** a confirmé la question " + title,
		"**Usager** a répondu «\u00a0Non, autre chose\u00a0»",
		"**Usager** a répondu «\u00a0Aucune de ces questions\u00a0»",
	} {
		if !strings.Contains(got, want) {
			t.Errorf("history lacks %q:\n%s", want, got)
		}
	}
	for _, bad := range []string{"[bouton]", "bouton", "rate:", "caf-apl", "caf\\-apl", "voice"} {
		if strings.Contains(got, bad) {
			t.Errorf("history shows %q:\n%s", bad, got)
		}
	}
}

// A thread opened again for a ticket whose thread was deleted or
// archived says so, and does not ping the mediators again.
func TestReplacedThread(t *testing.T) {
	srv := discordtest.New(t)
	d := MustDesk(t, srv, true)
	tk := testTicket()
	tk.DeskRef = "700000000000000999" // the deleted thread
	tk.Status, tk.MediatorName = conversation.TicketClaimed, "Camille"
	if _, err := d.Open(ctxT(t), tk, testHistory()); err != nil {
		t.Fatal(err)
	}
	c := srv.CallsTo(discordtest.RouteThreads)[0]
	if got := c.Content(); !strings.Contains(got, "nouveau fil") || !strings.Contains(got, "remplace") ||
		strings.Contains(got, "<@&") || strings.Contains(got, "Nouvelle demande") {
		t.Errorf("first message of the new thread:\n%s", got)
	}
	if roles := noParse(t, c); len(roles) != 0 {
		t.Errorf("the new thread may ping %v", roles)
	}
}

// « (5 sur 5, historique complet en pièce jointe) » said nothing was
// left out: the note now says what was, and only then is the history
// attached.
func TestOpeningSaysWhatIsLeftOut(t *testing.T) {
	at := time.Date(2025, 3, 4, 10, 0, 0, 0, time.UTC)
	short := testHistory()
	abridged := append(testHistory(), conversation.Message{From: conversation.FromResident, At: at, Text: strings.Repeat("très long ", 60)})
	for _, tt := range []struct {
		name    string
		history []conversation.Message
		want    string
		file    bool
	}{
		{"all", short, "**Derniers messages**\n", false},
		{"abridged", abridged, "**Derniers messages** (messages longs abrégés, historique complet en pièce jointe)", true},
		{"left out", longHistory(), "**Derniers messages** (les 4 derniers sur 60, historique complet en pièce jointe)", true},
	} {
		t.Run(tt.name, func(t *testing.T) {
			srv := discordtest.New(t)
			d := MustDesk(t, srv, true)
			if _, err := d.Open(ctxT(t), testTicket(), tt.history); err != nil {
				t.Fatal(err)
			}
			c := srv.CallsTo(discordtest.RouteThreads)[0]
			if !strings.Contains(c.Content(), tt.want) || strings.Contains(c.Content(), "5 sur 5") {
				t.Errorf("first message lacks %q:\n%s", tt.want, c.Content())
			}
			if got := len(c.Files) == 1; got != tt.file {
				t.Errorf("history attached: %v, want %v", got, tt.file)
			}
		})
	}
}

// The /faq confirmation names the entry by its title, as the thread does.
func TestCommandFAQNamesTheTitle(t *testing.T) {
	srv, d, svc := handlerDesk(t)
	withFAQ(t, d, svc)
	d.handleInteraction(ctxT(t), svc, interactionFixture(t, "command_faq", "{{ENTRY}}", "caf-apl"))
	got := srv.CallsTo(discordtest.RouteOriginalEdit)[0].Content()
	if want := "Fiche «\u00a0Comment demander l'aide au logement de la CAF \\(APL, ALF, ALS\\)\u00a0?\u00a0» envoyée à l'usager."; got != want {
		t.Errorf("confirmation = %q, want %q", got, want)
	}
}

// « Clore » on a ticket nobody answered asks first; on a ticket a
// mediator took, it closes at once.
func TestClickCloseUnansweredAsksFirst(t *testing.T) {
	srv, d, svc := handlerDesk(t) // ticket 12 waits
	close := interactionFixture(t, "click_claim")
	close.Data = discordgo.MessageComponentInteractionData{CustomID: buttonID(buttonClose, 12), ComponentType: discordgo.ButtonComponent}
	d.handleInteraction(ctxT(t), svc, close)
	if got := svc.got(); len(got) != 0 {
		t.Fatalf("closed at once: %+v", got)
	}
	c := callback(t, srv)
	if callbackType(c) != float64(discordgo.InteractionResponseChannelMessageWithSource) || callbackFlags(c) != float64(discordgo.MessageFlagsEphemeral) {
		t.Fatalf("callback = %s, want a question only the mediator sees", c.Body)
	}
	if !strings.Contains(c.Content(), "Personne n'a encore répondu") || !strings.Contains(string(c.Body), buttonID(buttonCloseOK, 12)) {
		t.Errorf("question = %s", c.Body)
	}

	confirm := interactionFixture(t, "click_claim")
	confirm.Data = discordgo.MessageComponentInteractionData{CustomID: buttonID(buttonCloseOK, 12), ComponentType: discordgo.ButtonComponent}
	d.handleInteraction(ctxT(t), svc, confirm)
	if got := svc.got(); len(got) != 1 || got[0].Kind != conversation.MedClose || got[0].Ticket != 12 {
		t.Fatalf("actions = %+v, want the close of 12", got)
	}
	if e := srv.CallsTo(discordtest.RouteOriginalEdit); len(e) != 1 || !strings.Contains(e[0].Content(), "close sans réponse") {
		t.Errorf("answer to the confirmation = %+v", e)
	}

	svc.open[0].Status = conversation.TicketClaimed
	d.handleInteraction(ctxT(t), svc, close)
	if got := svc.got(); len(got) != 2 || got[1].Kind != conversation.MedClose {
		t.Errorf("a claimed ticket is not closed at once: %+v", got)
	}
	if bad := srv.Invalid(); len(bad) != 0 {
		t.Errorf("the fake refused %s: %s", bad[0].Route, bad[0].Invalid)
	}
}

// « Clore » on an urgent ticket nobody took says its resident may be in
// danger, and the confirmation is one the core takes
// (MediatorAction.Confirmed): the core refuses to close such a ticket
// unconfirmed (an outside check: it closed with no word).
func TestClickCloseUrgentUnanswered(t *testing.T) {
	srv, d, svc := handlerDesk(t) // ticket 12 waits
	svc.open[0].Urgent = true
	close := interactionFixture(t, "click_claim")
	close.Data = discordgo.MessageComponentInteractionData{CustomID: buttonID(buttonClose, 12), ComponentType: discordgo.ButtonComponent}
	d.handleInteraction(ctxT(t), svc, close)
	if c := callback(t, srv); !strings.Contains(c.Content(), "urgente") || !strings.Contains(c.Content(), "en danger") {
		t.Errorf("question = %s", c.Body)
	}
	confirm := interactionFixture(t, "click_claim")
	confirm.Data = discordgo.MessageComponentInteractionData{CustomID: buttonID(buttonCloseOK, 12), ComponentType: discordgo.ButtonComponent}
	d.handleInteraction(ctxT(t), svc, confirm)
	if got := svc.got(); len(got) != 1 || got[0].Kind != conversation.MedClose || !got[0].Confirmed {
		t.Fatalf("actions = %+v, want the confirmed close of 12", got)
	}
}

// What the core refuses is told in French, with no English fragment.
func TestRefusalsAreFrench(t *testing.T) {
	for _, tt := range []struct {
		name   string
		ticket conversation.Ticket
		action conversation.MediatorAction
		err    error
		want   string
	}{
		{"claimed by another", conversation.Ticket{Number: 12, Resident: "r", Status: conversation.TicketClaimed, Mediator: "9", MediatorName: "Sam"},
			conversation.MediatorAction{Ticket: 12, Kind: conversation.MedClaim, Mediator: "1"},
			conversation.Errorf(conversation.EINVALID, "ticket 12 is already claimed by Sam"),
			"La demande n° 12 est déjà prise en charge par Sam."},
		{"claimed by oneself", conversation.Ticket{Number: 12, Resident: "r", Status: conversation.TicketClaimed, Mediator: "1", MediatorName: "Camille"},
			conversation.MediatorAction{Ticket: 12, Kind: conversation.MedClaim, Mediator: "1"},
			conversation.Errorf(conversation.EINVALID, "ticket 12 is already claimed by Camille"),
			"Vous avez déjà pris la demande n° 12."},
		{"closed", conversation.Ticket{Number: 12, Resident: "r", Status: conversation.TicketClosed},
			conversation.MediatorAction{Ticket: 12, Kind: conversation.MedReply, Text: "bonjour"},
			conversation.Errorf(conversation.EINVALID, "ticket 12 is closed"),
			"La demande n° 12 est close. Rien n'a été envoyé à l'usager."},
		{"erased", conversation.Ticket{Number: 12, Status: conversation.TicketClosed, Gone: "erased"},
			conversation.MediatorAction{Ticket: 12, Kind: conversation.MedReply, Text: "bonjour"},
			conversation.Errorf(conversation.EINVALID, "ticket 12: the resident erased their data"),
			"L'usager a effacé ses données\u00a0: la demande n° 12 est close. Rien n'a été envoyé à l'usager."},
		{"unknown entry", conversation.Ticket{Number: 12, Resident: "r", Status: conversation.TicketClaimed},
			conversation.MediatorAction{Ticket: 12, Kind: conversation.MedEntry, Entry: "caf-inconnue"},
			conversation.Errorf(conversation.ENOTFOUND, "no FAQ entry %q", "caf-inconnue"),
			"La fiche «\u00a0caf\\-inconnue\u00a0» n'existe pas dans la FAQ."},
		{"unknown ticket", conversation.Ticket{Number: 99},
			conversation.MediatorAction{Ticket: 12, Kind: conversation.MedClaim},
			conversation.Errorf(conversation.ENOTFOUND, "ticket 12 not found"),
			"La demande n° 12 n'existe pas."},
	} {
		t.Run(tt.name, func(t *testing.T) {
			_, d, _ := handlerDesk(t)
			svc := &fakeService{open: []conversation.Ticket{tt.ticket}}
			got := d.explain(ctxT(t), svc, tt.action, tt.err)
			if !strings.HasPrefix(got, tt.want) {
				t.Errorf("explain = %q, want %q", got, tt.want)
			}
			for _, english := range []string{"ticket", "claimed", "closed", "erased", "entry", "not found"} {
				if strings.Contains(got, english) {
					t.Errorf("explain = %q: English %q", got, english)
				}
			}
		})
	}
}
