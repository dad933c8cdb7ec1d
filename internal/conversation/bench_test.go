package conversation_test

import (
	"context"
	"fmt"
	"path/filepath"
	"sync/atomic"
	"testing"
	"time"

	"pimmsbot/internal/bolt"
	"pimmsbot/internal/catalog"
	"pimmsbot/internal/catalog/catalogtest"
	"pimmsbot/internal/conversation"
)

// BenchmarkHandleResident measures messages handled per second through the
// core: match, commit (state, messages and outbox), delivery to a fake
// channel, and the delivered mark, which Run records in the background as
// in serve. Many residents write at once, so their commits share disk
// writes. Run with:
//
//	go test -run x -bench HandleResident -benchmem ./internal/conversation/
func BenchmarkHandleResident(b *testing.B) {
	for _, mode := range []struct {
		name   string
		noSync bool
	}{{"durable", false}, {"nosync", true}} {
		b.Run(mode.name, func(b *testing.B) {
			cat := catalogtest.FAQ(b)
			store, err := bolt.Open(filepath.Join(b.TempDir(), "bench.db"), bolt.Options{NoSync: mode.noSync})
			if err != nil {
				b.Fatal(err)
			}
			defer store.Close()
			svc, err := conversation.New(context.Background(), conversation.Config{
				Store: store, Catalog: cat, Matcher: catalog.NewMatcher(cat),
				Channels: map[string]conversation.Channel{"test": nopChannel{}},
				Site:     conversation.Site{Name: "PIMMS"},
			})
			if err != nil {
				b.Fatal(err)
			}
			// As serve does: Run records deliveries in the background.
			ctx, stop := context.WithCancel(context.Background())
			ran := make(chan struct{})
			go func() { svc.Run(ctx, 0); close(ran) }()
			defer func() { stop(); <-ran }()
			questions := []string{
				"j'ai perdu ma carte vitale", "comment faire ma déclaration d'impôts",
				"bonjour", "quand est payée la caf", "je veux refaire mon passeport",
			}
			var resident atomic.Int64
			b.SetParallelism(32) // 32 × GOMAXPROCS residents writing at once
			b.ResetTimer()
			start := time.Now()
			b.RunParallel(func(pb *testing.PB) {
				id := fmt.Sprintf("test:%d", resident.Add(1))
				i := 0
				for pb.Next() {
					in := conversation.Incoming{Resident: id, Text: questions[i%len(questions)]}
					if err := svc.HandleResident(context.Background(), in); err != nil {
						b.Error(err)
						return
					}
					i++
				}
			})
			b.ReportMetric(float64(b.N)/time.Since(start).Seconds(), "msgs/s")
		})
	}
}

type nopChannel struct{}

func (nopChannel) Send(context.Context, string, conversation.Reply) error { return nil }
