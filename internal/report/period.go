package report

import (
	"fmt"
	"time"
)

// The periods of the reports are given on the command line as days
// (YYYY-MM-DD) or months (YYYY-MM), read in the site's time zone.

// Period reads the --from and --to flags as days or months in loc and
// returns [start, end): end is the day after to, or the first day of the
// month after. The defaults are this month, up to today. Errors name the
// flags.
func Period(from, to string, now time.Time, loc *time.Location) (start, end time.Time, err error) {
	now = now.In(loc)
	start = time.Date(now.Year(), now.Month(), 1, 0, 0, 0, 0, loc)
	end = time.Date(now.Year(), now.Month(), now.Day()+1, 0, 0, 0, 0, loc)
	if from != "" {
		if start, _, err = parseDay(from, loc); err != nil {
			return start, end, fmt.Errorf("--from %w", err)
		}
	}
	if to != "" {
		if _, end, err = parseDay(to, loc); err != nil {
			return start, end, fmt.Errorf("--to %w", err)
		}
	}
	if !end.After(start) {
		if to == "" {
			// The default end, today: --from is in the future.
			return start, end, fmt.Errorf("--from %s est après aujourd'hui (%s)", from, now.Format(time.DateOnly))
		}
		return start, end, fmt.Errorf("--to %s est avant --from %s", to, from)
	}
	return start, end, nil
}

// Since returns the first day a report covers: the day or month given as
// YYYY-MM-DD or YYYY-MM, or, when since is empty, the day days before now,
// in loc.
func Since(since string, days int, now time.Time, loc *time.Location) (time.Time, error) {
	if since == "" {
		now = now.In(loc)
		return time.Date(now.Year(), now.Month(), now.Day()-days, 0, 0, 0, 0, loc), nil
	}
	from, _, err := parseDay(since, loc)
	return from, err
}

// ParseMonth returns the first instant of the month given as YYYY-MM in
// loc or, when month is empty, of the month before now's.
func ParseMonth(month string, now time.Time, loc *time.Location) (time.Time, error) {
	if month == "" {
		start, _ := MonthRange(now, loc)
		return start.AddDate(0, -1, 0), nil
	}
	t, err := time.ParseInLocation("2006-01", month, loc)
	if err != nil {
		return time.Time{}, fmt.Errorf("%s\u00a0: donnez un mois, par exemple 2026-11", guillemets(month))
	}
	if this, _ := MonthRange(now, loc); t.After(this) {
		return time.Time{}, fmt.Errorf("%s n'a pas commencé\u00a0: le dernier mois commencé est %s", month, this.Format("2006-01"))
	}
	return t, nil
}

// parseDay reads YYYY-MM-DD or YYYY-MM and returns the start of that day
// or month and the start of the next.
func parseDay(s string, loc *time.Location) (time.Time, time.Time, error) {
	if t, err := time.ParseInLocation(time.DateOnly, s, loc); err == nil {
		return t, t.AddDate(0, 0, 1), nil
	}
	if t, err := time.ParseInLocation("2006-01", s, loc); err == nil {
		return t, t.AddDate(0, 1, 0), nil
	}
	return time.Time{}, time.Time{}, fmt.Errorf("%s\u00a0: donnez un jour, par exemple 2025-03-31, ou un mois, par exemple 2025-03", guillemets(s))
}
