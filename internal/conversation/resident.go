package conversation

import (
	"context"
	"encoding/json"
	"fmt"
	"net/url"
	"slices"
	"strconv"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"pimmsbot/internal/catalog"
	"pimmsbot/internal/markup"
	"pimmsbot/internal/secret"
)

// An Incoming is one thing a resident did: wrote text (or a /command),
// clicked a button, or sent a file.
type Incoming struct {
	// Resident is the channel and the platform's id, e.g. "telegram:42".
	Resident string
	// Text is the message text, or a file's caption.
	Text string
	// Action is the Button.Action of a clicked button.
	Action string
	// Media is the kind of attachment sent, if any.
	Media MediaKind
	// File describes the attachment. Its Data may be empty: Fetch then
	// gets the bytes, and is only called when the file must be relayed
	// to a mediator.
	File  *Attachment
	Fetch func(ctx context.Context) ([]byte, error)
	// Update names the platform's update, if any: an update handled once
	// is not handled again, even after a restart.
	Update *UpdateRef
	// Committed, if set, is called once the event is durably stored (or
	// known to be a duplicate), before the replies are sent: the channel
	// may then confirm the update to its platform.
	Committed func()
}

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

// MaxText is the length, in characters, beyond which a resident's text is
// cut before it is matched and stored.
const MaxText = 4096

// HandleResident handles one event from a resident: it commits what
// changes, then delivers the replies. Events of one resident are handled in
// the order of the calls. The error is only for logs: the resident has
// been answered whenever that was possible.
func (s *Service) HandleResident(ctx context.Context, in Incoming) error {
	if in.Resident == "" {
		return Errorf(EINVALID, "incoming event without a resident")
	}
	unlock := s.lock(in.Resident)
	defer unlock()
	ev, err := s.loadResident(ctx, in.Resident)
	if err != nil {
		return err
	}
	if ev.r.Blocked {
		// They wrote again: they unblocked the bot.
		ev.r.Blocked = false
	}
	if s.desk == nil && (ev.r.Mode == ModeWaiting || ev.r.Mode == ModeClaimed) {
		// A ticket from a run that had a desk: nobody will take it now.
		if err := s.releaseTicket(ctx, ev); err != nil {
			return err
		}
	}
	var after func()
	switch {
	case in.Action != "":
		after, err = s.onAction(ctx, ev, in.Action)
	case in.Media != MediaNone:
		err = s.onMedia(ctx, ev, in)
	default:
		after, err = s.onText(ctx, ev, in.Text)
	}
	if err != nil {
		return err
	}
	// Their replies that wait for a retry go at the next Redeliver: they
	// wrote, so the channel is likely back (see poke).
	s.poke(ResidentQueue(in.Resident))
	ev.ch.Update, ev.committed = in.Update, in.Committed
	err = s.commit(ctx, ev)
	if ErrorCode(err) == EDUPLICATE {
		if in.Committed != nil {
			in.Committed()
		}
		return nil
	}
	if err != nil {
		return err
	}
	if after != nil {
		after()
	}
	return nil
}

// cleanText trims a resident's text, drops control and invisible
// characters, and cuts it at MaxText characters.
func cleanText(s string) string {
	s = strings.ToValidUTF8(s, "")
	s = strings.Map(func(r rune) rune {
		switch {
		case r == '\n' || r == '\t':
			return r
		case unicode.Is(unicode.Cf, r), unicode.IsControl(r):
			return -1
		}
		return r
	}, s)
	s = strings.TrimSpace(s)
	if utf8.RuneCountInString(s) > MaxText {
		s = string([]rune(s)[:MaxText])
	}
	return s
}

