package discord

import (
	"context"
	"fmt"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"pimmsbot/internal/bolt"
	"pimmsbot/internal/catalog"
	"pimmsbot/internal/catalog/catalogtest"
	"pimmsbot/internal/conversation"
	"pimmsbot/internal/discord/discordtest"
	"pimmsbot/internal/fakeclock"
)

// A post whose answer was lost after Discord took it (a timeout, a 5xx
// from a proxy) is retried by the outbox from the store; it must appear
// once. The first attempt's times come from the clock, with Go's
// monotonic reading; the retry's from bbolt, without: the nonce must not
// depend on that. In a forum, a post takes no nonce: the thread made by
// the lost attempt must be found, not made again.
func TestRetriedPostsAppearOnce(t *testing.T) {
	for _, forum := range []bool{true, false} {
		t.Run(fmt.Sprintf("forum=%v", forum), func(t *testing.T) {
			ctx, cancel := context.WithTimeout(context.Background(), 20*time.Second)
			defer cancel()
			srv := discordtest.New(t)
			d := MustDesk(t, srv, forum)
			store, err := bolt.Open(filepath.Join(t.TempDir(), "pimms.db"), bolt.Options{})
			if err != nil {
				t.Fatal(err)
			}
			defer store.Close()
			start := time.Date(2025, 3, 4, 10, 0, 0, 0, time.UTC)
			clk := fakeclock.New(start)
			// The service's clock as time.Now gives it: with a monotonic
			// reading, moved by the fake clock.
			mono := time.Now()
			now := func() time.Time { return mono.Add(clk.Now().Sub(start)) }
			cat := catalogtest.FAQ(t)
			tg := &residents{}
			svc, err := conversation.New(ctx, conversation.Config{
				Store: store, Catalog: cat, Matcher: catalog.NewMatcher(cat),
				Channels: map[string]conversation.Channel{"test": tg}, Desk: d, Now: now,
			})
			if err != nil {
				t.Fatal(err)
			}
			const resident = "test:7"
			say := func(in conversation.Incoming) {
				t.Helper()
				in.Resident = resident
				if err := svc.HandleResident(ctx, in); err != nil {
					t.Fatal(err)
				}
			}
			retry := func() {
				t.Helper()
				clk.Add(time.Minute)
				if err := svc.Redeliver(ctx); err != nil {
					t.Fatal(err)
				}
			}

			// The thread's opening: taken, then the connection drops.
			// The resident writes meanwhile.
			open := discordtest.RouteThreads
			if !forum {
				open = discordtest.RouteMessages
			}
			srv.Fail(open, discordtest.Fault{Accept: true})
			say(conversation.Incoming{Text: "Comment demander l'APL ?"})
			say(conversation.Incoming{Action: conversation.ActHuman})
			say(conversation.Incoming{Text: "Je suis toujours là"})
			retry()
			threads := srv.Threads(testChannel)
			if len(threads) != 1 {
				t.Fatalf("%d threads, want 1", len(threads))
			}
			if !forum {
				if n := len(srv.Messages(testChannel)); n != 1 {
					t.Errorf("%d first messages in the channel, want 1", n)
				}
			}
			thread := threads[0].ID

			// A message of the resident: taken, then a 502.
			srv.Fail(discordtest.RouteMessages, discordtest.Fault{Status: 502, Accept: true})
			say(conversation.Incoming{Text: "Mon numéro d'allocataire est le 1234567"})
			retry()
			if got := threadMessages(srv, thread, "allocataire"); len(got) != 1 {
				t.Errorf("the resident's message is in the thread %d times, want 1", len(got))
			}

			// The status line of a claim: taken, then no answer.
			srv.Fail(discordtest.RouteMessages, discordtest.Fault{Accept: true})
			if err := svc.HandleMediator(ctx, conversation.MediatorAction{Ticket: 1, Kind: conversation.MedClaim, Mediator: "600000000000000001", Name: "Camille"}); err != nil {
				t.Fatal(err)
			}
			retry()
			n := 0
			for _, m := range srv.Messages(thread) {
				if strings.HasPrefix(m.Content, statusPrefix) && strings.Contains(m.Content, "prise en charge") {
					n++
				}
			}
			if n != 1 {
				t.Errorf("the claim's status line is in the thread %d times, want 1", n)
			}
			if got := threadMessages(srv, thread, "toujours là"); len(got) != 1 {
				t.Errorf("the message written during the outage is in the thread %d times, want 1", len(got))
			}
			if bad := srv.Invalid(); len(bad) != 0 {
				t.Errorf("the fake refused %d requests: %s", len(bad), bad[0].Invalid)
			}
		})
	}
}
