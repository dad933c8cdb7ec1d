package conversation

import (
	"context"
	"strconv"
	"strings"
	"time"
)

// A Reply is one message to a resident.
type Reply struct {
	// Text is in the FAQ's markup (package markup): the channel renders and
	// escapes it. Text from people is escaped with markup.Escape first.
	Text string `json:"text"`
	// Buttons are rows of choices; a click comes back as Incoming.Action.
	Buttons [][]Button `json:"buttons,omitempty"`
	// Links are shown as URL buttons (the official sources).
	Links []Link `json:"links,omitempty"`
	// File is an attachment from a mediator.
	File *Attachment `json:"file,omitempty"`
	// Choice is set when this reply answers a button click: the channel may
	// edit the clicked message to show the choice made.
	Choice string `json:"choice,omitempty"`
}

// A Button is a choice offered to a resident.
type Button struct {
	Label  string `json:"label"`
	Action string `json:"action"`
}

// A Link is a URL button.
type Link struct {
	Label string `json:"label"`
	URL   string `json:"url"`
}

// PostKind says what a desk post is.
type PostKind string

// Kinds of desk posts.
const (
	PostResident PostKind = "resident" // the resident wrote (text and/or file)
	PostBot      PostKind = "bot"      // what the bot answered, for context
	PostSystem   PostKind = "system"   // an event: resident ended, blocked the bot…
	PostMediator PostKind = "mediator" // a reply sent through a command (/faq)
	PostReminder PostKind = "reminder" // the ticket still waits: notify the mediators again
	PostUrgent   PostKind = "urgent"   // the resident wrote about an emergency: notify the mediators now
)

// A Post is a message to a ticket's place on the desk.
type Post struct {
	Kind PostKind    `json:"kind"`
	Text string      `json:"text"` // plain text, never markup; the desk escapes it
	File *Attachment `json:"file,omitempty"`
	At   time.Time   `json:"at"`
}

// Channel delivers messages to residents on one platform (Telegram, the
// terminal…).
type Channel interface {
	// Send delivers reply to the resident with the given id. It returns an
	// *Error with code EBLOCKED when the resident blocked the bot (do not
	// retry), ETEMPORARY (with RetryAfter when known) when it may work
	// later, and any other error when the reply can never be delivered.
	Send(ctx context.Context, resident string, reply Reply) error
}

// Desk is where mediators see and handle tickets (Discord, the terminal…).
type Desk interface {
	// Open creates the ticket's place on the desk with a summary and the
	// conversation so far, and notifies the mediators. It returns the
	// desk's reference for the ticket (stored in Ticket.DeskRef). Errors
	// are as for Channel.Send.
	Open(ctx context.Context, t Ticket, history []Message) (ref string, err error)
	// Post adds a message to the ticket's place. It returns an *Error with
	// code EGONE when that place no longer exists (the service then opens a
	// new one with the history), ETEMPORARY when it may work later.
	Post(ctx context.Context, t Ticket, p Post) error
	// Update shows the ticket's new status (claimed, closed, resident gone).
	// Errors are as for Post.
	Update(ctx context.Context, t Ticket) error
	// Erase removes from the ticket's place what came from the resident
	// or was shown of them (their words, the bot's answers to them, the
	// summary and the history), and leaves one line that says the
	// content was erased at the resident's request. What the mediators
	// wrote themselves stays. The ticket given is anonymised already
	// (Resident, Label and Question empty). It must be safe to call again
	// after a partial run. A place that no longer exists is not an error;
	// ETEMPORARY means it may work later.
	Erase(ctx context.Context, t Ticket) error
}

// OutKind says what an outbox item delivers.
type OutKind string

// Kinds of outbox items.
const (
	OutReply      OutKind = "reply"       // Reply to a resident
	OutDeskOpen   OutKind = "desk-open"   // open a ticket on the desk
	OutDeskPost   OutKind = "desk-post"   // Post to a ticket
	OutDeskUpdate OutKind = "desk-update" // status of a ticket
	OutDeskErase  OutKind = "desk-erase"  // erase the resident's content from a ticket's place
)

// An Outgoing is an item of the outbox: something to deliver, committed
// with the event that caused it and deleted once delivered.
type Outgoing struct {
	// ID is set by the store when committed.
	ID uint64 `json:"id"`
	// Queue orders delivery: items of one queue are delivered one at a
	// time in ID order (ResidentQueue or TicketQueue).
	Queue    string    `json:"queue"`
	Kind     OutKind   `json:"kind"`
	Resident string    `json:"resident,omitempty"`
	Ticket   uint64    `json:"ticket,omitempty"`
	Reply    *Reply    `json:"reply,omitempty"`
	Post     *Post     `json:"post,omitempty"`
	Created  time.Time `json:"created"`
	// Attempts and NotBefore are the retry state.
	Attempts  int       `json:"attempts,omitempty"`
	NotBefore time.Time `json:"not_before,omitzero"`
}