func (s *Service) onText(ctx context.Context, ev *event, raw string) (func(), error) {
	text := cleanText(raw)
	if strings.HasPrefix(text, "/") {
		name, _, _ := strings.Cut(text[1:], " ")
		name, _, _ = strings.Cut(name, "@") // "/start@pimms_bot"
		name, known := commandName(strings.ToLower(name))
		inHandover := ev.r.Mode == ModeWaiting || ev.r.Mode == ModeClaimed
		if !inHandover || known {
			return s.onCommand(ctx, ev, name)
		}
		// In a handover, a command the bot does not know ("/fermer",
		// seen in the mediator's words) is words for the mediator: it
		// is relayed as text, never run.
	}
	stored, secrets := secret.Mask(text)
	if text != "" {
		ev.record(Message{From: FromResident, Text: stored})
	}
	if secrets != nil {
		s.reply(ev, Reply{Text: secretWarning(secrets)})
	}
	ev.r.Confirm = "" // any message cancels a pending /oublier
	// Safety first: a resident in danger is answered at once, whatever
	// the state of the conversation.
	if e := s.emergencyEntry(text); e != nil {
		return nil, s.emergency(ctx, ev, e, stored, false)
	}
	switch ev.r.Mode {
	case ModeWaiting, ModeClaimed:
		t, err := s.openTicket(ctx, ev)
		if err != nil {
			return nil, err
		}
		if text == "" {
			return nil, nil
		}
		s.deskPost(ev, t, PostResident, stored, nil)
		return nil, nil
	case ModeRating:
		if n, err := strconv.Atoi(strings.TrimSpace(text)); err == nil && n >= 1 && n <= 5 {
			return nil, s.rate(ctx, ev, n)
		}
		// Anything else: no rating, back to the bot.
		ev.r.Mode, ev.r.Ticket = ModeBot, 0
	}
	if text == "" {
		if secrets == nil {
			s.reply(ev, Reply{Text: French.Empty, Buttons: menuButtons()})
		}
		return nil, nil
	}
	if !hasLetterOrDigit(text) {
		// Only emoji or punctuation: nothing to match.
		s.reply(ev, Reply{Text: French.AskPrompt, Buttons: menuButtons()})
		return nil, nil
	}
	return nil, s.answer(ctx, ev, text, stored)
}

func hasLetterOrDigit(s string) bool {
	return strings.IndexFunc(s, func(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }) >= 0
}

// answer matches a question against the FAQ and replies.
func (s *Service) answer(ctx context.Context, ev *event, text, stored string) error {
	res := s.faq.Load().matcher.Match(text)
	cat := s.Catalog()
	// A new question drops a suggestion left without a tap.
	ev.r.LastQuestion, ev.r.Offered = "", nil
	// Small talk and asking for a person are not FAQ questions: they are
	// not counted as questions in the statistics.
	switch {
	case res.Outcome == catalog.Answer && res.ID == catalog.IntentHandover:
		ev.outcomes = append(ev.outcomes, res.ID)
		// The words asking for a person are not the question: the
		// ticket takes the resident's last one.
		return s.handover(ctx, ev, "")
	case res.Outcome == catalog.Answer:
		if in, ok := cat.Intent(res.ID); ok {
			ev.outcomes = append(ev.outcomes, res.ID)
			s.reply(ev, Reply{Text: in.Answer, Buttons: menuButtons()})
			return nil
		}
		if e, ok := cat.Entry(res.ID); ok {
			ev.outcomes = append(ev.outcomes, OutcomeAnswer)
			ev.conv.Questions++
			s.sendEntry(ev, e, "")
			return nil
		}
	case res.Outcome == catalog.Confirm || res.Outcome == catalog.Clarify:
		if s.suggest(ev, res, stored) {
			return nil
		}
	}
	ev.conv.Questions++
	ev.outcomes = append(ev.outcomes, OutcomeUnknown)
	s.unknown(ev, stored, res, ReasonUnknown)
	return nil
}

