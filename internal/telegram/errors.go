package telegram

import (
	"context"
	"errors"
	"net"
	"net/url"
	"regexp"
	"strconv"
	"strings"
	"time"

	"github.com/go-telegram/bot"

	"pimmsbot/internal/conversation"
)

// statusRe finds the error code in the library's message for the codes it
// has no error value for: "error response from telegram for method
// sendMessage, 502 Bad Gateway".
var statusRe = regexp.MustCompile(`error response from telegram for method \w+, (\d{3}) `)

// apiError turns an error of the Bot API client into a conversation error:
//
//	403 (blocked, deactivated, cannot write)   EBLOCKED
//	429                                        ETEMPORARY with RetryAfter
//	5xx, timeouts, network, undecodable answer ETEMPORARY
//	other 4xx (bad request, unauthorized…)     EINVALID
//
// op names the call for the message; the message never holds a resident's
// text or the token.
func apiError(op string, err error) error {
	if err == nil {
		return nil
	}
	code, retry := classify(err)
	return &conversation.Error{Code: code, Message: "telegram " + op + ": " + redact(err.Error()), RetryAfter: retry, Err: err}
}

func classify(err error) (code string, retryAfter time.Duration) {
	var tmr *bot.TooManyRequestsError
	var mig *bot.MigrateError
	var netErr net.Error
	var urlErr *url.Error
	switch {
	case errors.As(err, &tmr):
		return conversation.ETEMPORARY, time.Duration(tmr.RetryAfter) * time.Second
	case errors.Is(err, bot.ErrorForbidden):
		return conversation.EBLOCKED, 0
	case errors.As(err, &mig), errors.Is(err, bot.ErrorBadRequest), errors.Is(err, bot.ErrorUnauthorized),
		errors.Is(err, bot.ErrorNotFound), errors.Is(err, bot.ErrorConflict):
		return conversation.EINVALID, 0
	case errors.Is(err, context.DeadlineExceeded), errors.Is(err, context.Canceled),
		errors.As(err, &netErr), errors.As(err, &urlErr):
		return conversation.ETEMPORARY, 0
	}
	if m := statusRe.FindStringSubmatch(err.Error()); m != nil {
		if n, _ := strconv.Atoi(m[1]); n >= 400 && n < 500 {
			return conversation.EINVALID, 0
		}
		return conversation.ETEMPORARY, 0
	}
	// Unreadable or undecodable answers (a proxy's HTML error page),
	// and anything unknown: try again later rather than drop.
	return conversation.ETEMPORARY, 0
}

// redact shortens a library error for logs: the client hides the token in
// URLs, but an undecodable answer is quoted whole, and could hold a
// resident's message.
func redact(msg string) string {
	for _, marker := range []string{"error decode response body for method ", "error decode response result for method "} {
		if i := strings.Index(msg, marker); i >= 0 {
			rest := msg[i+len(marker):]
			method, _, _ := strings.Cut(rest, ",")
			return msg[:i] + marker + method + " (answer not shown)"
		}
	}
	if len(msg) > 300 {
		msg = msg[:300] + "…"
	}
	return msg
}
