package bolt

import "pimmsbot/internal/conversation"

// summarySteps write the summaries of a schema-3 file's conversations in
// the index of periods (summary.go), which schema 4 added.
var summarySteps = []migrateStep{
	{bucketConversations, func(x *index, k, v []byte) error {
		var c conversation.Conversation
		if err := decode(v, &c, "conversation", k); err != nil {
			return err
		}
		return x.startedAt(&c)
	}},
}

// periodSteps list the records of a schema-2 file in the index of periods
// (period.go), which schema 3 added, with the summaries of schema 4; the
// other indexes are there already.
var periodSteps = []migrateStep{
	summarySteps[0],
	{bucketTickets, func(x *index, k, v []byte) error {
		var t conversation.Ticket
		if err := decode(v, &t, "ticket", k); err != nil {
			return err
		}
		return x.requestedAt(&t)
	}},
	{bucketFeedback, func(x *index, k, v []byte) error {
		var f conversation.Feedback
		if err := decode(v, &f, "feedback", k); err != nil {
			return err
		}
		return x.dated(kindFeedback, f.At, seqOf(k))
	}},
	{bucketUnanswered, func(x *index, k, v []byte) error {
		var u conversation.Unanswered
		if err := decode(v, &u, "unanswered question", k); err != nil {
			return err
		}
		return x.dated(kindUnanswered, u.At, seqOf(k))
	}},
	{bucketSuggestions, func(x *index, k, v []byte) error {
		var sg conversation.Suggestion
		if err := decode(v, &sg, "suggestion", k); err != nil {
			return err
		}
		return x.dated(kindSuggestion, sg.At, seqOf(k))
	}},
}
