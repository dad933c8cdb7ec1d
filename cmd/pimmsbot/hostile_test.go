package main

import (
	"bytes"
	"context"
	"fmt"
	"os"
	"strconv"
	"strings"
	"sync/atomic"
	"testing"
	"time"
	"unicode/utf16"
	"unicode/utf8"

	"github.com/go-telegram/bot/models"

	"pimmsbot/internal/conversation"
	"pimmsbot/internal/discord/discordtest"
	"pimmsbot/internal/telegram"
	"pimmsbot/internal/telegram/telegramtest"
)

// Personal identifiers used below, each valid: a NIR whose key checks, an
// IBAN that passes mod 97, a card number that passes Luhn, a password.
const (
	hostileNIR      = "1 85 05 78 006 084 91"
	hostileIBAN     = "FR76 3000 6000 0112 3456 7890 189"
	hostileCard     = "4111 1111 1111 1111"
	hostilePassword = "Soleil2024!"
)

// hostileSecrets are the forms in which a secret must appear nowhere: not
// in the database file, not in anything sent to Discord.
var hostileSecrets = []string{
	hostileNIR, strings.ReplaceAll(hostileNIR, " ", ""),
	hostileIBAN, strings.ReplaceAll(hostileIBAN, " ", ""),
	hostileCard, strings.ReplaceAll(hostileCard, " ", ""),
	hostilePassword,
}

// hostile is the rig with helpers to play residents and mediators.
type hostile struct {
	*rig
	t   *testing.T
	ctx context.Context
}

func newHostile(t *testing.T) *hostile {
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	t.Cleanup(cancel)
	return &hostile{rig: newRig(t), t: t, ctx: ctx}
}

// say pushes an update and waits until the chat has n more messages from
// the bot; it returns them.
func (h *hostile) say(t *testing.T, chat int64, u models.Update, n int) []telegramtest.Message {
	t.Helper()
	before := len(h.tg.Messages(chat))
	h.tg.Push(u)
	if n == 0 {
		return nil
	}
	return h.tg.WaitMessages(t, chat, before+n)[before:]
}

// handover asks for a mediator from chat, waits for the thread, and has
// the mediator claim it. It returns the thread and the ticket number.
func (h *hostile) handover(t *testing.T, chat int64) (string, uint64) {
	t.Helper()
	msgs := h.say(t, chat, telegramtest.Text(chat, "/mediateur"), 1)
	m := ticketRe.FindStringSubmatch(msgs[0].Text)
	if m == nil {
		t.Fatalf("no ticket number in %q", msgs[0].Text)
	}
	ticket, _ := strconv.ParseUint(m[1], 10, 64)
	var thread string
	h.dc.WaitFor(h.ctx, "the ticket's thread", func() bool {
		for _, th := range h.dc.Threads(rigChannel) {
			if strings.Contains(th.Name, fmt.Sprintf(" n° %d ·", ticket)) {
				thread = th.ID
				return true
			}
		}
		return false
	})
	before := len(h.tg.Messages(chat))
	h.dc.Click(thread, thread, rigMediator, fmt.Sprintf("pimms:claim:%d", ticket))
	h.tg.WaitMessages(t, chat, before+1)
	return thread, ticket
}

// relay has the resident of chat write text in the handover, then a
// marker, and returns the calls that posted to the thread in between:
// the ticket's queue is ordered, so once the marker is there the text
// has been posted in full.
func (h *hostile) relay(t *testing.T, chat int64, thread, text string) (posts []discordtest.Call, replies []telegramtest.Message) {
	t.Helper()
	return h.relayUpdate(t, chat, thread, telegramtest.Text(chat, text))
}

