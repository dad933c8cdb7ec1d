package conversation

import (
	"context"
	"fmt"
	"slices"
	"strings"
	"time"

	"pimmsbot/internal/catalog"
	"pimmsbot/internal/markup"
	"pimmsbot/internal/secret"
)

// MediatorKind is what a mediator does on a ticket.
type MediatorKind string

// Mediators' actions.
const (
	MedClaim MediatorKind = "claim" // take the ticket
	MedReply MediatorKind = "reply" // write to the resident (text and/or file)
	MedNote  MediatorKind = "note"  // internal note, never sent
	MedClose MediatorKind = "close" // close the ticket
	MedEntry MediatorKind = "entry" // send a FAQ answer to the resident
	// MedPropose turns the ticket's question and the mediator's replies
	// into a FAQ proposal (Text: its title, optional). It sends nothing.
	MedPropose MediatorKind = "propose"
	// MedTransfer moves the ticket to another site (Site), whose
	// mediators then see and take it.
	MedTransfer MediatorKind = "transfer"
)

// A MediatorAction is one thing a mediator did on a ticket. The desk has
// checked that the person is a mediator.
type MediatorAction struct {
	Ticket uint64
	Kind   MediatorKind
	// Mediator is the desk's id of the mediator; Name is what the resident
	// is told.
	Mediator, Name string
	Text           string
	File           *Attachment
	// Entry is the FAQ entry id for MedEntry.
	Entry string
	// Site is the ID of the site MedTransfer moves the ticket to.
	Site string
	// Confirmed is true when the mediator confirmed an action that asks
	// for it: closing an urgent ticket nobody took (CloseNeedsConfirm).
	Confirmed bool
}

// CloseNeedsConfirm reports whether closing t needs the mediator's
// confirmation (MediatorAction.Confirmed): it is urgent and nobody took
// it, so its resident may be in danger with no one to answer them.
func CloseNeedsConfirm(t Ticket) bool {
	return t.Urgent && t.Status == TicketWaiting
}

// HandleMediator applies a mediator's action. It returns an *Error with
// code ENOTFOUND for an unknown ticket or entry, EINVALID when the ticket
// is closed (or claimed already, by anyone, for MedClaim): the desk shows
// that to the mediator (Refusal).
func (s *Service) HandleMediator(ctx context.Context, a MediatorAction) error {
	t, err := s.store.Ticket(ctx, a.Ticket)
	if err != nil {
		return err
	}
	key := t.Resident
	if key == "" {
		key = TicketQueue(t.Number)
	}
	unlock := s.lock(key)
	defer unlock()
	// Read again under the lock: the resident may have ended it meanwhile.
	if t, err = s.store.Ticket(ctx, a.Ticket); err != nil {
		return err
	}
	switch a.Kind {
	case MedNote:
		return s.note(ctx, t, a)
	case MedPropose:
		return s.propose(ctx, t, a)
	}
	ev, err := s.loadTicketResident(ctx, t)
	if err != nil {
		return err
	}
	if a.Name == "" {
		a.Name = "Un médiateur"
	}
	switch a.Kind {
	case MedClaim:
		err = s.claimByMediator(ev, &t, a)
	case MedReply:
		err = s.replyByMediator(ev, &t, a)
	case MedEntry:
		err = s.entryByMediator(ev, &t, a)
	case MedClose:
		err = s.closeByMediator(ctx, ev, &t, a)
	case MedTransfer:
		err = s.transfer(ev, &t, a)
	default:
		err = Errorf(EINVALID, "unknown mediator action %q", a.Kind)
	}
	if err != nil {
		return err
	}
	ev.ch.Tickets = append(ev.ch.Tickets, t)
	return s.commit(ctx, ev)
}

// loadTicketResident returns the event of a mediator's action on ticket
// t, which must be open and its resident's current one. The caller holds
// the resident's lock.
func (s *Service) loadTicketResident(ctx context.Context, t Ticket) (*event, error) {
	if !t.Open() {
		return nil, Errorf(EINVALID, "ticket %d is closed", t.Number)
	}
	if t.Resident == "" {
		return nil, Errorf(EINVALID, "ticket %d: the resident erased their data", t.Number)
	}
	ev, err := s.loadResident(ctx, t.Resident)
	if err != nil {
		return nil, err
	}
	if ev.r.Ticket != t.Number {
		return nil, Errorf(EINVALID, "ticket %d is not the resident's current one", t.Number)
	}
	return ev, nil
}

