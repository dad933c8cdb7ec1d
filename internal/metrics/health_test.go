package metrics

import (
	"context"
	"fmt"
	"net/http/httptest"
	"strings"
	"testing"
)

func TestHealth(t *testing.T) {
	ok := func(context.Context) error { return nil }
	down := func() error { return fmt.Errorf("discord gateway: dial tcp: connection refused") }
	for _, tc := range []struct {
		draining bool
		store    func(context.Context) error
		desk     func() error
		code     int
		status   string
	}{
		{false, ok, nil, 200, `"ok"`},
		{true, ok, nil, 503, `"stopping"`},
		{false, func(context.Context) error { return fmt.Errorf("closed") }, nil, 503, `"store unavailable"`},
		{false, ok, down, 200, `"degraded: discord unreachable"`},
		{false, ok, func() error { return nil }, 200, `"ok"`},
		{false, ok, func() error { return fmt.Errorf("wrapped: %w", statusError{}) }, 200, `"degraded: discord: missing permissions (site a)"}`},
	} {
		rec := httptest.NewRecorder()
		Health(Checks{Draining: func() bool { return tc.draining }, Store: tc.store, Desk: tc.desk}).
			ServeHTTP(rec, httptest.NewRequest("GET", "/healthz", nil))
		if rec.Code != tc.code || !strings.Contains(rec.Body.String(), tc.status) {
			t.Errorf("draining %v: %d %s", tc.draining, rec.Code, rec.Body.String())
		}
	}
}

// TestHealthBots: each bot is listed; one unreachable degrades the
// status, naming it, without showing its error.
func TestHealthBots(t *testing.T) {
	rec := httptest.NewRecorder()
	Health(Checks{Bots: map[string]func() error{
		"telegram": func() error { return nil },
		"telegram-isere": func() error {
			return fmt.Errorf("getUpdates: 502 at https://api.telegram.org/bot123:secret/getUpdates")
		},
	}}).ServeHTTP(rec, httptest.NewRequest("GET", "/healthz", nil))
	body := rec.Body.String()
	for _, want := range []string{`"status":"degraded: telegram-isere unreachable"`, `"telegram":"ok"`, `"telegram-isere":"unreachable"`} {
		if rec.Code != 200 || !strings.Contains(body, want) {
			t.Errorf("%d %s: want %s", rec.Code, body, want)
		}
	}
	if strings.Contains(body, "secret") {
		t.Errorf("a bot's error is shown: %s", body)
	}
}

// statusError is a desk error with a short status, as discord.HealthError.
type statusError struct{}

func (statusError) Error() string {
	return "discord: site a: the bot lacks Embed Links on channel 810000000000000001 (#alpha)"
}
func (statusError) Status() string { return "discord: missing permissions (site a)" }
