package bolt

import (
	"context"
	"encoding/binary"
	"time"

	bbolt "go.etcd.io/bbolt"
)

// FirstActivity returns when the first conversation the file ever held
// started, and false when it never held one. The index of the reports
// keeps each conversation's entry after the purge or an erasure (see
// bucketPeriod), so the answer outlives the data: it says when the bot
// started serving residents.
func (s *Store) FirstActivity(ctx context.Context) (first time.Time, ok bool, err error) {
	err = s.view(ctx, func(tx *bbolt.Tx) error {
		c := tx.Bucket(bucketPeriod).Cursor()
		k, _ := c.Seek([]byte{kindConversation})
		if len(k) != 17 || k[0] != kindConversation {
			return nil
		}
		first, ok = time.Unix(0, int64(binary.BigEndian.Uint64(k[1:9]))), true
		return nil
	})
	return first, ok, err
}
