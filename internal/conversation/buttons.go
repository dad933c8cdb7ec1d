package conversation

import (
	"context"
	"fmt"
	"slices"
	"strconv"
	"strings"

	"pimmsbot/internal/catalog"
)

// Button actions understood by the service. An action with a parameter is
// written "name:parameter".
const (
	ActAsk      = "ask"
	ActThemes   = "themes"
	ActTheme    = "t"     // t:<theme>
	ActEntry    = "e"     // e:<entry>
	ActOther    = "other" // « Aucune de ces questions »
	ActYes      = "y"     // y:<entry>, « Oui » to « Votre question concerne-t-elle… ? »
	ActNo       = "n"     // « Non, autre chose »
	ActHelpful  = "fb1"   // fb1:<entry>
	ActNotHelp  = "fb0"   // fb0:<entry>
	ActHuman    = "human"
	ActHours    = "hours"
	ActRate     = "rate" // rate:<1-5>
	ActEraseYes = "erase-yes"
	ActEraseNo  = "erase-no"
	ActEnd      = "end"
	ActSite     = "site" // site:<id>, a site picked among those of a postcode
	// ActSiteChange is « Changer de PIMMS » under /site.
	ActSiteChange = "site-change"
)

// ClickPrefix starts the stored text of a resident's click: the message
// of a click reads ClickPrefix followed by the button's action.
const ClickPrefix = "[bouton] "

// onAction handles a resident's click on one of the bot's buttons. The
// click is recorded first, as ClickPrefix followed by the action.
func (s *Service) onAction(ctx context.Context, ev *event, action string) error {
	name, arg, _ := strings.Cut(action, ":")
	ev.record(Message{From: FromResident, Text: ClickPrefix + action})
	if name == ActSite {
		return s.pickSite(ctx, ev, ev.pending, arg)
	}
	if handled, err := s.onAnytimeAction(ctx, ev, name, arg); handled {
		return err
	}
	browsing := name == ActThemes || name == ActTheme || name == ActEntry
	rating := name == ActHelpful || name == ActNotHelp
	if ev.r.InHandover() && !rating && (ev.r.Mode == ModeClaimed || !browsing) {
		// The mediator answers now. While a ticket waits, the FAQ stays
		// open to browse; the answers it gives (and those given before)
		// can still be rated.
		s.remindMode(ev)
		return nil
	}
	ev.r.skipRating()
	s.onFAQAction(ctx, ev, name, arg)
	return nil
}

// onAnytimeAction handles the actions that mean the same whatever the
// mode: rating, erasure, ending, asking for a mediator, the hours. It
// reports whether the action was one of them.
func (s *Service) onAnytimeAction(ctx context.Context, ev *event, name, arg string) (handled bool, err error) {
	switch name {
	case ActRate:
		n, err := strconv.Atoi(arg)
		if ev.r.Mode != ModeRating || err != nil || n < 1 || n > 5 {
			return true, nil // an old or forged button: nothing to do
		}
		return true, s.rate(ctx, ev, n)
	case ActEraseYes:
		if ev.r.Confirm != ConfirmErase {
			return true, nil
		}
		return true, s.erase(ctx, ev)
	case ActEraseNo:
		ev.r.Confirm = ""
		s.reply(ev, Reply{Text: French.EraseCancelled, Choice: frButtons.No})
		return true, nil
	case ActEnd:
		return true, s.endByResident(ctx, ev)
	case ActHuman:
		return true, s.askMediator(ctx, ev)
	case ActHours:
		s.hours(ev)
		return true, nil
	case ActSiteChange:
		s.changeSite(ev)
		return true, nil
	}
	return false, nil
}

// askMediator hands the resident over at their click on « Parler à un
// médiateur »; a suggestion left without a tap gives the ticket its
// question.
func (s *Service) askMediator(ctx context.Context, ev *event) error {
	question := ""
	if sg, ok := s.pending(ev); ok {
		sg.Event = SuggestionMediator
		ev.ch.Suggestions = append(ev.ch.Suggestions, sg)
		question = sg.Question
	}
	return s.handover(ctx, ev, question, "")
}

