package discord

import (
	"context"
	"fmt"
	"strings"
	"testing"
	"time"

	"pimmsbot/internal/conversation"
	"pimmsbot/internal/discord/discordtest"
)

const (
	testChannel = "800000000000000001"
	testRole    = "800000000000000002"
)

// MustDesk returns a Desk on the fake, with a forum or a text channel.
func MustDesk(tb testing.TB, srv *discordtest.Server, forum bool) *Desk {
	tb.Helper()
	typ := discordtest.TypeText
	if forum {
		typ = discordtest.TypeForum
	}
	srv.AddChannel(discordtest.Channel{ID: testChannel, Name: "demandes", Type: typ})
	d, err := New(Config{
		Token: discordtest.Token, GuildID: discordtest.GuildID, ChannelID: testChannel,
		MediatorRoleID: testRole, HTTPClient: srv.Client(),
	})
	if err != nil {
		tb.Fatal(err)
	}
	return d
}

func testTicket() conversation.Ticket {
	return conversation.Ticket{
		Number: 7, Resident: "telegram:42", Label: "Usager 7F3A", Conversation: 3, Status: conversation.TicketWaiting,
		Theme: "caf", Question: "Mon APL a baissé @everyone", Requested: time.Date(2025, 3, 4, 10, 30, 0, 0, time.UTC),
	}
}

func testHistory() []conversation.Message {
	at := time.Date(2025, 3, 4, 10, 29, 0, 0, time.UTC)
	return []conversation.Message{
		{From: conversation.FromResident, Text: "Mon APL a baissé @everyone", At: at},
		{From: conversation.FromBot, Text: "**APL** : voir la CAF", Entry: "caf-apl", Title: "Comment demander l'APL\u00a0?", At: at},
		{From: conversation.FromResident, Text: "[bouton] fb0:caf-apl", At: at},
		{From: conversation.FromSystem, Text: "demande n° 7 transmise aux médiateurs", At: at},
	}
}

func ctxT(t *testing.T) context.Context {
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	t.Cleanup(cancel)
	return ctx
}

// noParse checks that a recorded body allows no mention type, and
// returns the roles it allows.
func noParse(t *testing.T, c discordtest.Call) []any {
	t.Helper()
	am := c.AllowedMentions()
	if am == nil {
		t.Fatalf("%s: no allowed_mentions in %s", c.Route, c.Body)
	}
	parse, ok := am["parse"].([]any)
	if !ok || len(parse) != 0 {
		t.Fatalf("%s: allowed_mentions.parse = %v, want []", c.Route, am["parse"])
	}
	roles, _ := am["roles"].([]any)
	return roles
}

func TestOpen(t *testing.T) {
	for _, forum := range []bool{true, false} {
		t.Run(fmt.Sprintf("forum=%v", forum), func(t *testing.T) {
			srv := discordtest.New(t)
			d := MustDesk(t, srv, forum)
			ref, err := d.Open(ctxT(t), testTicket(), testHistory())
			if err != nil {
				t.Fatal(err)
			}
			th, ok := srv.Channel(ref)
			if !ok || th.ParentID != testChannel || th.Type != discordtest.TypePublicThread {
				t.Fatalf("thread %q: got %+v, %v", ref, th, ok)
			}
			if !strings.Contains(th.Name, "n° 7") || !strings.Contains(th.Name, "caf") || !strings.Contains(th.Name, "Usager 7F3A") {
				t.Errorf("thread name = %q", th.Name)
			}
			var first discordtest.Call
			if forum {
				calls := srv.CallsTo(discordtest.RouteThreads)
				if len(calls) != 1 {
					t.Fatalf("%d forum posts, want 1", len(calls))
				}
				first = calls[0]
			} else {
				calls := srv.CallsTo(discordtest.RouteMessages)
				if len(calls) != 1 || len(srv.CallsTo(discordtest.RouteMessageThread)) != 1 {
					t.Fatalf("%d messages, want 1 and a thread from it", len(calls))
				}
				first = calls[0]
				if ref != srv.Messages(testChannel)[0].ID {
					t.Errorf("thread %s is not started from the first message", ref)
				}
			}
			if roles := noParse(t, first); len(roles) != 1 || roles[0] != testRole {
				t.Errorf("allowed roles = %v, want only the mediator role", roles)
			}
			content := first.Content()
			for _, want := range []string{"<@&" + testRole + ">", "Demande n° 7", "Usager 7F3A", "Comment demander l'APL\u00a0?", "n'a pas trouvé utile la réponse", "Derniers messages", statusPrefix} {
				if !strings.Contains(content, want) {
					t.Errorf("first message lacks %q:\n%s", want, content)
				}
			}
			if strings.Contains(content, "@everyone") {
				t.Errorf("first message shows @everyone as is:\n%s", content)
			}
			body := string(first.Body)
			for _, want := range []string{`"custom_id":"pimms:claim:7"`, `"custom_id":"pimms:close:7"`, "Prendre en charge", "Clore"} {
				if !strings.Contains(body, want) {
					t.Errorf("first message lacks %s", want)
				}
			}
			if n, ok, _ := d.index.get(ref); !ok || n != 7 {
				t.Errorf("index: thread %s → %d, %v", ref, n, ok)
			}
		})
	}
}