// answer has the mediator write text in the thread, then a marker, and
// returns the messages the resident received in between.
func (h *hostile) answer(t *testing.T, chat int64, thread, text string) []telegramtest.Message {
	t.Helper()
	before := len(h.tg.Messages(chat))
	marker := newMarker()
	h.dc.UserMessage(thread, rigMediator, text)
	h.dc.UserMessage(thread, rigMediator, marker)
	var got []telegramtest.Message
	h.tg.Wait(t, "the mediator's marker", func([]telegramtest.Call) bool {
		got = h.tg.Messages(chat)[before:]
		return len(got) > 0 && strings.Contains(got[len(got)-1].Text, marker)
	})
	return got[:len(got)-1]
}

// stored returns what the store holds of chat's messages, by author.
func (h *hostile) stored(t *testing.T, chat int64, from conversation.Author) []conversation.Message {
	t.Helper()
	x, err := h.store.Export(h.ctx, telegram.Resident(chat))
	if err != nil {
		t.Fatal(err)
	}
	var out []conversation.Message
	for _, m := range x.Messages {
		if m.From == from {
			out = append(out, m)
		}
	}
	return out
}

// unescaped reports whether tok occurs in s without a backslash before
// it, i.e. where Discord would read it as markup.
func unescaped(s, tok string) bool {
	for i := 0; ; {
		j := strings.Index(s[i:], tok)
		if j < 0 {
			return false
		}
		if k := i + j; k == 0 || s[k-1] != '\\' {
			return true
		}
		i += j + 1
	}
}

func longText(n int) string {
	var b strings.Builder
	for i := 0; b.Len() < n; i++ {
		fmt.Fprintf(&b, "mot%d ", i%10)
	}
	return b.String()[:n]
}

