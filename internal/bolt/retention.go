package bolt

import (
	"context"
	"log/slog"
	"time"
)

// A PurgeSchedule says when [Store.PurgeLoop] applies the retention period
// and compacts the file.
type PurgeSchedule struct {
	// RetentionDays is how many days messages and what names residents
	// are kept.
	RetentionDays int
	// Every is how often the retention period is applied, the first time
	// at once.
	Every time.Duration
	// CompactEvery is how often, between two purges, the file is
	// compacted when an erasure left deleted text in its free pages.
	CompactEvery time.Duration
	// Now returns the current time; time.Now when nil.
	Now func() time.Time
	// Log receives what each purge and compaction did; nothing is logged
	// when nil.
	Log *slog.Logger
}

// PurgeLoop applies the retention period now, then every sch.Every, until
// ctx is done: the purge deletes the messages and what names residents;
// the conversations' counters stay for the statistics (Purge).
//
// After the purge, and every sch.CompactEvery in between, it compacts the
// file online when a resident was erased or the purge deleted text since
// the last compaction (Compact does nothing otherwise), so that no
// deleted byte stays in the file's free pages longer than CompactEvery.
// Commits pause for a few milliseconds meanwhile (docs/performance.md).
// The running service runs it beside the conversations.
func (s *Store) PurgeLoop(ctx context.Context, sch PurgeSchedule) {
	now, log := sch.Now, sch.Log
	if now == nil {
		now = time.Now
	}
	if log == nil {
		log = slog.New(slog.DiscardHandler)
	}
	log = log.With("component", "purge")
	timer := time.NewTimer(0)
	defer timer.Stop()
	var next time.Time // of the purge; zero: now
	for {
		select {
		case <-ctx.Done():
			return
		case <-timer.C:
		}
		if t := now(); !t.Before(next) {
			next = t.Add(sch.Every)
			if !s.purgeLogged(ctx, t.AddDate(0, 0, -sch.RetentionDays), log) {
				return
			}
		}
		switch c, err := s.Compact(ctx, false); {
		case err != nil && ctx.Err() != nil:
			return
		case err != nil:
			log.Error("compaction failed: deleted text may stay in the file's free pages until the next one", "err", err)
		case c.Done:
			log.Info("database compacted: no erased or purged text left in the file",
				"pause", c.Pause.Round(time.Microsecond), "took", c.Took.Round(time.Millisecond), "bytes", c.Size)
		}
		timer.Reset(min(sch.Every, sch.CompactEvery))
	}
}

// purgeLogged applies the retention period once and logs what it did. It
// returns false when ctx ended midway.
func (s *Store) purgeLogged(ctx context.Context, before time.Time, log *slog.Logger) bool {
	st, err := s.Purge(ctx, before)
	switch {
	case err != nil && ctx.Err() != nil:
		return false // stopped midway: the next purge finishes
	case err != nil:
		log.Error("purge failed", "before", before.Format(time.DateOnly), "err", err)
	case st == (PurgeStats{}):
		log.Debug("purge: nothing older than the retention period", "before", before.Format(time.DateOnly))
	default:
		log.Info("purge done", "before", before.Format(time.DateOnly), "conversations", st.Conversations,
			"messages", st.Messages, "unanswered", st.Unanswered, "feedback", st.Feedback,
			"tickets", st.Tickets, "residents", st.Residents, "outbox", st.Outbox)
	}
	return true
}