func TestOpenAttachesLongHistory(t *testing.T) {
	srv := discordtest.New(t)
	d := MustDesk(t, srv, true)
	var h []conversation.Message
	for i := range 60 {
		h = append(h, conversation.Message{From: conversation.FromResident, Text: fmt.Sprintf("message %d %s", i, strings.Repeat("x", 80))})
	}
	if _, err := d.Open(ctxT(t), testTicket(), h); err != nil {
		t.Fatal(err)
	}
	c := srv.CallsTo(discordtest.RouteThreads)[0]
	if len(c.Files) != 1 || c.Files[0].Name != "historique-7.txt" {
		t.Fatalf("files = %+v, want the history", c.Files)
	}
	if data := string(c.Files[0].Data); !strings.Contains(data, "message 0 ") || !strings.Contains(data, "message 59 ") {
		t.Errorf("history file is not whole:\n%s", data)
	}
	if n := len([]rune(c.Content())); n > maxContent {
		t.Errorf("first message has %d characters", n)
	}
	if !strings.Contains(c.Content(), "message 59") || strings.Contains(c.Content(), "message 0 ") {
		t.Errorf("first message should show the latest messages:\n%s", c.Content())
	}
}

func TestOpenRetryReusesMessage(t *testing.T) {
	srv := discordtest.New(t)
	d := MustDesk(t, srv, false)
	srv.Fail(discordtest.RouteMessageThread, discordtest.Fault{Status: 500})
	_, err := d.Open(ctxT(t), testTicket(), testHistory())
	if code := conversation.ErrorCode(err); code != conversation.ETEMPORARY {
		t.Fatalf("code = %q (%v), want ETEMPORARY", code, err)
	}
	ref, err := d.Open(ctxT(t), testTicket(), testHistory())
	if err != nil {
		t.Fatal(err)
	}
	if got := srv.Messages(testChannel); len(got) != 1 || got[0].ID != ref {
		t.Errorf("%d first messages, want 1 with the thread", len(got))
	}
}

// A first message deleted before its thread started is posted again
// with another nonce: the same nonce would get Unknown Message.
func TestOpenFirstMessageDeleted(t *testing.T) {
	srv := discordtest.New(t)
	d := MustDesk(t, srv, false)
	srv.Fail(discordtest.RouteMessageThread, discordtest.Fault{Status: 404, Code: 10008, Message: "Unknown Message"})
	_, err := d.Open(ctxT(t), testTicket(), testHistory())
	if code := conversation.ErrorCode(err); code != conversation.ETEMPORARY {
		t.Fatalf("code = %q (%v), want ETEMPORARY", code, err)
	}
	ref, err := d.Open(ctxT(t), testTicket(), testHistory())
	if err != nil {
		t.Fatal(err)
	}
	posts := srv.CallsTo(discordtest.RouteMessages)
	if len(posts) != 2 || posts[0].JSON["nonce"] == posts[1].JSON["nonce"] || ref != srv.Messages(testChannel)[1].ID {
		t.Errorf("want a second first message with another nonce: %d posts", len(posts))
	}
}

