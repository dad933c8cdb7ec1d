package bolt

import (
	"bytes"
	"encoding/binary"
	"time"

	bbolt "go.etcd.io/bbolt"

	"pimmsbot/internal/conversation"
)

// Index buckets, added in schema 2. They are written in the transaction
// that writes the record they point to, so that Export, Erase,
// OpenTickets and Purge read what they need instead of every record.
// Their values are empty unless said otherwise.
var (
	// bucketOwned leads from a resident to their records:
	// resident id, 0, kind, key (8 bytes).
	bucketOwned = []byte("idx-resident")
	// bucketParts leads from a conversation or a ticket to the records
	// that belong to it: kind, key (8 bytes), kind, key (8 bytes).
	bucketParts = []byte("idx-parent")
	// bucketTimes orders by time the records the purge looks at, while
	// they hold text it must remove: kind, Unix nanoseconds (8 bytes),
	// the record's key.
	//
	// A resident, a conversation or a ticket is listed under its time when
	// first saved, and stays there while its time grows: the purge meets
	// it no later than it must, checks the record and lists it again
	// under its real time when it is not old yet. A commit thus writes no
	// index entry for a resident or conversation it only updates.
	//
	// Messages are listed by conversation (kind 'm', the conversation's
	// key), under the time of its oldest message not purged.
	bucketTimes = []byte("idx-time")
	// bucketTimeOf holds, for the records whose time moves (residents,
	// conversations, tickets, a conversation's messages), the time under which bucketTimes lists
	// them: kind, key → Unix nanoseconds.
	bucketTimeOf = []byte("idx-timeof")
	// bucketOpen lists the open tickets: number (8 bytes).
	bucketOpen = []byte("idx-open")
	// bucketErasing lists the erasures under way: resident id → Unix
	// nanoseconds of the request. Open finishes them.
	bucketErasing = []byte("erasing")

	indexBuckets = [][]byte{bucketOwned, bucketParts, bucketTimes, bucketTimeOf, bucketOpen, bucketErasing, bucketPeriod}
)

// Kinds of records, as the index keys name them.
const (
	kindResident     = 'r'
	kindConversation = 'c'
	kindTicket       = 't'
	kindMessage      = 'm'
	kindFeedback     = 'f'
	kindUnanswered   = 'u'
	kindSuggestion   = 's'
	kindProposal     = 'p'
	kindOutbox       = 'o'
)

// An index writes and reads the index buckets in one transaction.
type index struct {
	owned, parts, times, timeOf, open *bbolt.Bucket
	period                            *bbolt.Bucket // see period.go
}

func indexOf(tx *bbolt.Tx) *index {
	x := &index{
		owned:  tx.Bucket(bucketOwned),
		parts:  tx.Bucket(bucketParts),
		times:  tx.Bucket(bucketTimes),
		timeOf: tx.Bucket(bucketTimeOf),
		open:   tx.Bucket(bucketOpen),
		period: tx.Bucket(bucketPeriod),
	}
	if tx.Writable() {
		// Times and conversation numbers grow: new keys land at the end
		// of their kind, so pages can be filled before they split; the
		// purge deletes from the start.
		x.times.FillPercent = 0.9
		x.parts.FillPercent = 0.9
		x.period.FillPercent = 0.9
	}
	return x
}

var empty = []byte{}

// ownedPrefix is the prefix of a resident's keys in bucketOwned.
func ownedPrefix(resident string) []byte {
	return append([]byte(resident), 0)
}

func ownedKey(resident string, kind byte, key uint64) []byte {
	return binary.BigEndian.AppendUint64(append(ownedPrefix(resident), kind), key)
}

func partKey(kind byte, parent uint64, part byte, key uint64) []byte {
	k := binary.BigEndian.AppendUint64([]byte{kind}, parent)
	return binary.BigEndian.AppendUint64(append(k, part), key)
}

// nanos returns t as big-endian Unix nanoseconds; times before 1970 come
// first.
func nanos(t time.Time) []byte {
	n := t.UnixNano()
	if n < 0 {
		n = 0
	}
	return u64(uint64(n))
}

func timeKey(kind byte, t time.Time, key []byte) []byte {
	return append(append([]byte{kind}, nanos(t)...), key...)
}

// own records that resident owns the record of kind at key.
func (x *index) own(resident string, kind byte, key uint64) error {
	if resident == "" {
		return nil
	}
	return putOnce(x.owned, ownedKey(resident, kind, key))
}

// putOnce puts key with an empty value unless it is there: a Put of the
// same value would still rewrite the page, on every commit of a
// conversation.
func putOnce(b *bbolt.Bucket, key []byte) error {
	if b.Get(key) != nil {
		return nil
	}
	return b.Put(key, empty)
}

func (x *index) part(kind byte, parent uint64, part byte, key uint64) error {
	if parent == 0 {
		return nil
	}
	return putOnce(x.parts, partKey(kind, parent, part, key))
}

// at lists the record of kind at key under t, unless t is zero: a record
// without a time is never taken as old.
func (x *index) at(kind byte, t time.Time, key []byte) error {
	if t.IsZero() {
		return nil
	}
	return x.times.Put(timeKey(kind, t, key), empty)
}

// move lists the record of kind at key under t, unless it is listed
// under an earlier time already (see bucketTimes), dropping the time it
// was listed under before; a zero t drops it.
func (x *index) move(kind byte, key []byte, t time.Time) error {
	ref := append([]byte{kind}, key...)
	if old := x.timeOf.Get(ref); old != nil {
		if !t.IsZero() && bytes.Compare(old, nanos(t)) <= 0 {
			return nil
		}
		if err := x.times.Delete(append(append([]byte{kind}, old...), key...)); err != nil {
			return err
		}
		if err := x.timeOf.Delete(ref); err != nil {
			return err
		}
	}
	if t.IsZero() {
		return nil
	}
	if err := x.timeOf.Put(ref, nanos(t)); err != nil {
		return err
	}
	return x.at(kind, t, key)
}

