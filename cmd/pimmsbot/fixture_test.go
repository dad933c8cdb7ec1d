package main

import (
	"bytes"
	"context"
	"encoding/csv"
	"log/slog"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"pimmsbot/internal/bolt"
	"pimmsbot/internal/catalog"
	"pimmsbot/internal/catalog/catalogtest"
	"pimmsbot/internal/conversation"
	"pimmsbot/internal/fakeclock"
)

// fakeChannel is the residents' channel: it counts what it is sent.
type fakeChannel struct {
	mu   sync.Mutex
	sent map[string]int
}

func (f *fakeChannel) Send(ctx context.Context, resident string, r conversation.Reply) error {
	f.mu.Lock()
	defer f.mu.Unlock()
	if f.sent == nil {
		f.sent = map[string]int{}
	}
	f.sent[resident]++
	return nil
}

// quietDesk is a mediators' desk that accepts everything.
type quietDesk struct{}

func (quietDesk) Open(context.Context, conversation.Ticket, []conversation.Message) (string, error) {
	return "thread", nil
}
func (quietDesk) Post(context.Context, conversation.Ticket, conversation.Post) error { return nil }
func (quietDesk) Update(context.Context, conversation.Ticket) error                  { return nil }
func (quietDesk) Erase(context.Context, conversation.Ticket) error                   { return nil }

// newService returns a service on the real store and FAQ, a fake channel,
// a desk that accepts everything, and the clock.
func newService(tb testing.TB, store *bolt.Store, clk *fakeclock.Clock) *conversation.Service {
	tb.Helper()
	cat := catalogtest.FAQ(tb)
	svc, err := conversation.New(context.Background(), conversation.Config{
		Store: store, Catalog: cat, Matcher: catalog.NewMatcher(cat),
		Channels: map[string]conversation.Channel{"telegram": &fakeChannel{}},
		Desk:     quietDesk{}, Now: clk.Now,
	})
	if err != nil {
		tb.Fatal(err)
	}
	return svc
}

// The residents of the script.
const (
	oldResident  = "telegram:1001" // 200 days ago: older than the retention period
	rateResident = "telegram:2002" // 3 days ago: clarification, 👍, handover, claimed, closed, rated
	waitResident = "telegram:3003" // 3 days ago: handover still waiting
)

// The texts residents typed, by resident.
var typed = map[string][]string{
	oldResident:  {"j'ai perdu ma carte vitale", "recette de la blanquette de veau"},
	rateResident: {"aide au loyer"},
	waitResident: {"je veux parler à quelqu'un", "mon dossier xylophone-3003 est bloqué"},
}

// script is what play did, for the tests to check.
type script struct {
	db       string
	old, now time.Time // the first event, and the real time the script ends at
	// The expected totals of the whole script.
	conversations, questions, answered, clarified, unanswered, handovers, helpful, notHelpful int
	wait, handling                                                                            time.Duration
	rating                                                                                    int
	// labels are the pseudonyms the mediators saw, by resident id.
	labels map[string]string
}