func mustOpen(t *testing.T, srv *discordtest.Server, d *Desk) conversation.Ticket {
	t.Helper()
	tk := testTicket()
	ref, err := d.Open(ctxT(t), tk, testHistory())
	if err != nil {
		t.Fatal(err)
	}
	tk.DeskRef = ref
	return tk
}

func TestPostPingsNobody(t *testing.T) {
	srv := discordtest.New(t)
	d := MustDesk(t, srv, true)
	tk := mustOpen(t, srv, d)
	text := "Bonjour @everyone et @here, <@&" + testRole + "> <@123> **Camille (médiatrice)** : [clic](https://x.example)\n# titre"
	if err := d.Post(ctxT(t), tk, conversation.Post{Kind: conversation.PostResident, Text: text, At: time.Now()}); err != nil {
		t.Fatal(err)
	}
	calls := srv.CallsTo(discordtest.RouteMessages)
	if len(calls) != 1 {
		t.Fatalf("%d messages, want 1", len(calls))
	}
	c := calls[0]
	if roles := noParse(t, c); len(roles) != 0 {
		t.Errorf("allowed roles = %v, want none", roles)
	}
	got := c.Content()
	for _, bad := range []string{"@everyone", "@here", "<@&", "<@1", "**Camille", "[clic]", "\n# "} {
		if strings.Contains(got, bad) {
			t.Errorf("relayed text contains %q as is:\n%s", bad, got)
		}
	}
	if !strings.HasPrefix(got, "**🙋 Usager 7F3A**\u00a0:\n> ") {
		t.Errorf("resident text not labelled and quoted:\n%s", got)
	}
}

func TestPostReminderNotifiesRole(t *testing.T) {
	srv := discordtest.New(t)
	d := MustDesk(t, srv, true)
	tk := mustOpen(t, srv, d)
	if err := d.Post(ctxT(t), tk, conversation.Post{Kind: conversation.PostReminder, Text: "Demande n° 7 toujours en attente depuis 20 min."}); err != nil {
		t.Fatal(err)
	}
	c := srv.CallsTo(discordtest.RouteMessages)[0]
	if roles := noParse(t, c); len(roles) != 1 || roles[0] != testRole {
		t.Errorf("allowed roles = %v, want the mediator role", roles)
	}
	if !strings.Contains(c.Content(), "<@&"+testRole+">") {
		t.Errorf("reminder does not mention the role: %s", c.Content())
	}
}

func TestPostAttachment(t *testing.T) {
	srv := discordtest.New(t)
	d := MustDesk(t, srv, true)
	tk := mustOpen(t, srv, d)
	file := &conversation.Attachment{Name: "avis.pdf", MIME: "application/pdf", Data: []byte("%PDF-1.4 …")}
	if err := d.Post(ctxT(t), tk, conversation.Post{Kind: conversation.PostResident, Text: "[document] mon avis", File: file}); err != nil {
		t.Fatal(err)
	}
	c := srv.CallsTo(discordtest.RouteMessages)[0]
	if !strings.HasPrefix(c.Header.Get("Content-Type"), "multipart/form-data") {
		t.Fatalf("content type %q, want multipart", c.Header.Get("Content-Type"))
	}
	if len(c.Files) != 1 || c.Files[0].Field != "files[0]" || c.Files[0].Name != "avis.pdf" || string(c.Files[0].Data) != string(file.Data) {
		t.Errorf("files = %+v", c.Files)
	}
	noParse(t, c)
	if c.JSON["nonce"] == nil || c.JSON["enforce_nonce"] != true {
		t.Errorf("no enforced nonce in payload_json: %s", c.Body[:200])
	}
}

