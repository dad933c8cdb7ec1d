package conversation

import (
	"encoding/json"
	"fmt"
	"slices"
	"time"
)

// Mode is where a resident's conversation stands.
type Mode int

// The modes of a conversation, in the order a handover goes through them.
const (
	ModeBot     Mode = iota // the bot answers
	ModeWaiting             // a ticket waits for a mediator
	ModeClaimed             // a mediator answers; the bot keeps quiet
	ModeRating              // the ticket is closed; a rating is asked for
)

var modeNames = [...]string{"bot", "waiting", "claimed", "rating"}

func (m Mode) String() string {
	if m < 0 || int(m) >= len(modeNames) {
		return "unknown"
	}
	return modeNames[m]
}

// MarshalJSON writes m as its name, "bot" or "waiting": an export is read
// by people (the resident, a data controller), to whom 0 means nothing.
func (m Mode) MarshalJSON() ([]byte, error) {
	if m < 0 || int(m) >= len(modeNames) {
		return nil, fmt.Errorf("mode %d has no name", int(m))
	}
	return json.Marshal(modeNames[m])
}

// UnmarshalJSON reads a mode's name, or its number, as records written
// before names were used hold it.
func (m *Mode) UnmarshalJSON(data []byte) error {
	var n int
	if err := json.Unmarshal(data, &n); err == nil {
		*m = Mode(n)
		return nil
	}
	var name string
	if err := json.Unmarshal(data, &name); err != nil {
		return fmt.Errorf("mode: %w", err)
	}
	i := slices.Index(modeNames[:], name)
	if i < 0 {
		return fmt.Errorf("mode %q unknown", name)
	}
	*m = Mode(i)
	return nil
}

// A Resident is a person writing to the bot, and where their conversation
// stands.
type Resident struct {
	// ID is the channel and the platform's id, e.g. "telegram:42".
	ID string `json:"id"`
	// Label is the pseudonym mediators see, e.g. "Usager 7F3A".
	Label string `json:"label"`
	// The first name the platform gives is not kept: nothing uses it.
	// Records written before hold it as "name"; Open removes it.
	Created time.Time `json:"created"`
	Seen    time.Time `json:"seen"`
	// Blocked is true once the resident has blocked the bot.
	Blocked bool `json:"blocked,omitempty"`

	Conversation uint64 `json:"conversation"` // current conversation, 0 before the first
	Mode         Mode   `json:"mode"`
	Ticket       uint64 `json:"ticket,omitempty"` // open or being rated
	// Misses counts the "don't know" answers and 👎 in a row.
	Misses int `json:"misses,omitempty"`
	// LastEntry is the last entry answered, for feedback.
	LastEntry string `json:"last_entry,omitempty"`
	// Voted is LastEntry once the resident gave their 👍 or 👎 on it: a
	// second vote on the same answer is not counted.
	Voted string `json:"voted,omitempty"`
	// LastQuestion is the question being clarified, masked.
	LastQuestion string `json:"last_question,omitempty"`
	// Offered are the entries suggested for LastQuestion (« Votre question
	// concerne-t-elle… »), waiting for a tap; nil when none.
	Offered []string `json:"offered,omitempty"`
	// Others are the answers to the last message's other questions,
	// offered as buttons below its answer (« Pour votre autre question… »)
	// and not taken yet; nil when none. A typed « oui » takes the one.
	Others []string `json:"others,omitempty"`
	// Refused are the entries the resident refused (« Aucune de ces
	// questions », « Non ») since the bot last answered: they are not
	// offered again. An answer, a handover or a new visit forgets them.
	Refused []string `json:"refused,omitempty"`
	// Shown are the actions of the buttons under the bot's last message,
	// in their order: « le premier », « la deuxième » pick among them.
	Shown []string `json:"shown,omitempty"`
	// YesTo is the action a typed « oui » takes when the bot's last
	// message asked a yes-or-no question with a button for yes
	// (« voulez-vous lui parler ? » and ActHuman); "" otherwise.
	YesTo string `json:"yes_to,omitempty"`
	// RatingAgain is true once the rating was asked for a second time,
	// after words that gave none (« très bien merci »).
	RatingAgain bool `json:"rating_again,omitempty"`
	// Confirm is a question waiting for a yes or no (ConfirmErase).
	Confirm string `json:"confirm,omitempty"`
	// Site is the ID of the resident's PIMMS site (Sites), chosen by a
	// deep link, their postcode or /site; "" until then. A record
	// without one belongs to the network's default site.
	Site string `json:"site,omitempty"`
	// Pending is what the bot was about to do when it asked for the
	// resident's postcode, done once their site is known; nil when the
	// bot asked nothing. It waits for the resident's next event only.
	Pending *Pending `json:"pending,omitempty"`
	// Rated are the 👍 and 👎 given in this conversation since the last
	// ticket, the latest maxRated: the next ticket takes them for its
	// summary.
	Rated []Rated `json:"rated,omitempty"`
}

