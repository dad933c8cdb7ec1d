package report

import (
	"context"
	"encoding/json"
	"fmt"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"pimmsbot/internal/conversation"
)

// A Wording is the misses asked in the same words, whatever their case
// and spaces: what GroupMisses groups. Counting misses by wording is the
// part of the report that reads every record; while pimmsbot serve runs,
// the service does it, and only the wordings cross the admin socket.
type Wording struct {
	// Question is the wording as first asked, without surrounding spaces.
	Question string `json:"question"`
	Count    int    `json:"count"`
	// Reasons count the misses by reason.
	Reasons map[conversation.Reason]int `json:"reasons"`
	// Last is when the latest of them was asked.
	Last time.Time `json:"last"`
	// Proposed counts the entries the residents were shown, in the order
	// first shown, and Guessed the closest entries of the questions the
	// bot did not know (Miss.Guessed).
	Proposed []Counted `json:"proposed,omitempty"`
	Guessed  []Counted `json:"guessed,omitempty"`
	// Askers are the distinct residents who asked (Miss.Asker), and
	// Conversations the distinct conversations of the misses whose
	// resident is not known, in the order first met: the askers.
	Askers        []string `json:"askers,omitempty"`
	Conversations []uint64 `json:"conversations,omitempty"`
}

// A MissTally counts misses by wording as they come, in order: the
// wordings keep the order of their first miss, as GroupMisses needs.
// The zero MissTally counts every miss; Site keeps those of one site.
type MissTally struct {
	// Site, when set, keeps only the misses of that site; a record
	// without a site belongs to DefaultSite.
	Site, DefaultSite string
	// NoText counts the misses without a question: purged or erased.
	NoText int

	wordings []Wording
	byKey    map[string]int   // wording key → index in wordings
	askers   []map[asker]bool // of each wording, made when first needed
}

// wordingKey is what tells wordings apart: the words, in lower case,
// one space between them. A question already written so (most are) is
// its own key, found without copying it.
func wordingKey(q string) string {
	if isKey(q) {
		return q
	}
	return strings.ToLower(strings.Join(strings.Fields(q), " "))
}

// isKey reports whether q is valid UTF-8, in lower case, its words
// separated by one space, with none before or after.
func isKey(q string) bool {
	space := true // before the first word: a space there is one too many
	for _, r := range q {
		switch {
		case r == ' ':
			if space {
				return false
			}
			space = true
		case r == utf8.RuneError, unicode.IsSpace(r), unicode.ToLower(r) != r:
			return false // RuneError: ToLower would write it, changed
		default:
			space = false
		}
	}
	return !space || q == ""
}

// Add counts m, whose question is not blank.
func (t *MissTally) Add(m Miss) {
	key := wordingKey(m.Question)
	i, ok := t.byKey[key]
	if !ok {
		if t.byKey == nil {
			t.byKey = map[string]int{}
		}
		i = len(t.wordings)
		t.byKey[key] = i
		t.wordings = append(t.wordings, Wording{Question: strings.TrimSpace(m.Question), Reasons: map[conversation.Reason]int{}})
		t.askers = append(t.askers, nil)
	}
	w := &t.wordings[i]
	if t.askers[i] == nil {
		t.askers[i] = make(map[asker]bool, len(w.Askers)+len(w.Conversations)+1)
		for _, a := range w.Askers {
			t.askers[i][asker{resident: a}] = true
		}
		for _, c := range w.Conversations {
			t.askers[i][asker{conversation: c}] = true
		}
	}
	w.Count++
	w.Reasons[m.Reason]++
	if m.At.After(w.Last) {
		w.Last = m.At
	}
	if m.Proposed != "" {
		w.Proposed = bump(w.Proposed, m.Proposed)
	}
	if m.Guessed != "" {
		w.Guessed = bump(w.Guessed, m.Guessed)
	}
	if a := m.asker(); !t.askers[i][a] {
		t.askers[i][a] = true
		if a.resident != "" {
			w.Askers = append(w.Askers, a.resident)
		} else {
			w.Conversations = append(w.Conversations, a.conversation)
		}
	}
}

