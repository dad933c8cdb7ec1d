package bolt

import (
	"context"
	"fmt"

	bbolt "go.etcd.io/bbolt"

	"pimmsbot/internal/conversation"
)

// Commit applies ch in one transaction shared with concurrent commits
// (group.go): when it returns nil, all of ch is on disk; otherwise
// none of it is and ch is left unchanged. On success it sets the Seq of
// ch.Messages and the ID of ch.Outbox.
//
// Retry items are saved only when they are still in the outbox, so that a
// retry never resurrects an item delivered or erased in the meantime.
//
// A commit that has started completes even when ctx ends meanwhile.
//
// It returns an EINVALID error when ch has a record without its key (a
// resident without ID, a conversation, ticket, message, feedback or
// unanswered question without conversation or number, an outbox item
// without queue, a retry or delivered item without ID), EDUPLICATE (and
// writes nothing) when ch.Update was recorded before, by Commit or
// SeenUpdate, the context's error when ctx is done before the commit
// starts, and a wrapped bbolt or encoding error otherwise.
func (s *Store) Commit(ctx context.Context, ch *conversation.Change) error {
	if ch == nil {
		return nil
	}
	if err := validate(ch); err != nil {
		return err
	}
	if err := ctx.Err(); err != nil {
		return err
	}
	e, err := encode(ch)
	if err != nil {
		return fmt.Errorf("commit: %w", err)
	}
	// batch may run the function several times, in another goroutine, and
	// roll back all but the last run: results go to these slices by index
	// and reach ch only once the commit succeeded.
	seqs := make([]uint64, len(ch.Messages))
	ids := make([]uint64, len(ch.Outbox))
	now := s.now()
	var duplicate bool
	err = s.batch(func(tx *bbolt.Tx) error {
		duplicate = false
		if u := ch.Update; u != nil {
			fresh, err := s.markSeen(tx, u.Channel, u.ID, now)
			if err != nil {
				return fmt.Errorf("record update: %w", err)
			}
			if !fresh {
				duplicate = true // write nothing, without failing the batch
				return nil
			}
		}
		return apply(tx, ch, e, seqs, ids)
	})
	if err != nil {
		return fmt.Errorf("commit: %w", err)
	}
	if duplicate {
		return conversation.Errorf(conversation.EDUPLICATE, "commit: update %s %d was handled already", ch.Update.Channel, ch.Update.ID)
	}
	for i := range seqs {
		ch.Messages[i].Seq = seqs[i]
	}
	for i := range ids {
		ch.Outbox[i].ID = ids[i]
	}
	return nil
}

func validate(ch *conversation.Change) error {
	invalid := func(what string) error {
		return conversation.Errorf(conversation.EINVALID, "commit: %s", what)
	}
	if ch.Update != nil && ch.Update.Channel == "" {
		return invalid("update without channel")
	}
	if ch.Resident != nil && ch.Resident.ID == "" {
		return invalid("resident without id")
	}
	if ch.Conversation != nil && ch.Conversation.ID == 0 {
		return invalid("conversation without id")
	}
	for _, t := range ch.Tickets {
		if t.Number == 0 {
			return invalid("ticket without number")
		}
	}
	for _, m := range ch.Messages {
		if m.Conversation == 0 {
			return invalid("message without conversation")
		}
	}
	for _, f := range ch.Feedback {
		if f.Conversation == 0 {
			return invalid("feedback without conversation")
		}
	}
	for _, u := range ch.Unanswered {
		if u.Conversation == 0 {
			return invalid("unanswered question without conversation")
		}
	}
	for _, sg := range ch.Suggestions {
		if sg.Conversation == 0 {
			return invalid("suggestion without conversation")
		}
	}
	for _, p := range ch.Proposals {
		if p.Conversation == 0 || p.Ticket == 0 {
			return invalid("proposal without conversation or ticket")
		}
	}
	for _, o := range ch.Outbox {
		if o.Queue == "" {
			return invalid("outbox item without queue")
		}
	}
	for _, o := range ch.Retry {
		if o.ID == 0 {
			return invalid("outbox retry without id")
		}
	}
	for _, o := range ch.Delivered {
		if o.ID == 0 {
			return invalid("delivered outbox item without id")
		}
	}
	return nil
}

// apply writes ch, encoded as e, in tx. It modifies neither: the sequences
// it draws go to seqs and ids, assigned by index, so that a re-run
// overwrites them.
//
// The indexes (index.go) are written in the same transaction.
func apply(tx *bbolt.Tx, ch *conversation.Change, e *encodedChange, seqs, ids []uint64) error {
	fillPages(tx)
	x := indexOf(tx)
	if err := x.delivered(tx.Bucket(bucketOutbox), ch.Delivered); err != nil {
		return fmt.Errorf("unindex delivered items: %w", err)
	}
	if err := applyRecords(tx, x, ch, e, seqs); err != nil {
		return err
	}
	if err := applyParts(tx, x, ch, e); err != nil {
		return err
	}
	return applyOutbox(tx, x, ch, e, ids)
}

