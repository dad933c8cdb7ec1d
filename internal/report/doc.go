// Package report turns what the store keeps into the site manager's
// reports. It reads the core's records (conversations with their counters,
// tickets, messages, and the Feedback, Unanswered and Suggestion records)
// through small interfaces the bbolt store implements, so its figures
// survive the purge and a 👍 is always a Feedback record, never a stored
// click. Its output goes to the operator (tables and CSV for a period, the
// questions to add to the FAQ, the monthly HTML page or its CSV) and, on
// the first opening day of each month, to the mediators through an
// Announcer (Monthly).
package report
