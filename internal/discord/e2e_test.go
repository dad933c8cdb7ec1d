package discord

import (
	"context"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"pimmsbot/internal/bolt"
	"pimmsbot/internal/catalog"
	"pimmsbot/internal/catalog/catalogtest"
	"pimmsbot/internal/conversation"
	"pimmsbot/internal/discord/discordtest"
	"pimmsbot/internal/fakeclock"
)

// residents is a fake residents' channel: it keeps what each resident got.
type residents struct {
	mu  sync.Mutex
	got map[string][]conversation.Reply
}

func (r *residents) Send(ctx context.Context, id string, rep conversation.Reply) error {
	r.mu.Lock()
	defer r.mu.Unlock()
	if r.got == nil {
		r.got = map[string][]conversation.Reply{}
	}
	r.got[id] = append(r.got[id], rep)
	return nil
}

// texts returns the texts a resident got.
func (r *residents) texts(id string) []string {
	r.mu.Lock()
	defer r.mu.Unlock()
	var out []string
	for _, rep := range r.got[id] {
		out = append(out, rep.Text)
	}
	return out
}

// count returns how many replies contain s.
func (r *residents) count(id, s string) int {
	n := 0
	for _, t := range r.texts(id) {
		if strings.Contains(t, s) {
			n++
		}
	}
	return n
}

// settle waits until the desk has read and handled every gateway event,
// including the echoes of what it posted meanwhile.
func settle(ctx context.Context, t *testing.T, srv *discordtest.Server, d *Desk) {
	t.Helper()
	for {
		seq := srv.Seq()
		srv.Sync(ctx)
		d.events.Wait()
		if srv.Seq() == seq {
			return
		}
	}
}

func threadMessages(srv *discordtest.Server, thread, substr string) []discordtest.Message {
	var out []discordtest.Message
	for _, m := range srv.Messages(thread) {
		if strings.Contains(m.Content, substr) {
			out = append(out, m)
		}
	}
	return out
}