func TestPostTooLargeKeepsText(t *testing.T) {
	srv := discordtest.New(t)
	d := MustDesk(t, srv, true)
	tk := mustOpen(t, srv, d)
	srv.Fail(discordtest.RouteMessages, discordtest.Fault{Status: 413, Code: 40005, Message: "Request entity too large"})
	file := &conversation.Attachment{Name: "scan.jpg", Data: make([]byte, 2048)}
	if err := d.Post(ctxT(t), tk, conversation.Post{Kind: conversation.PostResident, Text: "[photo] voilà", File: file}); err != nil {
		t.Fatal(err)
	}
	msgs := srv.Messages(tk.DeskRef)
	last := msgs[len(msgs)-1]
	if !strings.Contains(last.Content, "voilà") || !strings.Contains(last.Content, "scan.jpg") || len(last.Files) != 0 {
		t.Errorf("after a 413: %+v", last)
	}
}

func TestPostLongTextIsSplit(t *testing.T) {
	srv := discordtest.New(t)
	d := MustDesk(t, srv, true)
	tk := mustOpen(t, srv, d)
	text := strings.Repeat("*", conversation.MaxText) // escaping doubles it
	if err := d.Post(ctxT(t), tk, conversation.Post{Kind: conversation.PostResident, Text: text}); err != nil {
		t.Fatal(err)
	}
	calls := srv.CallsTo(discordtest.RouteMessages)
	if len(calls) < 5 {
		t.Fatalf("%d messages for %d escaped characters", len(calls), 2*len(text))
	}
	for _, c := range calls {
		if n := len([]rune(c.Content())); n > maxContent {
			t.Errorf("message of %d characters", n)
		}
		noParse(t, c)
	}
}

func TestPostSameTwiceIsPostedOnce(t *testing.T) {
	srv := discordtest.New(t)
	d := MustDesk(t, srv, true)
	tk := mustOpen(t, srv, d)
	p := conversation.Post{Kind: conversation.PostResident, Text: "une fois", At: time.Now()}
	for range 2 {
		if err := d.Post(ctxT(t), tk, p); err != nil {
			t.Fatal(err)
		}
	}
	n := 0
	for _, m := range srv.Messages(tk.DeskRef) {
		if strings.Contains(m.Content, "une fois") {
			n++
		}
	}
	if n != 1 {
		t.Errorf("posted %d times, want 1 (nonce)", n)
	}
}

func TestPostErrors(t *testing.T) {
	tests := []struct {
		name  string
		fault *discordtest.Fault
		setup func(srv *discordtest.Server, thread string)
		code  string
		retry time.Duration
	}{
		{name: "deleted thread", setup: func(srv *discordtest.Server, th string) { srv.DeleteChannel(th) }, code: conversation.EGONE},
		{name: "archived thread", setup: func(srv *discordtest.Server, th string) { srv.SetArchived(th, true, false) }, code: conversation.EGONE},
		{name: "locked thread", setup: func(srv *discordtest.Server, th string) { srv.SetArchived(th, true, true) }, code: conversation.EGONE},
		{name: "429", fault: &discordtest.Fault{Status: 429, RetryAfter: 3.5}, code: conversation.ETEMPORARY, retry: 3500 * time.Millisecond},
		{name: "500", fault: &discordtest.Fault{Status: 500}, code: conversation.ETEMPORARY},
		{name: "502", fault: &discordtest.Fault{Status: 502}, code: conversation.ETEMPORARY},
		{name: "503", fault: &discordtest.Fault{Status: 503}, code: conversation.ETEMPORARY},
		{name: "403", fault: &discordtest.Fault{Status: 403}, code: conversation.ETEMPORARY, retry: permissionRetry},
		{name: "400", fault: &discordtest.Fault{Status: 400, Code: 50035, Message: "Invalid Form Body"}, code: conversation.EINVALID},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			srv := discordtest.New(t)
			d := MustDesk(t, srv, true)
			tk := mustOpen(t, srv, d)
			if tt.setup != nil {
				tt.setup(srv, tk.DeskRef)
			}
			if tt.fault != nil {
				srv.Fail(discordtest.RouteMessages, *tt.fault)
			}
			err := d.Post(ctxT(t), tk, conversation.Post{Kind: conversation.PostResident, Text: "bonjour"})
			if got := conversation.ErrorCode(err); got != tt.code {
				t.Fatalf("code = %q (%v), want %q", got, err, tt.code)
			}
			if tt.retry != 0 {
				if got := conversation.RetryAfter(err); got != tt.retry {
					t.Errorf("RetryAfter = %v, want %v", got, tt.retry)
				}
			}
			// discordgo retried nothing: one call reached the server.
			if n := len(srv.CallsTo(discordtest.RouteMessages)); n != 1 {
				t.Errorf("%d calls, want 1 (no retry by discordgo)", n)
			}
		})
	}
}

