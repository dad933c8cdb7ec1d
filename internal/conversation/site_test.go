package conversation_test

import (
	"context"
	"strings"
	"testing"
	"time"

	"pimmsbot/internal/catalog"
	"pimmsbot/internal/conversation"
	"pimmsbot/internal/sites"
)

// network is the sites file of the tests' network: Vaise, the default,
// and Villeurbanne both serve 69009; Marseille opens on Saturday
// mornings only, so it is closed at the harness's Wednesday 10:00.
const network = `
default: vaise
sites:
  - id: vaise
    name: PIMMS Lyon Vaise
    address: 1 rue de Vaise, 69009 Lyon
    phone: 04 00 00 00 01
    hours: lun-ven 09:00-17:00
    postcodes: ["69009"]
    discord: {channel: "1001", role: "2001"}
  - id: villeurbanne
    name: PIMMS Villeurbanne
    address: 2 place de Villeurbanne, 69100 Villeurbanne
    phone: 04 00 00 00 02
    hours: lun-ven 09:00-17:00
    postcodes: ["69100", "69009"]
    discord: {channel: "1002", role: "2002"}
  - id: marseille
    name: PIMMS Marseille
    address: 3 quai du Port, 13001 Marseille
    phone: 04 00 00 00 03
    hours: sam 09:00-12:00
    postcodes: ["13001"]
    discord: {channel: "1003", role: "2003"}
`

// withNetwork serves the sites file src.
func withNetwork(src string) option {
	return func(h *harness) {
		n, err := sites.Parse([]byte(src), "")
		if err != nil {
			h.t.Fatal(err)
		}
		h.sites = sites.NewDirectory(n)
	}
}

// ticketOf returns the resident's current ticket.
func (h *harness) ticketOf(resident string) conversation.Ticket {
	h.t.Helper()
	r := h.resident(resident)
	if r.Ticket == 0 {
		h.t.Fatalf("%s has no ticket (mode %v)", resident, r.Mode)
	}
	t, err := h.store.Ticket(context.Background(), r.Ticket)
	if err != nil {
		h.t.Fatal(err)
	}
	return t
}

const postcodeQuestion = "Quel est votre code postal\u00a0?"

func TestSiteByDeepLink(t *testing.T) {
	h := newHarness(t, withNetwork(network))
	got := texts(h.say(alice, "/start marseille"))
	if !strings.Contains(got, "Vous êtes en contact avec le **PIMMS Marseille**") {
		t.Errorf("welcome by deep link = %q, want the site named", got)
	}
	if r := h.resident(alice); r.Site != "marseille" {
		t.Errorf("resident's site = %q, want marseille", r.Site)
	}
	// The site is known: a handover asks nothing, and Marseille, closed
	// on Wednesdays, says so with its own hours (Vaise is open).
	got = texts(h.say(alice, "/mediateur"))
	if strings.Contains(got, postcodeQuestion) {
		t.Errorf("asked the postcode of a resident with a site: %q", got)
	}
	if !strings.Contains(got, "fermé en ce moment") || !strings.Contains(got, "samedi 28 novembre à 9\u00a0h") {
		t.Errorf("handover at a closed site = %q, want its next opening, Saturday 9 h", got)
	}
	if tk := h.ticketOf(alice); tk.Site != "marseille" {
		t.Errorf("ticket's site = %q, want marseille", tk.Site)
	}
	if opened, _, _ := h.desk.snapshot(); len(opened) != 1 || opened[0].Site != "marseille" {
		t.Errorf("the desk opened %+v, want one ticket of marseille", opened)
	}
}

func TestSiteUnknownDeepLink(t *testing.T) {
	h := newHarness(t, withNetwork(network))
	got := texts(h.say(alice, "/start nulle-part"))
	if !strings.Contains(got, "Bonjour et bienvenue") || strings.Contains(got, "Vous êtes en contact") {
		t.Errorf("welcome by an unknown link = %q, want the network's welcome, no site", got)
	}
	if r := h.resident(alice); r.Site != "" {
		t.Errorf("resident's site = %q, want none", r.Site)
	}
}

