package conversation_test

import (
	"testing"

	"pimmsbot/internal/conversation"
)

// The store finds a resident's replies by their queue's name: the name
// gives the resident back, and a ticket's queue is nobody's.
func TestQueueNames(t *testing.T) {
	for _, id := range []string{"telegram:42", "console:a:b", ""} {
		q := conversation.ResidentQueue(id)
		if got, ok := conversation.QueueResident(q); !ok || got != id {
			t.Errorf("QueueResident(%q) = %q, %v, want %q", q, got, ok, id)
		}
	}
	q := conversation.TicketQueue(7)
	if q == conversation.ResidentQueue("7") {
		t.Errorf("ticket 7 and resident 7 share the queue %q", q)
	}
	if got, ok := conversation.QueueResident(q); ok {
		t.Errorf("QueueResident(%q) = %q, true, want no resident", q, got)
	}
}
