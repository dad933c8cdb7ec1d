package conversation

import (
	"context"
	"fmt"
	"regexp"
	"strconv"
	"strings"

	"pimmsbot/internal/catalog"
	"pimmsbot/internal/markup"
)

// siteTheme is the theme of the entries about the PIMMS itself: its
// address, hours, appointments (faq/pimms.yaml; theme ids never change).
const siteTheme = "pimms"

// lastQuestion returns the resident's last question in this conversation,
// for feedback records and tickets: their last words that are neither a
// command, a click, a file nor small talk (greeting, thanks, asking for a
// person), written since their previous ticket, if any. A question the
// bot answered about the PIMMS itself (« adresse svp ») is no subject
// for a mediator: the one before it is.
func (s *Service) lastQuestion(ctx context.Context, ev *event) string {
	msgs, err := s.store.Messages(ctx, ev.conv.ID)
	if err != nil {
		return ""
	}
	answer := "" // the entry that answered the message read, if any
	for i := len(msgs) - 1; i >= 0; i-- {
		m := msgs[i]
		if ticketEvent(m) {
			break // what comes before was for an earlier ticket
		}
		if m.From == FromBot && m.Entry != "" {
			answer = m.Entry
		}
		if m.From != FromResident {
			continue
		}
		if hasLetterOrDigit(m.Text) && !strings.HasPrefix(m.Text, "/") && !strings.HasPrefix(m.Text, ClickPrefix) && m.Outcome != OutcomeChoice &&
			m.Media == MediaNone && !s.smallTalk(m.Text) && !s.aboutSite(answer) {
			return m.Text
		}
		answer = ""
	}
	return ""
}

// aboutSite reports whether entry id is about the PIMMS itself.
func (s *Service) aboutSite(id string) bool {
	e, ok := s.Catalog().Entry(id)
	return ok && e.Theme == siteTheme
}

// smallTalk reports whether text is one of the FAQ's intents (greeting,
// thanks, goodbye, asking for a person) rather than a question.
func (s *Service) smallTalk(text string) bool {
	res := s.faq.Load().matcher.Match(text)
	if res.Outcome != catalog.Answer {
		return false
	}
	_, ok := s.Catalog().Intent(res.ID)
	return ok || res.ID == catalog.IntentHandover
}

// ticketEvent reports whether m records a ticket's event (handed over,
// claimed, closed, ended): it separates the parts of a conversation that
// led to different tickets.
func ticketEvent(m Message) bool {
	return m.From == FromSystem && strings.HasPrefix(m.Text, "demande n° ")
}

// openTicket returns the resident's open ticket.
func (s *Service) openTicket(ctx context.Context, ev *event) (*Ticket, error) {
	t, err := s.store.Ticket(ctx, ev.r.Ticket)
	if err != nil {
		return nil, fmt.Errorf("ticket %d of %s: %w", ev.r.Ticket, ev.r.Label, err)
	}
	return &t, nil
}

// handover opens a ticket for the resident, or reminds them of theirs;
// question is what the ticket takes, their last question when "", and
// request the words with which they asked for a mediator when these say
// more than asking (Ticket.Request). A resident without a site is first
// asked for their postcode.
func (s *Service) handover(ctx context.Context, ev *event, question, request string) error {
	if ev.r.InHandover() {
		return s.askAgain(ctx, ev)
	}
	if question == "" && s.desk != nil {
		question = s.lastQuestion(ctx, ev)
	}
	if request == question {
		request = ""
	}
	if s.askSite(ev, Pending{Do: PendingHandover, Question: question, Request: request}, "") {
		return nil
	}
	return s.openHandover(ctx, ev, question, request, false)
}

// saysMoreDigits finds, in a message asking for a mediator, what makes it
// more than asking: a figure (a phone number to call back, a date).
var saysMoreDigits = regexp.MustCompile(`\d`)

// saysMoreWords is the most words a bare request for a mediator holds:
// « je voudrais parler à un médiateur s'il vous plaît » is no more than
// asking; a longer message tells why, or when to call.
const saysMoreWords = 9

// saysMore reports whether text, a message read as asking for a
// mediator, says more than that, for the ticket's Request.
func saysMore(text string) bool {
	return saysMoreDigits.MatchString(text) || len(strings.Fields(text)) > saysMoreWords
}

