package sites

import (
	"errors"
	"strings"
	"time"

	"pimmsbot/internal/hours"
)

// OneID is the ID of the site of a network of one.
const OneID = "site"

// Single holds today's single-site settings (PIMMS_SITE_NAME and the
// others), as plain values.
type Single struct {
	Name, Address, Phone, Email string
	// Hours and ClosedDays are written as package hours reads them.
	Hours      string
	ClosedDays []string
	// Location is the site's time zone; nil means UTC.
	Location *time.Location
	// ChannelID and RoleID are the Discord channel and mediators' role;
	// both may be empty when Discord is off.
	ChannelID, RoleID string
}

// One returns the network of the single site described by s, so that a
// single-site configuration keeps working. Its site's ID is OneID and is
// the default. Unlike a sites file, it accepts a site without address,
// phone or Discord ids: the settings' own validation warns about those.
func One(s Single) (*Network, error) {
	loc := s.Location
	if loc == nil {
		loc = time.UTC
	}
	h, err := hours.Parse(s.Hours, s.ClosedDays, loc)
	if err != nil {
		return nil, &Error{Field: "PIMMS_HOURS / PIMMS_CLOSED_DAYS", Err: err}
	}
	if isEmpty(h) {
		return nil, &Error{Field: "PIMMS_HOURS", Err: errors.New("obligatoire\u00a0: les horaires d'ouverture de la semaine, par exemple PIMMS_HOURS=lun-ven 09:00-12:30,13:30-17:00")}
	}
	site := Site{
		ID: OneID, Name: strings.TrimSpace(s.Name), Address: strings.TrimSpace(s.Address),
		Phone: strings.TrimSpace(s.Phone), Email: strings.TrimSpace(s.Email), Hours: h,
		ChannelID: strings.TrimSpace(s.ChannelID), RoleID: strings.TrimSpace(s.RoleID),
	}
	return &Network{Sites: []Site{site}, DefaultID: OneID, Location: loc}, nil
}
