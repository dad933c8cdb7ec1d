package telegram_test

import (
	"testing"

	"pimmsbot/internal/telegram/telegramtest"
)

// BenchmarkPipeline measures updates handled end to end: getUpdates
// through the real client, the update log and the service on bbolt (with
// fsync), to the reply taken by the fake server. 100 residents write at
// once; limits are lifted.
func BenchmarkPipeline(b *testing.B) {
	h := newBenchHarness(b)
	const chats = 100
	b.ResetTimer()
	for i := range b.N {
		h.srv.Push(telegramtest.Text(int64(1+i%chats), "/aide"))
	}
	h.srv.Wait(b, "every reply", func(calls []telegramtest.Call) bool {
		n := 0
		for _, c := range calls {
			if c.Method == "sendMessage" && c.OK() {
				n++
			}
		}
		return n >= b.N
	})
	b.StopTimer()
	b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "updates/s")
}
