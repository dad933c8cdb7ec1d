// Package frenchcheck tells why a message meant for a person does not read
// as French: a word of English error messages, a « : ; ? ! » without the
// no-break space French wants before it, a value quoted with " rather than
// « ». The tests of the packages whose errors the site manager reads
// (configuration, sites, opening hours, server, logs) use it.
package frenchcheck

import (
	"fmt"
	"regexp"
	"strings"
)

// english are the words of English error messages that a French message
// must not hold.
var english = []string{"required", "want", "wants", "must", "unknown", "not in", "not used", "such as", "bad",
	"empty", "file", "the", "should", "cannot", "unset", "is set", "invalid", "already"}

// badPunct finds : ; ? or ! closing a word without the no-break space
// before it (a colon inside 09:00 is no punctuation).
var badPunct = regexp.MustCompile(`(^|[^\x{a0}])[:;?!]( |$)`)

// quoted finds a value quoted the French way: the writer's own words,
// whatever their language.
var quoted = regexp.MustCompile(`«\x{a0}[^»]*\x{a0}»`)

// Problems returns what keeps msg from reading as French, one sentence a
// problem; nil when there is none. extra are more English words to look
// for, those of the package's own subject (« day », « level »). Values in
// « » are not read for English, nor what follows « (détail » on a line:
// the system's or a library's own words, given as they are.
func Problems(msg string, extra ...string) []string {
	var out []string
	for _, line := range strings.Split(msg, "\n") {
		line, _, _ = strings.Cut(line, "(détail")
		own := quoted.ReplaceAllString(line, "«»")
		if w := englishWord(own, extra); w != "" {
			out = append(out, fmt.Sprintf("English %q in %q", w, line))
		}
		if m := badPunct.FindString(own); m != "" {
			out = append(out, fmt.Sprintf("no no-break space before the punctuation in %q (%q)", line, m))
		}
		if strings.Contains(own, `"`) {
			out = append(out, fmt.Sprintf("a value quoted with \" rather than « » in %q", line))
		}
	}
	return out
}

// englishWord returns the first word of english or extra in s, whole and
// whatever its case, or "".
func englishWord(s string, extra []string) string {
	words := append(append([]string(nil), english...), extra...)
	for i, w := range words {
		words[i] = regexp.QuoteMeta(w)
	}
	return regexp.MustCompile(`(?i)\b(` + strings.Join(words, "|") + `)\b`).FindString(s)
}
