package discord

import (
	"bytes"
	"fmt"
	"log"
	"log/slog"
	"os"
	"strings"
	"sync"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/bwmarrin/discordgo"

	"pimmsbot/internal/conversation"
	"pimmsbot/internal/discord/discordtest"
)

// longHistory is a conversation that fills a first message many times.
func longHistory() []conversation.Message {
	at := time.Date(2025, 3, 4, 10, 0, 0, 0, time.UTC)
	var h []conversation.Message
	for i := range 60 {
		h = append(h, conversation.Message{From: conversation.FromResident, At: at,
			Text: fmt.Sprintf("message %d %s", i, strings.Repeat("é*", 140))})
	}
	return h
}

// Every status fits the first message of a ticket whose history filled
// it: the claim, by a mediator with a long name, then the resident
// blocking the bot, then the close. Discord refuses a content over 2,000
// characters (400, code 50035), and the whole update was lost.
func TestFirstMessageFitsEveryStatus(t *testing.T) {
	long := strings.Repeat("Marie-Christine *", 12)
	for _, forum := range []bool{true, false} {
		t.Run(fmt.Sprintf("forum=%v", forum), func(t *testing.T) {
			srv := discordtest.New(t)
			d := MustDesk(t, srv, forum)
			tk := testTicket()
			tk.Question = strings.Repeat("Ma question est longue ", 40)
			ref, err := d.Open(ctxT(t), tk, longHistory())
			if err != nil {
				t.Fatal(err)
			}
			tk.DeskRef = ref
			where := testChannel
			if forum {
				where = ref
			}
			steps := []struct {
				change func(*conversation.Ticket)
				want   string
			}{
				{func(t *conversation.Ticket) {
					t.Status, t.Mediator, t.MediatorName = conversation.TicketClaimed, "600000000000000001", long
				}, "prise en charge par Marie"},
				{func(t *conversation.Ticket) { t.Gone = "blocked" }, "bloqué le bot"},
				{func(t *conversation.Ticket) { t.Status = conversation.TicketClosed }, "⚫ close"},
			}
			for _, step := range steps {
				step.change(&tk)
				if err := d.Update(ctxT(t), tk); err != nil {
					t.Fatalf("%s: %v", step.want, err)
				}
				first, _ := srv.Message(where, ref)
				if !strings.Contains(first.Content, step.want) || !strings.Contains(first.Content, "Ma question est longue") {
					t.Errorf("first message after %q:\n%s", step.want, first.Content)
				}
			}
			if bad := srv.Invalid(); len(bad) != 0 {
				t.Errorf("the fake refused %s: %s", bad[0].Route, bad[0].Invalid)
			}
		})
	}
}

// The longest status there can be fits the room kept for it.
func TestStatusRoom(t *testing.T) {
	tk := testTicket()
	tk.Status, tk.Mediator, tk.MediatorName, tk.Gone = conversation.TicketClaimed, "12345678901234567890",
		strings.Repeat("@everyone *_", 100), "blocked"
	if n := utf8.RuneCountInString(statusPrefix + statusText(tk, true)); n > statusRoom {
		t.Errorf("status of %d characters, room %d", n, statusRoom)
	}
}

// A first message written full by an older version still takes a
// longer status: the oldest of its latest messages make room.
func TestReplaceStatusInAFullOldMessage(t *testing.T) {
	lines := []string{"<@&1> Nouvelle demande n° 7", oldStatusPrefix + "🟡 en attente d'un médiateur", "Demande n° 7", "", "**Derniers messages** (5 sur 9, historique complet en pièce jointe)"}
	for i := 0; utf8.RuneCountInString(strings.Join(lines, "\n")) < maxContent-60; i++ {
		lines = append(lines, fmt.Sprintf("`04/03 10:0%d` **Usager** : %s", i%10, strings.Repeat("x", 50)))
	}
	old := strings.Join(lines, "\n")
	latest := strings.Repeat("y", maxContent-utf8.RuneCountInString(old)-1)
	old += "\n" + latest
	tk := testTicket()
	tk.Status, tk.MediatorName = conversation.TicketClaimed, strings.Repeat("Camille ", 8)
	got := replaceStatus(old, statusPrefix+statusText(tk, true))
	if n := utf8.RuneCountInString(got); n > maxContent {
		t.Fatalf("%d characters", n)
	}
	if !strings.Contains(got, statusPrefix+statusText(tk, true)) || strings.Contains(got, oldStatusPrefix) {
		t.Errorf("status not replaced:\n%s", got)
	}
	if !strings.HasSuffix(got, "\n"+latest) || strings.Count(got, "**Usager**") >= strings.Count(old, "**Usager**") || !strings.Contains(got, "/historique") {
		t.Errorf("the latest message should stay, the oldest go:\n%s", got)
	}
}

// syncBuffer is a bytes.Buffer safe for the logger's goroutines.
type syncBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (s *syncBuffer) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.Write(p)
}

func (s *syncBuffer) String() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.String()
}

// discordgo's own lines go to the desk's slog logger, the token masked,
// never to the standard log package.
func TestDiscordgoLogsGoToSlog(t *testing.T) {
	var std syncBuffer
	log.SetOutput(&std)
	defer log.SetOutput(os.Stderr)
	var out syncBuffer
	srv := discordtest.New(t)
	srv.AddChannel(discordtest.Channel{ID: testChannel, Type: discordtest.TypeForum})
	d, err := New(Config{
		Token: discordtest.Token, GuildID: discordtest.GuildID, ChannelID: testChannel, MediatorRoleID: testRole,
		HTTPClient: srv.Client(), Logger: slog.New(slog.NewTextHandler(&out, nil)),
	})
	if err != nil {
		t.Fatal(err)
	}
	// discordgo logs an error for a handler of no known type.
	d.Session().AddHandler(42)
	if discordgo.Logger == nil {
		t.Fatal("discordgo.Logger is not set: discordgo writes with log.Printf")
	}
	discordgo.Logger(discordgo.LogWarning, 1, "request with %q failed", "Bot "+discordtest.Token)
	if std.String() != "" {
		t.Errorf("discordgo wrote to the standard log:\n%s", std.String())
	}
	got := out.String()
	for _, want := range []string{"Invalid handler type", "source=discordgo", "level=WARN", "Bot [masqué]"} {
		if !strings.Contains(got, want) {
			t.Errorf("slog output lacks %q:\n%s", want, got)
		}
	}
	if strings.Contains(got, discordtest.Token) {
		t.Errorf("the token is in the log:\n%s", got)
	}
}
