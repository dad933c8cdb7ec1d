package conversation

import (
	"cmp"
	"fmt"
	"slices"
	"strings"

	"pimmsbot/internal/catalog"
	"pimmsbot/internal/markup"
)

// suggest offers the entries the engine found likely, one tap away: « Votre
// question concerne-t-elle : titre ? » with Oui / Non for one entry, their
// titles with « Aucune de ces questions » and a mediator for several. It
// reports false when none of the entries exists any more.
func (s *Service) suggest(ev *event, res catalog.Result, question string) bool {
	cat := s.Catalog()
	var entries []*catalog.Entry
	var refused *catalog.Entry
	for _, id := range res.Offered {
		e, ok := cat.Entry(id)
		switch {
		case !ok:
		case slices.Contains(ev.r.Refused, id):
			refused = cmp.Or(refused, e)
		default:
			entries = append(entries, e)
		}
	}
	if len(entries) == 0 && refused != nil {
		s.offeredBefore(ev, question, res, refused.Theme)
		return true
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
	rep = s.withWorry(res, rep)
	offered := make([]string, len(entries))
	for i, e := range entries {
		offered[i] = e.ID
	}
	ev.outcomes = append(ev.outcomes, Outcome(kind))
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
	ev.record(Message{From: FromSystem, Outcome: Outcome(kind), Text: offeredPrefix + strings.Join(titles, ", ")})
	s.reply(ev, rep)
	return true
}

// offeredPrefix begins the line a conversation keeps of the entries
// offered for a question, their titles quoted after it (see Summary).
const offeredPrefix = "questions proposées\u00a0: "

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
	for _, id := range sg.Offered {
		if !slices.Contains(ev.r.Refused, id) {
			ev.r.Refused = append(ev.r.Refused, id)
		}
	}
	ev.conv.Unanswered++
	ev.r.Misses++
	ev.ch.Unanswered = append(ev.ch.Unanswered, Unanswered{
		Conversation: ev.conv.ID, Question: sg.Question, At: ev.now, Candidates: sg.Offered, Reason: reason,
		Site: ev.r.Site,
	})
	s.missReply(ev, choice)
}

// offeredBefore answers a question for which the bot would offer only
// entries the resident refused already (« la caf » after « problème
// caf » and « Aucune de ces questions »): the same choice again would be
// useless. It offers the theme's whole list and a mediator instead, and
// counts a question unanswered.
func (s *Service) offeredBefore(ev *event, question string, res catalog.Result, theme string) {
	ev.conv.Questions++
	ev.conv.Unanswered++
	ev.r.Misses++
	ev.r.forgetAnswer()
	ev.outcomes = append(ev.outcomes, OutcomeUnknown)
	ev.ch.Unanswered = append(ev.ch.Unanswered, Unanswered{
		Conversation: ev.conv.ID, Question: question, At: ev.now, Candidates: res.Offered, Reason: ReasonUnknown,
		Site: ev.r.Site,
	})
	rows := [][]Button{{{Label: frButtons.Human, Action: ActHuman}}}
	text := French.OfferedBefore
	if t, ok := s.Catalog().Theme(theme); ok {
		text = fmt.Sprintf(French.OfferedBeforeTheme, markup.Escape(t.Label))
		rows = append(rows, []Button{{Label: strings.TrimSpace(t.Emoji + " " + t.Label), Action: ActTheme + ":" + t.ID}})
	} else {
		rows = append(rows, []Button{{Label: frButtons.Themes, Action: ActThemes}})
	}
	s.reply(ev, s.withWorry(res, Reply{Text: text, Buttons: rows}))
}

// missReply answers a miss the resident told (a suggestion refused,
// « ça répond pas à ma question »): write it otherwise, or a mediator;
// after two misses in a row, that the bot still finds nothing. choice is
// the button tapped, shown with the reply, or "".
func (s *Service) missReply(ev *event, choice string) {
	msg := French.ClarifyOther
	if ev.r.Misses >= 2 {
		msg = French.UnknownAgain
	}
	s.reply(ev, Reply{Text: msg, Choice: choice, Buttons: [][]Button{
		{{Label: frButtons.Human, Action: ActHuman}},
		{{Label: frButtons.Themes, Action: ActThemes}},
	}})
}

// minProposedConfidence is the engine's confidence under which a message
// it does not know keeps no candidate. On the development sets, 108 of
// the 110 unknown messages below 0.10 that had candidates were out of the
// FAQ's scope (none had the right entry first); from 0.10 up, 12 of 92
// had it first.
const minProposedConfidence = 0.10

