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

// BenchmarkRedelivery measures draining an outbox left by an outage: the
// service starts on a real bbolt file holding n replies, two per resident
// (n/2 queues), and one Redeliver sends them all to a channel that
// accepts everything. Run with:
//
//	go test -run x -bench Redelivery -benchtime 1x -count 3 ./internal/conversation/
func BenchmarkRedelivery(b *testing.B) {
	for _, n := range []int{500, 1000, 2000, 4000, 8000} {
		b.Run(fmt.Sprintf("items=%d", n), func(b *testing.B) {
			for b.Loop() {
				b.StopTimer()
				svc, ch := outageService(b, n)
				b.StartTimer()
				if err := svc.Redeliver(context.Background()); err != nil {
					b.Fatal(err)
				}
				b.StopTimer()
				if got := ch.sent.Load(); got != int64(n) {
					b.Fatalf("%d replies sent, want %d", got, n)
				}
				b.StartTimer()
			}
		})
	}
}

// outageService returns a service started on a store whose outbox holds
// n replies, two per resident, and the channel they go to.
func outageService(b *testing.B, n int) (*conversation.Service, *countingChannel) {
	b.Helper()
	store, err := bolt.Open(filepath.Join(b.TempDir(), "bench.db"), bolt.Options{})
	if err != nil {
		b.Fatal(err)
	}
	b.Cleanup(func() { store.Close() })
	now := time.Now()
	var ch conversation.Change
	for i := range n {
		resident := fmt.Sprintf("test:%d", i/2)
		ch.Outbox = append(ch.Outbox, conversation.Outgoing{
			Queue: conversation.ResidentQueue(resident), Kind: conversation.OutReply, Resident: resident,
			Reply: &conversation.Reply{Text: fmt.Sprintf("Réponse %d", i)}, Created: now,
		})
	}
	if err := store.Commit(context.Background(), &ch); err != nil {
		b.Fatal(err)
	}
	cat := catalogtest.FAQ(b)
	counting := &countingChannel{}
	svc, err := conversation.New(context.Background(), conversation.Config{
		Store: store, Catalog: cat, Matcher: catalog.NewMatcher(cat),
		Channels: map[string]conversation.Channel{"test": counting},
		Site:     conversation.Site{Name: "PIMMS"},
	})
	if err != nil {
		b.Fatal(err)
	}
	return svc, counting
}

// A countingChannel accepts every reply and counts them.
type countingChannel struct{ sent atomic.Int64 }

func (c *countingChannel) Send(context.Context, string, conversation.Reply) error {
	c.sent.Add(1)
	return nil
}