// TestHostileInput sends what a careless or malicious resident, or a
// stranger on the desk, might send, through both fakes and the real
// adapters, core and store. The fake Telegram refuses invalid HTML and
// texts over 4,096 characters; the fake Discord refuses messages over
// 2,000 characters.
func TestHostileInput(t *testing.T) {
	if testing.Short() {
		t.Skip("end to end")
	}
	h := newHostile(t)

	t.Run("to the bot", func(t *testing.T) {
		for i, c := range []struct {
			name string
			upd  func(chat int64) models.Update
			// reply is in the bot's answer; stored is the length in
			// characters of the resident's stored text, -1 to skip.
			reply  string
			stored int
		}{
			{"4096 characters", func(c int64) models.Update { return telegramtest.Text(c, longText(4096)) }, "", 4096},
			{"10000 characters cut", func(c int64) models.Update { return telegramtest.Text(c, longText(10_000)) }, "", conversation.MaxText},
			{"spaces only", func(c int64) models.Update { return telegramtest.Text(c, "   \n\t ") }, "Je n'ai pas reçu de texte", -1},
			{"zero-width only", func(c int64) models.Update { return telegramtest.Text(c, "\u200b\u200c\u2060\ufeff") }, "Je n'ai pas reçu de texte", -1},
			{"emoji only", func(c int64) models.Update { return telegramtest.Text(c, "🙂👍🏽🇫🇷") }, "Écrivez votre question", 5},
			{"zero-width and right-to-left", func(c int64) models.Update {
				return telegramtest.Text(c, "j'ai perdu ma carte\u200b vitale \u202egnp.exe\u202c")
			}, "", utf8.RuneCountInString("j'ai perdu ma carte vitale gnp.exe")},
			{"HTML and markdown", func(c int64) models.Update {
				return telegramtest.Text(c, `<b>caf</b> <script>alert(1)</script> & **apl** [x](javascript:alert(1)) </i>`)
			}, "", -1},
			{"fake command", func(c int64) models.Update { return telegramtest.Text(c, "/fermer") }, "Je ne connais pas cette commande", -1},
			{"photo", func(c int64) models.Update { return telegramtest.Photo(c, "ph1", "") }, "Je ne sais lire que le texte", -1},
			{"voice note", func(c int64) models.Update { return telegramtest.Voice(c, "vo1") }, "Je ne peux pas écouter", -1},
			{"sticker", func(c int64) models.Update { return telegramtest.Sticker(c) }, "Je ne sais lire que le texte", -1},
		} {
			t.Run(c.name, func(t *testing.T) {
				chat := int64(2000 + i)
				got := h.say(t, chat, c.upd(chat), 1)
				if !strings.Contains(got[0].Text, c.reply) {
					t.Errorf("reply %q, want it to contain %q", got[0].Text, c.reply)
				}
				if c.stored >= 0 {
					msgs := h.stored(t, chat, conversation.FromResident)
					if len(msgs) != 1 {
						t.Fatalf("%d resident messages stored, want 1", len(msgs))
					}
					if n := utf8.RuneCountInString(msgs[0].Text); n != c.stored {
						t.Errorf("stored text has %d characters, want %d", n, c.stored)
					}
					if strings.ContainsAny(msgs[0].Text, "\u200b\u202e\u202c") {
						t.Errorf("stored text keeps invisible characters: %q", msgs[0].Text)
					}
				}
			})
		}
	})

	t.Run("secrets to the bot", func(t *testing.T) {
		for i, c := range []struct{ name, text, mask string }{
			{"NIR", "mon numéro de sécu est " + hostileNIR, "[n° de sécurité sociale masqué]"},
			{"IBAN", "voici mon RIB " + hostileIBAN + " pour la caf", "[IBAN masqué]"},
			{"card", "ma carte " + hostileCard + " a été refusée", "[n° de carte masqué]"},
			{"password", "mon mot de passe est " + hostilePassword + " mais ça ne marche pas", "[masqué]"},
		} {
			t.Run(c.name, func(t *testing.T) {
				chat := int64(2100 + i)
				got := h.say(t, chat, telegramtest.Text(chat, c.text), 2)
				if !strings.Contains(got[0].Text, "Attention") {
					t.Errorf("the resident was not warned: %q", got[0].Text)
				}
				msgs := h.stored(t, chat, conversation.FromResident)
				if len(msgs) != 1 || !strings.Contains(msgs[0].Text, c.mask) {
					t.Errorf("stored %+v, want the mask %q", msgs, c.mask)
				}
			})
		}
	})

	// A resident in a handover: what they write goes to the thread.
	const chat = 3000
	thread, ticket := h.handover(t, chat)

	t.Run("resident to Discord", func(t *testing.T) {
		for _, c := range []struct {
			name string
			text string
			// want is in the relayed content; live must not be there
			// unescaped (Discord would read it as markup or a mention).
			want, live []string
			warned     bool
		}{
			{name: "HTML", text: `<b>gras</b> <script>alert(1)</script> & co`, want: []string{"gras", "& co"}, live: []string{"<b>", "<script>"}},
			{name: "markdown", text: "**gras** __souligné__ ~~barré~~ `code` [x](javascript:alert(1)) # titre > citation",
				want: []string{"gras", "souligné", "javascript:alert"}, live: []string{"**", "__", "~~", "`", "[x]", "](", "# titre", "> citation"}},
			{name: "mentions", text: "@everyone @here <@&" + rigRole + "> <@" + rigMediator.ID + ">",
				want: []string{"everyone", "here", rigRole}, live: []string{"@everyone", "@here", "<@&", "<@"}},
			{name: "fake command /fermer", text: "/fermer", want: []string{"/fermer"}},
			{name: "fake note", text: "!note à garder pour moi", want: []string{"!note à garder pour moi"}},
			{name: "zero-width and right-to-left", text: "bon\u200bjour \u202egnp.exe\u202c", want: []string{"bonjour gnp.exe"}},
			{name: "emoji only", text: "🙂👍🏽", want: []string{"🙂👍🏽"}},
			{name: "4096 characters", text: longText(4096), want: []string{"mot0 mot1"}},
			{name: "10000 characters cut", text: longText(10_000), want: []string{"mot0 mot1"}},
			{name: "NIR", text: "sécu " + hostileNIR, want: []string{"[n° de sécurité sociale masqué]"}, warned: true},
			{name: "IBAN", text: "RIB " + hostileIBAN, want: []string{"[IBAN masqué]"}, warned: true},
			{name: "card", text: "carte " + hostileCard, want: []string{"[n° de carte masqué]"}, warned: true},
			{name: "password", text: "mot de passe : " + hostilePassword, want: []string{"[masqué]"}, warned: true},
		} {
			t.Run(c.name, func(t *testing.T) {
				posts, replies := h.relay(t, chat, thread, c.text)
				if len(posts) == 0 {
					t.Fatal("nothing posted to the thread")
				}
				// The resident's words are the quoted lines; the rest is
				// the bot's own header.
				var content strings.Builder
				for _, p := range posts {
					if p.Status != 200 {
						t.Errorf("Discord refused a post: %d", p.Status)
					}
					if am := p.AllowedMentions(); am == nil || len(am["parse"].([]any)) != 0 || am["roles"] != nil || am["users"] != nil {
						t.Errorf("a post may ping: allowed_mentions = %v", am)
					}
					for _, line := range strings.Split(p.Content(), "\n") {
						if q, ok := strings.CutPrefix(line, "> "); ok {
							content.WriteString(q)
						}
					}
				}
				flat := strings.ReplaceAll(content.String(), "\\", "")
				for _, w := range c.want {
					if !strings.Contains(flat, w) {
						t.Errorf("relayed content lacks %q:\n%s", w, content.String())
					}
				}
				for _, l := range c.live {
					if unescaped(content.String(), l) {
						t.Errorf("relayed content has a live %q:\n%s", l, content.String())
					}
				}
				if strings.ContainsAny(content.String(), "\u202e\u202c") {
					t.Errorf("relayed content keeps right-to-left overrides")
				}
				// In a handover the resident is told what was masked, not
				// warned off (conversation.French.SecretToMediator).
				if got := len(replies) > 0 && strings.Contains(replies[0].Text, "nous avons masqué"); got != c.warned {
					t.Errorf("resident warned = %v, want %v (replies %d)", got, c.warned, len(replies))
				}
			})
		}
		if tk, err := h.store.Ticket(h.ctx, ticket); err != nil || tk.Status != conversation.TicketClaimed {
			t.Errorf("after the resident's /fermer the ticket is %q (%v), want still claimed", tk.Status, err)
		}
		if notes := h.stored(t, chat, conversation.FromNote); len(notes) != 0 {
			t.Errorf("a resident's !note became a note: %v", notes)
		}
	})

	t.Run("mediator to Telegram", func(t *testing.T) {
		for _, c := range []struct {
			name string
			text string
			// shown must be in the text the resident sees, literally.
			shown []string
		}{
			{"HTML", `<b>gras</b> <script>alert(1)</script> & <a href="javascript:alert(1)">x</a> &amp;`,
				[]string{"<b>gras</b>", "<script>alert(1)</script>", "& <a href=", "&amp;"}},
			{"markdown", "**gras** __souligné__ [x](javascript:alert(1)) `code`", []string{"**gras**", "[x](javascript:alert(1))", "`code`"}},
			{"command /oublier", "/oublier", []string{"/oublier"}},
			{"mentions", "@everyone <@&" + rigRole + ">", []string{"@everyone", "<@&" + rigRole + ">"}},
			{"10000 characters cut", longText(10_000), []string{"mot0 mot1"}},
		} {
			t.Run(c.name, func(t *testing.T) {
				got := h.answer(t, chat, thread, c.text)
				if len(got) == 0 {
					t.Fatal("nothing reached the resident")
				}
				var shown strings.Builder
				for _, m := range got {
					if n := len(utf16.Encode([]rune(m.Text))); n > telegramtest.MaxText {
						t.Errorf("a message of %d UTF-16 units", n)
					}
					for _, e := range m.Entities {
						if e.Type == models.MessageEntityTypeTextLink || e.URL != "" {
							t.Errorf("a link entity reached the resident: %+v", e)
						}
					}
					shown.WriteString(m.Text)
				}
				for _, s := range c.shown {
					if !strings.Contains(shown.String(), s) {
						t.Errorf("the resident sees\n%.300s\nwant it to contain %q", shown.String(), s)
					}
				}
				if !strings.HasPrefix(got[0].Text, "Camille") || len(got[0].Entities) == 0 || got[0].Entities[0].Type != models.MessageEntityTypeBold {
					t.Errorf("the mediator's name is not the bold start of %q (%+v)", got[0].Text, got[0].Entities)
				}
				for _, e := range got[0].Entities[1:] {
					t.Errorf("the mediator's text made an entity: %+v", e)
				}
			})
		}
		r, err := h.store.Resident(h.ctx, telegram.Resident(chat))
		if err != nil || r.Confirm != "" || r.Mode != conversation.ModeClaimed {
			t.Errorf("after the mediator's /oublier the resident is %+v (%v): want still claimed, nothing to confirm", r, err)
		}
	})

	t.Run("forged button", func(t *testing.T) {
		// Another resident replays the resident's « Terminer » button,
		// then sends made-up data.
		var end string
		for _, m := range h.tg.Messages(chat) {
			for _, row := range m.Keyboard {
				for _, b := range row {
					if b.Text == "Terminer" {
						end = b.CallbackData
					}
				}
			}
		}
		if end == "" {
			t.Fatal("no « Terminer » button sent to the resident")
		}
		const other = 3001
		h.say(t, other, telegramtest.Text(other, "bonjour"), 1)
		last := h.tg.Messages(other)
		for i, data := range []string{end, "end", "AAAAAAAAAAAend", strings.Repeat("x", 64)} {
			before := len(h.tg.Calls("answerCallbackQuery"))
			h.tg.Push(telegramtest.Callback(other, last[len(last)-1], data))
			calls := h.tg.Wait(t, "the callback answered", func(calls []telegramtest.Call) bool {
				return len(filterCalls(calls, "answerCallbackQuery")) > before
			})
			if got := filterCalls(calls, "answerCallbackQuery")[before].Params["text"]; got != "Ce bouton n'est plus valable." {
				t.Errorf("forged data %d answered %q", i, got)
			}
		}
		h.say(t, other, telegramtest.Text(other, "merci"), 1) // the forged clicks are behind it
		if tk, err := h.store.Ticket(h.ctx, ticket); err != nil || tk.Status != conversation.TicketClaimed {
			t.Errorf("after forged clicks the ticket is %q (%v), want still claimed", tk.Status, err)
		}
		if r, _ := h.store.Resident(h.ctx, telegram.Resident(other)); r.Mode != conversation.ModeBot || r.Ticket != 0 {
			t.Errorf("the forger's state changed: %+v", r)
		}
	})

	t.Run("stranger on Discord", func(t *testing.T) {
		before := len(h.tg.Messages(chat))
		h.dc.UserMessage(thread, rigStranger, "Je réponds à sa place")
		h.dc.Click(thread, thread, rigStranger, fmt.Sprintf("pimms:close:%d", ticket))
		h.dc.Command(thread, rigStranger, "fermer", nil)
		h.dc.Sync(h.ctx)
		// The mediator's marker comes after: the stranger's events in the
		// same lane were handled before it.
		h.answer(t, chat, thread, "toujours là")
		for _, m := range h.tg.Messages(chat)[before:] {
			if strings.Contains(m.Text, "sa place") || strings.Contains(m.Text, "terminée") {
				t.Errorf("a stranger's action reached the resident: %q", m.Text)
			}
		}
		if tk, err := h.store.Ticket(h.ctx, ticket); err != nil || tk.Status != conversation.TicketClaimed {
			t.Errorf("after a stranger's clicks the ticket is %q (%v), want still claimed", tk.Status, err)
		}
		refused := 0
		for _, c := range h.dc.CallsTo(discordtest.RouteCallback) {
			if strings.Contains(c.Content(), "Réservé aux médiateurs") {
				refused++
			}
		}
		if refused != 2 {
			t.Errorf("%d refusals shown to the stranger, want 2 (click and command)", refused)
		}
	})

	t.Run("media in a handover", func(t *testing.T) {
		h.tg.AddFile("photo-hostile", []byte("\xff\xd8\xff fake jpeg"))
		posts, replies := h.relayUpdate(t, chat, thread, telegramtest.Photo(chat, "photo-hostile", "<b>légende</b> @everyone"))
		if len(replies) != 0 {
			t.Errorf("the resident got %d replies to a photo in a handover, want none", len(replies))
		}
		if len(posts) != 1 || len(posts[0].Files) != 1 || unescaped(posts[0].Content(), "@everyone") || unescaped(posts[0].Content(), "<b>") {
			t.Errorf("photo relayed as %d posts: %+v", len(posts), posts)
		}
	})

	// No form of a secret may have reached Discord or the database file.
	for _, c := range h.dc.Calls() {
		for _, s := range hostileSecrets {
			if bytes.Contains(c.Body, []byte(s)) {
				t.Errorf("a secret (%q) was sent to Discord: %s %s", s, c.Method, c.Path)
			}
		}
	}
	h.stop()
	data, err := os.ReadFile(h.dbPath)
	if err != nil {
		t.Fatal(err)
	}
	for _, s := range hostileSecrets {
		if bytes.Contains(data, []byte(s)) {
			t.Errorf("the database file holds a secret: %q", s)
		}
	}
	for _, c := range h.tg.Calls() {
		if c.Fault != "" {
			t.Errorf("Telegram refused a call: %s chat %d: %s", c.Method, c.Chat, c.Fault)
		}
	}
	if _, errs, kept := h.log.counts(); errs > 0 {
		t.Errorf("%d errors logged:\n%s", errs, strings.Join(kept, "\n"))
	}
}

