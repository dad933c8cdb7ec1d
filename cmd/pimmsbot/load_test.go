package main

import (
	"bufio"
	"context"
	"fmt"
	"os"
	"regexp"
	"runtime"
	"runtime/metrics"
	"slices"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/go-telegram/bot/models"

	"pimmsbot/internal/conversation"
	"pimmsbot/internal/discord/discordtest"
	"pimmsbot/internal/secret"
	"pimmsbot/internal/telegram"
	"pimmsbot/internal/telegram/telegramtest"
)

// A loadSpec sizes a load run.
type loadSpec struct {
	residents int // in all, each waiting for its answer before writing again
	// concurrent is how many residents write at once: when one is done
	// another starts, until all have written; 0 is all of them at once.
	concurrent int
	messages   int // updates pushed in all, handovers included
	handovers  int // residents who ask for a mediator first
	// rate is the updates per second offered, all residents together; 0
	// pushes each update as soon as its resident has read the previous
	// answer (a burst: the bot's own speed sets the pace).
	rate float64
}

// workers returns how many residents write at once.
func (s loadSpec) workers() int {
	if s.concurrent > 0 {
		return min(s.concurrent, s.residents)
	}
	return s.residents
}

// TestLoadShort is the short load run of go test ./...: the same
// workload and the same checks that nothing was lost or duplicated as
// BenchmarkLoad, at a tenth of the size and without timing goals.
func TestLoadShort(t *testing.T) {
	if testing.Short() {
		t.Skip("load test")
	}
	res := runLoad(t, loadSpec{residents: 50, messages: 1000, handovers: 5})
	t.Logf("%s", res)
}

// BenchmarkLoad runs 500 residents writing 10,000 messages through the
// fake Telegram, with 50 of them handed over to a mediator on the fake
// Discord at once, on the real adapters, core, FAQ and a durable bbolt
// file, the rate limiter lifted. "burst" lets every resident write as soon
// as they have read their answer; "paced" offers 2,000 messages a second.
// Each run checks that nothing was lost or duplicated. Run with:
//
//	go test -run x -bench Load -benchtime 1x ./cmd/pimmsbot/
func BenchmarkLoad(b *testing.B) {
	for _, c := range []struct {
		name string
		rate float64
	}{{"burst", 0}, {"paced-2000", 2000}, {"paced-2500", 2500}} {
		b.Run(c.name, func(b *testing.B) {
			for range b.N {
				res := runLoad(b, loadSpec{residents: 500, messages: 10_000, handovers: 50, rate: c.rate})
				reportLoad(b, res)
			}
			b.ReportMetric(0, "ns/op")
		})
	}
}

// reportLoad reports a load run's figures as the benchmark's metrics,
// and logs them all.
func reportLoad(b *testing.B, res loadResult) {
	b.ReportMetric(res.perSecond(), "msgs/s")
	b.ReportMetric(ms(res.quantile(0.50)), "p50-ms")
	b.ReportMetric(ms(res.quantile(0.99)), "p99-ms")
	b.ReportMetric(ms(res.quantile(1)), "max-ms")
	b.ReportMetric(float64(res.peakInuse)/(1<<20), "peak-inuse-MiB")
	b.ReportMetric(float64(res.vmHWM)/(1<<20), "VmHWM-MiB")
	if res.botHWM > 0 {
		b.ReportMetric(float64(res.botHWM)/(1<<20), "bot-VmHWM-MiB")
	}
	b.Logf("%s", res)
}

func ms(d time.Duration) float64 { return float64(d) / float64(time.Millisecond) }

// loadResult is what a run measured.
type loadResult struct {
	spec      loadSpec
	updates   int           // pushed to the fake Telegram
	replies   int           // messages the fake Telegram took
	elapsed   time.Duration // first update pushed → last reply taken
	latencies []time.Duration
	// relays are the handovers' crossings: a resident's message to its
	// post on Discord, a mediator's message to its delivery on Telegram.
	relays    []time.Duration
	peakInuse uint64 // peak of heap in use + stacks, sampled every 10 ms
	vmHWM     uint64 // the process's peak resident set (VmHWM)
	botHWM    uint64 // the bot's, when it runs in a child process
	warnings  int
}

