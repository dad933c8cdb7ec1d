package catalog

import "regexp"

// offlineWord is the word readOffline adds where a message says the
// resident has no internet or no computer; the FAQ's examples are read
// the same way, so it weighs as the entries that say what to do without
// them (by post, by telephone, at a counter, with a mediator) use it.
const offlineWord = "sansinternet"

// offline finds « pas internet », « pas d'ordinateur », « sans internet »,
// « plus de connexion ».
var offline = regexp.MustCompile(`(?i)\b(?:pas|plus|sans|ni)\s+(?:d['’]\s*|de\s+|d\s+|l['’]\s*)?` +
	`(?:internet|ordinateur|ordinateurs|ordi|wifi|wi-fi|connexion|pc)\b`)

// readOffline adds offlineWord after each phrase of offline. « pas » is
// a stop word, so « j'ai pas internet chez moi » read as « internet »
// alone, a name of the theme of the internet, and was offered its
// entries (scams, sending a document, an e-mail address).
func readOffline(s string) string {
	if !mayHold(s, "internet", "ordi", "wi", "connexion", "pc") {
		return s
	}
	return offline.ReplaceAllString(s, "$0 "+offlineWord+" ")
}
