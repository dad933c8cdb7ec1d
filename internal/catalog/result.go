package catalog

import (
	"bytes"
	"encoding/json"
	"fmt"
	"strings"
)

// An Outcome is what the bot does with a question.
type Outcome int

// The outcomes of Match. The zero value is Unknown.
const (
	// Unknown means the engine does not know: the bot says so honestly and
	// offers the themes and a mediator.
	Unknown Outcome = iota
	// Answer means one entry or intent (Result.ID) fits well enough.
	Answer
	// Clarify means two or three candidates are close: the bot asks which
	// one the resident means (Result.Offered).
	Clarify
	// Confirm means the best candidate is likely but not sure: the bot asks
	// whether the question is about it (Result.Offered holds its id; when
	// the best is an emergency entry, which is never offered, the one after
	// it).
	Confirm
)

// String returns "unknown", "answer", "clarify" or "confirm".
func (o Outcome) String() string {
	switch o {
	case Answer:
		return "answer"
	case Clarify:
		return "clarify"
	case Confirm:
		return "confirm"
	default:
		return "unknown"
	}
}

// A Candidate is an entry or intent id with its score (higher is better;
// scores compare only within one Result).
type Candidate struct {
	ID    string  `json:"id"`
	Score float64 `json:"score"`
}

// A Result is the engine's verdict on one question.
type Result struct {
	Outcome Outcome
	// ID is the entry or intent answered; "" unless Outcome == Answer.
	ID string
	// Confidence is between 0 and 1.
	Confidence float64
	// Candidates holds the best entries and intents, best first, at most 3.
	Candidates []Candidate
	// Offered holds the entry ids the bot offers as buttons, in order: the
	// best one for Confirm (see Confirm), two or three for Clarify; nil
	// otherwise.
	Offered []string
	// Emergency is true when the message is an emergency and ID the
	// emergency entry that answers it: it is answered at once, whatever
	// the conversation's state. An emergency entry may also be a plain
	// answer (Emergency false) to a question about its numbers.
	Emergency bool
	// NamesTheme is true when a word of the message names a theme or an
	// organisation of the FAQ (« caf », « ameli », « la poste »): the
	// message has a subject of its own, even when no entry matches it.
	NamesTheme bool
	// Declines names the kind of question the engine will not answer, when
	// the message asks one that the best entry's texts do not (asks.go):
	// "opinion" (a judgement or a forecast: « c'est une bonne idée ? »,
	// « pour qui voter ? »), "recommendation" (a person, a business or a
	// product: « un bon médecin ? »), "pay" (what a trade earns), "device"
	// (setting up or repairing a device), "hours" (the opening hours or
	// address of another office than the PIMMS) or "price" (what a
	// private trade charges). Outcome is then Unknown, and the bot can say
	// why instead of « je ne suis pas sûr ». "" otherwise.
	Declines string
	// Worry is true when the engine does not answer (Outcome is not
	// Answer) a message that the danger reader reads somewhat like danger
	// although no emergency was raised (worry.go): the bot can then give
	// the emergency number beside its « je ne suis pas sûr ».
	Worry bool `json:",omitempty"`
	// Cry is true when the message is a cry for help and nothing else
	// (« au secours », « aidez moi », « help »: cry.go). Worry is then
	// true too: the bot answers a plea, not a question it does not know.
	Cry bool `json:",omitempty"`
}

// Describe formats the result for a person reading a terminal, as
// "pimmsbot ask" prints it: the outcome, the id (the offered ids followed
// by "?" for a suggestion), the confidence, the question and the
// candidates.
func (r Result) Describe(q string) string {
	id := r.ID
	if id == "" {
		id = "-"
	}
	if len(r.Offered) > 0 {
		id = strings.Join(r.Offered, "|") + "?"
	}
	return fmt.Sprintf("%-7s %-32s %.2f  %q  [%s]", r.Outcome, id, r.Confidence, q, candidatesText(r.Candidates))
}

// JSON formats the result as one line of "pimmsbot ask --json", as
// DESIGN.md §5 shows it, spaces included, with the outcome and the entries
// offered as buttons added at the end:
//
//	{"question": "...", "id": "caf-apl", "confidence": 0.87, "candidates": [{"id": "caf-apl", "score": 12.3}], "outcome": "answer", "offered": []}
func (r Result) JSON(q string) string {
	var b strings.Builder
	b.WriteString(`{"question": `)
	b.WriteString(jsonValue(q))
	b.WriteString(`, "id": `)
	b.WriteString(jsonValue(r.ID))
	b.WriteString(`, "confidence": `)
	b.WriteString(jsonValue(r.Confidence))
	b.WriteString(`, "candidates": [`)
	for i, c := range r.Candidates {
		if i > 0 {
			b.WriteString(", ")
		}
		b.WriteString(`{"id": `)
		b.WriteString(jsonValue(c.ID))
		b.WriteString(`, "score": `)
		b.WriteString(jsonValue(c.Score))
		b.WriteString("}")
	}
	b.WriteString(`], "outcome": `)
	b.WriteString(jsonValue(r.Outcome.String()))
	b.WriteString(`, "offered": [`)
	for i, id := range r.Offered {
		if i > 0 {
			b.WriteString(", ")
		}
		b.WriteString(jsonValue(id))
	}
	b.WriteString("]}")
	return b.String()
}

// jsonValue encodes a string or a number as JSON, without escaping HTML.
func jsonValue(v any) string {
	var b bytes.Buffer
	enc := json.NewEncoder(&b)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(v); err != nil {
		return "null" // only for NaN or infinities, which Match never returns
	}
	return strings.TrimSuffix(b.String(), "\n")
}

// candidatesText writes candidates as "id score, id score".
func candidatesText(cs []Candidate) string {
	parts := make([]string, len(cs))
	for i, c := range cs {
		parts[i] = fmt.Sprintf("%s %.1f", c.ID, c.Score)
	}
	return strings.Join(parts, ", ")
}