// message lists conversation conv in the time index no later than the
// message at at: one entry per conversation, under its oldest message
// not purged yet, rather than one per message.
func (x *index) message(conv uint64, at time.Time) error {
	return x.move(kindMessage, u64(conv), at)
}

// resident indexes r.
func (x *index) resident(r *conversation.Resident) error {
	return x.move(kindResident, []byte(r.ID), lastSeen(r))
}

// conversation indexes c: its resident, and its time until it is purged.
func (x *index) conversation(c *conversation.Conversation) error {
	if err := x.own(c.Resident, kindConversation, c.ID); err != nil {
		return err
	}
	if err := x.startedAt(c); err != nil {
		return err
	}
	t := lastUpdate(c)
	if c.Purged && c.Resident == "" {
		t = time.Time{}
	}
	return x.move(kindConversation, u64(c.ID), t)
}

// ticket indexes t: its resident and conversation, whether it is open,
// and its time while it names the resident.
func (x *index) ticket(t *conversation.Ticket) error {
	if err := x.own(t.Resident, kindTicket, t.Number); err != nil {
		return err
	}
	if err := x.part(kindConversation, t.Conversation, kindTicket, t.Number); err != nil {
		return err
	}
	if err := x.requestedAt(t); err != nil {
		return err
	}
	var err error
	if t.Open() {
		err = putOnce(x.open, u64(t.Number))
	} else {
		err = x.open.Delete(u64(t.Number))
	}
	if err != nil {
		return err
	}
	at := lastActivity(t)
	if !named(t) {
		at = time.Time{}
	}
	return x.move(kindTicket, u64(t.Number), at)
}

// named reports whether a ticket still holds what names its resident.
func named(t *conversation.Ticket) bool { return t.Resident != "" || t.Label != "" || t.Question != "" }

// child indexes a record of a conversation stored under seq: by
// conversation, and by time while it holds text.
func (x *index) child(kind byte, conv, seq uint64, at time.Time, text bool) error {
	if err := x.part(kindConversation, conv, kind, seq); err != nil {
		return err
	}
	if err := x.dated(kind, at, seq); err != nil {
		return err
	}
	if !text {
		return nil
	}
	return x.at(kind, at, u64(seq))
}

// proposal indexes p by conversation, ticket and time.
func (x *index) proposal(p *conversation.Proposal) error {
	text := p.Question != "" || p.Answer != "" || p.Title != ""
	if err := x.child(kindProposal, p.Conversation, p.ID, p.At, text); err != nil {
		return err
	}
	return x.part(kindTicket, p.Ticket, kindProposal, p.ID)
}

// outboxOwner returns the resident an outbox item names, "" when none.
func outboxOwner(o *conversation.Outgoing) string {
	if o.Resident != "" {
		return o.Resident
	}
	id, _ := conversation.QueueResident(o.Queue)
	return id
}

// outbox indexes o by resident and ticket.
func (x *index) outbox(o *conversation.Outgoing) error {
	if err := x.own(outboxOwner(o), kindOutbox, o.ID); err != nil {
		return err
	}
	return x.part(kindTicket, o.Ticket, kindOutbox, o.ID)
}

// unindexOutbox drops the index entries of o, deleted.
func (x *index) unindexOutbox(o *conversation.Outgoing) error {
	if r := outboxOwner(o); r != "" {
		if err := x.owned.Delete(ownedKey(r, kindOutbox, o.ID)); err != nil {
			return err
		}
	}
	if o.Ticket == 0 {
		return nil
	}
	return x.parts.Delete(partKey(kindTicket, o.Ticket, kindOutbox, o.ID))
}

// keysWith returns the last 8 bytes, as numbers, of the keys of b that
// start with prefix, in key order.
func keysWith(b *bbolt.Bucket, prefix []byte) []uint64 {
	var keys []uint64
	c := b.Cursor()
	for k, _ := c.Seek(prefix); k != nil && bytes.HasPrefix(k, prefix); k, _ = c.Next() {
		if len(k) == len(prefix)+8 {
			keys = append(keys, binary.BigEndian.Uint64(k[len(prefix):]))
		}
	}
	return keys
}

// partsOf returns the keys of the records of kind part belonging to the
// conversation or ticket (kind) numbered parent.
func (x *index) partsOf(kind byte, parent uint64, part byte) []uint64 {
	return keysWith(x.parts, append(binary.BigEndian.AppendUint64([]byte{kind}, parent), part))
}

// ownedBy returns the keys of the records of kind that resident owns.
func (x *index) ownedBy(resident string, kind byte) []uint64 {
	return keysWith(x.owned, append(ownedPrefix(resident), kind))
}

// delivered drops the index entries of the outbox items delivered, before
// they are deleted: those of an item still in the outbox, from the fields
// the item was indexed by (the Change gives them, which spares decoding it).
func (x *index) delivered(outbox *bbolt.Bucket, items []conversation.Outgoing) error {
	for i := range items {
		if outbox.Get(u64(items[i].ID)) == nil {
			continue // erased meanwhile, with its entries
		}
		if err := x.unindexOutbox(&items[i]); err != nil {
			return err
		}
	}
	return nil
}

// added indexes the new outbox items, numbered ids.
func (x *index) added(items []conversation.Outgoing, ids []uint64) error {
	for i := range items {
		o := items[i]
		o.ID = ids[i]
		if err := x.outbox(&o); err != nil {
			return err
		}
	}
	return nil
}
