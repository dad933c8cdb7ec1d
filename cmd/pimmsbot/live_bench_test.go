package main

import (
	"context"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"pimmsbot/internal/bolt"
	"pimmsbot/internal/conversation"
	"pimmsbot/internal/fakeclock"
	"pimmsbot/internal/report"
)

// BenchmarkLiveReports measures what a report loop beside the running
// service costs it (issue 16, « Live reports »). A database of
// PIMMS_BENCH_RESIDENTS residents (default 10,000; 4 messages each,
// through the core) is served as pimmsbot serve does (durable file, admin
// socket); 20 residents write through the core for PIMMS_BENCH_SECONDS
// (default 10) while a loop runs nothing, `stats` as it runs now (reads
// through the socket), or `stats` as it ran before (a copy through GET
// /backup, opened and read). It reports the messages/s, their p99 and
// maximum latency, the file's growth and the report's mean time. Run with:
//
//	go test -run x -bench LiveReports -benchtime 1x ./cmd/pimmsbot/
func BenchmarkLiveReports(b *testing.B) {
	residents := benchEnv("PIMMS_BENCH_RESIDENTS", 10000)
	seconds := benchEnv("PIMMS_BENCH_SECONDS", 10)
	filled := filepath.Join(b.TempDir(), "filled.db")
	start := time.Now()
	fillThroughCore(b, filled, residents)
	b.Logf("%d residents filled in %v", residents, time.Since(start).Round(time.Second))
	for _, loop := range []string{"none", "stats", "stats-copy"} {
		b.Run(loop, func(b *testing.B) {
			for range b.N {
				runBeside(b, filled, loop, time.Duration(seconds)*time.Second)
			}
		})
	}
}

func benchEnv(name string, def int) int {
	if n, err := strconv.Atoi(os.Getenv(name)); err == nil && n > 0 {
		return n
	}
	return def
}

// fillThroughCore writes n residents' visits through the core into db.
func fillThroughCore(b *testing.B, db string, n int) {
	store, err := bolt.Open(db, bolt.Options{NoSync: true})
	if err != nil {
		b.Fatal(err)
	}
	defer store.Close()
	svc := newService(b, store, fakeclock.New(time.Now()))
	texts := []string{"j'ai perdu ma carte vitale", "recette de la blanquette de veau", "aide au loyer", "merci"}
	var next atomic.Int64
	var wg sync.WaitGroup
	for range 8 {
		wg.Go(func() {
			for i := next.Add(1); i <= int64(n); i = next.Add(1) {
				for _, text := range texts {
					in := conversation.Incoming{Resident: fmt.Sprintf("telegram:%d", 100000+i), Text: text}
					if err := svc.HandleResident(context.Background(), in); err != nil {
						b.Error(err)
						return
					}
				}
			}
		})
	}
	wg.Wait()
}

// runBeside serves a copy of filled, lets 20 residents write for d while
// loop runs, and reports the figures.
func runBeside(b *testing.B, filled, loop string, d time.Duration) {
	db := filepath.Join(b.TempDir(), "data", "pimmsbot.db")
	if err := copyFile(filled, db); err != nil {
		b.Fatal(err)
	}
	_, svc, _ := watchedService(b, db)
	before := fileSize(b, db)
	ctx, cancel := context.WithTimeout(context.Background(), d)
	defer cancel()
	var reports atomic.Int64
	var reportTime atomic.Int64
	var wg sync.WaitGroup
	if loop != "none" {
		wg.Go(func() {
			for ctx.Err() == nil {
				t0 := time.Now()
				if err := statsOnce(db, loop == "stats-copy"); err != nil {
					b.Error(err)
					return
				}
				reports.Add(1)
				reportTime.Add(int64(time.Since(t0)))
			}
		})
	}
	lat := writeBeside(ctx, b, svc)
	wg.Wait()
	slices.Sort(lat)
	b.ReportMetric(float64(len(lat))/d.Seconds(), "msg/s")
	b.ReportMetric(ms(quantile(lat, 0.99)), "p99-ms")
	b.ReportMetric(ms(lat[len(lat)-1]), "max-ms")
	grown := fileSize(b, db) - before
	b.ReportMetric(float64(before)/(1<<20), "file-MiB")
	b.ReportMetric(float64(grown)/(1<<20), "growth-MiB")
	if n := reports.Load(); n > 0 {
		b.ReportMetric(ms(time.Duration(reportTime.Load()/n)), "report-ms")
	}
}

// writeBeside has 20 residents write through the core until ctx ends,
// and returns each message's latency.
func writeBeside(ctx context.Context, b *testing.B, svc *conversation.Service) []time.Duration {
	var mu sync.Mutex
	var lat []time.Duration
	var wg sync.WaitGroup
	texts := []string{"j'ai perdu ma carte vitale", "comment déclarer mes impôts", "recette de la blanquette de veau"}
	for w := range 20 {
		wg.Go(func() {
			var mine []time.Duration
			for n := 0; ctx.Err() == nil; n++ {
				in := conversation.Incoming{Resident: fmt.Sprintf("telegram:%d", 900000+w*1000+n/6), Text: texts[n%len(texts)]}
				t0 := time.Now()
				if err := svc.HandleResident(context.Background(), in); err != nil {
					b.Error(err)
					return
				}
				mine = append(mine, time.Since(t0))
			}
			mu.Lock()
			lat = append(lat, mine...)
			mu.Unlock()
		})
	}
	wg.Wait()
	return lat
}

// statsOnce reads the statistics of all time as pimmsbot stats does:
// through the running service, or, as before, from a copy it made.
func statsOnce(db string, copied bool) error {
	ctx := context.Background()
	cfg, _, err := loadConfig("stats", []string{"--db", db}, &Env{Stderr: io.Discard}, nil)
	if err != nil {
		return err
	}
	var src report.Activity
	if copied {
		store, done, err := openCopy(cfg, bolt.Options{}, func(file string) error {
			_, _, err := copyDatabase(ctx, cfg, file)
			return err
		})
		if err != nil {
			return err
		}
		defer done()
		src = store
	} else {
		r, done, err := openReader(ctx, cfg)
		if err != nil {
			return err
		}
		defer done()
		src = r
	}
	opt := report.Options{From: time.Now().AddDate(-1, 0, 0), To: time.Now().AddDate(0, 0, 1), Location: time.UTC}
	_, err = report.ReadStats(ctx, src, opt)
	return err
}

func copyFile(from, to string) error {
	if err := os.MkdirAll(filepath.Dir(to), 0o700); err != nil {
		return err
	}
	data, err := os.ReadFile(from)
	if err == nil {
		err = os.WriteFile(to, data, 0o600)
	}
	return err
}

func fileSize(b *testing.B, path string) int64 {
	fi, err := os.Stat(path)
	if err != nil {
		b.Fatal(err)
	}
	return fi.Size()
}
