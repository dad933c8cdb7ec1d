package telegram

import (
	"context"
	"sync"
	"time"

	"pimmsbot/internal/conversation"
)

// Limits are the sending rate limits. Telegram allows about 30 messages a
// second overall and one a second in a chat, with short bursts; beyond
// that it answers 429.
type Limits struct {
	// Global is the messages per second to all chats; 0 means no limit.
	Global      float64
	GlobalBurst int
	// PerChat is the messages per second to one chat; 0 means no limit.
	PerChat      float64
	PerChatBurst int
	// MaxWait is the longest a send waits for its turn; beyond it, Send
	// returns ETEMPORARY and the outbox retries later.
	MaxWait time.Duration
}

// DefaultLimits are Telegram's documented limits.
var DefaultLimits = Limits{Global: 30, GlobalBurst: 30, PerChat: 1, PerChatBurst: 3, MaxWait: 30 * time.Second}

// NoLimits lifts the rate limits (tests, load tests against a fake).
var NoLimits = Limits{}

// bucket is a token bucket whose tokens may go negative: a negative
// balance is a queue of reservations.
type bucket struct {
	tokens float64
	last   time.Time
}

// reserve takes a token and returns how long to wait before using it.
func (b *bucket) reserve(now time.Time, rate float64, burst int) time.Duration {
	if b.last.IsZero() {
		b.tokens = float64(max(burst, 1))
	} else {
		b.tokens = min(float64(max(burst, 1)), b.tokens+now.Sub(b.last).Seconds()*rate)
	}
	b.last = now
	b.tokens--
	if b.tokens >= 0 {
		return 0
	}
	return time.Duration(-b.tokens / rate * float64(time.Second))
}

// limiter enforces Limits and the retry_after of 429 answers.
type limiter struct {
	lim Limits
	now func() time.Time

	mu     sync.Mutex
	global bucket
	chats  map[int64]*bucket
	until  map[int64]time.Time // chat → no send before (429)
}

func newLimiter(lim Limits, now func() time.Time) *limiter {
	return &limiter{lim: lim, now: now, chats: map[int64]*bucket{}, until: map[int64]time.Time{}}
}

// wait blocks until a message may be sent to chat. It returns an
// ETEMPORARY error, without waiting, when that is more than MaxWait away.
func (l *limiter) wait(ctx context.Context, chat int64) error {
	d, err := l.reserve(chat)
	if err != nil || d <= 0 {
		return err
	}
	t := time.NewTimer(d)
	defer t.Stop()
	select {
	case <-t.C:
		return nil
	case <-ctx.Done():
		return &conversation.Error{Code: conversation.ETEMPORARY, Message: "telegram: rate limit wait interrupted", Err: ctx.Err()}
	}
}

func (l *limiter) reserve(chat int64) (time.Duration, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	now := l.now()
	if u, ok := l.until[chat]; ok {
		if !now.Before(u) {
			delete(l.until, chat)
		} else if d := u.Sub(now); d > l.lim.MaxWait {
			return 0, &conversation.Error{Code: conversation.ETEMPORARY, Message: "telegram: chat rate limited (429)", RetryAfter: d}
		}
	}
	var d time.Duration
	if u, ok := l.until[chat]; ok {
		d = u.Sub(now)
	}
	var undo []func()
	if l.lim.Global > 0 {
		saved := l.global
		undo = append(undo, func() { l.global = saved })
		d = max(d, l.global.reserve(now, l.lim.Global, l.lim.GlobalBurst))
	}
	if l.lim.PerChat > 0 {
		b := l.chats[chat]
		if b == nil {
			if len(l.chats) > 10_000 {
				l.sweep(now)
			}
			b = &bucket{}
			l.chats[chat] = b
		}
		saved := *b
		undo = append(undo, func() { *b = saved })
		d = max(d, b.reserve(now, l.lim.PerChat, l.lim.PerChatBurst))
	}
	if d > l.lim.MaxWait {
		for _, f := range undo {
			f()
		}
		return 0, &conversation.Error{Code: conversation.ETEMPORARY, Message: "telegram: too many messages queued", RetryAfter: d}
	}
	return d, nil
}

// sweep forgets the chats whose bucket is full again; the caller holds
// l.mu.
func (l *limiter) sweep(now time.Time) {
	for id, b := range l.chats {
		if b.tokens+now.Sub(b.last).Seconds()*l.lim.PerChat >= float64(max(l.lim.PerChatBurst, 1)) {
			delete(l.chats, id)
		}
	}
}

// backoff records a 429's retry_after for chat.
func (l *limiter) backoff(chat int64, d time.Duration) {
	if d <= 0 {
		return
	}
	l.mu.Lock()
	defer l.mu.Unlock()
	u := l.now().Add(d)
	if u.After(l.until[chat]) {
		l.until[chat] = u
	}
}
