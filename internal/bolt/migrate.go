package bolt

import (
	"bytes"
	"encoding/binary"
	"time"

	bbolt "go.etcd.io/bbolt"

	"pimmsbot/internal/conversation"
)

// migrateChunk is how many records one transaction of the migration
// indexes.
var migrateChunk = 5000

// afterMigrateTx, when a test sets it, runs after each transaction of the
// migration: an error stops the migration there, as a crash would.
var afterMigrateTx func() error

// keyMigrate, in meta, is where the migration to the current schema
// stands while it runs: the step (1 byte), then the last key it indexed in that step's
// bucket, none when the step has not started.
var keyMigrate = []byte("migrate")

// A migrateStep indexes the records of one bucket.
type migrateStep struct {
	bucket []byte
	index  func(x *index, k, v []byte) error
}

// migrateSteps index the records of a schema-1 file, bucket by bucket:
// every index, the index of periods included.
var migrateSteps = []migrateStep{
	{bucketResidents, func(x *index, k, v []byte) error {
		var r conversation.Resident
		if err := decode(v, &r, "resident", k); err != nil {
			return err
		}
		return x.resident(&r)
	}},
	{bucketConversations, func(x *index, k, v []byte) error {
		var c conversation.Conversation
		if err := decode(v, &c, "conversation", k); err != nil {
			return err
		}
		return x.conversation(&c)
	}},
	{bucketTickets, func(x *index, k, v []byte) error {
		var t conversation.Ticket
		if err := decode(v, &t, "ticket", k); err != nil {
			return err
		}
		return x.ticket(&t)
	}},
	{bucketMessages, func(x *index, k, v []byte) error {
		var m struct {
			At time.Time `json:"at"`
		}
		if err := decode(v, &m, "message", k); err != nil {
			return err
		}
		if len(k) != 16 {
			return nil
		}
		return x.message(binary.BigEndian.Uint64(k), m.At)
	}},
	{bucketFeedback, func(x *index, k, v []byte) error {
		var f conversation.Feedback
		if err := decode(v, &f, "feedback", k); err != nil {
			return err
		}
		return x.child(kindFeedback, f.Conversation, seqOf(k), f.At, f.Question != "")
	}},
	{bucketUnanswered, func(x *index, k, v []byte) error {
		var u conversation.Unanswered
		if err := decode(v, &u, "unanswered question", k); err != nil {
			return err
		}
		return x.child(kindUnanswered, u.Conversation, seqOf(k), u.At, true)
	}},
	{bucketSuggestions, func(x *index, k, v []byte) error {
		var sg conversation.Suggestion
		if err := decode(v, &sg, "suggestion", k); err != nil {
			return err
		}
		return x.child(kindSuggestion, sg.Conversation, seqOf(k), sg.At, sg.Question != "")
	}},
	{bucketProposals, func(x *index, k, v []byte) error {
		var p conversation.Proposal
		if err := decode(v, &p, "proposal", k); err != nil {
			return err
		}
		p.ID = seqOf(k)
		return x.proposal(&p)
	}},
	{bucketOutbox, func(x *index, k, v []byte) error {
		var o conversation.Outgoing
		if err := decode(v, &o, "outbox item", k); err != nil {
			return err
		}
		o.ID = seqOf(k)
		return x.outbox(&o)
	}},
}

// seqOf returns the number an 8-byte key holds, 0 for another key.
func seqOf(k []byte) uint64 {
	if len(k) != 8 {
		return 0
	}
	return binary.BigEndian.Uint64(k)
}

// migrate brings a file of schema 1 to 4 to the current schema: it
// indexes every record (schema 1), lists them in the index of periods
// (schema 2, periodSteps) or writes the conversations' summaries there
// (schema 3, summarySteps), in transactions of migrateChunk records that
// each record how far they went (keyMigrate), then writes the new
// version; schema 4 only needs the new version. Killed midway, it goes on from there at the next Open;
// indexing a record twice does no harm. Commits cannot run meanwhile:
// Open has not returned.
func (s *Store) migrate(version uint64) error {
	steps := migrateSteps
	switch version {
	case 2:
		steps = periodSteps
	case 3:
		steps = summarySteps
	case 4:
		steps = nil // records of version 4 read as they are
	}
	for {
		done, err := s.migrateChunk(steps)
		if err != nil {
			return err
		}
		if afterMigrateTx != nil {
			if err := afterMigrateTx(); err != nil {
				return err
			}
		}
		if done {
			return nil
		}
	}
}

// migrateChunk indexes the next migrateChunk records and reports whether
// the migration is complete.
func (s *Store) migrateChunk(steps []migrateStep) (done bool, err error) {
	err = s.update(func(tx *bbolt.Tx) error {
		meta := tx.Bucket(bucketMeta)
		step, after := 0, []byte(nil)
		if v := meta.Get(keyMigrate); len(v) > 0 {
			step, after = int(v[0]), bytes.Clone(v[1:])
		}
		x := indexOf(tx)
		for n := 0; n < migrateChunk && step < len(steps); {
			st := steps[step]
			c := tx.Bucket(st.bucket).Cursor()
			k, v := c.First()
			if len(after) > 0 {
				if k, v = c.Seek(after); bytes.Equal(k, after) {
					k, v = c.Next()
				}
			}
			for ; k != nil && n < migrateChunk; k, v = c.Next() {
				if v == nil {
					continue // a nested bucket: none in schema 1
				}
				if err := st.index(x, k, v); err != nil {
					return err
				}
				after, n = bytes.Clone(k), n+1
			}
			if k == nil {
				step, after = step+1, nil
			}
		}
		if step < len(steps) {
			return meta.Put(keyMigrate, append([]byte{byte(step)}, after...))
		}
		done = true
		if err := meta.Delete(keyMigrate); err != nil {
			return err
		}
		return meta.Put(keySchema, u64(SchemaVersion))
	})
	return done, err
}
