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
	sd := &seeder{opt: opt, rng: rand.New(rand.NewPCG(opt.Seed, 42))}
	id := opt.FirstID
	if id == 0 {
		id = 1
	}
	days := opt.Month.AddDate(0, 1, 0).Sub(opt.Month).Hours() / 24
	residents := max(opt.Conversations*7/10, 1)
	for n := range opt.Conversations {
		day := int(float64(n) / float64(opt.Conversations) * days)
		start := opt.Month.AddDate(0, 0, day).Add(9*time.Hour + time.Duration(sd.rng.IntN(7*3600))*time.Second)
		res := fmt.Sprintf("telegram:%d", 1000+sd.rng.IntN(residents))
		ch := sd.conversation(n, id, res, start)
		if err := s.Commit(ctx, ch); err != nil {
			return 0, err
		}
		id++
	}
	return id, nil
}

// A seeder writes the conversations of one Seed, drawing from rng.
type seeder struct {
	opt Options
	rng *rand.Rand
	// The conversation being written: its change, record and clock.
	ch conversation.Change
	c  conversation.Conversation
	at time.Time
}

// pick returns an entry, Zipf-like: the first entries far more often.
func (sd *seeder) pick() string {
	i := int(float64(len(sd.opt.Entries)) * sd.rng.Float64() * sd.rng.Float64())
	return sd.opt.Entries[i]
}

// msg adds a message a little after the previous one.
func (sd *seeder) msg(from conversation.Author, text string) *conversation.Message {
	sd.at = sd.at.Add(time.Duration(20+sd.rng.IntN(60)) * time.Second)
	sd.ch.Messages = append(sd.ch.Messages, conversation.Message{Conversation: sd.c.ID, At: sd.at, From: from, Text: text})
	return &sd.ch.Messages[len(sd.ch.Messages)-1]
}

// conversation returns the change of the n-th conversation: one to three
// questions, and a handover one time in ten.
func (sd *seeder) conversation(n int, id uint64, resident string, start time.Time) *conversation.Change {
	sd.c = conversation.Conversation{ID: id, Resident: resident, Channel: "telegram", Started: start}
	sd.ch = conversation.Change{}
	sd.at = start
	for range 1 + sd.rng.IntN(3) {
		r := sd.rng.Float64()
		sd.c.Questions++
		switch {
		case r < 0.6:
			sd.answered()
		case r < 0.75:
			sd.suggested()
		default:
			sd.unknown(n)
		}
	}
	if sd.rng.IntN(10) == 0 {
		sd.handover()
	}
	sd.c.Updated = sd.at
	c := sd.c
	ch := sd.ch
	ch.Conversation = &c
	return &ch
}

// answered is a question answered at once, with a 👍/👎 one time in four.
func (sd *seeder) answered() {
	e := sd.pick()
	q := "question sur " + e
	sd.msg(conversation.FromResident, q)
	m := sd.msg(conversation.FromBot, "Réponse de la fiche.")
	m.Entry, m.Outcome = e, conversation.OutcomeAnswer
	sd.c.Answered++
	if sd.c.Theme == "" {
		sd.c.Theme = "theme"
	}
	if sd.rng.IntN(4) == 0 {
		fb := conversation.Feedback{Conversation: sd.c.ID, Entry: e, Helpful: sd.rng.IntN(5) > 0, At: sd.at.Add(time.Minute), Question: q}
		sd.ch.Feedback = append(sd.ch.Feedback, fb)
		if fb.Helpful {
			sd.c.Helpful++
		} else {
			sd.c.NotHelpful++
		}
	}
}

// suggested is a suggestion, confirmed two times in three, else refused.
func (sd *seeder) suggested() {
	e := sd.pick()
	q := "je sais pas trop " + e
	sd.msg(conversation.FromResident, q)
	sd.ch.Suggestions = append(sd.ch.Suggestions, conversation.Suggestion{Conversation: sd.c.ID, At: sd.at, Question: q,
		Kind: conversation.SuggestConfirm, Offered: []string{e}, Event: conversation.SuggestionShown})
	sd.c.Clarified++
	if sd.rng.IntN(3) > 0 {
		sd.ch.Suggestions = append(sd.ch.Suggestions, conversation.Suggestion{Conversation: sd.c.ID, At: sd.at.Add(time.Minute),
			Question: q, Kind: conversation.SuggestConfirm, Offered: []string{e}, Event: conversation.SuggestionAccepted, Entry: e})
		m := sd.msg(conversation.FromBot, "Réponse de la fiche.")
		m.Entry, m.Outcome = e, conversation.OutcomeAnswer
		sd.c.Answered++
		return
	}
	sd.ch.Unanswered = append(sd.ch.Unanswered, conversation.Unanswered{Conversation: sd.c.ID, Question: q, At: sd.at,
		Candidates: []string{e}, Reason: conversation.ReasonConfirmNo})
	sd.c.Unanswered++
}

// unknown is a question the bot does not know: one of Misses, now and
// then a rare one, and Secret in the n-th conversation when n%997 == 5.
func (sd *seeder) unknown(n int) {
	q := Misses[int(float64(len(Misses))*sd.rng.Float64()*sd.rng.Float64())]
	if sd.rng.IntN(50) == 0 {
		q = fmt.Sprintf("rare%d unique%d", sd.rng.IntN(1_000_000), sd.rng.IntN(1_000_000))
	}
	if n%997 == 5 {
		q = Secret
	}
	sd.msg(conversation.FromResident, q)
	sd.msg(conversation.FromBot, "Je ne sais pas répondre.")
	sd.ch.Unanswered = append(sd.ch.Unanswered, conversation.Unanswered{Conversation: sd.c.ID, Question: q, At: sd.at,
		Candidates: []string{sd.pick()}, Reason: conversation.ReasonUnknown})
	sd.c.Unanswered++
}

// handover is a ticket claimed and closed by a mediator after a reply,
// rated one time in two.
func (sd *seeder) handover() {
	sd.c.Handovers++
	req := sd.at.Add(time.Minute)
	t := conversation.Ticket{Number: sd.c.ID, Label: "Usager", Conversation: sd.c.ID, Status: conversation.TicketClosed,
		Theme: sd.c.Theme, Requested: req}
	sd.at = req.Add(time.Duration(1+sd.rng.IntN(90)) * time.Minute)
	t.Claimed = sd.at
	m := sd.msg(conversation.FromMediator, "Bonjour, je regarde votre dossier.")
	m.Name = "Camille"
	sd.at = sd.at.Add(10 * time.Minute)
	t.Closed = sd.at
	if sd.rng.IntN(2) == 0 {
		t.Rating = 1 + sd.rng.IntN(5)
		if t.Rating < 3 && sd.rng.IntN(2) == 0 {
			t.Rating = 5
		}
	}
	sd.ch.Tickets = append(sd.ch.Tickets, t)
}
