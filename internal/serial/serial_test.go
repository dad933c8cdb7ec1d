package serial_test

import (
	"sync"
	"testing"

	"pimmsbot/internal/serial"
)

func TestOrderPerKey(t *testing.T) {
	var q serial.Queue[int]
	var mu sync.Mutex
	got := map[int][]int{}
	release := make(chan struct{})
	for i := range 300 {
		key := i % 7
		ok := q.Do(key, func() {
			<-release
			mu.Lock()
			got[key] = append(got[key], i)
			mu.Unlock()
		})
		if !ok {
			t.Fatal("Do refused on an open queue")
		}
		if i == 150 {
			close(release) // the first ones queued, the next ones added while running
		}
	}
	q.Wait()
	n := 0
	for key, seq := range got {
		n += len(seq)
		for i := 1; i < len(seq); i++ {
			if seq[i] < seq[i-1] {
				t.Fatalf("key %d ran %v", key, seq)
			}
		}
	}
	if n != 300 {
		t.Errorf("%d functions ran, want 300", n)
	}
}

// A key whose function blocks holds up neither the other keys nor Do.
func TestSlowKeyHoldsNoOther(t *testing.T) {
	var q serial.Queue[string]
	release := make(chan struct{})
	started := make(chan struct{})
	q.Do("slow", func() { close(started); <-release })
	<-started
	q.Do("slow", func() {}) // queued behind the blocked one
	done := make(chan struct{})
	q.Do("other", func() { close(done) })
	<-done // would block forever if "other" waited behind "slow"
	close(release)
	q.Wait()
}

// A function may queue more work under its own key: it runs after it.
func TestDoFromInside(t *testing.T) {
	var q serial.Queue[string]
	var got []int
	q.Do("a", func() {
		got = append(got, 1)
		q.Do("a", func() { got = append(got, 3) })
		got = append(got, 2)
	})
	q.Wait()
	if len(got) != 3 || got[0] != 1 || got[1] != 2 || got[2] != 3 {
		t.Errorf("ran %v, want [1 2 3]", got)
	}
}

func TestCloseRefusesButRunsQueued(t *testing.T) {
	var q serial.Queue[int]
	release := make(chan struct{})
	var mu sync.Mutex
	ran := 0
	for range 5 {
		q.Do(1, func() {
			<-release
			mu.Lock()
			ran++
			mu.Unlock()
		})
	}
	q.Close()
	if q.Do(1, func() { t.Error("ran a function queued after Close") }) {
		t.Error("Do accepted a function after Close")
	}
	close(release)
	q.Wait()
	if ran != 5 {
		t.Errorf("%d queued functions ran, want 5", ran)
	}
}

func TestWaitOnIdleQueue(t *testing.T) {
	var q serial.Queue[int]
	q.Wait() // returns at once: nothing was ever queued
	q.Do(1, func() {})
	q.Wait()
	q.Wait() // and again, once idle
}