func (r loadResult) perSecond() float64 { return float64(r.updates) / r.elapsed.Seconds() }

func (r loadResult) quantile(q float64) time.Duration { return quantile(r.latencies, q) }

func quantile(d []time.Duration, q float64) time.Duration {
	if len(d) == 0 {
		return 0
	}
	s := slices.Clone(d)
	slices.Sort(s)
	i := int(q*float64(len(s))+0.5) - 1
	return s[min(max(i, 0), len(s)-1)]
}

func (r loadResult) String() string {
	return fmt.Sprintf("%d residents (%d at once), %d updates (%d handovers), rate %v: %d replies in %v = %.0f updates/s; "+
		"update→reply p50 %v p99 %v max %v (%d measured); handover relays p50 %v max %v (%d); "+
		"peak heap+stacks in use %.1f MiB, VmHWM %.1f MiB; %d warnings logged",
		r.spec.residents, r.spec.workers(), r.updates, r.spec.handovers, r.spec.rate, r.replies, r.elapsed.Round(time.Millisecond), r.perSecond(),
		r.quantile(0.5).Round(10*time.Microsecond), r.quantile(0.99).Round(10*time.Microsecond), r.quantile(1).Round(10*time.Microsecond), len(r.latencies),
		quantile(r.relays, 0.5).Round(10*time.Microsecond), quantile(r.relays, 1).Round(10*time.Microsecond), len(r.relays),
		float64(r.peakInuse)/(1<<20), float64(r.vmHWM)/(1<<20), r.warnings) + r.child()
}

// child says the peak resident set of a bot run as a child process.
func (r loadResult) child() string {
	if r.botHWM == 0 {
		return ""
	}
	return fmt.Sprintf("; serve in a child process: VmHWM %.1f MiB", float64(r.botHWM)/(1<<20))
}

// replyLog is what the fake Telegram took for one chat: the time of each
// message, fed by the server's observer.
type replyLog struct {
	mu      sync.Mutex
	at      []time.Time
	changed chan struct{}
}

func (l *replyLog) add(t time.Time) {
	l.mu.Lock()
	defer l.mu.Unlock()
	l.at = append(l.at, t)
	close(l.changed)
	l.changed = make(chan struct{})
}

func (l *replyLog) count() int {
	l.mu.Lock()
	defer l.mu.Unlock()
	return len(l.at)
}

// wait returns the time of the n-th message, waiting for it until the
// deadline.
func (l *replyLog) wait(n int, deadline time.Time) (time.Time, bool) {
	timer := time.NewTimer(time.Until(deadline))
	defer timer.Stop()
	for {
		l.mu.Lock()
		if len(l.at) >= n {
			at := l.at[n-1]
			l.mu.Unlock()
			return at, true
		}
		ch := l.changed
		l.mu.Unlock()
		select {
		case <-ch:
		case <-timer.C:
			return time.Time{}, false
		}
	}
}

// pacer hands out the times at which updates may be pushed, rate a
// second; a nil pacer never waits.
type pacer struct {
	start time.Time
	every time.Duration
	n     atomic.Int64
}

func (p *pacer) wait() {
	if p == nil {
		return
	}
	i := p.n.Add(1) - 1
	if d := time.Until(p.start.Add(time.Duration(i) * p.every)); d > 0 {
		time.Sleep(d)
	}
}

// A loadStep is one thing a resident does in the mix.
type loadStep struct {
	text  string // a message, or
	click string // the label of a button to click (text is sent when no message has it)
	// replies is how many messages the bot sends back.
	replies int
}

