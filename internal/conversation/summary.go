package conversation

import (
	"fmt"
	"slices"
	"strings"
	"time"
)

// Summary is what the desk shows first about a ticket, one fact a line:
// who and what, the resident's question and the words with which they
// asked for a mediator when these say more (t.Request), the FAQ answers
// the bot gave (by title) and the feedback on them (t.Feedback, from the
// Feedback records), and when the request came, in loc (the site's time
// zone; UTC when nil). history is the ticket's conversation.
func Summary(t Ticket, history []Message, loc *time.Location) string {
	if loc == nil {
		loc = time.UTC
	}
	var b strings.Builder
	fmt.Fprintf(&b, "Demande n° %d · %s", t.Number, t.Label)
	if name := t.ThemeName(); name != "" {
		fmt.Fprintf(&b, " · thème «\u00a0%s\u00a0»", name)
	}
	b.WriteString("\n")
	switch {
	case t.Question != "":
		fmt.Fprintf(&b, "Question\u00a0: %s\n", t.Question)
	case t.Request != "":
		// What they asked is in their request, on the next line.
		b.WriteString("Question\u00a0: aucune avant la demande de médiateur.\n")
	default:
		// Nothing asked, or only what the bot answered about the PIMMS
		// itself (« adresse svp »): the subject is still to come, but
		// what they asked is said.
		b.WriteString("Question\u00a0: pas encore précisée.\n")
		if w := lastAnswered(ticketPart(t, history)); w != "" {
			fmt.Fprintf(&b, "Avant, l'usager a demandé\u00a0: «\u00a0%s\u00a0»\n", w)
		}
	}
	if t.Request != "" {
		fmt.Fprintf(&b, "En demandant un médiateur, l'usager a écrit\u00a0: %s\n", t.Request)
	}
	titles := map[string]string{}
	for _, m := range history {
		if m.Entry != "" && m.Title != "" {
			titles[m.Entry] = m.Title
		}
	}
	title := func(id string) string {
		if tt, ok := titles[id]; ok {
			return "«\u00a0" + tt + "\u00a0»"
		}
		return "«\u00a0" + id + "\u00a0»"
	}
	part := ticketPart(t, history)
	answered, before := answersOf(t, part, title)
	offered := offeredFor(t, part)
	var feedback []string
	for _, f := range t.Feedback {
		thumb := "👎 "
		if f.Helpful {
			thumb = "👍 "
		}
		feedback = append(feedback, thumb+title(f.Entry))
	}
	switch {
	case len(answered) > 0:
		fmt.Fprintf(&b, "Le bot a répondu\u00a0: %s\n", strings.Join(answered, ", "))
	case t.Question != "" && namesSubject(t.Question):
		// « un médiateur pour ma retraite »: the bot was not asked.
		b.WriteString("L'usager a demandé un médiateur pour cette question, sans la poser au bot.\n")
	case t.Question != "" && offered != "":
		// Entries offered, none taken: the bot was not sure, it did not
		// know nothing.
		fmt.Fprintf(&b, "Le bot n'était pas sûr\u00a0: il a proposé %s, sans que l'usager en choisisse une.\n", offered)
	case t.Question != "":
		// With no question, there was nothing to answer: saying the bot
		// found no answer would send the mediator looking for one.
		b.WriteString("Le bot n'a pas trouvé de réponse à cette question.\n")
	}
	if len(before) > 0 {
		fmt.Fprintf(&b, "Plus tôt, le bot a répondu\u00a0: %s\n", strings.Join(before, ", "))
	}
	if len(feedback) > 0 {
		fmt.Fprintf(&b, "Avis\u00a0: %s\n", strings.Join(feedback, ", "))
	}
	fmt.Fprintf(&b, "Demande reçue le %s", t.Requested.In(loc).Format("02/01/2006 à 15:04"))
	return b.String()
}

// answersOf returns the titles of the FAQ answers the bot gave in part,
// the ticket's part of the conversation: those given after the ticket's
// question was asked, and those given before it, to earlier questions.
// A question not found in part (or none) takes them all as its answers.
func answersOf(t Ticket, part []Message, title func(string) string) (answered, before []string) {
	asked := -1
	for i, m := range part {
		if t.Question != "" && m.From == FromResident && m.Text == t.Question {
			asked = i
		}
	}
	for i, m := range part {
		if m.From != FromBot || m.Entry == "" {
			continue
		}
		tt := title(m.Entry)
		switch {
		case i < asked && !slices.Contains(before, tt):
			before = append(before, tt)
		case i > asked && !slices.Contains(answered, tt):
			answered = append(answered, tt)
		}
	}
	before = slices.DeleteFunc(before, func(tt string) bool { return slices.Contains(answered, tt) })
	return answered, before
}

// offeredFor returns the quoted titles of the entries the bot last
// offered in part after the ticket's question, "" when none.
func offeredFor(t Ticket, part []Message) string {
	offered := ""
	for _, m := range part {
		switch {
		case m.From == FromResident && m.Text == t.Question:
			offered = ""
		case m.From == FromSystem && (m.Outcome == OutcomeClarify || m.Outcome == OutcomeConfirm):
			offered = strings.TrimPrefix(m.Text, offeredPrefix)
		}
	}
	return offered
}

// ticketPart returns the messages of history that led to ticket t: those
// after the events of the resident's previous ticket, up to the request.
func ticketPart(t Ticket, history []Message) []Message {
	start := 0
	for i, m := range history {
		if !t.Requested.IsZero() && m.At.After(t.Requested) {
			return history[start:i]
		}
		if ticketEvent(m) && !strings.HasPrefix(m.Text, fmt.Sprintf("demande n° %d ", t.Number)) {
			start = i + 1
		}
	}
	return history[start:]
}

// Rated is a resident's 👍 or 👎 on an entry's answer.
type Rated struct {
	Entry   string `json:"entry"`
	Helpful bool   `json:"helpful"`
}

// maxRated is how many ratings a resident record keeps for the next
// ticket.
const maxRated = 10

// rate records a rating for the next ticket, dropping the oldest beyond
// maxRated.
func (r *Resident) rate(entry string, helpful bool) {
	r.Rated = append(r.Rated, Rated{Entry: entry, Helpful: helpful})
	if len(r.Rated) > maxRated {
		r.Rated = slices.Delete(r.Rated, 0, len(r.Rated)-maxRated)
	}
}

// lastAnswered returns the resident's last words in part that the bot
// answered with a FAQ entry, "" when none: what they asked about the
// PIMMS itself (« c'est ouvert samedi ? ») when they asked nothing else.
// Small talk, clicks and commands got no entry.
func lastAnswered(part []Message) string {
	for i := len(part) - 1; i >= 0; i-- {
		m := part[i]
		if m.From != FromResident || m.Media != MediaNone || !hasLetterOrDigit(m.Text) || m.Outcome == OutcomeChoice ||
			strings.HasPrefix(m.Text, "/") || strings.HasPrefix(m.Text, ClickPrefix) {
			continue
		}
		for _, next := range part[i+1:] {
			if next.From == FromResident {
				break
			}
			if next.From == FromBot && next.Entry != "" {
				return m.Text
			}
		}
	}
	return ""
}
