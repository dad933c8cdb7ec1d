package conversation_test

import (
	"context"
	"strings"
	"testing"
	"time"

	"pimmsbot/internal/conversation"
)

// distress is a message of a resident in danger; the embedded FAQ answers
// it with urgence-violences, whose answer gives the 3919.
const distress = "il ma encore frapé cette nuit, j'ai peur de rentrer"

func postsOf(posts []conversation.Post, kind conversation.PostKind) []conversation.Post {
	var out []conversation.Post
	for _, p := range posts {
		if p.Kind == kind {
			out = append(out, p)
		}
	}
	return out
}

func TestEmergencyOpensAnUrgentTicket(t *testing.T) {
	h := newHarness(t)
	got := h.say(alice, distress)
	if len(got) == 0 || !strings.Contains(got[0].Text, "3919") {
		t.Fatalf("first reply = %q, want the emergency numbers first", texts(got))
	}
	r := h.resident(alice)
	if r.Mode != conversation.ModeWaiting {
		t.Fatalf("mode = %v, want a ticket for a mediator", r.Mode)
	}
	opened, _, _ := h.desk.snapshot()
	if len(opened) != 1 || !opened[0].Urgent {
		t.Fatalf("opened = %+v, want one urgent ticket", opened)
	}
}

func TestEmergencyWhileWaiting(t *testing.T) {
	h := newHarness(t)
	h.say(alice, "/mediateur")
	got := h.say(alice, distress)
	// The numbers first, then the mediator warned (TestWaitingTicketTurnsUrgent).
	if len(got) != 2 || !strings.Contains(got[0].Text, "3919") {
		t.Fatalf("while waiting = %q, want the emergency answer", texts(got))
	}
	if r := h.resident(alice); r.Mode != conversation.ModeWaiting {
		t.Fatalf("mode = %v, want still waiting", r.Mode)
	}
	_, posts, updates := h.desk.snapshot()
	if len(postsOf(posts, conversation.PostResident)) != 1 || len(postsOf(posts, conversation.PostUrgent)) != 1 {
		t.Fatalf("posts = %+v, want the message relayed and one urgent notice", posts)
	}
	if len(updates) == 0 || !updates[len(updates)-1].Urgent {
		t.Fatalf("updates = %+v, want the ticket shown urgent", updates)
	}
	// A second message about the danger: flagged again, notified once.
	h.say(alice, "il revient, il me menace de mort")
	_, posts, _ = h.desk.snapshot()
	if n := len(postsOf(posts, conversation.PostUrgent)); n != 1 {
		t.Errorf("%d urgent notices, want 1: the role is pinged once", n)
	}
	if !strings.Contains(posts[len(posts)-1].Text, "URGENCE") {
		t.Errorf("last post = %q, want the second message flagged too", posts[len(posts)-1].Text)
	}
}

func TestEmergencyWhileClaimed(t *testing.T) {
	h := newHarness(t)
	h.say(alice, "/mediateur")
	if err := h.mediator(conversation.MediatorAction{Ticket: h.resident(alice).Ticket, Kind: conversation.MedClaim}); err != nil {
		t.Fatal(err)
	}
	h.channel.take(alice)
	// The bot keeps quiet while a mediator answers, except for this.
	if got := h.say(alice, "merci, j'attends"); len(got) != 0 {
		t.Fatalf("bot spoke while claimed: %q", texts(got))
	}
	got := h.say(alice, distress)
	if len(got) != 1 || !strings.Contains(got[0].Text, "3919") {
		t.Fatalf("while claimed = %q, want the emergency answer", texts(got))
	}
	_, posts, _ := h.desk.snapshot()
	if len(postsOf(posts, conversation.PostUrgent)) != 1 {
		t.Fatalf("posts = %+v, want the mediator told of the emergency", posts)
	}
	if r := h.resident(alice); r.Mode != conversation.ModeClaimed {
		t.Fatalf("mode = %v, want the mediator still in charge", r.Mode)
	}
}

func TestEmergencyOutsideOpeningHours(t *testing.T) {
	// Wednesday 10:00 in Paris, but the site opens only on Saturdays.
	h := newHarness(t, withHours("sam 09:00-12:00"))
	got := h.say(alice, distress)
	if len(got) < 2 || !strings.Contains(got[0].Text, "3919") || !strings.Contains(texts(got), "fermé") {
		t.Fatalf("closed = %q, want the numbers, then that the PIMMS is closed", texts(got))
	}
	opened, _, _ := h.desk.snapshot()
	if len(opened) != 1 || !opened[0].Urgent {
		t.Fatalf("opened = %+v, want an urgent ticket for the next opening", opened)
	}
}

