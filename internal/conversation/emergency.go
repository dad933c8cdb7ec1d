package conversation

import (
	"context"

	"pimmsbot/internal/catalog"
)

// emergencyEntry returns the emergency entry a message calls for, nil
// when it is not an emergency.
func (s *Service) emergencyEntry(text string) *catalog.Entry {
	if !hasLetterOrDigit(text) {
		return nil
	}
	return s.emergencyOf(s.faq.Load().matcher.Match(text))
}

// emergencyOf returns the emergency entry of the engine's verdict, nil
// when it is not an emergency.
func (s *Service) emergencyOf(res catalog.Result) *catalog.Entry {
	if !res.Emergency {
		return nil
	}
	e, ok := s.Catalog().Entry(res.ID)
	if !ok {
		return nil
	}
	return e
}

// emergency answers a resident in danger at once with the entry's numbers,
// in every state of the conversation, and makes sure the mediators know:
// an open ticket is raised as urgent (with the resident's message, unless
// posted says the caller posted it already), and when the resident has
// none and a desk exists, an urgent ticket is opened.
func (s *Service) emergency(ctx context.Context, ev *event, e *catalog.Entry, stored string, posted bool) error {
	ev.outcomes = append(ev.outcomes, OutcomeEmergency)
	ev.conv.Questions++
	ev.conv.Answered++
	if ev.conv.Theme == "" {
		ev.conv.Theme = e.Theme
	}
	wasBot := !ev.r.InHandover()
	ev.r.Misses, ev.r.LastEntry, ev.r.Voted, ev.r.LastQuestion, ev.r.Offered, ev.r.Others = 0, e.ID, "", "", nil, nil
	s.reply(ev, Reply{Text: e.Answer, Links: sourceLinks(e.Sources)})
	last := &ev.ch.Messages[len(ev.ch.Messages)-1]
	last.Entry, last.Title, last.Outcome = e.ID, e.Title, OutcomeEmergency
	switch {
	case ev.r.InHandover():
		t, err := s.openTicket(ctx, ev)
		if err != nil {
			return err
		}
		if !posted {
			s.deskPost(ev, t, PostResident, stored, nil)
		}
		told := t.Urgent
		s.raiseUrgent(ev, t, e)
		if !told && ev.r.Mode == ModeWaiting {
			// As with a ticket opened urgent: a mediator is warned, or
			// will write when the site opens.
			s.handoverReceipt(ev, s.ticketSite(*t), t.Number, true)
		}
	case s.desk != nil:
		ev.r.skipRating()
		// At once: the urgent ticket never waits for a postcode.
		if err := s.openHandover(ctx, ev, stored, "", true); err != nil {
			return err
		}
		t := &ev.ch.Tickets[len(ev.ch.Tickets)-1]
		t.Urgent, t.Automatic = true, true
		s.deskPost(ev, t, PostSystem, urgentPost(e), nil)
	default:
		ev.r.skipRating()
	}
	if wasBot {
		// The numbers first; then what else the resident asked.
		if ids := s.otherNeeds(stored, e); len(ids) > 0 {
			s.offerQuestions(ev, ids, nil)
		}
	}
	return nil
}

// raiseUrgent flags an open ticket as urgent and tells the mediators why:
// the first time with a notification (PostUrgent), then as a line of the
// thread.
func (s *Service) raiseUrgent(ev *event, t *Ticket, e *catalog.Entry) {
	if t.Urgent {
		s.deskPost(ev, t, PostSystem, urgentPost(e), nil)
		return
	}
	t.Urgent = true
	ev.ch.Tickets = append(ev.ch.Tickets, *t)
	s.deskPost(ev, t, PostUrgent, urgentPost(e), nil)
	s.deskUpdate(ev, t)
}

// urgentPost is what the mediators read when a resident writes about an
// emergency.
func urgentPost(e *catalog.Entry) string {
	return "🚨 URGENCE\u00a0: le message de l'usager évoque «\u00a0" + e.Title + "\u00a0». " +
		"Le bot lui a donné aussitôt les numéros d'urgence. Répondez-lui dès que possible."
}
