package bolt

import (
	"bytes"
	"cmp"
	"context"
	"fmt"
	"slices"
	"strings"

	segjson "github.com/segmentio/encoding/json"

	bbolt "go.etcd.io/bbolt"

	"pimmsbot/internal/conversation"
)

// Resident returns the stored resident, or an ENOTFOUND error.
func (s *Store) Resident(ctx context.Context, id string) (conversation.Resident, error) {
	var r conversation.Resident
	err := s.view(ctx, func(tx *bbolt.Tx) error {
		return get(tx.Bucket(bucketResidents), []byte(id), &r, "resident %s", id)
	})
	return r, err
}

// FindResident turns what the site manager knows of a resident into the
// stored id: "telegram:42" as is, "42" as a Telegram user id, or the
// label mediators see on the desk ("Usager 7F3A"), looked up among the
// tickets. It returns ENOTFOUND when nothing is stored about them, and
// EINVALID when several residents share the label, with a message in
// French: the site manager reads it (pimmsbot export and erase).
func (s *Store) FindResident(ctx context.Context, who string) (string, error) {
	who = strings.TrimSpace(who)
	id := who
	switch {
	case strings.HasPrefix(strings.ToLower(who), "usager "):
		var err error
		if id, err = s.residentLabelled(ctx, who); err != nil {
			return "", err
		}
	case !strings.Contains(who, ":"):
		id = "telegram:" + who
	}
	if _, err := s.Resident(ctx, id); err != nil {
		if conversation.ErrorCode(err) == conversation.ENOTFOUND {
			return "", conversation.Errorf(conversation.ENOTFOUND, "aucune donnée n'est enregistrée pour l'usager %s (il n'a jamais écrit, ou ses données ont été effacées, ou purgées après la durée de conservation)", id)
		}
		return "", err
	}
	return id, nil
}

// residentLabelled returns the resident whose tickets bear label.
func (s *Store) residentLabelled(ctx context.Context, label string) (string, error) {
	ids := map[string]bool{}
	err := s.ForEachTicket(ctx, func(t conversation.Ticket) error {
		if t.Resident != "" && strings.EqualFold(t.Label, label) {
			ids[t.Resident] = true
		}
		return nil
	})
	if err != nil {
		return "", err
	}
	switch len(ids) {
	case 0:
		return "", conversation.Errorf(conversation.ENOTFOUND, "aucune demande de «\u00a0%s\u00a0» n'est enregistrée (effacée, purgée, ou jamais transmise à un médiateur)\u00a0: donnez plutôt son identifiant Telegram", label)
	case 1:
		for id := range ids {
			return id, nil
		}
	}
	return "", conversation.Errorf(conversation.EINVALID, "%d usagers portent l'étiquette «\u00a0%s\u00a0»\u00a0: donnez plutôt l'identifiant Telegram de celui que vous cherchez", len(ids), label)
}

// Conversation returns a conversation, or an ENOTFOUND error.
func (s *Store) Conversation(ctx context.Context, id uint64) (conversation.Conversation, error) {
	var c conversation.Conversation
	err := s.view(ctx, func(tx *bbolt.Tx) error {
		return get(tx.Bucket(bucketConversations), u64(id), &c, "conversation %d", id)
	})
	return c, err
}

// Ticket returns a ticket by number, or an ENOTFOUND error.
func (s *Store) Ticket(ctx context.Context, number uint64) (conversation.Ticket, error) {
	var t conversation.Ticket
	err := s.view(ctx, func(tx *bbolt.Tx) error {
		return get(tx.Bucket(bucketTickets), u64(number), &t, "ticket %d", number)
	})
	return t, err
}

// Messages returns the messages of a conversation in the order they were
// committed; none (and no error) for an unknown conversation.
func (s *Store) Messages(ctx context.Context, conv uint64) ([]conversation.Message, error) {
	var msgs []conversation.Message
	err := s.view(ctx, func(tx *bbolt.Tx) error {
		var err error
		msgs, err = messagesOf(tx, conv)
		return err
	})
	return msgs, err
}

// OpenTickets returns the tickets waiting or claimed, oldest request first.
// It reads them by the index of open tickets (index.go).
func (s *Store) OpenTickets(ctx context.Context) ([]conversation.Ticket, error) {
	var open []conversation.Ticket
	err := s.view(ctx, func(tx *bbolt.Tx) error {
		tickets := tx.Bucket(bucketTickets)
		return tx.Bucket(bucketOpen).ForEach(func(k, _ []byte) error {
			v := tickets.Get(k)
			if v == nil {
				return nil
			}
			var t conversation.Ticket
			if err := decode(v, &t, "ticket", k); err != nil {
				return err
			}
			if t.Open() {
				open = append(open, t)
			}
			return nil
		})
	})
	slices.SortFunc(open, func(a, b conversation.Ticket) int {
		return cmp.Or(a.Requested.Compare(b.Requested), cmp.Compare(a.Number, b.Number))
	})
	return open, err
}

// Outbox returns the pending items, by queue then ID.
func (s *Store) Outbox(ctx context.Context) ([]conversation.Outgoing, error) {
	var items []conversation.Outgoing
	err := s.view(ctx, func(tx *bbolt.Tx) error {
		return tx.Bucket(bucketOutbox).ForEach(func(k, v []byte) error {
			var o conversation.Outgoing
			if err := decode(v, &o, "outbox item", k); err != nil {
				return err
			}
			items = append(items, o)
			return nil
		})
	})
	slices.SortFunc(items, func(a, b conversation.Outgoing) int {
		return cmp.Or(cmp.Compare(a.Queue, b.Queue), cmp.Compare(a.ID, b.ID))
	})
	return items, err
}

// messagesOf reads a conversation's messages by a prefix scan.
func messagesOf(tx *bbolt.Tx, conv uint64) ([]conversation.Message, error) {
	var msgs []conversation.Message
	prefix := u64(conv)
	r := newMessageReader(tx)
	c := tx.Bucket(bucketMessages).Cursor()
	for k, v := c.Seek(prefix); k != nil && bytes.HasPrefix(k, prefix); k, v = c.Next() {
		m, err := r.message(k, v)
		if err != nil {
			return nil, err
		}
		msgs = append(msgs, m)
	}
	return msgs, nil
}

// get decodes the value at key into v, or returns ENOTFOUND naming what.
// Decoding copies everything out of the transaction's memory.
func get(b *bbolt.Bucket, key []byte, v any, what string, args ...any) error {
	data := b.Get(key)
	if data == nil {
		return notFound(what+" not found", args...)
	}
	if err := segjson.Unmarshal(data, v); err != nil {
		return fmt.Errorf("decode "+what+": %w", append(args, err)...)
	}
	return nil
}

// decode decodes a value met during a scan.
func decode(data []byte, v any, what string, key []byte) error {
	if err := segjson.Unmarshal(data, v); err != nil {
		return fmt.Errorf("decode %s %x: %w", what, key, err)
	}
	return nil
}
