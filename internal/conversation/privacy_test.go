package conversation_test

import (
	"context"
	"slices"
	"strings"
	"testing"
	"time"

	"pimmsbot/internal/conversation"
)

func TestEraseOnRequest(t *testing.T) {
	h := newHarness(t)
	h.say(alice, "je m'appelle Alice Martin")
	h.say(alice, "/mediateur")
	number := h.resident(alice).Ticket
	got := h.say(alice, "/oublier")
	if !hasAction(got, conversation.ActEraseYes) {
		t.Fatalf("/oublier = %v, want a confirmation button", actions(got))
	}
	// A forged "yes" without the question is ignored... and "no" keeps all.
	h.click(alice, conversation.ActEraseNo)
	if got := h.click(alice, conversation.ActEraseYes); len(got) != 0 {
		t.Fatalf("erase without confirmation: %q", texts(got))
	}
	h.say(alice, "/oublier")
	got = h.click(alice, conversation.ActEraseYes)
	if !strings.Contains(texts(got), "effacées") {
		t.Fatalf("erase reply = %q", texts(got))
	}
	if _, err := h.store.Resident(context.Background(), alice); conversation.ErrorCode(err) != conversation.ENOTFOUND {
		t.Fatalf("resident still there: %v", err)
	}
	if _, err := h.store.Export(context.Background(), alice); conversation.ErrorCode(err) != conversation.ENOTFOUND {
		t.Fatalf("export after erase: %v", err)
	}
	tk, _ := h.store.Ticket(context.Background(), number)
	if tk.Status != conversation.TicketClosed || tk.Gone != "erased" || tk.Resident != "" {
		t.Fatalf("ticket after erase = %+v", tk)
	}
	_, posts, _ := h.desk.snapshot()
	if !strings.Contains(posts[len(posts)-1].Text, "effacé") {
		t.Errorf("desk not told of the erasure: %+v", posts)
	}
}

func TestExportOnRequest(t *testing.T) {
	h := newHarness(t)
	h.say(alice, "bonjour")
	got := h.say(alice, "/mesdonnees")
	if len(got) != 1 || got[0].File == nil {
		t.Fatalf("/mesdonnees = %+v, want a file", got)
	}
	copy := string(got[0].File.Data)
	if !strings.Contains(copy, "Vous\u00a0: bonjour") || !strings.Contains(copy, "Assistant\u00a0: Bonjour\u00a0! Je suis l'assistant") {
		t.Fatalf("copy = %s", copy)
	}
}

func TestEraseBySiteManager(t *testing.T) {
	h := newHarness(t)
	h.say(alice, "/mediateur")
	number := h.resident(alice).Ticket
	if err := h.svc.EraseResident(context.Background(), alice); err != nil {
		t.Fatal(err)
	}
	if _, err := h.store.Resident(context.Background(), alice); conversation.ErrorCode(err) != conversation.ENOTFOUND {
		t.Fatalf("resident still there: %v", err)
	}
	if tk, _ := h.store.Ticket(context.Background(), number); tk.Status != conversation.TicketClosed || tk.Gone != "erased" {
		t.Fatalf("ticket = %+v", tk)
	}
	if err := h.svc.EraseResident(context.Background(), alice); conversation.ErrorCode(err) != conversation.ENOTFOUND {
		t.Fatalf("second erase: %v, want ENOTFOUND", err)
	}
}

// TestEraseClearsEveryThread checks that /oublier asks the desk to erase
// the place of each of the resident's tickets, the closed one as well as
// the open one, before the notice that the ticket is closed, and that
// nothing the desk is given names the resident.
func TestEraseClearsEveryThread(t *testing.T) {
	h := newHarness(t)
	h.say(alice, "/mediateur")
	first := h.resident(alice).Ticket
	if err := h.mediator(conversation.MediatorAction{Ticket: first, Kind: conversation.MedClose}); err != nil {
		t.Fatal(err)
	}
	h.say(alice, "5")
	h.say(alice, "/mediateur")
	second := h.resident(alice).Ticket
	if first == second {
		t.Fatal("want two tickets")
	}
	h.say(alice, "/oublier")
	h.click(alice, conversation.ActEraseYes)

	t1, _ := h.store.Ticket(context.Background(), first)
	t2, _ := h.store.Ticket(context.Background(), second)
	got := h.desk.erasedRefs()
	if len(got) != 2 || got[0] == got[1] || !slices.Contains(got, t1.DeskRef) || !slices.Contains(got, t2.DeskRef) {
		t.Fatalf("desk erased %q, want the threads %q and %q", got, t1.DeskRef, t2.DeskRef)
	}
	for _, tk := range h.desk.erased {
		if tk.Resident != "" || tk.Label != "" || tk.Question != "" {
			t.Errorf("desk erase given a ticket that names the resident: %+v", tk)
		}
	}
}

