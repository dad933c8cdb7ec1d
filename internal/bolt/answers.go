package bolt

import (
	"bytes"
	"crypto/sha256"
	"encoding/base64"
	"encoding/binary"
	"fmt"

	segjson "github.com/segmentio/encoding/json"

	bbolt "go.etcd.io/bbolt"

	"pimmsbot/internal/conversation"
)

// bucketAnswers holds the FAQ answers messages refer to, once per version:
// content hash (16 bytes) → answerText as JSON.
//
// Every resident who asks the same question gets the same answer, about
// 0.5 KB of text. A message that carries a FAQ answer (see faqAnswer)
// stores the hash of its title and text instead, and reads them back from
// here, so that what was said is shown exactly as it was sent, even after
// the FAQ changed: a new version of the text is a new hash.
//
// Versions are never deleted, not even when no message refers to them any
// more: they are FAQ text with a site's public details, nothing about a
// resident, so Erase and Purge have nothing to remove here; their number
// is bounded by the FAQ's entries × their edits × the sites; and counting
// references would turn every reply into a write to the same few hot
// pages. Messages stored in full before this bucket existed read as they
// are.
var bucketAnswers = []byte("answers")

// answerText is a value of bucketAnswers: a FAQ entry's title and answer,
// as a message carried them.
type answerText struct {
	Title string `json:"title,omitempty"`
	Text  string `json:"text"`
}

// storedMessage is a message as the messages bucket stores it. Its own
// fields hide those of conversation.Message in JSON: the conversation and
// the sequence are in the key, and a FAQ answer's title and text are in
// bucketAnswers, named by Answer. Records written before hold all of them
// and read the same.
type storedMessage struct {
	conversation.Message
	Conversation uint64 `json:"conversation,omitempty"`
	Seq          uint64 `json:"seq,omitempty"`
	Text         string `json:"text,omitempty"`
	Title        string `json:"title,omitempty"`
	// Answer is the base64 of the key of the title and text in
	// bucketAnswers; empty when the message holds its own text.
	Answer string `json:"answer,omitempty"`
}

// faqAnswer reports whether m carries a FAQ entry's answer, the same text
// for every resident it is sent to: the bot's answers, emergency answers,
// and the answers a mediator sends from the FAQ. Nothing a resident wrote
// is part of them.
func faqAnswer(m *conversation.Message) bool {
	if m.Entry == "" || m.Text == "" {
		return false
	}
	switch m.Outcome {
	case conversation.OutcomeAnswer, conversation.OutcomeEmergency, conversation.OutcomeMediator:
		return m.From == conversation.FromBot || m.From == conversation.FromMediator
	}
	return false
}

// An encodedMessage is a message encoded before its transaction (see
// encodedChange), ready to be stored by put.
type encodedMessage struct {
	// value is the storedMessage; it refers to the FAQ answer by its
	// hash when answerKey is set.
	value []byte
	// answerKey and answer are the key and the value, in bucketAnswers,
	// of the FAQ answer the message carries; nil when none.
	answerKey, answer []byte
	// m is the message, to encode it with its own text should answerKey
	// name another text.
	m *conversation.Message
}

// encodeMessage encodes m as the messages bucket stores it, its FAQ
// answer apart when it carries one. The answer's hash is computed here,
// outside the transaction, too.
func encodeMessage(m *conversation.Message) (encodedMessage, error) {
	em := encodedMessage{m: m}
	sm := storedMessage{Message: *m, Text: m.Text, Title: m.Title}
	if faqAnswer(m) {
		data, err := segjson.Marshal(answerText{Title: m.Title, Text: m.Text})
		if err != nil {
			return encodedMessage{}, fmt.Errorf("answer of entry %s: %w", m.Entry, err)
		}
		sum := sha256.Sum256(data)
		em.answerKey, em.answer = sum[:16], data
		sm.Text, sm.Title, sm.Answer = "", "", base64.RawURLEncoding.EncodeToString(em.answerKey)
	}
	var err error
	em.value, err = fastRecord(&sm, m.At)
	return em, err
}

// put stores the message at key in messages (a 16-byte message key), and
// its FAQ answer in answers unless it is there. It modifies nothing of em,
// for a transaction run again.
func (em *encodedMessage) put(messages, answers *bbolt.Bucket, key []byte) error {
	value := em.value
	if em.answerKey != nil {
		kept, err := keepAnswer(answers, em.answerKey, em.answer)
		if err != nil {
			return fmt.Errorf("save answer of entry %s: %w", em.m.Entry, err)
		}
		if !kept {
			// In the unlikely event that another text has the same hash,
			// the message keeps its own text.
			if value, err = fastRecord(storedMessage{Message: *em.m, Text: em.m.Text, Title: em.m.Title}, em.m.At); err != nil {
				return err
			}
		}
	}
	return messages.Put(key, value)
}

// keepAnswer stores the FAQ answer data in b under key, its hash, unless
// it is there, and reports whether b holds data at key: false when it
// holds another text under the same hash.
func keepAnswer(b *bbolt.Bucket, key, data []byte) (bool, error) {
	if old := b.Get(key); old != nil {
		return bytes.Equal(old, data), nil
	}
	return true, b.Put(key, data)
}

// A messageReader decodes the stored messages of one transaction, reading
// each FAQ answer they refer to once.
type messageReader struct {
	answers *bbolt.Bucket
	seen    map[string]answerText
}

func newMessageReader(tx *bbolt.Tx) *messageReader {
	return &messageReader{answers: tx.Bucket(bucketAnswers), seen: map[string]answerText{}}
}

// message decodes the message stored at key k: the conversation and the
// sequence from the key unless the record holds them, the title and text
// from bucketAnswers when it refers to them.
func (r *messageReader) message(k, v []byte) (conversation.Message, error) {
	var sm storedMessage
	if err := decode(v, &sm, "message", k); err != nil {
		return conversation.Message{}, err
	}
	m := sm.Message
	m.Conversation, m.Seq, m.Text, m.Title = sm.Conversation, sm.Seq, sm.Text, sm.Title
	if len(k) == 16 {
		if m.Conversation == 0 {
			m.Conversation = binary.BigEndian.Uint64(k[:8])
		}
		if m.Seq == 0 {
			m.Seq = binary.BigEndian.Uint64(k[8:])
		}
	}
	if sm.Answer == "" {
		return m, nil
	}
	a, err := r.answer(sm.Answer)
	if err != nil {
		return conversation.Message{}, fmt.Errorf("message %x: %w", k, err)
	}
	m.Title, m.Text = a.Title, a.Text
	return m, nil
}

// answer returns the FAQ answer ref names.
func (r *messageReader) answer(ref string) (answerText, error) {
	if a, ok := r.seen[ref]; ok {
		return a, nil
	}
	key, err := base64.RawURLEncoding.DecodeString(ref)
	if err != nil {
		return answerText{}, fmt.Errorf("answer reference %q: %w", ref, err)
	}
	v := r.answers.Get(key)
	if v == nil {
		return answerText{}, fmt.Errorf("answer %s missing from bucket %s", ref, bucketAnswers)
	}
	var a answerText
	if err := decode(v, &a, "answer", key); err != nil {
		return answerText{}, err
	}
	r.seen[ref] = a
	return a, nil
}