// claimByMediator gives the ticket to the mediator (MedClaim). Claiming a
// claimed ticket again, one's own or another's, changes nothing and is
// refused, so that the mediator is told (Refusal).
func (s *Service) claimByMediator(ev *event, t *Ticket, a MediatorAction) error {
	if t.Status == TicketClaimed {
		return Errorf(EINVALID, "ticket %d is already claimed by %s", t.Number, t.MediatorName)
	}
	s.claim(ev, t, a)
	return nil
}

// replyByMediator sends the mediator's words and file to the resident
// (MedReply); answering a waiting ticket takes it.
func (s *Service) replyByMediator(ev *event, t *Ticket, a MediatorAction) error {
	text := cleanText(a.Text)
	if text == "" && a.File == nil {
		return Errorf(EINVALID, "empty reply")
	}
	if t.Status == TicketWaiting {
		s.claim(ev, t, a) // answering is taking the ticket
	}
	// The resident reads what the mediator wrote; what is kept has its
	// secrets masked, as the resident's own words (a mediator reading a
	// social security number back to check it).
	stored, _ := secret.Mask(text)
	ev.record(Message{From: FromMediator, Name: a.Name, Text: stored, File: stripData(a.File)})
	ev.ch.Outbox = append(ev.ch.Outbox, Outgoing{
		Queue: ResidentQueue(ev.r.ID), Kind: OutReply, Resident: ev.r.ID, Created: ev.now,
		Reply: &Reply{Text: mediatorText(a.Name, text), File: a.File},
	})
	return nil
}

// entryByMediator sends a FAQ answer to the resident on the mediator's
// behalf (MedEntry), and tells the desk which.
func (s *Service) entryByMediator(ev *event, t *Ticket, a MediatorAction) error {
	e, ok := s.Catalog().Entry(a.Entry)
	if !ok {
		return Errorf(ENOTFOUND, "no FAQ entry %q", a.Entry)
	}
	if t.Status == TicketWaiting {
		s.claim(ev, t, a)
	}
	rep := Reply{Text: s.text(e.Answer, s.ticketSite(*t), ev.now), Links: entryLinks(e)}
	ev.record(Message{From: FromMediator, Name: a.Name, Text: rep.Text, Entry: e.ID, Title: e.Title, Outcome: OutcomeMediator})
	ev.ch.Outbox = append(ev.ch.Outbox, Outgoing{
		Queue: ResidentQueue(ev.r.ID), Kind: OutReply, Resident: ev.r.ID, Reply: &rep, Created: ev.now,
	})
	s.deskPost(ev, t, PostMediator, say("Fiche « %s » envoyée par %s.", e.Title, a.Name), nil)
	return nil
}

// closeByMediator closes the ticket (MedClose). A ticket still waiting
// was answered by nobody (replying or sending an entry takes it): the
// resident is not asked to rate help they did not get, and the bot
// answers again at once. An urgent one is closed only when the mediator
// confirmed it (EINVALID otherwise), and its resident is given the
// emergency numbers again.
//
// A resident who wrote danger in the ticket (an emergency answered, a
// worried message) is given that emergency's numbers again, and is not
// asked for a rating then: « Merci d'avoir contacté… » and « donnez une
// note » after « je veux mourir » were tactless.
func (s *Service) closeByMediator(ctx context.Context, ev *event, t *Ticket, a MediatorAction) error {
	if CloseNeedsConfirm(*t) && !a.Confirmed {
		return Errorf(EINVALID, "ticket %d is urgent and nobody took it: closing it needs a confirmation", t.Number)
	}
	unanswered := t.Status == TicketWaiting
	t.Status, t.Closed = TicketClosed, ev.now
	if t.Mediator == "" {
		t.Mediator, t.MediatorName = a.Mediator, a.Name
	}
	ev.record(Message{From: FromSystem, Text: fmt.Sprintf("demande n° %d close par %s", t.Number, a.Name)})
	leads := s.dangerLeads(ctx, *t)
	switch {
	case unanswered && (t.Urgent || len(leads) > 0):
		// The general numbers with the close, as always for an urgent
		// ticket; then those of the emergency the resident wrote of
		// (the 115 for a night outside), when there is one.
		ev.r.backToBot()
		s.reply(ev, s.withWorry(catalog.Result{Worry: true},
			Reply{Text: say(French.ClosedUnanswered, t.Number), Buttons: menuButtons()}))
		if len(leads) > 0 && leads[0] != French.Worry {
			s.reply(ev, Reply{Text: French.StillNumbers + "\n\n" + strings.Join(leads, "\n\n")})
		}
	case unanswered:
		ev.r.backToBot()
		s.reply(ev, Reply{Text: say(French.ClosedUnanswered, t.Number), Buttons: menuButtons()})
	case len(leads) > 0:
		// No rating after danger: the numbers are the last words.
		ev.r.backToBot()
		s.reply(ev, Reply{Text: French.Ended})
		s.reply(ev, s.stillNumbers(leads))
	default:
		ev.r.Mode = ModeRating
		s.reply(ev, Reply{Text: French.Ended})
		s.reply(ev, Reply{Text: French.RatingAsk, Buttons: ratingButtons()})
	}
	s.deskUpdate(ev, t)
	return nil
}

