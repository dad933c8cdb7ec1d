package admin_test

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"net/http"
	"os"
	"path/filepath"
	"reflect"
	"testing"
	"time"

	"pimmsbot/internal/admin"
	"pimmsbot/internal/bolt"
	"pimmsbot/internal/conversation"
	"pimmsbot/internal/report"
)

// serveSocket serves b on a socket in a new directory until the test ends.
func serveSocket(t *testing.T, b admin.Backend) (*admin.Client, *http.Server) {
	t.Helper()
	return serveHandler(t, admin.Handler(b, nil))
}

// serveHandler serves h as serveSocket does.
func serveHandler(t *testing.T, h http.Handler) (*admin.Client, *http.Server) {
	t.Helper()
	dir, err := os.MkdirTemp("", "adm") // short: socket paths are limited to ~100 bytes
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { os.RemoveAll(dir) })
	socket := filepath.Join(dir, "pimmsbot.sock")
	ln, err := admin.Listen(socket)
	if err != nil {
		t.Fatal(err)
	}
	srv := &http.Server{Handler: h}
	go srv.Serve(ln)
	t.Cleanup(func() { srv.Close() })
	return admin.Dial(socket), srv
}

// filled returns a store holding n conversations of two messages, with a
// ticket, an unanswered question, a feedback and a suggestion each, and a
// FAQ proposal.
func filled(t *testing.T, n int) *bolt.Store {
	t.Helper()
	store, err := bolt.Open(filepath.Join(t.TempDir(), "p.db"), bolt.Options{NoSync: true})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { store.Close() })
	t0 := time.Date(2026, 3, 1, 9, 0, 0, 0, time.UTC)
	for i := 1; i <= n; i++ {
		at := t0.Add(time.Duration(i) * time.Hour)
		id := "telegram:" + string(rune('a'+i%26)) + time.Duration(i).String()
		ch := &conversation.Change{
			Resident:     &conversation.Resident{ID: id, Label: conversation.Label(id, time.Time{}), Conversation: uint64(i)},
			Conversation: &conversation.Conversation{ID: uint64(i), Resident: id, Started: at, Updated: at, Questions: 1, Answered: i % 2, Theme: []string{"caf", "impots", ""}[i%3], Site: []string{"", "nord"}[i%2]},
			Messages: []conversation.Message{
				{Conversation: uint64(i), From: conversation.FromResident, Text: "ma carte vitale", At: at},
				{Conversation: uint64(i), From: conversation.FromBot, Text: "voici", At: at},
			},
			Tickets:     []conversation.Ticket{{Number: uint64(i), Conversation: uint64(i), Resident: id, Label: conversation.Label(id, time.Time{}), Status: conversation.TicketWaiting, Requested: at}},
			Unanswered:  []conversation.Unanswered{{Conversation: uint64(i), Question: "recette", At: at, Reason: "unknown"}},
			Feedback:    []conversation.Feedback{{Conversation: uint64(i), Entry: "e", Helpful: i%2 == 0, At: at}},
			Suggestions: []conversation.Suggestion{{Conversation: uint64(i), Question: "carte", At: at}},
		}
		if i == 1 {
			ch.Proposals = []conversation.Proposal{{Conversation: 1, Ticket: 1, At: at, Question: "q", Answer: "a"}}
		}
		if err := store.Commit(context.Background(), ch); err != nil {
			t.Fatal(err)
		}
	}
	return store
}

