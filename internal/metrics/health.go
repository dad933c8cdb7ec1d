package metrics

import (
	"context"
	"encoding/json"
	"net/http"
	"time"
)

// Checks are what the health handler looks at.
type Checks struct {
	// Draining reports whether the service is shutting down.
	Draining func() bool
	// Store returns why the store cannot be read or written, nil when it
	// can.
	Store func(ctx context.Context) error
	// Desk returns why the mediators' desk is unreachable, nil when it is
	// reachable; nil when there is no desk.
	Desk func() error
}

// Health returns the /healthz handler: 200 {"status":"ok"} when every
// check passes; 200 "degraded: discord unreachable" when only the desk is
// down (residents are still answered, handovers wait); 503 "stopping"
// while shutting down, and 503 "store unavailable" when the store cannot
// be read or the disk refuses writes.
func Health(c Checks) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		status, code := "ok", http.StatusOK
		if c.Draining != nil && c.Draining() {
			status, code = "stopping", http.StatusServiceUnavailable
		} else {
			ctx, cancel := context.WithTimeout(r.Context(), 2*time.Second)
			defer cancel()
			switch {
			case c.Store != nil && c.Store(ctx) != nil:
				status, code = "store unavailable", http.StatusServiceUnavailable
			case c.Desk != nil && c.Desk() != nil:
				status = "degraded: discord unreachable"
			}
		}
		w.Header().Set("Content-Type", "application/json")
		w.Header().Set("Cache-Control", "no-store")
		w.WriteHeader(code)
		json.NewEncoder(w).Encode(map[string]string{"status": status})
	})
}
