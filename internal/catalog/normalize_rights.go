package catalog

import (
	"regexp"
	"strings"
)

// endOfRights finds the ways a resident says that the unemployment pay has
// stopped: « je n'ai plus droit au chômage », « je touche plus le
// chômage », « plus de chômage », « plus droit aux allocations chômage »
// (« plu » in text messages). « plus » is a stop word, so they read as
// « droit au chômage », the question of who gets it, and went to the
// pay's entry; what comes after the pay is the RSA's (synonyms.yaml:
// « fin de droits »). Not « je ne suis plus au chômage », which says the
// resident works again.
var endOfRights = regexp.MustCompile(`(?i)\bplus?\s+(?:le\s+|de\s+|d['’]\s*|du\s+)?` +
	`(?:droits?\s+(?:au|à|a|aux)\s+)?(?:allocations?\s+|indemnit[ée]s\s+)?(?:de\s+)?ch[oô]mage`)

// readEndOfRights rewrites the phrases of endOfRights as « fin de
// droits ». Only a message with « mage » is searched.
func readEndOfRights(s string) string {
	if !strings.Contains(s, "mage") && !strings.Contains(s, "MAGE") {
		return s
	}
	return endOfRights.ReplaceAllString(s, " fin de droits ")
}
