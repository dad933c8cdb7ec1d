package bolt

import (
	"bytes"
	"context"
	"slices"

	bbolt "go.etcd.io/bbolt"

	"pimmsbot/internal/conversation"
)

// Export returns everything stored about a resident: their record, their
// conversations with the messages, their tickets, feedback and unanswered
// questions. Messages are numbered from 1 in each conversation (Seq). It
// returns an ENOTFOUND error for an unknown resident.
//
// It reads by the indexes (index.go): the resident's conversations and
// tickets, then what belongs to each conversation, and checks every
// record it reads, so that a stale index entry adds nothing.
func (s *Store) Export(ctx context.Context, resident string) (*conversation.Export, error) {
	var ex conversation.Export
	err := s.view(ctx, func(tx *bbolt.Tx) error {
		if err := get(tx.Bucket(bucketResidents), []byte(resident), &ex.Resident, "resident %s", resident); err != nil {
			return err
		}
		x := indexOf(tx)
		owned, err := conversationsOf(tx, x, &ex.Resident)
		if err != nil {
			return err
		}
		ex.Conversations = owned
		for _, c := range owned {
			msgs, err := messagesOf(tx, c.ID)
			if err != nil {
				return err
			}
			// The store numbers all messages in one sequence: the
			// resident sees theirs numbered in each conversation, not
			// how many others wrote, nor how many of theirs were erased.
			for i := range msgs {
				msgs[i].Seq = uint64(i + 1)
			}
			ex.Messages = append(ex.Messages, msgs...)
		}
		convs := ids(owned)
		if ex.Tickets, err = ticketsOf(tx, x, resident, convs); err != nil {
			return err
		}
		if ex.Feedback, err = partsOf[conversation.Feedback](tx, x, bucketFeedback, kindFeedback, convs); err != nil {
			return err
		}
		if ex.Unanswered, err = partsOf[conversation.Unanswered](tx, x, bucketUnanswered, kindUnanswered, convs); err != nil {
			return err
		}
		if ex.Suggestions, err = partsOf[conversation.Suggestion](tx, x, bucketSuggestions, kindSuggestion, convs); err != nil {
			return err
		}
		ex.Proposals, err = partsOf[conversation.Proposal](tx, x, bucketProposals, kindProposal, convs)
		return err
	})
	if err != nil {
		return nil, readError(err, "export resident %s", resident)
	}
	return &ex, nil
}

// partsOf returns the records of bucket (of kind) that belong to the
// conversations convs, in key order, that is in the order they were
// committed.
func partsOf[T any](tx *bbolt.Tx, x *index, bucket []byte, kind byte, convs map[uint64]bool) ([]T, error) {
	var keys []uint64
	for conv := range convs {
		keys = append(keys, x.partsOf(kindConversation, conv, kind)...)
	}
	slices.Sort(keys)
	var items []T
	b := tx.Bucket(bucket)
	for _, k := range slices.Compact(keys) {
		v := b.Get(u64(k))
		if v == nil {
			continue // deleted; its entry goes with the next purge
		}
		var item T
		if err := decode(v, &item, string(bucket), u64(k)); err != nil {
			return nil, err
		}
		items = append(items, item)
	}
	return items, nil
}

// anonymiseTicket clears what names the resident on a ticket.
func anonymiseTicket(t *conversation.Ticket) {
	t.Resident = ""
	t.Label = ""
	t.Question = ""
}

// conversationsOf returns the conversations of resident r, by ID: those
// naming r, and r's current one.
func conversationsOf(tx *bbolt.Tx, x *index, r *conversation.Resident) ([]conversation.Conversation, error) {
	keys := x.ownedBy(r.ID, kindConversation)
	if r.Conversation != 0 {
		keys = append(keys, r.Conversation)
	}
	slices.Sort(keys)
	var owned []conversation.Conversation
	b := tx.Bucket(bucketConversations)
	for _, id := range slices.Compact(keys) {
		v := b.Get(u64(id))
		if v == nil {
			continue
		}
		var c conversation.Conversation
		if err := decode(v, &c, "conversation", u64(id)); err != nil {
			return nil, err
		}
		if c.Resident == r.ID || (c.ID == r.Conversation && c.Resident == "") {
			owned = append(owned, c)
		}
	}
	return owned, nil
}

// ticketsOf returns the tickets naming the resident or belonging to one of
// the conversations, by number.
func ticketsOf(tx *bbolt.Tx, x *index, resident string, convs map[uint64]bool) ([]conversation.Ticket, error) {
	keys := x.ownedBy(resident, kindTicket)
	for conv := range convs {
		keys = append(keys, x.partsOf(kindConversation, conv, kindTicket)...)
	}
	slices.Sort(keys)
	var tickets []conversation.Ticket
	b := tx.Bucket(bucketTickets)
	for _, n := range slices.Compact(keys) {
		v := b.Get(u64(n))
		if v == nil {
			continue
		}
		var t conversation.Ticket
		if err := decode(v, &t, "ticket", u64(n)); err != nil {
			return nil, err
		}
		if t.Resident == resident || convs[t.Conversation] {
			tickets = append(tickets, t)
		}
	}
	return tickets, nil
}

func ids(convs []conversation.Conversation) map[uint64]bool {
	m := make(map[uint64]bool, len(convs))
	for _, c := range convs {
		m[c.ID] = true
	}
	return m
}

// scan decodes every value of b in key order and calls fn with it. The key
// is only valid during the call.
func scan[T any](b *bbolt.Bucket, what string, fn func(k []byte, v *T) error) error {
	return b.ForEach(func(k, v []byte) error {
		var item T
		if err := decode(v, &item, what, k); err != nil {
			return err
		}
		return fn(k, &item)
	})
}

// deletePrefix deletes every key of b that starts with prefix and returns
// how many there were.
func deletePrefix(b *bbolt.Bucket, prefix []byte) (int, error) {
	var keys [][]byte
	c := b.Cursor()
	for k, _ := c.Seek(prefix); k != nil && bytes.HasPrefix(k, prefix); k, _ = c.Next() {
		keys = append(keys, bytes.Clone(k))
	}
	return len(keys), deleteKeys(b, keys)
}

func deleteKeys(b *bbolt.Bucket, keys [][]byte) error {
	for _, k := range keys {
		if err := b.Delete(k); err != nil {
			return err
		}
	}
	return nil
}
