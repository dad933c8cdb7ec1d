package catalog

import "slices"

// helps reports whether res answers one of ids or offers it as a choice.
func helps(res Result, ids ...string) bool {
	return slices.ContainsFunc(ids, func(id string) bool {
		return res.ID == id || slices.Contains(res.Offered, id)
	})
}
