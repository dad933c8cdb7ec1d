package bolt

import (
	"bytes"
	"context"
	"encoding/binary"
	"errors"
	"fmt"
	"time"

	bbolt "go.etcd.io/bbolt"

	"pimmsbot/internal/conversation"
)

// purgeChunk is how many records one write transaction of Purge changes, so
// that commits are not held up for long; a conversation counts for 8
// (its messages and records go with it).
const purgeChunk = 4000

// PurgeStats counts what Purge deleted or anonymised.
type PurgeStats struct {
	Conversations int // anonymised, their messages deleted
	Messages      int // deleted
	Feedback      int // question text cleared
	Unanswered    int // deleted
	Suggestions   int // question text cleared
	Proposals     int // FAQ proposals whose resident's question and mediator's reply were cleared
	Tickets       int // anonymised
	Outbox        int // deleted
	Residents     int // deleted
}

// Purge applies the retention period: it removes the text of everything
// older than before and keeps the counts for the statistics.
//
//   - Conversations last updated before before lose their messages and are
//     anonymised (Purged set, Resident cleared); their counters stay.
//   - Messages, unanswered questions, and the questions of feedback and
//     suggestions older than before are deleted, or cleared for feedback
//     and suggestions, in any conversation; so are those of the
//     conversations it purges. Feedback keeps its entry and its 👍 or 👎,
//     a suggestion its entries and what the resident tapped.
//   - Tickets of purged conversations, and tickets with no activity since
//     before, are anonymised (Resident, Label and Question cleared); their
//     status and times stay.
//   - Outbox items created before before, for a ticket it anonymises or
//     for a resident it deletes are deleted.
//   - Residents not seen since before are deleted.
//
// A record whose time is not set (zero) is never taken as old: a
// conversation without Updated falls back to Started, a resident without
// Seen to Created; otherwise they stay, and so do messages, feedback,
// unanswered questions and outbox items without a time, unless their
// conversation is purged.
//
// Purge reads the time index (index.go) from its start to before: it
// lists only the records that still hold text, so a daily purge reads one
// day's records, not the whole file. It works in short write
// transactions of at most purgeChunk records, each checking the record
// again, so that it can run while the bot runs. When it fails or ctx ends
// midway, what was done stays done and the next Purge finishes it.
func (s *Store) Purge(ctx context.Context, before time.Time) (PurgeStats, error) {
	p := &purge{before: before, tickets: map[uint64]bool{}, residents: map[string]bool{}}
	steps := []struct {
		kind  byte
		chunk int
		apply func(tx *bbolt.Tx, x *index, key []byte, d *PurgeStats) error
	}{
		// A conversation takes its messages and records with it.
		{kindConversation, purgeChunk / 8, p.conversation},
		// Most conversations listed here were purged a step before.
		{kindMessage, purgeChunk, p.messages},
		{kindFeedback, purgeChunk, p.feedback},
		{kindUnanswered, purgeChunk, p.unanswered},
		{kindSuggestion, purgeChunk, p.suggestion},
		{kindProposal, purgeChunk, p.proposal},
		{kindTicket, purgeChunk, p.ticket},
		{kindResident, purgeChunk, p.resident},
	}
	var st PurgeStats
	for _, step := range steps {
		for more := true; more; {
			if err := ctx.Err(); err != nil {
				return st, fmt.Errorf("purge: %w", err)
			}
			var d PurgeStats
			err := s.update(func(tx *bbolt.Tx) (err error) {
				d = PurgeStats{}
				more, err = p.walk(tx, step.kind, step.chunk, &d, step.apply)
				if err != nil || d == (PurgeStats{}) {
					return err
				}
				// The deleted text lingers in free pages until Compact.
				return tx.Bucket(bucketMeta).Put(keyCompact, []byte{1})
			})
			if err == errNothingOld {
				break
			}
			if err != nil {
				return st, fmt.Errorf("purge %c: %w", step.kind, err)
			}
			st.add(d)
		}
	}
	d, err := s.purgeOutbox(ctx, p)
	st.add(d)
	return st, err
}

