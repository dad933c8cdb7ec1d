package discord

import (
	"context"
	"encoding/json"
	"log/slog"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"

	"github.com/bwmarrin/discordgo"

	"pimmsbot/internal/bolt"
	"pimmsbot/internal/catalog"
	"pimmsbot/internal/catalog/catalogtest"
	"pimmsbot/internal/conversation"
	"pimmsbot/internal/discord/discordtest"
)

const testThread = "700000000000000001"

// fakeService records the mediators' actions.
type fakeService struct {
	mu      sync.Mutex
	actions []conversation.MediatorAction
	err     error
	open    []conversation.Ticket
	history []conversation.Message
	// faq answers the FAQ lookups (/faq, titles) when set: a real
	// service on the test FAQ (see withFAQ).
	faq *conversation.Service
}

func (f *fakeService) HandleMediator(ctx context.Context, a conversation.MediatorAction) error {
	f.mu.Lock()
	defer f.mu.Unlock()
	if f.err != nil {
		return f.err
	}
	f.actions = append(f.actions, a)
	return nil
}

func (f *fakeService) Queue(ctx context.Context) ([]conversation.Ticket, error) { return f.open, nil }

func (f *fakeService) History(ctx context.Context, n uint64) (conversation.Ticket, []conversation.Message, error) {
	for _, t := range f.open {
		if t.Number == n {
			return t, f.history, nil
		}
	}
	return conversation.Ticket{}, nil, conversation.Errorf(conversation.ENOTFOUND, "no ticket %d", n)
}

func (f *fakeService) FAQChoices(query string, n int) []conversation.FAQChoice {
	if f.faq == nil {
		return nil
	}
	return f.faq.FAQChoices(query, n)
}

func (f *fakeService) EntryTitle(id string) string {
	if f.faq == nil {
		return ""
	}
	return f.faq.EntryTitle(id)
}

func (f *fakeService) ThemeLabel(id string) string {
	if f.faq == nil {
		return ""
	}
	return f.faq.ThemeLabel(id)
}

// withFAQ gives svc the test FAQ, through a real service on a store in
// t.TempDir, and makes it the desk's service, as Run does.
func withFAQ(t *testing.T, d *Desk, svc *fakeService) *catalog.Catalog {
	t.Helper()
	store, err := bolt.Open(filepath.Join(t.TempDir(), "faq.db"), bolt.Options{})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { store.Close() })
	cat := catalogtest.FAQ(t)
	svc.faq, err = conversation.New(context.Background(), conversation.Config{Store: store, Catalog: cat, Matcher: catalog.NewMatcher(cat)})
	if err != nil {
		t.Fatal(err)
	}
	d.mu.Lock()
	d.svc = svc
	d.mu.Unlock()
	return cat
}

func (f *fakeService) got() []conversation.MediatorAction {
	f.mu.Lock()
	defer f.mu.Unlock()
	return append([]conversation.MediatorAction(nil), f.actions...)
}

// fixture reads testdata/name.json with its {{PLACEHOLDERS}} filled.
func fixture(t *testing.T, name string, vars ...string) []byte {
	t.Helper()
	data, err := os.ReadFile("testdata/" + name + ".json")
	if err != nil {
		t.Fatal(err)
	}
	repl := append([]string{"{{GUILD}}", discordtest.GuildID, "{{THREAD}}", testThread, "{{ROLE}}", testRole, "{{CHANNEL}}", testChannel}, vars...)
	return []byte(strings.NewReplacer(repl...).Replace(string(data)))
}

func messageFixture(t *testing.T, name string, vars ...string) *discordgo.Message {
	t.Helper()
	var m discordgo.MessageCreate
	if err := json.Unmarshal(fixture(t, name, vars...), &m); err != nil {
		t.Fatalf("%s: %v", name, err)
	}
	return m.Message
}

func interactionFixture(t *testing.T, name string, vars ...string) *discordgo.Interaction {
	t.Helper()
	var i discordgo.InteractionCreate
	if err := json.Unmarshal(fixture(t, name, vars...), &i); err != nil {
		t.Fatalf("%s: %v", name, err)
	}
	return i.Interaction
}