// The prefixes of the outbox queues' names.
const (
	residentQueuePrefix = "r:"
	ticketQueuePrefix   = "t:"
)

// ResidentQueue returns the outbox queue of the replies to a resident:
// "r:<resident>".
func ResidentQueue(resident string) string { return residentQueuePrefix + resident }

// TicketQueue returns the outbox queue of a ticket's desk items:
// "t:<number>".
func TicketQueue(n uint64) string { return ticketQueuePrefix + strconv.FormatUint(n, 10) }

// QueueResident returns the resident whose replies queue holds, and false
// when queue is not a ResidentQueue.
func QueueResident(queue string) (resident string, ok bool) {
	return strings.CutPrefix(queue, residentQueuePrefix)
}

// An UpdateRef names a platform's update (a Telegram update id), so that an
// update delivered twice takes effect once.
type UpdateRef struct {
	Channel string
	ID      int64
}

// A Change is everything one event changes, committed at once.
type Change struct {
	// Update, when set, is recorded with the change; a change whose update
	// was recorded before is not applied and Commit returns EDUPLICATE.
	Update       *UpdateRef
	Resident     *Resident     // saved when not nil
	Conversation *Conversation // saved when not nil
	Tickets      []Ticket      // saved (a ticket's Number is set beforehand)
	// Messages are appended to their conversation; Commit sets their Seq.
	Messages    []Message
	Feedback    []Feedback
	Unanswered  []Unanswered
	Suggestions []Suggestion
	// Proposals are added, each numbered by the store (their ID is
	// ignored).
	Proposals []Proposal
	// Outbox items are added; Commit sets their ID.
	Outbox []Outgoing
	// Delivered outbox items are deleted, by ID. They are the items as the
	// outbox or Commit gave them: the store drops its index entries of an
	// item from its Queue, Resident and Ticket, without reading it again.
	// Retry items are saved again with their new retry state.
	Delivered []Outgoing
	Retry     []Outgoing
}

// Store keeps residents, conversations, tickets and the outbox durably.
type Store interface {
	// Resident returns the stored resident, or ENOTFOUND.
	Resident(ctx context.Context, id string) (Resident, error)
	// NextID returns a new number from the named sequence ("conversation",
	// "ticket"); numbers are never reused.
	NextID(ctx context.Context, sequence string) (uint64, error)
	// Commit applies ch atomically and durably: when it returns nil, all
	// of it is on disk; otherwise none of it is. It sets the Seq of new
	// messages and the ID of new outbox items in ch. Concurrent commits may
	// share one disk write. It returns EDUPLICATE, writing nothing, when
	// ch.Update was recorded by an earlier commit.
	Commit(ctx context.Context, ch *Change) error
	// Conversation returns a conversation, or ENOTFOUND.
	Conversation(ctx context.Context, id uint64) (Conversation, error)
	// Messages returns the messages of a conversation in order.
	Messages(ctx context.Context, conversation uint64) ([]Message, error)
	// Ticket returns a ticket by number, or ENOTFOUND.
	Ticket(ctx context.Context, number uint64) (Ticket, error)
	// OpenTickets returns the tickets waiting or claimed, oldest first.
	OpenTickets(ctx context.Context) ([]Ticket, error)
	// Outbox returns the pending items, by queue then ID.
	Outbox(ctx context.Context) ([]Outgoing, error)
	// Export returns everything stored about a resident, or ENOTFOUND.
	Export(ctx context.Context, resident string) (*Export, error)
	// Erase deletes everything that names the resident: their record,
	// messages, feedback, unanswered questions, suggestions, the FAQ
	// proposals made from their tickets and outbox items, except
	// OutDeskErase items; their tickets and conversations are kept as
	// anonymous counts. It returns ENOTFOUND for an unknown resident.
	Erase(ctx context.Context, resident string) error
}

// Export is everything stored about one resident.
type Export struct {
	Resident      Resident       `json:"resident"`
	Conversations []Conversation `json:"conversations"`
	Messages      []Message      `json:"messages"`
	Tickets       []Ticket       `json:"tickets"`
	Feedback      []Feedback     `json:"feedback"`
	Unanswered    []Unanswered   `json:"unanswered"`
	Suggestions   []Suggestion   `json:"suggestions,omitempty"`
	// Proposals are the FAQ proposals mediators made from their tickets.
	Proposals []Proposal `json:"proposals,omitempty"`
}
