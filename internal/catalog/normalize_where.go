package catalog

import (
	"regexp"
	"strings"
)

// whereAreYou finds the ways a resident asks the PIMMS where it is, as
// one asks a person: « vous êtes où ? », « où êtes-vous », « vous vous
// trouvez où », « où vous trouver », « c'est où chez vous », « où sont
// vos locaux », « vous êtes à quelle adresse ».
var whereAreYou = regexp.MustCompile(`(?i)` +
	`\bo[uù]\s+(?:[êe]tes|ete)[\s-]*vous\b|` +
	`\bvous\s+(?:vous\s+)?(?:[êe]tes|ete|trouvez|situez)(?:\s+situ[ée]e?s?)?\s+o[uù](?:[^\pL\d]|$)|` +
	`\bo[uù]\s+vous\s+(?:vous\s+)?trouve[rz]?\b|` +
	`\bo[uù]\s+(?:se\s+trouvent?|sont)\s+vos\s+(?:locaux|bureaux)\b|` +
	`\bvos\s+(?:locaux|bureaux)\s+(?:sont\s+|se\s+trouvent?\s+)?o[uù](?:[^\pL\d]|$)|` +
	`\bc(?:['’]?\s*est|\s)\s*o[uù]\s+chez\s+vous\b|` +
	`\bvous\s+(?:[êe]tes|etes)\s+(?:à|a)\s+quelle\s+adresse\b`)

// readWhereAreYou adds « pimms » after each phrase of whereAreYou: « vous
// êtes où ? » asks where the PIMMS is, as « c'est où le PIMMS » does, but
// its only word was the question word « où ». Not « vous êtes ou pas
// ouverts », where « ou » offers a choice (orNot).
func readWhereAreYou(s string) string {
	if !mayHold(s, "vo") { // every phrase says « vous » or « vos »
		return s
	}
	locs := whereAreYou.FindAllStringIndex(s, -1)
	if locs == nil {
		return s
	}
	out := make([]byte, 0, len(s)+8*len(locs))
	last := 0
	for _, loc := range locs {
		if next := askWords(s[loc[1]:]); len(next) > 0 && orNot[next[0]] {
			continue
		}
		out = append(out, s[last:loc[1]]...)
		out = append(out, " pimms "...)
		last = loc[1]
	}
	return string(append(out, s[last:]...))
}

// mayHold reports whether s may hold one of subs, lower-case ASCII, in
// any case: a cheap test that spares a reading's regular expression the
// messages it cannot match (most of them).
func mayHold(s string, subs ...string) bool {
	for _, sub := range subs {
		for i := 0; i+len(sub) <= len(s); i++ {
			if strings.EqualFold(s[i:i+len(sub)], sub) {
				return true
			}
		}
	}
	return false
}
