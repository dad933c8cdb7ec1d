package bolt

import (
	"bytes"
	"context"
	"encoding/binary"
	"encoding/json"
	"fmt"
	"math"
	"slices"
	"time"

	bbolt "go.etcd.io/bbolt"

	"pimmsbot/internal/conversation"
)

// bucketPeriod, added in schema 3, orders by time the records the reports
// count, so that a report reads the period it shows and not the whole
// file: kind, Unix nanoseconds (8 bytes), key (8 bytes). It lists
//
//   - conversations under Started, with their summary as value: the
//     resident ("" once erased or purged), theme, site and counters
//     (summary.go, schema 4). The reports count a period's conversations,
//     and tell new residents from returning ones, by the index alone;
//   - tickets under Requested, with their conversation as value;
//   - feedback, unanswered questions and suggestions under At.
//
// Entries are written in the transaction that writes the record and are
// never moved: the times they use do not change. A reader still checks
// the record it finds, and skips the entries of records deleted since
// (unanswered questions leave with the purge or an erasure).
var bucketPeriod = []byte("idx-period")

// periodNanos returns t as the 8 bytes that order bucketPeriod: times
// before 1970, and the zero time, come first; times past 2262 last.
func periodNanos(t time.Time) []byte {
	switch {
	case t.Before(time.Unix(0, 0)):
		return u64(0)
	case t.After(time.Unix(0, math.MaxInt64)):
		return u64(math.MaxInt64)
	}
	return u64(uint64(t.UnixNano()))
}

func periodKey(kind byte, t time.Time, key uint64) []byte {
	return binary.BigEndian.AppendUint64(append([]byte{kind}, periodNanos(t)...), key)
}

// putChanged puts value at key unless it is there already: a commit of a
// conversation then writes no page of the index.
func putChanged(b *bbolt.Bucket, key, value []byte) error {
	if old := b.Get(key); old != nil && bytes.Equal(old, value) {
		return nil
	}
	return b.Put(key, value)
}

// startedAt lists c under its start, with its summary (summary.go).
func (x *index) startedAt(c *conversation.Conversation) error {
	return putChanged(x.period, periodKey(kindConversation, c.Started, c.ID), appendSummary(nil, c))
}

// requestedAt lists t under its request, with its conversation.
func (x *index) requestedAt(t *conversation.Ticket) error {
	return putChanged(x.period, periodKey(kindTicket, t.Requested, t.Number), u64(t.Conversation))
}

// dated lists the feedback, unanswered question or suggestion stored
// under seq at its time; other kinds are not listed.
func (x *index) dated(kind byte, at time.Time, seq uint64) error {
	switch kind {
	case kindFeedback, kindUnanswered, kindSuggestion:
		return putOnce(x.period, periodKey(kind, at, seq))
	}
	return nil
}

// A periodEntry is one entry of bucketPeriod.
type periodEntry struct {
	at    time.Time
	key   uint64
	value []byte
}

// periodChunk is how many entries of bucketPeriod one read transaction
// goes through.
const periodChunk = 5000

// walkPeriod calls fn with the entries of kind from from (inclusive) to
// to (exclusive; the zero time means no end), in order of time: a chunk
// of at most periodChunk entries per read transaction, fn running
// outside it. The entries' values are read only when values is true.
func (s *Store) walkPeriod(ctx context.Context, kind byte, from, to time.Time, values bool, fn func([]periodEntry) error) error {
	hi := []byte{kind + 1}
	if !to.IsZero() {
		hi = append([]byte{kind}, periodNanos(to)...)
	}
	after := append([]byte{kind}, periodNanos(from)...)
	for first := true; ; first = false {
		chunk := make([]periodEntry, 0, periodChunk)
		err := s.view(ctx, func(tx *bbolt.Tx) error {
			c := tx.Bucket(bucketPeriod).Cursor()
			k, v := c.Seek(after)
			if !first && bytes.Equal(k, after) {
				k, v = c.Next()
			}
			for ; k != nil && len(chunk) < periodChunk && bytes.Compare(k, hi) < 0; k, v = c.Next() {
				if len(k) != 17 {
					continue
				}
				e := periodEntry{at: time.Unix(0, int64(binary.BigEndian.Uint64(k[1:9]))), key: binary.BigEndian.Uint64(k[9:])}
				if values {
					e.value = bytes.Clone(v)
				}
				chunk = append(chunk, e)
				after = append(after[:0], k...)
			}
			return nil
		})
		if err != nil {
			return readError(err, "read the index of periods")
		}
		if err := fn(chunk); err != nil {
			return err
		}
		if len(chunk) < periodChunk {
			return nil
		}
	}
}