// TestReads reads through the socket what the store reads, record for
// record, and its errors with their codes and messages.
func TestReads(t *testing.T) {
	ctx := context.Background()
	store := filled(t, 1200) // more than a page of the store
	c, _ := serveSocket(t, backend{store})
	since := time.Date(2026, 3, 20, 0, 0, 0, 0, time.UTC)
	check := func(what string, got, want any, errGot, errWant error) {
		t.Helper()
		if err := errors.Join(errGot, errWant); err != nil {
			t.Fatalf("%s: %v", what, err)
		}
		equalJSON(t, what, got, want)
	}
	walk := func(forEach func(fn func(any) error) error) ([]any, error) {
		var all []any
		err := forEach(func(v any) error { all = append(all, v); return nil })
		return all, err
	}
	gotC, err1 := walk(func(fn func(any) error) error { return c.ForEachConversation(ctx, each[conversation.Conversation](fn)) })
	wantC, err2 := walk(func(fn func(any) error) error {
		return store.ForEachConversation(ctx, each[conversation.Conversation](fn))
	})
	check("conversations", gotC, wantC, err1, err2)
	gotT, err1 := walk(func(fn func(any) error) error { return c.ForEachTicket(ctx, each[conversation.Ticket](fn)) })
	wantT, err2 := walk(func(fn func(any) error) error { return store.ForEachTicket(ctx, each[conversation.Ticket](fn)) })
	check("tickets", gotT, wantT, err1, err2)
	gotM, err1 := walk(func(fn func(any) error) error { return c.ForEachMessage(ctx, 10, 700, each[conversation.Message](fn)) })
	wantM, err2 := walk(func(fn func(any) error) error {
		return store.ForEachMessage(ctx, 10, 700, each[conversation.Message](fn))
	})
	check("messages", gotM, wantM, err1, err2)
	if len(gotM) != 2*691 {
		t.Errorf("%d messages of conversations 10 to 700, want %d", len(gotM), 2*691)
	}
	gotU, err1 := c.Unanswered(ctx, since)
	wantU, err2 := store.Unanswered(ctx, since)
	check("unanswered", gotU, wantU, err1, err2)
	gotF, err1 := c.FeedbackSince(ctx, since)
	wantF, err2 := store.FeedbackSince(ctx, since)
	check("feedback", gotF, wantF, err1, err2)
	gotS, err1 := c.SuggestionsSince(ctx, since)
	wantS, err2 := store.SuggestionsSince(ctx, since)
	check("suggestions", gotS, wantS, err1, err2)
	// The records have no site: they are the default site's.
	for site, lines := range map[string]int{"": 2, "sud": 2, "nord": 0} {
		var gotL, wantL []string
		err1 = c.ForEachMissWordingJSON(ctx, since, site, "sud", func(line []byte) error { gotL = append(gotL, string(line)); return nil })
		tally, err2 := report.CountMisses(ctx, store, since, site, "sud", nil)
		if err2 == nil {
			err2 = tally.EachJSON(func(line []byte) error { wantL = append(wantL, string(line)); return nil })
		}
		check("misses of site "+site, gotL, wantL, err1, err2)
		if len(gotL) != lines { // "recette", and the 👎 without question
			t.Errorf("misses of site %q: %d lines, want %d:\n%s", site, len(gotL), lines, gotL)
		}
	}
	gotP, err1 := c.Proposals(ctx, true)
	wantP, err2 := store.Proposals(ctx, true)
	check("proposals", gotP, wantP, err1, err2)
	gotW, err1 := c.ProposalsWaiting(ctx)
	wantW, err2 := store.ProposalsWaiting(ctx)
	check("proposals waiting", gotW, wantW, err1, err2)
	id, err1 := c.FindResident(ctx, conversation.Label(wantT[7].(conversation.Ticket).Resident, time.Time{}))
	wantID, err2 := store.FindResident(ctx, conversation.Label(wantT[7].(conversation.Ticket).Resident, time.Time{}))
	check("resident", id, wantID, err1, err2)
	gotX, err1 := c.Export(ctx, id)
	wantX, err2 := store.Export(ctx, id)
	check("export", gotX, wantX, err1, err2)

	_, errGot := c.FindResident(ctx, "telegram:404")
	_, errWant := store.FindResident(ctx, "telegram:404")
	if conversation.ErrorCode(errGot) != conversation.ENOTFOUND || errGot.Error() != errWant.Error() {
		t.Errorf("unknown resident: %v, want %v", errGot, errWant)
	}
}

// TestReadsPaced: reads that pause between records, as a loop of reports
// makes them, still give every record, in order, and the error of a
// failed read after them.
func TestReadsPaced(t *testing.T) {
	ctx := context.Background()
	store := filled(t, 1200)
	c, _ := serveHandler(t, admin.PacedHandler(backend{store}, nil, 0.5, 0))
	var got, want []uint64
	err := errors.Join(
		c.ForEachConversation(ctx, func(v conversation.Conversation) error { got = append(got, v.ID); return nil }),
		store.ForEachConversation(ctx, func(v conversation.Conversation) error { want = append(want, v.ID); return nil }),
	)
	if err != nil {
		t.Fatal(err)
	}
	equalIDs(t, got, want)
	var gotL, wantL []string
	err = c.ForEachMissWordingJSON(ctx, time.Time{}, "", "", func(line []byte) error { gotL = append(gotL, string(line)); return nil })
	tally, err2 := report.CountMisses(ctx, store, time.Time{}, "", "", nil)
	if err = errors.Join(err, err2, tally.EachJSON(func(line []byte) error { wantL = append(wantL, string(line)); return nil })); err != nil {
		t.Fatal(err)
	}
	equalJSON(t, "misses counted while paced", gotL, wantL)
	c, _ = serveHandler(t, admin.PacedHandler(failing{backend{store}}, nil, 0.5, 0))
	n := 0
	err = c.ForEachTicket(ctx, func(conversation.Ticket) error { n++; return nil })
	if n != 2 || conversation.ErrorCode(err) != conversation.ECORRUPT {
		t.Errorf("%d tickets, then %v; want 2 then the ECORRUPT error", n, err)
	}
}

// each adapts a record's fn to fn on any value.
func each[T any](fn func(any) error) func(T) error { return func(v T) error { return fn(v) } }

// endless yields messages until its client has received one.
type endless struct {
	backend
	got  chan struct{}
	sent int
}

