package conversation

import (
	"fmt"
	"regexp"
	"slices"
	"strings"

	"pimmsbot/internal/catalog"
	"pimmsbot/internal/markup"
)

// Residents who are not at ease with writing ask their next question the
// way one speaks: « et pour mon fils ? », « c payant ? », « et le
// délai ? ». Alone, such a message names nothing the engine can read; it
// is about the entry just answered. When the engine does not know it, or
// only guesses from words any démarche uses (« il faut quels papiers ? »),
// the bot stays on that entry: it quotes the paragraph of the answer that
// tells what is asked (the price, a child's, the papers, the delay), says
// plainly when the answer does not tell it, gives a long answer again
// when it cannot tell what is asked, and offers a mediator for the rest,
// rather than « Je ne suis pas sûr » or other entries (outside console
// checks: « et c'est combien pour un enfant ? » after the passport got
// the out-of-scope text, though the answer held 42 € and 17 €).
// Matching the follow-up with the entry's title in front gave the same
// entry back for every follow-up tried: the answer had what the bot knows.

// followUpOpening matches, on typedKey's form, how a follow-up opens:
// « et », « mais », « ok et », « c pour », or straight with what it asks.
var followUpOpening = regexp.MustCompile(`^(?:(?:ok|d accord|dac|merci|alors) )?(?:et|mais|aussi|c|c est|ca|est ce que c est|est ce que ca)\b` +
	`|^(?:pour|combien|quel delai|quel prix|le prix|le delai|les delais|payant|gratuit|ca coute|c est combien|combien de temps)\b`)

// followUpAsks matches what a follow-up asks: for whom, how much, how
// long, where, when, how, what if, what next. « et voilà » or « mais non »
// ask nothing.
var followUpAsks = regexp.MustCompile(`\b(?:pour|combien|payant|payante|gratuit|gratuite|prix|cout|coute|delai|delais|temps|long|longtemps|ou|quand|comment|si|apres|ensuite|aussi|meme chose|pareil|quels?|quelles?|papiers?|documents?|pieces?|justificatifs?)\b`)

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
	if res.Outcome == catalog.Answer || res.Emergency || ev.r.Mode != ModeBot || last == "" || s.Catalog().IsEmergency(last) {
		return nil
	}
	e, ok := s.Catalog().Entry(last)
	if !ok {
		return nil
	}
	key := typedKey(text)
	if len(strings.Fields(key)) > followUpMaxWords || !followUpAsks.MatchString(key) {
		return nil
	}
	if onlyFollowUpWords(key) {
		// « il faut quels papiers ? », « et c'est combien pour un
		// enfant ? »: no other subject named; the engine's guesses
		// (lost papers, the child's emergency) are from words of any
		// démarche.
		return e
	}
	if res.Outcome != catalog.Unknown || res.NamesTheme || !followUpOpening.MatchString(key) {
		return nil
	}
	return e
}

// followUpWords are the words, on typedKey's form, a follow-up is made
// of when it names no subject of its own: how it opens, what it asks
// (how much, how long, which papers), for whom.
var followUpWords = wordSet(strings.Fields(`et mais ok d accord dac merci alors aussi donc
	c est ce que qu ca cela il faut faut y a t on je j dois doit peut peux
	quel quels quelle quelles quoi combien comment quand ou pour par avec sans si
	un une le la les l de d du des mon ma mes son sa ses notre nos votre vos
	papier papiers document documents piece pieces justificatif justificatifs apporter fournir amener
	prix cout coute coutent payer payant payante gratuit gratuite tarif cher euros
	delai delais temps long longtemps attendre duree
	enfant enfants fils fille filles bebe mineur mineure ado adolescent ans age
	mari femme conjoint epoux epouse mere pere parents
	moi lui elle eux meme chose pareil apres ensuite encore`)...)

// onlyFollowUpWords reports whether every word of key is a follow-up's.
func onlyFollowUpWords(key string) bool {
	for _, w := range strings.Fields(key) {
		if !followUpWords[w] {
			return false
		}
	}
	return key != ""
}