// periodKeys returns the keys of the entries of kind from from to to, as
// walkPeriod reads them, sorted and without duplicates.
func (s *Store) periodKeys(ctx context.Context, kind byte, from, to time.Time) ([]uint64, error) {
	var keys []uint64
	err := s.walkPeriod(ctx, kind, from, to, false, func(chunk []periodEntry) error {
		for _, e := range chunk {
			keys = append(keys, e.key)
		}
		return nil
	})
	slices.Sort(keys)
	return slices.Compact(keys), err
}

// A recordChunk holds the stored JSON of the records one read transaction
// copied out, in one buffer: a chunk costs no allocation per record, and
// the records are decoded, or sent as they are, outside the transaction.
type recordChunk struct {
	data []byte
	ends []int    // where each record ends in data
	keys []uint64 // each record's key
}

func (c *recordChunk) reset() { c.data, c.ends, c.keys = c.data[:0], c.ends[:0], c.keys[:0] }

func (c *recordChunk) add(key uint64, v []byte) {
	c.data = append(c.data, v...)
	c.ends = append(c.ends, len(c.data))
	c.keys = append(c.keys, key)
}

// each calls fn with each record's key and JSON, which is valid only
// during the call.
func (c *recordChunk) each(fn func(key uint64, data []byte) error) error {
	start := 0
	for i, end := range c.ends {
		if err := fn(c.keys[i], c.data[start:end:end]); err != nil {
			return err
		}
		start = end
	}
	return nil
}

// forKeysJSON calls fn with the stored JSON of the records of bucket at
// keys, which are sorted and unique; keys without a record are skipped. It reads
// pageSize records per read transaction and calls fn outside it; the JSON
// is valid only during the call.
func forKeysJSON(ctx context.Context, s *Store, bucket []byte, what string, keys []uint64, fn func(key uint64, data []byte) error) error {
	var chunk recordChunk
	for len(keys) > 0 {
		n := min(len(keys), pageSize)
		chunk.reset()
		err := s.view(ctx, func(tx *bbolt.Tx) error {
			c := tx.Bucket(bucket).Cursor()
			var k, v []byte // where c is; nil before the first Seek
			for _, key := range keys[:n] {
				want := u64(key)
				switch {
				case k == nil:
					k, v = c.Seek(want)
				case bytes.Compare(k, want) < 0:
					// The records of a period mostly follow each
					// other: the next one is often the one wanted.
					if k, v = c.Next(); k != nil && bytes.Compare(k, want) < 0 {
						k, v = c.Seek(want)
					}
				}
				if k == nil {
					break // no record after this point
				}
				if v != nil && bytes.Equal(k, want) { // missing: deleted since the index was read
					chunk.add(key, v)
				}
			}
			return nil
		})
		if err != nil {
			return readError(err, "read %ss", what)
		}
		if err := chunk.each(fn); err != nil {
			return err
		}
		keys = keys[n:]
	}
	return nil
}

// decoded adapts fn, which takes records of type T, to the JSON a read
// yields: each record is decoded once, outside the read transaction.
func decoded[T any](what string, fn func(T) error) func(key uint64, data []byte) error {
	return func(key uint64, data []byte) error {
		var item T
		if err := json.Unmarshal(data, &item); err != nil {
			// As decode says it, the key made only then: a read of
			// many records allocates nothing for their keys.
			return fmt.Errorf("read %ss: decode %s %x: %w", what, what, u64(key), err)
		}
		return fn(item)
	}
}

// asJSON adapts fn, which takes the stored JSON alone, to the records a
// read yields.
func asJSON(fn func([]byte) error) func(uint64, []byte) error {
	return func(_ uint64, data []byte) error { return fn(data) }
}
