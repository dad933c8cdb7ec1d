package bolt

import (
	"bytes"
	"context"
	"encoding/binary"
	"fmt"
	"time"

	bbolt "go.etcd.io/bbolt"

	"pimmsbot/internal/conversation"
)

// purgeChunk is how many records one write transaction of Purge changes, so
// that commits are not held up for long.
const purgeChunk = 1000

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
//     and suggestions, in any conversation; so are those of purged
//     conversations. Feedback keeps its entry and its 👍 or 👎, a
//     suggestion its entries and what the resident tapped.
//   - Tickets of purged conversations, and tickets with no activity since
//     before, are anonymised (Resident, Label and Question cleared); their
//     status and times stay.
//   - Outbox items created before before, for a purged ticket or for a
//     deleted resident are deleted.
//   - Residents not seen since before are deleted.
//
// A record whose time is not set (zero) is never taken as old: a
// conversation without Updated falls back to Started, a resident without
// Seen to Created; otherwise they stay, and so do messages, feedback,
// unanswered questions and outbox items without a time, unless their
// conversation is purged.
//
// Purge plans in a read transaction and applies in short write
// transactions, each checking the record again, so that it can run while
// the bot runs. When it fails or ctx ends midway, what was done stays done
// and the next Purge finishes it.
func (s *Store) Purge(ctx context.Context, before time.Time) (PurgeStats, error) {
	var st PurgeStats
	p, err := s.planPurge(ctx, before)
	if err != nil {
		return st, fmt.Errorf("purge: %w", err)
	}
	steps := []struct {
		bucket []byte
		keys   [][]byte
		// apply changes the record at k, whose value is v, and counts what
		// it did in d; it skips a record that no longer qualifies.
		apply func(tx *bbolt.Tx, b *bbolt.Bucket, k, v []byte, d *PurgeStats) error
	}{
		{bucketConversations, p.conversations, func(tx *bbolt.Tx, b *bbolt.Bucket, k, v []byte, d *PurgeStats) error {
			var c conversation.Conversation
			if err := decode(v, &c, "conversation", k); err != nil || !older(lastUpdate(&c), before) {
				return err
			}
			n, err := deletePrefix(tx.Bucket(bucketMessages), k)
			if err != nil {
				return err
			}
			d.Messages += n
			d.Conversations++
			c.Purged, c.Resident = true, ""
			return put(b, k, &c)
		}},
		{bucketMessages, p.messages, func(_ *bbolt.Tx, b *bbolt.Bucket, k, _ []byte, d *PurgeStats) error {
			d.Messages++
			return b.Delete(k)
		}},
		{bucketFeedback, p.feedback, func(_ *bbolt.Tx, b *bbolt.Bucket, k, v []byte, d *PurgeStats) error {
			var f conversation.Feedback
			if err := decode(v, &f, "feedback", k); err != nil || f.Question == "" {
				return err
			}
			f.Question = ""
			d.Feedback++
			return put(b, k, &f)
		}},
		{bucketUnanswered, p.unanswered, func(_ *bbolt.Tx, b *bbolt.Bucket, k, _ []byte, d *PurgeStats) error {
			d.Unanswered++
			return b.Delete(k)
		}},
		{bucketSuggestions, p.suggestions, func(_ *bbolt.Tx, b *bbolt.Bucket, k, v []byte, d *PurgeStats) error {
			var sg conversation.Suggestion
			if err := decode(v, &sg, "suggestion", k); err != nil || sg.Question == "" {
				return err
			}
			sg.Question = ""
			d.Suggestions++
			return put(b, k, &sg)
		}},
		{bucketProposals, p.proposals, func(_ *bbolt.Tx, b *bbolt.Bucket, k, v []byte, d *PurgeStats) error {
			var pr conversation.Proposal
			if err := decode(v, &pr, "proposal", k); err != nil || pr.Question == "" && pr.Answer == "" && pr.Title == "" {
				return err
			}
			pr.Question, pr.Answer, pr.Title = "", "", ""
			d.Proposals++
			return put(b, k, &pr)
		}},
		{bucketTickets, p.tickets, func(_ *bbolt.Tx, b *bbolt.Bucket, k, v []byte, d *PurgeStats) error {
			var t conversation.Ticket
			if err := decode(v, &t, "ticket", k); err != nil {
				return err
			}
			anonymiseTicket(&t)
			d.Tickets++
			return put(b, k, &t)
		}},
		{bucketOutbox, p.outbox, func(_ *bbolt.Tx, b *bbolt.Bucket, k, _ []byte, d *PurgeStats) error {
			d.Outbox++
			return b.Delete(k)
		}},
		{bucketResidents, p.residents, func(_ *bbolt.Tx, b *bbolt.Bucket, k, v []byte, d *PurgeStats) error {
			var r conversation.Resident
			if err := decode(v, &r, "resident", k); err != nil || !older(lastSeen(&r), before) {
				return err
			}
			d.Residents++
			return b.Delete(k)
		}},
	}
	for _, step := range steps {
		for chunk := range chunks(step.keys, purgeChunk) {
			if err := ctx.Err(); err != nil {
				return st, fmt.Errorf("purge: %w", err)
			}
			var d PurgeStats
			err := s.update(func(tx *bbolt.Tx) error {
				d = PurgeStats{}
				b := tx.Bucket(step.bucket)
				for _, k := range chunk {
					if v := b.Get(k); v != nil { // else gone meanwhile
						if err := step.apply(tx, b, k, v, &d); err != nil {
							return err
						}
					}
				}
				if d == (PurgeStats{}) {
					return nil
				}
				// The deleted text lingers in free pages until Compact.
				return tx.Bucket(bucketMeta).Put(keyCompact, []byte{1})
			})
			if err != nil {
				return st, fmt.Errorf("purge %s: %w", step.bucket, err)
			}
			st.add(d)
		}
	}
	return st, nil
}