// loadMix is what a resident does, in a realistic proportion: 8 FAQ
// questions, 3 greetings and thanks, 3 questions the FAQ does not cover,
// 4 button clicks, a command and a password pasted by mistake (masked,
// and the resident warned: two replies).
var loadMix = []loadStep{
	{text: "bonjour", replies: 1},
	{text: "j'ai perdu ma carte vitale", replies: 1},
	{click: "👍 Ça m'aide", text: "merci", replies: 1},
	{text: "comment demander l'APL", replies: 1},
	{text: "quelle heure est-il à Tokyo", replies: 1},
	{click: "📚 Thèmes", text: "bonjour", replies: 1},
	{text: "comment faire ma déclaration d'impôts", replies: 1},
	{text: "ma facture d'électricité est trop chère", replies: 1},
	{click: "👎 Pas vraiment", text: "merci", replies: 1},
	{text: "merci beaucoup", replies: 1},
	{text: "le chat du voisin est sur mon toit", replies: 1},
	{text: "/aide", replies: 1},
	{text: "comment ouvrir un compte bancaire", replies: 1},
	{text: "ma voisine fait trop de bruit le soir", replies: 1},
	{click: "👍 Ça m'aide", text: "merci", replies: 1},
	{text: "mon mot de passe est Soleil2024!", replies: 2},
	{text: "je veux refaire mon passeport", replies: 1},
	{text: "quand est payée la caf", replies: 1},
	{text: "c'est pour ma grand-mère qui ne parle pas bien français", replies: 1},
	{text: "au revoir", replies: 1},
}

// load is one run in progress.
type load struct {
	tb       testing.TB
	r        *rig
	spec     loadSpec
	seats    []loadSeat // by resident
	pace     *pacer
	logs     map[int64]*replyLog
	deadline time.Time
	wrongBot atomic.Int64 // replies sent to a resident through another bot

	pushed atomic.Int64
	mu     sync.Mutex
	first  time.Time
	lat    []time.Duration
	relays []time.Duration
	// want is, by chat, what the resident did as the store should hold
	// it, and the replies expected on Telegram.
	stored    map[int64][]string
	replies   map[int64]int
	mediators map[int64]int // replies written by a mediator
	marks     map[int64][3]string
	threads   map[int64]string
	pushedAt  map[int64]time.Time // when each chat's last update was pushed
}

// A loadSeat is where a resident writes and where their handover goes.
type loadSeat struct {
	bot      *telegramtest.Server // the bot they write to
	chat     int64
	resident string // their id in the store
	site     string // the site they should get, "" for the rig's one site
	start    string // their first update ("/start <site>"), or none
	channel  string // the Discord channel of their site's tickets
	mediator discordtest.User
}

const loadChat0 = 1_000_000

// runLoad runs spec on the rig: one site, one bot.
func runLoad(tb testing.TB, spec loadSpec) loadResult {
	tb.Helper()
	runtime.GC()
	stopSampling := sampleMemory()
	r := newRig(tb)
	seat := func(i int) loadSeat {
		chat := int64(loadChat0 + i)
		return loadSeat{bot: r.tg, chat: chat, resident: telegram.Resident(chat), channel: rigChannel, mediator: rigMediator}
	}
	return runLoadOn(tb, r, []*telegramtest.Server{r.tg}, 1, seat, spec, stopSampling)
}

// runLoadOn runs spec on r, whose bots are bots and whose residents sit
// at seat(i) on one of sites sites, and checks the run. stopSampling
// ends the memory sampling started before r was built.
func runLoadOn(tb testing.TB, r *rig, bots []*telegramtest.Server, sites int, seat func(int) loadSeat, spec loadSpec, stopSampling func() uint64) loadResult {
	tb.Helper()
	ld := &load{
		tb: tb, r: r, spec: spec, logs: map[int64]*replyLog{},
		stored: map[int64][]string{}, replies: map[int64]int{}, mediators: map[int64]int{},
		marks: map[int64][3]string{}, threads: map[int64]string{}, pushedAt: map[int64]time.Time{},
	}
	for i := range spec.residents {
		ld.seats = append(ld.seats, seat(i))
		ld.logs[ld.seats[i].chat] = &replyLog{changed: make(chan struct{})}
	}
	for _, b := range bots {
		b.Observe(func(c telegramtest.Call) { ld.observe(b, c) })
	}
	per, handover := ld.plan(sites)
	start := time.Now()
	ld.first = start
	ld.deadline = start.Add(max(2*time.Minute, time.Duration(spec.messages)*12*time.Millisecond))
	if spec.rate > 0 {
		ld.pace = &pacer{start: start, every: time.Duration(float64(time.Second) / spec.rate)}
	}
	workers := spec.workers()
	var next atomic.Int64
	var wg sync.WaitGroup
	for range workers {
		wg.Go(func() {
			for i := int(next.Add(1) - 1); i < spec.residents; i = int(next.Add(1) - 1) {
				ld.resident(i, per[i], handover[i])
			}
		})
	}
	wg.Wait()
	var last time.Time
	total := 0
	for _, l := range ld.logs {
		l.mu.Lock()
		if n := len(l.at); n > 0 && l.at[n-1].After(last) {
			last = l.at[n-1]
		}
		total += len(l.at)
		l.mu.Unlock()
	}
	peak := stopSampling()
	res := loadResult{
		spec: spec, updates: int(ld.pushed.Load()), replies: total, elapsed: last.Sub(start),
		latencies: ld.lat, relays: ld.relays, peakInuse: peak, vmHWM: vmHWM(),
	}
	if r.peak != nil {
		res.botHWM = r.peak()
	}
	ld.check(bots)
	res.warnings, _, _ = r.log.counts()
	return res
}