// A purge is one run of Purge: what it anonymised and deleted so far,
// for the outbox.
type purge struct {
	before    time.Time
	tickets   map[uint64]bool // anonymised
	residents map[string]bool // deleted
}

// errNothingOld rolls back a transaction of Purge that found nothing to
// do, so that it costs no disk write.
var errNothingOld = errors.New("nothing old")

// walk takes up to n entries of kind listed before p.before in the time
// index, drops them, and calls apply with the key of each record; apply
// lists the record again when it is not old after all. It reports
// whether there may be more, and errNothingOld when there is none.
func (p *purge) walk(tx *bbolt.Tx, kind byte, n int, d *PurgeStats, apply func(*bbolt.Tx, *index, []byte, *PurgeStats) error) (bool, error) {
	x := indexOf(tx)
	limit := timeKey(kind, p.before, nil)
	var keys [][]byte
	c := x.times.Cursor()
	for k, _ := c.Seek([]byte{kind}); k != nil && bytes.Compare(k, limit) < 0 && len(keys) < n; k, _ = c.Next() {
		keys = append(keys, bytes.Clone(k))
	}
	if len(keys) == 0 {
		return false, errNothingOld
	}
	for _, k := range keys {
		if err := x.times.Delete(k); err != nil {
			return false, err
		}
		key := k[9:]
		if err := x.timeOf.Delete(append([]byte{kind}, key...)); err != nil {
			return false, err
		}
		if err := apply(tx, x, key, d); err != nil {
			return false, err
		}
	}
	return len(keys) == n, nil
}

// conversation purges conversation k when it is old: its messages and
// unanswered questions are deleted, the text of its other records
// cleared, its tickets anonymised.
func (p *purge) conversation(tx *bbolt.Tx, x *index, k []byte, d *PurgeStats) error {
	b := tx.Bucket(bucketConversations)
	v := b.Get(k)
	if v == nil {
		return nil
	}
	var c conversation.Conversation
	if err := decode(v, &c, "conversation", k); err != nil {
		return err
	}
	if !older(lastUpdate(&c), p.before) {
		return x.conversation(&c) // listed again under its time
	}
	if c.Purged && c.Resident == "" {
		return nil
	}
	n, err := deletePrefix(tx.Bucket(bucketMessages), k)
	if err != nil {
		return err
	}
	d.Messages += n
	d.Conversations++
	if c.Resident != "" {
		if err := x.owned.Delete(ownedKey(c.Resident, kindConversation, c.ID)); err != nil {
			return err
		}
	}
	c.Purged, c.Resident = true, ""
	if err := put(b, k, &c); err != nil {
		return err
	}
	if err := x.startedAt(&c); err != nil { // no longer names the resident
		return err
	}
	for _, part := range []struct {
		kind  byte
		apply func(*bbolt.Tx, *index, []byte, *PurgeStats) error
	}{{kindFeedback, p.feedback}, {kindUnanswered, p.unanswered}, {kindSuggestion, p.suggestion}, {kindProposal, p.proposal}, {kindTicket, p.ticket}} {
		for _, key := range x.partsOf(kindConversation, c.ID, part.kind) {
			if err := part.apply(tx, x, u64(key), d); err != nil {
				return err
			}
		}
	}
	return nil
}

// messages deletes the old messages of conversation k and lists it again
// under its oldest message left.
func (p *purge) messages(tx *bbolt.Tx, x *index, k []byte, d *PurgeStats) error {
	var old [][]byte
	var oldest time.Time
	c := tx.Bucket(bucketMessages).Cursor()
	for mk, v := c.Seek(k); mk != nil && bytes.HasPrefix(mk, k); mk, v = c.Next() {
		var m struct {
			At time.Time `json:"at"`
		}
		if err := decode(v, &m, "message", mk); err != nil {
			return err
		}
		switch {
		case older(m.At, p.before):
			old = append(old, bytes.Clone(mk))
		case !m.At.IsZero() && (oldest.IsZero() || m.At.Before(oldest)):
			oldest = m.At
		}
	}
	d.Messages += len(old)
	if err := deleteKeys(tx.Bucket(bucketMessages), old); err != nil {
		return err
	}
	return x.message(binary.BigEndian.Uint64(k), oldest)
}

