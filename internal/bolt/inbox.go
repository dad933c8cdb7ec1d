package bolt

import (
	"bytes"
	"context"
	"encoding/binary"
	"fmt"

	bbolt "go.etcd.io/bbolt"

	"pimmsbot/internal/conversation"
)

// bucketInbox holds, in a channel's bucket of bucketSeen, the updates
// received and not yet handled: sequence (8 bytes) → the update as the
// platform sent it.
var bucketInbox = []byte("inbox")

// Receive stores updates received from channel ("telegram") that are not
// handled yet, each as the platform sent it, together with the channel's
// offset (see SetOffset) when offset is not 0, in one durable write. The
// channel can then confirm them to the platform before handling them: an
// update the process had no time to handle is in Received after a
// restart. It returns a key for each update, in order, for Handled.
//
// The updates hold residents' messages: they stay only until handled.
// Concurrent calls share one disk write, as Commit does.
func (s *Store) Receive(ctx context.Context, channel string, updates [][]byte, offset int64) ([]uint64, error) {
	if channel == "" {
		return nil, conversation.Errorf(conversation.EINVALID, "receive updates: empty channel")
	}
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	var keys []uint64
	err := s.batch(func(tx *bbolt.Tx) error {
		in, err := inbox(tx, channel)
		if err != nil {
			return err
		}
		keys = make([]uint64, 0, len(updates)) // assigned: the function may run again
		for _, u := range updates {
			k, err := in.NextSequence()
			if err != nil {
				return err
			}
			if err := in.Put(u64(k), u); err != nil {
				return err
			}
			keys = append(keys, k)
		}
		if offset != 0 {
			return tx.Bucket(bucketMeta).Put(offsetKey(channel), u64(uint64(offset)))
		}
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("receive %d updates %s: %w", len(updates), channel, err)
	}
	return keys, nil
}

// Received returns the updates of channel stored by Receive and not
// Handled, in the order received, with their keys.
func (s *Store) Received(ctx context.Context, channel string) (keys []uint64, updates [][]byte, err error) {
	err = s.view(ctx, func(tx *bbolt.Tx) error {
		ch := tx.Bucket(bucketSeen).Bucket([]byte(channel))
		if ch == nil {
			return nil
		}
		in := ch.Bucket(bucketInbox)
		if in == nil {
			return nil
		}
		return in.ForEach(func(k, v []byte) error {
			if len(k) == 8 {
				keys = append(keys, binary.BigEndian.Uint64(k))
				updates = append(updates, bytes.Clone(v))
			}
			return nil
		})
	})
	if err != nil {
		return nil, nil, fmt.Errorf("read received updates %s: %w", channel, err)
	}
	return keys, updates, nil
}

// Handled deletes updates of channel stored by Receive, once handled. An
// unknown key is ignored. Concurrent calls share one disk write.
func (s *Store) Handled(ctx context.Context, channel string, keys ...uint64) error {
	if len(keys) == 0 {
		return nil
	}
	if err := ctx.Err(); err != nil {
		return err
	}
	err := s.batch(func(tx *bbolt.Tx) error {
		in, err := inbox(tx, channel)
		if err != nil {
			return err
		}
		for _, k := range keys {
			if err := in.Delete(u64(k)); err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		return fmt.Errorf("forget %d handled updates %s: %w", len(keys), channel, err)
	}
	return nil
}

// inbox returns channel's inbox bucket in tx, creating it when missing.
func inbox(tx *bbolt.Tx, channel string) (*bbolt.Bucket, error) {
	ch, err := tx.Bucket(bucketSeen).CreateBucketIfNotExists([]byte(channel))
	if err != nil {
		return nil, err
	}
	return ch.CreateBucketIfNotExists(bucketInbox)
}
