package main

import (
	"bytes"
	"cmp"
	"context"
	"encoding/binary"
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"syscall"
	"testing"
	"time"

	"pimmsbot/internal/bolt"
	"pimmsbot/internal/conversation"
	"pimmsbot/internal/fakeclock"
)

// BenchmarkLiveReports measures what a report loop beside the running
// service costs it (issue 16, « Live reports »: a loop costs ≤ 10 % of the
// throughput, keeps p99 ≤ 50 ms and grows the file by ≤ 5 %).
//
// A database of PIMMS_BENCH_RESIDENTS residents (default 10,000) is filled
// through the core as a 180-day database would be: each resident comes 4
// times, 43 days apart, over the 172 days before now (answers, 👍, an
// unanswered question, a handover for one in ten). It is then served as
// pimmsbot serve does (durable file, admin socket), and 20 residents write
// through the core for PIMMS_BENCH_SECONDS (default 10) beside a loop,
// each run just after a run beside none (no report, the reference):
//
//   - stats: `pimmsbot stats` for last month, back to back;
//   - unanswered: `pimmsbot unanswered` (the last 30 days), back to back;
//   - export: `pimmsbot export` of a resident drawn at random, back to back;
//   - stats-1s, unanswered-1s, export-1s: the same, one report started
//     each second at most, as a manager's dashboard would.
//
// The commands run as the CLI runs them (Main), in this process, through
// the admin socket; before the run, the loop's command must print through
// the service what it prints from the stopped file. Each sub-benchmark
// reports the messages/s, their p99 and maximum latency, the file's growth
// in % (bbolt grows it by steps of 16 MiB) and that of the pages in use
// (the high-water mark of its pages), and the reports' count and mean
// time.
//
// The database is filled once; PIMMS_BENCH_ROUNDS (default 1) runs every
// pair that many times, in turn. PIMMS_BENCH_DB names a file to fill once
// and keep, so that several runs (before and after a change) serve the
// same database; it is filled only if it does not exist, and its
// residents must then be PIMMS_BENCH_RESIDENTS. Run with:
//
//	PIMMS_BENCH_RESIDENTS=20000 PIMMS_BENCH_ROUNDS=2 go test -run '^$' -bench LiveReports -benchtime 1x -timeout 60m ./cmd/pimmsbot/
func BenchmarkLiveReports(b *testing.B) {
	residents := benchEnv("PIMMS_BENCH_RESIDENTS", 10000)
	seconds := benchEnv("PIMMS_BENCH_SECONDS", 10)
	rounds := benchEnv("PIMMS_BENCH_ROUNDS", 1)
	filled := os.Getenv("PIMMS_BENCH_DB")
	if filled == "" {
		filled = filepath.Join(b.TempDir(), "filled.db")
	}
	if _, err := os.Stat(filled); err != nil {
		start := time.Now()
		calls := fillSpread(b, filled, residents)
		b.Logf("%d residents, %d messages typed over 172 days, filled in %v: %d MiB",
			residents, calls, time.Since(start).Round(time.Second), fileSize(b, filled)>>20)
	}
	for range rounds {
		for _, loop := range liveLoops(residents) {
			// A run without a loop just before each loop's run: the
			// machine's load changes by the minute, the pair compares.
			for _, l := range []liveLoop{{name: "none"}, loop} {
				b.Run(l.name, func(b *testing.B) {
					for range b.N {
						runBeside(b, filled, l, time.Duration(seconds)*time.Second)
					}
				})
			}
		}
	}
}

func benchEnv(name string, def int) int {
	if n, err := strconv.Atoi(os.Getenv(name)); err == nil && n > 0 {
		return n
	}
	return def
}

// A liveLoop is a report command run in a loop beside the service.
type liveLoop struct {
	name string
	// args returns the command's arguments for the database db; nil for
	// no loop.
	args func(db string, rng *rand.Rand) []string
	// every is the least time from one report's start to the next; 0
	// runs them back to back.
	every time.Duration
}

