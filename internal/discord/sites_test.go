package discord

import (
	"context"
	"errors"
	"log/slog"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"pimmsbot/internal/bolt"
	"pimmsbot/internal/catalog"
	"pimmsbot/internal/catalog/catalogtest"
	"pimmsbot/internal/conversation"
	"pimmsbot/internal/discord/discordtest"
	"pimmsbot/internal/fakeclock"
	"pimmsbot/internal/sites"
)

// Two sites: A's tickets in a text channel, B's in a forum.
const (
	chanA     = "810000000000000001"
	roleA     = "810000000000000002"
	chanB     = "820000000000000001"
	roleB     = "820000000000000002"
	roleCoord = "830000000000000001"
)

var deskSites = []Site{
	{ID: "a", Name: "PIMMS Alpha", ChannelID: chanA, RoleID: roleA},
	{ID: "b", Name: "PIMMS Bêta", ChannelID: chanB, RoleID: roleB},
}

// network is the core's view of the same two sites.
type network []conversation.Site

func (n network) Site(id string) (conversation.Site, bool) {
	for _, s := range n {
		if s.ID == id {
			return s, true
		}
	}
	return conversation.Site{}, false
}
func (n network) ForPostcode(string) []conversation.Site { return nil }
func (n network) Default() conversation.Site             { return n[0] }
func (n network) Len() int                               { return len(n) }

var (
	medA  = discordtest.User{ID: "610000000000000001", Name: "alice", Nick: "Alice", Roles: []string{roleA}}
	medB  = discordtest.User{ID: "620000000000000001", Name: "bruno", Nick: "Bruno", Roles: []string{roleB}}
	coord = discordtest.User{ID: "630000000000000001", Name: "chloe", Nick: "Chloé", Roles: []string{roleCoord}}
)

// lockedBuffer keeps the log lines and wakes waitFor on each.
type lockedBuffer struct {
	mu      sync.Mutex
	b       strings.Builder
	changed chan struct{}
}

func (l *lockedBuffer) Write(p []byte) (int, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	if l.changed == nil {
		l.changed = make(chan struct{})
	}
	close(l.changed)
	l.changed = make(chan struct{})
	return l.b.Write(p)
}

func (l *lockedBuffer) String() string {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.b.String()
}

// waitFor blocks until a log line holds s.
func (l *lockedBuffer) waitFor(ctx context.Context, t *testing.T, s string) {
	t.Helper()
	for {
		l.mu.Lock()
		if l.changed == nil {
			l.changed = make(chan struct{})
		}
		ch, done := l.changed, strings.Contains(l.b.String(), s)
		l.mu.Unlock()
		if done {
			return
		}
		select {
		case <-ch:
		case <-ctx.Done():
			t.Fatalf("no log line with %q in:\n%s", s, l.String())
		}
	}
}

// netFixture is a desk for two sites on the fake Discord, with the real
// core on a bbolt file.
type netFixture struct {
	ctx   context.Context
	srv   *discordtest.Server
	d     *Desk
	svc   *conversation.Service
	store *bolt.Store
	tg    *residents
	logs  *lockedBuffer
}

// newNetwork starts the desk; setup changes the fake Discord first.
func newNetwork(t *testing.T, setup func(srv *discordtest.Server)) *netFixture {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	t.Cleanup(cancel)
	srv := discordtest.New(t)
	srv.AddChannel(discordtest.Channel{ID: chanA, Name: "alpha", Type: discordtest.TypeText})
	srv.AddChannel(discordtest.Channel{ID: chanB, Name: "beta", Type: discordtest.TypeForum})
	for _, r := range []string{roleA, roleB, roleCoord} {
		srv.SetRole(discordtest.Role{ID: r, Name: "role-" + r[:2], Mentionable: true})
	}
	if setup != nil {
		setup(srv)
	}
	logs := &lockedBuffer{}
	d, err := New(Config{
		Token: discordtest.Token, GuildID: discordtest.GuildID, Sites: deskSites, CoordinatorRoleID: roleCoord,
		HTTPClient: srv.Client(), Logger: slog.New(slog.NewTextHandler(logs, nil)),
	})
	if err != nil {
		t.Fatal(err)
	}
	store, err := bolt.Open(filepath.Join(t.TempDir(), "pimms.db"), bolt.Options{})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { store.Close() })
	cat := catalogtest.FAQ(t)
	tg := &residents{}
	svc, err := conversation.New(ctx, conversation.Config{
		Store: store, Catalog: cat, Matcher: catalog.NewMatcher(cat),
		Channels: map[string]conversation.Channel{"test": tg}, Desk: d,
		Now:   fakeclock.New(time.Date(2025, 3, 4, 10, 0, 0, 0, time.UTC)).Now,
		Sites: network{{ID: "a", Name: "PIMMS Alpha"}, {ID: "b", Name: "PIMMS Bêta"}},
	})
	if err != nil {
		t.Fatal(err)
	}
	runCtx, stop := context.WithCancel(ctx)
	done := make(chan error, 1)
	go func() { done <- d.Run(runCtx, svc) }()
	t.Cleanup(func() {
		stop()
		if err := <-done; err != nil {
			t.Errorf("Run: %v", err)
		}
	})
	return &netFixture{ctx: ctx, srv: srv, d: d, svc: svc, store: store, tg: tg, logs: logs}
}