// handlerDesk returns a desk whose thread testThread is ticket 12.
func handlerDesk(t *testing.T) (*discordtest.Server, *Desk, *fakeService) {
	srv := discordtest.New(t)
	d := MustDesk(t, srv, true)
	srv.AddChannel(discordtest.Channel{ID: testThread, ParentID: testChannel, Name: "🟡 n° 12 · caf · Usager 7F3A", Type: discordtest.TypePublicThread})
	svc := &fakeService{open: []conversation.Ticket{{Number: 12, Label: "Usager 7F3A", Status: conversation.TicketWaiting, DeskRef: testThread, Theme: "caf"}}}
	return srv, d, svc
}

func TestMessageRelayed(t *testing.T) {
	srv, d, svc := handlerDesk(t)
	d.handleMessage(ctxT(t), svc, messageFixture(t, "message_mediator"))
	got := svc.got()
	if len(got) != 1 {
		t.Fatalf("actions = %+v, want one reply", got)
	}
	want := conversation.MediatorAction{Ticket: 12, Kind: conversation.MedReply, Mediator: "600000000000000001", Name: "Camille", Text: "Bonjour, je regarde votre dossier."}
	if got[0] != want {
		t.Errorf("action = %+v, want %+v", got[0], want)
	}
	if n := len(srv.CallsTo(discordtest.RouteMessages)); n != 0 {
		t.Errorf("%d messages posted for a relayed reply", n)
	}
}

func TestNamesHook(t *testing.T) {
	_, d, svc := handlerDesk(t)
	d.cfg.Names = func(display string) string { return "Un médiateur du PIMMS" }
	d.handleMessage(ctxT(t), svc, messageFixture(t, "message_mediator"))
	d.handleInteraction(ctxT(t), svc, interactionFixture(t, "click_claim"))
	for _, a := range svc.got() {
		if a.Name != "Un médiateur du PIMMS" || a.Mediator != "600000000000000001" {
			t.Errorf("action = %+v, want the generic name and the mediator's id", a)
		}
	}
}

func TestMessageNote(t *testing.T) {
	_, d, svc := handlerDesk(t)
	d.handleMessage(ctxT(t), svc, messageFixture(t, "message_note"))
	got := svc.got()
	if len(got) != 1 || got[0].Kind != conversation.MedNote || got[0].Text != "appelé la CAF, rappeler jeudi" {
		t.Errorf("actions = %+v, want one note", got)
	}
}

func TestCutNote(t *testing.T) {
	for _, tt := range []struct {
		in   string
		want string
		ok   bool
	}{
		{"!note rappeler", "rappeler", true},
		{"!NOTE: rappeler", "rappeler", true},
		{"!note\nligne", "ligne", true},
		{"!notebook", "", false},
		{"note rappeler", "", false},
		{"!no", "", false},
	} {
		got, ok := cutNote(tt.in)
		if got != tt.want || ok != tt.ok {
			t.Errorf("cutNote(%q) = %q, %v; want %q, %v", tt.in, got, ok, tt.want, tt.ok)
		}
	}
}

func TestMessageIgnored(t *testing.T) {
	for _, name := range []string{"message_stranger", "message_bot"} {
		t.Run(name, func(t *testing.T) {
			srv, d, svc := handlerDesk(t)
			d.handleMessage(ctxT(t), svc, messageFixture(t, name))
			if got := svc.got(); len(got) != 0 {
				t.Errorf("actions = %+v, want none", got)
			}
			if n := len(srv.CallsTo(discordtest.RouteMessages)); n != 0 {
				t.Errorf("%d messages posted, want none", n)
			}
		})
	}
}

func TestMessageOutsideTicketThreads(t *testing.T) {
	srv, d, svc := handlerDesk(t)
	srv.AddChannel(discordtest.Channel{ID: "555", Name: "général", Type: discordtest.TypeText})
	m := messageFixture(t, "message_mediator")
	m.ChannelID = "555"
	d.handleMessage(ctxT(t), svc, m)
	d.handleMessage(ctxT(t), svc, m)
	if got := svc.got(); len(got) != 0 {
		t.Errorf("actions = %+v, want none", got)
	}
	if n := len(srv.CallsTo(discordtest.RouteChannel)); n != 1 {
		t.Errorf("%d channel reads, want 1 (then remembered)", n)
	}
}

