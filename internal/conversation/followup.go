package conversation

import (
	"fmt"
	"regexp"
	"strings"

	"pimmsbot/internal/catalog"
	"pimmsbot/internal/markup"
)

// Residents who are not at ease with writing ask their next question the
// way one speaks: « et pour mon fils ? », « c payant ? », « et le
// délai ? ». Alone, such a message names nothing the engine can read; it
// is about the entry just answered. When the engine does not know it, the
// bot says plainly that what it knows is in that answer, and offers a
// mediator for the rest, rather than « Je ne suis pas sûr » or offering
// the same answer again (an outside check of the console: « c'est
// combien ? » after the APL was offered the APL's whole text once more).
// Matching the follow-up with the entry's title in front gave the same
// entry back for every follow-up tried: the answer had what the bot knows.

// followUpOpening matches, on typedKey's form, how a follow-up opens:
// « et », « mais », « ok et », « c pour », or straight with what it asks.
var followUpOpening = regexp.MustCompile(`^(?:(?:ok|d accord|dac|merci|alors) )?(?:et|mais|aussi|c|c est|ca|est ce que c est|est ce que ca)\b` +
	`|^(?:pour|combien|quel delai|quel prix|le prix|le delai|les delais|payant|gratuit|ca coute|c est combien|combien de temps)\b`)

// followUpAsks matches what a follow-up asks: for whom, how much, how
// long, where, when, how, what if, what next. « et voilà » or « mais non »
// ask nothing.
var followUpAsks = regexp.MustCompile(`\b(?:pour|combien|payant|payante|gratuit|gratuite|prix|cout|coute|delai|delais|temps|long|longtemps|ou|quand|comment|si|apres|ensuite|aussi|meme chose|pareil)\b`)

// followUpMaxWords is the longest message read as a follow-up: a longer
// one tells its own question.
const followUpMaxWords = 10

// followUp returns the entry last answered when the engine knew nothing of
// the resident's text (no entry, no theme named) and the text reads as a
// follow-up to that answer; nil otherwise. LastEntry is the entry
// answered since the last thing the resident was told otherwise (see
// forgetAnswer).
func (s *Service) followUp(ev *event, text string, res catalog.Result) *catalog.Entry {
	last := ev.r.LastEntry
	if res.Outcome != catalog.Unknown || res.NamesTheme || ev.r.Mode != ModeBot || last == "" || s.Catalog().IsEmergency(last) {
		return nil
	}
	e, ok := s.Catalog().Entry(last)
	if !ok {
		return nil
	}
	key := typedKey(text)
	if len(strings.Fields(key)) > followUpMaxWords || !followUpOpening.MatchString(key) || !followUpAsks.MatchString(key) {
		return nil
	}
	return e
}

// pointBack answers a follow-up to e, the entry just answered: what the
// bot knows is in that answer; a mediator can answer the rest. The
// follow-up is kept for the curators as a question unanswered, with e as
// the entry it was about (the entry may lack what it asks). It is no
// miss: the resident is still reading e, whose buttons still rate it.
func (s *Service) pointBack(ev *event, question string, e *catalog.Entry) {
	ev.conv.Questions++
	ev.conv.Unanswered++
	ev.outcomes = append(ev.outcomes, OutcomeUnknown)
	ev.ch.Unanswered = append(ev.ch.Unanswered, Unanswered{
		Conversation: ev.conv.ID, Question: question, At: ev.now, Candidates: []string{e.ID}, Reason: ReasonUnknown,
		Site: ev.r.Site,
	})
	title := strings.TrimRight(e.Title, " ?\u00a0")
	s.reply(ev, Reply{Text: fmt.Sprintf(French.FollowUp, markup.Escape(title)), Buttons: [][]Button{
		{{Label: frButtons.Human, Action: ActHuman}},
		{{Label: frButtons.Themes, Action: ActThemes}},
	}})
}

// forgetAnswer marks that the last entry answered is no longer what the
// resident is reacting to: after « je ne sais pas », a handover or on a
// new visit, a typed « pas vraiment » rates nothing and « et pour mon
// fils ? » follows nothing.
func (r *Resident) forgetAnswer() {
	r.LastEntry, r.Voted, r.Others = "", "", nil
}