// feedback clears the question of feedback k.
func (p *purge) feedback(tx *bbolt.Tx, _ *index, k []byte, d *PurgeStats) error {
	return clearText(tx.Bucket(bucketFeedback), k, "feedback", &d.Feedback, func(f *conversation.Feedback) bool {
		if f.Question == "" {
			return false
		}
		f.Question = ""
		return true
	})
}

// unanswered deletes unanswered question k.
func (p *purge) unanswered(tx *bbolt.Tx, _ *index, k []byte, d *PurgeStats) error {
	b := tx.Bucket(bucketUnanswered)
	if b.Get(k) == nil {
		return nil
	}
	d.Unanswered++
	return b.Delete(k)
}

// suggestion clears the question of suggestion k.
func (p *purge) suggestion(tx *bbolt.Tx, _ *index, k []byte, d *PurgeStats) error {
	return clearText(tx.Bucket(bucketSuggestions), k, "suggestion", &d.Suggestions, func(sg *conversation.Suggestion) bool {
		if sg.Question == "" {
			return false
		}
		sg.Question = ""
		return true
	})
}

// proposal clears the resident's question and the mediator's reply of
// proposal k: a FAQ proposal keeps a resident's words, they go with the
// conversation they came from.
func (p *purge) proposal(tx *bbolt.Tx, _ *index, k []byte, d *PurgeStats) error {
	return clearText(tx.Bucket(bucketProposals), k, "proposal", &d.Proposals, func(pr *conversation.Proposal) bool {
		if pr.Question == "" && pr.Answer == "" && pr.Title == "" {
			return false
		}
		pr.Question, pr.Answer, pr.Title = "", "", ""
		return true
	})
}

// ticket anonymises ticket k when it is old or its conversation purged.
func (p *purge) ticket(tx *bbolt.Tx, x *index, k []byte, d *PurgeStats) error {
	b := tx.Bucket(bucketTickets)
	v := b.Get(k)
	if v == nil {
		return nil
	}
	var t conversation.Ticket
	if err := decode(v, &t, "ticket", k); err != nil {
		return err
	}
	var purged conversation.Conversation
	if err := get(tx.Bucket(bucketConversations), u64(t.Conversation), &purged, "conversation %d", t.Conversation); err != nil && conversation.ErrorCode(err) != conversation.ENOTFOUND {
		return err
	}
	if !purged.Purged && !older(lastActivity(&t), p.before) {
		return x.ticket(&t) // listed again under its time
	}
	p.tickets[t.Number] = true
	if !named(&t) {
		return nil
	}
	if t.Resident != "" {
		if err := x.owned.Delete(ownedKey(t.Resident, kindTicket, t.Number)); err != nil {
			return err
		}
	}
	anonymiseTicket(&t)
	d.Tickets++
	if err := put(b, k, &t); err != nil {
		return err
	}
	return x.ticket(&t)
}

// resident deletes resident k when not seen since before, with their
// index entries, which name them.
func (p *purge) resident(tx *bbolt.Tx, x *index, k []byte, d *PurgeStats) error {
	b := tx.Bucket(bucketResidents)
	v := b.Get(k)
	if v == nil {
		return nil
	}
	var r conversation.Resident
	if err := decode(v, &r, "resident", k); err != nil {
		return err
	}
	if !older(lastSeen(&r), p.before) {
		return x.resident(&r)
	}
	p.residents[r.ID] = true
	if _, err := deletePrefix(x.owned, ownedPrefix(r.ID)); err != nil {
		return err
	}
	d.Residents++
	return b.Delete(k)
}

// clearText decodes the record at k, lets clear remove its text, and
// saves and counts it when clear did.
func clearText[T any](b *bbolt.Bucket, k []byte, what string, count *int, clear func(*T) bool) error {
	v := b.Get(k)
	if v == nil {
		return nil
	}
	var item T
	if err := decode(v, &item, what, k); err != nil {
		return err
	}
	if !clear(&item) {
		return nil
	}
	*count++
	return put(b, k, &item)
}

