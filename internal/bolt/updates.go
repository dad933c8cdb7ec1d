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

// How long SeenUpdate remembers an update id by default: an id is forgotten
// once it is older than seenMaxAge or no longer among the seenMax latest of
// its channel, whichever comes first.
const (
	seenMax    = 10_000
	seenMaxAge = 7 * 24 * time.Hour
)

var (
	bucketSeenIDs = []byte("ids") // update id (8 bytes) → log sequence
	bucketSeenLog = []byte("log") // log sequence → update id (8 bytes) + unix nanoseconds (8 bytes)
)

// SeenUpdate records that the update with the given id arrived on channel
// ("telegram") and reports whether it is new: false when the id was already
// recorded, so that an update delivered twice is handled once. Membership
// is by id, not by order, as a platform's ids may jump. It remembers the
// 10,000 latest ids of each channel for at most 7 days.
//
// Concurrent calls share one disk write, as Commit does, at the price of up
// to Options.MaxBatchDelay of latency.
func (s *Store) SeenUpdate(ctx context.Context, channel string, updateID int64) (fresh bool, err error) {
	if channel == "" {
		return false, conversation.Errorf(conversation.EINVALID, "seen update: empty channel")
	}
	if err := ctx.Err(); err != nil {
		return false, err
	}
	now := s.now()
	err = s.batch(func(tx *bbolt.Tx) error {
		var err error
		fresh, err = s.markSeen(tx, channel, updateID, now) // assigned: the function may run again
		return err
	})
	if err != nil {
		return false, fmt.Errorf("seen update %s %d: %w", channel, updateID, err)
	}
	return fresh, nil
}

// markSeen records an update id of channel in tx and reports whether it
// is new. Commit and SeenUpdate share it, so that an update recorded by
// either is a duplicate for both.
func (s *Store) markSeen(tx *bbolt.Tx, channel string, updateID int64, now time.Time) (bool, error) {
	ch, err := tx.Bucket(bucketSeen).CreateBucketIfNotExists([]byte(channel))
	if err != nil {
		return false, err
	}
	ids, err := ch.CreateBucketIfNotExists(bucketSeenIDs)
	if err != nil {
		return false, err
	}
	log, err := ch.CreateBucketIfNotExists(bucketSeenLog)
	if err != nil {
		return false, err
	}
	id := u64(uint64(updateID))
	if ids.Get(id) != nil {
		return false, nil
	}
	seq, err := log.NextSequence()
	if err != nil {
		return false, err
	}
	if err := ids.Put(id, u64(seq)); err != nil {
		return false, err
	}
	entry := make([]byte, 16)
	copy(entry, id)
	binary.BigEndian.PutUint64(entry[8:], uint64(now.UnixNano()))
	if err := log.Put(u64(seq), entry); err != nil {
		return false, err
	}
	return true, forgetSeen(ids, log, now, s.seenMax, s.seenMaxAge)
}

// forgetSeen deletes the oldest entries of a channel's log, and their ids,
// beyond limit or older than maxAge. Log sequences are dense (entries
// are only deleted from the front), so the count is last - first + 1.
func forgetSeen(ids, log *bbolt.Bucket, now time.Time, limit uint64, maxAge time.Duration) error {
	var stale [][2][]byte
	last := log.Sequence()
	c := log.Cursor()
	for k, v := c.First(); k != nil; k, v = c.Next() {
		remaining := last - binary.BigEndian.Uint64(k) + 1 // this entry and the newer ones
		if len(v) == 16 && remaining <= limit &&
			now.Sub(time.Unix(0, int64(binary.BigEndian.Uint64(v[8:])))) <= maxAge {
			break
		}
		stale = append(stale, [2][]byte{bytes.Clone(k), bytes.Clone(v[:min(8, len(v))])})
	}
	for _, e := range stale {
		if err := log.Delete(e[0]); err != nil {
			return err
		}
		if string(ids.Get(e[1])) == string(e[0]) {
			if err := ids.Delete(e[1]); err != nil {
				return err
			}
		}
	}
	return nil
}

// offsetKey is the meta key of a channel's update offset.
func offsetKey(channel string) []byte { return []byte("offset/" + channel) }

// Offset returns the update offset recorded for channel by SetOffset, or 0.
func (s *Store) Offset(ctx context.Context, channel string) (int64, error) {
	var off int64
	err := s.view(ctx, func(tx *bbolt.Tx) error {
		if v := tx.Bucket(bucketMeta).Get(offsetKey(channel)); len(v) == 8 {
			off = int64(binary.BigEndian.Uint64(v))
		}
		return nil
	})
	if err != nil {
		return 0, fmt.Errorf("read offset %s: %w", channel, err)
	}
	return off, nil
}

// SetOffset records the update offset of channel (for Telegram, the id of
// the next update to ask for) durably. It shares its disk write with
// concurrent commits.
func (s *Store) SetOffset(ctx context.Context, channel string, id int64) error {
	if channel == "" {
		return conversation.Errorf(conversation.EINVALID, "set offset: empty channel")
	}
	if err := ctx.Err(); err != nil {
		return err
	}
	err := s.batch(func(tx *bbolt.Tx) error {
		return tx.Bucket(bucketMeta).Put(offsetKey(channel), u64(uint64(id)))
	})
	if err != nil {
		return fmt.Errorf("set offset %s: %w", channel, err)
	}
	return nil
}