func TestSiteByPostcode(t *testing.T) {
	t.Run("one site", func(t *testing.T) {
		h := newHarness(t, withNetwork(network))
		h.matcher.results["j'ai un trop perçu caf"] = catalog.Result{Outcome: catalog.Answer, ID: "caf-indu"}
		h.say(alice, "j'ai un trop perçu caf")
		got := texts(h.say(alice, "/mediateur"))
		if !strings.Contains(got, postcodeQuestion) {
			t.Fatalf("handover without a site = %q, want the postcode question", got)
		}
		if r := h.resident(alice); r.Mode != conversation.ModeBot || r.Pending == nil {
			t.Fatalf("after the question: mode %v, pending %+v; want no ticket yet, the handover kept", r.Mode, r.Pending)
		}
		got = texts(h.say(alice, "c 69100"))
		if !strings.Contains(got, "**PIMMS Villeurbanne**") || !strings.Contains(got, "médiateur va vous répondre") {
			t.Errorf("postcode answer = %q, want the site, then the handover", got)
		}
		tk := h.ticketOf(alice)
		if tk.Site != "villeurbanne" || tk.Question != "j'ai un trop perçu caf" {
			t.Errorf("ticket: site %q, question %q; want villeurbanne and the question before", tk.Site, tk.Question)
		}
		if r := h.resident(alice); r.Site != "villeurbanne" || r.Pending != nil {
			t.Errorf("resident: site %q, pending %+v", r.Site, r.Pending)
		}
	})
	t.Run("several sites", func(t *testing.T) {
		h := newHarness(t, withNetwork(network))
		if got := texts(h.say(alice, "/horaires")); !strings.Contains(got, postcodeQuestion) {
			t.Fatalf("/horaires without a site = %q, want the postcode question", got)
		}
		got := h.say(alice, "j'habite à Lyon 9e 69009")
		if !hasAction(got, "site:vaise") || !hasAction(got, "site:villeurbanne") || hasAction(got, "site:marseille") {
			t.Fatalf("two sites serve 69009: actions %v", actions(got))
		}
		if len(got) == 0 || len(got[len(got)-1].Buttons) != 2 || got[len(got)-1].Buttons[1][0].Label != "PIMMS Villeurbanne" {
			t.Errorf("buttons = %+v, want one per site, named", got)
		}
		out := texts(h.click(alice, "site:villeurbanne"))
		if !strings.Contains(out, "Vous êtes en contact avec le **PIMMS Villeurbanne**") || !strings.Contains(out, "2 place de Villeurbanne") {
			t.Errorf("after the pick = %q, want the site then its hours and address", out)
		}
		if r := h.resident(alice); r.Site != "villeurbanne" {
			t.Errorf("resident's site = %q", r.Site)
		}
	})
	t.Run("no site", func(t *testing.T) {
		h := newHarness(t, withNetwork(network))
		// The FAQ's entry on the PIMMS's address names the site.
		h.matcher.results["où êtes-vous"] = catalog.Result{Outcome: catalog.Answer, ID: "pimms-horaires-adresse"}
		if got := texts(h.say(alice, "où êtes-vous")); !strings.Contains(got, postcodeQuestion) {
			t.Fatalf("an answer naming the site = %q, want the postcode question first", got)
		}
		got := texts(h.say(alice, "75011"))
		if !strings.Contains(got, "Je ne trouve pas de PIMMS pour ce code postal") ||
			!strings.Contains(got, "**PIMMS Lyon Vaise**") || !strings.Contains(got, "1 rue de Vaise") {
			t.Errorf("unserved postcode = %q, want the default site, then the answer with its address", got)
		}
		if r := h.resident(alice); r.Site != "vaise" {
			t.Errorf("resident's site = %q, want the default vaise", r.Site)
		}
	})
}

