package bolt_test

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	bbolt "go.etcd.io/bbolt"

	"pimmsbot/internal/bolt"
	"pimmsbot/internal/conversation"
)

// TestScale builds a database of PIMMS_BENCH_RESIDENTS residents through
// the store's own API, as the core commits (each resident: 4 visits over
// 170 days with questions answered, feedback, unanswered questions, one
// handover, outbox items delivered) and prints what the per-resident and
// daily operations cost at that size. It is a measurement, not a test: it
// is skipped unless PIMMS_BENCH_RESIDENTS is set. PIMMS_BENCH_SAMPLES
// (200) is how many residents are exported, a quarter of them erased.
//
//	PIMMS_BENCH_RESIDENTS=100000 go test -run TestScale -v -timeout 60m ./internal/bolt/
func TestScale(t *testing.T) {
	n, _ := strconv.Atoi(os.Getenv("PIMMS_BENCH_RESIDENTS"))
	if n <= 0 {
		t.Skip("set PIMMS_BENCH_RESIDENTS (1000, 10000, 100000) to measure the store at scale")
	}
	path := filepath.Join(t.TempDir(), "pimmsbot.db")
	start := time.Now()
	b := MustOpenPath(t, path, bolt.Options{NoSync: true, MaxBatchDelay: 100 * time.Microsecond})
	msgs := buildScale(t, b, n)
	if err := b.Close(); err != nil {
		t.Fatal(err)
	}
	size, used := fileUse(t, path)
	t.Logf("built %d residents, %d messages in %s: file %d MiB, %d MiB in pages in use, %d bytes per message",
		n, msgs, time.Since(start).Round(time.Second), size>>20, used>>20, used/int64(msgs))

	// Measured as in production: with fsync and the default batch delay.
	s := MustOpenPath(t, path, bolt.Options{})
	ctx := context.Background()
	samples, _ := strconv.Atoi(os.Getenv("PIMMS_BENCH_SAMPLES"))
	if samples < 4 {
		samples = 200
	}
	ids := sampleResidents(n, samples)
	var export []time.Duration
	for _, id := range ids {
		t0 := time.Now()
		if _, err := s.Export(ctx, id); err != nil {
			t.Fatal(err)
		}
		export = append(export, time.Since(t0))
	}
	t.Logf("Export: median %s, max %s (%d residents)", median(export), slices.Max(export), len(export))

	var open []time.Duration
	var count int
	for range samples / 2 {
		t0 := time.Now()
		tickets, err := s.OpenTickets(ctx)
		if err != nil {
			t.Fatal(err)
		}
		open, count = append(open, time.Since(t0)), len(tickets)
	}
	t.Logf("OpenTickets: median %s, max %s (%d open tickets)", median(open), slices.Max(open), count)
	measureStats(t, s, samples)

	_, quiet := measureErase(t, s, nil)
	erase, busy := measureErase(t, s, ids[:len(ids)/4])
	t.Logf("Erase: median %s, max %s", median(erase), slices.Max(erase))
	t.Logf("a concurrent commit during the erasures: median %s, p99 %s, max %s (%d commits); without erasure: median %s, p99 %s, max %s",
		median(busy), percentile(busy, 99), slices.Max(busy), len(busy), median(quiet), percentile(quiet, 99), slices.Max(quiet))

	// The daily purge: the first removes what expired before the 10th day,
	// the measured one the next day's.
	if _, err := s.Purge(ctx, scaleStart.AddDate(0, 0, 10)); err != nil {
		t.Fatal(err)
	}
	t0 := time.Now()
	st, err := s.Purge(ctx, scaleStart.AddDate(0, 0, 11))
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("Purge of one day: %s (%+v)", time.Since(t0).Round(time.Millisecond), st)
}

// scaleStart is the first day of the visits buildScale commits.
var scaleStart = time.Date(2026, 1, 5, 9, 0, 0, 0, time.UTC)