// observe records a message bot sent, in its chat's log when the chat
// is one of bot's residents'.
func (ld *load) observe(bot *telegramtest.Server, c telegramtest.Call) {
	if !c.OK() || (c.Method != "sendMessage" && c.Method != "sendPhoto" && c.Method != "sendDocument") {
		return
	}
	l := ld.logs[c.Chat]
	if l == nil {
		return
	}
	if ld.seats[c.Chat-loadChat0].bot != bot {
		ld.wrongBot.Add(1)
		return
	}
	l.add(c.At)
}

// plan returns how many updates each resident pushes, messages/residents
// each and the remainder to the first ones, and which residents ask for
// a mediator: spread evenly over the residents and, among sites sites
// where resident i is at site i%sites, over the sites in turn.
func (ld *load) plan(sites int) (per []int, handover map[int]bool) {
	spec := ld.spec
	per = make([]int, spec.residents)
	for i := range spec.messages {
		per[i%spec.residents]++
	}
	handover = map[int]bool{}
	for k := range spec.handovers {
		base := k * spec.residents / spec.handovers
		i := base - base%sites + k%sites
		if i >= spec.residents || handover[i] {
			ld.tb.Fatalf("%d handovers cannot be spread over %d residents on %d sites", spec.handovers, spec.residents, sites)
		}
		handover[i] = true
	}
	return per, handover
}

// resident plays one resident's part.
func (ld *load) resident(i, n int, handover bool) {
	seat := ld.seats[i]
	chat := seat.chat
	log := ld.logs[chat]
	want := 0
	var stored []string
	// push sends an update and waits for its replies.
	push := func(u models.Update, replies int, store string) bool {
		ld.pace.wait()
		t0 := time.Now()
		ld.mu.Lock()
		ld.pushedAt[chat] = t0
		ld.mu.Unlock()
		seat.bot.Push(u)
		ld.pushed.Add(1)
		stored = append(stored, store)
		want += replies
		if replies == 0 {
			return true
		}
		at, ok := log.wait(want, ld.deadline)
		if !ok {
			ld.tb.Errorf("chat %d: update %q: %d replies in all after it, want %d", chat, store, log.count(), want)
			return false
		}
		ld.mu.Lock()
		ld.lat = append(ld.lat, at.Sub(t0))
		ld.mu.Unlock()
		return true
	}
	defer func() {
		ld.mu.Lock()
		ld.stored[chat] = stored
		ld.replies[chat] = want
		ld.mu.Unlock()
	}()
	if seat.start != "" {
		cmd, _, _ := strings.Cut(seat.start, " ") // a command is stored without its argument
		if !push(telegramtest.Text(chat, seat.start), 1, cmd) {
			return
		}
		n--
	}
	if handover {
		if !ld.handover(seat, log, push, &want) {
			return
		}
		n -= 3
	}
	for k := range n {
		step := loadMix[(i+k)%len(loadMix)]
		if step.click != "" {
			if u, ok := seat.bot.Click(chat, step.click); ok {
				data := u.CallbackQuery.Data
				if !push(u, step.replies, "[bouton] "+data) {
					return
				}
				continue
			}
		}
		masked, _ := secret.Mask(step.text)
		if !push(telegramtest.Text(chat, step.text), step.replies, masked) {
			return
		}
	}
}

