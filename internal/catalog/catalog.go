// Package catalog loads the curated FAQ from an fs.FS, validates it, and
// matches residents' questions against it.
//
// A resident's question enters the engine through Matcher.Match, on a
// Matcher that NewMatcher built once from the loaded Catalog; the
// conversation core calls it with the message's text. Out comes a Result:
// the entry or intent to answer, one to three entries to offer as buttons
// (Confirm, Clarify), or Unknown, with a confidence and the best
// candidates; an emergency is answered at once (Result.Emergency). The
// engine keeps no state between questions and knows nothing of residents,
// conversations or storage.
//
// The content format is described in docs/faq-format.md. Load returns every
// problem it finds, each naming the file, the line and the entry, so that a
// site manager can fix the content without reading Go.
package catalog

// A Theme groups entries in the /themes menu.
type Theme struct {
	ID    string `yaml:"id" json:"id"`
	Label string `yaml:"label" json:"label"`
	Emoji string `yaml:"emoji" json:"emoji"`
	Order int    `yaml:"order" json:"order"`
	// Emergency marks the theme of emergencies (violence, no shelter,
	// distress): its entries outrank every other and are answered in every
	// state of a conversation.
	Emergency bool `yaml:"emergency" json:"emergency,omitempty"`
}

// An Entry is one question of the FAQ with its answer.
type Entry struct {
	ID        string   `yaml:"id" json:"id"`
	Theme     string   `yaml:"-" json:"theme"`
	Title     string   `yaml:"title" json:"title"`
	Questions []string `yaml:"questions" json:"questions"`
	Keywords  []string `yaml:"keywords" json:"keywords"`
	// Answer is written in the small markup of docs/faq-format.md and may
	// hold {site.*} placeholders.
	Answer  string   `yaml:"answer" json:"answer"`
	Sources []string `yaml:"sources" json:"sources"`
	// Reviewed is the date the facts were last checked, as YYYY-MM-DD.
	Reviewed string `yaml:"reviewed" json:"reviewed"`
	// Handover is true when the answer must end by offering a mediator.
	Handover bool `yaml:"handover" json:"handover"`
	// Alone is true when the answer must come alone: the bot offers
	// nothing else the resident's message asked beside it (a resident
	// who thinks of ending their life is not sent to their paperwork).
	Alone bool `yaml:"alone" json:"alone,omitempty"`
	// Situations are examples told as residents tell them: in the first
	// person, the context given, the procedure not named. The engine
	// reads them like Questions.
	Situations []string `yaml:"situations" json:"situations,omitempty"`
	// Facts are the checkable claims of the answer (amounts, delays,
	// dates, phone numbers, conditions, steps), each with the official
	// page that states it.
	Facts []Fact `yaml:"facts" json:"facts,omitempty"`
	// Signals are short phrases that make a message an emergency (entries
	// of an emergency theme only; see emergency.go for their syntax).
	Signals []string `yaml:"signals" json:"signals,omitempty"`
	// Expires, as YYYY-MM-DD, is the date after which a fact of a yearly
	// calendar (chèque énergie, trêve hivernale…) must be checked again;
	// "" when the answer does not depend on one.
	Expires string `yaml:"expires" json:"expires,omitempty"`

	// File and Line tell where the entry is defined.
	File string `yaml:"-" json:"-"`
	Line int    `yaml:"-" json:"-"`
}

// A Fact is one checkable claim of an answer and the official page that
// states it.
type Fact struct {
	Claim  string `yaml:"claim" json:"claim"`
	Source string `yaml:"source" json:"source"`
}

// Intent ids. They come out of the matcher like entry ids.
const (
	IntentHandover = "handover"
	IntentGreeting = "greeting"
	IntentThanks   = "thanks"
	IntentGoodbye  = "goodbye"
)

// An Intent is small talk the bot recognises: greeting, thanks, goodbye, or
// a request for a human.
type Intent struct {
	ID        string   `yaml:"id" json:"id"`
	Questions []string `yaml:"questions" json:"questions"`
	Answer    string   `yaml:"answer" json:"answer"`

	File string `yaml:"-" json:"-"`
	Line int    `yaml:"-" json:"-"`
}

// A Catalog is the whole FAQ, validated.
type Catalog struct {
	Themes  []Theme  // in menu order
	Entries []*Entry // in file order, themes in menu order
	Intents []*Intent
	// Synonyms maps a canonical word or phrase to what residents write
	// instead.
	Synonyms map[string][]string

	byID    map[string]*Entry
	intents map[string]*Intent
	themes  map[string]Theme
}

// Entry returns the entry with the given id.
func (c *Catalog) Entry(id string) (*Entry, bool) {
	e, ok := c.byID[id]
	return e, ok
}

// Intent returns the intent with the given id.
func (c *Catalog) Intent(id string) (*Intent, bool) {
	in, ok := c.intents[id]
	return in, ok
}

// Theme returns the theme with the given id.
func (c *Catalog) Theme(id string) (Theme, bool) {
	t, ok := c.themes[id]
	return t, ok
}

// IsEmergency reports whether id is an entry of an emergency theme.
func (c *Catalog) IsEmergency(id string) bool {
	e, ok := c.byID[id]
	return ok && c.themes[e.Theme].Emergency
}

// EntriesOf returns the entries of a theme, in file order.
func (c *Catalog) EntriesOf(theme string) []*Entry {
	var out []*Entry
	for _, e := range c.Entries {
		if e.Theme == theme {
			out = append(out, e)
		}
	}
	return out
}
