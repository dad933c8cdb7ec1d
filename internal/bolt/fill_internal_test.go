package bolt

import (
	"fmt"
	"path/filepath"
	"testing"
	"time"

	bbolt "go.etcd.io/bbolt"

	"pimmsbot/internal/conversation"
)

// TestMessagePagesFilled commits the messages of many conversations at
// once, interleaved as residents write at the same time, one transaction
// each, and checks that the pages of the messages bucket end at least
// 70 % full: a fill of 90 % (appendFill), right for keys that come in
// order, leaves them 48 % full here (see appendedBuckets).
func TestMessagePagesFilled(t *testing.T) {
	s, err := Open(filepath.Join(t.TempDir(), "pimmsbot.db"), Options{LockTimeout: time.Second, NoSync: true})
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	const active, length, convs = 300, 8, 3000
	at := time.Date(2026, 3, 2, 10, 0, 0, 0, time.UTC)
	// Conversation c gets its messages in rounds c*length/active … + length,
	// one per round: about active conversations are open at each round.
	rounds := convs*length/active + length
	for round := range rounds {
		for c := uint64(1); c <= convs; c++ {
			first := int(c-1) * length / active
			if round < first || round >= first+length {
				continue
			}
			ch := &conversation.Change{Messages: []conversation.Message{{Conversation: c, At: at, From: conversation.FromResident,
				Text: fmt.Sprintf("message %d de la conversation %d : bonjour, j'ai une question sur mon dossier", round-first, c)}}}
			// One transaction per message, as residents' commits come
			// (Commit would wait for company each time).
			e, err := encode(ch)
			if err != nil {
				t.Fatal(err)
			}
			err = s.update(func(tx *bbolt.Tx) error { return apply(tx, ch, e, make([]uint64, 1), nil) })
			if err != nil {
				t.Fatal(err)
			}
		}
	}
	s.read(func(tx *bbolt.Tx) error {
		st := tx.Bucket(bucketMessages).Stats()
		fill := 100 * st.LeafInuse / (st.LeafPageN * s.db.Info().PageSize)
		t.Logf("messages: %d keys, %d leaf pages, %d%% full", st.KeyN, st.LeafPageN, fill)
		if fill < 70 {
			t.Errorf("message pages %d%% full, want at least 70%%", fill)
		}
		return nil
	})
}