var ticketRe = regexp.MustCompile(`n°\s*(\d+)`)

// handover plays a handover: the resident asks for a mediator, writes in
// the thread, a mediator claims and answers, the resident thanks, the
// mediator closes. It takes three updates.
func (ld *load) handover(seat loadSeat, log *replyLog, push func(models.Update, int, string) bool, want *int) bool {
	chat := seat.chat
	fail := func(format string, args ...any) bool {
		ld.tb.Errorf("chat %d: "+format, append([]any{chat}, args...)...)
		return false
	}
	if !push(telegramtest.Text(chat, "/mediateur"), 1, "/mediateur") {
		return false
	}
	msgs := seat.bot.Messages(chat)
	m := ticketRe.FindStringSubmatch(msgs[len(msgs)-1].Text)
	if m == nil {
		return fail("no ticket number in %q", msgs[len(msgs)-1].Text)
	}
	ticket, _ := strconv.Atoi(m[1])
	var thread string
	if !ld.poll(func() bool {
		for _, th := range ld.r.dc.Threads(seat.channel) {
			if strings.Contains(th.Name, fmt.Sprintf(" n° %d ·", ticket)) {
				thread = th.ID
				return true
			}
		}
		return false
	}) {
		return fail("no thread for ticket %d", ticket)
	}
	marks := [3]string{fmt.Sprintf("D%d", chat), fmt.Sprintf("R%d", chat), fmt.Sprintf("M%d", chat)}
	ld.mu.Lock()
	ld.marks[chat], ld.threads[chat] = marks, thread
	ld.mu.Unlock()
	inThread := func(mark string) bool {
		for _, m := range ld.r.dc.Messages(thread) {
			if strings.Contains(m.Content, mark) {
				return true
			}
		}
		return false
	}
	// relay records the time from the resident's last update to now.
	relay := func() {
		ld.mu.Lock()
		ld.relays = append(ld.relays, time.Since(ld.pushedAt[chat]))
		ld.mu.Unlock()
	}

	// While the ticket waits, the message gets its receipt.
	if !push(telegramtest.Text(chat, "Voici mon dossier "+marks[0]), 1, "Voici mon dossier "+marks[0]) {
		return false
	}
	if !ld.poll(func() bool { return inThread(marks[0]) }) {
		return fail("the resident's message did not reach the thread")
	}
	relay()

	ld.r.dc.Click(thread, thread, seat.mediator, fmt.Sprintf("pimms:claim:%d", ticket))
	*want++
	if _, ok := log.wait(*want, ld.deadline); !ok {
		return fail("the resident was not told of the claim")
	}
	t0 := time.Now()
	ld.r.dc.UserMessage(thread, seat.mediator, "Bonjour, voici la réponse "+marks[1])
	*want++
	at, ok := log.wait(*want, ld.deadline)
	if !ok {
		return fail("the mediator's answer did not reach the resident")
	}
	ld.mu.Lock()
	ld.relays = append(ld.relays, at.Sub(t0))
	ld.mediators[chat]++
	ld.mu.Unlock()

	if !push(telegramtest.Text(chat, "Merci "+marks[2]), 0, "Merci "+marks[2]) {
		return false
	}
	if !ld.poll(func() bool { return inThread(marks[2]) }) {
		return fail("the resident's thanks did not reach the thread")
	}
	relay()

	ld.r.dc.Command(thread, seat.mediator, "fermer", nil)
	*want += 2
	if _, ok := log.wait(*want, ld.deadline); !ok {
		return fail("the resident was not told the ticket was closed")
	}
	return true
}

// poll waits for cond on the fake Discord, checking every 2 ms.
func (ld *load) poll(cond func() bool) bool {
	for !cond() {
		if time.Now().After(ld.deadline) {
			return false
		}
		time.Sleep(2 * time.Millisecond)
	}
	return true
}

