package main

import (
	"fmt"
	"time"
)

// sinceOrLast returns the first day a report covers: the day or month
// given as YYYY-MM-DD or YYYY-MM, or, when since is empty, the day days
// ago in loc.
func sinceOrLast(since string, days int, loc *time.Location) (time.Time, error) {
	if since == "" {
		now := time.Now().In(loc)
		return time.Date(now.Year(), now.Month(), now.Day()-days, 0, 0, 0, 0, loc), nil
	}
	from, _, err := parseDay(since, loc)
	return from, err
}

// entryTitles returns how reports name an entry, « title [id] », from the
// FAQ of the configuration; nil (ids alone) when it cannot be loaded.
func entryTitles(cfg *Config) func(string) string {
	cat, err := loadCatalog(cfg.FAQDir)
	if err != nil {
		return nil
	}
	return func(id string) string {
		if e, ok := cat.Entry(id); ok {
			return fmt.Sprintf("%s [%s]", e.Title, id)
		}
		return id
	}
}