func TestMessageMemberFetched(t *testing.T) {
	for _, roles := range [][]string{{testRole}, {"other"}} {
		srv, d, svc := handlerDesk(t)
		srv.AddMember(discordtest.User{ID: "600000000000000002", Name: "sam", Nick: "Sam", Roles: roles})
		d.handleMessage(ctxT(t), svc, messageFixture(t, "message_without_member"))
		if n := len(srv.CallsTo(discordtest.RouteMember)); n != 1 {
			t.Errorf("%d member reads, want 1", n)
		}
		got := svc.got()
		mediator := roles[0] == testRole
		if mediator && (len(got) != 1 || got[0].Name != "Sam") {
			t.Errorf("with the role: actions = %+v", got)
		}
		if !mediator && len(got) != 0 {
			t.Errorf("without the role: actions = %+v", got)
		}
	}
}

func TestMessageAttachment(t *testing.T) {
	srv, d, svc := handlerDesk(t)
	url := srv.AddFile("cerfa.pdf", []byte("%PDF cerfa"))
	d.handleMessage(ctxT(t), svc, messageFixture(t, "message_attachment", "{{FILE}}", url))
	got := svc.got()
	if len(got) != 1 || got[0].File == nil {
		t.Fatalf("actions = %+v, want one reply with the file", got)
	}
	if f := got[0].File; string(f.Data) != "%PDF cerfa" || f.Name != "cerfa.pdf" || f.MIME != "application/pdf" || got[0].Text != "Voici le formulaire à remplir." {
		t.Errorf("reply = %+v, file %+v", got[0], f)
	}
}

func TestMessageAttachmentFailed(t *testing.T) {
	srv, d, svc := handlerDesk(t)
	d.handleMessage(ctxT(t), svc, messageFixture(t, "message_attachment", "{{FILE}}", srv.URL+"/attachments/0/missing.pdf"))
	got := svc.got()
	if len(got) != 1 || got[0].File != nil || got[0].Text == "" {
		t.Fatalf("actions = %+v, want the text alone", got)
	}
	calls := srv.CallsTo(discordtest.RouteMessages)
	if len(calls) != 1 || !strings.Contains(calls[0].Content(), "cerfa.pdf") {
		t.Fatalf("the mediator is not told the file was not sent: %+v", calls)
	}
	noParse(t, calls[0])
}

func TestMessageRefusedByCore(t *testing.T) {
	srv, d, svc := handlerDesk(t)
	svc.err = conversation.Errorf(conversation.EINVALID, "ticket 12 is closed")
	d.handleMessage(ctxT(t), svc, messageFixture(t, "message_mediator"))
	calls := srv.CallsTo(discordtest.RouteMessages)
	if len(calls) != 1 {
		t.Fatalf("%d answers, want 1", len(calls))
	}
	if !strings.Contains(calls[0].Content(), "Action impossible") {
		t.Errorf("answer = %q", calls[0].Content())
	}
	if ref, _ := calls[0].JSON["message_reference"].(map[string]any); ref["message_id"] != "710000000000000001" {
		t.Errorf("answer does not reply to the message: %v", calls[0].JSON["message_reference"])
	}
	noParse(t, calls[0])
}

func TestTicketOfRebuilt(t *testing.T) {
	srv, d, svc := handlerDesk(t)
	// Not in the index: found through the open tickets.
	if n, ok := d.ticketOf(ctxT(t), svc, testThread); !ok || n != 12 {
		t.Errorf("open ticket: %d, %v", n, ok)
	}
	// A closed ticket's thread after a restart: found by its title.
	srv.AddChannel(discordtest.Channel{ID: "701", ParentID: testChannel, Name: "⚫ n° 9 · caf · Usager 1", Type: discordtest.TypePublicThread})
	if n, ok := d.ticketOf(ctxT(t), svc, "701"); !ok || n != 9 {
		t.Errorf("closed ticket: %d, %v", n, ok)
	}
	// A thread elsewhere is not a ticket, whatever its title.
	srv.AddChannel(discordtest.Channel{ID: "702", ParentID: "other", Name: "n° 3", Type: discordtest.TypePublicThread})
	if n, ok := d.ticketOf(ctxT(t), svc, "702"); ok {
		t.Errorf("thread elsewhere: %d, %v", n, ok)
	}
}

