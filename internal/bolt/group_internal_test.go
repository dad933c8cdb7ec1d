package bolt

import (
	"errors"
	"fmt"
	"path/filepath"
	"runtime"
	"sync"
	"testing"
	"time"

	bbolt "go.etcd.io/bbolt"

	"pimmsbot/internal/conversation"
)

// queued waits until n calls wait in the store's write group.
func queued(s *Store, n int) {
	for {
		s.group.mu.Lock()
		k := len(s.group.queue)
		s.group.mu.Unlock()
		if k >= n {
			return
		}
		runtime.Gosched()
	}
}

// TestGroupWaitsForWriter checks that the calls that arrive while a
// transaction writes all go into the next one, together, even when they
// arrive further apart than MaxBatchDelay, and that a
// function that fails or panics among them fails alone: the others are
// written, each once.
func TestGroupWaitsForWriter(t *testing.T) {
	s, err := Open(filepath.Join(t.TempDir(), "pimmsbot.db"), Options{LockTimeout: time.Second})
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	started, release := make(chan struct{}), make(chan struct{})
	var wg sync.WaitGroup
	var firstTx int
	wg.Go(func() {
		err := s.batch(func(tx *bbolt.Tx) error {
			firstTx = tx.ID()
			close(started)
			<-release // the writer is busy
			return nil
		})
		if err != nil {
			t.Error(err)
		}
	})
	<-started
	const n, failing, panicking = 20, 5, 12
	txs := make([]int, n)
	errs := make([]error, n)
	for i := range n {
		if i == n/2 {
			// bbolt's Batch would close a batch here, MaxBatchDelay
			// after its first call, though the writer is still busy.
			queued(s, i)
			time.Sleep(3 * s.batchDelay)
		}
		wg.Go(func() {
			errs[i] = s.batch(func(tx *bbolt.Tx) error {
				switch i {
				case failing:
					return errors.New("refused")
				case panicking:
					panic("damaged page")
				}
				txs[i] = tx.ID()
				return tx.Bucket(bucketMeta).Put(fmt.Appendf(nil, "test-%d", i), []byte{1})
			})
		})
	}
	queued(s, n)
	close(release)
	wg.Wait()

	written := map[int]bool{}
	for i := range n {
		switch i {
		case failing:
			if errs[i] == nil || errs[i].Error() != "refused" {
				t.Errorf("failing call: %v", errs[i])
			}
		case panicking:
			if conversation.ErrorCode(errs[i]) != conversation.ECORRUPT {
				t.Errorf("panicking call: %v, want ECORRUPT", errs[i])
			}
		default:
			if errs[i] != nil {
				t.Errorf("call %d: %v", i, errs[i])
			}
			written[txs[i]] = true
		}
	}
	// The others ran again after each failure, and were written in one
	// transaction, the one after the first.
	if len(written) != 1 || written[firstTx] {
		t.Errorf("calls written in transactions %v (first %d), want one after the first", written, firstTx)
	}
	s.read(func(tx *bbolt.Tx) error {
		for i := range n {
			got := tx.Bucket(bucketMeta).Get(fmt.Appendf(nil, "test-%d", i)) != nil
			if want := i != failing && i != panicking; got != want {
				t.Errorf("call %d written: %v, want %v", i, got, want)
			}
		}
		return nil
	})
}
