package bolt

import (
	"bytes"
	"context"
	"encoding/binary"
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
//   - conversations under Started, with the resident as value ("" once
//     erased or purged): the monthly report tells new residents from
//     returning ones by the index alone;
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

// startedAt lists c under its start, with its resident.
func (x *index) startedAt(c *conversation.Conversation) error {
	return putChanged(x.period, periodKey(kindConversation, c.Started, c.ID), []byte(c.Resident))
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
// outside it.
func (s *Store) walkPeriod(ctx context.Context, kind byte, from, to time.Time, fn func([]periodEntry) error) error {
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
				chunk = append(chunk, periodEntry{
					at:    time.Unix(0, int64(binary.BigEndian.Uint64(k[1:9]))),
					key:   binary.BigEndian.Uint64(k[9:]),
					value: bytes.Clone(v),
				})
				after = bytes.Clone(k)
			}
			return nil
		})
		if err != nil {
			return fmt.Errorf("read the index of periods: %w", err)
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
	err := s.walkPeriod(ctx, kind, from, to, func(chunk []periodEntry) error {
		for _, e := range chunk {
			keys = append(keys, e.key)
		}
		return nil
	})
	slices.Sort(keys)
	return slices.Compact(keys), err
}

// forKeys calls fn with the records of bucket at keys, in the order of
// keys, that keep accepts (nil accepts all); keys without a record are
// skipped. It reads pageSize records per read transaction and calls fn
// outside it.
func forKeys[T any](ctx context.Context, s *Store, bucket []byte, what string, keys []uint64, keep func(*T) bool, fn func(T) error) error {
	for len(keys) > 0 {
		n := min(len(keys), pageSize)
		page := make([]T, 0, n)
		err := s.view(ctx, func(tx *bbolt.Tx) error {
			b := tx.Bucket(bucket)
			for _, key := range keys[:n] {
				v := b.Get(u64(key))
				if v == nil {
					continue // deleted since the index was read
				}
				var item T
				if err := decode(v, &item, what, u64(key)); err != nil {
					return err
				}
				if keep == nil || keep(&item) {
					page = append(page, item)
				}
			}
			return nil
		})
		if err != nil {
			return fmt.Errorf("read %ss: %w", what, err)
		}
		for _, item := range page {
			if err := fn(item); err != nil {
				return err
			}
		}
		keys = keys[n:]
	}
	return nil
}