// onFAQAction handles the actions of the bot's own conversation: browsing
// the FAQ, answering a suggestion, giving feedback on an answer.
func (s *Service) onFAQAction(ctx context.Context, ev *event, name, arg string) {
	switch name {
	case ActAsk:
		ev.r.Misses = 0 // a new start: the next miss is not « still » one
		s.reply(ev, Reply{Text: French.AskPrompt})
	case ActThemes:
		ev.r.Misses = 0
		s.themes(ev)
	case ActTheme:
		ev.r.Misses = 0
		s.themeEntries(ev, arg)
	case ActEntry, ActYes:
		s.pickEntry(ev, name, arg)
	case ActNo:
		s.refused(ev, ReasonConfirmNo, frButtons.ConfirmNo)
	case ActOther:
		s.refused(ev, ReasonClarifyOther, frButtons.Other)
	case ActHelpful, ActNotHelp:
		s.feedback(ctx, ev, arg, name == ActHelpful)
	default:
		// Unknown or forged action: show the menu rather than fail.
		s.reply(ev, Reply{Text: French.AskPrompt, Buttons: menuButtons()})
	}
}

// themeEntries lists the titles of a theme's entries, as buttons; an
// unknown theme shows the themes.
func (s *Service) themeEntries(ev *event, theme string) {
	t, ok := s.Catalog().Theme(theme)
	if !ok {
		s.themes(ev)
		return
	}
	var rows [][]Button
	for _, e := range s.Catalog().EntriesOf(t.ID) {
		rows = append(rows, []Button{{Label: e.Title, Action: ActEntry + ":" + e.ID}})
	}
	intro := French.ThemeIntro
	if t.Emergency {
		intro = French.EmergencyThemeIntro
	}
	s.reply(ev, Reply{Text: intro, Buttons: rows, Choice: t.Label})
}

// pickEntry answers with the entry the resident picked: a title from the
// themes menu (ActEntry), or a suggestion taken (ActEntry or ActYes). An
// unknown entry shows the themes.
func (s *Service) pickEntry(ev *event, name, id string) {
	e, ok := s.Catalog().Entry(id)
	if !ok {
		s.themes(ev)
		return
	}
	choice := e.Title
	ev.r.Others = slices.DeleteFunc(ev.r.Others, func(o string) bool { return o == id })
	if name == ActYes {
		choice = frButtons.ConfirmYes
	}
	if slices.Contains(ev.r.Offered, id) {
		// The resident took a suggestion: the question was counted
		// when it was asked.
		sg, _ := s.pending(ev)
		sg.Event, sg.Entry = SuggestionAccepted, id
		ev.ch.Suggestions = append(ev.ch.Suggestions, sg)
	} else {
		ev.conv.Questions++ // a pick from the themes menu, or an old button
	}
	s.sendEntry(ev, e, choice)
}

// votedForTicket reports whether the resident tapped 👍 or 👎 under
// entry id's latest answer already, in the part of the conversation
// that led to their open ticket or since it opened (ticketPart's, up to
// now): the mediators have that opinion, in the summary or in a post. As
// with the bot (Resident.Voted), each answer takes one opinion: one given
// before the latest answer of id does not count. The click being
// handled, recorded last, is not counted.
func (s *Service) votedForTicket(ctx context.Context, ev *event, id string) bool {
	msgs, err := s.store.Messages(ctx, ev.conv.ID)
	if err != nil {
		return false
	}
	msgs = append(msgs, ev.ch.Messages[:len(ev.ch.Messages)-1]...)
	own := fmt.Sprintf("demande n° %d ", ev.r.Ticket)
	for i := len(msgs) - 1; i >= 0; i-- {
		m := msgs[i]
		if ticketEvent(m) && !strings.HasPrefix(m.Text, own) {
			break // an earlier ticket's: what comes before was for it
		}
		if m.From == FromResident && (m.Text == ClickPrefix+ActHelpful+":"+id || m.Text == ClickPrefix+ActNotHelp+":"+id) {
			return true
		}
		if m.From == FromBot && m.Entry == id {
			break // id's latest answer: what comes before was on an earlier one
		}
	}
	return false
}

