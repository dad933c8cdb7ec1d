package main

import (
	"context"
	"errors"
	"fmt"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"pimmsbot/internal/bolt"
	"pimmsbot/internal/conversation"
)

// TestUnansweredWhileRunning: `unanswered` beside the running service,
// which counts the misses itself and sends only their counts by wording,
// prints what it prints from the stopped file: unanswered questions and
// 👍/👎 in and out of the period, wordings that differ in case and
// spaces, questions the purge cleared.
func TestUnansweredWhileRunning(t *testing.T) {
	db := filepath.Join(t.TempDir(), "data", "pimmsbot.db")
	store, err := bolt.Open(db, bolt.Options{NoSync: true})
	if err != nil {
		t.Fatal(err)
	}
	now := time.Now()
	questions := []string{"je voudrais un rendez-vous pour mon chat", " Je voudrais un  rendez-vous pour mon CHAT", "recette de la blanquette", "aide pour mon loyer", ""}
	reasons := []conversation.Reason{conversation.ReasonUnknown, conversation.ReasonClarifyOther, conversation.ReasonConfirmNo}
	ch := &conversation.Change{}
	inPeriod := 0 // the misses of the last 30 days with a question
	for i := range 120 {
		days := []int{45, 20, 5, 1}[i%4]
		at := now.AddDate(0, 0, -days).Add(time.Duration(i) * time.Minute)
		u := conversation.Unanswered{Conversation: uint64(i%7 + 1), Question: questions[i%5], At: at, Reason: reasons[i%3]}
		if i%2 == 0 {
			u.Candidates = []string{"pimms-rendez-vous", "caf-apl"}[i%4/2:]
		}
		f := conversation.Feedback{Conversation: uint64(i%5 + 1), Entry: "caf-apl", Helpful: i%3 == 0, Question: questions[(i+2)%5], At: at}
		ch.Unanswered = append(ch.Unanswered, u)
		ch.Feedback = append(ch.Feedback, f)
		if days <= 30 {
			inPeriod += btoi(u.Question != "") + btoi(!f.Helpful && f.Question != "")
		}
	}
	if err := errors.Join(store.Commit(context.Background(), ch), store.Close()); err != nil {
		t.Fatal(err)
	}
	runs := [][]string{
		{"unanswered", "--db", db},
		{"unanswered", "--db", db, "--limit", "1"},
		{"unanswered", "--db", db, "--since", now.AddDate(0, 0, -10).Format(time.DateOnly), "--limit", "0"},
		{"unanswered", "--db", db, "--since", now.AddDate(0, 0, -60).Format(time.DateOnly)},
		{"unanswered", "--db", db, "--since", now.AddDate(0, 0, 1).Format(time.DateOnly)},
	}
	var stopped []string
	for _, args := range runs {
		stopped = append(stopped, mustRun(t, args...))
	}
	if want := fmt.Sprintf("\u00a0: %d, en ", inPeriod); !strings.Contains(stopped[0], want) || !strings.Contains(stopped[0], "autres sans texte") {
		t.Fatalf("the last 30 days from the stopped file, want %q and questions without text:\n%s", want, stopped[0])
	}
	if stopped[0] == stopped[3] || !strings.Contains(stopped[4], "Aucune question") {
		t.Fatalf("the periods read the same records:\n%s\n%s", stopped[0], stopped[3])
	}
	_, _, asked := watchedService(t, db)
	for i, args := range runs {
		if got := mustRun(t, args...); got != stopped[i] {
			t.Errorf("pimmsbot %s while the service runs:\n%s\nwant, as from the stopped file:\n%s", strings.Join(args, " "), got, stopped[i])
		}
	}
	if paths := asked(); !slices.Contains(paths, "/misses") || slices.Contains(paths, "/unanswered") || slices.Contains(paths, "/feedback") {
		t.Errorf("the service was asked %v: want the misses counted, not the records", paths)
	}
}

func btoi(b bool) int {
	if b {
		return 1
	}
	return 0
}
