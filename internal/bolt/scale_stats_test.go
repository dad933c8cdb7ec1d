package bolt_test

import (
	"context"
	"testing"
	"time"

	"pimmsbot/internal/bolt"
	"pimmsbot/internal/report"
)

// fullScan hides the store's reads by period, as before schema 3.
type fullScan struct{ report.Activity }

// byRecords hides the summaries of the index of periods, as before
// schema 4: the conversations of the period are read from their records.
type byRecords struct {
	report.Activity
	report.Periods
}

// measureStats logs the time of `stats` for one month (March, in the
// middle of the visits): by the summaries of the index of periods, by the
// records the index lists, and by full scans.
func measureStats(t *testing.T, s *bolt.Store, samples int) {
	ctx := context.Background()
	opt := report.Options{From: time.Date(2026, 3, 1, 0, 0, 0, 0, time.UTC), To: time.Date(2026, 4, 1, 0, 0, 0, 0, time.UTC), By: report.ByTheme}
	for _, way := range []struct {
		name string
		src  report.Activity
	}{{"by summaries", s}, {"by records", byRecords{s, s}}, {"full scan", fullScan{s}}} {
		var ds []time.Duration
		var total report.Row
		for range max(samples/20, 3) {
			t0 := time.Now()
			st, err := report.ReadStats(ctx, way.src, opt)
			if err != nil {
				t.Fatal(err)
			}
			ds, total = append(ds, time.Since(t0)), st.Total()
		}
		t.Logf("stats for March, %s: median %s, max %s (%d conversations, %d waits)",
			way.name, median(ds), maxOf(ds), total.Conversations, len(total.Waits))
	}
}

func maxOf(ds []time.Duration) time.Duration {
	m := ds[0]
	for _, d := range ds {
		m = max(m, d)
	}
	return m
}