// scaleAnswer is the size of a FAQ answer as the bot stores it.
var scaleAnswer = "Vous pouvez commander une nouvelle carte Vitale depuis votre compte ameli, rubrique « Mes démarches ». " +
	"La carte arrive par courrier en deux à trois semaines. En attendant, demandez une attestation de droits : " +
	"elle permet d'être remboursé. Si vous n'avez pas de compte, le PIMMS peut vous aider à le créer."

// buildScale commits the visits of n residents day by day, as they
// would come: the visits of a day in time order, from 8 goroutines, so
// that keys that follow time (conversation numbers, the time index)
// arrive in order as in production. It returns how many messages it
// stored.
func buildScale(t *testing.T, s *bolt.Store, n int) int {
	t.Helper()
	residents := make([]*scaleResident, n)
	days := make([][]scaleVisit, scaleDays)
	for i := range residents {
		sr := &scaleResident{i: i + 1}
		sr.r = conversation.Resident{ID: scaleResidentID(sr.i), Label: fmt.Sprintf("Usager %05X", sr.i), Created: sr.first()}
		residents[i] = sr
		for v := range 4 {
			at := sr.first().AddDate(0, 0, 43*v)
			day := int(at.Sub(scaleStart) / (24 * time.Hour))
			days[day] = append(days[day], scaleVisit{sr, v, at})
		}
	}
	for _, visits := range days {
		slices.SortFunc(visits, func(a, b scaleVisit) int { return a.at.Compare(b.at) })
		var next atomic.Int64
		var wg sync.WaitGroup
		for range 8 {
			wg.Go(func() {
				for j := next.Add(1) - 1; j < int64(len(visits)); j = next.Add(1) - 1 {
					v := visits[j]
					if err := v.resident.visit(s, v.visit, v.at); err != nil {
						t.Error(err)
						return
					}
				}
			})
		}
		wg.Wait()
		if t.Failed() {
			t.FailNow()
		}
	}
	msgs := 0
	for _, sr := range residents {
		msgs += sr.msgs
	}
	return msgs
}

// scaleDays is how many days the visits of buildScale span.
const scaleDays = 170

// A scaleVisit is one visit of a resident, at a time.
type scaleVisit struct {
	resident *scaleResident
	visit    int
	at       time.Time
}

// scaleResidentID is the id of the i-th resident of buildScale.
func scaleResidentID(i int) string { return fmt.Sprintf("telegram:%d", 1000000+i) }

// sampleResidents returns k residents spread over the n of buildScale.
func sampleResidents(n, k int) []string {
	k = min(k, n)
	ids := make([]string, k)
	for j := range ids {
		ids[j] = scaleResidentID(1 + j*n/k)
	}
	return ids
}

// A scaleResident is the i-th resident of buildScale: 4 visits, 43 days
// apart, committed as the core does. Every visit has a question answered
// with feedback; the 1st and 3rd one a question without an answer; the
// 4th a handover to a mediator, closed except for one resident in 1,000.
// Each visit ends with its outbox items delivered.
type scaleResident struct {
	i         int
	r         conversation.Resident
	msgs      int
	delivered []conversation.Outgoing
}

// first is the time of the resident's first visit, within the first 40
// days.
func (sr *scaleResident) first() time.Time {
	return scaleStart.Add(time.Duration(sr.i*7919%(40*24*60)) * time.Minute)
}

// commit commits ch with the outbox items of the previous commit marked
// delivered.
func (sr *scaleResident) commit(s *bolt.Store, ch *conversation.Change) error {
	ch.Delivered, sr.delivered = sr.delivered, nil
	if err := s.Commit(context.Background(), ch); err != nil {
		return err
	}
	sr.msgs += len(ch.Messages)
	for _, o := range ch.Outbox {
		sr.delivered = append(sr.delivered, o)
	}
	return nil
}

