package report

import (
	"errors"
	"slices"
	"strings"
	"testing"
	"time"

	"pimmsbot/internal/conversation"
)

// TestWordingKey: the key of a question written as a key already is the
// question; of any other, its words in lower case.
func TestWordingKey(t *testing.T) {
	for _, q := range []string{
		"", " ", "aide au loyer", "Aide au loyer", "aide  au loyer", " aide au loyer", "aide au loyer ",
		"aide\tau loyer", "aide\u00a0au loyer", "prime de noël", "PRIME DE NOËL", "ça va", "Ça va",
		"j'ai perdu ma carte vitale ?", "bad \xff byte", "le \ufffd reste", "ǅ digraphe", "x",
	} {
		want := strings.ToLower(strings.Join(strings.Fields(q), " "))
		if got := wordingKey(q); got != want {
			t.Errorf("wordingKey(%q) = %q, want %q", q, got, want)
		}
	}
}

// TestTallyThroughJSON: a tally sent as JSON lines and read back writes
// the same report, and groups to the same askers, as the tally itself
// and as GroupMisses.
func TestTallyThroughJSON(t *testing.T) {
	at := time.Date(2026, 11, 10, 10, 0, 0, 0, time.UTC)
	sent := &MissTally{Site: "vaise", DefaultSite: "vaise"}
	var misses []Miss
	words := []string{"aide au loyer", "Aide  au loyer ", "prime de noël", "le bus de nuit", " "}
	for i := range 40 {
		u := conversation.Unanswered{Conversation: uint64(i % 6), Question: words[i%5], At: at.Add(time.Duration(i) * time.Hour),
			Reason: conversation.ReasonUnknown, Site: []string{"", "vaise", "grenoble"}[i%3]}
		if i%4 == 0 {
			u.Candidates = []string{"caf-apl", "caf-rsa"}
		}
		f := conversation.Feedback{Conversation: uint64(i % 4), Entry: "caf-apl", Question: words[(i+1)%5], At: u.At, Helpful: i%5 == 0}
		sent.AddUnanswered(u)
		sent.AddFeedback(f)
		var un []conversation.Unanswered
		if u.Site != "grenoble" { // the feedback has no site: the default one's
			un = append(un, u)
		}
		got, _ := Misses(un, []conversation.Feedback{f})
		misses = append(misses, got...)
	}
	got := &MissTally{}
	if err := sent.EachJSON(got.AddJSON); err != nil {
		t.Fatal(err)
	}
	if got.NoText == 0 || got.NoText != sent.NoText || got.Misses() != len(misses) {
		t.Fatalf("read back: %d misses, %d without text; sent %d, %d", got.Misses(), got.NoText, len(misses), sent.NoText)
	}
	var a, b strings.Builder
	opt := MissOptions{Since: at, Location: time.UTC}
	if err := errors.Join(WriteTally(&a, sent, opt), WriteTally(&b, got, opt)); err != nil {
		t.Fatal(err)
	}
	if a.String() != b.String() {
		t.Errorf("read back, the report is\n%s\nwant\n%s", b.String(), a.String())
	}
	for i, g := range GroupWordings(got.Wordings(), strings.Fields) {
		want := GroupMisses(misses, strings.Fields)[i]
		if g.Askers != want.Askers || !slices.Equal(g.Spread, want.Spread) || g.Count != want.Count || !slices.Equal(g.Proposed, want.Proposed) || !slices.Equal(g.Guessed, want.Guessed) {
			t.Errorf("group %d: %d askers, spread %v, %+v; want %d, %v, %+v", i, g.Askers, g.Spread, g.Proposed, want.Askers, want.Spread, want.Proposed)
		}
	}
	if err := got.AddJSON([]byte(`{"question":"aide au loyer","count":1}`)); err == nil {
		t.Error("a wording read twice is counted")
	}
}
