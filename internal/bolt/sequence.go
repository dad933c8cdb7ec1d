package bolt

import (
	"context"
	"encoding/binary"
	"fmt"
	"sync"

	bbolt "go.etcd.io/bbolt"

	"pimmsbot/internal/conversation"
)

// sequenceBlock is how many numbers NextID reserves with one disk write.
// A resident's first message needs a conversation number before its
// commit: with one write per number, each newcomer paid two durable
// writes, and a network of sites, where one message in five comes from
// a newcomer, saw its slowest replies take half as long again.
const sequenceBlock = 64

// sequences hands out the numbers of the named sequences from blocks
// reserved on disk: the file holds, for each sequence, the highest number
// reserved, so a number is on disk before it is returned and is never
// reused, even after a crash. Close gives back what is left of each
// block, so that numbers stay consecutive across a clean restart; a crash
// only leaves a gap.
type sequences struct {
	mu     sync.Mutex
	blocks map[string]*sequenceRange
}

// A sequenceRange is a reserved block: next is the next number to hand
// out, limit the highest reserved.
type sequenceRange struct {
	mu          sync.Mutex
	next, limit uint64
}

// of returns the range of sequence, created empty on first use.
func (q *sequences) of(sequence string) *sequenceRange {
	q.mu.Lock()
	defer q.mu.Unlock()
	if q.blocks == nil {
		q.blocks = map[string]*sequenceRange{}
	}
	r := q.blocks[sequence]
	if r == nil {
		r = &sequenceRange{}
		q.blocks[sequence] = r
	}
	return r
}

// NextID returns a new number from the named sequence ("conversation",
// "ticket"). Numbers start at 1, increase, and are never reused, even
// after a crash: the number is on disk before it is returned. Numbers
// are reserved by blocks, so most calls write nothing; concurrent calls
// that need a new block share one disk write, as Commit does.
func (s *Store) NextID(ctx context.Context, sequence string) (uint64, error) {
	if sequence == "" {
		return 0, conversation.Errorf(conversation.EINVALID, "next id: empty sequence name")
	}
	if err := ctx.Err(); err != nil {
		return 0, err
	}
	r := s.seqs.of(sequence)
	r.mu.Lock()
	defer r.mu.Unlock()
	if r.next == 0 || r.next > r.limit {
		first, limit, err := s.reserve(sequence)
		if err != nil {
			return 0, err
		}
		r.next, r.limit = first, limit
	}
	id := r.next
	r.next++
	return id, nil
}

// reserve writes that the next sequenceBlock numbers of sequence are
// taken, and returns the first and the last of them.
func (s *Store) reserve(sequence string) (first, limit uint64, err error) {
	// Batch may run the function more than once: the results are
	// assigned, not accumulated, and only the run that commits counts.
	err = s.batch(func(tx *bbolt.Tx) error {
		b := tx.Bucket(bucketSequences)
		n := uint64(0)
		if v := b.Get([]byte(sequence)); len(v) == 8 {
			n = binary.BigEndian.Uint64(v)
		}
		first, limit = n+1, n+sequenceBlock
		return b.Put([]byte(sequence), u64(limit))
	})
	if err != nil {
		return 0, 0, fmt.Errorf("next id %s: %w", sequence, err)
	}
	return first, limit, nil
}

// unused returns, for each sequence with numbers left in its block, the
// last number handed out.
func (q *sequences) unused() map[string]uint64 {
	q.mu.Lock()
	defer q.mu.Unlock()
	left := map[string]uint64{}
	for name, r := range q.blocks {
		r.mu.Lock()
		if r.next != 0 && r.next <= r.limit {
			left[name] = r.next - 1
		}
		r.mu.Unlock()
	}
	return left
}

// giveBack writes what is left of NextID's blocks back to the file, so
// that numbers stay consecutive across a clean restart. Close calls it;
// failing only leaves a gap. Only this process writes the sequences, so
// the file still holds each block's limit.
func (s *Store) giveBack() {
	left := s.seqs.unused()
	if len(left) == 0 || s.db.IsReadOnly() {
		return
	}
	_ = s.db.Update(func(tx *bbolt.Tx) error {
		b := tx.Bucket(bucketSequences)
		for name, last := range left {
			if err := b.Put([]byte(name), u64(last)); err != nil {
				return err
			}
		}
		return nil
	})
}