// Channel returns the channel part of the resident's id ("telegram").
func (r *Resident) Channel() string {
	for i := 0; i < len(r.ID); i++ {
		if r.ID[i] == ':' {
			return r.ID[:i]
		}
	}
	return r.ID
}

// InHandover reports whether the resident is handed over to the
// mediators: their ticket waits for a mediator or has one.
func (r *Resident) InHandover() bool { return r.Mode == ModeWaiting || r.Mode == ModeClaimed }

// backToBot gives the resident back to the bot, with no ticket.
func (r *Resident) backToBot() { r.Mode, r.Ticket, r.RatingAgain = ModeBot, 0, false }

// skipRating gives a resident asked for a rating back to the bot: what
// they did instead is no rating.
func (r *Resident) skipRating() {
	if r.Mode == ModeRating {
		r.backToBot()
	}
}

// ConfirmErase is the value of Resident.Confirm while /oublier waits for
// its confirmation.
const ConfirmErase = "erase"

// A Conversation is one visit of a resident: from the first message to a
// closed ticket or a long silence. Its counters feed the statistics and
// survive the purge of the messages.
type Conversation struct {
	ID       uint64    `json:"id"`
	Resident string    `json:"resident,omitempty"` // "" once anonymised
	Channel  string    `json:"channel"`
	Started  time.Time `json:"started"`
	Updated  time.Time `json:"updated"`
	// Theme is the theme of the first question answered or handed over.
	Theme      string `json:"theme,omitempty"`
	Questions  int    `json:"questions"`
	Answered   int    `json:"answered"`
	Clarified  int    `json:"clarified"`
	Unanswered int    `json:"unanswered"`
	Helpful    int    `json:"helpful"`
	NotHelpful int    `json:"not_helpful"`
	Handovers  int    `json:"handovers"`
	// Purged is true once the messages have been deleted.
	Purged bool `json:"purged,omitempty"`
	// Site is the ID of the resident's site in this conversation, once
	// known; "" means the network's default site (reports by site).
	Site string `json:"site,omitempty"`
	// Greeted is true once the bot has presented itself in this
	// conversation: a second « bonjour » gets a short greeting.
	Greeted bool `json:"greeted,omitempty"`
}

// Author says who wrote a message.
type Author string

// The authors of messages.
const (
	FromResident Author = "resident"
	FromBot      Author = "bot"
	FromMediator Author = "mediator"
	FromNote     Author = "note"   // a mediator's internal note, never sent to the resident
	FromSystem   Author = "system" // what happened: ticket opened, claimed, closed…
)

// A Message is one line of a conversation, as stored.
type Message struct {
	Conversation uint64    `json:"conversation"`
	Seq          uint64    `json:"seq"` // order within the store, set by Commit
	At           time.Time `json:"at"`
	From         Author    `json:"from"`
	// Name is the mediator's display name for FromMediator and FromNote.
	Name string `json:"name,omitempty"`
	// Text is what was written, with secrets masked.
	Text string `json:"text"`
	// Media is the kind of attachment, if any.
	Media MediaKind   `json:"media,omitempty"`
	File  *Attachment `json:"file,omitempty"`
	// Entry and Outcome say what the bot answered; Title is the entry's
	// title as the resident saw it, for the mediators.
	Entry   string  `json:"entry,omitempty"`
	Title   string  `json:"title,omitempty"`
	Outcome Outcome `json:"outcome,omitempty"`
}

// Outcome is what became of a question, as Message.Outcome stores it and
// Observer.Question is told it: one of the constants below, or the id of
// the FAQ intent it was (greeting, thanks, handover…).
type Outcome string

// Outcomes of a question.
const (
	OutcomeAnswer    Outcome = "answer"       // a FAQ answer
	OutcomeClarify   Outcome = SuggestClarify // entries offered to choose from
	OutcomeConfirm   Outcome = SuggestConfirm // one entry offered, to confirm
	OutcomeUnknown   Outcome = "unknown"      // no answer found
	OutcomeEmergency Outcome = "emergency"    // an emergency answer
	// OutcomeMediator is the Outcome of a FAQ answer sent by a mediator;
	// it is no question's outcome.
	OutcomeMediator Outcome = "mediator"
	// OutcomeChoice marks a resident's message that stood for a button
	// (« oui », « le premier », « Aucune de ces questions »): it is no
	// question, and no ticket takes it for one.
	OutcomeChoice Outcome = "choice"
)

// MediaKind is the kind of a resident's or mediator's attachment.
type MediaKind string

