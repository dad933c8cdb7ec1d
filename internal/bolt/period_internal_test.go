package bolt

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"testing"
	"time"

	bbolt "go.etcd.io/bbolt"

	"pimmsbot/internal/conversation"
)

// checkPeriods returns an error naming every record the index of periods
// does not list, or lists with a wrong value.
func checkPeriods(tx *bbolt.Tx) error {
	x := indexOf(tx)
	var missing []error
	has := func(key, value []byte, what string, args ...any) {
		if v := x.period.Get(key); v == nil || !bytes.Equal(v, value) {
			missing = append(missing, fmt.Errorf(what, args...))
		}
	}
	scan(tx.Bucket(bucketConversations), "conversation", func(k []byte, c *conversation.Conversation) error {
		has(periodKey(kindConversation, c.Started, c.ID), appendSummary(nil, c), "conversation %d not listed by start with its summary", c.ID)
		return nil
	})
	scan(tx.Bucket(bucketTickets), "ticket", func(k []byte, t *conversation.Ticket) error {
		has(periodKey(kindTicket, t.Requested, t.Number), u64(t.Conversation), "ticket %d not listed by request", t.Number)
		return nil
	})
	scan(tx.Bucket(bucketFeedback), "feedback", func(k []byte, f *conversation.Feedback) error {
		has(periodKey(kindFeedback, f.At, seqOf(k)), empty, "feedback %x not listed", k)
		return nil
	})
	scan(tx.Bucket(bucketUnanswered), "unanswered", func(k []byte, u *conversation.Unanswered) error {
		has(periodKey(kindUnanswered, u.At, seqOf(k)), empty, "unanswered %x not listed", k)
		return nil
	})
	scan(tx.Bucket(bucketSuggestions), "suggestion", func(k []byte, sg *conversation.Suggestion) error {
		has(periodKey(kindSuggestion, sg.At, seqOf(k)), empty, "suggestion %x not listed", k)
		return nil
	})
	return errors.Join(missing...)
}

// checkPeriodReads compares the reads of each period with what the full
// scans give for it.
func checkPeriodReads(t *testing.T, s *Store, periods [][2]time.Time) {
	t.Helper()
	ctx := context.Background()
	var convs []conversation.Conversation
	var tickets []conversation.Ticket
	s.ForEachConversation(ctx, func(c conversation.Conversation) error { convs = append(convs, c); return nil })
	s.ForEachTicket(ctx, func(tk conversation.Ticket) error { tickets = append(tickets, tk); return nil })
	in := func(at, from, to time.Time) bool { return !at.Before(from) && (to.IsZero() || at.Before(to)) }
	for _, p := range periods {
		from, to := p[0], p[1]
		ofTickets := map[uint64]bool{}
		wantConvs := map[uint64]bool{}
		for _, c := range convs {
			if in(c.Started, from, to) {
				wantConvs[c.ID] = true
			}
		}
		var wantTickets []uint64
		for _, tk := range tickets {
			if in(tk.Requested, from, to) || wantConvs[tk.Conversation] {
				wantTickets = append(wantTickets, tk.Number)
			}
			if in(tk.Requested, from, to) {
				ofTickets[tk.Conversation] = true
			}
		}
		var want []uint64
		for _, c := range convs {
			if wantConvs[c.ID] || ofTickets[c.ID] {
				want = append(want, c.ID)
			}
		}
		var gotConvs, gotTickets []uint64
		err := s.ForEachConversationIn(ctx, from, to, func(c conversation.Conversation) error { gotConvs = append(gotConvs, c.ID); return nil })
		err2 := s.ForEachTicketIn(ctx, from, to, func(tk conversation.Ticket) error { gotTickets = append(gotTickets, tk.Number); return nil })
		if err := errors.Join(err, err2); err != nil {
			t.Fatal(err)
		}
		if !slices.Equal(gotConvs, want) || !slices.Equal(gotTickets, wantTickets) {
			t.Errorf("%s to %s: conversations %v, tickets %v; want %v and %v", from, to, gotConvs, gotTickets, want, wantTickets)
		}
		checkSummaries(t, s, from, to, convs, want)
		checkSinceReads(t, s, from)
	}
}

