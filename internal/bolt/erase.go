package bolt

import (
	"bytes"
	"context"
	"fmt"
	"time"

	bbolt "go.etcd.io/bbolt"

	"pimmsbot/internal/conversation"
)

// eraseBudget is how many records one transaction of Erase deletes or
// changes at most, so that commits never wait long behind an erasure.
// Tests lower it.
var eraseBudget = 500

// afterEraseTx, when a test sets it, runs after each transaction of
// Erase: an error stops the erasure there, as a crash would.
var afterEraseTx func() error

// Erase deletes everything that names the resident: their record, the
// messages of their conversations, their feedback, unanswered questions
// and suggestions, the FAQ proposals made from their tickets, and every
// outbox item for them or their tickets except the desk's erasure of
// their tickets (conversation.OutDeskErase, which names no one).
// Their conversations and tickets stay as anonymous counts: the resident,
// label and question are cleared. It returns an ENOTFOUND error for an
// unknown resident.
//
// It finds the records by the indexes (index.go) and works in short
// write transactions of at most eraseBudget records each: commits go on
// between them. The first one marks the erasure as under way (bucket
// "erasing"), the last one deletes the resident's record and the mark;
// Open finishes an erasure that a crash interrupted. Once started, an
// erasure goes on to its end even when ctx ends.
//
// Before the first transaction, Erase appends the salted hash of the
// resident's id to the erasure journal beside the file (<db>.erased) and
// syncs it: Open erases again the residents it records, so that restoring
// a backup from before the erasure does not bring them back.
//
// An outbox item committed before Erase (a reply, a desk post) is deleted
// too: commit what must still be sent, such as the desk's notice that the
// resident is gone, after Erase returns.
func (s *Store) Erase(ctx context.Context, resident string) error {
	if err := ctx.Err(); err != nil {
		return err
	}
	var known, started bool
	if err := s.read(func(tx *bbolt.Tx) error {
		known = tx.Bucket(bucketResidents).Get([]byte(resident)) != nil
		started = tx.Bucket(bucketErasing).Get([]byte(resident)) != nil
		return nil
	}); err != nil {
		return fmt.Errorf("effacement de l'usager %s\u00a0: %w", resident, err)
	}
	if !known && !started {
		return notFound("aucune donnée n'est enregistrée pour l'usager %s\u00a0: rien n'est à effacer", resident)
	}
	// The journal first: if the erasure commits, a backup from before
	// it, restored, forgets the resident again.
	if !s.replaying {
		if err := s.journal.add(resident, s.now()); err != nil {
			return fmt.Errorf("effacement de l'usager %s\u00a0: %w", resident, err)
		}
	}
	now := s.now()
	for done := false; !done; {
		err := s.update(func(tx *bbolt.Tx) (err error) {
			done, err = eraseStep(tx, resident, now)
			return err
		})
		if err == nil && afterEraseTx != nil {
			err = afterEraseTx()
		}
		if err != nil {
			return fmt.Errorf("effacement de l'usager %s\u00a0: %w", resident, err)
		}
	}
	return nil
}

// finishErasures ends the erasures a crash interrupted (bucket
// "erasing"), as conversation.Forget does: the resident's open ticket is
// closed and the desk's copies are queued for erasure.
func (s *Store) finishErasures(ctx context.Context) error {
	var pending []string
	err := s.read(func(tx *bbolt.Tx) error {
		return tx.Bucket(bucketErasing).ForEach(func(k, _ []byte) error {
			pending = append(pending, string(k))
			return nil
		})
	})
	if err != nil || len(pending) == 0 {
		return err
	}
	s.replaying = true
	defer func() { s.replaying = false }()
	for _, id := range pending {
		_, _, err := conversation.Forget(ctx, s, id, s.now(), true)
		if conversation.ErrorCode(err) == conversation.ENOTFOUND {
			err = s.Erase(ctx, id) // the record is gone: end the rest
		}
		if err != nil {
			return fmt.Errorf("finish the erasure of a resident: %w", err)
		}
	}
	return nil
}

// An eraser erases one resident's records within one transaction, up to
// its budget.
type eraser struct {
	tx       *bbolt.Tx
	x        *index
	resident string
	current  uint64 // the resident's current conversation
	budget   int
}

// spend takes n records from the budget and reports whether there was
// room for them.
func (e *eraser) spend(n int) bool {
	if e.budget < n {
		return false
	}
	e.budget -= n
	return true
}

// eraseStep runs one transaction of Erase and reports whether the
// erasure is complete.
func eraseStep(tx *bbolt.Tx, resident string, now time.Time) (done bool, err error) {
	e := &eraser{tx: tx, x: indexOf(tx), resident: resident, budget: eraseBudget}
	erasing := tx.Bucket(bucketErasing)
	var r conversation.Resident
	if v := tx.Bucket(bucketResidents).Get([]byte(resident)); v != nil {
		if err := decode(v, &r, "resident", []byte(resident)); err != nil {
			return false, err
		}
		e.current = r.Conversation
	}
	if erasing.Get([]byte(resident)) == nil {
		if err := erasing.Put([]byte(resident), nanos(now)); err != nil {
			return false, err
		}
		// The current conversation may be anonymous already: erase its
		// messages too.
		if r.Conversation != 0 {
			if err := e.x.own(resident, kindConversation, r.Conversation); err != nil {
				return false, err
			}
		}
	}
	prefix := ownedPrefix(resident)
	var keys [][]byte
	c := e.x.owned.Cursor()
	for k, _ := c.Seek(prefix); k != nil && bytes.HasPrefix(k, prefix); k, _ = c.Next() {
		keys = append(keys, bytes.Clone(k))
	}
	for _, k := range keys {
		complete, err := e.owned(k[len(prefix)], seqOf(k[len(prefix)+1:]))
		if err != nil || !complete {
			return false, err
		}
		if err := e.x.owned.Delete(k); err != nil {
			return false, err
		}
	}
	if err := e.x.move(kindResident, []byte(resident), time.Time{}); err != nil {
		return false, err
	}
	if err := tx.Bucket(bucketMeta).Put(keyCompact, []byte{1}); err != nil {
		return false, err
	}
	if err := tx.Bucket(bucketResidents).Delete([]byte(resident)); err != nil {
		return false, err
	}
	return true, erasing.Delete([]byte(resident))
}