func TestEmergencyWithoutDesk(t *testing.T) {
	h := newHarness(t, withoutDesk())
	got := h.say(alice, distress)
	if len(got) != 1 || !strings.Contains(got[0].Text, "3919") {
		t.Fatalf("Telegram only = %q, want the emergency answer", texts(got))
	}
	if r := h.resident(alice); r.Mode != conversation.ModeBot {
		t.Fatalf("mode = %v", r.Mode)
	}
	if got := h.say(alice, "merci"); len(got) == 0 {
		t.Fatal("no reply after the emergency")
	}
}

func TestEmergencyDuringRating(t *testing.T) {
	h := newHarness(t)
	h.say(alice, "/mediateur")
	number := h.resident(alice).Ticket
	h.mediator(conversation.MediatorAction{Ticket: number, Kind: conversation.MedClaim})
	if err := h.mediator(conversation.MediatorAction{Ticket: number, Kind: conversation.MedClose}); err != nil {
		t.Fatal(err)
	}
	h.channel.take(alice)
	got := h.say(alice, distress)
	if len(got) == 0 || !strings.Contains(got[0].Text, "3919") {
		t.Fatalf("while asked for a rating = %q", texts(got))
	}
	if tk := h.resident(alice).Ticket; tk == number || tk == 0 {
		t.Fatalf("ticket = %d, want a new urgent ticket", tk)
	}
}

func TestEmergencyNamedByTitleForMediators(t *testing.T) {
	h := newHarness(t)
	h.say(alice, distress)
	msgs := h.messages(alice)
	for _, m := range msgs {
		if m.Entry == "urgence-violences" && m.Title == "" {
			t.Fatalf("the emergency answer is recorded without its title: %+v", m)
		}
	}
	tk, err := h.store.Ticket(context.Background(), h.resident(alice).Ticket)
	if err != nil {
		t.Fatal(err)
	}
	summary := conversation.Summary(tk, msgs, time.UTC)
	if strings.Contains(summary, "« urgence-violences »") {
		t.Errorf("the summary names the entry by its id:\n%s", summary)
	}
}

func TestEmergencyInACaption(t *testing.T) {
	photo := func(h *harness) []conversation.Reply {
		h.t.Helper()
		in := conversation.Incoming{Resident: alice, Media: conversation.MediaPhoto, Text: distress,
			File: &conversation.Attachment{Name: "photo.jpg", MIME: "image/jpeg", Data: []byte("jpeg")}}
		if err := h.svc.HandleResident(context.Background(), in); err != nil {
			h.t.Fatal(err)
		}
		return h.channel.take(alice)
	}
	t.Run("no ticket", func(t *testing.T) {
		h := newHarness(t)
		got := photo(h)
		if len(got) == 0 || !strings.Contains(got[0].Text, "3919") {
			t.Fatalf("photo with a call for help = %q, want the emergency numbers", texts(got))
		}
		if opened, _, _ := h.desk.snapshot(); len(opened) != 1 || !opened[0].Urgent {
			t.Fatalf("opened = %+v, want an urgent ticket", opened)
		}
	})
	t.Run("waiting", func(t *testing.T) {
		h := newHarness(t)
		h.say(alice, "/mediateur")
		got := photo(h)
		if len(got) != 2 || !strings.Contains(got[0].Text, "3919") {
			t.Fatalf("photo with a call for help = %q, want the emergency numbers, then the mediator warned", texts(got))
		}
		_, posts, _ := h.desk.snapshot()
		resident := postsOf(posts, conversation.PostResident)
		if len(resident) != 1 || resident[0].File == nil || len(postsOf(posts, conversation.PostUrgent)) != 1 {
			t.Fatalf("posts = %+v, want the photo once and the urgent notice", posts)
		}
	})
}