// liveLoops returns the loops of BenchmarkLiveReports over a database of
// residents residents filled by fillSpread.
func liveLoops(residents int) []liveLoop {
	lastMonth := time.Now().AddDate(0, -1, 0).Format("2006-01")
	stats := func(db string, _ *rand.Rand) []string {
		return []string{"stats", "--db", db, "--from", lastMonth, "--to", lastMonth}
	}
	unanswered := func(db string, _ *rand.Rand) []string { return []string{"unanswered", "--db", db} }
	export := func(db string, rng *rand.Rand) []string {
		return []string{"export", "--db", db, "--resident", fillResident(1 + rng.IntN(residents))}
	}
	return []liveLoop{
		{name: "stats", args: stats},
		{name: "unanswered", args: unanswered},
		{name: "export", args: export},
		{name: "stats-1s", args: stats, every: time.Second},
		{name: "unanswered-1s", args: unanswered, every: time.Second},
		{name: "export-1s", args: export, every: time.Second},
	}
}

// fillResident is the id of the i-th resident of fillSpread.
func fillResident(i int) string { return fmt.Sprintf("telegram:%d", 100000+i) }

// fillDays is how many days before now the visits of fillSpread span,
// played in slots of fillSlot hours.
const (
	fillDays = 172
	fillSlot = 4
)

// fillSpread writes n residents' visits through the core into db, as a
// database kept 180 days holds them: each resident comes 4 times, 43 days
// apart, the first time within the first 40 of the fillDays days before
// now. The visits are played slot by slot, the clock set to the slot's
// start, those of one slot from 8 goroutines. It returns how many
// messages the residents typed.
func fillSpread(b *testing.B, db string, n int) int {
	store, err := bolt.Open(db, bolt.Options{NoSync: true, MaxBatchDelay: 100 * time.Microsecond})
	if err != nil {
		b.Fatal(err)
	}
	defer store.Close()
	first := time.Now().UTC().Truncate(time.Hour).AddDate(0, 0, -fillDays)
	clk := fakeclock.New(first)
	svc := newService(b, store, clk)
	slots := make([][]fillVisit, fillDays*24/fillSlot)
	for i := 1; i <= n; i++ {
		start := time.Duration(i*7919%(40*24*60)) * time.Minute
		for v := range 4 {
			h := int((start + time.Duration(v)*43*24*time.Hour) / time.Hour)
			slots[h/fillSlot] = append(slots[h/fillSlot], fillVisit{i, v})
		}
	}
	var typed atomic.Int64
	for h, visits := range slots {
		clk.Set(first.Add(time.Duration(h*fillSlot) * time.Hour))
		var next atomic.Int64
		var wg sync.WaitGroup
		for range 8 {
			wg.Go(func() {
				for j := next.Add(1) - 1; j < int64(len(visits)); j = next.Add(1) - 1 {
					for _, in := range visits[j].incoming() {
						if err := svc.HandleResident(context.Background(), in); err != nil {
							b.Error(err)
							return
						}
						typed.Add(1)
					}
				}
			})
		}
		wg.Wait()
		if b.Failed() {
			b.FailNow()
		}
	}
	return int(typed.Load())
}

// A fillVisit is the visit-th visit (0 to 3) of the resident-th resident
// of fillSpread.
type fillVisit struct{ resident, visit int }

// incoming returns what the resident types and taps during the visit: a
// FAQ answer and a 👍 on the first and last visits, a question the bot
// asks to clarify on the first, one it cannot answer on the second and
// the last, and, on the last, a handover for one resident in ten (left
// waiting).
func (v fillVisit) incoming() []conversation.Incoming {
	var texts []conversation.Incoming
	add := func(text, action string) {
		texts = append(texts, conversation.Incoming{Resident: fillResident(v.resident), Text: text, Action: action})
	}
	switch v.visit {
	case 0:
		add("j'ai perdu ma carte vitale", "")
		add("", "fb1:ameli-carte-vitale")
		add("recette de la blanquette de veau", "")
	case 1:
		add("aide au loyer", "")
		add("je voudrais un rendez-vous pour mon chat", "")
	case 2:
		add("comment déclarer mes impôts", "")
		add("merci", "")
	case 3:
		add("j'ai perdu ma carte vitale", "")
		add("", "fb1:ameli-carte-vitale")
		add("je voudrais un rendez-vous pour mon chat", "")
		if v.resident%10 == 0 {
			add("je veux parler à quelqu'un", "")
		}
	}
	return texts
}

