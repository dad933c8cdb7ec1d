package report

import (
	"context"
	"time"

	"pimmsbot/internal/conversation"
)

// Periods is what a store offers to read one period without the rest:
// the bbolt store and the admin socket's client implement it, by an index
// of times. ReadStats and BuildMonth use it when their source has it, and
// read every conversation and ticket otherwise; the figures are the same.
type Periods interface {
	// ForEachConversationIn calls fn, by ID, with the conversations
	// started from from (inclusive) to to (exclusive), and those of the
	// tickets requested then.
	ForEachConversationIn(ctx context.Context, from, to time.Time, fn func(conversation.Conversation) error) error
	// ForEachTicketIn calls fn, by number, with the tickets requested from
	// from to to, and those of the conversations started then.
	ForEachTicketIn(ctx context.Context, from, to time.Time, fn func(conversation.Ticket) error) error
	// ForEachConversationStart calls fn with the number, resident ("" once
	// erased or purged) and start of the conversations started before
	// before, without reading them.
	ForEachConversationStart(ctx context.Context, before time.Time, fn func(id uint64, resident string, started time.Time) error) error
}

// Summaries is what a store offers to count a period's conversations
// without reading their records: the bbolt store keeps what the reports
// count of each conversation in its index of times.
type Summaries interface {
	// ForEachConversationSummaryIn calls fn with the conversations
	// ForEachConversationIn gives, with every field but Channel and
	// Updated, which no report reads.
	ForEachConversationSummaryIn(ctx context.Context, from, to time.Time, fn func(conversation.Conversation) error) error
}

// conversationsOf calls fn with the conversations of src that a report of
// from to to needs: those Summaries or Periods gives when src has it,
// every one otherwise. Stats gives a ticket to the row of its
// conversation: the conversations of the tickets requested in the period
// come with them.
func conversationsOf(ctx context.Context, src Activity, from, to time.Time, fn func(conversation.Conversation) error) error {
	if !to.After(from) {
		return src.ForEachConversation(ctx, fn)
	}
	if p, ok := src.(Summaries); ok {
		return p.ForEachConversationSummaryIn(ctx, from, to, fn)
	}
	if p, ok := src.(Periods); ok {
		return p.ForEachConversationIn(ctx, from, to, fn)
	}
	return src.ForEachConversation(ctx, fn)
}

// ticketsOf calls fn with the tickets of src that a report of from to to
// needs, as conversationsOf does.
func ticketsOf(ctx context.Context, src Activity, from, to time.Time, fn func(conversation.Ticket) error) error {
	if p, ok := src.(Periods); ok && to.After(from) {
		return p.ForEachTicketIn(ctx, from, to, fn)
	}
	return src.ForEachTicket(ctx, fn)
}
