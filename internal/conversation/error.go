package conversation

import (
	"errors"
	"fmt"
	"time"
)

// Error codes of the application. An adapter maps its platform's errors to
// these codes; the edge turns a code into a French sentence.
const (
	EINTERNAL  = "internal"  // a bug or an unexpected failure
	EINVALID   = "invalid"   // the request makes no sense in this state
	ENOTFOUND  = "not_found" // no such resident, ticket or entry
	EFORBIDDEN = "forbidden" // not allowed for this person
	EBLOCKED   = "blocked"   // the resident blocked the bot: do not retry
	EGONE      = "gone"      // the desk's thread no longer exists: open a new one
	ETEMPORARY = "temporary" // try again later (network, 5xx, 429)
	ECONFLICT  = "conflict"  // the database is used by another process
	ESCHEMA    = "schema"    // the database was written by a newer pimmsbot
	EDUPLICATE = "duplicate" // this platform update was handled already
	ECORRUPT   = "corrupt"   // the database file is damaged: restore a backup
)

// Error is the application's error type: a machine-readable code and a
// message for logs. It never holds a resident's text.
type Error struct {
	Code    string
	Message string
	// RetryAfter, when set with ETEMPORARY, is how long to wait.
	RetryAfter time.Duration
	// Err is the underlying error, if any, for errors.Is and errors.As.
	// Errorf's message already includes its text.
	Err error
}

// Error returns the message, or the code and the underlying error when there
// is no message.
func (e *Error) Error() string {
	switch {
	case e.Message != "":
		return e.Message
	case e.Err != nil:
		return e.Code + ": " + e.Err.Error()
	}
	return e.Code
}

func (e *Error) Unwrap() error { return e.Err }

// Errorf returns an *Error with the given code and a formatted message.
// A %w verb wraps its operand as usual.
func Errorf(code, format string, args ...any) *Error {
	err := fmt.Errorf(format, args...)
	return &Error{Code: code, Message: err.Error(), Err: errors.Unwrap(err)}
}

// ErrorCode returns the code of the first *Error in err's chain, EINTERNAL
// for any other non-nil error, and "" for nil.
func ErrorCode(err error) string {
	if err == nil {
		return ""
	}
	var e *Error
	if errors.As(err, &e) {
		return e.Code
	}
	return EINTERNAL
}

// RetryAfter returns how long to wait before retrying err, or 0.
func RetryAfter(err error) time.Duration {
	var e *Error
	if errors.As(err, &e) {
		return e.RetryAfter
	}
	return 0
}
