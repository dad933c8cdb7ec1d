package main

import (
	"context"
	"fmt"
	"log/slog"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"strconv"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"pimmsbot/internal/catalog/catalogtest"
	"pimmsbot/internal/config"
	"pimmsbot/internal/discord/discordtest"
	"pimmsbot/internal/server"
	"pimmsbot/internal/telegram"
	"pimmsbot/internal/telegram/telegramtest"
)

// A loadNetwork sizes a network of sites for a load run: sites sites on
// bots Telegram bots, the network's bot and bots-1 bots of their own,
// site j on bot j%bots, each site with its channel and role on Discord.
type loadNetwork struct {
	sites, bots int
	// child runs serve as a child process rather than in the test's.
	child bool
}

// TestLoadNetworkShort is the short network load run of go test ./...:
// the workload and checks of BenchmarkNetwork on 7 sites and 2 bots, 200
// residents and 2,000 messages, a handover at each site, without timing
// goals.
func TestLoadNetworkShort(t *testing.T) {
	if testing.Short() {
		t.Skip("load test")
	}
	res := runNetworkLoad(t, loadNetwork{sites: 7, bots: 2},
		loadSpec{residents: 200, concurrent: 50, messages: 2000, handovers: 7})
	t.Logf("%s", res)
}

// BenchmarkNetwork runs the load test of BenchmarkLoad on a network: 70
// sites on 10 bots (9 bots of their own, each shared by 7 sites, and the
// network's bot for the other 7), each site with its channel and
// mediator role on the fake Discord, through "pimmsbot serve" as
// server.Run starts it with a sites file. 10,000 residents, 500 writing
// at once (as many as BenchmarkLoad's), each starting with /start <site>
// on their site's bot, then the mix of BenchmarkLoad: 50,000 messages in
// all; 100 of them (1 %) ask for a mediator, spread over the sites,
// and are answered in their site's thread by a mediator with their
// site's role. Each run checks what BenchmarkLoad checks, and that each
// reply came through the resident's own bot and each ticket went to its
// site's channel. "burst-child" runs the same with serve in a child
// process (the built pimmsbot), so that the bot's own peak resident set
// is measured apart from the fakes'. Run with:
//
//	go test -run x -bench 'Network/burst$' -benchtime 1x ./cmd/pimmsbot/
func BenchmarkNetwork(b *testing.B) {
	for _, c := range []struct {
		name  string
		rate  float64
		child bool
	}{{"burst", 0, false}, {"paced-2000", 2000, false}, {"burst-child", 0, true}} {
		b.Run(c.name, func(b *testing.B) {
			for range b.N {
				res := runNetworkLoad(b, loadNetwork{sites: 70, bots: 10, child: c.child},
					loadSpec{residents: 10_000, concurrent: 500, messages: 50_000, handovers: 100, rate: c.rate})
				reportLoad(b, res)
			}
			b.ReportMetric(0, "ns/op")
		})
	}
}

// runNetworkLoad runs spec on a network of sites served by one serve.
func runNetworkLoad(tb testing.TB, n loadNetwork, spec loadSpec) loadResult {
	tb.Helper()
	runtime.GC()
	stopSampling := sampleMemory()
	r, bots, mediators := newNetworkRig(tb, n)
	seat := func(i int) loadSeat {
		j := i % n.sites
		chat := int64(loadChat0 + i)
		s := loadSeat{
			bot: bots[j%n.bots], chat: chat, resident: telegram.Resident(chat), site: loadSiteID(j),
			start: "/start " + loadSiteID(j), channel: loadSiteChannel(j), mediator: mediators[j],
		}
		if k := j % n.bots; k > 0 {
			s.resident = server.BotChannel(loadBotID(k)) + ":" + strconv.FormatInt(chat, 10)
		}
		return s
	}
	return runLoadOn(tb, r, bots, n.sites, seat, spec, stopSampling)
}

// The ids of a load network's site j, its Discord channel and role, and
// of its bot of its own k (k ≥ 1) and that bot's token.
func loadSiteID(j int) string      { return fmt.Sprintf("site-%02d", j) }
func loadSiteChannel(j int) string { return fmt.Sprintf("83%016d", j) }
func loadSiteRole(j int) string    { return fmt.Sprintf("84%016d", j) }
func loadBotID(k int) string       { return fmt.Sprintf("bot-%d", k) }
func loadBotToken(k int) string    { return fmt.Sprintf("%d:LOAD-bot-%d", 700_000+k, k) }

