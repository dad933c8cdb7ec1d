package bolt

import (
	"bytes"
	"context"
	"encoding/binary"
	"fmt"

	bbolt "go.etcd.io/bbolt"

	"pimmsbot/internal/conversation"
)

// Export returns everything stored about a resident: their record, their
// conversations with the messages, their tickets, feedback and unanswered
// questions. It returns an ENOTFOUND error for an unknown resident.
func (s *Store) Export(ctx context.Context, resident string) (*conversation.Export, error) {
	var ex conversation.Export
	err := s.view(ctx, func(tx *bbolt.Tx) error {
		if err := get(tx.Bucket(bucketResidents), []byte(resident), &ex.Resident, "resident %s", resident); err != nil {
			return err
		}
		owned, err := conversationsOf(tx, &ex.Resident)
		if err != nil {
			return err
		}
		for _, c := range owned {
			ex.Conversations = append(ex.Conversations, c)
			msgs, err := messagesOf(tx, c.ID)
			if err != nil {
				return err
			}
			ex.Messages = append(ex.Messages, msgs...)
		}
		convs := ids(owned)
		if ex.Tickets, err = ticketsOf(tx, resident, convs); err != nil {
			return err
		}
		err = scan(tx.Bucket(bucketFeedback), "feedback", func(k []byte, f *conversation.Feedback) error {
			if convs[f.Conversation] {
				ex.Feedback = append(ex.Feedback, *f)
			}
			return nil
		})
		if err != nil {
			return err
		}
		err = scan(tx.Bucket(bucketUnanswered), "unanswered question", func(k []byte, u *conversation.Unanswered) error {
			if convs[u.Conversation] {
				ex.Unanswered = append(ex.Unanswered, *u)
			}
			return nil
		})
		if err != nil {
			return err
		}
		err = scan(tx.Bucket(bucketSuggestions), "suggestion", func(k []byte, sg *conversation.Suggestion) error {
			if convs[sg.Conversation] {
				ex.Suggestions = append(ex.Suggestions, *sg)
			}
			return nil
		})
		if err != nil {
			return err
		}
		return scan(tx.Bucket(bucketProposals), "proposal", func(k []byte, p *conversation.Proposal) error {
			if convs[p.Conversation] {
				ex.Proposals = append(ex.Proposals, *p)
			}
			return nil
		})
	})
	if err != nil {
		return nil, fmt.Errorf("export resident %s: %w", resident, err)
	}
	return &ex, nil
}

