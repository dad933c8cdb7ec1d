package conversation

import (
	"context"
	"regexp"
	"time"

	"pimmsbot/internal/catalog"
	"pimmsbot/internal/fold"
	"pimmsbot/internal/markup"
)

// receiptEvery is how long the bot keeps quiet after telling a resident
// whose ticket waits that their message was passed on. Residents write
// in bursts (a question in five lines, then « merci »): one receipt per
// burst reassures without answering each line, and a resident who comes
// back an hour or a day later, still without a mediator, is told again
// that their words arrived and when a mediator will read them.
const receiptEvery = 30 * time.Minute

// onHandoverText handles a resident's text, not an emergency, while
// their ticket is open: it goes to the mediators. While the ticket
// waits, the resident gets a receipt (receipt), their request confirmed
// when they ask for a mediator again, and, when the bot opened the
// ticket on its own (Ticket.Automatic), the FAQ's answer to a question
// it knows: they never asked for a mediator. Once a mediator has taken
// the ticket, the mediator answers and the bot says nothing.
func (s *Service) onHandoverText(ctx context.Context, ev *event, text, stored string, res catalog.Result) error {
	t, err := s.openTicket(ctx, ev)
	if err != nil {
		return err
	}
	if text == "" {
		return nil
	}
	post := stored
	if stored != text {
		post += "\n\n" + say(French.MaskedForMediator)
	}
	s.deskPost(ev, t, PostResident, post, nil)
	if ev.r.Mode != ModeWaiting {
		return nil
	}
	other := ""
	if t.Automatic {
		other = s.otherTaken(ev.r, text, typedKey(text))
	}
	switch {
	case res.Outcome == catalog.Answer && res.ID == catalog.IntentHandover && bareRequest(text):
		return s.askAgain(ctx, ev)
	case !t.Automatic && res.Outcome == catalog.Answer && s.faqEntry(res.ID) && s.siteClosed(ev, t):
		// The site is closed: the mediator reads this at the opening,
		// hours away. A question the FAQ answers surely is answered
		// now; the mediator still reads it, and what the bot said.
		if err := s.answer(ctx, ev, res, stored); err != nil {
			return err
		}
		if last := ev.ch.Messages[len(ev.ch.Messages)-1]; last.Entry != "" {
			s.deskPost(ev, t, PostBot, say("Le bot lui a répondu avec la fiche «\u00a0%s\u00a0».", last.Title), nil)
		}
		if !s.receipt(ev, t) {
			s.reply(ev, Reply{Text: French.AlsoPassedOn})
		}
		return nil
	case other != "" || t.Automatic && res.Outcome == catalog.Answer:
		// « oui » to the other question offered below the emergency's
		// numbers (« Pour votre autre question… ») takes it, as a tap.
		if other != "" {
			s.pickEntry(ev, ActEntry, other)
		} else if err := s.answer(ctx, ev, res, stored); err != nil {
			return err
		}
		if last := ev.ch.Messages[len(ev.ch.Messages)-1]; last.Entry != "" {
			s.deskPost(ev, t, PostBot, say("Le bot lui a répondu avec la fiche «\u00a0%s\u00a0».", last.Title), nil)
		}
		return nil
	}
	s.receipt(ev, t)
	return nil
}

// callback matches, in a folded message, the words of a resident who
// asks to be called back or gives their number: « rappelez-moi », « mon
// numéro c'est… ».
var callback = regexp.MustCompile(`\b(?:rappel\w*|appel(?:er|ez|le)\b|telephon\w*|num(?:ero)?\b|joindre|contact(?:er|ez)[\s-]+moi)`)

// bareRequest reports whether text, read as asking for a person while
// the resident's ticket is open, asks only that: no subject, no number,
// no call back. A message that says more (« rappelez-moi svp », « mon
// numéro c'est le 06… ») is for the mediator, and gets a receipt.
func bareRequest(text string) bool {
	if topic, _ := asksForPerson(text); topic != "" {
		return false
	}
	return !saysMore(text) && !callback.MatchString(fold.String(text))
}

// askAgain answers a resident who asks for a mediator while their ticket
// is open: it is confirmed, with no word of when a mediator answers (the
// receipts say it, at most once per receiptEvery). A ticket the bot
// opened on its own is now one the resident asked for: their messages
// are for the mediator.
func (s *Service) askAgain(ctx context.Context, ev *event) error {
	if ev.r.Mode == ModeWaiting {
		t, err := s.openTicket(ctx, ev)
		if err != nil {
			return err
		}
		if t.Automatic {
			t.Automatic = false
			ev.ch.Tickets = append(ev.ch.Tickets, *t)
		}
	}
	s.reply(ev, Reply{Text: say(French.HandoverAlready, ev.r.Ticket)})
	return nil
}

// receipt tells a resident whose ticket waits that their message was
// passed on and when a mediator will answer: as soon as possible, or at
// the next opening of the ticket's site when it is closed. It says so at
// most once per receiptEvery.
// It reports whether it did.
func (s *Service) receipt(ev *event, t *Ticket) bool {
	if ev.r.Mode != ModeWaiting || !t.Receipt.IsZero() && ev.now.Sub(t.Receipt) < receiptEvery {
		return false
	}
	t.Receipt = ev.now
	ev.ch.Tickets = append(ev.ch.Tickets, *t)
	site := s.ticketSite(*t)
	if !s.siteClosed(ev, t) {
		s.reply(ev, Reply{Text: French.ReceiptOpen})
		return true
	}
	when := ""
	if next, ok := site.Hours.NextOpening(ev.now); ok {
		when = ", " + site.Hours.When(next, ev.now)
	}
	s.reply(ev, Reply{Text: say(French.ReceiptClosed, markup.Escape(when))})
	return true
}

// siteClosed reports whether the site of ticket t is closed now, by its
// hours; a site without hours is not.
func (s *Service) siteClosed(ev *event, t *Ticket) bool {
	site := s.ticketSite(*t)
	return site.Hours != nil && !site.Hours.OpenAt(ev.now)
}
