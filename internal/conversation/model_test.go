package conversation_test

import (
	"testing"

	"pimmsbot/internal/conversation"
)

func TestInHandover(t *testing.T) {
	for mode, want := range map[conversation.Mode]bool{
		conversation.ModeBot:     false,
		conversation.ModeWaiting: true,
		conversation.ModeClaimed: true,
		conversation.ModeRating:  false,
	} {
		r := conversation.Resident{Mode: mode}
		if got := r.InHandover(); got != want {
			t.Errorf("InHandover in mode %v = %v, want %v", mode, got, want)
		}
	}
}
