package bolt

import (
	"context"
	"encoding/binary"
	"slices"
	"time"

	bbolt "go.etcd.io/bbolt"

	"pimmsbot/internal/conversation"
)

// This file holds the reads of one period, through the index of periods
// (bucketPeriod): their cost follows the period read, not the size of the
// file. Like ForEachConversation, they read in short read transactions
// and call fn outside them. Each has a JSON variant, which gives the
// stored JSON of the records without decoding it, for the admin socket.

// ForEachConversationIn calls fn, by ID, with the conversations of the
// period from (inclusive) to to (exclusive): those started in it, and
// those of the tickets requested in it, since a ticket counts with its
// conversation (see report.Stats). The zero to means no end. It stops at
// the first error of fn and returns it as is.
func (s *Store) ForEachConversationIn(ctx context.Context, from, to time.Time, fn func(conversation.Conversation) error) error {
	return s.conversationsIn(ctx, from, to, decoded("conversation", fn))
}

// ForEachConversationInJSON calls fn with the stored JSON of the
// conversations ForEachConversationIn reads, valid only during the call.
func (s *Store) ForEachConversationInJSON(ctx context.Context, from, to time.Time, fn func([]byte) error) error {
	return s.conversationsIn(ctx, from, to, asJSON(fn))
}

func (s *Store) conversationsIn(ctx context.Context, from, to time.Time, fn func(uint64, []byte) error) error {
	ids, err := s.periodKeys(ctx, kindConversation, from, to)
	if err != nil {
		return err
	}
	err = s.walkPeriod(ctx, kindTicket, from, to, true, func(chunk []periodEntry) error {
		for _, e := range chunk {
			if len(e.value) == 8 && binary.BigEndian.Uint64(e.value) != 0 {
				ids = append(ids, binary.BigEndian.Uint64(e.value))
			}
		}
		return nil
	})
	if err != nil {
		return err
	}
	slices.Sort(ids)
	return forKeysJSON(ctx, s, bucketConversations, "conversation", slices.Compact(ids), fn)
}

// ForEachTicketIn calls fn, by number, with the tickets of the period from
// (inclusive) to to (exclusive): those requested in it, and those of the
// conversations started in it. The zero to means no end. It stops at the
// first error of fn and returns it as is.
func (s *Store) ForEachTicketIn(ctx context.Context, from, to time.Time, fn func(conversation.Ticket) error) error {
	return s.ticketsIn(ctx, from, to, decoded("ticket", fn))
}

// ForEachTicketInJSON calls fn with the stored JSON of the tickets
// ForEachTicketIn reads, valid only during the call.
func (s *Store) ForEachTicketInJSON(ctx context.Context, from, to time.Time, fn func([]byte) error) error {
	return s.ticketsIn(ctx, from, to, asJSON(fn))
}

func (s *Store) ticketsIn(ctx context.Context, from, to time.Time, fn func(uint64, []byte) error) error {
	numbers, err := s.periodKeys(ctx, kindTicket, from, to)
	if err != nil {
		return err
	}
	convs, err := s.periodKeys(ctx, kindConversation, from, to)
	if err != nil {
		return err
	}
	for len(convs) > 0 {
		n := min(len(convs), periodChunk)
		err := s.view(ctx, func(tx *bbolt.Tx) error {
			x := indexOf(tx)
			for _, id := range convs[:n] {
				numbers = append(numbers, x.partsOf(kindConversation, id, kindTicket)...)
			}
			return nil
		})
		if err != nil {
			return err
		}
		convs = convs[n:]
	}
	slices.Sort(numbers)
	return forKeysJSON(ctx, s, bucketTickets, "ticket", slices.Compact(numbers), fn)
}

// ForEachConversationStart calls fn, in order of start, with the number,
// the resident ("" once erased or purged) and the start of each
// conversation started before before (the zero time: every one), from
// the index alone: the monthly report tells new residents from returning
// ones without reading the conversations. A start before 1970 is given
// as 1970. It stops at the first error of fn and returns it as is.
func (s *Store) ForEachConversationStart(ctx context.Context, before time.Time, fn func(id uint64, resident string, started time.Time) error) error {
	return s.walkPeriod(ctx, kindConversation, time.Time{}, before, true, func(chunk []periodEntry) error {
		for _, e := range chunk {
			if err := fn(e.key, residentOf(e.value), e.at); err != nil {
				return err
			}
		}
		return nil
	})
}

// datedSince calls fn, in the order they were committed, with the key and
// the stored JSON of the records of bucket listed under kind and dated
// from or later. The index lists each record under its own time, which
// never changes: no record needs decoding to be chosen.
func datedSince(ctx context.Context, s *Store, kind byte, bucket []byte, what string, from time.Time, fn func(uint64, []byte) error) error {
	keys, err := s.periodKeys(ctx, kind, from, time.Time{})
	if err != nil {
		return err
	}
	return forKeysJSON(ctx, s, bucket, what, keys, fn)
}