// visit commits the resident's v-th visit, at at.
func (sr *scaleResident) visit(s *bolt.Store, v int, at time.Time) error {
	id, r := sr.r.ID, &sr.r
	conv, err := s.NextID(context.Background(), "conversation")
	if err != nil {
		return err
	}
	c := conversation.Conversation{ID: conv, Resident: id, Channel: "telegram", Started: at, Updated: at, Theme: "sante"}
	r.Conversation, r.Seen = conv, at
	question := fmt.Sprintf("bonjour j'ai perdu ma carte vitale comment faire pour en avoir une autre ? (%d)", sr.i)
	c.Questions, c.Answered, c.Helpful = 1, 1, 1
	err = sr.commit(s, &conversation.Change{
		Resident: r, Conversation: &c,
		Messages: []conversation.Message{
			{Conversation: conv, At: at, From: conversation.FromResident, Text: question},
			{Conversation: conv, At: at, From: conversation.FromBot, Entry: "carte-vitale", Outcome: conversation.OutcomeAnswer, Text: scaleAnswer},
		},
		Feedback: []conversation.Feedback{{Conversation: conv, Entry: "carte-vitale", Helpful: true, At: at.Add(time.Minute), Question: question}},
		Outbox:   []conversation.Outgoing{scaleReply(id, at)},
	})
	if err != nil {
		return err
	}
	if v%2 == 0 {
		at = at.Add(2 * time.Minute)
		c.Updated, r.Seen = at, at
		c.Questions, c.Unanswered = c.Questions+1, 1
		q := fmt.Sprintf("et pour la mutuelle de mon fils qui habite à l'étranger ? (%d)", sr.i)
		err = sr.commit(s, &conversation.Change{
			Resident: r, Conversation: &c,
			Messages: []conversation.Message{
				{Conversation: conv, At: at, From: conversation.FromResident, Text: q},
				{Conversation: conv, At: at, From: conversation.FromBot, Outcome: conversation.OutcomeUnknown, Text: "Je n'ai pas trouvé de réponse à votre question."},
			},
			Unanswered: []conversation.Unanswered{{Conversation: conv, Question: q, At: at, Reason: conversation.ReasonUnknown}},
			Outbox:     []conversation.Outgoing{scaleReply(id, at)},
		})
		if err != nil {
			return err
		}
	}
	if v == 3 {
		if err := scaleHandover(s, sr, &c, at.Add(3*time.Minute), sr.i%1000 == 0); err != nil {
			return err
		}
	}
	return sr.commit(s, &conversation.Change{})
}

// scaleHandover commits a handover: the ticket opened, then, unless
// open, a mediator's reply and the ticket closed.
func scaleHandover(s *bolt.Store, sr *scaleResident, c *conversation.Conversation, at time.Time, open bool) error {
	r := &sr.r
	n, err := s.NextID(context.Background(), "ticket")
	if err != nil {
		return err
	}
	t := conversation.Ticket{Number: n, Resident: r.ID, Label: r.Label, Conversation: c.ID, Status: conversation.TicketWaiting,
		Theme: "sante", Question: "et pour la mutuelle de mon fils ?", Requested: at}
	r.Mode, r.Ticket, r.Seen = conversation.ModeWaiting, n, at
	c.Handovers, c.Updated = 1, at
	queue := conversation.TicketQueue(n)
	err = sr.commit(s, &conversation.Change{
		Resident: r, Conversation: c, Tickets: []conversation.Ticket{t},
		Messages: []conversation.Message{{Conversation: c.ID, At: at, From: conversation.FromSystem, Text: "Demande transmise aux médiateurs."}},
		Outbox: []conversation.Outgoing{
			{Queue: queue, Kind: conversation.OutDeskOpen, Ticket: n, Created: at},
			{Queue: queue, Kind: conversation.OutDeskPost, Ticket: n, Created: at,
				Post: &conversation.Post{Kind: conversation.PostResident, Text: t.Question, At: at}},
		},
	})
	if err != nil || open {
		return err
	}
	at = at.Add(20 * time.Minute)
	t.Status, t.Claimed, t.Closed, t.Mediator, t.MediatorName = conversation.TicketClosed, at, at, "42", "Camille"
	r.Mode, r.Ticket = conversation.ModeBot, 0
	c.Updated = at
	return sr.commit(s, &conversation.Change{
		Resident: r, Conversation: c, Tickets: []conversation.Ticket{t},
		Messages: []conversation.Message{{Conversation: c.ID, At: at, From: conversation.FromMediator, Name: "Camille",
			Text: "Bonjour, la mutuelle dépend du pays où vit votre fils. Passez au PIMMS avec sa carte de séjour."}},
		Outbox: []conversation.Outgoing{scaleReply(r.ID, at), {Queue: queue, Kind: conversation.OutDeskUpdate, Ticket: n, Created: at}},
	})
}