// Kinds of media.
const (
	MediaNone     MediaKind = ""
	MediaPhoto    MediaKind = "photo"
	MediaDocument MediaKind = "document"
	MediaVoice    MediaKind = "voice"
	MediaSticker  MediaKind = "sticker"
	MediaVideo    MediaKind = "video"
	MediaOther    MediaKind = "other"
)

// Label names the kind in French, as mediators read it: "photo",
// "message vocal"…
func (k MediaKind) Label() string {
	switch k {
	case MediaPhoto:
		return "photo"
	case MediaDocument:
		return "document"
	case MediaVoice:
		return "message vocal"
	case MediaSticker:
		return "autocollant"
	case MediaVideo:
		return "vidéo"
	case MediaNone:
		return ""
	}
	return "fichier"
}

// An Attachment is a file sent by a resident or a mediator.
type Attachment struct {
	Name string `json:"name"`
	MIME string `json:"mime,omitempty"`
	Size int64  `json:"size,omitempty"`
	// Data holds the bytes once fetched. It is stored with the outbox
	// until delivered, not with the message.
	Data []byte `json:"data,omitempty"`
}

// TicketStatus is where a ticket stands.
type TicketStatus string

// Ticket statuses. A closed ticket never reopens: a new request opens a
// new ticket.
const (
	TicketWaiting TicketStatus = "waiting"
	TicketClaimed TicketStatus = "claimed"
	TicketClosed  TicketStatus = "closed"
)

// A Ticket is a handover to the mediators.
type Ticket struct {
	Number   uint64 `json:"number"`
	Resident string `json:"resident,omitempty"` // "" once anonymised
	// Site is the ID of the PIMMS site the ticket belongs to: its
	// resident's when it opened. "" (a ticket stored before sites
	// existed) means the network's default site.
	Site         string       `json:"site,omitempty"`
	Label        string       `json:"label"`
	Conversation uint64       `json:"conversation"`
	Status       TicketStatus `json:"status"`
	Theme        string       `json:"theme,omitempty"`
	// ThemeLabel is the theme's title as the FAQ named it when the
	// ticket opened (« Santé et Assurance maladie »): what the mediators
	// read (ThemeName). Theme, the id, is what reports group by.
	ThemeLabel string `json:"theme_label,omitempty"`
	// Question is what the resident asked last before the handover.
	Question string `json:"question,omitempty"`
	// Request is the message with which the resident asked for a
	// mediator, when it says more than that (saysMore): a number to call
	// back, a reason. The mediators read it beside Question.
	Request   string    `json:"request,omitempty"`
	Requested time.Time `json:"requested"`
	Claimed   time.Time `json:"claimed,omitzero"`
	Closed    time.Time `json:"closed,omitzero"`
	Reminded  time.Time `json:"reminded,omitzero"`
	// Urgent is true once the resident wrote about an emergency: the desk
	// marks the ticket and notifies the mediators.
	Urgent bool `json:"urgent,omitempty"`
	// Automatic is true for a ticket the bot opened on its own, for an
	// emergency: the resident did not ask for a mediator, and the bot
	// keeps answering their FAQ questions while the ticket waits, until
	// they ask for one.
	Automatic bool `json:"automatic,omitempty"`
	// Receipt is when the bot last told the resident, while the ticket
	// waits, that their message was passed on (receiptEvery); zero when
	// it never did.
	Receipt time.Time `json:"receipt,omitzero"`
	// Noticed is when the resident was told that nobody had answered yet
	// and what else they can do (Config.WaitNotice).
	Noticed      time.Time `json:"noticed,omitzero"`
	Mediator     string    `json:"mediator,omitempty"` // the desk's id of the mediator
	MediatorName string    `json:"mediator_name,omitempty"`
	// DeskRef is the desk's reference for the ticket (a Discord thread id).
	DeskRef string `json:"desk_ref,omitempty"`
	// FormerRefs are the desk's places the ticket had before DeskRef (a
	// thread locked or deleted, replaced by a new one): an erasure clears
	// them too.
	FormerRefs []string `json:"former_refs,omitempty"`
	// Rating is the resident's satisfaction, 1 to 5, 0 when not given.
	Rating int `json:"rating,omitempty"`
	// Gone says why the resident can no longer be reached, if so.
	Gone Gone `json:"gone,omitempty"`
	// Feedback are the 👍 and 👎 the resident gave in this conversation
	// before asking for a mediator, from the Feedback records.
	Feedback []Rated `json:"feedback,omitempty"`
}

// Gone says why a ticket's resident can no longer be reached.
type Gone string

// Why a resident can no longer be reached.
const (
	GoneBlocked Gone = "blocked" // the resident blocked the bot
	GoneErased  Gone = "erased"  // the resident's data was erased at their request
	GoneEnded   Gone = "ended"   // the resident ended the conversation
	GoneNoDesk  Gone = "no-desk" // the bot ran without a mediators' desk
)