// TestEndToEnd runs a handover through the real core and a bbolt store,
// with the desk on the fake Discord's REST and gateway.
func TestEndToEnd(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	srv := discordtest.New(t)
	d := MustDesk(t, srv, true)

	store, err := bolt.Open(filepath.Join(t.TempDir(), "pimms.db"), bolt.Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer store.Close()
	cat := catalogtest.FAQ(t)
	clk := fakeclock.New(time.Date(2025, 3, 4, 10, 0, 0, 0, time.UTC))
	tg := &residents{}
	svc, err := conversation.New(ctx, conversation.Config{
		Store: store, Catalog: cat, Matcher: catalog.NewMatcher(cat),
		Channels: map[string]conversation.Channel{"test": tg}, Desk: d, Now: clk.Now,
		Site: conversation.Site{Name: "PIMMS Test", Phone: "01 00 00 00 00"},
	})
	if err != nil {
		t.Fatal(err)
	}
	runCtx, stop := context.WithCancel(ctx)
	runDone := make(chan error, 1)
	go func() { runDone <- d.Run(runCtx, svc) }()
	defer func() {
		stop()
		if err := <-runDone; err != nil {
			t.Errorf("Run: %v", err)
		}
	}()
	srv.WaitReady(ctx, 1)
	settle(ctx, t, srv, d)

	const resident = "test:42"
	mediator := discordtest.User{ID: "600000000000000001", Name: "camille.d", Nick: "Camille", Roles: []string{testRole}}
	stranger := discordtest.User{ID: "600000000000000009", Name: "visiteur", Roles: []string{"autre"}}

	t.Run("gateway", func(t *testing.T) {
		if got := srv.Intents(); got != 33281 {
			t.Errorf("intents = %d, want 33281 (guilds, guild messages, message content)", got)
		}
		cmds := srv.CallsTo(discordtest.RouteCommands)
		if len(cmds) != 1 {
			t.Fatalf("%d command registrations, want 1", len(cmds))
		}
		for _, name := range []string{`"fermer"`, `"note"`, `"file"`, `"faq"`, `"historique"`} {
			if !strings.Contains(string(cmds[0].Body), name) {
				t.Errorf("command %s not registered", name)
			}
		}
	})

	hand := func(in conversation.Incoming) {
		t.Helper()
		in.Resident = resident
		if err := svc.HandleResident(ctx, in); err != nil {
			t.Fatal(err)
		}
		settle(ctx, t, srv, d)
	}
	hand(conversation.Incoming{Text: "Comment demander l'APL ?"})
	hand(conversation.Incoming{Action: conversation.ActHuman})

	threads := srv.Threads(testChannel)
	if len(threads) != 1 {
		t.Fatalf("%d threads after the handover, want 1", len(threads))
	}
	thread := threads[0].ID
	t.Run("handover opens a thread with the summary", func(t *testing.T) {
		first := srv.Messages(thread)[0]
		for _, want := range []string{"<@&" + testRole + ">", "Demande n° 1", "Comment demander l'APL", "en attente"} {
			if !strings.Contains(first.Content, want) {
				t.Errorf("first message lacks %q:\n%s", want, first.Content)
			}
		}
		r, err := store.Resident(ctx, resident)
		if err != nil {
			t.Fatal(err)
		}
		if !strings.Contains(threads[0].Name, "n° 1") || !strings.Contains(threads[0].Name, r.Label) {
			t.Errorf("thread name = %q", threads[0].Name)
		}
		post := srv.CallsTo(discordtest.RouteThreads)[0]
		if roles := noParse(t, post); len(roles) != 1 || roles[0] != testRole {
			t.Errorf("the first message may mention %v, want only the mediator role", roles)
		}
	})

	t.Run("a waiting ticket is recalled to the role", func(t *testing.T) {
		clk.Add(20 * time.Minute)
		if err := svc.Remind(ctx, 15*time.Minute); err != nil {
			t.Fatal(err)
		}
		settle(ctx, t, srv, d)
		rem := threadMessages(srv, thread, "toujours en attente")
		if len(rem) != 1 || !strings.Contains(rem[0].Content, "<@&"+testRole+">") {
			t.Fatalf("reminders = %+v", rem)
		}
	})

	t.Run("someone without the role is ignored", func(t *testing.T) {
		srv.Click(thread, thread, stranger, buttonID(buttonClaim, 1))
		srv.UserMessage(thread, stranger, "Je m'en occupe !")
		settle(ctx, t, srv, d)
		if n := tg.count(resident, "s'occupe de votre demande"); n != 0 {
			t.Errorf("the resident was told %d times that someone answers", n)
		}
		if tg.count(resident, "Je m'en occupe") != 0 {
			t.Error("a stranger's message reached the resident")
		}
		cb := srv.CallsTo(discordtest.RouteCallback)
		if len(cb) != 1 || callbackFlags(cb[0]) != 64 {
			t.Errorf("callbacks = %+v, want one ephemeral refusal", cb)
		}
	})

	t.Run("a mediator claims and the resident is told who answers", func(t *testing.T) {
		srv.Click(thread, thread, mediator, buttonID(buttonClaim, 1))
		settle(ctx, t, srv, d)
		if n := tg.count(resident, "s'occupe de votre demande"); n != 1 || !strings.HasPrefix(tg.texts(resident)[len(tg.texts(resident))-1], "Camille") {
			t.Fatalf("resident told %d times that Camille answers; got %q", n, tg.texts(resident))
		}
		first := srv.Messages(thread)[0]
		if !strings.Contains(first.Content, "prise en charge par Camille") {
			t.Errorf("first message not updated:\n%s", first.Content)
		}
	})

	t.Run("messages go both ways", func(t *testing.T) {
		srv.UserMessage(thread, mediator, "Bonjour, avez-vous votre numéro d'allocataire ?")
		settle(ctx, t, srv, d)
		if tg.count(resident, "numéro d'allocataire") != 1 {
			t.Fatalf("the mediator's message did not reach the resident: %q", tg.texts(resident))
		}
		before := len(srv.CallsTo(discordtest.RouteMessages))
		hand(conversation.Incoming{Text: "Oui @everyone @here <@&" + testRole + "> le voici"})
		calls := srv.CallsTo(discordtest.RouteMessages)[before:]
		if len(calls) != 1 {
			t.Fatalf("%d posts for the resident's reply, want 1", len(calls))
		}
		if roles := noParse(t, calls[0]); len(roles) != 0 {
			t.Errorf("the resident's reply may mention roles %v", roles)
		}
		got := calls[0].Content()
		if !strings.Contains(got, "le voici") || strings.Contains(got, "@everyone") || strings.Contains(got, "@here") || strings.Contains(got, "<@&") {
			t.Errorf("resident's reply relayed as:\n%s", got)
		}
	})

	t.Run("a note is not relayed", func(t *testing.T) {
		n := len(tg.texts(resident))
		srv.UserMessage(thread, mediator, "!note dossier CAF à vérifier")
		settle(ctx, t, srv, d)
		if got := tg.texts(resident); len(got) != n {
			t.Errorf("the resident got %q after a note", got[n:])
		}
		_, msgs, err := svc.History(ctx, 1)
		if err != nil {
			t.Fatal(err)
		}
		if msgs[len(msgs)-1].From != conversation.FromNote {
			t.Errorf("the note is not stored: %+v", msgs[len(msgs)-1])
		}
	})

	t.Run("a gateway disconnect loses nothing", func(t *testing.T) {
		srv.DropConnection()
		// Sent while the desk is disconnected: replayed on resume.
		srv.UserMessage(thread, mediator, "Message pendant la coupure")
		srv.WaitReady(ctx, 2)
		settle(ctx, t, srv, d)
		if n := tg.count(resident, "pendant la coupure"); n != 1 {
			t.Errorf("the message sent during the disconnection reached the resident %d times, want 1", n)
		}
		if r := srv.Resumes(); len(r) != 1 {
			t.Errorf("resumes = %v, want one", r)
		}
		if n := len(srv.Identifies()); n != 1 {
			t.Errorf("%d identifies, want 1 (a resume, not a new session)", n)
		}
	})

	t.Run("5xx is not retried by discordgo; the outbox delivers later", func(t *testing.T) {
		srv.Fail(discordtest.RouteMessages, discordtest.Fault{Status: 500})
		before := len(srv.CallsTo(discordtest.RouteMessages))
		hand(conversation.Incoming{Text: "Mon numéro est dans le courrier"})
		calls := srv.CallsTo(discordtest.RouteMessages)[before:]
		if len(calls) != 1 || calls[0].Status != 500 {
			t.Fatalf("calls after a 500: %d, want exactly 1 (no retry by discordgo)", len(calls))
		}
		clk.Add(time.Minute)
		if err := svc.Redeliver(ctx); err != nil {
			t.Fatal(err)
		}
		settle(ctx, t, srv, d)
		if got := threadMessages(srv, thread, "dans le courrier"); len(got) != 1 {
			t.Errorf("the message is in the thread %d times, want 1", len(got))
		}
	})

	t.Run("a deleted thread is opened again with the history", func(t *testing.T) {
		srv.DeleteChannel(thread)
		hand(conversation.Incoming{Text: "Vous êtes toujours là ?"})
		threads := srv.Threads(testChannel)
		if len(threads) != 1 || threads[0].ID == thread {
			t.Fatalf("threads = %+v, want a new one", threads)
		}
		thread = threads[0].ID
		first := srv.Messages(thread)[0]
		var all strings.Builder
		all.WriteString(first.Content)
		for _, f := range first.Files {
			all.Write(f.Data)
		}
		for _, want := range []string{"toujours là", "numéro d'allocataire", "dans le courrier", "prise en charge par Camille"} {
			if !strings.Contains(all.String(), want) {
				t.Errorf("the new thread lacks %q:\n%s", want, all.String())
			}
		}
	})

	t.Run("/fermer closes and asks the resident for a rating", func(t *testing.T) {
		srv.Command(thread, mediator, "fermer", nil)
		settle(ctx, t, srv, d)
		if tg.count(resident, "La conversation est terminée") != 1 || tg.count(resident, "Donnez une note de 1") != 1 {
			t.Fatalf("resident got %q", tg.texts(resident))
		}
		th, _ := srv.Channel(thread)
		if !th.Archived || !strings.HasPrefix(th.Name, "⚫") {
			t.Errorf("thread after close: %+v", th)
		}
	})

	t.Run("a closed ticket does not reopen", func(t *testing.T) {
		n := len(tg.texts(resident))
		srv.UserMessage(thread, mediator, "Encore une chose")
		settle(ctx, t, srv, d)
		if got := tg.texts(resident); len(got) != n {
			t.Errorf("the resident got %q after the close", got[n:])
		}
		if got := threadMessages(srv, thread, "La demande n° 1 est close. Rien n'a été envoyé"); len(got) != 1 {
			t.Errorf("the mediator was not told: %d answers", len(got))
		}
	})

	// Discord's documented limits hold for every request of the scenario.
	for _, c := range srv.Invalid() {
		t.Errorf("the fake refused %s %s: %s", c.Method, c.Path, c.Invalid)
	}
}
