// Package reporttest fills a store with a month of plausible activity, for
// the tests and benchmarks of the reports. It writes through the store's
// own Commit, as the service does.
package reporttest

import (
	"context"
	"fmt"
	"math/rand/v2"
	"time"

	"pimmsbot/internal/conversation"
)

// Store is what Seed writes to.
type Store interface {
	Commit(ctx context.Context, ch *conversation.Change) error
}

// Misses are the wordings of unanswered questions Seed uses, most
// frequent first: similar ones fall into the same group.
var Misses = []string{
	"comment faire une procuration pour voter",
	"procuration vote comment faire",
	"je veux changer de banque",
	"aide pour le permis de conduire",
	"où trouver un avocat gratuit",
	"comment contester une amende",
}

// Secret is a question with an unmasked IBAN that Seed stores as an
// unanswered question several times: a report must never show it.
const Secret = "mon iban FR7630006000011234567890189 est refusé"

// Options shape the activity.
type Options struct {
	// Month is the first day of the month, in the site's time zone.
	Month time.Time
	// Conversations is how many start in the month.
	Conversations int
	// Entries are the FAQ entries answered, the first most often.
	Entries []string
	// FirstID numbers the conversations and tickets from here.
	FirstID uint64
	Seed    uint64
}

// Seed writes opt.Conversations conversations in opt.Month, one commit
// each: residents' questions and the bot's answers, suggestions,
// unanswered questions, 👍/👎, handovers with a mediator's reply and a
// rating. It returns the next free id.
func Seed(ctx context.Context, s Store, opt Options) (uint64, error) {
	if len(opt.Entries) == 0 {
		return 0, fmt.Errorf("reporttest: no entries")
	}
	rng := rand.New(rand.NewPCG(opt.Seed, 42))
	id := opt.FirstID
	if id == 0 {
		id = 1
	}
	days := opt.Month.AddDate(0, 1, 0).Sub(opt.Month).Hours() / 24
	residents := max(opt.Conversations*7/10, 1)
	pick := func() string {
		// Zipf-like: the first entries far more often.
		i := int(float64(len(opt.Entries)) * rng.Float64() * rng.Float64())
		return opt.Entries[i]
	}
	for n := range opt.Conversations {
		day := int(float64(n) / float64(opt.Conversations) * days)
		start := opt.Month.AddDate(0, 0, day).Add(9*time.Hour + time.Duration(rng.IntN(7*3600))*time.Second)
		res := fmt.Sprintf("telegram:%d", 1000+rng.IntN(residents))
		c := conversation.Conversation{ID: id, Resident: res, Channel: "telegram", Started: start}
		ch := conversation.Change{}
		at := start
		msg := func(from conversation.Author, text string) *conversation.Message {
			at = at.Add(time.Duration(20+rng.IntN(60)) * time.Second)
			ch.Messages = append(ch.Messages, conversation.Message{Conversation: id, At: at, From: from, Text: text})
			return &ch.Messages[len(ch.Messages)-1]
		}
		for range 1 + rng.IntN(3) {
			r := rng.Float64()
			c.Questions++
			switch {
			case r < 0.6: // answered at once
				e := pick()
				q := "question sur " + e
				msg(conversation.FromResident, q)
				m := msg(conversation.FromBot, "Réponse de la fiche.")
				m.Entry, m.Outcome = e, conversation.OutcomeAnswer
				c.Answered++
				if c.Theme == "" {
					c.Theme = "theme"
				}
				if rng.IntN(4) == 0 {
					ch.Feedback = append(ch.Feedback, conversation.Feedback{Conversation: id, Entry: e,
						Helpful: rng.IntN(5) > 0, At: at.Add(time.Minute), Question: q})
					if ch.Feedback[len(ch.Feedback)-1].Helpful {
						c.Helpful++
					} else {
						c.NotHelpful++
					}
				}
			case r < 0.75: // a suggestion, then confirmed
				e := pick()
				q := "je sais pas trop " + e
				msg(conversation.FromResident, q)
				ch.Suggestions = append(ch.Suggestions, conversation.Suggestion{Conversation: id, At: at, Question: q,
					Kind: conversation.SuggestConfirm, Offered: []string{e}, Event: conversation.SuggestionShown})
				c.Clarified++
				if rng.IntN(3) > 0 {
					ch.Suggestions = append(ch.Suggestions, conversation.Suggestion{Conversation: id, At: at.Add(time.Minute),
						Question: q, Kind: conversation.SuggestConfirm, Offered: []string{e}, Event: conversation.SuggestionAccepted, Entry: e})
					m := msg(conversation.FromBot, "Réponse de la fiche.")
					m.Entry, m.Outcome = e, conversation.OutcomeAnswer
					c.Answered++
				} else {
					ch.Unanswered = append(ch.Unanswered, conversation.Unanswered{Conversation: id, Question: q, At: at,
						Candidates: []string{e}, Reason: conversation.ReasonConfirmNo})
					c.Unanswered++
				}
			default: // don't know
				q := Misses[int(float64(len(Misses))*rng.Float64()*rng.Float64())]
				if rng.IntN(50) == 0 {
					q = fmt.Sprintf("rare%d unique%d", rng.IntN(1_000_000), rng.IntN(1_000_000))
				}
				if n%997 == 5 {
					q = Secret
				}
				msg(conversation.FromResident, q)
				msg(conversation.FromBot, "Je ne sais pas répondre.")
				ch.Unanswered = append(ch.Unanswered, conversation.Unanswered{Conversation: id, Question: q, At: at,
					Candidates: []string{pick()}, Reason: conversation.ReasonUnknown})
				c.Unanswered++
			}
		}
		if rng.IntN(10) == 0 { // handover
			c.Handovers++
			req := at.Add(time.Minute)
			t := conversation.Ticket{Number: id, Label: "Usager", Conversation: id, Status: conversation.TicketClosed,
				Theme: c.Theme, Requested: req}
			at = req.Add(time.Duration(1+rng.IntN(90)) * time.Minute)
			t.Claimed = at
			m := msg(conversation.FromMediator, "Bonjour, je regarde votre dossier.")
			m.Name = "Camille"
			at = at.Add(10 * time.Minute)
			t.Closed = at
			if rng.IntN(2) == 0 {
				t.Rating = 1 + rng.IntN(5)
				if t.Rating < 3 && rng.IntN(2) == 0 {
					t.Rating = 5
				}
			}
			ch.Tickets = append(ch.Tickets, t)
		}
		c.Updated = at
		ch.Conversation = &c
		if err := s.Commit(ctx, &ch); err != nil {
			return 0, err
		}
		id++
	}
	return id, nil
}
