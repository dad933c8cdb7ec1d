package bolt

import (
	"bytes"
	"encoding/json"
	"fmt"
	"strconv"
	"time"

	segjson "github.com/segmentio/encoding/json"

	"pimmsbot/internal/conversation"
)

// An encodedChange is a Change encoded to JSON before its transaction.
//
// Concurrent commits share one write transaction, and bbolt runs one at a
// time: whatever a commit does inside it, every other commit waits for.
// Encoding is most of that work, so Commit encodes in the committing
// goroutine, in parallel with the others, and the transaction only puts
// bytes and draws numbers. (The items delivered need no decoding either:
// the Change gives what their index entries are made of.) The encoded
// values are never modified, so that batch may run the transaction again
// with them.
type encodedChange struct {
	resident, conversation []byte
	tickets                [][]byte
	messages               []encodedMessage
	feedback, unanswered   [][]byte
	suggestions            [][]byte
	// proposals and outbox hold their ID as their first field, encoded as
	// 0: the transaction writes in the number it draws (withID).
	proposals, outbox [][]byte
	retry             [][]byte
}

// encode encodes what ch saves. It does not modify ch.
//
// The records every message writes (the resident, the conversation, the
// messages, the outbox items) go through segjson,
// github.com/segmentio/encoding/json: it writes what encoding/json writes
// about three times as fast (TestCodecAsStandard). The others keep
// encoding/json, whose omitzero segjson does not know.
func encode(ch *conversation.Change) (*encodedChange, error) {
	e := &encodedChange{}
	var err error
	if r := ch.Resident; r != nil {
		if e.resident, err = fastRecord(r, r.Created, r.Seen); err != nil {
			return nil, fmt.Errorf("encode resident: %w", err)
		}
	}
	if c := ch.Conversation; c != nil {
		if e.conversation, err = fastRecord(c, c.Started, c.Updated); err != nil {
			return nil, fmt.Errorf("encode conversation %d: %w", ch.Conversation.ID, err)
		}
	}
	if e.tickets, err = encodeAll(ch.Tickets, nil, stdRecord); err != nil {
		return nil, fmt.Errorf("encode ticket: %w", err)
	}
	e.messages = make([]encodedMessage, len(ch.Messages))
	for i := range ch.Messages {
		if e.messages[i], err = encodeMessage(&ch.Messages[i]); err != nil {
			return nil, fmt.Errorf("encode message: %w", err)
		}
	}
	if e.feedback, err = encodeAll(ch.Feedback, nil, stdRecord); err != nil {
		return nil, fmt.Errorf("encode feedback: %w", err)
	}
	if e.unanswered, err = encodeAll(ch.Unanswered, nil, stdRecord); err != nil {
		return nil, fmt.Errorf("encode unanswered question: %w", err)
	}
	if e.suggestions, err = encodeAll(ch.Suggestions, nil, stdRecord); err != nil {
		return nil, fmt.Errorf("encode suggestion: %w", err)
	}
	if e.proposals, err = encodeAll(ch.Proposals, func(p *conversation.Proposal) { p.ID = 0 }, stdRecord); err != nil {
		return nil, fmt.Errorf("encode proposal: %w", err)
	}
	if err := checkIDFirst(e.proposals); err != nil {
		return nil, fmt.Errorf("encode proposal: %w", err)
	}
	if e.outbox, err = encodeAll(ch.Outbox, func(o *conversation.Outgoing) { o.ID = 0 }, outboxRecord); err != nil {
		return nil, fmt.Errorf("encode outbox item: %w", err)
	}
	if err := checkIDFirst(e.outbox); err != nil {
		return nil, fmt.Errorf("encode outbox item: %w", err)
	}
	if e.retry, err = encodeAll(ch.Retry, nil, outboxRecord); err != nil {
		return nil, fmt.Errorf("encode outbox item: %w", err)
	}
	return e, nil
}

// fastRecord encodes v with segjson. times are v's, which segjson
// writes as they are, where encoding/json refuses what no decoder reads
// back (a year outside 0–9999, a zone offset of a day or more):
// fastRecord refuses them too, with time's own check.
func fastRecord(v any, times ...time.Time) ([]byte, error) {
	var buf [64]byte
	for _, t := range times {
		if _, err := t.AppendText(buf[:0]); err != nil {
			return nil, fmt.Errorf("time %s: %w", t.Format(time.DateOnly), err)
		}
	}
	return segjson.Marshal(v)
}

// outboxRecord encodes an outbox item with segjson. segjson writes a
// zero NotBefore, which encoding/json's omitzero leaves out: both read
// back the same item (TestCodecAsStandard), and an item lives only until
// it is delivered.
func outboxRecord(o *conversation.Outgoing) ([]byte, error) {
	var posted time.Time
	if o.Post != nil {
		posted = o.Post.At
	}
	return fastRecord(o, o.Created, o.NotBefore, posted)
}

// stdRecord encodes a record with encoding/json.
func stdRecord[T any](v *T) ([]byte, error) { return json.Marshal(v) }

// encodeAll encodes each item with marshal, or a copy of it changed by
// prepare when prepare is not nil.
func encodeAll[T any](items []T, prepare func(*T), marshal func(*T) ([]byte, error)) ([][]byte, error) {
	if len(items) == 0 {
		return nil, nil
	}
	out := make([][]byte, len(items))
	for i := range items {
		v := items[i]
		if prepare != nil {
			prepare(&v)
		}
		data, err := marshal(&v)
		if err != nil {
			return nil, err
		}
		out[i] = data
	}
	return out, nil
}

// zeroID is how a record numbered by the store (an outbox item, a
// proposal) starts once encoded with an ID of 0.
var zeroID = []byte(`{"id":0,`)

// checkIDFirst makes sure each value starts with zeroID, which withID
// replaces.
func checkIDFirst(values [][]byte) error {
	for _, v := range values {
		if !bytes.HasPrefix(v, zeroID) {
			return fmt.Errorf("value does not start with its id: %.20s", v)
		}
	}
	return nil
}

// withID returns v, which starts with zeroID, with id in place of the 0.
// v is left as it is, for a transaction run again.
func withID(v []byte, id uint64) []byte {
	out := make([]byte, 0, len(v)+20)
	out = append(out, `{"id":`...)
	out = strconv.AppendUint(out, id, 10)
	return append(out, v[len(zeroID)-1:]...)
}
