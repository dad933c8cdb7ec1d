package report

import (
	"fmt"
	"math"
	"strconv"
	"strings"
	"time"
)

// French typography: a no-break space before : ; ? ! % and inside « »,
// a narrow no-break space between thousands.
const (
	nbsp   = "\u00a0"
	narrow = "\u202f"
)

var monthNames = [...]string{"janvier", "février", "mars", "avril", "mai", "juin", "juillet",
	"août", "septembre", "octobre", "novembre", "décembre"}

// guillemets quotes s the French way, with no-break spaces inside:
// « s ».
func guillemets(s string) string {
	return "«" + nbsp + s + nbsp + "»"
}

// monthName writes t's month the French way: "novembre 2026".
func monthName(t time.Time) string {
	return monthNames[t.Month()-1] + " " + strconv.Itoa(t.Year())
}

// frenchDay writes a day: "1er novembre 2026", "30 novembre 2026".
func frenchDay(t time.Time) string {
	d := strconv.Itoa(t.Day())
	if t.Day() == 1 {
		d = "1er"
	}
	return d + " " + monthName(t)
}

// frenchInt writes n with narrow no-break spaces between thousands:
// "10 000".
func frenchInt(n int) string {
	s := strconv.Itoa(n)
	neg := strings.HasPrefix(s, "-")
	s = strings.TrimPrefix(s, "-")
	var b strings.Builder
	for i, r := range s {
		if i > 0 && (len(s)-i)%3 == 0 {
			b.WriteString(narrow)
		}
		b.WriteRune(r)
	}
	if neg {
		return "-" + b.String()
	}
	return b.String()
}

// frenchFloat writes f with one decimal and a comma: "4,2".
func frenchFloat(f float64) string {
	return strings.Replace(strconv.FormatFloat(f, 'f', 1, 64), ".", ",", 1)
}

// percentOf writes n as a share of total: "42 %"; "–" when total is 0.
func percentOf(n, total int) string {
	if total == 0 {
		return "–"
	}
	return strconv.Itoa(int(math.Round(100*float64(n)/float64(total)))) + nbsp + "%"
}

// trend writes the change from prior to cur: "+12 %", "-3 %", "=" when
// equal, "nouveau" when prior is 0 and cur is not.
func trend(cur, prior int) string {
	switch {
	case cur == prior:
		return "="
	case prior == 0:
		return "nouveau"
	}
	p := int(math.Round(100 * float64(cur-prior) / float64(prior)))
	if p > 0 {
		return "+" + strconv.Itoa(p) + nbsp + "%"
	}
	return strconv.Itoa(p) + nbsp + "%"
}

// frenchDuration writes a duration for people: "12 min", "1 h 05",
// "2 j 3 h" for long ones, « moins d'une minute » under half a minute
// (« 0 min » read as no delay at all).
func frenchDuration(d time.Duration) string {
	d = d.Round(time.Minute)
	h, m := int(d.Hours()), int(d.Minutes())%60
	switch {
	case d <= 0:
		return "moins d'une minute"
	case h == 0:
		return fmt.Sprintf("%d%smin", m, nbsp)
	case h < 48:
		return fmt.Sprintf("%d%sh%s%02d", h, nbsp, nbsp, m)
	}
	return fmt.Sprintf("%d%sj%s%d%sh", h/24, nbsp, nbsp, h%24, nbsp)
}

// upTo writes the longest of 9 delays out of 10 as its table cell
// reads: « au plus 12 min », « moins d'une minute ».
func upTo(d time.Duration) string {
	if d.Round(time.Minute) <= 0 {
		return frenchDuration(d)
	}
	return "au plus " + frenchDuration(d)
}
