package conversation

import (
	"slices"
	"testing"
)

// TestUnmarkedFilter checks that an outbox read after the filter was made
// loses the items whose mark was waiting or being committed then, even
// when the mark is committed before the filter is applied, and keeps
// the items delivered after it.
func TestUnmarkedFilter(t *testing.T) {
	m := marks{wake: make(chan struct{}, 1), running: true}
	m.add([]Outgoing{{ID: 1}, {ID: 2}})
	taken := m.take() // being committed
	m.add([]Outgoing{{ID: 3}})
	filter := m.unmarked()
	m.done(taken) // committed after the read began
	m.add([]Outgoing{{ID: 5}})
	got := filter([]Outgoing{{ID: 1}, {ID: 2}, {ID: 3}, {ID: 4}, {ID: 5}})
	ids := []uint64{}
	for _, o := range got {
		ids = append(ids, o.ID)
	}
	if want := []uint64{4, 5}; !slices.Equal(ids, want) {
		t.Errorf("filter kept %v, want %v", ids, want)
	}
	if m.unmarked()([]Outgoing{{ID: 1}})[0].ID != 1 {
		t.Error("an item whose mark was committed is still filtered")
	}
	m.stop()
	if m.add([]Outgoing{{ID: 6}}) {
		t.Error("add took an item with no flusher running")
	}
}