// applyRecords writes the resident, conversation, tickets and messages of
// ch, with their index entries.
func applyRecords(tx *bbolt.Tx, x *index, ch *conversation.Change, e *encodedChange, seqs []uint64) error {
	if r := ch.Resident; r != nil {
		if err := tx.Bucket(bucketResidents).Put([]byte(r.ID), e.resident); err != nil {
			return fmt.Errorf("save resident: %w", err)
		}
		if err := x.resident(r); err != nil {
			return fmt.Errorf("index resident: %w", err)
		}
	}
	if c := ch.Conversation; c != nil {
		if err := tx.Bucket(bucketConversations).Put(u64(c.ID), e.conversation); err != nil {
			return fmt.Errorf("save conversation %d: %w", c.ID, err)
		}
		if err := x.conversation(c); err != nil {
			return fmt.Errorf("index conversation %d: %w", c.ID, err)
		}
	}
	tickets := tx.Bucket(bucketTickets)
	for i := range ch.Tickets {
		t := &ch.Tickets[i]
		if err := tickets.Put(u64(t.Number), e.tickets[i]); err != nil {
			return fmt.Errorf("save ticket %d: %w", t.Number, err)
		}
		if err := x.ticket(t); err != nil {
			return fmt.Errorf("index ticket %d: %w", t.Number, err)
		}
	}
	messages, answers := tx.Bucket(bucketMessages), tx.Bucket(bucketAnswers)
	for i := range ch.Messages {
		seq, err := messages.NextSequence()
		if err != nil {
			return fmt.Errorf("message sequence: %w", err)
		}
		m := &ch.Messages[i]
		if err := e.messages[i].put(messages, answers, msgKey(m.Conversation, seq)); err != nil {
			return fmt.Errorf("save message: %w", err)
		}
		if err := x.message(m.Conversation, m.At); err != nil {
			return fmt.Errorf("index message: %w", err)
		}
		seqs[i] = seq
	}
	return nil
}

// applyParts writes the feedback, unanswered questions, suggestions and
// proposals of ch, with their index entries.
func applyParts(tx *bbolt.Tx, x *index, ch *conversation.Change, e *encodedChange) error {
	err := appendAll(tx.Bucket(bucketFeedback), ch.Feedback, e.feedback, func(seq uint64, f *conversation.Feedback) error {
		return x.child(kindFeedback, f.Conversation, seq, f.At, f.Question != "")
	})
	if err != nil {
		return fmt.Errorf("save feedback: %w", err)
	}
	err = appendAll(tx.Bucket(bucketUnanswered), ch.Unanswered, e.unanswered, func(seq uint64, u *conversation.Unanswered) error {
		return x.child(kindUnanswered, u.Conversation, seq, u.At, true)
	})
	if err != nil {
		return fmt.Errorf("save unanswered question: %w", err)
	}
	err = appendAll(tx.Bucket(bucketSuggestions), ch.Suggestions, e.suggestions, func(seq uint64, sg *conversation.Suggestion) error {
		return x.child(kindSuggestion, sg.Conversation, seq, sg.At, sg.Question != "")
	})
	if err != nil {
		return fmt.Errorf("save suggestion: %w", err)
	}
	proposals := tx.Bucket(bucketProposals)
	for i, p := range ch.Proposals {
		id, err := proposals.NextSequence()
		if err != nil {
			return fmt.Errorf("proposal sequence: %w", err)
		}
		p.ID = id
		if err := proposals.Put(u64(id), withID(e.proposals[i], id)); err != nil {
			return fmt.Errorf("save proposal: %w", err)
		}
		if err := x.proposal(&p); err != nil {
			return fmt.Errorf("index proposal: %w", err)
		}
	}
	return nil
}

// applyOutbox deletes the delivered items of ch, saves its retries and
// adds its new items, numbering them into ids.
func applyOutbox(tx *bbolt.Tx, x *index, ch *conversation.Change, e *encodedChange, ids []uint64) error {
	outbox := tx.Bucket(bucketOutbox)
	for _, o := range ch.Delivered {
		if err := outbox.Delete(u64(o.ID)); err != nil {
			return fmt.Errorf("delete outbox item %d: %w", o.ID, err)
		}
	}
	for i := range ch.Retry {
		id := ch.Retry[i].ID
		if outbox.Get(u64(id)) == nil {
			continue // delivered or erased meanwhile
		}
		if err := outbox.Put(u64(id), e.retry[i]); err != nil {
			return fmt.Errorf("save outbox item %d: %w", id, err)
		}
	}
	for i := range ch.Outbox {
		id, err := outbox.NextSequence()
		if err != nil {
			return fmt.Errorf("outbox sequence: %w", err)
		}
		if err := outbox.Put(u64(id), withID(e.outbox[i], id)); err != nil {
			return fmt.Errorf("save outbox item: %w", err)
		}
		ids[i] = id
	}
	return x.added(ch.Outbox, ids)
}

// appendAll stores each item, encoded in values, under the bucket's next
// sequence number, and calls index with it.
func appendAll[T any](b *bbolt.Bucket, items []T, values [][]byte, index func(seq uint64, item *T) error) error {
	for i := range items {
		seq, err := b.NextSequence()
		if err != nil {
			return err
		}
		if err := b.Put(u64(seq), values[i]); err != nil {
			return err
		}
		if err := index(seq, &items[i]); err != nil {
			return err
		}
	}
	return nil
}
