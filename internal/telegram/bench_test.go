package telegram_test

import (
	"path/filepath"
	"testing"
	"time"

	"pimmsbot/internal/telegram"
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

// BenchmarkOtherResidentLatency measures how long a resident waits for
// their reply while another chat is slow to serve, through the real
// client, store and service against the fake Bot API, with Telegram's
// limits (one message a second in a chat, three at once, 30 a second in
// all): the time from the update's arrival at the fake to the reply the
// fake records. Each iteration is a new resident who writes once, a
// second after the previous one (so that the global limit is not what is
// measured). The slow chat:
//
//   - none: the latency alone;
//   - burst10, burst100: it sent 10 or 100 messages at once just before
//     (its replies take 7 and 97 seconds under the per-chat limit);
//   - hanging: its replies hang at Telegram for 25 s (the fake withholds
//     the answer until the client gives up) and it keeps writing.
//
// It reports the mean and the largest latency ("ms-max"); -benchtime 10x
// is enough.
func BenchmarkOtherResidentLatency(b *testing.B) {
	for _, slow := range []string{"none", "burst10", "burst100", "hanging"} {
		b.Run(slow, func(b *testing.B) {
			h := &harness{
				t: b, srv: telegramtest.NewServer(b), dbPath: filepath.Join(b.TempDir(), "db"),
				desk: newDesk(), clock: newClock(),
				tune: func(c *telegram.Config) {
					c.Limits, c.Now = telegram.DefaultLimits, time.Now
					c.SendTimeout, c.DrainTimeout = 25*time.Second, 100*time.Millisecond
				},
			}
			h.start()
			b.Cleanup(h.stop)
			const slowChat = 7
			var release chan struct{}
			switch slow {
			case "burst10", "burst100":
				n := 10
				if slow == "burst100" {
					n = 100
				}
				for range n {
					h.srv.Push(telegramtest.Text(slowChat, "/horaires"))
				}
				h.srv.WaitMessages(b, slowChat, 1)
			case "hanging":
				release = make(chan struct{})
				h.srv.Inject(telegramtest.Fault{Method: "sendMessage", Chat: slowChat, Hold: release, Times: -1})
				h.srv.Push(telegramtest.Text(slowChat, "/horaires"))
				h.srv.Wait(b, "a hanging request", func([]telegramtest.Call) bool { return h.srv.Held() > 0 })
			}
			var total, worst time.Duration
			b.ResetTimer()
			for i := range b.N {
				if release != nil {
					h.srv.Push(telegramtest.Text(slowChat, "/aide")) // it keeps writing
				}
				chat := int64(1000 + i)
				pushed := time.Now()
				h.srv.Push(telegramtest.Text(chat, "/horaires"))
				// Not WaitMessages: before the fix, a reply could take
				// minutes.
				var at time.Time
				for deadline := time.Now().Add(3 * time.Minute); at.IsZero(); time.Sleep(5 * time.Millisecond) {
					if time.Now().After(deadline) {
						b.Fatal("no reply in 3 minutes")
					}
					for _, c := range sends(h.srv, chat) {
						at = c.At
					}
				}
				d := at.Sub(pushed)
				total += d
				worst = max(worst, d)
				if i < b.N-1 {
					time.Sleep(time.Second)
				}
			}
			b.StopTimer()
			if release != nil {
				close(release)
			}
			b.ReportMetric(float64(total.Milliseconds())/float64(b.N), "ms/reply")
			b.ReportMetric(float64(worst.Milliseconds()), "ms-max")
		})
	}
}
