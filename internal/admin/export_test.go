package admin

import (
	"log/slog"
	"net/http"
	"time"
)

// PacedHandler is Handler with reads that keep to share of the time
// beyond burst, for the tests.
func PacedHandler(b Backend, log *slog.Logger, share float64, burst time.Duration) http.Handler {
	return handler(b, log, newPacer(share, burst, time.Now))
}
