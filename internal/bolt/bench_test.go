package bolt_test

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"pimmsbot/internal/bolt"
	"pimmsbot/internal/conversation"
)

// BenchmarkCommit commits what the core commits for one answered question
// (resident, conversation, the question and the answer, a reply in the
// outbox) from many residents at once, with and without fsync. Each
// goroutine is a resident committing one change at a time; concurrent
// commits share one write (group.go).
//
//	go test -run '^$' -bench Commit -benchtime 3s ./internal/bolt/
func BenchmarkCommit(b *testing.B) {
	for _, sync := range []struct {
		name   string
		noSync bool
	}{{"durable", false}, {"nosync", true}} {
		for _, residents := range []int{2, 20, 200} {
			b.Run(fmt.Sprintf("%s/residents=%d", sync.name, residents), func(b *testing.B) {
				benchmarkCommit(b, sync.noSync, residents)
			})
		}
	}
}

func benchmarkCommit(b *testing.B, noSync bool, residents int) {
	s := MustOpenPath(b, filepath.Join(b.TempDir(), "pimmsbot.db"), bolt.Options{NoSync: noSync})
	ctx := context.Background()
	var nextConv atomic.Uint64
	procs := max(1, residents/testingProcs())
	b.SetParallelism(procs)
	b.ReportAllocs()
	b.ResetTimer()
	b.RunParallel(func(pb *testing.PB) {
		conv := nextConv.Add(1)
		id := fmt.Sprintf("telegram:%d", conv)
		now := time.Now()
		r := conversation.Resident{ID: id, Label: "Usager " + id, Created: now, Conversation: conv}
		c := conversation.Conversation{ID: conv, Resident: id, Channel: "telegram", Started: now}
		for i := 0; pb.Next(); i++ {
			r.Seen, c.Updated, c.Questions, c.Answered = now, now, i+1, i+1
			ch := &conversation.Change{
				Resident:     &r,
				Conversation: &c,
				Messages: []conversation.Message{
					{Conversation: conv, At: now, From: conversation.FromResident, Text: "j'ai perdu ma carte vitale, que faire ?"},
					{Conversation: conv, At: now, From: conversation.FromBot, Entry: "carte-vitale", Outcome: "answer",
						Text: "Vous pouvez commander une nouvelle carte Vitale depuis votre compte ameli, rubrique « Mes démarches »."},
				},
				Outbox: []conversation.Outgoing{{Queue: "r:" + id, Kind: conversation.OutReply, Resident: id, Created: now,
					Reply: &conversation.Reply{Text: "Vous pouvez commander une nouvelle carte Vitale depuis votre compte ameli."}}},
			}
			if err := s.Commit(ctx, ch); err != nil {
				b.Error(err)
				return
			}
		}
	})
	sec := b.Elapsed().Seconds()
	b.ReportMetric(float64(b.N)/sec, "commits/s")
	b.ReportMetric(2*float64(b.N)/sec, "messages/s")
}

// testingProcs is the GOMAXPROCS RunParallel multiplies the parallelism by.
func testingProcs() int { return runtime.GOMAXPROCS(0) }

// BenchmarkCompact measures the online compaction (Compact): pause-ms is
// how long commits and reads waited, took-ms the whole compaction. The
// file holds residents who each had a conversation with a handover (play:
// 8 messages, feedback, an unanswered question, a suggestion, a ticket,
// outbox items) and ten more questions of about 150 characters. "quiet"
// compacts with no commit under way, as at night; "busy" while 20
// residents commit without a pause, so that the copy is made again and
// at last with commits paused.
//
//	go test -run '^$' -bench Compact -benchtime 5x ./internal/bolt/
func BenchmarkCompact(b *testing.B) {
	for _, residents := range []int{1000, 10000} {
		for _, busy := range []bool{false, true} {
			name := fmt.Sprintf("residents=%d/quiet", residents)
			if busy {
				name = fmt.Sprintf("residents=%d/busy", residents)
			}
			b.Run(name, func(b *testing.B) { benchmarkCompact(b, residents, busy) })
		}
	}
}

func benchmarkCompact(b *testing.B, residents int, busy bool) {
	path := filepath.Join(b.TempDir(), "pimmsbot.db")
	s := MustOpenPath(b, path, bolt.Options{MaxBatchDelay: time.Microsecond, NoSync: true})
	fill(b, s, residents)
	ctx := context.Background()
	var stop atomic.Bool
	var wg sync.WaitGroup
	if busy {
		for r := range 20 {
			wg.Go(func() {
				conv := uint64(1<<40) + uint64(r)
				for i := 0; !stop.Load(); i++ {
					ch := &conversation.Change{Messages: []conversation.Message{{Conversation: conv, At: t0, Text: fmt.Sprintf("m%d", i)}}}
					if err := s.Commit(ctx, ch); err != nil {
						b.Error(err)
						return
					}
				}
			})
		}
	}
	var pause, took time.Duration
	b.ResetTimer()
	for b.Loop() {
		c, err := s.Compact(ctx, true)
		if err != nil {
			b.Fatal(err)
		}
		pause += c.Pause
		took += c.Took
	}
	b.StopTimer()
	stop.Store(true)
	wg.Wait()
	b.ReportMetric(float64(pause.Microseconds())/1000/float64(b.N), "pause-ms")
	b.ReportMetric(float64(took.Microseconds())/1000/float64(b.N), "took-ms")
	if fi, err := os.Stat(path); err == nil {
		b.ReportMetric(float64(fi.Size())/(1<<20), "MB")
	}
}

// fill commits n residents' conversations from 8 goroutines.
func fill(b *testing.B, s *bolt.Store, n int) {
	b.Helper()
	ctx := context.Background()
	var next atomic.Int64
	var wg sync.WaitGroup
	for range 8 {
		wg.Go(func() {
			for i := next.Add(1); i <= int64(n); i = next.Add(1) {
				f := play(b, s, fmt.Sprintf("telegram:%d", 100000+i), t0)
				ch := &conversation.Change{}
				for q := range 10 {
					ch.Messages = append(ch.Messages, conversation.Message{Conversation: f.conv, At: t0, From: conversation.FromResident,
						Text: fmt.Sprintf("question %d : je n'arrive pas à me connecter à mon compte ameli depuis le changement de téléphone, que faire %d ?", q, i)})
				}
				if err := s.Commit(ctx, ch); err != nil {
					b.Error(err)
					return
				}
			}
		})
	}
	wg.Wait()
}