func callback(t *testing.T, srv *discordtest.Server) discordtest.Call {
	t.Helper()
	calls := srv.CallsTo(discordtest.RouteCallback)
	if len(calls) != 1 {
		t.Fatalf("%d interaction callbacks, want 1", len(calls))
	}
	return calls[0]
}

func callbackType(c discordtest.Call) float64 { v, _ := c.JSON["type"].(float64); return v }

func callbackFlags(c discordtest.Call) float64 {
	d, _ := c.JSON["data"].(map[string]any)
	v, _ := d["flags"].(float64)
	return v
}

func TestClickClaim(t *testing.T) {
	srv, d, svc := handlerDesk(t)
	d.handleInteraction(ctxT(t), svc, interactionFixture(t, "click_claim"))
	if c := callback(t, srv); callbackType(c) != float64(discordgo.InteractionResponseDeferredMessageUpdate) {
		t.Errorf("callback type = %v, want a deferred update", c.JSON["type"])
	}
	got := svc.got()
	if len(got) != 1 || got[0].Kind != conversation.MedClaim || got[0].Ticket != 12 || got[0].Name != "Camille" {
		t.Errorf("actions = %+v, want the claim of 12 by Camille", got)
	}
}

func TestClickRefusedByCore(t *testing.T) {
	srv, d, svc := handlerDesk(t)
	svc.err = conversation.Errorf(conversation.EINVALID, "ticket 12 is already claimed by Sam")
	d.handleInteraction(ctxT(t), svc, interactionFixture(t, "click_claim"))
	calls := srv.CallsTo(discordtest.RouteFollowup)
	if len(calls) != 1 {
		t.Fatalf("%d follow-ups, want 1", len(calls))
	}
	if flags, _ := calls[0].JSON["flags"].(float64); flags != float64(discordgo.MessageFlagsEphemeral) {
		t.Errorf("follow-up flags = %v, want ephemeral", calls[0].JSON["flags"])
	}
	if !strings.Contains(calls[0].Content(), "Action impossible") {
		t.Errorf("follow-up = %q", calls[0].Content())
	}
	noParse(t, calls[0])
}

func TestClickWithoutRole(t *testing.T) {
	srv, d, svc := handlerDesk(t)
	d.handleInteraction(ctxT(t), svc, interactionFixture(t, "click_claim_stranger"))
	c := callback(t, srv)
	if callbackType(c) != float64(discordgo.InteractionResponseChannelMessageWithSource) || callbackFlags(c) != float64(discordgo.MessageFlagsEphemeral) {
		t.Errorf("callback = %s, want an ephemeral message", c.Body)
	}
	if got := svc.got(); len(got) != 0 {
		t.Errorf("actions = %+v, want none", got)
	}
}

func TestCommandClose(t *testing.T) {
	srv, d, svc := handlerDesk(t)
	d.handleInteraction(ctxT(t), svc, interactionFixture(t, "command_fermer"))
	c := callback(t, srv)
	if callbackType(c) != float64(discordgo.InteractionResponseDeferredChannelMessageWithSource) || callbackFlags(c) != float64(discordgo.MessageFlagsEphemeral) {
		t.Errorf("callback = %s, want a deferred ephemeral answer", c.Body)
	}
	if got := svc.got(); len(got) != 1 || got[0].Kind != conversation.MedClose || got[0].Ticket != 12 {
		t.Errorf("actions = %+v, want the close of 12", got)
	}
	edits := srv.CallsTo(discordtest.RouteOriginalEdit)
	if len(edits) != 1 || !strings.Contains(edits[0].Content(), "close") {
		t.Fatalf("answer = %+v", edits)
	}
	noParse(t, edits[0])
}

func TestCommandNote(t *testing.T) {
	srv, d, svc := handlerDesk(t)
	d.handleInteraction(ctxT(t), svc, interactionFixture(t, "command_note"))
	if got := svc.got(); len(got) != 1 || got[0].Kind != conversation.MedNote || got[0].Ticket != 12 || got[0].Text != "dossier incomplet @everyone" {
		t.Errorf("actions = %+v, want a note on 12 (option)", got)
	}
	if c := callback(t, srv); callbackFlags(c) != 0 {
		t.Errorf("the note should be visible to the other mediators: %s", c.Body)
	}
	edit := srv.CallsTo(discordtest.RouteOriginalEdit)[0]
	noParse(t, edit)
	if strings.Contains(edit.Content(), "@everyone") {
		t.Errorf("note shown with a live @everyone: %s", edit.Content())
	}
}

