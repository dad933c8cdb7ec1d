package conversation_test

import (
	"encoding/json"
	"strings"
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

// A resident's mode is written by name, as an export shows it to people
// (an outside tester found « "mode": 0 »), and read by name or, as
// records written before hold it, by number.
func TestModeJSON(t *testing.T) {
	data, err := json.Marshal(conversation.Resident{ID: "telegram:1", Mode: conversation.ModeWaiting})
	if err != nil || !strings.Contains(string(data), `"mode":"waiting"`) {
		t.Errorf("Marshal = %s, %v", data, err)
	}
	for in, want := range map[string]conversation.Mode{
		`{"mode":"claimed"}`: conversation.ModeClaimed,
		`{"mode":2}`:         conversation.ModeClaimed,
		`{"mode":"bot"}`:     conversation.ModeBot,
		`{}`:                 conversation.ModeBot,
	} {
		var r conversation.Resident
		if err := json.Unmarshal([]byte(in), &r); err != nil || r.Mode != want {
			t.Errorf("Unmarshal(%s) = %v, %v; want %v", in, r.Mode, err, want)
		}
	}
	var r conversation.Resident
	if err := json.Unmarshal([]byte(`{"mode":"asleep"}`), &r); err == nil {
		t.Error("an unknown mode's name is read without error")
	}
}
