package bolt

import (
	"context"
	"time"

	bbolt "go.etcd.io/bbolt"
)

// doneKey is the meta key recording that the task named key was done.
func doneKey(key string) []byte { return []byte("done:" + key) }

// Done reports whether the task named key (such as
// "monthly-report:2026-11") was recorded as done by MarkDone, and when.
func (s *Store) Done(ctx context.Context, key string) (time.Time, bool, error) {
	var at time.Time
	var ok bool
	err := s.view(ctx, func(tx *bbolt.Tx) error {
		v := tx.Bucket(bucketMeta).Get(doneKey(key))
		if v == nil {
			return nil
		}
		ok = true
		return at.UnmarshalBinary(v)
	})
	return at, ok, err
}

// MarkDone records durably that the task named key was done at at, so
// that a task meant to run once (the monthly report's post) does not run
// again after a restart.
func (s *Store) MarkDone(ctx context.Context, key string, at time.Time) error {
	v, err := at.MarshalBinary()
	if err != nil {
		return err
	}
	if err := ctx.Err(); err != nil {
		return err
	}
	return s.update(func(tx *bbolt.Tx) error {
		return tx.Bucket(bucketMeta).Put(doneKey(key), v)
	})
}