// suggest offers the entries the engine found likely, one tap away: « Votre
// question concerne-t-elle : titre ? » with Oui / Non for one entry, their
// titles with « Aucune de ces questions » and a mediator for several. It
// reports false when none of the entries exists any more.
func (s *Service) suggest(ev *event, res catalog.Result, question string) bool {
	cat := s.Catalog()
	var entries []*catalog.Entry
	for _, id := range res.Offered {
		if e, ok := cat.Entry(id); ok {
			entries = append(entries, e)
		}
	}
	var rep Reply
	kind := SuggestClarify
	switch {
	case len(entries) == 1:
		kind = SuggestConfirm
		title := strings.TrimRight(entries[0].Title, " ?\u00a0")
		rep = Reply{Text: fmt.Sprintf(French.Confirm, markup.Escape(title)), Buttons: [][]Button{{
			{Label: frButtons.ConfirmYes, Action: ActYes + ":" + entries[0].ID},
			{Label: frButtons.ConfirmNo, Action: ActNo},
		}}}
	case len(entries) > 1:
		rep.Text = French.Clarify
		for _, e := range entries {
			rep.Buttons = append(rep.Buttons, []Button{{Label: e.Title, Action: ActEntry + ":" + e.ID}})
		}
		rep.Buttons = append(rep.Buttons,
			[]Button{{Label: frButtons.Other, Action: ActOther}},
			[]Button{{Label: frButtons.Human, Action: ActHuman}})
	default:
		return false
	}
	offered := make([]string, len(entries))
	for i, e := range entries {
		offered[i] = e.ID
	}
	ev.outcomes = append(ev.outcomes, kind)
	ev.conv.Questions++
	ev.conv.Clarified++
	ev.r.LastQuestion, ev.r.Offered = question, offered
	ev.ch.Suggestions = append(ev.ch.Suggestions, Suggestion{
		Conversation: ev.conv.ID, At: ev.now, Question: question, Kind: kind, Offered: offered, Event: SuggestionShown,
	})
	titles := make([]string, len(entries))
	for i, e := range entries {
		titles[i] = "«\u00a0" + e.Title + "\u00a0»"
	}
	ev.record(Message{From: FromSystem, Outcome: kind, Text: "questions proposées\u00a0: " + strings.Join(titles, ", ")})
	s.reply(ev, rep)
	return true
}

// pending returns the suggestion waiting for a tap, if any, and forgets it:
// a suggestion is answered once.
func (s *Service) pending(ev *event) (Suggestion, bool) {
	if len(ev.r.Offered) == 0 {
		return Suggestion{}, false
	}
	kind := SuggestClarify
	if len(ev.r.Offered) == 1 {
		kind = SuggestConfirm
	}
	sg := Suggestion{Conversation: ev.conv.ID, At: ev.now, Question: ev.r.LastQuestion, Kind: kind, Offered: ev.r.Offered}
	ev.r.LastQuestion, ev.r.Offered = "", nil
	return sg, true
}

// refused records a « Non » or « Aucune de ces questions »: it counts as a
// miss, and a second miss in a row offers a mediator.
func (s *Service) refused(ev *event, reason Reason, choice string) {
	sg, ok := s.pending(ev)
	if !ok {
		// An old button: nothing is waiting for it.
		s.reply(ev, Reply{Text: French.AskPrompt, Choice: choice, Buttons: menuButtons()})
		return
	}
	sg.Event = SuggestionRefused
	ev.ch.Suggestions = append(ev.ch.Suggestions, sg)
	ev.conv.Unanswered++
	ev.r.Misses++
	ev.ch.Unanswered = append(ev.ch.Unanswered, Unanswered{
		Conversation: ev.conv.ID, Question: sg.Question, At: ev.now, Candidates: sg.Offered, Reason: reason,
	})
	msg := French.ClarifyOther
	if ev.r.Misses >= 2 {
		msg = French.UnknownAgain
	}
	s.reply(ev, Reply{Text: msg, Choice: choice, Buttons: [][]Button{
		{{Label: frButtons.Human, Action: ActHuman}},
		{{Label: frButtons.Themes, Action: ActThemes}},
	}})
}

// unknown tells the resident the bot does not know, keeps the question for
// the curators, and offers a mediator.
func (s *Service) unknown(ev *event, question string, res catalog.Result, reason Reason) {
	ev.conv.Unanswered++
	ev.r.Misses++
	var cands []string
	for _, c := range res.Candidates {
		cands = append(cands, c.ID)
	}
	ev.ch.Unanswered = append(ev.ch.Unanswered, Unanswered{
		Conversation: ev.conv.ID, Question: question, At: ev.now, Candidates: cands, Reason: reason,
	})
	msg := French.Unknown
	if ev.r.Misses >= 2 {
		msg = French.UnknownAgain
	}
	s.reply(ev, Reply{Text: msg, Buttons: [][]Button{
		{{Label: frButtons.Human, Action: ActHuman}},
		{{Label: frButtons.Themes, Action: ActThemes}},
	}})
}

