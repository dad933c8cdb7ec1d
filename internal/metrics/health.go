package metrics

import (
	"context"
	"encoding/json"
	"errors"
	"net/http"
	"slices"
	"strings"
	"time"
)

// Checks are what the health handler looks at.
type Checks struct {
	// Draining reports whether the service is shutting down.
	Draining func() bool
	// Store returns why the store cannot be read or written, nil when it
	// can.
	Store func(ctx context.Context) error
	// Desk returns why the mediators' desk cannot work, or not fully, nil
	// when it can; nil when there is no desk. An error with a method
	// Status() string (discord.HealthError) says in it what /healthz
	// shows: short, general, without ids or secrets; any other error
	// shows as "discord unreachable".
	Desk func() error
	// Bots are the residents' bots by channel name ("telegram",
	// "telegram-isere"); each returns why it cannot reach its platform,
	// nil when it can. /healthz lists them when there are any.
	Bots map[string]func() error
}

// Health returns the /healthz handler: 200 {"status":"ok"} when every
// check passes; 200 "degraded: " and what is wrong with the desk, e.g.
// "degraded: discord unreachable" or "degraded: discord: missing
// permissions (site a)", when only the desk is down or partly so
// (residents are still answered, handovers wait); 503 "stopping"
// while shutting down, and 503 "store unavailable" when the store cannot
// be read or the disk refuses writes. With Bots, the answer also gives
// each bot's state, "ok" or "unreachable", and a bot unreachable makes
// the status "degraded: telegram-isere unreachable" (its residents wait;
// the others are answered).
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
			case c.Desk != nil:
				if err := c.Desk(); err != nil {
					status = "degraded: " + deskStatus(err)
				}
			}
		}
		bots, down := botStates(c.Bots)
		if status == "ok" && len(down) > 0 {
			status = "degraded: " + strings.Join(down, ", ") + " unreachable"
		}
		w.Header().Set("Content-Type", "application/json")
		w.Header().Set("Cache-Control", "no-store")
		w.WriteHeader(code)
		json.NewEncoder(w).Encode(health{Status: status, Bots: bots})
	})
}

// deskStatus is what /healthz says of the desk's error: its Status when
// it has one, else "discord unreachable". The error itself is not shown:
// it may quote a URL or an id.
func deskStatus(err error) string {
	var st interface{ Status() string }
	if errors.As(err, &st) && st.Status() != "" {
		return st.Status()
	}
	return "discord unreachable"
}

// health is the /healthz answer.
type health struct {
	Status string            `json:"status"`
	Bots   map[string]string `json:"bots,omitempty"`
}

// botStates returns each bot's state, and the names of those down in
// order. A bot's error is not shown: it may quote a request's URL.
func botStates(checks map[string]func() error) (states map[string]string, down []string) {
	if len(checks) == 0 {
		return nil, nil
	}
	states = make(map[string]string, len(checks))
	for name, check := range checks {
		states[name] = "ok"
		if check() != nil {
			states[name] = "unreachable"
			down = append(down, name)
		}
	}
	slices.Sort(down)
	return states, down
}