// feedback records a resident's 👍 or 👎 on the answer of entry id; a
// second 👎 in a row offers a mediator. Feedback on an unknown entry is
// ignored.
func (s *Service) feedback(ctx context.Context, ev *event, id string, helpful bool) {
	e, ok := s.Catalog().Entry(id)
	if !ok {
		return
	}
	if ev.r.Voted == id && ev.r.LastEntry == id {
		// 👍 then 👎 on one answer (the buttons stay): counted once.
		s.reply(ev, Reply{Text: French.FeedbackAlready})
		return
	}
	if ev.r.InHandover() && s.votedForTicket(ctx, ev, id) {
		// The buttons stay under every answer: tapped again, on an
		// older one, the opinion is not counted, nor told, twice.
		s.reply(ev, Reply{Text: French.FeedbackAlready})
		return
	}
	s.vote(ctx, ev, id, helpful)
	if helpful {
		ev.r.Misses = 0
		s.reply(ev, Reply{Text: French.FeedbackThanks, Choice: frButtons.Helpful})
		return
	}
	if ev.r.InHandover() {
		// A mediator has the request: they are the next step, and they
		// learn which answer missed.
		s.reply(ev, Reply{Text: French.FeedbackSorryHandover, Choice: frButtons.NotHelpful})
		t, err := s.openTicket(ctx, ev)
		if err != nil {
			s.log.Warn("ticket for a 👎", "resident", ev.r.Label, "err", err)
			return
		}
		s.deskPost(ev, t, PostBot, say("L'usager dit que la fiche «\u00a0%s\u00a0» ne l'a pas aidé.", e.Title), nil)
		return
	}
	ev.r.Misses++
	msg := French.FeedbackSorry
	if ev.r.Misses >= 2 {
		msg = French.UnknownAgain
	}
	s.reply(ev, Reply{Text: msg, Choice: frButtons.NotHelpful,
		Buttons: [][]Button{{{Label: frButtons.Human, Action: ActHuman}}}})
}

// vote records a resident's opinion of the answer of entry id, tapped
// or said in words.
func (s *Service) vote(ctx context.Context, ev *event, id string, helpful bool) {
	if ev.r.LastEntry == id {
		ev.r.Voted = id
	}
	ev.ch.Feedback = append(ev.ch.Feedback, Feedback{
		Conversation: ev.conv.ID, Entry: id, Helpful: helpful, At: ev.now, Question: s.lastQuestion(ctx, ev),
		Site: ev.r.Site,
	})
	if !ev.r.InHandover() {
		// Kept for the next ticket's summary. With a ticket open, its
		// mediators are told of a 👎 below: the next ticket must not
		// list it among the opinions given before it.
		ev.r.rate(id, helpful)
	}
	if helpful {
		ev.conv.Helpful++
	} else {
		ev.conv.NotHelpful++
	}
}

// notUnderstood answers a resident who says they did not understand
// (« je comprends pas », « c'est trop compliqué pour moi »): the answer
// they read, if any, did not help them, and a mediator can do the
// démarche with them; « oui » takes the offer.
func (s *Service) notUnderstood(ctx context.Context, ev *event, res catalog.Result) {
	if id := ev.r.LastEntry; id != "" && ev.r.Voted != id && !s.Catalog().IsEmergency(id) {
		s.vote(ctx, ev, id, false)
	}
	ev.r.Misses++
	s.reply(ev, s.withWorry(res, Reply{Text: French.NotUnderstood, Buttons: [][]Button{
		{{Label: frButtons.Human, Action: ActHuman}},
		{{Label: frButtons.Themes, Action: ActThemes}},
	}}))
}