// A resident who answers the postcode question with something else gets
// an answer, and the question comes again when a site is needed.
func TestSitePostcodeNeverTraps(t *testing.T) {
	h := newHarness(t, withNetwork(network))
	h.matcher.results["j'ai perdu ma carte vitale"] = catalog.Result{Outcome: catalog.Answer, ID: "ameli-carte-vitale"}
	h.say(alice, "/mediateur")
	got := h.say(alice, "j'ai perdu ma carte vitale")
	if !hasAction(got, "fb1:ameli-carte-vitale") || strings.Contains(texts(got), postcodeQuestion) {
		t.Errorf("another question = %q, want its answer", texts(got))
	}
	if r := h.resident(alice); r.Pending != nil || r.Mode != conversation.ModeBot {
		t.Errorf("pending %+v, mode %v: the handover should be dropped", r.Pending, r.Mode)
	}
	if got := texts(h.say(alice, "/mediateur")); !strings.Contains(got, postcodeQuestion) {
		t.Errorf("second request = %q, want the question again", got)
	}
}

func TestSiteEmergencyWhileAskingPostcode(t *testing.T) {
	h := newHarness(t, withNetwork(network))
	h.say(alice, "/mediateur")
	got := h.say(alice, distress)
	if len(got) == 0 || !strings.Contains(got[0].Text, "3919") {
		t.Fatalf("emergency while the postcode waits = %q, want the numbers first", texts(got))
	}
	if strings.Contains(texts(got), postcodeQuestion) {
		t.Errorf("asked the postcode in an emergency: %q", texts(got))
	}
	tk := h.ticketOf(alice)
	if !tk.Urgent || tk.Site != "vaise" {
		t.Errorf("ticket %+v, want urgent, at the default site", tk)
	}
	// Now in a handover, what they write goes to the mediators, with a
	// receipt: no postcode question.
	if got := texts(h.say(alice, "69100")); !strings.HasPrefix(got, "Votre message est transmis") || strings.Contains(got, postcodeQuestion) {
		t.Errorf("the bot answered during the handover: %q", got)
	}
}

func TestSiteChange(t *testing.T) {
	h := newHarness(t, withNetwork(network))
	h.say(alice, "/start vaise")
	got := h.say(alice, "/site")
	if !strings.Contains(texts(got), "**PIMMS Lyon Vaise**") || !strings.Contains(texts(got), "1 rue de Vaise") ||
		!hasAction(got, conversation.ActSiteChange) {
		t.Fatalf("/site = %q %v, want the site, its address and a button to change", texts(got), actions(got))
	}
	if got := texts(h.click(alice, conversation.ActSiteChange)); !strings.Contains(got, postcodeQuestion) {
		t.Fatalf("change = %q, want the postcode question", got)
	}
	if got := texts(h.say(alice, "13001")); !strings.Contains(got, "**PIMMS Marseille**") {
		t.Errorf("new postcode = %q, want Marseille", got)
	}
	if r := h.resident(alice); r.Site != "marseille" {
		t.Errorf("resident's site = %q, want marseille", r.Site)
	}
	// In a handover the ticket's site stays.
	h.say(alice, "/mediateur")
	got = h.say(alice, "/site")
	if hasAction(got, conversation.ActSiteChange) || !strings.Contains(texts(got), "reste suivie par ce PIMMS") {
		t.Errorf("/site in a handover = %q %v, want no change", texts(got), actions(got))
	}
	h.click(alice, "site:vaise")
	if r := h.resident(alice); r.Site != "marseille" {
		t.Errorf("an old button moved a resident in a handover to %q", r.Site)
	}
}

// A network of one never asks: today's single-site residents see
// nothing new.
func TestSiteNetworkOfOne(t *testing.T) {
	n, err := sites.One(sites.Single{Name: "PIMMS Seul", Address: "4 rue Unique", Phone: "01 00 00 00 00", Hours: "lun-ven 09:00-17:00"})
	if err != nil {
		t.Fatal(err)
	}
	for name, opt := range map[string]option{
		"Config.Site": func(*harness) {},
		"sites.One":   func(h *harness) { h.sites = sites.NewDirectory(n) },
	} {
		t.Run(name, func(t *testing.T) {
			h := newHarness(t, opt)
			h.matcher.results["où êtes-vous"] = catalog.Result{Outcome: catalog.Answer, ID: "pimms-horaires-adresse"}
			for _, text := range []string{"/start", "/horaires", "où êtes-vous", "/mediateur"} {
				if got := texts(h.say(alice, text)); strings.Contains(got, postcodeQuestion) || strings.Contains(got, "Vous êtes en contact") {
					t.Errorf("%s in a network of one = %q", text, got)
				}
			}
			if r := h.resident(alice); r.Mode != conversation.ModeWaiting || r.Site != "" {
				t.Errorf("resident: mode %v site %q, want a ticket and no site stored", r.Mode, r.Site)
			}
			// /site shows the one site, with nothing to change, now or
			// once the request is over.
			if got := h.say(alice, "/site"); strings.Contains(texts(got), "changer") || hasAction(got, conversation.ActSiteChange) {
				t.Errorf("/site in a network of one = %q %v", texts(got), actions(got))
			}
		})
	}
}