// sendEntry answers with a FAQ entry: its text, its sources as links, and
// the feedback buttons.
func (s *Service) sendEntry(ev *event, e *catalog.Entry, choice string) {
	ev.conv.Answered++
	if ev.conv.Theme == "" {
		ev.conv.Theme = e.Theme
	}
	ev.r.Misses = 0
	ev.r.LastEntry = e.ID
	text := e.Answer
	if e.Handover {
		text += "\n\n" + French.HandoverEntryOffer
	}
	rep := Reply{
		Text:   text,
		Links:  sourceLinks(e.Sources),
		Choice: choice,
		Buttons: [][]Button{
			{{Label: frButtons.Helpful, Action: ActHelpful + ":" + e.ID}, {Label: frButtons.NotHelpful, Action: ActNotHelp + ":" + e.ID}},
			{{Label: frButtons.Human, Action: ActHuman}},
		},
	}
	s.reply(ev, rep)
	last := &ev.ch.Messages[len(ev.ch.Messages)-1]
	last.Entry, last.Title, last.Outcome = e.ID, e.Title, OutcomeAnswer
}

// sourceLinks names each official source after its site.
func sourceLinks(sources []string) []Link {
	var out []Link
	for _, u := range sources {
		host := u
		if parsed, err := url.Parse(u); err == nil && parsed.Hostname() != "" {
			host = parsed.Hostname()
		}
		label := "🔗 " + strings.TrimPrefix(host, "www.")
		for _, l := range out {
			if l.Label == label {
				label += fmt.Sprintf(" (%d)", len(out)+1)
				break
			}
		}
		out = append(out, Link{Label: label, URL: u})
	}
	return out
}

func menuButtons() [][]Button {
	return [][]Button{
		{{Label: frButtons.Themes, Action: ActThemes}, {Label: frButtons.Human, Action: ActHuman}},
	}
}

func welcomeButtons() [][]Button {
	return [][]Button{
		{{Label: frButtons.Ask, Action: ActAsk}},
		{{Label: frButtons.Themes, Action: ActThemes}},
		{{Label: frButtons.Human, Action: ActHuman}},
		{{Label: frButtons.Hours, Action: ActHours}},
	}
}

// commandAliases are other names residents type for the Commands.
var commandAliases = map[string]string{
	"help": "aide", "theme": "themes", "adresse": "horaires", "confidentialité": "confidentialite",
	"privacy": "confidentialite", "médiateur": "mediateur", "humain": "mediateur", "stop": "fin",
	"mesdonnées": "mesdonnees",
}

// commandName returns the name of one of the Commands for what a resident
// typed after "/", and whether the bot knows it.
func commandName(typed string) (string, bool) {
	if name, ok := commandAliases[typed]; ok {
		typed = name
	}
	for _, c := range Commands {
		if c.Name == typed {
			return typed, true
		}
	}
	return typed, false
}

func (s *Service) onCommand(ctx context.Context, ev *event, name string) (func(), error) {
	ev.record(Message{From: FromResident, Text: "/" + name})
	switch name {
	case "start":
		s.reply(ev, Reply{Text: French.Welcome, Buttons: welcomeButtons()})
		s.remindMode(ev)
	case "aide":
		s.reply(ev, Reply{Text: French.Help, Buttons: menuButtons()})
	case "themes":
		s.themes(ev)
	case "horaires":
		s.hours(ev)
	case "confidentialite":
		s.reply(ev, Reply{Text: French.Privacy})
	case "mediateur":
		return nil, s.handover(ctx, ev, "")
	case "fin":
		return nil, s.endByResident(ctx, ev)
	case "mesdonnees":
		return s.exportData(ctx, ev)
	case "oublier":
		ev.r.Confirm = ConfirmErase
		s.reply(ev, Reply{Text: French.EraseConfirm, Buttons: [][]Button{
			{{Label: frButtons.Yes, Action: ActEraseYes}, {Label: frButtons.No, Action: ActEraseNo}},
		}})
	default:
		s.reply(ev, Reply{Text: French.UnknownCommand})
	}
	return nil, nil
}

