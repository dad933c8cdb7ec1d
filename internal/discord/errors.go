package discord

import (
	"context"
	"errors"
	"net"
	"net/http"
	"strings"
	"time"

	"github.com/bwmarrin/discordgo"

	"pimmsbot/internal/conversation"
)

// Discord's JSON error codes that the desk acts on.
const (
	codeUnknownChannel  = 10003
	codeUnknownMessage  = 10008
	codeUnknownMember   = 10007
	codeArchivedThread  = 50083
	codeThreadLocked    = 160005
	codeThreadExists    = 160004
	codeTooLarge        = 40005
	codeMissingAccess   = 50001
	codeMissingPermsion = 50013
)

// permissionRetry is how long a send waits after a 401 or 403: the
// server's configuration may be fixed meanwhile, and dropping a resident's
// message would be worse than waiting.
const permissionRetry = time.Minute

// restCode returns the HTTP status and Discord's error code of err, or
// zeros when err is not a REST error.
func restCode(err error) (status, code int) {
	var re *discordgo.RESTError
	if !errors.As(err, &re) {
		return 0, 0
	}
	if re.Response != nil {
		status = re.Response.StatusCode
	}
	if re.Message != nil {
		code = re.Message.Code
	}
	return status, code
}

// deskError maps an error of a discordgo call to the core's codes:
//   - EGONE when the thread no longer exists, is archived or locked;
//   - ETEMPORARY (with RetryAfter) for 429, 5xx, timeouts, network errors
//     and 401/403, which an administrator can fix;
//   - EINVALID for other 4xx answers (a request Discord will never take).
func deskError(op string, err error) error {
	if err == nil {
		return nil
	}
	var rl *discordgo.RateLimitError
	if errors.As(err, &rl) {
		ra := time.Second
		if rl.TooManyRequests != nil && rl.RetryAfter > 0 {
			ra = rl.RetryAfter
		}
		return &conversation.Error{Code: conversation.ETEMPORARY, Message: op + ": rate limited", RetryAfter: ra, Err: err}
	}
	status, code := restCode(err)
	switch {
	case code == codeUnknownChannel || code == codeArchivedThread || code == codeThreadLocked:
		return conversation.Errorf(conversation.EGONE, "%s: thread gone: %w", op, err)
	case status == http.StatusUnauthorized || status == http.StatusForbidden:
		return &conversation.Error{Code: conversation.ETEMPORARY, Message: op + ": " + err.Error() +
			" (check the bot token and its permissions on the channel)", RetryAfter: permissionRetry, Err: err}
	case status >= 500 || status == http.StatusTooManyRequests || status == http.StatusRequestTimeout:
		return conversation.Errorf(conversation.ETEMPORARY, "%s: %w", op, err)
	case status >= 400:
		return conversation.Errorf(conversation.EINVALID, "%s: %w", op, err)
	}
	// discordgo turns a 502 it did not retry into a plain error.
	if strings.HasPrefix(err.Error(), "Exceeded Max retries HTTP") {
		return conversation.Errorf(conversation.ETEMPORARY, "%s: %w", op, err)
	}
	var ne net.Error
	if errors.As(err, &ne) || errors.Is(err, context.DeadlineExceeded) || errors.Is(err, context.Canceled) {
		return conversation.Errorf(conversation.ETEMPORARY, "%s: %w", op, err)
	}
	if errors.Is(err, discordgo.ErrJSONUnmarshal) {
		return conversation.Errorf(conversation.EINTERNAL, "%s: %w", op, err)
	}
	// Anything else failed on the way (connection reset, EOF…): worth a
	// retry from the outbox.
	return conversation.Errorf(conversation.ETEMPORARY, "%s: %w", op, err)
}

// isCode reports whether err is a REST error with Discord's code.
func isCode(err error, code int) bool {
	_, c := restCode(err)
	return c == code
}
