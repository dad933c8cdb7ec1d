package conversation

import (
	"strings"
	"testing"
	"time"
)

// TestCopyKeepsTheNewestThatFit: a history larger than the copy's bound
// leaves out the oldest conversations, and the copy says from when it
// shows them; the requests and the record are always there.
func TestCopyKeepsTheNewestThatFit(t *testing.T) {
	start := time.Date(2026, 6, 1, 8, 0, 0, 0, time.UTC)
	x := &Export{Resident: Resident{ID: "telegram:42", Label: "Usager 0A0A", Created: start, Seen: start}}
	long := strings.Repeat("mot ", 500)
	for i := range 30 {
		at := start.AddDate(0, 0, i)
		id := uint64(i + 1)
		x.Conversations = append(x.Conversations, Conversation{ID: id, Started: at, Updated: at})
		x.Messages = append(x.Messages,
			Message{Conversation: id, At: at, From: FromResident, Text: "question du jour " + at.Format("02/01")},
			Message{Conversation: id, At: at, From: FromBot, Text: long})
	}
	x.Tickets = []Ticket{{Number: 7, Status: TicketWaiting, Requested: start, Question: "ma question"}}
	w := copyWriter{site: Site{Name: "PIMMS Test"}, loc: time.UTC, now: start.AddDate(0, 1, 0), max: 20_000}
	copy := string(w.render(x))
	if len(copy) > w.max {
		t.Errorf("copy of %d bytes, bound %d", len(copy), w.max)
	}
	for _, want := range []string{"question du jour 30/06", "Demande n°\u00a07", "Usager 0A0A", "ne tiennent pas dans un seul fichier"} {
		if !strings.Contains(copy, want) {
			t.Errorf("copy lacks %q:\n%s", want, copy)
		}
	}
	if strings.Contains(copy, "question du jour 01/06") {
		t.Errorf("copy kept the oldest conversation and not the bound")
	}

	w.max = 0 // maxCopy: everything fits
	copy = string(w.render(x))
	if !strings.Contains(copy, "question du jour 01/06") || strings.Contains(copy, "ne tiennent pas") {
		t.Errorf("a small history was cut")
	}
}

// TestCopyNamesEveryClick: every button action the core knows reads as
// a French sentence, never as the action.
func TestCopyNamesEveryClick(t *testing.T) {
	w := copyWriter{loc: time.UTC}
	for _, a := range []string{ActAsk, ActThemes, ActTheme + ":caf", ActEntry + ":x", ActOther, ActYes + ":x", ActNo,
		ActHelpful + ":x", ActNotHelp + ":x", ActHuman, ActHours, ActRate + ":3", ActEraseYes, ActEraseNo, ActEnd,
		ActSite + ":lyon", ActSiteChange} {
		got := w.click(a)
		if !strings.HasPrefix(got, "Vous ") || got == "Vous avez cliqué sur un bouton." || len(a) > 3 && strings.Contains(got, a) {
			t.Errorf("click %q reads %q", a, got)
		}
	}
}