func TestUpdate(t *testing.T) {
	for _, forum := range []bool{true, false} {
		t.Run(fmt.Sprintf("forum=%v", forum), func(t *testing.T) {
			srv := discordtest.New(t)
			d := MustDesk(t, srv, forum)
			tk := mustOpen(t, srv, d)
			where := testChannel
			if forum {
				where = tk.DeskRef
			}
			tk.Status, tk.Mediator, tk.MediatorName = conversation.TicketClaimed, "u1", "Camille"
			if err := d.Update(ctxT(t), tk); err != nil {
				t.Fatal(err)
			}
			first, _ := srv.Message(where, tk.DeskRef)
			if !strings.Contains(first.Content, statusPrefix+"🟢 prise en charge par Camille") || !strings.Contains(first.Content, "Demande n° 7") {
				t.Errorf("first message after claim:\n%s", first.Content)
			}
			if !strings.Contains(fmt.Sprint(first.Components), "disabled:true") {
				t.Errorf("claim button not disabled: %v", first.Components)
			}
			th, _ := srv.Channel(tk.DeskRef)
			if !strings.HasPrefix(th.Name, "🟢 n° 7") || th.Archived {
				t.Errorf("thread after claim: %+v", th)
			}
			for _, c := range srv.CallsTo(discordtest.RouteMessageEdit) {
				noParse(t, c)
			}

			tk.Status, tk.Gone = conversation.TicketClosed, "ended"
			if err := d.Update(ctxT(t), tk); err != nil {
				t.Fatal(err)
			}
			first, _ = srv.Message(where, tk.DeskRef)
			if !strings.Contains(first.Content, "close") || !strings.Contains(first.Content, "terminé la conversation") {
				t.Errorf("first message after close:\n%s", first.Content)
			}
			if comps, _ := first.Components.([]any); len(comps) != 0 {
				t.Errorf("buttons left after close: %v", first.Components)
			}
			th, _ = srv.Channel(tk.DeskRef)
			if !strings.HasPrefix(th.Name, "⚫") || !th.Archived {
				t.Errorf("thread after close: %+v", th)
			}
		})
	}
}

func TestUpdateRenameRateLimitDoesNotBlock(t *testing.T) {
	srv := discordtest.New(t)
	d := MustDesk(t, srv, true)
	tk := mustOpen(t, srv, d)
	srv.Fail(discordtest.RouteChannelEdit, discordtest.Fault{Status: 429, RetryAfter: 480})
	tk.Status, tk.MediatorName = conversation.TicketClaimed, "Camille"
	if err := d.Update(ctxT(t), tk); err != nil {
		t.Fatalf("Update = %v, want nil: the status is in the first message", err)
	}
}

func TestUpdateGoneThread(t *testing.T) {
	srv := discordtest.New(t)
	d := MustDesk(t, srv, true)
	tk := mustOpen(t, srv, d)
	srv.DeleteChannel(tk.DeskRef)
	tk.Status = conversation.TicketClaimed
	if code := conversation.ErrorCode(d.Update(ctxT(t), tk)); code != conversation.EGONE {
		t.Errorf("code = %q, want EGONE", code)
	}
}

func TestOpenMissingChannelIsTemporary(t *testing.T) {
	srv := discordtest.New(t)
	d, err := New(Config{Token: discordtest.Token, GuildID: discordtest.GuildID, ChannelID: "404", MediatorRoleID: testRole, HTTPClient: srv.Client()})
	if err != nil {
		t.Fatal(err)
	}
	_, err = d.Open(ctxT(t), testTicket(), nil)
	if code := conversation.ErrorCode(err); code != conversation.ETEMPORARY {
		t.Errorf("code = %q (%v), want ETEMPORARY (never EGONE from Open)", code, err)
	}
}