// AddUnanswered counts an unanswered question, as Misses turns it into a
// miss, when it is of the tally's site.
func (t *MissTally) AddUnanswered(u conversation.Unanswered) {
	if !ofSite(t.Site, t.DefaultSite, u.Site) {
		return
	}
	if strings.TrimSpace(u.Question) == "" {
		t.NoText++
		return
	}
	t.Add(unansweredMiss(u))
}

// AddFeedback counts a 👎 of the tally's site, as Misses does; a 👍 is
// no miss.
func (t *MissTally) AddFeedback(f conversation.Feedback) {
	if f.Helpful || !ofSite(t.Site, t.DefaultSite, f.Site) {
		return
	}
	if strings.TrimSpace(f.Question) == "" {
		t.NoText++
		return
	}
	t.Add(Miss{Question: f.Question, At: f.At, Proposed: f.Entry, Reason: conversation.ReasonNotHelpful, Conversation: f.Conversation})
}

// Wordings returns the wordings counted, in the order of their first
// miss. They belong to the tally.
func (t *MissTally) Wordings() []Wording { return t.wordings }

// Misses returns how many misses with a question the tally counted.
func (t *MissTally) Misses() int {
	n := 0
	for _, w := range t.wordings {
		n += w.Count
	}
	return n
}

// MissRecords reads the records of the misses one by one, in the order
// they were committed: the bbolt store (package bolt) implements it.
type MissRecords interface {
	ForEachUnanswered(ctx context.Context, since time.Time, fn func(conversation.Unanswered) error) error
	// ForEachNotHelpful reads the 👎 alone (of the 👍 and 👎 given).
	ForEachNotHelpful(ctx context.Context, since time.Time, fn func(conversation.Feedback) error) error
}

// CountMisses counts by wording the misses of src since since: the
// unanswered questions, then the 👎, as WriteMisses reads them. site and
// def are those of MissTally. step, unless nil, is called after each
// record, outside the store's read transactions: the admin socket's
// reads pause there to keep to their share of the CPU.
func CountMisses(ctx context.Context, src MissRecords, since time.Time, site, def string, step func() error) (*MissTally, error) {
	t := &MissTally{Site: site, DefaultSite: def}
	if step == nil {
		step = func() error { return nil }
	}
	err := src.ForEachUnanswered(ctx, since, func(u conversation.Unanswered) error { t.AddUnanswered(u); return step() })
	if err == nil {
		err = src.ForEachNotHelpful(ctx, since, func(f conversation.Feedback) error { t.AddFeedback(f); return step() })
	}
	if err != nil {
		return nil, err
	}
	return t, nil
}

// EachJSON calls fn with each wording of t as a line of JSON, in order,
// then, when some misses had no question, a last wording without
// question whose Count is their number: what the running service sends
// through the admin socket, and AddJSON reads.
func (t *MissTally) EachJSON(fn func([]byte) error) error {
	last := len(t.wordings)
	for i := 0; i <= last; i++ {
		w := Wording{Count: t.NoText}
		if i < last {
			w = t.wordings[i]
		} else if t.NoText == 0 {
			break
		}
		data, err := json.Marshal(w)
		if err != nil {
			return err
		}
		if err := fn(data); err != nil {
			return err
		}
	}
	return nil
}

// AddJSON counts a line of EachJSON: its wording, or the misses without
// question. The lines of one tally are distinct wordings: one met twice
// is an error.
func (t *MissTally) AddJSON(line []byte) error {
	var w Wording
	if err := json.Unmarshal(line, &w); err != nil {
		return fmt.Errorf("une question sans réponse envoyée par le pimmsbot en marche est illisible"+nbsp+
			"; s'il n'a pas la même version que cette commande, redémarrez-le (détail"+nbsp+": %w)", err)
	}
	if w.Question == "" {
		t.NoText += w.Count
		return nil
	}
	key := wordingKey(w.Question)
	if _, ok := t.byKey[key]; ok {
		return fmt.Errorf("le pimmsbot en marche a envoyé deux fois la question sans réponse %s"+nbsp+
			"; s'il n'a pas la même version que cette commande, redémarrez-le", guillemets(w.Question))
	}
	if t.byKey == nil {
		t.byKey = map[string]int{}
	}
	if w.Reasons == nil {
		w.Reasons = map[conversation.Reason]int{}
	}
	t.byKey[key] = len(t.wordings)
	t.wordings = append(t.wordings, w)
	t.askers = append(t.askers, nil)
	return nil
}