// runBeside serves a copy of filled, lets 20 residents write for d while
// loop runs, and reports the figures.
func runBeside(b *testing.B, filled string, loop liveLoop, d time.Duration) {
	db := filepath.Join(b.TempDir(), "data", "pimmsbot.db")
	if err := copyFile(filled, db); err != nil {
		b.Fatal(err)
	}
	var want string
	if loop.args != nil {
		want = printed(b, loop.args(db, rand.New(rand.NewPCG(1, 2))))
	}
	store, svc, _ := watchedService(b, db)
	if loop.args != nil {
		if got := printed(b, loop.args(db, rand.New(rand.NewPCG(1, 2)))); got != want {
			b.Fatalf("%s through the service:\n%.2000s\nwant, as from the stopped file:\n%.2000s", loop.name, got, want)
		}
	}
	before, pagesBefore := fileSize(b, db), pagesEnd(b, db)
	ctx, cancel := context.WithTimeout(context.Background(), d)
	defer cancel()
	var reports []time.Duration
	var wg sync.WaitGroup
	if loop.args != nil {
		wg.Go(func() { reports = reportLoop(ctx, b, db, loop) })
	}
	lat := writeBeside(ctx, b, svc)
	wg.Wait()
	if err := store.Close(); err != nil {
		b.Fatal(err)
	}
	slices.Sort(lat)
	b.ReportMetric(float64(len(lat))/d.Seconds(), "msg/s")
	b.ReportMetric(ms(quantile(lat, 0.99)), "p99-ms")
	b.ReportMetric(ms(lat[len(lat)-1]), "max-ms")
	b.ReportMetric(float64(before)/(1<<20), "file-MiB")
	b.ReportMetric(100*float64(fileSize(b, db)-before)/float64(before), "growth-%")
	b.ReportMetric(100*float64(pagesEnd(b, db)-pagesBefore)/float64(pagesBefore), "pages-%")
	if len(reports) > 0 {
		var sum time.Duration
		for _, r := range reports {
			sum += r
		}
		b.ReportMetric(float64(len(reports)), "reports")
		b.ReportMetric(ms(sum/time.Duration(len(reports))), "report-ms")
	}
}

// printed runs pimmsbot with args and returns what it printed.
func printed(b *testing.B, args []string) string {
	var out, errOut bytes.Buffer
	if code := Main(context.Background(), args, strings.NewReader(""), &out, &errOut); code != 0 {
		b.Fatalf("pimmsbot %s: exit %d: %s", strings.Join(args, " "), code, errOut.String())
	}
	return out.String()
}