// Erase deletes everything that names the resident, in one transaction:
// their record, the messages of their conversations, their feedback,
// unanswered questions and suggestions, the FAQ proposals made from their
// tickets, and every outbox item for them or their tickets except the
// desk's erasure of their tickets (conversation.OutDeskErase, which names
// no one).
// Their conversations and tickets stay as anonymous counts: the resident,
// label and question are cleared. It returns an ENOTFOUND error for an
// unknown resident.
//
// It scans the conversations, tickets, feedback, unanswered questions,
// suggestions and outbox in one write transaction: commits wait meanwhile. It is meant for
// the rare request of a resident, not for bulk deletion (see Purge).
//
// Before the transaction, Erase appends the salted hash of the resident's
// id to the erasure journal beside the file (<db>.erased) and syncs it:
// Open erases again the residents it records, so that restoring a backup
// from before the erasure does not bring them back.
//
// An outbox item committed before Erase (a reply, a desk post) is deleted
// too: commit what must still be sent, such as the desk's notice that the
// resident is gone, after Erase returns.
func (s *Store) Erase(ctx context.Context, resident string) error {
	if err := ctx.Err(); err != nil {
		return err
	}
	var known bool
	if err := s.read(func(tx *bbolt.Tx) error {
		known = tx.Bucket(bucketResidents).Get([]byte(resident)) != nil
		return nil
	}); err != nil {
		return fmt.Errorf("erase resident %s: %w", resident, err)
	}
	if !known {
		return fmt.Errorf("erase resident %s: %w", resident, notFound("resident %s", resident))
	}
	// The journal first: if the erasure commits, a backup from before
	// it, restored, forgets the resident again.
	if !s.replaying {
		if err := s.journal.add(resident, s.now()); err != nil {
			return fmt.Errorf("erase resident %s: %w", resident, err)
		}
	}
	err := s.update(func(tx *bbolt.Tx) error {
		var r conversation.Resident
		if err := get(tx.Bucket(bucketResidents), []byte(resident), &r, "resident %s", resident); err != nil {
			return err
		}
		owned, err := conversationsOf(tx, &r)
		if err != nil {
			return err
		}
		convs := ids(owned)
		for _, c := range owned {
			if _, err := deletePrefix(tx.Bucket(bucketMessages), u64(c.ID)); err != nil {
				return err
			}
			c.Resident = ""
			if err := put(tx.Bucket(bucketConversations), u64(c.ID), &c); err != nil {
				return err
			}
		}
		tickets, err := ticketsOf(tx, resident, convs)
		if err != nil {
			return err
		}
		numbers := make(map[uint64]bool, len(tickets))
		for _, t := range tickets {
			numbers[t.Number] = true
			anonymiseTicket(&t)
			if err := put(tx.Bucket(bucketTickets), u64(t.Number), &t); err != nil {
				return err
			}
		}
		err = deleteWhere(tx.Bucket(bucketFeedback), "feedback", func(f *conversation.Feedback) bool {
			return convs[f.Conversation]
		})
		if err != nil {
			return err
		}
		err = deleteWhere(tx.Bucket(bucketUnanswered), "unanswered question", func(u *conversation.Unanswered) bool {
			return convs[u.Conversation]
		})
		if err != nil {
			return err
		}
		err = deleteWhere(tx.Bucket(bucketSuggestions), "suggestion", func(sg *conversation.Suggestion) bool {
			return convs[sg.Conversation]
		})
		if err != nil {
			return err
		}
		err = deleteWhere(tx.Bucket(bucketProposals), "proposal", func(p *conversation.Proposal) bool {
			// By ticket too: the purge may have cut the conversation's
			// link to the resident already.
			return convs[p.Conversation] || numbers[p.Ticket]
		})
		if err != nil {
			return err
		}
		queue := conversation.ResidentQueue(resident)
		err = deleteWhere(tx.Bucket(bucketOutbox), "outbox item", func(o *conversation.Outgoing) bool {
			// The desk's erasure of the resident's tickets stays to do.
			return o.Kind != conversation.OutDeskErase && (o.Resident == resident || o.Queue == queue || numbers[o.Ticket])
		})
		if err != nil {
			return err
		}
		if err := tx.Bucket(bucketMeta).Put(keyCompact, []byte{1}); err != nil {
			return err
		}
		return tx.Bucket(bucketResidents).Delete([]byte(resident))
	})
	if err != nil {
		return fmt.Errorf("erase resident %s: %w", resident, err)
	}
	return nil
}

// anonymiseTicket clears what names the resident on a ticket.
func anonymiseTicket(t *conversation.Ticket) {
	t.Resident = ""
	t.Label = ""
	t.Question = ""
}

// conversationsOf returns the conversations of resident r: those naming r,
// and r's current one.
func conversationsOf(tx *bbolt.Tx, r *conversation.Resident) ([]conversation.Conversation, error) {
	var owned []conversation.Conversation
	quoted := quote(r.ID)
	err := tx.Bucket(bucketConversations).ForEach(func(k, v []byte) error {
		if binary.BigEndian.Uint64(k) != r.Conversation && !bytes.Contains(v, quoted) {
			return nil
		}
		var c conversation.Conversation
		if err := decode(v, &c, "conversation", k); err != nil {
			return err
		}
		if c.Resident == r.ID || (c.ID == r.Conversation && c.Resident == "") {
			owned = append(owned, c)
		}
		return nil
	})
	return owned, err
}

// ticketsOf returns the tickets naming the resident or belonging to one of
// the conversations.
func ticketsOf(tx *bbolt.Tx, resident string, convs map[uint64]bool) ([]conversation.Ticket, error) {
	var tickets []conversation.Ticket
	err := scan(tx.Bucket(bucketTickets), "ticket", func(k []byte, t *conversation.Ticket) error {
		if t.Resident == resident || convs[t.Conversation] {
			tickets = append(tickets, *t)
		}
		return nil
	})
	return tickets, err
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

// deleteWhere deletes the values of b for which match is true. Keys are
// collected first: deleting while iterating can skip keys.
func deleteWhere[T any](b *bbolt.Bucket, what string, match func(*T) bool) error {
	var keys [][]byte
	err := scan(b, what, func(k []byte, v *T) error {
		if match(v) {
			keys = append(keys, bytes.Clone(k))
		}
		return nil
	})
	if err != nil {
		return err
	}
	return deleteKeys(b, keys)
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
