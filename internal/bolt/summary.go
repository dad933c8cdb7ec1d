package bolt

import (
	"context"
	"encoding/binary"
	"errors"
	"slices"
	"time"

	"pimmsbot/internal/conversation"
)

// Schema 4 keeps, in a conversation's entry of the index of periods, what
// the reports count of it: a report of a month then walks the index alone
// and decodes no record. The value is written from the record in the
// transaction that writes the record, so it is never behind it:
//
//	format    1 byte, summaryFormat
//	flags     1 byte, summaryPurged when the messages were purged
//	counters  7 uvarints: questions, answered, clarified, unanswered,
//	          helpful, not helpful, handovers
//	theme     uvarint length, bytes
//	site      uvarint length, bytes
//	resident  the rest of the value ("" once erased or purged)
//
// A conversation that only changes its Updated time leaves its entry as
// it is (putChanged): most commits write no page of the index.
const (
	summaryFormat = 1
	summaryPurged = 1 << 0
)

// errSummary is the error of an entry that is not a summary.
var errSummary = errors.New("unreadable summary in the index of periods")

// appendSummary appends the summary of c to b.
func appendSummary(b []byte, c *conversation.Conversation) []byte {
	var flags byte
	if c.Purged {
		flags |= summaryPurged
	}
	b = append(b, summaryFormat, flags)
	for _, n := range [...]int{c.Questions, c.Answered, c.Clarified, c.Unanswered, c.Helpful, c.NotHelpful, c.Handovers} {
		b = binary.AppendUvarint(b, uint64(max(n, 0)))
	}
	for _, s := range [...]string{c.Theme, c.Site} {
		b = binary.AppendUvarint(b, uint64(len(s)))
		b = append(b, s...)
	}
	return append(b, c.Resident...)
}

// readSummary sets the fields of c that the summary v holds: the counters,
// Theme, Site, Purged and Resident.
func readSummary(v []byte, c *conversation.Conversation) error {
	if len(v) < 2 || v[0] != summaryFormat {
		return errSummary
	}
	c.Purged = v[1]&summaryPurged != 0
	v = v[2:]
	for _, n := range [...]*int{&c.Questions, &c.Answered, &c.Clarified, &c.Unanswered, &c.Helpful, &c.NotHelpful, &c.Handovers} {
		u, size := binary.Uvarint(v)
		if size <= 0 {
			return errSummary
		}
		*n, v = int(u), v[size:]
	}
	for _, s := range [...]*string{&c.Theme, &c.Site} {
		u, size := binary.Uvarint(v)
		if size <= 0 || u > uint64(len(v)-size) {
			return errSummary
		}
		*s, v = string(v[size:size+int(u)]), v[size+int(u):]
	}
	c.Resident = string(v)
	return nil
}

// residentOf returns the resident of the summary v, "" when unreadable.
func residentOf(v []byte) string {
	var c conversation.Conversation
	if readSummary(v, &c) != nil {
		return ""
	}
	return c.Resident
}

// ForEachConversationSummaryIn calls fn with the conversations that
// ForEachConversationIn reads, but filled from the index of periods
// instead of their records: ID, Started, Resident, Theme, Site, Purged
// and the counters are set, Channel and Updated are not. It reads the
// conversations started in the period in order of start, then, by ID,
// those of the tickets requested in it that started outside it, from
// their records. It stops at the first error of fn and returns it as is.
func (s *Store) ForEachConversationSummaryIn(ctx context.Context, from, to time.Time, fn func(conversation.Conversation) error) error {
	started := make(map[uint64]bool)
	err := s.walkPeriod(ctx, kindConversation, from, to, true, func(chunk []periodEntry) error {
		for _, e := range chunk {
			c := conversation.Conversation{ID: e.key, Started: e.at}
			if err := readSummary(e.value, &c); err != nil {
				return err
			}
			started[e.key] = true
			if err := fn(c); err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		return err
	}
	var others []uint64
	err = s.walkPeriod(ctx, kindTicket, from, to, true, func(chunk []periodEntry) error {
		for _, e := range chunk {
			if len(e.value) == 8 {
				if id := binary.BigEndian.Uint64(e.value); id != 0 && !started[id] {
					others = append(others, id)
				}
			}
		}
		return nil
	})
	if err != nil {
		return err
	}
	slices.Sort(others)
	return forKeysJSON(ctx, s, bucketConversations, "conversation", slices.Compact(others), decoded("conversation", fn))
}