// connected waits for the gateway and the events it brought.
func (f *netFixture) connected(t *testing.T) {
	t.Helper()
	f.srv.WaitReady(f.ctx, 1)
	settle(f.ctx, t, f.srv, f.d)
}

// handover makes a resident of site ask for a mediator; it returns the
// ticket's thread.
func (f *netFixture) handover(t *testing.T, resident, site string) string {
	t.Helper()
	// The resident chose their site, as a deep link or their postcode do.
	now := time.Date(2025, 3, 4, 10, 0, 0, 0, time.UTC)
	r := conversation.Resident{ID: resident, Label: conversation.Label(resident, now), Created: now, Site: site}
	if err := f.store.Commit(f.ctx, &conversation.Change{Resident: &r}); err != nil {
		t.Fatal(err)
	}
	for _, in := range []conversation.Incoming{{Text: "Comment demander l'APL ?"}, {Action: conversation.ActHuman}} {
		in.Resident = resident
		if err := f.svc.HandleResident(f.ctx, in); err != nil {
			t.Fatal(err)
		}
	}
	settle(f.ctx, t, f.srv, f.d)
	stored, err := f.store.Resident(f.ctx, resident)
	if err != nil {
		t.Fatal(err)
	}
	tk, _, err := f.svc.History(f.ctx, stored.Ticket)
	if err != nil || tk.DeskRef == "" {
		t.Fatalf("ticket of %s: %+v, %v", resident, tk, err)
	}
	return tk.DeskRef
}

// ticket returns a ticket as stored.
func (f *netFixture) ticket(t *testing.T, n uint64) conversation.Ticket {
	t.Helper()
	tk, _, err := f.svc.History(f.ctx, n)
	if err != nil {
		t.Fatal(err)
	}
	return tk
}

// lastCallback returns the content of the last interaction answer: the
// callback's, or the edit of a deferred one.
func lastAnswer(srv *discordtest.Server) (string, bool) {
	var last discordtest.Call
	for _, c := range srv.Calls() {
		if c.Route == discordtest.RouteCallback || c.Route == discordtest.RouteOriginalEdit {
			last = c
		}
	}
	return last.Content(), last.Route == discordtest.RouteCallback && callbackFlags(last) == 64
}

// TestSitesRouting checks that each ticket opens in its site's channel
// and pings its site's role only.
func TestSitesRouting(t *testing.T) {
	f := newNetwork(t, nil)
	f.connected(t)
	threadA := f.handover(t, "test:1", "a")
	threadB := f.handover(t, "test:2", "b")
	for _, c := range []struct {
		thread, channel, role, other string
	}{{threadA, chanA, roleA, roleB}, {threadB, chanB, roleB, roleA}} {
		th, ok := f.srv.Channel(c.thread)
		if !ok || th.ParentID != c.channel {
			t.Errorf("thread %s: %+v, want one in channel %s", c.thread, th, c.channel)
		}
	}
	if got := len(f.srv.Threads(chanA)) + len(f.srv.Threads(chanB)); got != 2 {
		t.Errorf("%d threads, want 2", got)
	}
	// A's first message is a message of the text channel, B's a forum post.
	firstA := f.srv.CallsTo(discordtest.RouteMessages)[0]
	firstB := f.srv.CallsTo(discordtest.RouteThreads)[0]
	for _, c := range []struct {
		call        discordtest.Call
		role, other string
	}{{firstA, roleA, roleB}, {firstB, roleB, roleA}} {
		if roles := noParse(t, c.call); len(roles) != 1 || roles[0] != c.role {
			t.Errorf("%s may mention %v, want only %s", c.call.Path, roles, c.role)
		}
		if content := c.call.Content(); !strings.Contains(content, "<@&"+c.role+">") || strings.Contains(content, c.other) {
			t.Errorf("first message of %s:\n%s", c.role, content)
		}
	}
	for _, c := range f.srv.Invalid() {
		t.Errorf("the fake refused %s %s: %s", c.Method, c.Path, c.Invalid)
	}
}

