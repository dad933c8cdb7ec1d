package bolt_test

import (
	"context"
	"fmt"
	"path/filepath"
	"runtime"
	"sync/atomic"
	"testing"
	"time"

	"pimmsbot/internal/bolt"
	"pimmsbot/internal/conversation"
)

// BenchmarkCommit commits what the core commits for one answered question
// (resident, conversation, the question and the answer, a reply in the
// outbox) from many residents at once, with and without fsync. Each
// goroutine is a resident committing one change at a time; bbolt's Batch
// groups concurrent commits into one write.
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