// openHandover opens a ticket with question and request (Ticket.Request)
// for the resident, at their site or, when they have none (an
// emergency), the network's default; with no desk it says how to reach
// the site.
//
// An urgent handover is the ticket an emergency opens on its own: its
// receipt sends the resident back to the numbers they were just given.
func (s *Service) openHandover(ctx context.Context, ev *event, question, request string, urgent bool) error {
	if s.desk == nil {
		// Nobody would ever take a ticket: say how to reach the site,
		// count the request for the site's reports, keep answering.
		ev.conv.Handovers++
		ev.record(Message{From: FromSystem, Text: "demande de médiateur\u00a0: l'usager est invité à contacter le PIMMS"})
		site := s.siteOrDefault(ev.r)
		s.reply(ev, Reply{Text: French.HandoverNoDesk + "\n\n" + s.text(contact(site), site, ev.now) + "\n\n" + French.KeepAsking,
			Buttons: menuButtons()})
		return nil
	}
	n, err := s.store.NextID(ctx, "ticket")
	if err != nil {
		return err
	}
	theme := s.ticketTheme(ctx, ev, question)
	label := theme
	if th, ok := s.Catalog().Theme(theme); ok {
		label = th.Label
	}
	ev.r.forgetAnswer()
	ev.r.Refused = nil
	site := s.siteOrDefault(ev.r)
	t := Ticket{
		Number: n, Resident: ev.r.ID, Site: site.ID, Label: ev.r.Label, Conversation: ev.conv.ID,
		Status: TicketWaiting, Theme: theme, ThemeLabel: label, Question: question, Request: request, Requested: ev.now, Feedback: ev.r.Rated,
	}
	ev.r.Rated = nil
	ev.r.Mode, ev.r.Ticket, ev.r.Misses, ev.r.Confirm, ev.r.Pending = ModeWaiting, n, 0, "", nil
	ev.conv.Handovers++
	ev.ch.Tickets = append(ev.ch.Tickets, t)
	ev.record(Message{From: FromSystem, Text: fmt.Sprintf("demande n° %d transmise aux médiateurs", n)})
	ev.handovers++
	ev.ch.Outbox = append(ev.ch.Outbox, Outgoing{
		Queue: TicketQueue(n), Kind: OutDeskOpen, Resident: ev.r.ID, Ticket: n, Created: ev.now,
	})
	s.handoverReceipt(ev, site, n, urgent)
	return nil
}

// handoverReceipt tells the resident that ticket n is passed on, and when
// a mediator will answer: as soon as possible, or when site opens. An
// urgent ticket's receipt ends with the 112 rather than a way out.
func (s *Service) handoverReceipt(ev *event, site Site, n uint64, urgent bool) {
	end := [][]Button{{{Label: frButtons.End, Action: ActEnd}}}
	open, closed := French.HandoverOpen, French.HandoverClosed
	if urgent {
		// No way out offered last to a resident in danger: the numbers.
		open, closed, end = French.UrgentOpen, French.UrgentClosed, nil
	}
	if site.Hours != nil && !site.Hours.OpenAt(ev.now) {
		when := "prochainement"
		if next, ok := site.Hours.NextOpening(ev.now); ok {
			when = site.Hours.When(next, ev.now)
		}
		s.reply(ev, Reply{Text: say(closed, markup.Escape(when), n), Buttons: end})
		return
	}
	s.reply(ev, Reply{Text: say(open, n), Buttons: end})
}

// ticketTheme returns the theme of a ticket opening now with question:
// that of the entry the bot answered last in the conversation (an
// emergency's, for its ticket and for one asked for after it), else the
// conversation's. A question asked after that answer is about something
// else (« et sfr me facture… », then « un médiateur ») and takes the
// theme of the entries the engine reads in it, or none when it reads
// nothing: no theme is better than another question's.
func (s *Service) ticketTheme(ctx context.Context, ev *event, question string) string {
	msgs, err := s.store.Messages(ctx, ev.conv.ID)
	if err != nil {
		msgs = nil
	}
	msgs = append(msgs, ev.ch.Messages...)
	last, answered, asked := ev.r.LastEntry, -1, -1
	for i := len(msgs) - 1; i >= 0 && (answered < 0 || asked < 0); i-- {
		m := msgs[i]
		if answered < 0 && m.From == FromBot && m.Entry != "" && (last == "" || last == m.Entry) {
			last, answered = m.Entry, i
		}
		if asked < 0 && question != "" && m.From == FromResident && m.Text == question {
			asked = i
		}
	}
	cat := s.Catalog()
	if asked > answered {
		// As forMatching read it, without the words asking for a person
		// (« un médiateur pour ma retraite »: the retraite's theme).
		res := s.faq.Load().matcher.Match(maskWords.Replace(withoutRequest(question)))
		if e, ok := cat.Entry(res.ID); ok && res.Outcome == catalog.Answer {
			return e.Theme
		}
		if len(res.Offered) > 0 {
			if e, ok := cat.Entry(res.Offered[0]); ok {
				return e.Theme
			}
		}
		return ""
	}
	if e, ok := cat.Entry(last); ok {
		return e.Theme
	}
	return ev.conv.Theme
}