func TestCommandFAQ(t *testing.T) {
	srv, d, svc := handlerDesk(t)
	d.handleInteraction(ctxT(t), svc, interactionFixture(t, "command_faq", "{{ENTRY}}", "caf-apl"))
	if got := svc.got(); len(got) != 1 || got[0].Kind != conversation.MedEntry || got[0].Entry != "caf-apl" {
		t.Errorf("actions = %+v, want the entry caf-apl", got)
	}
	if e := srv.CallsTo(discordtest.RouteOriginalEdit); len(e) != 1 || !strings.Contains(e[0].Content(), "envoyée") {
		t.Errorf("answer = %+v", e)
	}
}

func TestCommandQueue(t *testing.T) {
	srv, d, svc := handlerDesk(t)
	svc.open = append(svc.open, conversation.Ticket{Number: 13, Label: "Usager 0001", Status: conversation.TicketClaimed, MediatorName: "Sam", DeskRef: "703"})
	d.handleInteraction(ctxT(t), svc, interactionFixture(t, "command_file"))
	e := srv.CallsTo(discordtest.RouteOriginalEdit)
	if len(e) != 1 {
		t.Fatal("no answer")
	}
	for _, want := range []string{"**2 demandes ouvertes**", "n° 12", "<#" + testThread + ">", "n° 13", "prise en charge par Sam"} {
		if !strings.Contains(e[0].Content(), want) {
			t.Errorf("queue lacks %q:\n%s", want, e[0].Content())
		}
	}
}

func TestCommandHistoryAsFile(t *testing.T) {
	srv, d, svc := handlerDesk(t)
	for i := range 80 {
		svc.history = append(svc.history, conversation.Message{From: conversation.FromResident, Text: strings.Repeat("mot ", 10) + string(rune('a'+i%26))})
	}
	in := interactionFixture(t, "command_fermer")
	in.Data = discordgo.ApplicationCommandInteractionData{Name: "historique"}
	d.handleInteraction(ctxT(t), svc, in)
	e := srv.CallsTo(discordtest.RouteOriginalEdit)
	if len(e) != 1 || len(e[0].Files) != 1 || e[0].Files[0].Name != "historique-12.txt" {
		t.Fatalf("answer = %+v, want the history attached", e)
	}
}

func TestAutocompleteFAQ(t *testing.T) {
	srv, d, svc := handlerDesk(t)
	cat := withFAQ(t, d, svc)
	d.handleInteraction(ctxT(t), svc, interactionFixture(t, "autocomplete_faq", "{{TYPED}}", "apl"))
	c := callback(t, srv)
	if callbackType(c) != float64(discordgo.InteractionApplicationCommandAutocompleteResult) {
		t.Fatalf("callback = %s", c.Body)
	}
	choices, _ := c.JSON["data"].(map[string]any)["choices"].([]any)
	if len(choices) == 0 || len(choices) > 25 {
		t.Fatalf("%d choices for « apl »", len(choices))
	}
	for _, ch := range choices {
		v := ch.(map[string]any)["value"].(string)
		if _, ok := cat.Entry(v); !ok {
			t.Errorf("choice %q is not an entry", v)
		}
	}
}

// The desk's events keep their order per key, and a handler that panics
// leaves its thread's later events to run.
func TestQueueKeepsOrderPerKeyPastAPanic(t *testing.T) {
	d := &Desk{log: slog.New(slog.DiscardHandler)}
	var mu sync.Mutex
	var got []int
	for i := range 100 {
		d.inTurn("a", func() {
			if i == 50 {
				panic("handler bug")
			}
			mu.Lock()
			got = append(got, i)
			mu.Unlock()
		})
	}
	d.events.Wait()
	if len(got) != 99 {
		t.Fatalf("%d run, want 99", len(got))
	}
	for k, v := range got {
		want := k
		if k >= 50 {
			want = k + 1
		}
		if v != want {
			t.Fatalf("order %v", got)
		}
	}
}