// TestEmergencyEntryFromTheMenu: an emergency entry picked in the
// themes has no 👍/👎 (« Pas vraiment » to the 3114 got « écrivez votre
// question autrement »): its numbers and a mediator, nothing to rate.
func TestEmergencyEntryFromTheMenu(t *testing.T) {
	h := newHarness(t)
	got := h.click(alice, "e:urgence-detresse")
	if len(got) != 1 || !strings.Contains(got[0].Text, "3114") {
		t.Fatalf("urgence-detresse from the menu = %q", texts(got))
	}
	for _, a := range actions(got) {
		if strings.HasPrefix(a, conversation.ActHelpful) || strings.HasPrefix(a, conversation.ActNotHelp) {
			t.Errorf("an emergency answer asks to be rated: %v", actions(got))
		}
	}
	if !hasAction(got, conversation.ActHuman) {
		t.Errorf("no mediator under the emergency answer: %v", actions(got))
	}
}

// After the numbers, the ticket's receipt keeps the resident on them: the
// last thing a resident in danger reads is no « fermé » with a lone
// « Terminer », but when a mediator will write and, until then, the 112.
func TestEmergencyReceiptKeepsTheNumbers(t *testing.T) {
	for _, tc := range []struct {
		name, start, want string
	}{
		{"open", "/start vaise", "dès que possible"},
		{"closed", "/start marseille", "fermé en ce moment"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			h := newHarness(t, withNetwork(network))
			h.say(alice, tc.start)
			got := h.say(alice, distress)
			if len(got) < 2 || !strings.Contains(got[0].Text, "3919") {
				t.Fatalf("replies = %q, want the numbers, then the ticket's receipt", texts(got))
			}
			last := got[len(got)-1]
			if !strings.Contains(last.Text, tc.want) || !strings.Contains(last.Text, "112") || !strings.Contains(last.Text, "n° ") {
				t.Errorf("receipt = %q, want %q, the ticket's number and the 112", last.Text, tc.want)
			}
			if strings.Contains(last.Text, "/fin") || hasAction([]conversation.Reply{last}, conversation.ActEnd) {
				t.Errorf("receipt = %q with %v: a resident in danger is not shown the way out last", last.Text, last.Buttons)
			}
			if opened, _, _ := h.desk.snapshot(); len(opened) != 1 || !opened[0].Urgent {
				t.Errorf("opened = %+v, want one urgent ticket", opened)
			}
		})
	}
	// A handover asked for as usual still offers to end it.
	h := newHarness(t)
	got := h.say(alice, "/mediateur")
	if !hasAction(got, conversation.ActEnd) {
		t.Errorf("ordinary handover = %q, want its « Terminer » button", texts(got))
	}
}

// The menu of emergencies gives the numbers before the situations: one
// who touches « Urgence » needs them now, not one tap later.
func TestEmergencyThemeGivesTheNumbers(t *testing.T) {
	h := newHarness(t)
	got := h.click(alice, conversation.ActTheme+":urgence")
	if len(got) != 1 || !strings.Contains(got[0].Text, "112") || !strings.Contains(got[0].Text, "3114") || len(got[0].Buttons) < 5 {
		t.Fatalf("emergencies' menu = %q, want the 112 and the 3114 above its situations", texts(got))
	}
	if got := h.click(alice, conversation.ActTheme+":caf"); strings.Contains(texts(got), "112") {
		t.Errorf("an ordinary theme = %q, want no emergency numbers", texts(got))
	}
}

// TestWaitingTicketTurnsUrgent: a resident whose ticket waits and who
// then writes that they are in danger gets the numbers, and is told, as
// when an emergency opens the ticket, that a mediator is warned, or will
// write when the site opens (an outside check: the mediators saw
// « urgente », the resident only the numbers). Told once.
func TestWaitingTicketTurnsUrgent(t *testing.T) {
	for _, c := range []struct {
		hours, want string
	}{
		{"lun-dim 00:00-24:00", "est prévenu"},
		{"sam 09:00-12:00", "vous écrira ici à l'ouverture"},
	} {
		h := newHarness(t, withHours(c.hours))
		h.say(alice, "je voudrais voir un médiateur")
		got := h.say(alice, "mon copain me bat depuis des mois")
		if len(got) < 2 || !strings.Contains(got[0].Text, "17") || !strings.Contains(texts(got[1:]), c.want) {
			t.Errorf("%s: danger while the ticket waits: %q, want the numbers then %q", c.hours, texts(got), c.want)
		}
		if again := texts(h.say(alice, "mon conjoint me menace avec un couteau")); strings.Contains(again, c.want) {
			t.Errorf("%s: told again: %q", c.hours, again)
		}
	}
}
