package bolt

import (
	"bytes"
	"context"
	"time"

	"pimmsbot/internal/conversation"
)

// This file holds the chunked variants of the reads that return a whole
// bucket at once (Unanswered, FeedbackSince, SuggestionsSince). The admin
// socket streams them to the site manager's commands while the service
// runs: each reads pageSize records per short read transaction and calls
// fn outside it, so that a slow reader never pins the file's pages. The
// JSON variants give the stored JSON of each record, valid only during
// the call, which the socket sends as it is.

// ForEachUnanswered calls fn with the questions the bot could not answer
// from since on (inclusive), in the order they were committed, as
// ForEachConversation reads. It finds them by the index of periods
// (period.go). It stops at the first error of fn and returns it as is.
func (s *Store) ForEachUnanswered(ctx context.Context, since time.Time, fn func(conversation.Unanswered) error) error {
	return datedSince(ctx, s, kindUnanswered, bucketUnanswered, "unanswered question", since, decoded("unanswered question", fn))
}

// ForEachUnansweredJSON calls fn with the stored JSON of the questions
// ForEachUnanswered reads.
func (s *Store) ForEachUnansweredJSON(ctx context.Context, since time.Time, fn func([]byte) error) error {
	return datedSince(ctx, s, kindUnanswered, bucketUnanswered, "unanswered question", since, asJSON(fn))
}

// ForEachFeedback calls fn with the 👍 and 👎 given from since on
// (inclusive), as ForEachUnanswered does.
func (s *Store) ForEachFeedback(ctx context.Context, since time.Time, fn func(conversation.Feedback) error) error {
	return datedSince(ctx, s, kindFeedback, bucketFeedback, "feedback", since, decoded("feedback", fn))
}

// ForEachNotHelpful calls fn with the 👎 given from since on (inclusive),
// as ForEachFeedback does, for the report of unanswered questions: a 👍
// is skipped without being decoded.
func (s *Store) ForEachNotHelpful(ctx context.Context, since time.Time, fn func(conversation.Feedback) error) error {
	each := decoded("feedback", func(f conversation.Feedback) error {
		if f.Helpful {
			return nil
		}
		return fn(f)
	})
	return datedSince(ctx, s, kindFeedback, bucketFeedback, "feedback", since, func(key uint64, data []byte) error {
		if bytes.Contains(data, helpfulJSON) {
			return nil
		}
		return each(key, data)
	})
}

// helpfulJSON marks the stored JSON of a 👍 (json.Marshal of a
// conversation.Feedback). It cannot occur inside a string of the record,
// where every quote is escaped: found, it is the field. A record written
// otherwise is decoded, and told by its field.
var helpfulJSON = []byte(`"helpful":true`)

// ForEachFeedbackJSON calls fn with the stored JSON of the feedback
// ForEachFeedback reads.
func (s *Store) ForEachFeedbackJSON(ctx context.Context, since time.Time, fn func([]byte) error) error {
	return datedSince(ctx, s, kindFeedback, bucketFeedback, "feedback", since, asJSON(fn))
}

// ForEachSuggestion calls fn with the suggestions shown, accepted or
// refused from since on (inclusive), as ForEachUnanswered does.
func (s *Store) ForEachSuggestion(ctx context.Context, since time.Time, fn func(conversation.Suggestion) error) error {
	return datedSince(ctx, s, kindSuggestion, bucketSuggestions, "suggestion", since, decoded("suggestion", fn))
}

// ForEachSuggestionJSON calls fn with the stored JSON of the suggestions
// ForEachSuggestion reads.
func (s *Store) ForEachSuggestionJSON(ctx context.Context, since time.Time, fn func([]byte) error) error {
	return datedSince(ctx, s, kindSuggestion, bucketSuggestions, "suggestion", since, asJSON(fn))
}
