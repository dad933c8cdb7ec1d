package discord

import (
	"errors"
	"fmt"
	"slices"
	"strings"

	"github.com/gorilla/websocket"
)

// A HealthError is what Health returns: Error gives every detail, for
// the logs; Status says what is wrong in general terms, for /healthz,
// with no channel id, URL or token.
type HealthError struct {
	status string
	err    error
}

func (e *HealthError) Error() string { return e.err.Error() }
func (e *HealthError) Unwrap() error { return e.err }

// Status is a short reason, e.g. "discord unreachable" or "discord:
// missing permissions (site a)".
func (e *HealthError) Status() string { return e.status }

// Health returns why the mediators' desk cannot work now or not fully, as
// a *HealthError: the gateway is unreachable or refuses the Message
// Content intent (4014), or the last check (Check, at start then every
// checkEvery) found a site whose channel, permissions or role are wrong.
// It returns nil when all is well.
func (d *Desk) Health() error {
	var errs []error
	var status []string
	if e := d.gateway.Load(); e != nil {
		errs = append(errs, *e)
		if *e == errIntents {
			status = append(status, "discord: Message Content intent off")
		} else {
			status = append(status, "discord unreachable")
		}
	}
	if p := d.problems.Load(); p != nil && len(*p) > 0 {
		for _, problem := range *p {
			errs = append(errs, errors.New("discord"+nbsp+": "+problem.Text))
		}
		status = append(status, "discord: "+summary(*p))
	}
	if len(errs) == 0 {
		return nil
	}
	return &HealthError{status: strings.Join(status, "; "), err: errors.Join(errs...)}
}

// summary says the problems' kinds, each with its sites, at most three
// named: "missing permissions (site a, site b); role not found (site c)".
func summary(problems []Problem) string {
	var kinds []string
	sites := map[string][]string{}
	for _, p := range problems {
		if _, ok := sites[p.Kind]; !ok {
			kinds = append(kinds, p.Kind)
			sites[p.Kind] = []string{}
		}
		label := "site " + p.Site
		if p.Site == "" || slices.Contains(sites[p.Kind], label) {
			continue
		}
		sites[p.Kind] = append(sites[p.Kind], label)
	}
	parts := make([]string, 0, len(kinds))
	for _, k := range kinds {
		names := sites[k]
		switch {
		case len(names) > 3:
			parts = append(parts, fmt.Sprintf("%s (%s and %d more)", k, strings.Join(names[:3], ", "), len(names)-3))
		case len(names) > 0:
			parts = append(parts, k+" ("+strings.Join(names, ", ")+")")
		default:
			parts = append(parts, k)
		}
	}
	return strings.Join(parts, "; ")
}

// closeDisallowedIntents is the gateway's close code when a privileged
// intent the bot asks for is not switched on.
const closeDisallowedIntents = 4014

// intentsOff reports whether the gateway refused the session because the
// Message Content intent is off.
func intentsOff(err error) bool {
	var ce *websocket.CloseError
	return errors.As(err, &ce) && ce.Code == closeDisallowedIntents
}

// errIntents is what Health and the log say when the gateway closes with
// 4014: in French for the installer, with the Developer Portal's English
// names, which are the ones it shows.
var errIntents = errors.New("discord" + nbsp + ": Discord refuse la connexion (code 4014, intents non autorisés)" + nbsp +
	": le bot ne peut pas lire les messages des médiateurs. Dans le portail des développeurs Discord (Developer Portal), " +
	"page Bot de l'application, activez «" + nbsp + "Message Content Intent" + nbsp + "» sous Privileged Gateway Intents. " +
	"Le bot se connecte de lui-même une fois l'option activée.")
