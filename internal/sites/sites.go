// Package sites describes a network of PIMMS sites served by one bot: each
// site's name, address, phone, e-mail and opening hours, the postcodes and
// communes it serves, its Discord channel and mediators' role, and the
// Telegram bot its residents write to.
//
// A network is read from a YAML sites file with [Load] or [Parse], which
// validate it whole and name the site and the field of every error, in
// French for the site manager who wrote the file:
//
//	timezone: Europe/Paris
//	default: lyon-vaise
//	sites:
//	  - id: lyon-vaise
//	    name: PIMMS Médiation Lyon Vaise
//	    address: 1 rue de l'Exemple, 69009 Lyon
//	    phone: 04 00 00 00 00
//	    hours: lun-ven 09:00-12:30,13:30-17:00
//	    postcodes: ["69009", "69"]
//	    discord: {channel: "1111", role: "2222"}
//
// Today's single-site settings make a network of one with [One].
//
// A resident reaches a site by its deep link ([DeepLink]), or by their
// postcode ([Network.ForPostcode]); a network also has a default site.
// [NewDirectory] gives the conversation core the network as it reads it
// (conversation.Sites).
//
// No message passes through it: the core asks it which site a resident's
// deep link or postcode names, and the server and the Discord desk read
// each site's channel, role and bot from it at start.
package sites

import (
	"fmt"
	"net/url"
	"strings"
	"time"

	"pimmsbot/internal/hours"
)

// A Site is one PIMMS site of the network.
type Site struct {
	// ID names the site in deep links (t.me/<bot>?start=<ID>), in stored
	// data and on the command line: 1 to 64 of A-Z a-z 0-9 _ -.
	ID string
	// Name, Address, Phone and Email are what residents are told.
	Name, Address, Phone, Email string
	// Hours is the weekly schedule, closed days and time zone.
	Hours *hours.Schedule
	// Postcodes are the postcodes served: five digits ("69009"), or a
	// département ("69", "2A", "974") for all of its postcodes.
	Postcodes []string
	// Communes are the communes served, as written in the file.
	Communes []string
	// ChannelID is the Discord forum or text channel of its tickets.
	ChannelID string
	// RoleID is the Discord role of its mediators.
	RoleID string
	// Bot is the ID of the Telegram bot of the site in Network.Bots, or ""
	// for the network's bot (TELEGRAM_BOT_TOKEN).
	Bot string
}

// A Bot is a Telegram bot of its own for a site or a group of sites, so
// that they share no sending limit with the rest of the network.
type Bot struct {
	// ID names the bot in the sites file.
	ID string
	// Username is the bot's Telegram username, without "@", for deep
	// links and posters.
	Username string
	// Token is the bot's token from @BotFather.
	Token Token
}

// A Network is the set of sites one process serves.
type Network struct {
	// Sites are the sites, in the order of the file.
	Sites []Site
	// Bots are the Telegram bots of their own that sites use.
	Bots []Bot
	// DefaultID is the ID of the site of residents whose postcode no site
	// serves.
	DefaultID string
	// CoordinatorRoleID is the Discord role that sees the tickets of
	// every site; "" for none.
	CoordinatorRoleID string
	// Location is the network's time zone; a site may have its own.
	Location *time.Location
}

// Site returns the site with the given ID.
func (n *Network) Site(id string) (Site, bool) {
	for _, s := range n.Sites {
		if s.ID == id {
			return s, true
		}
	}
	return Site{}, false
}

// Default returns the network's default site.
func (n *Network) Default() Site {
	s, _ := n.Site(n.DefaultID)
	return s
}

// Bot returns the bot with the given ID.
func (n *Network) Bot(id string) (Bot, bool) {
	for _, b := range n.Bots {
		if b.ID == id {
			return b, true
		}
	}
	return Bot{}, false
}

// DeepLink returns the link that opens a conversation with the Telegram
// bot username and selects the site id at once:
// https://t.me/<username>?start=<id>.
func DeepLink(username, id string) string {
	u := url.URL{Scheme: "https", Host: "t.me", Path: "/" + username, RawQuery: "start=" + url.QueryEscape(id)}
	return u.String()
}

// Lookup returns the site id, or an error that lists the network's
// sites, for a site named on a command line.
func (n *Network) Lookup(id string) (Site, error) {
	if s, ok := n.Site(id); ok {
		return s, nil
	}
	ids := make([]string, len(n.Sites))
	for i, s := range n.Sites {
		ids[i] = s.ID
	}
	return Site{}, fmt.Errorf("site %s\u00a0: absent du fichier des sites\u00a0; indiquez l'un de ceux-ci\u00a0: %s", quote(id), strings.Join(ids, ", "))
}

// LinkOf returns the deep link that opens the bot on site id: on the
// site's own bot when it has one, else on the network's bot, whose
// username is bot.
func (n *Network) LinkOf(id, bot string) (Site, string, error) {
	site, err := n.Lookup(id)
	if err != nil {
		return Site{}, "", err
	}
	if b, ok := n.Bot(site.Bot); ok {
		bot = b.Username // the site's own bot, whatever the network's is
	}
	switch {
	case bot == "":
		return Site{}, "", fmt.Errorf("site %s\u00a0: il manque le nom d'utilisateur du bot auquel ses usagers écrivent\u00a0; donnez-le avec --bot ou TELEGRAM_BOT_USERNAME, par exemple --bot PimmsLyonBot", id)
	case !ValidUsername(bot):
		return Site{}, "", fmt.Errorf("site %s, bot %s\u00a0: ce n'est pas un nom de bot Telegram\u00a0; %s", id, quote(bot), usernameHelp)
	}
	return site, DeepLink(bot, site.ID), nil
}

// ValidID reports whether id may name a site: 1 to 64 of A-Z a-z 0-9 _ -,
// the characters of a Telegram deep link's start parameter.
func ValidID(id string) bool {
	if id == "" || len(id) > 64 {
		return false
	}
	for _, r := range id {
		if !(r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9' || r == '_' || r == '-') {
			return false
		}
	}
	return true
}

// ValidUsername reports whether name may be a Telegram bot's username
// (without "@"): 5 to 32 of A-Z a-z 0-9 _, ending in "bot".
func ValidUsername(name string) bool {
	if len(name) < 5 || len(name) > 32 || !ValidID(name) {
		return false
	}
	for _, r := range name {
		if r == '-' {
			return false
		}
	}
	return strings.EqualFold(name[len(name)-3:], "bot")
}