// transfer moves the ticket to site a.Site (MedTransfer). It waits there
// for one of that site's mediators, in a new place on the desk opened
// with the whole history; the old place's reference goes to FormerRefs,
// so that an erasure still reaches it. The site becomes the resident's,
// and they are told who follows their request now. It returns ENOTFOUND
// for an unknown site, EINVALID when the ticket is there already.
func (s *Service) transfer(ev *event, t *Ticket, a MediatorAction) error {
	site, ok := s.sites.Site(a.Site)
	if !ok || a.Site == "" {
		return Errorf(ENOTFOUND, "no site %q", a.Site)
	}
	from := s.ticketSite(*t)
	if site.ID == from.ID {
		return Errorf(EINVALID, "ticket %d is at site %s already", t.Number, site.ID)
	}
	// The new site's mediators are called by the new thread: their first
	// reminder comes a full delay after the transfer, not at once.
	t.Site, t.Status, t.Claimed, t.Mediator, t.MediatorName, t.Reminded = site.ID, TicketWaiting, time.Time{}, "", "", ev.now
	if t.DeskRef != "" {
		t.FormerRefs, t.DeskRef = append(t.FormerRefs, t.DeskRef), ""
	}
	ev.r.Site, ev.r.Mode = site.ID, ModeWaiting
	ev.record(Message{From: FromSystem, Text: fmt.Sprintf("demande n° %d transférée du %s au %s par %s", t.Number, from.Name, site.Name, a.Name)})
	s.reply(ev, Reply{Text: say(French.Transferred, t.Number)})
	ev.ch.Outbox = append(ev.ch.Outbox, Outgoing{
		Queue: TicketQueue(t.Number), Kind: OutDeskOpen, Resident: ev.r.ID, Ticket: t.Number, Created: ev.now,
	})
	return nil
}

// mediatorText is a mediator's message as the resident reads it: their
// name in bold, then their text, shown literally.
func mediatorText(name, text string) string {
	if text == "" {
		return "**" + markup.Escape(name) + "**"
	}
	return "**" + markup.Escape(name) + "**\u00a0: " + markup.Escape(text)
}

func stripData(f *Attachment) *Attachment {
	if f == nil {
		return nil
	}
	c := *f
	c.Data = nil
	return &c
}

func (s *Service) claim(ev *event, t *Ticket, a MediatorAction) {
	t.Status, t.Claimed, t.Mediator, t.MediatorName = TicketClaimed, ev.now, a.Mediator, a.Name
	ev.r.Mode = ModeClaimed
	ev.record(Message{From: FromSystem, Text: fmt.Sprintf("demande n° %d prise en charge par %s", t.Number, a.Name)})
	claimed := French.Claimed
	if lower := strings.ToLower(a.Name); strings.Contains(lower, "pimms") || strings.Contains(lower, "médiat") || strings.Contains(lower, "équipe") {
		// A name for all (PIMMS_MEDIATOR_NAMES=generic), « Un médiateur
		// du PIMMS », says already who answers.
		claimed = French.ClaimedTeam
	}
	s.reply(ev, Reply{Text: say(claimed, markup.Escape(a.Name))})
	s.deskUpdate(ev, t)
}

// note stores a mediator's internal note; it is never sent to the resident.
func (s *Service) note(ctx context.Context, t Ticket, a MediatorAction) error {
	text := cleanText(a.Text)
	if text == "" {
		return Errorf(EINVALID, "empty note")
	}
	text, _ = secret.Mask(text)
	ch := Change{Messages: []Message{{
		Conversation: t.Conversation, At: s.now(), From: FromNote, Name: a.Name, Text: text,
	}}}
	return s.store.Commit(ctx, &ch)
}