// reportLoop runs loop's command against db until ctx ends, and returns
// how long each run took.
func reportLoop(ctx context.Context, b *testing.B, db string, loop liveLoop) []time.Duration {
	rng := rand.New(rand.NewPCG(1, 2))
	var took []time.Duration
	for ctx.Err() == nil {
		args := loop.args(db, rng)
		t0 := time.Now()
		var out, errOut bytes.Buffer
		if code := Main(context.Background(), args, strings.NewReader(""), &out, &errOut); code != 0 {
			b.Errorf("pimmsbot %s: exit %d: %s", strings.Join(args, " "), code, errOut.String())
			return took
		}
		took = append(took, time.Since(t0))
		if out.Len() == 0 {
			b.Errorf("pimmsbot %s printed nothing", strings.Join(args, " "))
		}
		select {
		case <-ctx.Done():
		case <-time.After(loop.every - time.Since(t0)):
		}
	}
	return took
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

// pagesEnd returns where the pages in use of the bbolt file at path end,
// in bytes: its last meta page's high-water mark. The file grows by steps
// of 16 MiB, this by page: pages that long read transactions pin, and
// that a commit cannot reuse, push it further.
func pagesEnd(b *testing.B, path string) int64 {
	f, err := os.Open(path)
	if err != nil {
		b.Fatal(err)
	}
	defer f.Close()
	// bbolt's two meta pages: a 16-byte page header, then magic, version,
	// page size, flags (4 bytes each), the root bucket (16), the freelist
	// page (8), the high-water mark pgid (8) and the txid (8).
	var best, txid uint64
	buf := make([]byte, 80)
	pageSize := int64(0)
	for i := range 2 {
		if _, err := f.ReadAt(buf, int64(i)*pageSize); err != nil {
			b.Fatal(err)
		}
		if binary.LittleEndian.Uint32(buf[16:]) != 0xED0CDAED {
			b.Fatalf("%s: meta page %d: not a bbolt file", path, i)
		}
		pageSize = int64(binary.LittleEndian.Uint32(buf[24:]))
		if tx := binary.LittleEndian.Uint64(buf[64:]); i == 0 || tx > txid {
			best, txid = binary.LittleEndian.Uint64(buf[56:]), tx
		}
	}
	return int64(best) * pageSize
}

func fileSize(b *testing.B, path string) int64 {
	fi, err := os.Stat(path)
	if err != nil {
		b.Fatal(err)
	}
	return fi.Size()
}

// BenchmarkLiveReport measures one report alone through the admin socket,
// service and command in this process, on the database PIMMS_BENCH_DB
// that BenchmarkLiveReports filled: the CPU time of a report (cpu-ms/op,
// both sides, whatever the pace of the socket makes it wait), and its
// allocations. PIMMS_BENCH_REPORT names the loop of BenchmarkLiveReports
// (default unanswered). Run with:
//
//	PIMMS_BENCH_DB=/tmp/live20k.db PIMMS_BENCH_RESIDENTS=20000 go test -run '^$' -bench LiveReport$ -benchtime 5x -benchmem ./cmd/pimmsbot/
func BenchmarkLiveReport(b *testing.B) {
	filled := os.Getenv("PIMMS_BENCH_DB")
	if filled == "" {
		b.Skip("PIMMS_BENCH_DB names no database filled by BenchmarkLiveReports")
	}
	name := cmp.Or(os.Getenv("PIMMS_BENCH_REPORT"), "unanswered")
	i := slices.IndexFunc(liveLoops(benchEnv("PIMMS_BENCH_RESIDENTS", 10000)), func(l liveLoop) bool { return l.name == name })
	if i < 0 {
		b.Fatalf("PIMMS_BENCH_REPORT=%s: no such loop", name)
	}
	loop := liveLoops(benchEnv("PIMMS_BENCH_RESIDENTS", 10000))[i]
	db := filepath.Join(b.TempDir(), "data", "pimmsbot.db")
	if err := copyFile(filled, db); err != nil {
		b.Fatal(err)
	}
	rng := rand.New(rand.NewPCG(1, 2))
	want := printed(b, loop.args(db, rng))
	watchedService(b, db)
	rng = rand.New(rand.NewPCG(1, 2))
	if got := printed(b, loop.args(db, rng)); got != want {
		b.Fatalf("%s through the service:\n%.2000s\nwant, as from the stopped file:\n%.2000s", name, got, want)
	}
	b.ReportAllocs()
	b.ResetTimer()
	cpu0 := cpuTime(b)
	for range b.N {
		printed(b, loop.args(db, rng))
	}
	b.ReportMetric(ms((cpuTime(b)-cpu0)/time.Duration(b.N)), "cpu-ms/op")
}

// cpuTime returns the CPU time this process has used, user and system.
func cpuTime(b *testing.B) time.Duration {
	var u syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &u); err != nil {
		b.Fatal(err)
	}
	return time.Duration(u.Utime.Nano() + u.Stime.Nano())
}