// pointBack answers a follow-up to e, the entry just answered: what the
// bot knows is in that answer; a mediator can answer the rest. The
// follow-up is kept for the curators as a question unanswered, with e as
// the entry it was about (the entry may lack what it asks). It is no
// miss: the resident is still reading e, whose buttons still rate it.
func (s *Service) pointBack(ev *event, question string, e *catalog.Entry) {
	asked, quoted := quoteFor(e.Answer, typedKey(question))
	title := strings.TrimRight(e.Title, " ?\u00a0")
	buttons := [][]Button{
		{{Label: frButtons.Human, Action: ActHuman}},
		{{Label: frButtons.Themes, Action: ActThemes}},
	}
	ev.conv.Questions++
	switch {
	case len(quoted) > 0:
		// What the answer says of it, quoted as it is: answered.
		ev.conv.Answered++
		ev.outcomes = append(ev.outcomes, OutcomeAnswer)
		s.reply(ev, Reply{Text: fmt.Sprintf(French.FollowUpQuote, markup.Escape(title)) + "\n\n" + strings.Join(quoted, "\n\n") +
			"\n\n" + French.FollowUpMore, Buttons: buttons})
		last := &ev.ch.Messages[len(ev.ch.Messages)-1]
		last.Entry, last.Title, last.Outcome = e.ID, e.Title, OutcomeAnswer
		return
	case !asked && len(strings.Split(strings.TrimSpace(e.Answer), "\n\n")) > longAnswer:
		// A long answer, and no telling which part of it the question
		// is about: given again, rather than « it is in my answer ».
		s.sendEntry(ev, e, "")
		return
	}
	ev.conv.Unanswered++
	ev.outcomes = append(ev.outcomes, OutcomeUnknown)
	ev.ch.Unanswered = append(ev.ch.Unanswered, Unanswered{
		Conversation: ev.conv.ID, Question: question, At: ev.now, Candidates: []string{e.ID}, Reason: ReasonUnknown,
		Site: ev.r.Site,
	})
	text := French.FollowUp
	if asked {
		text = French.FollowUpMissing // the answer does not say it
	}
	s.reply(ev, Reply{Text: fmt.Sprintf(text, markup.Escape(title)), Buttons: buttons})
}

// longAnswer is the most paragraphs of an answer that a resident is
// pointed back to; a longer one is given again.
const longAnswer = 5

// An aspect is something a follow-up asks about an answer: what it asks
// (on typedKey's form), and how a paragraph that tells it reads.
type aspect struct{ asks, tells *regexp.Regexp }

// aspects are the follow-ups' questions the bot can find in an answer,
// the price first: « combien pour un enfant » is the child's price.
var aspects = []aspect{
	{regexp.MustCompile(`\b(?:combien(?: ca| c est| ca coute| ca fait)?$|combien (?:ca coute|c est|ca fait|pour|payer)|prix|cout|coute|coutent|payant|payante|gratuit|gratuite|tarif|cher|euros|payer)\b`),
		regexp.MustCompile(`(?i)€|\beuros?\b|gratuit|payant|\bprix\b|\bco[uû]te?\b|timbre|tarif`)},
	{regexp.MustCompile(`\b(?:delai|delais|combien de temps|longtemps|temps|duree|attendre|quand)\b`),
		regexp.MustCompile(`(?i)\b(?:d[ée]lai|jours?|semaines?|mois|heures?|d[eè]s que|avant le|au plus tard)\b`)},
	{regexp.MustCompile(`\b(?:papier|papiers|document|documents|piece|pieces|justificatif|justificatifs|apporter|fournir|amener)\b`),
		regexp.MustCompile(`(?i)justificatif|pi[eè]ces?\b|documents?\b|\bphoto|apportez|fournir|fournissez|munissez|\bRIB\b|\bbail\b|avis d'imp|livret de famille`)},
	{regexp.MustCompile(`\b(?:enfant|enfants|fils|fille|filles|bebe|mineur|mineure|ado|adolescent)\b`),
		regexp.MustCompile(`(?i)enfant|mineur|moins de 1[0-9] ans|avant 1[0-9] ans|de 1[0-9] à 1[0-9] ans|\bparents?\b|adolescent`)},
}

// quoteFor returns the paragraph of answer that tells what key, a
// follow-up on typedKey's form, asks: the first that tells all it asks,
// else the first that tells its first aspect (the price of « combien
// pour un enfant » when no paragraph names a child); asked reports
// whether key asks something quoteFor can look for.
func quoteFor(answer, key string) (asked bool, quoted []string) {
	var wanted []aspect
	for _, a := range aspects {
		if a.asks.MatchString(key) {
			wanted = append(wanted, a)
		}
	}
	if len(wanted) == 0 {
		return false, nil
	}
	paras := strings.Split(strings.TrimSpace(answer), "\n\n")
	for _, as := range [][]aspect{wanted, wanted[:1]} {
		for _, p := range paras {
			if slices.IndexFunc(as, func(a aspect) bool { return !a.tells.MatchString(p) }) < 0 {
				return true, []string{p}
			}
		}
	}
	return true, nil
}

// forgetAnswer marks that the last entry answered is no longer what the
// resident is reacting to: after « je ne sais pas », a handover or on a
// new visit, a typed « pas vraiment » rates nothing and « et pour mon
// fils ? » follows nothing.
func (r *Resident) forgetAnswer() {
	r.LastEntry, r.Voted, r.Others = "", "", nil
}
