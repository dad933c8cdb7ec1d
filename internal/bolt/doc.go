// Package bolt keeps pimmsbot's residents, conversations, messages,
// tickets, feedback, unanswered questions, suggestions and outbox in one
// bbolt file. It implements [conversation.Store], and adds what the
// commands and the Telegram adapter need: backups, a consistency check,
// the retention purge, reports and the dedupe of updates.
//
// A resident's message enters storage twice. The Telegram adapter keeps
// the raw update in the inbox ([Store.Receive]) until the core has handled
// it ([Store.Handled]); the core stores the message itself, with
// everything its event changes, in one [Store.Commit]. It ends when the
// resident erases their data ([Store.Erase], through
// [conversation.Forget]) or when the retention period is over
// ([Store.Purge], run daily by [Store.PurgeLoop]); its bytes leave the
// file's free pages at the next [Store.Compact].
//
// # Basics
//
// [Open] creates the file (mode 0600) and its directory (mode 0700) when
// missing, and fails within [Options.LockTimeout] with ECONFLICT when
// another process holds the file, instead of waiting forever:
//
//	s, err := bolt.Open("./data/pimmsbot.db", bolt.Options{})
//	if err != nil {
//		return err // conversation.ErrorCode(err) is ECONFLICT, ESCHEMA…
//	}
//	defer s.Close()
//
// Everything an event changes goes into one [conversation.Change] given to
// [Store.Commit]. When Commit returns nil the change is on disk; concurrent
// commits of different residents share one write and one fsync (a group
// commit: those that arrive while a write runs go together into the next),
// which is what makes thousands of messages per second possible. A lone
// commit waits [DefaultMaxBatchDelay] for company.
//
// The file holds one bucket per kind of record, with JSON values:
//
//	meta           "schema" → version; "offset/<channel>" → update offset;
//	               "migrate" → progress of a migration under way
//	sequences      name → last number given by NextID
//	residents      resident id → Resident
//	conversations  id (8 bytes, big-endian) → Conversation
//	messages       conversation id + sequence (8 + 8 bytes) → Message,
//	               without the conversation and sequence its key holds;
//	               a FAQ answer's title and text by their hash in answers
//	answers        content hash (16 bytes) → a FAQ answer's title and
//	               text, once per version, kept (answers.go)
//	tickets        number (8 bytes) → Ticket
//	feedback       sequence (8 bytes) → Feedback
//	unanswered     sequence (8 bytes) → Unanswered
//	suggestions    sequence (8 bytes) → Suggestion (added in schema 1: Open
//	               creates the bucket in older files; older binaries ignore it)
//	outbox         id (8 bytes) → Outgoing
//	proposals      id (8 bytes) → Proposal
//	seen           channel → {ids, log}: update ids of the last 7 days;
//	               {inbox}: updates received and not yet handled (Receive)
//
// Big-endian keys sort as numbers, so a conversation's messages are read in
// order by one prefix scan.
//
// Schema 2 added indexes, written by the transaction that writes the
// records they point to (index.go), with empty values unless said:
//
//	idx-resident   resident id, 0, kind, key: the resident's conversations,
//	               tickets and outbox items
//	idx-parent     kind, key, kind, key: a conversation's feedback,
//	               unanswered questions, suggestions, proposals and
//	               tickets; a ticket's outbox items and proposals
//	idx-time       kind, Unix nanoseconds, key: the records that still
//	               hold text, by time, for the purge
//	idx-timeof     kind, key → Unix nanoseconds: where a resident,
//	               conversation or ticket sits in idx-time
//	idx-open       ticket number: the tickets waiting or claimed
//	erasing        resident id → time: erasures under way
//
// Schema 3 added the index of the reports (period.go):
//
//	idx-period     kind, Unix nanoseconds, key: conversations by start
//	               (→ resident, "" once erased or purged), tickets by
//	               request (→ conversation), feedback, unanswered
//	               questions and suggestions by time
//
// Schema 4 put in each conversation's entry of idx-period, beside its
// resident, what the reports count of it: theme, site, counters (see
// summary.go). A report of a month reads its conversations there
// ([Store.ForEachConversationSummaryIn]) without decoding their records.
//
// Export, Erase, OpenTickets and Purge read by them, and so do the reports
// of a period (ForEachConversationIn, ForEachTicketIn, the since reads):
// their cost follows the resident's records or the period read, not the
// size of the file. Open migrates a file of schema 1, 2 or 3 once, in
// transactions that record their progress, so that a migration killed
// midway goes on at the next start.
//
// [Store.Backup] and [Store.BackupFile] write a compacted copy (the live
// records only, from one read transaction) while the bot runs, and
// [SaveBackup] saves the copy a running service sends;
// [Store.Check] runs bbolt's consistency check. A backup is a database
// file: to restore it, stop pimmsbot, put the copy in place of the file,
// start pimmsbot. [Store.Compact] swaps in a compacted file while the
// store stays open, pausing commits for the swap.
//
// [Store.Erase] records the erased resident, as a salted hash, in the
// erasure journal beside the file ("<db>.erased", [JournalSuffix]) before
// it commits; [Open] erases again the residents of the journal found in
// the file, so that a restored backup forgets them. Erase works in short
// transactions between a mark in the erasing bucket and the deletion of
// the resident's record: [Open] finishes an erasure a crash interrupted.
//
// # Caveats
//
// Only one process can open the file. Commands that read or change the
// database (stats, export, erase, backup) must therefore run inside the
// process that serves, or while it is stopped.
//
// [Store.Erase] and [Store.Purge] delete records, but bbolt does not clear
// the pages they occupied: the old bytes stay in the file until bbolt
// reuses those pages or [Store.Compact] rewrites the file. Both mark the
// file as due for compaction, and Compact(ctx, false) does nothing
// otherwise.
//
// [Options.NoSync] skips fsync: a crash of the operating system, not of
// pimmsbot, may then lose acknowledged messages. Keep it for benchmarks.
//
// A commit waits up to [Options.MaxBatchDelay] before writing. A value
// that cannot be encoded fails its commit before the write; a commit that
// fails during the write (a key bbolt refuses) makes the others of its
// batch run again: a failure is rare, but it costs a second write.
//
// Every transaction goes through a read lock that Compact takes for
// writing: a function given to a transaction must not start another one.
//
// Opening a file written by a newer pimmsbot fails with ESCHEMA without
// writing to it. Once migrated to schema 3, a file no longer opens with a
// pimmsbot of schema 1 or 2, which would not keep the indexes: to go back,
// restore a backup taken before the upgrade.
package bolt
