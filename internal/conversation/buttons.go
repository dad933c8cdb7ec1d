package conversation

import (
	"context"
	"slices"
	"strconv"
	"strings"
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
)

// ClickPrefix starts the stored text of a resident's click: the message
// of a click reads ClickPrefix followed by the button's action.
const ClickPrefix = "[bouton] "

func (s *Service) onAction(ctx context.Context, ev *event, action string) error {
	name, arg, _ := strings.Cut(action, ":")
	ev.record(Message{From: FromResident, Text: ClickPrefix + action})
	inHandover := ev.r.InHandover()
	switch name {
	case ActRate:
		n, err := strconv.Atoi(arg)
		if ev.r.Mode != ModeRating || err != nil || n < 1 || n > 5 {
			return nil // an old or forged button: nothing to do
		}
		return s.rate(ctx, ev, n)
	case ActEraseYes:
		if ev.r.Confirm != ConfirmErase {
			return nil
		}
		return s.erase(ctx, ev)
	case ActEraseNo:
		ev.r.Confirm = ""
		s.reply(ev, Reply{Text: French.EraseCancelled, Choice: frButtons.No})
		return nil
	case ActEnd:
		return s.endByResident(ctx, ev)
	case ActHuman:
		question := ""
		if sg, ok := s.pending(ev); ok {
			sg.Event = SuggestionMediator
			ev.ch.Suggestions = append(ev.ch.Suggestions, sg)
			question = sg.Question
		}
		return s.handover(ctx, ev, question)
	case ActHours:
		s.hours(ev)
		return nil
	}
	browsing := name == ActThemes || name == ActTheme || name == ActEntry
	if ev.r.Mode == ModeClaimed || inHandover && !browsing {
		// The mediator answers now. While a ticket waits, the FAQ stays
		// open to browse.
		s.remindMode(ev)
		return nil
	}
	if ev.r.Mode == ModeRating {
		ev.r.Mode, ev.r.Ticket = ModeBot, 0
	}
	switch name {
	case ActAsk:
		s.reply(ev, Reply{Text: French.AskPrompt})
	case ActThemes:
		s.themes(ev)
	case ActTheme:
		t, ok := s.Catalog().Theme(arg)
		if !ok {
			s.themes(ev)
			return nil
		}
		var rows [][]Button
		for _, e := range s.Catalog().EntriesOf(t.ID) {
			rows = append(rows, []Button{{Label: e.Title, Action: ActEntry + ":" + e.ID}})
		}
		s.reply(ev, Reply{Text: French.ThemeIntro, Buttons: rows, Choice: t.Label})
	case ActEntry, ActYes:
		e, ok := s.Catalog().Entry(arg)
		if !ok {
			s.themes(ev)
			return nil
		}
		choice := e.Title
		if name == ActYes {
			choice = frButtons.ConfirmYes
		}
		if slices.Contains(ev.r.Offered, arg) {
			// The resident took a suggestion: the question was counted
			// when it was asked.
			sg, _ := s.pending(ev)
			sg.Event, sg.Entry = SuggestionAccepted, arg
			ev.ch.Suggestions = append(ev.ch.Suggestions, sg)
		} else {
			ev.conv.Questions++ // a pick from the themes menu, or an old button
		}
		s.sendEntry(ev, e, choice)
	case ActNo:
		s.refused(ev, ReasonConfirmNo, frButtons.ConfirmNo)
	case ActOther:
		s.refused(ev, ReasonClarifyOther, frButtons.Other)
	case ActHelpful, ActNotHelp:
		if _, ok := s.Catalog().Entry(arg); !ok {
			return nil
		}
		helpful := name == ActHelpful
		ev.ch.Feedback = append(ev.ch.Feedback, Feedback{
			Conversation: ev.conv.ID, Entry: arg, Helpful: helpful, At: ev.now, Question: s.lastQuestion(ctx, ev),
		})
		if helpful {
			ev.conv.Helpful++
			ev.r.Misses = 0
			s.reply(ev, Reply{Text: French.FeedbackThanks, Choice: frButtons.Helpful})
			return nil
		}
		ev.conv.NotHelpful++
		ev.r.Misses++
		msg := French.FeedbackSorry
		if ev.r.Misses >= 2 {
			msg = French.UnknownAgain
		}
		s.reply(ev, Reply{Text: msg, Choice: frButtons.NotHelpful,
			Buttons: [][]Button{{{Label: frButtons.Human, Action: ActHuman}}}})
	default:
		// Unknown or forged action: show the menu rather than fail.
		s.reply(ev, Reply{Text: French.AskPrompt, Buttons: menuButtons()})
	}
	return nil
}
