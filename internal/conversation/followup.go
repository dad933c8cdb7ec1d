package conversation

import (
	"regexp"
	"strings"

	"pimmsbot/internal/catalog"
)

// Residents who are not at ease with writing ask their next question the
// way one speaks: « et pour mon fils ? », « c payant ? », « et le
// délai ? ». Alone, such a message names nothing the engine can read; it
// is about the entry just answered. The bot offers that entry again
// (« Votre question concerne-t-elle… ? »), beside what the engine
// suggests, rather than « Je ne suis pas sûr ».

// followUpWords matches, on typedKey's form, a short message that goes on
// from the last answer: it opens with « et », « mais », « ok et », « c
// pour », or asks only about a price, a delay or who it is for.
var followUpWords = regexp.MustCompile(`^(?:(?:ok|d accord|dac|merci|alors) )?(?:et|mais|aussi|et si|et pour|et aussi)\b` +
	`|^(?:c|c est|ca|et c est|est ce que c est|est ce que ca) (?:pour|payant|gratuit|combien|long|cher)\b` +
	`|^(?:pour|combien|quel delai|quel prix|le prix|le delai|les delais|payant|gratuit|ca coute|ca coute combien|c est combien|combien de temps)\b`)

// followUpMaxWords is the longest message read as a follow-up: a longer
// one tells its own question.
const followUpMaxWords = 10

// followUp adds the entry last answered in this conversation to what res
// offers, first, when the resident's text reads as a follow-up to it and
// the engine found no answer: alone when the engine knew nothing, beside
// its suggestions otherwise. It returns res unchanged in any other case.
func (s *Service) followUp(ev *event, text string, res catalog.Result) catalog.Result {
	last := ev.r.LastEntry
	switch {
	case res.Outcome != catalog.Unknown && res.Outcome != catalog.Confirm && res.Outcome != catalog.Clarify,
		last == "" || ev.conv.Answered == 0 || s.Catalog().IsEmergency(last):
		return res
	}
	if _, ok := s.Catalog().Entry(last); !ok {
		return res
	}
	key := typedKey(text)
	if n := len(strings.Fields(key)); n > followUpMaxWords || !followUpWords.MatchString(key) {
		return res
	}
	offered := []string{last}
	if res.Outcome != catalog.Unknown {
		for _, id := range res.Offered {
			if id != last && len(offered) < 3 {
				offered = append(offered, id)
			}
		}
	}
	res.Offered, res.Outcome = offered, catalog.Clarify
	if len(offered) == 1 {
		res.Outcome = catalog.Confirm
	}
	return res
}