func TestAPIURL(t *testing.T) {
	srv := discordtest.New(t)
	srv.AddChannel(discordtest.Channel{ID: testChannel, Type: discordtest.TypeForum})
	d, err := New(Config{Token: discordtest.Token, GuildID: discordtest.GuildID, ChannelID: testChannel, MediatorRoleID: testRole, APIURL: srv.URL})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := d.Open(ctxT(t), testTicket(), nil); err != nil {
		t.Fatal(err)
	}
	c := srv.CallsTo(discordtest.RouteThreads)[0]
	if c.Header.Get("Authorization") != "Bot "+discordtest.Token {
		t.Errorf("Authorization = %q", c.Header.Get("Authorization"))
	}
}

func TestConfigValidate(t *testing.T) {
	err := Config{}.Validate()
	for _, want := range []string{"DISCORD_BOT_TOKEN", "DISCORD_GUILD_ID", "DISCORD_CHANNEL_ID", "DISCORD_MEDIATOR_ROLE_ID"} {
		if err == nil || !strings.Contains(err.Error(), want) {
			t.Errorf("Validate() = %v, want it to name %s", err, want)
		}
	}
	if err := (Config{Token: "t", GuildID: "g", ChannelID: "c", MediatorRoleID: "r", APIURL: "localhost:80"}).Validate(); err == nil {
		t.Error("Validate accepted an API URL without a scheme")
	}
}

func TestUrgentTicket(t *testing.T) {
	srv := discordtest.New(t)
	d := MustDesk(t, srv, true)
	tk := testTicket()
	tk.Urgent = true
	ref, err := d.Open(ctxT(t), tk, testHistory())
	if err != nil {
		t.Fatal(err)
	}
	tk.DeskRef = ref
	th, ok := srv.Channel(ref)
	if !ok || !strings.Contains(th.Name, "🚨 URGENT") {
		t.Fatalf("thread = %+v, want the urgent mark in its title", th)
	}
	if first := srv.Messages(ref)[0]; !strings.Contains(first.Content, "<@&"+testRole+"> 🚨 URGENT") {
		t.Errorf("first message = %q, want the role notified of an urgent ticket", first.Content)
	}
	// Raised on an open ticket: one notification of the role.
	if err := d.Post(ctxT(t), tk, conversation.Post{Kind: conversation.PostUrgent, Text: "🚨 URGENCE : le message de l'usager évoque « Je subis des violences ».", At: time.Now()}); err != nil {
		t.Fatal(err)
	}
	calls := srv.CallsTo(discordtest.RouteMessages)
	c := calls[len(calls)-1]
	if roles := noParse(t, c); len(roles) != 1 || roles[0] != testRole || !strings.Contains(c.Content(), "<@&"+testRole+">") {
		t.Errorf("urgent notice = %s (roles %v), want the mediator role notified", c.Content(), roles)
	}
	if bad := srv.Invalid(); len(bad) > 0 {
		t.Errorf("Discord refused: %v", bad)

	}
}