// propose stores a FAQ proposal from ticket t: its question (the
// ticket's, else the resident's last message before the handover) and the
// mediators' replies to the resident since the handover. It returns
// EINVALID when no mediator has replied yet or the resident's words were
// erased. The proposal is never sent to anyone.
func (s *Service) propose(ctx context.Context, t Ticket, a MediatorAction) error {
	msgs, err := s.store.Messages(ctx, t.Conversation)
	if err != nil {
		return err
	}
	question := strings.TrimSpace(t.Question)
	var replies []string
	for _, m := range msgs {
		switch {
		case m.From == FromResident && m.At.Before(t.Requested) && t.Question == "" && strings.TrimSpace(m.Text) != "":
			question = strings.TrimSpace(m.Text)
		case m.From == FromMediator && m.Entry == "" && !m.At.Before(t.Requested) &&
			(t.Closed.IsZero() || !m.At.After(t.Closed)) && strings.TrimSpace(m.Text) != "":
			replies = append(replies, strings.TrimSpace(m.Text))
		}
	}
	if question == "" {
		return Errorf(EINVALID, "ticket %d: no question from the resident (erased or purged)", t.Number)
	}
	if len(replies) == 0 {
		return Errorf(EINVALID, "ticket %d: no reply from a mediator yet", t.Number)
	}
	q, _ := secret.Mask(question)
	ans, _ := secret.Mask(strings.Join(replies, "\n\n"))
	ch := Change{Proposals: []Proposal{{
		Conversation: t.Conversation, Ticket: t.Number, At: s.now(), Title: cleanText(a.Text),
		Question: q, Answer: ans, Theme: t.Theme, By: a.Name,
	}}}
	return s.store.Commit(ctx, &ch)
}

// Queue returns the open tickets, oldest first, for the desk's /file.
func (s *Service) Queue(ctx context.Context) ([]Ticket, error) {
	return s.store.OpenTickets(ctx)
}

// History returns the messages of a ticket's conversation, notes included,
// for the desk's /historique.
func (s *Service) History(ctx context.Context, ticket uint64) (Ticket, []Message, error) {
	t, err := s.store.Ticket(ctx, ticket)
	if err != nil {
		return Ticket{}, nil, err
	}
	msgs, err := s.store.Messages(ctx, t.Conversation)
	return t, msgs, err
}

// stillNumbers is the reply that gives the numbers of leads again,
// with the emergencies' menu.
func (s *Service) stillNumbers(leads []string) Reply {
	return s.withEmergencies(Reply{Text: French.StillNumbers + "\n\n" + strings.Join(leads, "\n\n")})
}

// dangerLeads returns the numbers to give again to the resident of
// ticket t when they wrote danger in it, or in the words that led to
// it: the first paragraph (the numbers) of each emergency answered, in
// order, and the general numbers (French.Worry) after a worried message
// or for an urgent ticket with no emergency found; nil when there was
// no danger.
func (s *Service) dangerLeads(ctx context.Context, t Ticket) []string {
	msgs, err := s.store.Messages(ctx, t.Conversation)
	if err != nil {
		s.log.Warn("messages of a ticket closed", "ticket", t.Number, "err", err)
		msgs = nil
	}
	start := 0
	own := fmt.Sprintf("demande n° %d ", t.Number)
	for i, m := range msgs {
		if ticketEvent(m) && !strings.HasPrefix(m.Text, own) && !m.At.After(t.Requested) {
			start = i + 1 // an earlier ticket's: what comes before was for it
		}
	}
	var ids []string
	worried := t.Urgent
	m := s.faq.Load().matcher
	for _, msg := range msgs[start:] {
		switch {
		case msg.From == FromBot && msg.Outcome == OutcomeEmergency && msg.Entry != "":
			if !slices.Contains(ids, msg.Entry) {
				ids = append(ids, msg.Entry)
			}
		case msg.From == FromResident && msg.Media == MediaNone && hasLetterOrDigit(msg.Text) &&
			!strings.HasPrefix(msg.Text, ClickPrefix) && !strings.HasPrefix(msg.Text, "/"):
			res := m.Match(msg.Text)
			if e := s.emergencyOf(res); e != nil && !slices.Contains(ids, e.ID) {
				ids = append(ids, e.ID)
			}
			worried = worried || res.Worry
		}
	}
	var leads []string
	for _, id := range ids {
		if e, ok := s.Catalog().Entry(id); ok {
			lead, _, _ := strings.Cut(strings.TrimSpace(e.Answer), "\n\n")
			leads = append(leads, lead)
		}
	}
	if len(leads) == 0 && worried {
		leads = append(leads, French.Worry)
	}
	return leads
}