// remindMode reminds a resident in a handover where they stand.
func (s *Service) remindMode(ev *event) {
	switch ev.r.Mode {
	case ModeWaiting:
		s.reply(ev, Reply{Text: French.WaitingReminder})
	case ModeClaimed:
		s.reply(ev, Reply{Text: French.ClaimedReminder})
	}
}

func (s *Service) themes(ev *event) {
	var rows [][]Button
	var row []Button
	for _, t := range s.Catalog().Themes {
		if len(s.Catalog().EntriesOf(t.ID)) == 0 || t.ID == "" {
			continue
		}
		row = append(row, Button{Label: strings.TrimSpace(t.Emoji + " " + t.Label), Action: ActTheme + ":" + t.ID})
		if len(row) == 2 {
			rows, row = append(rows, row), nil
		}
	}
	if row != nil {
		rows = append(rows, row)
	}
	s.reply(ev, Reply{Text: French.ThemesIntro, Buttons: rows})
}

func (s *Service) hours(ev *event) {
	if s.site.Hours == nil {
		s.reply(ev, Reply{Text: French.HoursUnknown})
		return
	}
	s.reply(ev, Reply{Text: French.Hours})
}

func (s *Service) onAction(ctx context.Context, ev *event, action string) (func(), error) {
	name, arg, _ := strings.Cut(action, ":")
	ev.record(Message{From: FromResident, Text: "[bouton] " + action})
	inHandover := ev.r.Mode == ModeWaiting || ev.r.Mode == ModeClaimed
	switch name {
	case ActRate:
		n, err := strconv.Atoi(arg)
		if ev.r.Mode != ModeRating || err != nil || n < 1 || n > 5 {
			return nil, nil // an old or forged button: nothing to do
		}
		return nil, s.rate(ctx, ev, n)
	case ActEraseYes:
		if ev.r.Confirm != ConfirmErase {
			return nil, nil
		}
		return s.erase(ctx, ev)
	case ActEraseNo:
		ev.r.Confirm = ""
		s.reply(ev, Reply{Text: French.EraseCancelled, Choice: frButtons.No})
		return nil, nil
	case ActEnd:
		return nil, s.endByResident(ctx, ev)
	case ActHuman:
		question := ""
		if sg, ok := s.pending(ev); ok {
			sg.Event = SuggestionMediator
			ev.ch.Suggestions = append(ev.ch.Suggestions, sg)
			question = sg.Question
		}
		return nil, s.handover(ctx, ev, question)
	case ActHours:
		s.hours(ev)
		return nil, nil
	}
	browsing := name == ActThemes || name == ActTheme || name == ActEntry
	if ev.r.Mode == ModeClaimed || inHandover && !browsing {
		// The mediator answers now. While a ticket waits, the FAQ stays
		// open to browse.
		s.remindMode(ev)
		return nil, nil
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
			return nil, nil
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
			return nil, nil
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
			return nil, nil
		}
		helpful := name == ActHelpful
		ev.ch.Feedback = append(ev.ch.Feedback, Feedback{
			Conversation: ev.conv.ID, Entry: arg, Helpful: helpful, At: ev.now, Question: s.lastQuestion(ctx, ev),
		})
		if helpful {
			ev.conv.Helpful++
			ev.r.Misses = 0
			s.reply(ev, Reply{Text: French.FeedbackThanks, Choice: frButtons.Helpful})
			return nil, nil
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
	return nil, nil
}

// lastQuestion returns the resident's last question in this conversation,
// for feedback records and tickets: their last words that are neither a
// command, a click, a file nor small talk (greeting, thanks, asking for a
// person), written since their previous ticket, if any.
func (s *Service) lastQuestion(ctx context.Context, ev *event) string {
	msgs, err := s.store.Messages(ctx, ev.conv.ID)
	if err != nil {
		return ""
	}
	for i := len(msgs) - 1; i >= 0; i-- {
		m := msgs[i]
		if ticketEvent(m) {
			break // what comes before was for an earlier ticket
		}
		if m.From == FromResident && m.Text != "" && !strings.HasPrefix(m.Text, "/") && !strings.HasPrefix(m.Text, "[bouton]") &&
			m.Media == MediaNone && !s.smallTalk(m.Text) {
			return m.Text
		}
	}
	return ""
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

func (s *Service) onMedia(ctx context.Context, ev *event, in Incoming) error {
	caption, secrets := secret.Mask(cleanText(in.Text))
	desc := "[" + in.Media.Label() + "]" // for the mediators, in French
	if caption != "" {
		desc += " " + caption
	}
	msg := Message{From: FromResident, Text: caption, Media: in.Media}
	if in.File != nil {
		meta := *in.File
		meta.Data = nil
		msg.File = &meta
	}
	ev.record(msg)
	if secrets != nil {
		// A caption is masked like a message, and the resident told.
		s.reply(ev, Reply{Text: secretWarning(secrets)})
	}
	urgent := s.emergencyEntry(caption) // a caption can call for help too
	if urgent != nil && ev.r.Mode != ModeWaiting && ev.r.Mode != ModeClaimed {
		return s.emergency(ctx, ev, urgent, desc, false)
	}
	if ev.r.Mode == ModeWaiting || ev.r.Mode == ModeClaimed {
		t, err := s.openTicket(ctx, ev)
		if err != nil {
			return err
		}
		var file *Attachment
		if in.File != nil && (in.Media == MediaPhoto || in.Media == MediaDocument || in.Media == MediaVoice || in.Media == MediaVideo) {
			f := *in.File
			if len(f.Data) == 0 && in.Fetch != nil {
				data, err := in.Fetch(ctx)
				if err != nil {
					s.log.Warn("fetch attachment", "resident", ev.r.Label, "err", err)
					desc += " (fichier non récupéré)"
				} else {
					f.Data = data
				}
			}
			if len(f.Data) > 0 {
				f.Size = int64(len(f.Data))
				file = &f
			}
		}
		s.deskPost(ev, t, PostResident, desc, file)
		if urgent != nil {
			return s.emergency(ctx, ev, urgent, desc, true)
		}
		return nil
	}
	if ev.r.Mode == ModeRating {
		ev.r.Mode, ev.r.Ticket = ModeBot, 0
	}
	text := French.MediaOutside
	if in.Media == MediaVoice {
		text = French.MediaVoice
	}
	s.reply(ev, Reply{Text: text, Buttons: [][]Button{{{Label: frButtons.Human, Action: ActHuman}}}})
	return nil
}

// openTicket returns the resident's open ticket.
func (s *Service) openTicket(ctx context.Context, ev *event) (*Ticket, error) {
	t, err := s.store.Ticket(ctx, ev.r.Ticket)
	if err != nil {
		return nil, fmt.Errorf("ticket %d of %s: %w", ev.r.Ticket, ev.r.Label, err)
	}
	return &t, nil
}

// handover opens a ticket for the resident, or reminds them of theirs.
func (s *Service) handover(ctx context.Context, ev *event, question string) error {
	if ev.r.Mode == ModeWaiting || ev.r.Mode == ModeClaimed {
		s.reply(ev, Reply{Text: say(French.HandoverAlready, ev.r.Ticket)})
		return nil
	}
	if s.desk == nil {
		// Nobody would ever take a ticket: say how to reach the site,
		// count the request for the site's reports, keep answering.
		ev.conv.Handovers++
		ev.record(Message{From: FromSystem, Text: "demande de médiateur : l'usager est invité à contacter le PIMMS"})
		ev.handovers++
		s.reply(ev, Reply{Text: French.HandoverNoDesk + "\n\n" + s.contact() + "\n\n" + French.KeepAsking,
			Buttons: menuButtons()})
		return nil
	}
	n, err := s.store.NextID(ctx, "ticket")
	if err != nil {
		return err
	}
	if question == "" {
		question = s.lastQuestion(ctx, ev)
	}
	theme := ev.conv.Theme
	if e, ok := s.Catalog().Entry(ev.r.LastEntry); ok {
		theme = e.Theme
	}
	t := Ticket{
		Number: n, Resident: ev.r.ID, Label: ev.r.Label, Conversation: ev.conv.ID,
		Status: TicketWaiting, Theme: theme, Question: question, Requested: ev.now,
	}
	ev.r.Mode, ev.r.Ticket, ev.r.Misses, ev.r.Confirm = ModeWaiting, n, 0, ""
	ev.conv.Handovers++
	ev.ch.Tickets = append(ev.ch.Tickets, t)
	ev.record(Message{From: FromSystem, Text: fmt.Sprintf("demande n° %d transmise aux médiateurs", n)})
	ev.handovers++
	ev.ch.Outbox = append(ev.ch.Outbox, Outgoing{
		Queue: TicketQueue(n), Kind: OutDeskOpen, Resident: ev.r.ID, Ticket: n, Created: ev.now,
	})
	end := []Button{{Label: frButtons.End, Action: ActEnd}}
	switch {
	case s.site.Hours != nil && !s.site.Hours.OpenAt(ev.now):
		when := "prochainement"
		if next, ok := s.site.Hours.NextOpening(ev.now); ok {
			when = s.site.Hours.When(next, ev.now)
		}
		s.reply(ev, Reply{Text: say(French.HandoverClosed, markup.Escape(when), n), Buttons: [][]Button{end}})
	default:
		s.reply(ev, Reply{Text: say(French.HandoverOpen, n), Buttons: [][]Button{end}})
	}
	return nil
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
		ev.record(Message{From: FromSystem, Text: fmt.Sprintf("demande n° %d close : pas de médiateurs en ligne", t.Number)})
	}
	ev.r.Mode, ev.r.Ticket = ModeBot, 0
	return nil
}

// endByResident closes the resident's ticket at their request (/fin).
func (s *Service) endByResident(ctx context.Context, ev *event) error {
	if ev.r.Mode != ModeWaiting && ev.r.Mode != ModeClaimed {
		s.reply(ev, Reply{Text: French.NothingToEnd, Buttons: menuButtons()})
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
	s.reply(ev, Reply{Text: French.EndedByResident, Choice: frButtons.End})
	if claimed {
		ev.r.Mode = ModeRating
		s.reply(ev, Reply{Text: French.RatingAsk, Buttons: ratingButtons()})
	} else {
		ev.r.Mode, ev.r.Ticket = ModeBot, 0
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

// rate records the resident's satisfaction on their closed ticket.
func (s *Service) rate(ctx context.Context, ev *event, n int) error {
	t, err := s.openTicket(ctx, ev)
	if err != nil {
		return err
	}
	t.Rating = n
	ev.ch.Tickets = append(ev.ch.Tickets, *t)
	ev.r.Mode, ev.r.Ticket = ModeBot, 0
	s.reply(ev, Reply{Text: French.RatingThanks, Choice: strings.Repeat("⭐", n)})
	return nil
}

// exportData sends the resident a copy of what is stored about them.
func (s *Service) exportData(ctx context.Context, ev *event) (func(), error) {
	x, err := s.store.Export(ctx, ev.r.ID)
	if ErrorCode(err) == ENOTFOUND {
		s.reply(ev, Reply{Text: French.ExportEmpty})
		return nil, nil
	}
	if err != nil {
		return nil, err
	}
	data, err := json.MarshalIndent(x, "", "  ")
	if err != nil {
		return nil, fmt.Errorf("export: %w", err)
	}
	s.reply(ev, Reply{
		Text: say(French.ExportIntro, len(x.Messages), len(x.Tickets)),
		File: &Attachment{Name: "mes-donnees-pimms.json", MIME: "application/json", Size: int64(len(data)), Data: data},
	})
	return nil, nil
}

// erase deletes everything about the resident, after their confirmation,
// with the desk's copies (Forget).
func (s *Service) erase(ctx context.Context, ev *event) (func(), error) {
	ev.r.Confirm = ""
	// Commit the event first (the erase removes it with the rest), then
	// erase, then tell the mediators and the resident.
	resident, channel := ev.r.ID, s.channels[ev.r.Channel()]
	after := func() {
		_, items, err := Forget(ctx, s.store, resident, s.now(), s.desk != nil)
		if err != nil && ErrorCode(err) != ENOTFOUND {
			s.log.Error("erase resident", "err", err)
			return
		}
		s.deliver(ctx, items)
		if channel != nil {
			rep := Reply{Text: s.text(French.EraseDone), Choice: frButtons.Yes}
			if err := channel.Send(ctx, resident, rep); err != nil {
				s.log.Warn("confirm erase", "code", ErrorCode(err))
			}
		}
	}
	return after, nil
}

// Forget erases everything stored about a resident and what the desk
// shows of them. In order, so that a crash at any point leaves the desk's
// erasure to do:
//
//  1. it commits an OutDeskErase item for each of the resident's tickets
//     shown on the desk (with desk true), which Store.Erase keeps;
//  2. it erases the resident (Store.Erase);
//  3. it closes their open ticket, if any, with, when desk is true, the
//     notice for the mediators (ClosedByErasure).
//
// It returns the number of the ticket closed (0 for none) and the outbox
// items committed, for the caller to deliver, or to leave for the
// service's next start when it is stopped ("pimmsbot erase"). Nothing in
// them names the resident. It returns ENOTFOUND for an unknown resident.
func Forget(ctx context.Context, store Store, id string, now time.Time, desk bool) (closed uint64, items []Outgoing, err error) {
	x, err := store.Export(ctx, id)
	if err != nil {
		return 0, nil, err
	}
	r := x.Resident
	if desk {
		var ch Change
		for _, t := range x.Tickets {
			if t.DeskRef != "" {
				ch.Outbox = append(ch.Outbox, Outgoing{Queue: TicketQueue(t.Number), Kind: OutDeskErase, Ticket: t.Number, Created: now})
			}
		}
		if len(ch.Outbox) > 0 {
			if err := store.Commit(ctx, &ch); err != nil {
				return 0, nil, fmt.Errorf("queue the desk's erasure: %w", err)
			}
			items = ch.Outbox
		}
	}
	if err := store.Erase(ctx, id); err != nil {
		return 0, items, err
	}
	if r.Ticket == 0 || (r.Mode != ModeWaiting && r.Mode != ModeClaimed) {
		return 0, items, nil
	}
	t, err := store.Ticket(ctx, r.Ticket)
	if err != nil {
		return 0, items, fmt.Errorf("ticket %d after erase: %w", r.Ticket, err)
	}
	ch := ClosedByErasure(t, now, desk)
	if err := store.Commit(ctx, &ch); err != nil {
		return 0, items, fmt.Errorf("close erased ticket %d: %w", r.Ticket, err)
	}
	return r.Ticket, append(items, ch.Outbox...), nil
}

// ClosedByErasure returns the change that closes ticket t once its
// resident's data is erased (Store.Erase has run), with, when notify is
// true, the notice for the mediators' desk. Nothing in it names the
// resident. Forget uses it; when the bot is stopped ("pimmsbot erase"),
// the notice waits in the outbox.
func ClosedByErasure(t Ticket, now time.Time, notify bool) Change {
	if t.Open() {
		t.Status, t.Closed = TicketClosed, now
	}
	t.Gone = GoneErased
	ch := Change{Tickets: []Ticket{t}}
	if notify {
		ch.Outbox = []Outgoing{
			{Queue: TicketQueue(t.Number), Kind: OutDeskPost, Ticket: t.Number, Created: now,
				Post: &Post{Kind: PostSystem, Text: "L'usager a effacé ses données : la demande est close.", At: now}},
			{Queue: TicketQueue(t.Number), Kind: OutDeskUpdate, Ticket: t.Number, Created: now},
		}
	}
	return ch
}

// EraseResident erases everything about a resident at the site manager's
// request ("pimmsbot erase"), as /oublier does (Forget): their open ticket
// is closed and the mediators are told, with nothing that names them, and
// the desk's copies are erased. It returns ENOTFOUND for an unknown
// resident. The resident is not told.
func (s *Service) EraseResident(ctx context.Context, id string) error {
	unlock := s.lock(id)
	defer unlock()
	_, items, err := Forget(ctx, s.store, id, s.now(), s.desk != nil)
	s.deliver(ctx, items)
	return err
}
