package conversation

import (
	"regexp"
	"strings"

	"pimmsbot/internal/catalog"
)

// Residents who are not at ease with writing ask their next question the
// way one speaks: « et pour mon fils ? », « c payant ? », « et le
// délai ? ». Alone, such a message names nothing the engine can read; it
// is about the entry just answered. When the engine does not know it, the
// bot offers that entry again (« Votre question concerne-t-elle… ? »)
// rather than « Je ne suis pas sûr ».

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

// followUp turns res into the offer of the entry last answered, when the
// engine knew nothing of the resident's text (no entry, no theme named)
// and the text reads as a follow-up to that answer. It returns res
// unchanged otherwise. LastEntry is the entry answered since the last
// thing the resident was told otherwise (see forgetAnswer).
func (s *Service) followUp(ev *event, text string, res catalog.Result) catalog.Result {
	last := ev.r.LastEntry
	if res.Outcome != catalog.Unknown || res.NamesTheme || ev.r.Mode != ModeBot || last == "" || s.Catalog().IsEmergency(last) {
		return res
	}
	if _, ok := s.Catalog().Entry(last); !ok {
		return res
	}
	key := typedKey(text)
	if len(strings.Fields(key)) > followUpMaxWords || !followUpOpening.MatchString(key) || !followUpAsks.MatchString(key) {
		return res
	}
	res.Outcome, res.Offered = catalog.Confirm, []string{last}
	return res
}

// forgetAnswer marks that the last entry answered is no longer what the
// resident is reacting to: after « je ne sais pas », a handover or on a
// new visit, a typed « pas vraiment » rates nothing and « et pour mon
// fils ? » follows nothing.
func (r *Resident) forgetAnswer() {
	r.LastEntry, r.Voted, r.Others = "", "", nil
}