func (e *endless) ForEachMessage(ctx context.Context, first, last uint64, fn func(conversation.Message) error) error {
	for e.sent = 0; e.sent < 1_000_000; e.sent++ {
		select {
		case <-e.got:
			return fn(conversation.Message{Conversation: first, Text: "fin"})
		default:
		}
		if err := fn(conversation.Message{Conversation: first, Seq: uint64(e.sent), Text: "bonjour, ma carte vitale est perdue"}); err != nil {
			return err
		}
	}
	return errors.New("the client got no record while the server wrote a million")
}

// TestReadStreams: the client decodes records while the server is still
// reading; the server stops when the client has one, which it could never
// do if either side held the whole result.
func TestReadStreams(t *testing.T) {
	e := &endless{backend: backend{filled(t, 1)}, got: make(chan struct{})}
	c, _ := serveSocket(t, e)
	n := 0
	err := c.ForEachMessage(context.Background(), 1, 1, func(m conversation.Message) error {
		if n++; n == 1 {
			close(e.got)
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if n != e.sent+1 {
		t.Errorf("the client got %d records, the server sent %d", n, e.sent+1)
	}
	t.Logf("the server had written %d records when the client decoded the first", e.sent)
}

// failing fails its tickets' walk after two records.
type failing struct{ backend }

func (failing) ForEachTicketJSON(ctx context.Context, fn func([]byte) error) error {
	for i := range 2 {
		data, err := json.Marshal(conversation.Ticket{Number: uint64(i + 1)})
		if err != nil {
			return err
		}
		if err := fn(data); err != nil {
			return err
		}
	}
	return conversation.Errorf(conversation.ECORRUPT, "read tickets: page 3 is damaged")
}

// ForEachMissWordingJSON fails after reading three records, before it
// sends any line.
func (failing) ForEachMissWordingJSON(ctx context.Context, since time.Time, site, def string, step func() error, fn func([]byte) error) error {
	for range 3 {
		if err := step(); err != nil {
			return err
		}
	}
	return conversation.Errorf(conversation.ECORRUPT, "read unanswered questions: page 3 is damaged")
}

// TestCountFails: a read that counts in the service and fails before
// its first line gives the client its error, whether it paused between
// the records it read (the status is sent then) or not.
func TestCountFails(t *testing.T) {
	b := failing{backend{filled(t, 1)}}
	for _, h := range []http.Handler{admin.Handler(b, nil), admin.PacedHandler(b, nil, 0.5, 0)} {
		c, _ := serveHandler(t, h)
		n := 0
		err := c.ForEachMissWordingJSON(context.Background(), time.Time{}, "", "", func([]byte) error { n++; return nil })
		if n != 0 || conversation.ErrorCode(err) != conversation.ECORRUPT || err.Error() != "read unanswered questions: page 3 is damaged" {
			t.Errorf("%d lines, then %v; want none, then the ECORRUPT error", n, err)
		}
	}
}

// TestReadFailsMidStream: an error after the first records reaches the
// client with its code and message, after the records.
func TestReadFailsMidStream(t *testing.T) {
	c, srv := serveSocket(t, failing{backend{filled(t, 1)}})
	n := 0
	err := c.ForEachTicket(context.Background(), func(conversation.Ticket) error { n++; return nil })
	if n != 2 || conversation.ErrorCode(err) != conversation.ECORRUPT || err.Error() != "read tickets: page 3 is damaged" {
		t.Errorf("%d tickets, then %v; want 2 then the ECORRUPT error", n, err)
	}
	if err := c.Health(context.Background()); err != nil {
		t.Errorf("health: %v", err)
	}
	srv.Close()
	if err := c.Health(context.Background()); !errors.Is(err, admin.ErrNoService) {
		t.Errorf("health with no service: %v, want ErrNoService", err)
	}
	if err := admin.Dial(filepath.Join(t.TempDir(), "none.sock")).Health(context.Background()); !errors.Is(err, admin.ErrNoService) {
		t.Errorf("health with no socket: %v, want ErrNoService", err)
	}
}

// equalJSON fails when got and want differ once encoded.
func equalJSON(t *testing.T, what string, got, want any) {
	t.Helper()
	g, err1 := json.Marshal(got)
	w, err2 := json.Marshal(want)
	if err := errors.Join(err1, err2); err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(g, w) {
		t.Errorf("%s through the socket:\n%.600s\nwant\n%.600s", what, g, w)
	}
}

// TestFAQNames: the report commands get the names of the FAQ the service
// answers from through the socket, as the service gives them.
func TestFAQNames(t *testing.T) {
	b := backend{filled(t, 1)}
	c, _ := serveSocket(t, b)
	got, err := c.FAQNames(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	want, _ := b.FAQNames(context.Background())
	if !reflect.DeepEqual(got, want) {
		t.Errorf("FAQNames = %+v, want %+v", got, want)
	}
}