// check proves that nothing was lost or duplicated: every resident got
// exactly the replies expected, through their own bot, every handover's
// thread is in its site's channel, every relayed message crossed once,
// and the database holds each message once, in order, with the
// resident's site, and an empty outbox.
func (ld *load) check(bots []*telegramtest.Server) {
	tb, r := ld.tb, ld.r
	tb.Helper()
	// Let anything late arrive before counting, then stop the bot.
	time.Sleep(100 * time.Millisecond)
	r.stop()
	for chat, l := range ld.logs {
		if got, want := l.count(), ld.replies[chat]; got != want {
			tb.Errorf("chat %d: the fake Telegram took %d messages, want %d", chat, got, want)
		}
	}
	if n := ld.wrongBot.Load(); n > 0 {
		tb.Errorf("%d replies went to a resident through another bot than theirs", n)
	}
	for _, b := range bots {
		for _, c := range b.Calls() {
			if c.Fault != "" {
				tb.Errorf("Telegram refused a call: %s chat %d: %s", c.Method, c.Chat, c.Fault)
			}
		}
	}
	ld.checkThreads()
	for _, c := range r.dc.Calls() {
		if c.Status >= 400 {
			tb.Errorf("Discord refused a call: %s %s: %d", c.Method, c.Path, c.Status)
		}
	}
	ld.checkStore()
	if _, errs, kept := r.log.counts(); errs > 0 {
		tb.Errorf("%d errors logged, first ones:\n%s", errs, strings.Join(kept, "\n"))
	}
}

// checkThreads checks that each site's channel holds one thread per
// handover of its residents, and that each relayed message crossed once.
func (ld *load) checkThreads() {
	tb, r := ld.tb, ld.r
	want := map[string]int{} // threads by channel
	for _, seat := range ld.seats {
		want[seat.channel] += 0
		if _, ok := ld.marks[seat.chat]; ok {
			want[seat.channel]++
		}
	}
	for channel, n := range want {
		if threads := r.dc.Threads(channel); len(threads) != n {
			var names []string
			for _, th := range threads {
				names = append(names, fmt.Sprintf("%q (%d messages)", th.Name, len(r.dc.Messages(th.ID))))
			}
			tb.Errorf("channel %s holds %d threads, want %d: %s", channel, len(threads), n, strings.Join(names, ", "))
		}
	}
	for chat, marks := range ld.marks {
		thread := r.dc.Messages(ld.threads[chat])
		for _, mark := range []string{marks[0], marks[2]} {
			n := 0
			for _, m := range thread {
				n += strings.Count(m.Content, mark)
			}
			if n != 1 {
				tb.Errorf("chat %d: %q appears %d times in its thread, want 1", chat, mark, n)
			}
		}
		n := 0
		for _, m := range ld.seats[chat-loadChat0].bot.Messages(chat) {
			n += strings.Count(m.Text, marks[1])
		}
		if n != 1 {
			tb.Errorf("chat %d: the mediator's answer reached the resident %d times, want 1", chat, n)
		}
	}
}

