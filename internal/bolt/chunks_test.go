package bolt_test

import (
	"context"
	"errors"
	"testing"
	"time"

	"pimmsbot/internal/conversation"
)

// TestChunkedSince reads more than a page of unanswered questions,
// feedback and suggestions, in chunks: the same records as the whole-bucket
// reads, and fn may use the store meanwhile.
func TestChunkedSince(t *testing.T) {
	ctx := context.Background()
	s := MustOpen(t)
	ch := &conversation.Change{}
	const n = 1234
	for i := range n {
		at := t0.Add(time.Duration(i) * time.Hour)
		ch.Feedback = append(ch.Feedback, conversation.Feedback{Conversation: uint64(i + 1), Entry: "e", Helpful: i%2 == 0, At: at})
		ch.Unanswered = append(ch.Unanswered, conversation.Unanswered{Conversation: uint64(i + 1), Question: "q", At: at, Reason: "unknown"})
		ch.Suggestions = append(ch.Suggestions, conversation.Suggestion{Conversation: uint64(i + 1), Question: "q", At: at})
	}
	if err := s.Commit(ctx, ch); err != nil {
		t.Fatal(err)
	}
	since := t0.Add(100 * time.Hour)
	var un []conversation.Unanswered
	var fb []conversation.Feedback
	var sg []conversation.Suggestion
	err := errors.Join(
		s.ForEachUnanswered(ctx, since, func(u conversation.Unanswered) error {
			un = append(un, u)
			_, err := s.NextID(ctx, "x") // outside any read transaction
			return err
		}),
		s.ForEachFeedback(ctx, since, func(f conversation.Feedback) error { fb = append(fb, f); return nil }),
		s.ForEachSuggestion(ctx, since, func(x conversation.Suggestion) error { sg = append(sg, x); return nil }),
	)
	if err != nil {
		t.Fatal(err)
	}
	wantUn, err1 := s.Unanswered(ctx, since)
	wantFb, err2 := s.FeedbackSince(ctx, since)
	wantSg, err3 := s.SuggestionsSince(ctx, since)
	if err := errors.Join(err1, err2, err3); err != nil {
		t.Fatal(err)
	}
	if len(un) != n-100 {
		t.Errorf("%d unanswered questions, want %d", len(un), n-100)
	}
	equalJSON(t, un, wantUn)
	equalJSON(t, fb, wantFb)
	equalJSON(t, sg, wantSg)

	stop := errors.New("stop")
	count := 0
	err = s.ForEachFeedback(ctx, since, func(conversation.Feedback) error {
		if count++; count == 3 {
			return stop
		}
		return nil
	})
	if err != stop || count != 3 {
		t.Errorf("ForEachFeedback stopped after %d with %v, want 3 and fn's error as is", count, err)
	}
}

// TestNotHelpful: ForEachNotHelpful gives every 👎 of the period, in
// order, and no 👍, whatever words the questions and entries hold.
func TestNotHelpful(t *testing.T) {
	ctx := context.Background()
	s := MustOpen(t)
	ch := &conversation.Change{}
	for i := range 1100 {
		f := conversation.Feedback{Conversation: uint64(i + 1), Entry: "e", Helpful: i%3 != 0, At: t0.Add(time.Duration(i) * time.Minute)}
		switch i % 4 {
		case 1:
			f.Question = `il a dit "helpful":true`
		case 2:
			f.Entry, f.Question = `"helpful":true`, `{"helpful":true}`
		}
		ch.Feedback = append(ch.Feedback, f)
	}
	if err := s.Commit(ctx, ch); err != nil {
		t.Fatal(err)
	}
	since := t0.Add(10 * time.Minute)
	var got, want []conversation.Feedback
	err := s.ForEachNotHelpful(ctx, since, func(f conversation.Feedback) error { got = append(got, f); return nil })
	if err != nil {
		t.Fatal(err)
	}
	all, err := s.FeedbackSince(ctx, since)
	if err != nil {
		t.Fatal(err)
	}
	for _, f := range all {
		if !f.Helpful {
			want = append(want, f)
		}
	}
	if len(want) != 363 || len(got) != len(want) {
		t.Errorf("%d 👎, want %d (of 363)", len(got), len(want))
	}
	equalJSON(t, got, want)
}