// unknown tells the resident the bot does not know, keeps the question for
// the curators, and offers a mediator.
func (s *Service) unknown(ev *event, question string, res catalog.Result, reason Reason) {
	ev.conv.Unanswered++
	ev.r.Misses++
	ev.r.forgetAnswer()
	var cands []string
	for _, c := range res.Candidates {
		// An emergency entry is no answer the FAQ lacks: a message in
		// danger is answered by it, whatever its ranking. Below
		// minProposedConfidence the best candidates are only words in
		// common (« comment adopter un chat » and the personal data
		// entry): the curators would read them as the entry proposed.
		if !s.Catalog().IsEmergency(c.ID) && (reason != ReasonUnknown || res.Confidence >= minProposedConfidence) {
			cands = append(cands, c.ID)
		}
	}
	ev.ch.Unanswered = append(ev.ch.Unanswered, Unanswered{
		Conversation: ev.conv.ID, Question: question, At: ev.now, Candidates: cands, Reason: reason,
		Site: ev.r.Site,
	})
	msg := French.Unknown
	buttons := [][]Button{
		{{Label: frButtons.Human, Action: ActHuman}},
		{{Label: frButtons.Themes, Action: ActThemes}},
	}
	switch {
	case res.Cry:
		// « au secours », « aidez moi »: a plea, no question to doubt.
		msg = French.Sad
	case French.Declined[res.Declines] != "":
		// Not a question the FAQ lacks: one the bot does not answer,
		// and says why.
		msg = French.Declined[res.Declines]
	case reason == ReasonUnknown && outOfScope(res) && saysSubject(question) && !onlyFollowUpWords(typedKey(question)) &&
		!catalog.Foreign(question):
		// Most likely no paperwork at all (the weather, a recipe, a
		// match): said plainly, the themes first, a mediator as an
		// option only, even after another miss. A follow-up with no
		// answer before it (« et pour mon fils ? ») names no subject:
		// it is not outside the PIMMS's.
		msg = French.OutOfScope
		buttons[0], buttons[1] = buttons[1], buttons[0]
	case ev.r.Misses >= 2:
		msg = French.UnknownAgain
	case catalog.Foreign(question):
		// Not a question the FAQ lacks, but words the bot cannot read.
		msg = French.OtherLanguage
	}
	s.reply(ev, s.withWorry(res, Reply{Text: msg, Buttons: buttons}))
}

// outOfScope reports whether the engine found nothing in a message that it
// does not know: no theme or organisation named, a confidence below
// minProposedConfidence (where 108 of 110 such messages of the
// development sets were out of scope, and none of the in-scope lines of
// dev or the nineteenth engine set falls), no sign of danger. Such a
// message is most likely not about paperwork; French.OutOfScope says what
// the PIMMS does, true for the few that are.
func outOfScope(res catalog.Result) bool {
	return res.Outcome == catalog.Unknown && res.Declines == "" && !res.NamesTheme && !res.Worry &&
		res.Confidence < minProposedConfidence
}

// saysSubject reports whether a message names something beside a plea
// for help and the words around it: « aidez-moi », « bonjour madame,
// c'est urgent » ask for help with a subject still to tell, which is no
// question outside the PIMMS's (an outside console check: « aidez moi »
// was told that other subjects are not the PIMMS's business).
func saysSubject(text string) bool {
	for _, tok := range catalog.Normalize(text) {
		if !pleaStems[tok] {
			return true
		}
	}
	return false
}

// pleaStems are the engine's tokens (catalog.Normalize) of a plea for
// help and of the greetings and forms of address around it.
var pleaStems = map[string]bool{
	"aid": true, "besoin": true, "urgent": true, "urgenc": true, "secour": true, "help": true,
	"question": true, "problem": true, "perdu": true, "repond": true, "repons": true, "comprend": true,
	"bonjour": true, "bonsoir": true, "salut": true, "madam": true, "monsieur": true, "merci": true,
}

// withWorry returns rep, the bot's doubt about a message, with the
// emergency numbers before it and a button to the emergencies' menu when the message
// reads somewhat like danger (catalog.Result.Worry): the resident in
// danger whose words no reader caught still has them at hand.
func (s *Service) withWorry(res catalog.Result, rep Reply) Reply {
	if !res.Worry {
		return rep
	}
	if rep.Text == "" {
		rep.Text = French.Worry
	} else {
		rep.Text = French.Worry + "\n\n" + rep.Text // safety first
	}
	return s.withEmergencies(rep)
}

// withEmergencies returns rep with a button to the emergencies' menu
// first.
func (s *Service) withEmergencies(rep Reply) Reply {
	for _, t := range s.Catalog().Themes {
		if t.Emergency && len(s.Catalog().EntriesOf(t.ID)) > 0 {
			rep.Buttons = append([][]Button{{{Label: strings.TrimSpace(t.Emoji + " " + t.Label), Action: ActTheme + ":" + t.ID}}}, rep.Buttons...)
			break
		}
	}
	return rep
}