// play fills a new database through the core and closes it. Times are
// relative to the real clock, as the commands use it: the first
// conversation is 200 days old, the others 3 days old.
func play(t *testing.T) script {
	t.Helper()
	now := time.Now()
	s := script{
		db: filepath.Join(t.TempDir(), "data", "pimmsbot.db"), now: now, old: now.AddDate(0, 0, -200),
		conversations: 3, questions: 3, answered: 2, clarified: 1, unanswered: 1, handovers: 2,
		helpful: 1, notHelpful: 1, wait: 10 * time.Minute, handling: 25 * time.Minute, rating: 4,
	}
	store, err := bolt.Open(s.db, bolt.Options{NoSync: true})
	if err != nil {
		t.Fatal(err)
	}
	defer store.Close()
	clk := fakeclock.New(s.old)
	svc := newService(t, store, clk)
	ctx := context.Background()
	cat := catalogtest.FAQ(t)
	m := catalog.NewMatcher(cat)
	expect := func(q string, want catalog.Outcome, id string) {
		if r := m.Match(q); r.Outcome != want || (id != "" && r.ID != id) {
			t.Fatalf("the FAQ changed: %q gives %v %q, the script wants %v %q", q, r.Outcome, r.ID, want, id)
		}
	}
	expect(typed[oldResident][0], catalog.Answer, "ameli-carte-vitale")
	expect(typed[oldResident][1], catalog.Unknown, "")
	expect(typed[rateResident][0], catalog.Clarify, "")
	expect(typed[waitResident][0], catalog.Answer, catalog.IntentHandover)

	resident := func(id string, in conversation.Incoming) {
		t.Helper()
		in.Resident = id
		if err := svc.HandleResident(ctx, in); err != nil {
			t.Fatalf("%s: %v", id, err)
		}
		clk.Set(clk.Now().Add(time.Minute))
	}
	// 200 days ago: an answer, 👎, and an unanswered question.
	resident(oldResident, conversation.Incoming{Text: typed[oldResident][0]})
	resident(oldResident, conversation.Incoming{Action: "fb0:ameli-carte-vitale"})
	resident(oldResident, conversation.Incoming{Text: typed[oldResident][1]})

	// 3 days ago: a clarification, a choice, 👍, a handover claimed after
	// 10 minutes and closed 25 minutes later, rated 4.
	clk.Set(now.AddDate(0, 0, -3))
	resident(rateResident, conversation.Incoming{Text: typed[rateResident][0]})
	resident(rateResident, conversation.Incoming{Action: "e:caf-apl"})
	resident(rateResident, conversation.Incoming{Action: "fb1:caf-apl"})
	requested := clk.Now()
	resident(rateResident, conversation.Incoming{Text: "/mediateur"})
	r, err := store.Resident(ctx, rateResident)
	if err != nil {
		t.Fatal(err)
	}
	mediator := func(a conversation.MediatorAction) {
		t.Helper()
		a.Ticket, a.Mediator, a.Name = r.Ticket, "m1", "Claire"
		if err := svc.HandleMediator(ctx, a); err != nil {
			t.Fatalf("mediator %s: %v", a.Kind, err)
		}
	}
	clk.Set(requested.Add(10 * time.Minute))
	mediator(conversation.MediatorAction{Kind: conversation.MedClaim})
	mediator(conversation.MediatorAction{Kind: conversation.MedReply, Text: "Bonjour, je regarde votre dossier"})
	clk.Set(requested.Add(35 * time.Minute))
	mediator(conversation.MediatorAction{Kind: conversation.MedClose})
	resident(rateResident, conversation.Incoming{Action: "rate:4"})

	// Then a resident asks for a human in words, and waits.
	clk.Set(now.AddDate(0, 0, -3).Add(2 * time.Hour))
	resident(waitResident, conversation.Incoming{Text: typed[waitResident][0]})
	resident(waitResident, conversation.Incoming{Text: typed[waitResident][1]})
	s.labels = map[string]string{}
	for _, id := range []string{oldResident, rateResident, waitResident} {
		r, err := store.Resident(ctx, id)
		if err != nil {
			t.Fatal(err)
		}
		s.labels[id] = r.Label
	}
	return s
}

// run runs pimmsbot with args and returns its output and exit code.
func run(t *testing.T, args ...string) (stdout, stderr string, code int) {
	t.Helper()
	var out, errOut bytes.Buffer
	code = Main(context.Background(), args, strings.NewReader(""), &out, &errOut)
	return out.String(), errOut.String(), code
}

// mustRun runs pimmsbot and fails unless it exits 0.
func mustRun(t *testing.T, args ...string) string {
	t.Helper()
	out, errOut, code := run(t, args...)
	if code != 0 {
		t.Fatalf("pimmsbot %s: exit %d\n%s%s", strings.Join(args, " "), code, out, errOut)
	}
	return out
}

// statsTotal runs stats --csv over the whole script and returns the total
// line by column name.
func statsTotal(t *testing.T, s script) map[string]string {
	t.Helper()
	out := mustRun(t, "stats", "--db", s.db, "--csv",
		"--from", s.old.AddDate(0, 0, -1).Format(time.DateOnly), "--to", s.now.Format(time.DateOnly))
	recs, err := csv.NewReader(strings.NewReader(out)).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	total := map[string]string{}
	for i, name := range recs[0] {
		total[name] = recs[len(recs)-1][i]
	}
	return total
}

// fileHas returns the needles found anywhere in the file's bytes, free
// pages included.
func fileHas(t *testing.T, path string, needles ...string) []string {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	var found []string
	for _, n := range needles {
		if bytes.Contains(data, []byte(n)) {
			found = append(found, n)
		}
	}
	return found
}

// discard returns a logger that writes nothing.
func discard() *slog.Logger { return slog.New(slog.DiscardHandler) }