// relayUpdate is relay for any update: the resident's update, then a
// marker; it returns the posts to the thread and the resident's replies
// in between.
func (h *hostile) relayUpdate(t *testing.T, chat int64, thread string, u models.Update) ([]discordtest.Call, []telegramtest.Message) {
	t.Helper()
	before := len(h.dc.CallsTo(discordtest.RouteMessages))
	tgBefore := len(h.tg.Messages(chat))
	marker := newMarker()
	h.tg.Push(u, telegramtest.Text(chat, marker))
	var calls []discordtest.Call
	found := func() bool {
		calls = h.dc.CallsTo(discordtest.RouteMessages)[before:]
		for _, c := range calls {
			if strings.Contains(c.Path, thread) && strings.Contains(c.Content(), marker) {
				return true
			}
		}
		return false
	}
	for deadline := time.Now().Add(20 * time.Second); !found(); time.Sleep(2 * time.Millisecond) {
		if time.Now().After(deadline) {
			_, _, kept := h.log.counts()
			var last []string
			for _, c := range calls {
				last = append(last, fmt.Sprintf("%s %d %.80q", c.Path, c.Status, c.Content()))
			}
			t.Fatalf("the marker did not reach the thread; posts since:\n%s\nlogged:\n%s\nTelegram:\n%s",
				strings.Join(last, "\n"), strings.Join(kept, "\n"), telegramtest.FormatCalls(h.tg.Calls())[max(0, len(telegramtest.FormatCalls(h.tg.Calls()))-1500):])
		}
	}
	var posts []discordtest.Call
	for _, c := range calls {
		if strings.Contains(c.Path, thread) && !strings.Contains(c.Content(), marker) {
			posts = append(posts, c)
		}
	}
	return posts, h.tg.Messages(chat)[tgBefore:]
}

func filterCalls(calls []telegramtest.Call, method string) []telegramtest.Call {
	var out []telegramtest.Call
	for _, c := range calls {
		if c.Method == method {
			out = append(out, c)
		}
	}
	return out
}

var markers atomic.Int64

// newMarker returns a unique word of letters only: digits could pass for
// a card number and be masked.
func newMarker() string {
	n := markers.Add(1)
	var b []byte
	for ; n > 0; n /= 26 {
		b = append(b, byte('a'+n%26))
	}
	return "repère " + string(b) + "zz"
}
