package main

import (
	"strconv"
	"strings"
)

// compte writes n and noun in French for the site manager: the noun is
// singular for 0 and 1 (« 0 demande », « 1 conversation », « 3
// messages »), and the thousands are set apart by no-break spaces
// (« 32 768 octets »).
func compte(n int, noun string) string {
	if n > 1 || n < -1 {
		noun += "s"
	}
	return milliers(n) + " " + noun
}

// milliers writes n with its thousands set apart by no-break spaces.
func milliers(n int) string {
	s := strconv.Itoa(n)
	sign := ""
	if n < 0 {
		sign, s = "-", s[1:]
	}
	var b strings.Builder
	for i, r := range s {
		if i > 0 && (len(s)-i)%3 == 0 {
			b.WriteRune('\u00a0')
		}
		b.WriteRune(r)
	}
	return sign + b.String()
}

// guillemets quotes s the French way, with no-break spaces inside:
// « s ».
func guillemets(s string) string {
	return "«\u00a0" + s + "\u00a0»"
}