// TestEraseOnDeskSurvivesRestart checks that the desk's erasure is an
// outbox item: when the desk fails, it is done after a restart.
func TestEraseOnDeskSurvivesRestart(t *testing.T) {
	h := newHarness(t)
	h.say(alice, "/mediateur")
	number := h.resident(alice).Ticket
	h.desk.mu.Lock()
	h.desk.eraseErr = conversation.Errorf(conversation.ETEMPORARY, "desk down")
	h.desk.mu.Unlock()
	if err := h.svc.EraseResident(context.Background(), alice); err != nil {
		t.Fatal(err)
	}
	if got := h.desk.erasedRefs(); len(got) != 0 {
		t.Fatalf("desk erased %q while down", got)
	}
	h.desk.mu.Lock()
	h.desk.eraseErr = nil
	h.desk.mu.Unlock()
	h.reopen()
	h.clock.Add(time.Hour)
	if err := h.svc.Redeliver(context.Background()); err != nil {
		t.Fatal(err)
	}
	tk, _ := h.store.Ticket(context.Background(), number)
	if got := h.desk.erasedRefs(); len(got) != 1 || got[0] != tk.DeskRef {
		t.Fatalf("desk erased %q after the restart, want %q", got, tk.DeskRef)
	}
}

// TestEraseClearsAReplacedThread: a ticket whose thread was deleted or
// locked got a new one; erasure clears both, since the old one still shows
// what the resident wrote.
func TestEraseClearsAReplacedThread(t *testing.T) {
	h := newHarness(t)
	h.say(alice, "/mediateur")
	number := h.resident(alice).Ticket
	before, _ := h.store.Ticket(context.Background(), number)
	h.desk.mu.Lock()
	h.desk.postErr = conversation.Errorf(conversation.EGONE, "thread deleted")
	h.desk.mu.Unlock()
	h.say(alice, "voici mon adresse : 3 rue des Lilas")
	after, _ := h.store.Ticket(context.Background(), number)
	if after.DeskRef == before.DeskRef || !slices.Contains(after.FormerRefs, before.DeskRef) {
		t.Fatalf("ticket = %+v, want a new thread and the old one remembered", after)
	}
	h.say(alice, "/oublier")
	h.click(alice, conversation.ActEraseYes)
	got := h.desk.erasedRefs()
	if !slices.Contains(got, before.DeskRef) || !slices.Contains(got, after.DeskRef) {
		t.Fatalf("desk erased %q, want both threads %q and %q", got, before.DeskRef, after.DeskRef)
	}
}

// TestNewLabelAfterErasure: a resident who writes again after /oublier
// is another « Usager XXXX » for the mediators, so that nothing ties the
// new requests to the erased ones (an outside tester saw the same label
// come back).
func TestNewLabelAfterErasure(t *testing.T) {
	h := newHarness(t)
	h.say(alice, "bonjour")
	before := h.resident(alice).Label
	h.say(alice, "/oublier")
	h.click(alice, conversation.ActEraseYes)
	h.clock.Add(time.Minute)
	h.say(alice, "bonjour")
	if after := h.resident(alice).Label; after == before || !strings.HasPrefix(after, "Usager ") {
		t.Errorf("label %q after the erasure, %q before", after, before)
	}
}

// TestEraseWarnsOfUrgentTicket: a resident whose urgent ticket is open
// and who asks to erase everything is told, before confirming, that the
// mediators could then no longer answer, and where to call in danger
// (qa11: « je veux mourir », /oublier, « oui » silently closed the
// urgent ticket). Erasing stays their right: « oui » erases.
func TestEraseWarnsOfUrgentTicket(t *testing.T) {
	h := newHarness(t)
	h.say(alice, distress)
	got := texts(h.say(alice, "/oublier"))
	if !strings.Contains(got, "demande urgente") || !strings.Contains(got, "112") {
		t.Errorf("/oublier with an urgent ticket = %q, want the warning", got)
	}
	h.say(alice, "oui")
	if _, err := h.store.Resident(context.Background(), alice); conversation.ErrorCode(err) != conversation.ENOTFOUND {
		t.Errorf("« oui » did not erase the resident: %v", err)
	}
	h.say(bob, "/mediateur")
	if got := texts(h.say(bob, "/oublier")); strings.Contains(got, "urgente") {
		t.Errorf("/oublier with an ordinary ticket = %q", got)
	}
}