// releaseTicket closes the resident's ticket when the service has no desk
// any more, and gives the resident back to the bot.
func (s *Service) releaseTicket(ctx context.Context, ev *event) error {
	t, err := s.openTicket(ctx, ev)
	if err != nil && ErrorCode(err) != ENOTFOUND {
		return err
	}
	if err == nil && t.Open() {
		t.Status, t.Closed, t.Gone = TicketClosed, ev.now, GoneNoDesk
		ev.ch.Tickets = append(ev.ch.Tickets, *t)
		ev.record(Message{From: FromSystem, Text: fmt.Sprintf("demande n° %d close\u00a0: pas de médiateurs en ligne", t.Number)})
	}
	ev.r.backToBot()
	return nil
}

// endByResident closes the resident's ticket at their request (/fin).
func (s *Service) endByResident(ctx context.Context, ev *event) error {
	if !ev.r.InHandover() {
		// No mediator to leave: a resident who says stop wants the bot
		// to stop, and is told what stops, without choices to tap.
		ev.r.skipRating()
		s.reply(ev, Reply{Text: French.NothingToEnd})
		return nil
	}
	t, err := s.openTicket(ctx, ev)
	if err != nil {
		return err
	}
	claimed := t.Status == TicketClaimed
	t.Status, t.Closed, t.Gone = TicketClosed, ev.now, GoneEnded
	ev.ch.Tickets = append(ev.ch.Tickets, *t)
	ev.record(Message{From: FromSystem, Text: fmt.Sprintf("demande n° %d terminée par l'usager", t.Number)})
	s.deskPost(ev, t, PostSystem, "L'usager a terminé la conversation.", nil)
	s.deskUpdate(ev, t)
	if claimed {
		s.reply(ev, Reply{Text: French.EndedByResident, Choice: frButtons.End})
	} else {
		// Nobody had answered yet: no conversation ends, the request does.
		s.reply(ev, Reply{Text: say(French.CancelledByResident, t.Number), Choice: frButtons.End})
	}
	switch leads := s.dangerLeads(ctx, *t); {
	case len(leads) > 0:
		// As when a mediator closes it: the numbers, no rating.
		ev.r.backToBot()
		s.reply(ev, s.stillNumbers(leads))
	case claimed:
		ev.r.Mode = ModeRating
		s.reply(ev, Reply{Text: French.RatingAsk, Buttons: ratingButtons()})
	default:
		ev.r.backToBot()
	}
	return nil
}

func ratingButtons() [][]Button {
	row := make([]Button, 5)
	for i := range row {
		row[i] = Button{Label: strconv.Itoa(i + 1), Action: ActRate + ":" + strconv.Itoa(i+1)}
	}
	return [][]Button{row}
}

// justRated reports whether the bot's last words to the resident were
// the thanks for their rating, or the word that it was already noted: a
// rating typed now is a second (or third) one.
func (s *Service) justRated(ctx context.Context, ev *event) bool {
	msgs, err := s.store.Messages(ctx, ev.conv.ID)
	if err != nil {
		return false
	}
	msgs = append(msgs, ev.ch.Messages...)
	for i := len(msgs) - 1; i >= 0; i-- {
		if msgs[i].From == FromBot {
			site := s.replySite(ev.r)
			return msgs[i].Text == s.text(French.RatingThanks, site, ev.now) || msgs[i].Text == s.text(French.RatingAlready, site, ev.now)
		}
	}
	return false
}

// rate records the resident's satisfaction on their closed ticket.
func (s *Service) rate(ctx context.Context, ev *event, n int) error {
	t, err := s.openTicket(ctx, ev)
	if err != nil {
		return err
	}
	t.Rating = n
	ev.ch.Tickets = append(ev.ch.Tickets, *t)
	ev.r.backToBot()
	s.reply(ev, Reply{Text: French.RatingThanks, Choice: strings.Repeat("⭐", n)})
	return nil
}