// Each ticket waits in its own site's opening hours: Marseille's, closed
// all week, sends no wait notice; Vaise's, open, does.
func TestSiteWaitNoticeInTicketHours(t *testing.T) {
	h := newHarness(t, withNetwork(network))
	h.say(alice, "/start marseille")
	h.say(alice, "/mediateur")
	h.say(bob, "/start vaise")
	h.say(bob, "/mediateur")
	h.clock.Add(3 * time.Hour)
	if err := h.svc.Remind(context.Background(), 0); err != nil {
		t.Fatal(err)
	}
	if got := h.channel.take(alice); len(got) != 0 {
		t.Errorf("Marseille, closed, told its resident %q", texts(got))
	}
	got := texts(h.channel.take(bob))
	if !strings.Contains(got, "Aucun médiateur n'a encore pu vous répondre") || !strings.Contains(got, "04 00 00 00 01") {
		t.Errorf("Vaise's wait notice = %q, want its own phone", got)
	}
}

func TestSiteInExport(t *testing.T) {
	h := newHarness(t, withNetwork(network))
	h.say(alice, "/start villeurbanne")
	got := h.say(alice, "/mesdonnees")
	if !strings.Contains(texts(got), "Votre PIMMS\u00a0: **PIMMS Villeurbanne**") {
		t.Errorf("/mesdonnees = %q, want the site", texts(got))
	}
	var file []byte
	for _, r := range got {
		if r.File != nil {
			file = r.File.Data
		}
	}
	if !strings.Contains(string(file), "Votre PIMMS\u00a0: PIMMS Villeurbanne\n") {
		t.Errorf("the exported file does not hold the site: %s", file)
	}
}

// A mediator moves a ticket to another site: it waits there in a new
// place on the desk, and the resident is told who follows it now.
func TestSiteTransfer(t *testing.T) {
	h := newHarness(t, withNetwork(network))
	h.say(alice, "/start vaise")
	h.say(alice, "/mediateur")
	number := h.ticketOf(alice).Number
	if err := h.mediator(conversation.MediatorAction{Ticket: number, Kind: conversation.MedClaim}); err != nil {
		t.Fatal(err)
	}
	h.channel.take(alice)
	for _, site := range []string{"lyon", ""} {
		err := h.mediator(conversation.MediatorAction{Ticket: number, Kind: conversation.MedTransfer, Site: site})
		if conversation.ErrorCode(err) != conversation.ENOTFOUND {
			t.Errorf("transfer to %q: %v, want ENOTFOUND", site, err)
		}
	}
	err := h.mediator(conversation.MediatorAction{Ticket: number, Kind: conversation.MedTransfer, Site: "vaise"})
	if conversation.ErrorCode(err) != conversation.EINVALID {
		t.Errorf("transfer to its own site: %v, want EINVALID", err)
	}
	old := h.ticketOf(alice).DeskRef
	if err := h.mediator(conversation.MediatorAction{Ticket: number, Kind: conversation.MedTransfer, Site: "marseille"}); err != nil {
		t.Fatal(err)
	}
	if got := texts(h.channel.take(alice)); !strings.Contains(got, "maintenant suivie par le **PIMMS Marseille**") {
		t.Errorf("the resident was told %q", got)
	}
	tk := h.ticketOf(alice)
	if tk.Site != "marseille" || tk.Status != conversation.TicketWaiting || tk.Mediator != "" ||
		tk.DeskRef == "" || tk.DeskRef == old || len(tk.FormerRefs) != 1 || tk.FormerRefs[0] != old {
		t.Errorf("ticket after the transfer = %+v, want waiting at marseille in a new place", tk)
	}
	if tk.Reminded.IsZero() {
		t.Errorf("ticket after the transfer not marked reminded: the new site would be reminded at once")
	}
	if r := h.resident(alice); r.Site != "marseille" || r.Mode != conversation.ModeWaiting {
		t.Errorf("resident: site %q mode %v", r.Site, r.Mode)
	}
	opened, _, _ := h.desk.snapshot()
	if len(opened) != 2 || opened[1].Site != "marseille" {
		t.Errorf("the desk opened %+v, want the ticket again, at marseille", opened)
	}
	h.desk.mu.Lock()
	history := h.desk.history[len(h.desk.history)-1]
	h.desk.mu.Unlock()
	var said []string
	for _, m := range history {
		said = append(said, m.Text)
	}
	if !strings.Contains(strings.Join(said, "\n"), "demande n° 1 transférée du PIMMS Lyon Vaise au PIMMS Marseille par Camille") {
		t.Errorf("the new place's history does not say the transfer: %q", said)
	}
}