// owned erases the record of kind at key that the index says the
// resident owns, and reports whether it is done with it.
func (e *eraser) owned(kind byte, key uint64) (bool, error) {
	switch kind {
	case kindConversation:
		return e.conversation(key)
	case kindTicket:
		return e.ticket(key, false)
	case kindOutbox:
		return e.outboxItem(key, func(o *conversation.Outgoing) bool { return outboxOwner(o) == e.resident })
	}
	return true, nil
}

// conversation deletes the messages of conversation id, and the records
// that belong to it, and anonymises it and its tickets.
func (e *eraser) conversation(id uint64) (bool, error) {
	b := e.tx.Bucket(bucketConversations)
	v := b.Get(u64(id))
	if v == nil {
		return true, nil
	}
	var c conversation.Conversation
	if err := decode(v, &c, "conversation", u64(id)); err != nil {
		return false, err
	}
	if c.Resident != e.resident && (c.Resident != "" || c.ID != e.current) {
		return true, nil // not theirs (a stale entry)
	}
	n, err := deletePrefixUpTo(e.tx.Bucket(bucketMessages), u64(id), e.budget)
	if e.budget -= n; err != nil || e.budget == 0 {
		return false, err
	}
	for _, part := range []struct {
		kind   byte
		bucket []byte
	}{{kindFeedback, bucketFeedback}, {kindUnanswered, bucketUnanswered}, {kindSuggestion, bucketSuggestions}, {kindProposal, bucketProposals}} {
		if done, err := e.deleteParts(id, part.kind, part.bucket); err != nil || !done {
			return false, err
		}
	}
	for _, n := range e.x.partsOf(kindConversation, id, kindTicket) {
		if done, err := e.ticket(n, true); err != nil || !done {
			return false, err
		}
	}
	if !e.spend(1) {
		return false, nil
	}
	c.Resident = ""
	if err := put(b, u64(id), &c); err != nil {
		return false, err
	}
	return true, e.x.conversation(&c)
}

// deleteParts deletes the records of kind, in bucket, of conversation id.
func (e *eraser) deleteParts(id uint64, kind byte, bucket []byte) (bool, error) {
	b := e.tx.Bucket(bucket)
	for _, k := range e.x.partsOf(kindConversation, id, kind) {
		if !e.spend(1) {
			return false, nil
		}
		if err := b.Delete(u64(k)); err != nil {
			return false, err
		}
		if err := e.x.parts.Delete(partKey(kindConversation, id, kind, k)); err != nil {
			return false, err
		}
	}
	return true, nil
}

// ticket anonymises ticket n and deletes its outbox items but the desk's
// erasure, and the proposals made from it. From the resident's index
// (ofConversation false) the ticket must name them.
func (e *eraser) ticket(n uint64, ofConversation bool) (bool, error) {
	b := e.tx.Bucket(bucketTickets)
	v := b.Get(u64(n))
	if v == nil {
		return true, nil
	}
	var t conversation.Ticket
	if err := decode(v, &t, "ticket", u64(n)); err != nil {
		return false, err
	}
	if !ofConversation && t.Resident != e.resident {
		return true, nil
	}
	for _, id := range e.x.partsOf(kindTicket, n, kindOutbox) {
		done, err := e.outboxItem(id, func(o *conversation.Outgoing) bool { return o.Kind != conversation.OutDeskErase })
		if err != nil || !done {
			return false, err
		}
	}
	proposals := e.tx.Bucket(bucketProposals)
	for _, id := range e.x.partsOf(kindTicket, n, kindProposal) {
		if !e.spend(1) {
			return false, nil
		}
		if err := proposals.Delete(u64(id)); err != nil {
			return false, err
		}
	}
	if !named(&t) {
		return true, nil
	}
	if !e.spend(1) {
		return false, nil
	}
	anonymiseTicket(&t)
	if err := put(b, u64(n), &t); err != nil {
		return false, err
	}
	return true, e.x.ticket(&t)
}

// outboxItem deletes outbox item id when match says so.
func (e *eraser) outboxItem(id uint64, match func(*conversation.Outgoing) bool) (bool, error) {
	b := e.tx.Bucket(bucketOutbox)
	v := b.Get(u64(id))
	if v == nil {
		return true, nil
	}
	var o conversation.Outgoing
	if err := decode(v, &o, "outbox item", u64(id)); err != nil {
		return false, err
	}
	if o.Kind == conversation.OutDeskErase || !match(&o) {
		return true, nil
	}
	if !e.spend(1) {
		return false, nil
	}
	if err := e.x.unindexOutbox(&o); err != nil {
		return false, err
	}
	return true, b.Delete(u64(id))
}

// deletePrefixUpTo deletes at most max keys of b that start with prefix
// and returns how many it deleted.
func deletePrefixUpTo(b *bbolt.Bucket, prefix []byte, max int) (int, error) {
	var keys [][]byte
	c := b.Cursor()
	for k, _ := c.Seek(prefix); k != nil && bytes.HasPrefix(k, prefix) && len(keys) < max; k, _ = c.Next() {
		keys = append(keys, bytes.Clone(k))
	}
	return len(keys), deleteKeys(b, keys)
}