// TestSitesIsolation checks that a mediator of site A cannot claim,
// answer or close a ticket of site B, and that a coordinator can.
func TestSitesIsolation(t *testing.T) {
	f := newNetwork(t, nil)
	f.connected(t)
	threadB := f.handover(t, "test:2", "b")
	refused := "Cette demande relève du PIMMS Bêta" + nbsp + ": seuls ses médiateurs peuvent y répondre."

	f.srv.Click(threadB, threadB, medA, buttonID(buttonClaim, 1))
	settle(f.ctx, t, f.srv, f.d)
	if got, eph := lastAnswer(f.srv); got != refused || !eph {
		t.Errorf("claim by A answered %q (ephemeral %v), want %q", got, eph, refused)
	}
	f.srv.UserMessage(threadB, medA, "Je vous réponds depuis Alpha")
	settle(f.ctx, t, f.srv, f.d)
	if n := f.tg.count("test:2", "depuis Alpha"); n != 0 {
		t.Error("a mediator of A reached B's resident")
	}
	if got := threadMessages(f.srv, threadB, refused); len(got) != 1 {
		t.Errorf("the mediator of A was told %d times in the thread, want 1", len(got))
	}
	f.srv.Command(threadB, medA, cmdClose, nil)
	settle(f.ctx, t, f.srv, f.d)
	if got, eph := lastAnswer(f.srv); got != refused || !eph {
		t.Errorf("/fermer by A answered %q (ephemeral %v)", got, eph)
	}
	if tk := f.ticket(t, 1); tk.Status != conversation.TicketWaiting || f.tg.count("test:2", "s'occupe de votre demande") != 0 {
		t.Fatalf("after A's attempts: ticket %+v, resident got %q", tk, f.tg.texts("test:2"))
	}

	f.srv.Click(threadB, threadB, coord, buttonID(buttonClaim, 1))
	settle(f.ctx, t, f.srv, f.d)
	f.srv.UserMessage(threadB, coord, "Bonjour, je regarde votre dossier.")
	settle(f.ctx, t, f.srv, f.d)
	if f.tg.count("test:2", "Chloé, de l'équipe") != 1 || f.tg.count("test:2", "je regarde votre dossier") != 1 {
		t.Errorf("the coordinator did not reach the resident: %q", f.tg.texts("test:2"))
	}
	f.srv.Command(threadB, coord, cmdClose, nil)
	settle(f.ctx, t, f.srv, f.d)
	if tk := f.ticket(t, 1); tk.Status != conversation.TicketClosed {
		t.Errorf("the coordinator's /fermer left the ticket %s", tk.Status)
	}
	for _, c := range f.srv.Invalid() {
		t.Errorf("the fake refused %s %s: %s", c.Method, c.Path, c.Invalid)
	}
}

