package bolt

import (
	"os"
	"path/filepath"
	"testing"
	"time"
)

// TestJournalSurvivesATornLine: a crash in the middle of a line must not
// make the next erasure unreadable.
func TestJournalSurvivesATornLine(t *testing.T) {
	path := filepath.Join(t.TempDir(), "db.erased")
	j, err := openJournal(path)
	if err != nil {
		t.Fatal(err)
	}
	at := time.Date(2026, 12, 1, 10, 0, 0, 0, time.UTC)
	if err := j.add("telegram:1", at); err != nil {
		t.Fatal(err)
	}
	f, err := os.OpenFile(path, os.O_WRONLY|os.O_APPEND, 0o600)
	if err != nil {
		t.Fatal(err)
	}
	f.WriteString("3f9a0c") // the start of a line, then the crash
	f.Close()
	if err := j.add("telegram:2", at); err != nil {
		t.Fatal(err)
	}
	again, err := openJournal(path)
	if err != nil {
		t.Fatal(err)
	}
	for _, id := range []string{"telegram:1", "telegram:2"} {
		if _, ok := again.erased[again.hash(id)]; !ok {
			t.Errorf("%s lost from the journal", id)
		}
	}
}