// newNetworkRig starts serve (server.Run, as "pimmsbot serve" runs it)
// on a sites file of n, against a fake Bot API that serves its bots
// behind one address and a fake Discord with each site's channel and
// role. It returns the rig (tg is the network's bot), the bots, the
// network's first, and a mediator of each site, who holds that site's
// role only.
func newNetworkRig(tb testing.TB, n loadNetwork) (*rig, []*telegramtest.Server, []discordtest.User) {
	tb.Helper()
	dir := tb.TempDir()
	bots := []*telegramtest.Server{telegramtest.NewServer(tb)}
	for k := 1; k < n.bots; k++ {
		bots = append(bots, telegramtest.NewServerFor(tb, loadBotToken(k)))
		if err := os.WriteFile(filepath.Join(dir, loadBotID(k)+".token"), []byte(loadBotToken(k)+"\n"), 0o600); err != nil {
			tb.Fatal(err)
		}
	}
	sitesFile := filepath.Join(dir, "sites.yaml")
	if err := os.WriteFile(sitesFile, []byte(loadSitesYAML(n)), 0o600); err != nil {
		tb.Fatal(err)
	}
	r := &rig{tb: tb, tg: bots[0], dc: discordtest.New(tb), dbPath: filepath.Join(dir, "pimms.db"), log: &countingHandler{}}
	var mediators []discordtest.User
	for j := range n.sites {
		kind := discordtest.TypeForum
		if j%2 == 1 {
			kind = discordtest.TypeText
		}
		r.dc.AddChannel(discordtest.Channel{ID: loadSiteChannel(j), Name: "demandes-" + loadSiteID(j), Type: kind})
		r.dc.SetRole(discordtest.Role{ID: loadSiteRole(j), Name: "médiateurs-" + loadSiteID(j), Mentionable: true})
		mediators = append(mediators, discordtest.User{
			ID: fmt.Sprintf("61%016d", j), Name: fmt.Sprintf("mediateur.%02d", j), Nick: fmt.Sprintf("Médiateur %02d", j),
			Roles: []string{loadSiteRole(j)},
		})
	}
	vars := env{
		"TELEGRAM_BOT_TOKEN": telegramtest.Token, "TELEGRAM_API_URL": telegramtest.Shared(tb, bots...),
		"TELEGRAM_RATE_GLOBAL": "0", "TELEGRAM_RATE_PER_CHAT": "0", "PIMMS_SITES_FILE": sitesFile,
		"DISCORD_BOT_TOKEN": discordtest.Token, "DISCORD_GUILD_ID": discordtest.GuildID, "DISCORD_API_URL": r.dc.URL,
		"PIMMS_DB": r.dbPath, "PIMMS_HTTP_ADDR": "off", "PIMMS_ADMIN_SOCKET": "off",
	}
	if n.child {
		startServeChild(r, vars)
	} else {
		startServeIn(r, vars)
	}
	wctx, wcancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer wcancel()
	r.dc.WaitReady(wctx, 1)
	return r, bots, mediators
}

// startServeIn starts serve in the test's process with vars, on r.
func startServeIn(r *rig, vars env) {
	tb := r.tb
	cfg, err := config.Read(vars.get, "")
	if err == nil {
		err = cfg.Validate()
	}
	if err != nil {
		tb.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() {
		done <- server.Run(ctx, server.Options{
			Config: cfg, Catalog: catalogtest.FAQ(tb), Logger: slog.New(r.log),
			Adapters: server.Adapters{Hangup: make(chan os.Signal)},
		})
	}()
	r.stop = sync.OnceFunc(func() {
		cancel()
		if err := <-done; err != nil {
			tb.Errorf("serve: %v", err)
		}
	})
	tb.Cleanup(r.stop)
}

// startServeChild starts "pimmsbot serve" as a child process with vars,
// on r, its JSON log in a file: stopping it (SIGTERM) counts the log's
// warnings and errors into r.log, and r.peak reads its VmHWM.
func startServeChild(r *rig, vars env) {
	tb := r.tb
	dir := filepath.Dir(r.dbPath)
	bin := crashBuild(tb, dir)
	logPath := filepath.Join(dir, "serve.log")
	logFile, err := os.Create(logPath)
	if err != nil {
		tb.Fatal(err)
	}
	cmd := exec.Command(bin, "serve")
	cmd.Env = []string{"PATH=" + os.Getenv("PATH"), "HOME=" + dir, "TZ=UTC", "PIMMS_LOG_FORMAT=json"}
	for k, v := range vars {
		cmd.Env = append(cmd.Env, k+"="+v)
	}
	cmd.Stdout, cmd.Stderr = logFile, logFile
	if err := cmd.Start(); err != nil {
		tb.Fatal(err)
	}
	logFile.Close()
	r.peak = func() uint64 { return vmHWMOf(fmt.Sprintf("/proc/%d/status", cmd.Process.Pid)) }
	r.stop = sync.OnceFunc(func() {
		cmd.Process.Signal(syscall.SIGTERM)
		if err := cmd.Wait(); err != nil {
			tb.Errorf("pimmsbot serve: %v", err)
		}
		data, _ := os.ReadFile(logPath)
		for line := range strings.Lines(string(data)) {
			switch {
			case strings.Contains(line, `"level":"ERROR"`):
				r.log.add(slog.LevelError, line)
			case strings.Contains(line, `"level":"WARN"`):
				r.log.add(slog.LevelWarn, line)
			}
		}
	})
	tb.Cleanup(r.stop)
}

// loadSitesYAML is the sites file of n: sites open at all hours, each
// with its own postcode, channel and role; site j on bot j%n.bots, bot 0
// being the network's (TELEGRAM_BOT_TOKEN).
func loadSitesYAML(n loadNetwork) string {
	var b strings.Builder
	fmt.Fprintf(&b, "default: %s\n", loadSiteID(0))
	if n.bots > 1 {
		b.WriteString("bots:\n")
	}
	for k := 1; k < n.bots; k++ {
		fmt.Fprintf(&b, "  - {id: %s, username: PimmsLoad%dBot, token_file: %[1]s.token}\n", loadBotID(k), k)
	}
	b.WriteString("sites:\n")
	for j := range n.sites {
		fmt.Fprintf(&b, "  - id: %s\n    name: PIMMS Réseau %02d\n", loadSiteID(j), j)
		fmt.Fprintf(&b, "    address: %d rue de la Gare, 69%03d Lyon\n    phone: 04 72 00 00 %02d\n", j+1, j+1, j)
		fmt.Fprintf(&b, "    hours: lun-dim 00:00-24:00\n    postcodes: [\"69%03d\"]\n", j+1)
		fmt.Fprintf(&b, "    discord: {channel: %q, role: %q}\n", loadSiteChannel(j), loadSiteRole(j))
		if k := j % n.bots; k > 0 {
			fmt.Fprintf(&b, "    bot: %s\n", loadBotID(k))
		}
	}
	return b.String()
}