// checkStore checks the database once the bot is stopped: consistent,
// an empty outbox, and each resident's messages stored once, in order,
// with their site and their tickets'.
func (ld *load) checkStore() {
	tb := ld.tb
	store := ld.r.reopen()
	ctx := context.Background()
	if out, err := store.Outbox(ctx); err != nil || len(out) != 0 {
		tb.Errorf("outbox after the load: %d items, err %v; want none", len(out), err)
	}
	if err := store.Check(); err != nil {
		tb.Errorf("bbolt consistency check: %v", err)
	}
	// What Export gives, read in one pass over the conversations and the
	// tickets rather than one per resident (Export scans whole buckets).
	convs, tickets := map[string][]uint64{}, map[string][]conversation.Ticket{}
	err := store.ForEachConversation(ctx, func(c conversation.Conversation) error {
		convs[c.Resident] = append(convs[c.Resident], c.ID)
		return nil
	})
	if err == nil {
		err = store.ForEachTicket(ctx, func(t conversation.Ticket) error {
			tickets[t.Resident] = append(tickets[t.Resident], t)
			return nil
		})
	}
	if err != nil {
		tb.Fatalf("reading the store: %v", err)
	}
	for chat, want := range ld.stored {
		seat := ld.seats[chat-loadChat0]
		x, err := store.Resident(ctx, seat.resident)
		if err != nil {
			tb.Errorf("chat %d: %v", chat, err)
			continue
		}
		if x.Site != seat.site {
			tb.Errorf("chat %d: stored at site %q, want %q", chat, x.Site, seat.site)
		}
		for _, t := range tickets[seat.resident] {
			if t.Site != seat.site {
				tb.Errorf("chat %d: ticket %d of site %q, want %q", chat, t.Number, t.Site, seat.site)
			}
		}
		var msgs []conversation.Message
		for _, id := range convs[seat.resident] {
			m, err := store.Messages(ctx, id)
			if err != nil {
				tb.Errorf("chat %d: conversation %d: %v", chat, id, err)
			}
			msgs = append(msgs, m...)
		}
		var got []string
		bot, med := 0, 0
		for _, m := range msgs {
			switch m.From {
			case conversation.FromResident:
				got = append(got, m.Text)
			case conversation.FromBot:
				bot++
			case conversation.FromMediator:
				med++
			}
		}
		if !sameActions(got, want) {
			tb.Errorf("chat %d: the store holds the resident's messages\n%q\nwant\n%q", chat, got, want)
		}
		if want := ld.replies[chat] - ld.mediators[chat]; bot != want {
			tb.Errorf("chat %d: the store holds %d bot messages, want %d", chat, bot, want)
		}
		if med != ld.mediators[chat] {
			tb.Errorf("chat %d: the store holds %d mediator messages, want %d", chat, med, ld.mediators[chat])
		}
	}
}

// sameActions compares what the store holds with what was sent: a click
// is stored as "[bouton] <action>", and sent as signed callback data that
// ends with the action.
func sameActions(got, want []string) bool {
	if len(got) != len(want) {
		return false
	}
	for i := range got {
		w, click := strings.CutPrefix(want[i], "[bouton] ")
		if click {
			g, ok := strings.CutPrefix(got[i], "[bouton] ")
			if !ok || g == "" || !strings.HasSuffix(w, g) {
				return false
			}
			continue
		}
		if got[i] != w {
			return false
		}
	}
	return true
}

// sampleMemory samples the heap in use plus the goroutine stacks every
// 10 ms, without stopping the world, until the returned function is
// called; that function returns the peak.
func sampleMemory() func() uint64 {
	samples := []metrics.Sample{
		{Name: "/memory/classes/heap/objects:bytes"},
		{Name: "/memory/classes/heap/unused:bytes"},
		{Name: "/memory/classes/heap/stacks:bytes"},
	}
	var peak atomic.Uint64
	read := func() {
		metrics.Read(samples)
		var v uint64
		for _, s := range samples {
			if s.Value.Kind() == metrics.KindUint64 {
				v += s.Value.Uint64()
			}
		}
		if v > peak.Load() {
			peak.Store(v)
		}
	}
	done := make(chan struct{})
	stopped := make(chan struct{})
	go func() {
		defer close(stopped)
		t := time.NewTicker(10 * time.Millisecond)
		defer t.Stop()
		for {
			read()
			select {
			case <-t.C:
			case <-done:
				return
			}
		}
	}()
	return func() uint64 {
		close(done)
		<-stopped
		read()
		return peak.Load()
	}
}

// vmHWM returns the process's peak resident set size, 0 when unknown.
func vmHWM() uint64 { return vmHWMOf("/proc/self/status") }

// vmHWMOf returns the peak resident set size (VmHWM) in a process's
// status file, 0 when unknown.
func vmHWMOf(status string) uint64 {
	f, err := os.Open(status)
	if err != nil {
		return 0
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		if v, ok := strings.CutPrefix(sc.Text(), "VmHWM:"); ok {
			kb, _ := strconv.ParseUint(strings.TrimSpace(strings.TrimSuffix(strings.TrimSpace(v), "kB")), 10, 64)
			return kb << 10
		}
	}
	return 0
}
