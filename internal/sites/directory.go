package sites

import "pimmsbot/internal/conversation"

// A Directory is a Network as the conversation core reads it: it
// implements conversation.Sites, so that each resident and ticket gets
// their own site's name, address, phone, e-mail and hours.
type Directory struct {
	net   *Network
	sites map[string]conversation.Site
}

var _ conversation.Sites = (*Directory)(nil)

// NewDirectory returns the Directory of n. The network must not change
// afterwards.
func NewDirectory(n *Network) *Directory {
	d := &Directory{net: n, sites: make(map[string]conversation.Site, len(n.Sites))}
	for _, s := range n.Sites {
		d.sites[s.ID] = conversation.Site{
			ID: s.ID, Name: s.Name, Address: s.Address, Phone: s.Phone, Email: s.Email, Hours: s.Hours,
		}
	}
	return d
}

// Site returns the site with the given ID.
func (d *Directory) Site(id string) (conversation.Site, bool) {
	s, ok := d.sites[id]
	return s, ok
}

// ForPostcode returns the sites a resident with this postcode may choose
// from, as Network.ForPostcode does.
func (d *Directory) ForPostcode(code string) []conversation.Site {
	found := d.net.ForPostcode(code)
	if len(found) == 0 {
		return nil
	}
	out := make([]conversation.Site, len(found))
	for i, s := range found {
		out[i] = d.sites[s.ID]
	}
	return out
}

// Default returns the network's default site.
func (d *Directory) Default() conversation.Site { return d.sites[d.net.DefaultID] }

// Len returns the number of sites.
func (d *Directory) Len() int { return len(d.net.Sites) }