// ThemeName returns the ticket's theme as the mediators read it: its
// label, or its id for a ticket stored before labels were kept.
func (t Ticket) ThemeName() string {
	if t.ThemeLabel != "" {
		return t.ThemeLabel
	}
	return t.Theme
}

// Open reports whether the ticket still waits for or has a mediator.
func (t *Ticket) Open() bool { return t.Status == TicketWaiting || t.Status == TicketClaimed }

// Feedback is a resident's 👍 or 👎 on an answer.
type Feedback struct {
	Conversation uint64    `json:"conversation"`
	Entry        string    `json:"entry"`
	Helpful      bool      `json:"helpful"`
	At           time.Time `json:"at"`
	// Question is the question that got the answer, masked.
	Question string `json:"question,omitempty"`
	// Site is the ID of the resident's site; "" means the network's
	// default site.
	Site string `json:"site,omitempty"`
}

// Unanswered is a question the bot could not answer, kept for the FAQ
// curators.
type Unanswered struct {
	Conversation uint64    `json:"conversation"`
	Question     string    `json:"question"` // masked
	At           time.Time `json:"at"`
	// Candidates are the entries the bot hesitated between, best first.
	Candidates []string `json:"candidates,omitempty"`
	Reason     Reason   `json:"reason"`
	// Site is the ID of the resident's site when they asked; "" means
	// the network's default site.
	Site string `json:"site,omitempty"`
}

// Reason says why a question went unanswered.
type Reason string

// Why a question went unanswered.
const (
	ReasonUnknown      Reason = "unknown"       // the bot found no answer
	ReasonConfirmNo    Reason = "confirm-no"    // « Non » to the one entry suggested
	ReasonClarifyOther Reason = "clarify-other" // « Aucune de ces questions » to the entries suggested
	// ReasonNotHelpful marks a 👎 on an answer: the core keeps those as
	// Feedback, and reports list them with the unanswered questions.
	ReasonNotHelpful Reason = "not-helpful"
)

// Kinds of suggestions.
const (
	SuggestConfirm = "confirm" // one entry: « Votre question concerne-t-elle… ? » Oui / Non
	SuggestClarify = "clarify" // two or three entries to choose from
)

// What a resident did with a suggestion.
const (
	SuggestionShown    = "shown"    // the bot asked
	SuggestionAccepted = "accepted" // « Oui », or a title picked (Entry)
	SuggestionRefused  = "refused"  // « Non, autre chose » or « Aucune de ces questions »
	SuggestionMediator = "mediator" // « Parler à un médiateur » instead
)

// A Suggestion records one step of an offer of FAQ entries to a resident
// whose question the bot was not sure of: one record when it is shown,
// one for the tap that answers it. Accepted suggestions are evidence of
// how residents phrase an entry's question (pimmsbot faq learn).
type Suggestion struct {
	Conversation uint64    `json:"conversation"`
	At           time.Time `json:"at"`
	// Question is the resident's question, masked; the purge clears it.
	Question string `json:"question,omitempty"`
	// Kind is SuggestConfirm or SuggestClarify.
	Kind string `json:"kind"`
	// Offered are the entries shown as buttons, in order.
	Offered []string `json:"offered"`
	// Event is SuggestionShown, SuggestionAccepted, SuggestionRefused or
	// SuggestionMediator.
	Event string `json:"event"`
	// Entry is the entry accepted.
	Entry string `json:"entry,omitempty"`
}

// A Proposal is a draft FAQ entry a mediator made from a ticket's thread
// (/proposer on Discord): the resident's question, masked, as its first
// example, and the mediator's replies as the answer's draft. It waits
// for review (pimmsbot faq proposals). Nothing is ever answered to a
// resident from a proposal: a person writes the entry into faq/, and
// faq check passes, first.
type Proposal struct {
	// ID is set by the store when committed.
	ID           uint64    `json:"id"`
	Conversation uint64    `json:"conversation"`
	Ticket       uint64    `json:"ticket"`
	At           time.Time `json:"at"`
	// Title is the title the mediator gave, "" when none.
	Title string `json:"title,omitempty"`
	// Question is the resident's question, secrets masked.
	Question string `json:"question"`
	// Answer is the mediator's replies to the resident, in order, secrets
	// masked.
	Answer string `json:"answer"`
	Theme  string `json:"theme,omitempty"`
	// By is the display name of the mediator who proposed it.
	By string `json:"by,omitempty"`
	// Done is when a person archived it (reviewed, written into the FAQ
	// or dropped); zero while it waits.
	Done time.Time `json:"done,omitzero"`
}
