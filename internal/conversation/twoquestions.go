package conversation

import (
	"regexp"
	"slices"
	"strings"

	"pimmsbot/internal/catalog"
)

// Residents who have waited to ask often ask two things in one message:
// « comment renouveler ma carte vitale ? et aussi comment faire ma
// déclaration ? ». The engine reads a message as one question and
// answers one entry; the other question would be lost. The bot reads
// each question of such a message on its own: the entry it is sure of
// for one is answered, and the others are offered as buttons below it.

// questionBreak matches where a message passes from one question to the
// next: a question mark, or the words that announce another question.
var questionBreak = regexp.MustCompile(`(?i)\?+|\b(?:et aussi|autre question|deuxi[eè]me question|2e question|2[eè]me question|par ailleurs|j'ai aussi une question)\b`)

// questionMinWords is the fewest words of a part read as a question of
// its own: « merci ? » or « ok ? » asks nothing.
const questionMinWords = 3

// maxQuestions is the most questions of one message answered or offered.
const maxQuestions = 3

// questionParts returns the questions of text when it asks more than one,
// nil otherwise.
func questionParts(text string) []string {
	if !questionBreak.MatchString(text) {
		return nil
	}
	parts := splitParts(questionBreak, text)
	if len(parts) < 2 {
		return nil
	}
	return parts
}

// splitParts returns the parts of text between the matches of breaks,
// trimmed, that hold at least questionMinWords words.
func splitParts(breaks *regexp.Regexp, text string) []string {
	var parts []string
	for _, p := range breaks.Split(text, -1) {
		p = strings.Trim(p, " \t\n,.;:!-–")
		if len(strings.Fields(p)) >= questionMinWords {
			parts = append(parts, p)
		}
	}
	return parts
}

// questionsAnswered returns the entries the bot is sure of for the
// questions of text (stored: its secrets masked; the masks' words are not
// read), in the order asked, at most maxQuestions: an entry
// of the FAQ (no small talk, no emergency, which is read on the whole
// message), each once. first, when not "", is the entry the whole
// message was answered with; it comes first.
func (s *Service) questionsAnswered(text, first string) []string {
	parts := questionParts(text)
	if parts == nil {
		return nil
	}
	var ids []string
	if first != "" {
		ids = append(ids, first)
	}
	return s.sureEntries(parts, ids, maxQuestions)
}

// sureEntries appends to ids, up to most in all, the FAQ entries the bot
// is sure of for each of parts, matched on its own as forMatching reads
// a whole message (the masks' words not read): answers only, no small
// talk, no emergency (read on the whole message), each entry once.
func (s *Service) sureEntries(parts, ids []string, most int) []string {
	cat := s.Catalog()
	m := s.faq.Load().matcher
	for _, p := range parts {
		if len(ids) >= most {
			break
		}
		res := m.Match(maskWords.Replace(p))
		if res.Outcome != catalog.Answer || res.Emergency || cat.IsEmergency(res.ID) || slices.Contains(ids, res.ID) {
			continue
		}
		if _, ok := cat.Entry(res.ID); ok {
			ids = append(ids, res.ID)
		}
	}
	return ids
}

// clauseBreak matches where a message in danger passes from one thing to
// the next: a sentence's end, a comma, « mais ». A resident in danger
// often tells the danger and the paperwork it brings in one breath
// (« mon mari me frappe, comment demander le RSA »).
var clauseBreak = regexp.MustCompile(`(?i)[.?!;,\n]+|\b(?:mais|et aussi|autre question|par ailleurs)\b`)

// otherNeeds returns the FAQ entries the bot is sure of for the parts of
// a message answered as emergency e (each part matched on its own), at
// most maxQuestions - 1: after the numbers, the resident is offered the
// answer to what else they asked, unless e's answer comes alone
// (catalog.Entry.Alone: a resident thinking of ending their life).
func (s *Service) otherNeeds(text string, e *catalog.Entry) []string {
	if e.Alone || !clauseBreak.MatchString(text) {
		return nil
	}
	return s.sureEntries(splitParts(clauseBreak, text), nil, maxQuestions-1)
}

// answerQuestions answers a question with entry e, and offers below the
// answer the other entries of ids, those of the message's other
// questions (ids holds e's id first, or is nil for a single question).
// When e's answer would wait for the resident's postcode, another entry
// of ids that does not is answered instead, and e offered.
func (s *Service) answerQuestions(ev *event, e *catalog.Entry, ids []string) {
	if len(ids) > 1 && s.waitsForSite(ev, e) {
		// e's answer would only ask for the postcode: another question
		// is answered now, and e's offered as a button, which asks.
		for i, id := range ids[1:] {
			if o, ok := s.Catalog().Entry(id); ok && !s.waitsForSite(ev, o) {
				ids = slices.Clone(ids)
				ids[0], ids[i+1] = ids[i+1], ids[0]
				e = o
				break
			}
		}
	}
	ev.outcomes = append(ev.outcomes, OutcomeAnswer)
	ev.conv.Questions++
	s.sendEntry(ev, e, "")
	if len(ids) < 2 || ev.ch.Messages[len(ev.ch.Messages)-1].Entry != e.ID {
		// One question, or each waits for the resident's postcode: the
		// first is answered once it is given, the others not offered
		// (rare: two questions about the site itself).
		return
	}
	s.offerQuestions(ev, ids[1:])
}

// waitsForSite reports whether e's answer must wait for the resident's
// postcode (sendEntry asks for it first).
func (s *Service) waitsForSite(ev *event, e *catalog.Entry) bool {
	if !usesSite(e.Answer) {
		return false
	}
	_, ok := s.siteOf(ev.r)
	return !ok
}

// offerQuestions offers the entries of ids, the answers to a message's
// other questions, as buttons.
func (s *Service) offerQuestions(ev *event, ids []string) {
	var rows [][]Button
	ev.r.Others = nil
	for _, id := range ids {
		if e, ok := s.Catalog().Entry(id); ok {
			rows = append(rows, []Button{{Label: e.Title, Action: ActEntry + ":" + id}})
			ev.r.Others = append(ev.r.Others, id)
		}
	}
	text := French.OtherQuestion
	if len(rows) > 1 {
		text = French.OtherQuestions
	}
	s.reply(ev, Reply{Text: text, Buttons: rows})
}