// checkSummaries checks that ForEachConversationSummaryIn gives the
// conversations want of convs, with the fields of their records that a
// summary holds.
func checkSummaries(t *testing.T, s *Store, from, to time.Time, convs []conversation.Conversation, want []uint64) {
	t.Helper()
	byID := map[uint64]conversation.Conversation{}
	for _, c := range convs {
		c.Channel, c.Updated = "", time.Time{}
		c.Started = time.Unix(0, c.Started.UnixNano())
		byID[c.ID] = c
	}
	var got []uint64
	err := s.ForEachConversationSummaryIn(context.Background(), from, to, func(c conversation.Conversation) error {
		got = append(got, c.ID)
		c.Channel, c.Updated = "", time.Time{}
		c.Started = time.Unix(0, c.Started.UnixNano())
		if w := byID[c.ID]; !reflect.DeepEqual(c, w) {
			t.Errorf("summary of conversation %d: %+v; want %+v", c.ID, c, w)
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	slices.Sort(got)
	if !slices.Equal(got, want) {
		t.Errorf("%s to %s: summaries of %v; want %v", from, to, got, want)
	}
}

// checkSinceReads compares the reads since from with the records of the
// buckets, read whole.
func checkSinceReads(t *testing.T, s *Store, from time.Time) {
	t.Helper()
	var un []conversation.Unanswered
	var fb []conversation.Feedback
	var sg []conversation.Suggestion
	s.read(func(tx *bbolt.Tx) error {
		scan(tx.Bucket(bucketUnanswered), "unanswered", func(_ []byte, u *conversation.Unanswered) error {
			if !u.At.Before(from) {
				un = append(un, *u)
			}
			return nil
		})
		scan(tx.Bucket(bucketFeedback), "feedback", func(_ []byte, f *conversation.Feedback) error {
			if !f.At.Before(from) {
				fb = append(fb, *f)
			}
			return nil
		})
		return scan(tx.Bucket(bucketSuggestions), "suggestion", func(_ []byte, x *conversation.Suggestion) error {
			if !x.At.Before(from) {
				sg = append(sg, *x)
			}
			return nil
		})
	})
	ctx := context.Background()
	gotUn, err := s.Unanswered(ctx, from)
	gotFb, err2 := s.FeedbackSince(ctx, from)
	gotSg, err3 := s.SuggestionsSince(ctx, from)
	if err := errors.Join(err, err2, err3); err != nil {
		t.Fatal(err)
	}
	equalJSON(t, gotUn, un)
	equalJSON(t, gotFb, fb)
	equalJSON(t, gotSg, sg)
}

// TestMigrateSchema2 opens a file written by the code of schema 2
// (testdata/schema2.db, made by testdata/schema2.go.txt: three months of
// reporttest.Seed, a ticket requested two months after its conversation,
// one whose conversation is not stored), stopping the migration midway
// once as a crash would, and checks that the index of periods lists every
// record, with the conversations' summaries, afterwards and that the reads
// by period give what full scans give.
func TestMigrateSchema2(t *testing.T) { testMigratePeriods(t, 2) }

// TestMigrateSchema3 does the same with the same months written by the
// code of schema 3 (testdata/schema3.db, made by the same program), whose
// index of periods has no summaries.
func TestMigrateSchema3(t *testing.T) { testMigratePeriods(t, 3) }

func testMigratePeriods(t *testing.T, from uint64) {
	path := filepath.Join(t.TempDir(), "pimmsbot.db")
	name := fmt.Sprintf("testdata/schema%d.db", from)
	data, err := os.ReadFile(name)
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, data, 0o600); err != nil {
		t.Fatal(err)
	}
	if version, _ := schemaOf(t, path); version != from {
		t.Fatalf("%s has schema %d", name, version)
	}
	defer func(n int) { migrateChunk, afterMigrateTx = n, nil }(migrateChunk)
	migrateChunk = 50
	crash := errors.New("killed")
	txs := 0
	afterMigrateTx = func() error {
		if txs++; txs == 2 {
			return crash
		}
		return nil
	}
	if _, err := Open(path, Options{LockTimeout: time.Second}); !errors.Is(err, crash) {
		t.Fatalf("open with the migration killed: %v", err)
	}
	if version, progress := schemaOf(t, path); version != from || progress == nil {
		t.Fatalf("after the kill: schema %d, progress %x; want %d and the progress", version, progress, from)
	}
	afterMigrateTx = nil
	s, err := Open(path, Options{LockTimeout: time.Second})
	if err != nil {
		t.Fatal(err)
	}
	if err := s.read(checkIndexes); err != nil {
		t.Error(err)
	}
	loc, _ := time.LoadLocation("Europe/Paris")
	month := func(m int) time.Time { return time.Date(2026, time.Month(m), 1, 0, 0, 0, 0, loc) }
	checkPeriodReads(t, s, [][2]time.Time{
		{month(1), month(2)}, {month(2), month(3)}, {month(3), month(4)}, {month(1), month(4)},
		{month(2), time.Time{}}, {time.Time{}, month(2)}, {month(3).Add(36 * time.Hour), month(3).Add(48 * time.Hour)},
		{month(5), month(6)},
	})
	n := 0
	s.ForEachTicketIn(context.Background(), month(3), month(4), func(tk conversation.Ticket) error {
		if tk.Conversation == 1 || tk.Conversation == 99999 {
			n++
		}
		return nil
	})
	if n != 2 {
		t.Errorf("March: %d of the two late tickets; want both", n)
	}
	if err := s.Close(); err != nil {
		t.Fatal(err)
	}
	if version, progress := schemaOf(t, path); version != SchemaVersion || progress != nil {
		t.Errorf("after the migration: schema %d, progress %x", version, progress)
	}
}