// TestSitesTransfer moves a ticket of A to B with /transferer.
func TestSitesTransfer(t *testing.T) {
	f := newNetwork(t, func(srv *discordtest.Server) {
		// Without Manage Threads the old thread is archived, not locked.
		srv.SetRole(discordtest.Role{ID: discordtest.GuildID, Permissions: discordtest.DefaultPermissions &^ discordtest.PermManageThreads})
	})
	f.connected(t)
	old := f.handover(t, "test:1", "a")
	f.srv.Click(old, old, medA, buttonID(buttonClaim, 1))
	settle(f.ctx, t, f.srv, f.d)

	t.Run("autocomplete offers the sites", func(t *testing.T) {
		in := f.srv.Interaction(old, medA, 4, discordtest.CommandData(cmdMove, map[string]any{optSite: "bet"}, optSite))
		f.srv.Dispatch("INTERACTION_CREATE", in)
		settle(f.ctx, t, f.srv, f.d)
		cb := f.srv.CallsTo(discordtest.RouteCallback)
		data, _ := cb[len(cb)-1].JSON["data"].(map[string]any)
		choices, _ := data["choices"].([]any)
		if len(choices) != 1 || choices[0].(map[string]any)["value"] != "b" {
			t.Errorf("choices for « bet »: %v", data["choices"])
		}
	})
	t.Run("a mediator of B may not transfer A's ticket", func(t *testing.T) {
		f.srv.Command(old, medB, cmdMove, map[string]any{optSite: "b"})
		settle(f.ctx, t, f.srv, f.d)
		if got, eph := lastAnswer(f.srv); !strings.Contains(got, "relève du PIMMS Alpha") || !eph {
			t.Errorf("answered %q (ephemeral %v)", got, eph)
		}
		if tk := f.ticket(t, 1); tk.Site != "a" || tk.DeskRef != old {
			t.Errorf("ticket moved: %+v", tk)
		}
	})

	f.srv.Command(old, medA, cmdMove, map[string]any{optSite: "b"})
	settle(f.ctx, t, f.srv, f.d)
	tk := f.ticket(t, 1)
	if tk.Site != "b" || tk.DeskRef == "" || tk.DeskRef == old || tk.Status != conversation.TicketWaiting {
		t.Fatalf("after the transfer: %+v", tk)
	}
	t.Run("a new thread in B's forum pings B with the history", func(t *testing.T) {
		th, _ := f.srv.Channel(tk.DeskRef)
		if th.ParentID != chanB {
			t.Errorf("new thread in %s, want %s", th.ParentID, chanB)
		}
		posts := f.srv.CallsTo(discordtest.RouteThreads)
		post := posts[len(posts)-1]
		if roles := noParse(t, post); len(roles) != 1 || roles[0] != roleB {
			t.Errorf("the new thread may mention %v, want only %s", roles, roleB)
		}
		for _, want := range []string{"<@&" + roleB + ">", "transférée", "Comment demander l'APL", "prise en charge par Alice", "transférée du PIMMS Alpha au PIMMS Bêta par Alice"} {
			if !strings.Contains(post.Content(), want) {
				t.Errorf("new thread lacks %q:\n%s", want, post.Content())
			}
		}
	})
	t.Run("the old thread says where and is archived", func(t *testing.T) {
		th, _ := f.srv.Channel(old)
		if !th.Archived || th.Locked {
			t.Errorf("old thread: %+v, want archived (not locked: no Manage Threads)", th)
		}
		if got := threadMessages(f.srv, old, "la suite dans <#"+tk.DeskRef+">"); len(got) != 1 {
			t.Errorf("%d notes of the transfer in the old thread", len(got))
		}
		if got, _ := lastAnswer(f.srv); !strings.Contains(got, "transférée au PIMMS Bêta") {
			t.Errorf("the mediator was answered %q", got)
		}
	})
	t.Run("the resident is told which site handles it", func(t *testing.T) {
		want := "Votre demande n° 1 est maintenant suivie par le **PIMMS Bêta**."
		if f.tg.count("test:1", want) != 1 {
			t.Errorf("resident got %q", f.tg.texts("test:1"))
		}
	})
	t.Run("now B's mediators answer, not A's", func(t *testing.T) {
		f.srv.Click(tk.DeskRef, tk.DeskRef, medA, buttonID(buttonClaim, 1))
		settle(f.ctx, t, f.srv, f.d)
		if got, _ := lastAnswer(f.srv); !strings.Contains(got, "relève du PIMMS Bêta") {
			t.Errorf("claim by A answered %q", got)
		}
		f.srv.UserMessage(tk.DeskRef, medB, "Bonjour, ici Bêta.")
		settle(f.ctx, t, f.srv, f.d)
		if f.tg.count("test:1", "ici Bêta") != 1 || f.ticket(t, 1).Mediator != medB.ID {
			t.Errorf("B's mediator did not take the ticket: %q", f.tg.texts("test:1"))
		}
	})
	for _, c := range f.srv.Invalid() {
		t.Errorf("the fake refused %s %s: %s", c.Method, c.Path, c.Invalid)
	}
}

