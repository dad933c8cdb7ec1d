// Package bolt stores pimmsbot's residents, conversations, messages,
// tickets, feedback, unanswered questions and outbox in one bbolt file. It
// implements [conversation.Store].
package bolt
