package bolt

import (
	"bytes"
	"context"
	"encoding/binary"
	"time"

	bbolt "go.etcd.io/bbolt"

	"pimmsbot/internal/conversation"
)

// pageSize is how many records ForEachConversation and ForEachTicket read
// per transaction.
const pageSize = 500

// ForEachConversation calls fn with every conversation, by ID, for the
// statistics. Records are read in pages of short read transactions and fn
// runs outside them, so fn may use the store; a conversation committed
// during the walk may or may not be seen. It stops at the first error of fn
// and returns it as is; other errors are wrapped.
func (s *Store) ForEachConversation(ctx context.Context, fn func(conversation.Conversation) error) error {
	return forEach(ctx, s, bucketConversations, "conversation", decoded("conversation", fn))
}

// ForEachConversationJSON calls fn with the stored JSON of every
// conversation, as ForEachConversation reads them: the JSON of a
// conversation.Conversation, valid only during the call. The admin socket
// sends it as it is.
func (s *Store) ForEachConversationJSON(ctx context.Context, fn func([]byte) error) error {
	return forEach(ctx, s, bucketConversations, "conversation", asJSON(fn))
}

// ForEachTicket calls fn with every ticket, by number, as
// ForEachConversation does.
func (s *Store) ForEachTicket(ctx context.Context, fn func(conversation.Ticket) error) error {
	return forEach(ctx, s, bucketTickets, "ticket", decoded("ticket", fn))
}

// ForEachTicketJSON calls fn with the stored JSON of every ticket, as
// ForEachConversationJSON does.
func (s *Store) ForEachTicketJSON(ctx context.Context, fn func([]byte) error) error {
	return forEach(ctx, s, bucketTickets, "ticket", asJSON(fn))
}

// forEach calls fn with the key and the stored JSON of every record of
// bucket, whose keys are numbers, in key order: pageSize records per read
// transaction, fn running outside it.
func forEach(ctx context.Context, s *Store, bucket []byte, what string, fn func(key uint64, data []byte) error) error {
	var after []byte
	var chunk recordChunk
	for {
		chunk.reset()
		err := s.view(ctx, func(tx *bbolt.Tx) error {
			c := tx.Bucket(bucket).Cursor()
			k, v := c.First()
			if after != nil {
				if k, v = c.Seek(after); bytes.Equal(k, after) {
					k, v = c.Next()
				}
			}
			for ; k != nil && len(chunk.ends) < pageSize; k, v = c.Next() {
				var key uint64
				if len(k) == 8 {
					key = binary.BigEndian.Uint64(k)
				}
				chunk.add(key, v)
				after = append(after[:0], k...)
			}
			return nil
		})
		if err != nil {
			return readError(err, "read %ss", what)
		}
		if err := chunk.each(fn); err != nil {
			return err
		}
		if len(chunk.ends) < pageSize {
			return nil
		}
	}
}

// Unanswered returns the questions the bot could not answer from since on
// (inclusive), in the order they were committed. It reads them by the
// index of periods (period.go).
func (s *Store) Unanswered(ctx context.Context, since time.Time) ([]conversation.Unanswered, error) {
	return collectSince(ctx, s.ForEachUnanswered, since)
}

// FeedbackSince returns the 👍 and 👎 given from since on (inclusive), in
// the order they were committed. The Question of purged feedback is empty.
func (s *Store) FeedbackSince(ctx context.Context, since time.Time) ([]conversation.Feedback, error) {
	return collectSince(ctx, s.ForEachFeedback, since)
}

// SuggestionsSince returns the suggestions shown, accepted or refused from
// since on (inclusive), in the order they were committed. The Question of
// purged suggestions is empty.
func (s *Store) SuggestionsSince(ctx context.Context, since time.Time) ([]conversation.Suggestion, error) {
	return collectSince(ctx, s.ForEachSuggestion, since)
}

// collectSince returns what forEach yields from since on.
func collectSince[T any](ctx context.Context, forEach func(context.Context, time.Time, func(T) error) error, since time.Time) ([]T, error) {
	var items []T
	err := forEach(ctx, since, func(v T) error { items = append(items, v); return nil })
	if err != nil {
		return nil, err
	}
	return items, nil
}

// ForEachMessage calls fn with every message of the conversations numbered
// from first to last (both included), in key order: by conversation, then
// in the order they were committed. Like ForEachConversation it reads in
// pages of short read transactions and calls fn outside them.
// Conversation numbers grow with time, so the messages of a month are one
// range of keys: the monthly report reads them without a scan of the rest.
func (s *Store) ForEachMessage(ctx context.Context, first, last uint64, fn func(conversation.Message) error) error {
	if last < first {
		return nil
	}
	after := u64(first)
	seek := true // the first page starts at after itself
	for {
		page := make([]conversation.Message, 0, pageSize)
		err := s.view(ctx, func(tx *bbolt.Tx) error {
			r := newMessageReader(tx)
			c := tx.Bucket(bucketMessages).Cursor()
			k, v := c.Seek(after)
			if !seek && bytes.Equal(k, after) {
				k, v = c.Next()
			}
			var lastKey []byte
			for ; k != nil && len(page) < pageSize; k, v = c.Next() {
				if len(k) < 8 || binary.BigEndian.Uint64(k[:8]) > last {
					break
				}
				m, err := r.message(k, v)
				if err != nil {
					return err
				}
				page = append(page, m)
				lastKey = k
			}
			if lastKey != nil {
				after, seek = bytes.Clone(lastKey), false
			}
			return nil
		})
		if err != nil {
			return readError(err, "read messages")
		}
		for _, m := range page {
			if err := fn(m); err != nil {
				return err
			}
		}
		if len(page) < pageSize {
			return nil
		}
	}
}