// TestStartupCheck checks that a permission the bot lacks, a missing
// channel and a missing role are each one log line naming the site, and
// that Health reports them.
func TestStartupCheck(t *testing.T) {
	f := newNetwork(t, func(srv *discordtest.Server) {
		const botRole = "840000000000000001"
		// The bot's role may do everything, but A's channel takes
		// threads away from it; B's role was deleted.
		srv.SetRole(discordtest.Role{ID: discordtest.GuildID, Permissions: discordtest.PermViewChannel})
		srv.SetRole(discordtest.Role{ID: botRole, Permissions: discordtest.DefaultPermissions})
		srv.SetBotRoles(botRole)
		srv.SetOverwrites(chanA, discordtest.Overwrite{ID: botRole, Type: discordtest.OverwriteRole, Deny: discordtest.PermCreatePublicThreads})
		srv.DeleteRole(roleB)
	})
	f.connected(t)
	wantA := "site a\u00a0: il manque au bot la permission «\u00a0Créer des fils publics\u00a0» (Create Public Threads) sur le salon " + chanA
	wantB := "site b\u00a0: le rôle " + roleB + " n'existe pas"
	f.logs.waitFor(f.ctx, t, logLine(wantB))
	for _, want := range []string{wantA, wantB} {
		n := 0
		for _, line := range strings.Split(f.logs.String(), "\n") {
			if strings.Contains(line, logLine(want)) && strings.Contains(line, "level=ERROR") {
				n++
			}
		}
		if n != 1 {
			t.Errorf("%d log lines with %q, want 1:\n%s", n, want, f.logs.String())
		}
		if err := f.d.Health(); err == nil || !strings.Contains(err.Error(), want) {
			t.Errorf("Health() = %v, want it to say %q", err, want)
		}
	}
	// The lines are French with plain spaces: slog's text handler writes
	// a no-break space as an escape.
	if strings.Contains(f.logs.String(), `\u00a0`) {
		t.Errorf("an escaped no-break space in the log:\n%s", f.logs.String())
	}
	var he *HealthError
	if err := f.d.Health(); !errors.As(err, &he) || he.Status() != "discord: missing permissions (site a); role not found (site b)" {
		t.Errorf("Health() = %v, want a short status naming the kinds and the sites", err)
	}
	if strings.Contains(f.logs.String(), "Send Messages") || strings.Contains(f.logs.String(), "site b : il manque au bot") {
		t.Errorf("a permission the bot has is reported:\n%s", f.logs.String())
	}
	// What the check predicted is what Discord does.
	if _, err := f.d.Open(f.ctx, conversation.Ticket{Number: 9, Site: "a", Label: "Usager 1", Requested: time.Now()}, nil); err == nil {
		t.Error("a ticket opened in a channel where the bot may not start threads")
	}
}

// TestStartupCheckMissingChannel names the site whose channel is gone.
func TestStartupCheckMissingChannel(t *testing.T) {
	f := newNetwork(t, func(srv *discordtest.Server) { srv.DeleteChannel(chanB) })
	f.connected(t)
	want := "site b\u00a0: le salon " + chanB + " n'existe pas"
	f.logs.waitFor(f.ctx, t, logLine(want))
	if err := f.d.Health(); err == nil || !strings.Contains(err.Error(), want) || strings.Contains(err.Error(), "site a\u00a0:") {
		t.Errorf("Health() = %v", err)
	}
}

// TestDisallowedIntents checks that a 4014 close is one log line saying
// what to switch on, and that Health says it.
func TestDisallowedIntents(t *testing.T) {
	f := newNetwork(t, func(srv *discordtest.Server) { srv.GrantIntents(0) })
	f.logs.waitFor(f.ctx, t, "Message Content Intent")
	if n := strings.Count(f.logs.String(), "4014"); n != 1 {
		t.Errorf("%d log lines about 4014, want 1:\n%s", n, f.logs.String())
	}
	var he *HealthError
	if err := f.d.Health(); !errors.As(err, &he) || !strings.Contains(err.Error(), "Message Content Intent") ||
		he.Status() != "discord: Message Content intent off" {
		t.Errorf("Health() = %v", err)
	}
}

// TestValidateSites checks that each missing or repeated setting of a
// site is named.
func TestValidateSites(t *testing.T) {
	err := Config{Token: "t", GuildID: "g", Sites: []Site{
		{ID: "a", ChannelID: "1", RoleID: "2"}, {ID: "a", ChannelID: "3"}, {ChannelID: "4", RoleID: "5"},
	}}.Validate()
	for _, want := range []string{"site a, id\u00a0: deux sites ont cet id", "site a, discord.role\u00a0: obligatoire", "site n°\u00a03, id\u00a0: obligatoire"} {
		if err == nil || !strings.Contains(err.Error(), want) {
			t.Errorf("Validate() = %v, want %q", err, want)
		}
	}
	if err := (Config{Token: "t", GuildID: "g", ChannelID: "1", MediatorRoleID: "2"}).Validate(); err != nil {
		t.Errorf("one site: %v", err)
	}
	// The site of today's single channel and role is the one the sites
	// package makes of a network of one: their tickets meet.
	if OneSite != sites.OneID {
		t.Errorf("OneSite = %q, sites.OneID = %q", OneSite, sites.OneID)
	}
}