// purgeOutbox deletes the outbox items created before p.before, or for a
// ticket or a resident the purge anonymised or deleted. The outbox holds
// the items not yet delivered only: it is read whole.
func (s *Store) purgeOutbox(ctx context.Context, p *purge) (PurgeStats, error) {
	var st PurgeStats
	var keys [][]byte
	err := s.view(ctx, func(tx *bbolt.Tx) error {
		return scan(tx.Bucket(bucketOutbox), "outbox item", func(k []byte, o *conversation.Outgoing) error {
			// The desk's erasure of a thread stays until delivered (or
			// given up): it names no one, and the thread still shows them.
			if o.Kind == conversation.OutDeskErase {
				return nil
			}
			if older(o.Created, p.before) || p.tickets[o.Ticket] || p.residents[o.Resident] || residentQueue(o.Queue, p.residents) {
				keys = append(keys, bytes.Clone(k))
			}
			return nil
		})
	})
	if err != nil {
		return st, fmt.Errorf("purge outbox: %w", err)
	}
	for chunk := range chunks(keys, purgeChunk) {
		if err := ctx.Err(); err != nil {
			return st, fmt.Errorf("purge: %w", err)
		}
		var n int
		err := s.update(func(tx *bbolt.Tx) error {
			n = 0
			b, x := tx.Bucket(bucketOutbox), indexOf(tx)
			for _, k := range chunk {
				var o conversation.Outgoing
				if err := get(b, k, &o, "outbox item %x", k); conversation.ErrorCode(err) == conversation.ENOTFOUND {
					continue // delivered meanwhile
				} else if err != nil {
					return err
				}
				if err := x.unindexOutbox(&o); err != nil {
					return err
				}
				if err := b.Delete(k); err != nil {
					return err
				}
				n++
			}
			if n == 0 {
				return nil
			}
			return tx.Bucket(bucketMeta).Put(keyCompact, []byte{1})
		})
		if err != nil {
			return st, fmt.Errorf("purge outbox: %w", err)
		}
		st.Outbox += n
	}
	return st, nil
}

// residentQueue reports whether queue is the outbox queue of one of the
// residents.
func residentQueue(queue string, residents map[string]bool) bool {
	id, ok := conversation.QueueResident(queue)
	return ok && residents[id]
}

// older reports whether t is set and before before.
func older(t, before time.Time) bool { return !t.IsZero() && t.Before(before) }

// lastUpdate returns when a conversation was last updated, or started.
func lastUpdate(c *conversation.Conversation) time.Time {
	if c.Updated.IsZero() {
		return c.Started
	}
	return c.Updated
}

// lastSeen returns when a resident was last seen, or created.
func lastSeen(r *conversation.Resident) time.Time {
	if r.Seen.IsZero() {
		return r.Created
	}
	return r.Seen
}

// lastActivity returns the latest time recorded on a ticket.
func lastActivity(t *conversation.Ticket) time.Time {
	last := t.Requested
	for _, at := range []time.Time{t.Claimed, t.Closed, t.Reminded} {
		if at.After(last) {
			last = at
		}
	}
	return last
}

// chunks yields keys in slices of at most n.
func chunks(keys [][]byte, n int) func(yield func([][]byte) bool) {
	return func(yield func([][]byte) bool) {
		for len(keys) > 0 {
			c := keys[:min(n, len(keys))]
			keys = keys[len(c):]
			if !yield(c) {
				return
			}
		}
	}
}

func (st *PurgeStats) add(d PurgeStats) {
	st.Conversations += d.Conversations
	st.Messages += d.Messages
	st.Feedback += d.Feedback
	st.Unanswered += d.Unanswered
	st.Suggestions += d.Suggestions
	st.Proposals += d.Proposals
	st.Tickets += d.Tickets
	st.Outbox += d.Outbox
	st.Residents += d.Residents
}