// scaleReply is the outbox item of a bot reply to resident.
func scaleReply(resident string, at time.Time) conversation.Outgoing {
	return conversation.Outgoing{Queue: conversation.ResidentQueue(resident), Kind: conversation.OutReply, Resident: resident,
		Created: at, Reply: &conversation.Reply{Text: scaleAnswer}}
}

// measureErase erases each resident of ids while another resident commits
// without pause, and returns each erasure's time and how long each commit
// took meanwhile. Without ids, the commits run for one second alone.
func measureErase(t *testing.T, s *bolt.Store, ids []string) (erase, commits []time.Duration) {
	t.Helper()
	ctx := context.Background()
	var stop atomic.Bool
	var wg sync.WaitGroup
	wg.Go(func() {
		conv := uint64(1 << 40)
		for !stop.Load() {
			ch := &conversation.Change{Messages: []conversation.Message{{Conversation: conv, At: time.Now(), From: conversation.FromResident, Text: "bonjour"}}}
			t0 := time.Now()
			if err := s.Commit(ctx, ch); err != nil {
				t.Error(err)
				return
			}
			commits = append(commits, time.Since(t0))
		}
	})
	if len(ids) == 0 {
		time.Sleep(time.Second)
	}
	for _, id := range ids {
		t0 := time.Now()
		if err := s.Erase(ctx, id); err != nil {
			t.Error(err)
			break
		}
		erase = append(erase, time.Since(t0))
	}
	stop.Store(true)
	wg.Wait()
	if t.Failed() {
		t.FailNow()
	}
	return erase, commits
}

// fileUse returns the size of the database file at path and how many of
// its bytes are in pages in use (the file grows ahead, by steps).
func fileUse(t *testing.T, path string) (size, used int64) {
	t.Helper()
	db, err := bbolt.Open(path, 0o600, &bbolt.Options{ReadOnly: true, Timeout: time.Second})
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	err = db.View(func(tx *bbolt.Tx) error {
		free := int64(db.Stats().FreePageN + db.Stats().PendingPageN)
		used = tx.Size() - free*int64(db.Info().PageSize)
		var sizes []string
		tx.ForEach(func(name []byte, b *bbolt.Bucket) error {
			st := b.Stats()
			pages := st.BranchPageN + st.LeafPageN + st.BranchOverflowN + st.LeafOverflowN
			if pages > 0 {
				sizes = append(sizes, fmt.Sprintf("%s %.1f MiB (%d%% full)", name,
					float64(pages*db.Info().PageSize)/(1<<20), 100*(st.LeafInuse+st.BranchInuse)/(pages*db.Info().PageSize)))
			}
			return nil
		})
		t.Logf("buckets: %s", strings.Join(sizes, ", "))
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	fi, err := os.Stat(path)
	if err != nil {
		t.Fatal(err)
	}
	return fi.Size(), used
}

// percentile returns the p-th percentile of ds.
func percentile(ds []time.Duration, p int) time.Duration {
	s := slices.Clone(ds)
	slices.Sort(s)
	return s[(len(s)-1)*p/100]
}

// median returns the middle of ds.
func median(ds []time.Duration) time.Duration {
	s := slices.Clone(ds)
	slices.Sort(s)
	return s[len(s)/2]
}