// TestErase checks that Erase leaves nothing of the resident in the
// ticket's thread: the bot's posts are deleted (more than a page of them),
// the first message says only that the content was erased, without its
// history file, the thread's title loses the pseudonym, and the
// mediators' own messages stay. A closed ticket's thread is archived
// again; a second Erase, or one of a deleted thread, is not an error.
func TestErase(t *testing.T) {
	for _, forum := range []bool{true, false} {
		t.Run(fmt.Sprintf("forum=%v", forum), func(t *testing.T) {
			srv := discordtest.New(t)
			d := MustDesk(t, srv, forum)
			ctx := ctxT(t)
			tk := testTicket()
			secret := "Zanzibar-4417"
			history := testHistory()
			for range 30 { // a history too long for the first message: attached as a file
				history = append(history, conversation.Message{From: conversation.FromResident, Text: "mon voisin " + secret + " " + strings.Repeat("blabla ", 30), At: tk.Requested})
			}
			ref, err := d.Open(ctx, tk, history)
			if err != nil {
				t.Fatal(err)
			}
			tk.DeskRef = ref
			firstIn := testChannel
			if forum {
				firstIn = ref
			}
			if m, _ := srv.Message(firstIn, ref); len(m.Files) == 0 {
				t.Fatalf("first message has no history file: the test does not cover it")
			}
			for i := range 105 {
				p := conversation.Post{Kind: conversation.PostResident, Text: fmt.Sprintf("message %d : %s", i, secret), At: tk.Requested.Add(time.Duration(i) * time.Second)}
				if err := d.Post(ctx, tk, p); err != nil {
					t.Fatal(err)
				}
			}
			srv.UserMessage(ref, discordtest.User{ID: "555", Name: "camille", Roles: []string{testRole}}, "Je rappelle la personne demain.")
			tk.Status, tk.Closed = conversation.TicketClosed, tk.Requested.Add(time.Hour)
			if err := d.Update(ctx, tk); err != nil {
				t.Fatal(err)
			}
			if th, _ := srv.Channel(ref); !th.Archived {
				t.Fatal("closed ticket's thread not archived")
			}

			anon := tk
			anon.Resident, anon.Label, anon.Question, anon.Gone = "", "", "", "erased"
			if err := d.Erase(ctx, anon); err != nil {
				t.Fatal(err)
			}
			msgs := srv.Messages(ref)
			if !forum {
				msgs = append(msgs, srv.Messages(testChannel)...)
			}
			var first discordtest.Message
			mediator := false
			for _, m := range msgs {
				for _, bad := range []string{secret, "Usager 7F3A", "APL"} {
					if strings.Contains(m.Content, bad) {
						t.Errorf("message %s still shows %q: %q", m.ID, bad, m.Content)
					}
				}
				if m.ID == ref {
					first = m
				}
				if m.AuthorID == "555" {
					mediator = true
				}
			}
			if !mediator {
				t.Error("the mediator's own message was deleted")
			}
			if !strings.Contains(first.Content, "Contenu effacé à la demande de l'usager.") || len(first.Files) != 0 {
				t.Errorf("first message = %q with %d files, want the erasure line and no file", first.Content, len(first.Files))
			}
			if n := len(srv.Messages(ref)); forum && n != 2 || !forum && n != 1 {
				t.Errorf("%d messages left in the thread, want the first (forum) and the mediator's", n)
			}
			th, _ := srv.Channel(ref)
			if strings.Contains(th.Name, "Usager") || !th.Archived {
				t.Errorf("thread after the erasure = %+v, want no pseudonym, archived", th)
			}
			if inv := srv.Invalid(); len(inv) > 0 {
				t.Errorf("invalid calls: %+v", inv)
			}
			if err := d.Erase(ctx, anon); err != nil {
				t.Errorf("second Erase: %v", err)
			}
			srv.DeleteChannel(ref)
			if err := d.Erase(ctx, anon); err != nil {
				t.Errorf("Erase of a deleted thread: %v", err)
			}
		})
	}
}

// The gateway writes the session's state on every READY (a reconnection)
// while the permission check and the handlers run: the bot's own id must
// be read without racing it (go test -race).
func TestBotIDWhileReconnecting(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	srv := discordtest.New(t)
	d := MustDesk(t, srv, true)
	runCtx, stop := context.WithCancel(ctx)
	done := make(chan error, 1)
	go func() { done <- d.Run(runCtx, nil) }()
	defer func() { stop(); <-done }()
	srv.WaitReady(ctx, 1)
	ready := map[string]any{
		"v": 9, "session_id": discordtest.SessionID,
		"user":        map[string]any{"id": discordtest.BotID, "username": "pimmsbot", "bot": true},
		"application": map[string]any{"id": discordtest.AppID},
	}
	for range 50 {
		d.mu.Lock()
		d.botID = ""
		d.mu.Unlock()
		got := make(chan string, 1)
		go func() {
			id, err := d.botUser(ctx)
			if err != nil {
				t.Error(err)
			}
			got <- id
		}()
		srv.Dispatch("READY", ready)
		if id := <-got; id != discordtest.BotID {
			t.Fatalf("bot id %q, want %s", id, discordtest.BotID)
		}
	}
	srv.Sync(ctx)
}
