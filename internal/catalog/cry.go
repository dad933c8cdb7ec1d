package catalog

import (
	"slices"
	"strings"
)

// A cry for help alone (« au secours », « à l'aide !!! », « j'en peux
// plus », « help ») names no topic for the engine to rank, so it ranks
// the words it shares with entries: « au secours » offered food aid (the
// Secours populaire) and the CCAS. Whoever writes only that may be in
// danger and may not be: the bot does not raise an emergency, but answers
// with its doubt and the emergency numbers (Result.Worry), never with a
// choice of ordinary entries.

// cryPhrases are the cries, on phraseKey's words; cryFiller are the words
// that may surround them without naming a topic (courtesy, haste, who).
var (
	cryPhrases = longestFirst([]string{
		"au secours", "a l aide", "alaide", "help", "help me", "sos", "mayday",
		"j en peux plus", "je n en peux plus", "jen peux plus", "jen peu plu", "j en peu plu", "j en peux vraiment plus",
		"je n en peux vraiment plus", "je craque", "jcraque", "j en ai marre de tout", "jen ai marre de tout",
		"je suis a bout", "jsuis a bout", "je suis au bout du rouleau", "socorro", "ayuda", "ajuda",
		// A plea alone: its subject untold, the plea may be the danger.
		"aidez moi", "aide moi", "aider moi", "aidez nous", "aide nous",
	})
	cryFiller = wordSet(`svp stp s il vous te plait plais please pls vite urgent bonjour bonsoir bjr slt salut allo
		madame monsieur aidez aide aider moi nous quelqu un quelquun qqn pitie je en prie por favor`)
)

// longestFirst sorts phrases from the longest: « help me » is taken out
// of a message before « help ».
func longestFirst(phrases []string) []string {
	slices.SortStableFunc(phrases, func(a, b string) int { return len(b) - len(a) })
	return phrases
}

// cryForHelp reports whether q is a cry for help and nothing else: one of
// cryPhrases, with only cryFiller words around it.
func cryForHelp(q string) bool {
	if len(q) > 160 { // a cry is short: a message is not read for one
		return false
	}
	key := " " + phraseKey(q) + " "
	cried := false
	for _, c := range cryPhrases { // the longest first: « help me », then « help »
		if strings.Contains(key, " "+c+" ") {
			key = strings.ReplaceAll(key, " "+c+" ", " ")
			cried = true
		}
	}
	if !cried {
		return false
	}
	for _, w := range strings.Fields(key) {
		if !cryFiller[w] {
			return false
		}
	}
	return true
}