// « Bonjour » is answered at once in a network: small talk never waits
// for a postcode, even when its answer names the site.
func TestSiteGreetingNeverAsksPostcode(t *testing.T) {
	h := newHarness(t, withNetwork(network))
	h.matcher.results["bonjour"] = catalog.Result{Outcome: catalog.Answer, ID: catalog.IntentGreeting}
	got := texts(h.say(alice, "bonjour"))
	if strings.Contains(got, postcodeQuestion) || !strings.Contains(got, "Bonjour") {
		t.Errorf("greeting = %q, want the greeting without the postcode question", got)
	}
	// Nor in the name of a site that may not be theirs: the default one.
	if strings.Contains(got, "PIMMS Lyon Vaise") {
		t.Errorf("greeting = %q, names the default site to a resident without one", got)
	}
	if got := texts(h.say(alice, "/confidentialite")); strings.Contains(got, "Lyon Vaise") || !strings.Contains(got, "par le PIMMS") {
		t.Errorf("privacy = %q, want « par le PIMMS », no site named", got)
	}
	h.say(alice, "/start vaise")
	if got := texts(h.say(alice, "/confidentialite")); !strings.Contains(got, "par le PIMMS Lyon Vaise") {
		t.Errorf("privacy once the site is known = %q, want its name", got)
	}
}

// The conversation, its unanswered questions and its ratings carry the
// resident's site, for the reports by site.
func TestSiteOnRecords(t *testing.T) {
	h := newHarness(t, withNetwork(network))
	h.matcher.results["ma trottinette"] = catalog.Result{Outcome: catalog.Unknown}
	h.matcher.results["aide au loyer"] = catalog.Result{Outcome: catalog.Answer, ID: "caf-apl"}
	h.say(alice, "/start villeurbanne")
	h.say(alice, "ma trottinette")
	h.say(alice, "aide au loyer")
	h.click(alice, conversation.ActNotHelp+":caf-apl")
	ctx := context.Background()
	un, err := h.store.Unanswered(ctx, time.Time{})
	if err != nil || len(un) != 1 || un[0].Site != "villeurbanne" {
		t.Errorf("unanswered %+v (%v), want one of villeurbanne", un, err)
	}
	fb, err := h.store.FeedbackSince(ctx, time.Time{})
	if err != nil || len(fb) != 1 || fb[0].Site != "villeurbanne" {
		t.Errorf("feedback %+v (%v), want one of villeurbanne", fb, err)
	}
	var sites []string
	h.store.ForEachConversation(ctx, func(c conversation.Conversation) error { sites = append(sites, c.Site); return nil })
	if len(sites) != 1 || sites[0] != "villeurbanne" {
		t.Errorf("conversations' sites %q, want [villeurbanne]", sites)
	}
}
