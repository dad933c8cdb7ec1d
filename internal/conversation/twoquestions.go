package conversation

import (
	"fmt"
	"regexp"
	"slices"
	"strings"

	"pimmsbot/internal/catalog"
	"pimmsbot/internal/markup"
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

// andBreak matches « et » between two things asked in one sentence
// (« comment avoir le rsa et la prime d'activité »). It is read as a
// break only when the bot is sure of each side on its own: « et » joins
// the words of one question far more often than two questions.
var andBreak = regexp.MustCompile(`(?i)\bet\b`)

// andMaxWords is the most words of a message split at « et »: two
// questions asked in one sentence. A longer message tells a story, whose
// « et » joins what happened to what is asked.
const andMaxWords = 16

// questionMinWords is the fewest words of a part read as a question of
// its own: « merci ? » or « ok ? » asks nothing. A shorter part that
// names only what else the question is about (« et aussi mon
// passeport ») borrows the rest of the question before it (elliptic).
const questionMinWords = 3

// maxQuestions is the most questions of one message answered or offered.
const maxQuestions = 3

// partMinConfidence is the engine's least confidence in a part it is
// not sure of for its candidates to be offered: below it, the part reads
// as courtesy or context (« vous pouvez m'aider ? », « je suis perdue »),
// not as a question of its own.
const partMinConfidence = 0.2

// partWholeConfidence is the least confidence of the engine hesitating
// between two or three entries for a part (catalog.Clarify) for the part
// to be read as a question of its own in a message the engine answered
// as a whole (see ownQuestion).
const partWholeConfidence = 0.65

// ownQuestion reports whether p, a part the bot is not sure of in a
// message the engine answered as a whole, still asks a question of its
// own: the engine hesitates between two or three entries for it (« où
// en est mon dossier de retraite ? » below the answer to a move), or it
// asks how, when, where (« comment faire ma déclaration ? » below the
// answer about a driving licence). A part that tells more about the
// question answered does neither (« j'ai un android », « mes codes et
// tout ? », « je peux me faire rembourser ? » after « c'est une
// arnaque ? »), nor does a guess of one entry (« on en parlait au
// repas »).
func ownQuestion(p partRead) bool {
	switch p.res.Outcome {
	case catalog.Clarify:
		return p.res.Confidence >= partWholeConfidence
	case catalog.Unknown:
		return howWhen.MatchString(p.text)
	}
	return false
}

// howWhen matches the words that open a question of its own: how, when,
// where, how much, which.
var howWhen = regexp.MustCompile(`(?i)^(?:et )?(?:comment|quand|o[uù]|combien|quel(?:le)?s?|que faire|qu'est-ce que je dois)\b`)

// An unsurePart is a question of a message the bot is not sure of.
type unsurePart struct {
	// text is the part as the resident wrote it (secrets masked).
	text string
	// offered holds the entries that may answer it, best first; nil when
	// the bot cannot tell.
	offered []string
}

// A reading is what the bot makes of a message's questions read one by
// one: the entries it is sure of, in the order asked (the whole
// message's answer first), and the questions it is not sure of.
type reading struct {
	sure   []string
	unsure []unsurePart
}

// more reports whether the message asks more than its first answer.
func (r reading) more() bool { return len(r.sure)+len(r.unsure) > 1 }

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
// trimmed, that hold at least questionMinWords words, or that follow
// another part and are elliptic.
func splitParts(breaks *regexp.Regexp, text string) []string {
	var parts []string
	for _, p := range breaks.Split(text, -1) {
		p = strings.Trim(p, " \t\n,.;:!-–")
		if len(strings.Fields(p)) >= questionMinWords || len(parts) > 0 && elliptic(p, breaks == questionBreak) {
			parts = append(parts, p)
		}
	}
	return parts
}

// too matches the words by which a part says it asks the same as the part
// before, about something else: « mon passeport aussi », « pareil pour
// la mutuelle ».
var too = regexp.MustCompile(`(?i)\b(?:aussi|[ée]galement|pareil|idem|de m[êe]me)\b`)

// bare matches a part that is only what else a question is about, after
// a break that announces another question: « et aussi mon passeport »
// (the break taken: « mon passeport »).
var bare = regexp.MustCompile(`(?i)^(?:pour )?(?:mon|ma|mes|son|sa|ses|notre|nos|le|la|les|l'|du|des|un|une)\b`)

// asks matches the words of a question of its own: « le fsl c'est
// quoi » says what it asks.
var asks = regexp.MustCompile(`(?i)\b(?:quoi|comment|quand|combien|pourquoi|o[uù]|qui|quel(?:le)?s?)\b`)

// elliptic reports whether part names only what else a question is
// about, the rest said before it: short, and saying « aussi », or, when
// asBare (after a break that announces another question), starting as
// a bare noun phrase. After « et » or a comma, a bare noun phrase is part
// of the same question (« ma carte vitale et ma mutuelle », « …, la tête
// tourne »).
func elliptic(part string, asBare bool) bool {
	n := len(strings.Fields(part))
	return n > 0 && (n <= 4 && too.MatchString(part) || asBare && n <= 3 && bare.MatchString(part) && !asks.MatchString(part))
}

// readQuestions reads the questions of text (stored: its secrets masked)
// one by one. first, when not "", is the entry the whole message was
// answered with; it comes first. A message that asks one question gets
// a reading of that one alone (more is false).
func (s *Service) readQuestions(text, first string) reading {
	var r reading
	if first != "" {
		r.sure = []string{first}
	}
	parts, byAnd := questionParts(text), false
	if parts == nil && andBreak.MatchString(text) && len(strings.Fields(text)) <= andMaxWords {
		parts, byAnd = splitParts(andBreak, text), true
	}
	if len(parts) < 2 {
		return r
	}
	reads := s.readParts(parts, !byAnd)
	if byAnd {
		if !sureOfEach(reads) {
			return r
		}
		// Two questions joined by « et », each sure of its own entry:
		// answered in the order asked, even when the whole message's
		// best guess was a third entry that blends them (« refaire ma
		// carte d'identité et déclarer mes impôts » read as lost papers).
		r.sure = nil
	}
	for _, p := range reads {
		if p.sure != "" && !slices.Contains(r.sure, p.sure) && len(r.sure) < maxQuestions {
			r.sure = append(r.sure, p.sure)
		}
	}
	for _, p := range reads {
		if p.sure == "" && len(r.sure)+len(r.unsure) < maxQuestions && (first == "" || ownQuestion(p)) {
			if u, ok := s.unsureOf(p, r.sure); ok {
				r.unsure = append(r.unsure, u)
			}
		}
	}
	return r
}

// A partRead is the engine's verdict on one question of a message.
type partRead struct {
	text string
	res  catalog.Result
	// sure is the FAQ entry the bot is sure of for it, or "".
	sure string
}

// readParts matches each of parts on its own, as forMatching reads a
// whole message (the masks' words not read). An elliptic part (« mon
// passeport aussi », or, when asBare, « mon passeport » after « et
// aussi ») is read with the part before it: its entry is the
// best one for both together, other than the one before's, among those
// the part's own words point to (« ma carte vitale est perdue et mon
// passeport aussi »: the lost papers', not the passport's).
func (s *Service) readParts(parts []string, asBare bool) []partRead {
	m := s.faq.Load().matcher
	reads := make([]partRead, len(parts))
	for i, p := range parts {
		read := p
		if i > 0 && !asBare {
			// « j'ai perdu mon passeport et ma carte d'identité »: the
			// side after « et » that is only a noun phrase is read with
			// the verb of the side before (« j'ai perdu ma carte
			// d'identité »), not as « ma carte d'identité » alone.
			read = sharedVerb(parts[i-1], p) + p
		}
		reads[i] = partRead{text: p, res: m.Match(maskWords.Replace(read))}
		reads[i].sure = s.sureEntry(reads[i].res)
		if i == 0 || !elliptic(p, asBare) || bestIs(reads[i].res, reads[i-1].sure) {
			// A part whose own words point first to the entry of the
			// part before asks more about it.
			continue
		}
		both := m.Match(maskWords.Replace(p + " " + parts[i-1]))
		for _, c := range both.Candidates {
			if c.ID != reads[i-1].sure && s.faqEntry(c.ID) && amongBest(reads[i].res, c.ID) {
				reads[i].sure = c.ID
				break
			}
		}
	}
	return reads
}

// determiner matches a determiner that opens a noun phrase, with the
// space before it.
var determiner = regexp.MustCompile(`(?i)(?:^|\s)(?:mon|ma|mes|ton|ta|tes|son|sa|ses|notre|nos|votre|vos|le|la|les|l'|un|une|du|des)\b`)

// sharedVerb returns the words of before that part shares, when part is
// only a noun phrase (« ma carte d'identité ») and before ends with one:
// before up to its last noun phrase (« j'ai perdu »); "" otherwise.
func sharedVerb(before, part string) string {
	if !bare.MatchString(part) || asks.MatchString(part) {
		return ""
	}
	locs := determiner.FindAllStringIndex(before, -1)
	if len(locs) == 0 || locs[len(locs)-1][0] == 0 {
		return ""
	}
	return before[:locs[len(locs)-1][0]] + " "
}

// sureEntry returns the FAQ entry res answers (no small talk, no
// emergency, which is read on the whole message), or "".
func (s *Service) sureEntry(res catalog.Result) string {
	if res.Outcome != catalog.Answer || res.Emergency || !s.faqEntry(res.ID) {
		return ""
	}
	return res.ID
}

// faqEntry reports whether id is an entry of the FAQ outside the
// emergencies: one a question's part may be answered or offered with.
func (s *Service) faqEntry(id string) bool {
	cat := s.Catalog()
	_, ok := cat.Entry(id)
	return ok && !cat.IsEmergency(id)
}

// bestIs reports whether id is res's best candidate.
func bestIs(res catalog.Result, id string) bool {
	return len(res.Candidates) > 0 && res.Candidates[0].ID == id
}

// amongBest reports whether id is one of res's two best candidates.
func amongBest(res catalog.Result, id string) bool {
	best := res.Candidates[:min(2, len(res.Candidates))]
	return slices.ContainsFunc(best, func(c catalog.Candidate) bool { return c.ID == id })
}

// sureOfEach reports whether a message split at « et » reads as one
// question per part: the bot sure of each, of at least two entries.
func sureOfEach(reads []partRead) bool {
	var ids []string
	for _, p := range reads {
		if p.sure == "" {
			return false
		}
		if !slices.Contains(ids, p.sure) {
			ids = append(ids, p.sure)
		}
	}
	return len(ids) > 1
}

// unsureOf returns what the bot offers for a part it is not sure of:
// the entries that may answer it (the engine's offer, or its best
// candidates), at most two. It reports false when the part asks nothing
// the bot can read (small talk, the engine's confidence too low), or
// when an entry of sure, answered or offered already, may answer it.
func (s *Service) unsureOf(p partRead, sure []string) (unsurePart, bool) {
	if p.res.Outcome == catalog.Answer || p.res.Emergency || p.res.Confidence < partMinConfidence {
		return unsurePart{}, false
	}
	ids := p.res.Offered
	if len(ids) == 0 {
		for _, c := range p.res.Candidates {
			ids = append(ids, c.ID)
		}
	}
	u := unsurePart{text: p.text}
	for _, id := range ids {
		if slices.Contains(sure, id) {
			return unsurePart{}, false
		}
		if s.faqEntry(id) && len(u.offered) < 2 {
			u.offered = append(u.offered, id)
		}
	}
	return u, true
}

// sureEntries appends to ids, up to most in all, the FAQ entries the bot
// is sure of for each of parts, matched on its own: answers only, no
// small talk, no emergency, each entry once.
func (s *Service) sureEntries(parts, ids []string, most int) []string {
	for _, p := range s.readParts(parts, false) {
		if len(ids) >= most {
			break
		}
		if p.sure != "" && !slices.Contains(ids, p.sure) {
			ids = append(ids, p.sure)
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
// answer what r read of the message's other questions (r.sure holds e's
// id first). When e's answer would wait for the resident's postcode,
// another sure entry that does not is answered instead, and e offered.
func (s *Service) answerQuestions(ev *event, e *catalog.Entry, r reading) {
	if len(r.sure) > 0 && r.sure[0] != e.ID {
		// The questions were read in the order asked: the first one's
		// entry is answered, not the whole message's guess.
		if o, ok := s.Catalog().Entry(r.sure[0]); ok {
			e = o
		}
	}
	if len(r.sure) > 1 && s.waitsForSite(ev, e) {
		// e's answer would only ask for the postcode: another question
		// is answered now, and e's offered as a button, which asks.
		for i, id := range r.sure[1:] {
			if o, ok := s.Catalog().Entry(id); ok && !s.waitsForSite(ev, o) {
				r.sure = slices.Clone(r.sure)
				r.sure[0], r.sure[i+1] = r.sure[i+1], r.sure[0]
				e = o
				break
			}
		}
	}
	ev.outcomes = append(ev.outcomes, OutcomeAnswer)
	ev.conv.Questions++
	s.sendEntry(ev, e, "")
	if !r.more() || ev.ch.Messages[len(ev.ch.Messages)-1].Entry != e.ID {
		// One question, or each waits for the resident's postcode: the
		// first is answered once it is given, the others not offered
		// (rare: two questions about the site itself).
		return
	}
	s.offerQuestions(ev, r.sure[1:], r.unsure)
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

// offerQuestions offers, below the answer to a message's first question,
// the answers to its other questions as buttons: those the bot is sure
// of (others), then, for each question it is not sure of (unsure), the
// entries that may answer it, quoting the question, or the question it
// did not understand.
func (s *Service) offerQuestions(ev *event, others []string, unsure []unsurePart) {
	var rows [][]Button
	var paras []string
	ev.r.Others = nil
	add := func(ids []string) int {
		n := 0
		for _, id := range ids {
			if e, ok := s.Catalog().Entry(id); ok && !slices.Contains(ev.r.Others, id) {
				rows = append(rows, []Button{{Label: e.Title, Action: ActEntry + ":" + id}})
				ev.r.Others = append(ev.r.Others, id)
				n++
			}
		}
		return n
	}
	switch add(others) {
	case 0:
	case 1:
		paras = append(paras, French.OtherQuestion)
	default:
		paras = append(paras, French.OtherQuestions)
	}
	for _, u := range unsure {
		quoted := markup.Escape(quotePart(u.text))
		switch add(u.offered) {
		case 0:
			paras = append(paras, fmt.Sprintf(French.OtherNotUnderstood, quoted))
		case 1:
			paras = append(paras, fmt.Sprintf(French.OtherUnsureOne, quoted))
		default:
			paras = append(paras, fmt.Sprintf(French.OtherUnsure, quoted))
		}
	}
	s.reply(ev, Reply{Text: strings.Join(paras, "\n\n"), Buttons: rows})
}

// quotePart returns a question of a message as the bot quotes it: its
// first words, when it is long.
func quotePart(text string) string {
	const most = 12
	words := strings.Fields(text)
	if len(words) <= most {
		return strings.Join(words, " ")
	}
	return strings.Join(words[:most], " ") + "…"
}