// purgePlan holds the keys Purge will look at again, by bucket.
type purgePlan struct {
	conversations, messages, feedback, unanswered, suggestions, proposals, tickets, outbox, residents [][]byte
}

func (s *Store) planPurge(ctx context.Context, before time.Time) (*purgePlan, error) {
	var p purgePlan
	err := s.view(ctx, func(tx *bbolt.Tx) error {
		// Conversations purged now or before: their text goes wherever it is.
		purged := map[uint64]bool{}
		err := scan(tx.Bucket(bucketConversations), "conversation", func(k []byte, c *conversation.Conversation) error {
			old := older(lastUpdate(c), before)
			if old || c.Purged {
				purged[c.ID] = true
			}
			if old && (!c.Purged || c.Resident != "") {
				p.conversations = append(p.conversations, bytes.Clone(k))
			}
			return nil
		})
		if err != nil {
			return err
		}
		err = tx.Bucket(bucketMessages).ForEach(func(k, v []byte) error {
			if len(k) == 16 && purged[binary.BigEndian.Uint64(k)] {
				p.messages = append(p.messages, bytes.Clone(k))
				return nil
			}
			var m struct {
				At time.Time `json:"at"`
			}
			if err := decode(v, &m, "message", k); err != nil {
				return err
			}
			if older(m.At, before) {
				p.messages = append(p.messages, bytes.Clone(k))
			}
			return nil
		})
		if err != nil {
			return err
		}
		err = scan(tx.Bucket(bucketFeedback), "feedback", func(k []byte, f *conversation.Feedback) error {
			if f.Question != "" && (purged[f.Conversation] || older(f.At, before)) {
				p.feedback = append(p.feedback, bytes.Clone(k))
			}
			return nil
		})
		if err != nil {
			return err
		}
		err = scan(tx.Bucket(bucketUnanswered), "unanswered question", func(k []byte, u *conversation.Unanswered) error {
			if purged[u.Conversation] || older(u.At, before) {
				p.unanswered = append(p.unanswered, bytes.Clone(k))
			}
			return nil
		})
		if err != nil {
			return err
		}
		err = scan(tx.Bucket(bucketSuggestions), "suggestion", func(k []byte, sg *conversation.Suggestion) error {
			if sg.Question != "" && (purged[sg.Conversation] || older(sg.At, before)) {
				p.suggestions = append(p.suggestions, bytes.Clone(k))
			}
			return nil
		})
		if err != nil {
			return err
		}
		// A FAQ proposal keeps a resident's words: they go with the
		// conversation they came from.
		err = scan(tx.Bucket(bucketProposals), "proposal", func(k []byte, pr *conversation.Proposal) error {
			if (pr.Question != "" || pr.Answer != "" || pr.Title != "") && (purged[pr.Conversation] || older(pr.At, before)) {
				p.proposals = append(p.proposals, bytes.Clone(k))
			}
			return nil
		})
		if err != nil {
			return err
		}
		tickets := map[uint64]bool{}
		err = scan(tx.Bucket(bucketTickets), "ticket", func(k []byte, t *conversation.Ticket) error {
			if purged[t.Conversation] || older(lastActivity(t), before) {
				tickets[t.Number] = true
				if t.Resident != "" || t.Label != "" || t.Question != "" {
					p.tickets = append(p.tickets, bytes.Clone(k))
				}
			}
			return nil
		})
		if err != nil {
			return err
		}
		residents := map[string]bool{}
		err = scan(tx.Bucket(bucketResidents), "resident", func(k []byte, r *conversation.Resident) error {
			if older(lastSeen(r), before) {
				residents[r.ID] = true
				p.residents = append(p.residents, bytes.Clone(k))
			}
			return nil
		})
		if err != nil {
			return err
		}
		return scan(tx.Bucket(bucketOutbox), "outbox item", func(k []byte, o *conversation.Outgoing) error {
			// The desk's erasure of a thread stays until delivered (or
			// given up): it names no one, and the thread still shows them.
			if o.Kind == conversation.OutDeskErase {
				return nil
			}
			if older(o.Created, before) || tickets[o.Ticket] || residents[o.Resident] || residentQueue(o.Queue, residents) {
				p.outbox = append(p.outbox, bytes.Clone(k))
			}
			return nil
		})
	})
	return &p, err
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
