package conversation

import (
	"context"
	"fmt"
	"net/url"
	"regexp"
	"strings"

	"pimmsbot/internal/catalog"
)

// answer replies to a question with the engine's verdict on it.
func (s *Service) answer(ctx context.Context, ev *event, res catalog.Result, stored string) error {
	cat := s.Catalog()
	if bareNumber.MatchString(stored) && len(ev.r.Offered) == 0 && len(ev.r.Others) == 0 {
		// « 3 » picks nothing: no list is open.
		s.reply(ev, Reply{Text: French.NoList, Buttons: menuButtons()})
		return nil
	}
	// A new question drops a suggestion, or another question's offer,
	// left without a tap.
	ev.r.LastQuestion, ev.r.Offered, ev.r.Others = "", nil, nil
	if e := s.followUp(ev, stored, res); e != nil {
		s.pointBack(ev, stored, e)
		return nil
	}
	// Small talk and asking for a person are not FAQ questions: they are
	// not counted as questions in the statistics.
	switch {
	case res.Outcome == catalog.Answer && res.ID == catalog.IntentHandover:
		ev.outcomes = append(ev.outcomes, Outcome(res.ID))
		// The words asking for a person are not the question: the
		// ticket takes the resident's last one, and these words too when
		// they say more (« rappelez-moi au 06… »). A request that names
		// its subject (« un médiateur pour ma retraite ») is the question.
		question, request := "", ""
		if namesSubject(stored) {
			question = stored
		} else if saysMore(stored) {
			request = stored
		}
		return s.handover(ctx, ev, question, request)
	case res.Outcome == catalog.Answer:
		if in, ok := cat.Intent(res.ID); ok {
			// Small talk never waits for a postcode: « bonjour » is
			// answered with the resident's site, or the default one.
			ev.outcomes = append(ev.outcomes, Outcome(res.ID))
			ev.r.Misses = 0 // after « bonjour », a miss is not « still » one
			text := in.Answer
			if res.ID == catalog.IntentGreeting {
				if ev.conv.Greeted {
					text = French.GreetAgain // the presentation once is enough
				}
				ev.conv.Greeted = true
			}
			s.reply(ev, Reply{Text: text, Buttons: menuButtons()})
			ev.ch.Messages[len(ev.ch.Messages)-1].Outcome = Outcome(res.ID)
			return nil
		}
		if e, ok := cat.Entry(res.ID); ok {
			s.answerQuestions(ev, e, s.readQuestions(stored, e.ID))
			return nil
		}
	}
	if res.Outcome != catalog.Answer {
		// Unsure of the message as a whole, the bot may be sure of each
		// of its questions.
		if r := s.readQuestions(stored, ""); len(r.sure) > 0 && r.more() {
			e, _ := cat.Entry(r.sure[0])
			s.answerQuestions(ev, e, r)
			return nil
		}
	}
	if (res.Outcome == catalog.Confirm || res.Outcome == catalog.Clarify) && s.suggest(ev, res, stored) {
		return nil
	}
	ev.conv.Questions++
	ev.outcomes = append(ev.outcomes, OutcomeUnknown)
	s.unknown(ev, stored, res, ReasonUnknown)
	return nil
}

// bareNumber matches a message that is only a number of one or two
// digits: a choice typed where no list is open.
var bareNumber = regexp.MustCompile(`^\s*\d{1,2}\s*[.)]?\s*$`)

// sendEntry answers with a FAQ entry: its text, its sources as links, and
// the feedback buttons. An entry that names the site first asks a
// resident without one for their postcode.
func (s *Service) sendEntry(ev *event, e *catalog.Entry, choice string) {
	if usesSite(e.Answer) && s.askSite(ev, Pending{Do: PendingEntry, ID: e.ID}, choice) {
		return
	}
	ev.conv.Answered++
	if ev.conv.Theme == "" {
		ev.conv.Theme = e.Theme
	}
	ev.r.Misses, ev.r.Refused = 0, nil
	ev.r.LastEntry, ev.r.Voted = e.ID, ""
	text := e.Answer
	if e.Handover && !offersMediator(text) {
		text += "\n\n" + French.HandoverEntryOffer
	}
	rep := Reply{
		Text:    text,
		Links:   entryLinks(e),
		Choice:  choice,
		Buttons: [][]Button{{{Label: frButtons.Human, Action: ActHuman}}},
	}
	if !s.Catalog().IsEmergency(e.ID) {
		// An emergency's numbers are not rated: « Pas vraiment » would
		// get « écrivez votre question autrement ».
		rep.Buttons = append([][]Button{{{Label: frButtons.Helpful, Action: ActHelpful + ":" + e.ID},
			{Label: frButtons.NotHelpful, Action: ActNotHelp + ":" + e.ID}}}, rep.Buttons...)
	}
	s.reply(ev, rep)
	last := &ev.ch.Messages[len(ev.ch.Messages)-1]
	last.Entry, last.Title, last.Outcome = e.ID, e.Title, OutcomeAnswer
}

// offersMediator reports whether an answer already offers a mediator,
// in its last paragraph or as the PIMMS's anywhere: the handover offer
// would say it twice.
func offersMediator(answer string) bool {
	paras := strings.Split(strings.TrimSpace(answer), "\n\n")
	last := strings.ToLower(paras[len(paras)-1])
	return strings.Contains(last, "médiateur") || strings.Contains(last, "médiatrice") ||
		// « Un médiateur du PIMMS peut vous aider. » in the middle of the
		// answer, before what to bring, is the same offer.
		strings.Contains(strings.ToLower(answer), "médiateur du pimms") ||
		strings.Contains(strings.ToLower(answer), "médiatrice du pimms")
}

// entryLinks returns the links shown under an entry's answer: its
// sources, except for an answer that gives the site's own hours
// ({site.hours}). That one says the site's configuration, which no page
// says: its sources back the catalogue's checks, and a link would send
// the resident to an article that does not tell the hours.
func entryLinks(e *catalog.Entry) []Link {
	if strings.Contains(e.Answer, "{site.hours}") {
		return nil
	}
	return sourceLinks(e.Sources)
}

// hostNames are the sites known under two names, and the one shown:
// service-public.fr became service-public.gouv.fr, and the FAQ cites
// both.
var hostNames = map[string]string{"service-public.fr": "service-public.gouv.fr"}

// sourceLinks names each official source after its site; the pages of a
// site cited more than once are numbered in turn (« caf.fr (1) »,
// « caf.fr (2) »).
func sourceLinks(sources []string) []Link {
	hosts := make([]string, len(sources))
	count := map[string]int{}
	for i, u := range sources {
		hosts[i] = u
		if parsed, err := url.Parse(u); err == nil && parsed.Hostname() != "" {
			hosts[i] = strings.TrimPrefix(parsed.Hostname(), "www.")
		}
		if alias, ok := hostNames[hosts[i]]; ok {
			hosts[i] = alias
		}
		count[hosts[i]]++
	}
	out := make([]Link, 0, len(sources))
	seen := map[string]int{}
	for i, u := range sources {
		label := "🔗 " + hosts[i]
		if count[hosts[i]] > 1 {
			seen[hosts[i]]++
			label += fmt.Sprintf(" (%d)", seen[hosts[i]])
		}
		out = append(out, Link{Label: label, URL: u})
	}
	return out
}
