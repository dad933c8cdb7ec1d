package bolt

import bbolt "go.etcd.io/bbolt"

// appendedBuckets are the buckets whose new keys are numbers drawn in
// order, so that a commit adds them at the end: conversations, tickets,
// feedback, unanswered questions, suggestions and proposals.
//
// The messages bucket is not one of them: its keys start with the
// conversation, and residents write at the same time in the conversations
// opened last, so that a new message lands among the others of the last
// pages. There a page split at 90 % is soon split again, and pages end
// fuller with bbolt's 50 % (TestMessagePagesFilled: 72 % full at 50 %,
// 48 % at 90 %).
var appendedBuckets = [][]byte{
	bucketConversations, bucketTickets, bucketFeedback,
	bucketUnanswered, bucketSuggestions, bucketProposals,
}

// appendFill is how full bbolt fills a page of appendedBuckets before it
// splits it.
//
// bbolt splits a page that outgrows its size into pages filled to the
// bucket's FillPercent, 50 % unless set. For keys that arrive in order
// the first half of a split never receives another key: at 50 % such a
// bucket takes twice its data on disk (TestScale measured these buckets
// 45–49 % full).
const appendFill = 0.9

// fillPages sets the fill of appendedBuckets for the write transaction
// tx: bbolt does not keep it in the file.
func fillPages(tx *bbolt.Tx) {
	for _, name := range appendedBuckets {
		if b := tx.Bucket(name); b != nil {
			b.FillPercent = appendFill
		}
	}
}
