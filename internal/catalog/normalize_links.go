package catalog

import (
	"regexp"
	"strings"
)

// link finds a web address a resident pastes: with its scheme or « www. »
// (« https://caf-remboursement.info/dossier »), or a bare domain name
// (« ameli-carte.com »).
var link = regexp.MustCompile(`(?i)(?:https?://|www\.)[^\s<>«»"]+|\b[a-z0-9][a-z0-9-]*(?:\.[a-z0-9-]+)*\.` +
	`(?:fr|com|net|org|info|eu|xyz|online|site|top|shop|biz|live|app)\b(?:/[^\s<>«»"]*)?`)

// officialHosts are the domains of the public bodies and companies the FAQ
// sends residents to, with their subdomains; every « .gouv.fr » is one.
var officialHosts = askSet(`caf.fr ameli.fr msa.fr francetravail.fr pole-emploi.fr laposte.fr laposte.net urssaf.fr
	info-retraite.fr lassuranceretraite.fr agirc-arrco.fr service-public.fr edf.fr engie.fr colissimo.fr
	chronopost.fr sncf-connect.com sncf.com ratp.fr monespacesante.fr cnil.fr justice.fr banque-france.fr
	france-identite.gouv.fr`)

// bodyNames are the names that a fake site borrows from a public body,
// or from what it pretends to send: « caf-remboursement.info »,
// « ameli-carte-vitale.com », « laposte-colis-suivi.net ».
var bodyNames = askSet(`caf ameli cpam secu vitale impots impot gouv ants antai amende amendes francetravail
	poleemploi laposte poste colis colissimo chronopost urssaf msa retraite servicepublic cpf moncompteformation
	franceconnect edf engie remboursement remboursements crit critair vignette prefecture anef`)

// gluedNames are the names of bodyNames found glued to other words in a
// domain (« cafremboursement » is not, « amelisante » is): long enough
// not to be part of an ordinary word, as « ants » is of « enfants ».
var gluedNames = strings.Fields(`ameli impots vitale colissimo chronopost laposte urssaf francetravail poleemploi
	franceconnect moncompteformation amende antai servicepublic`)

// readLinks rewrites a web address whose domain borrows the name of a
// public body (bodyNames) without being one of its domains
// (officialHosts) as « faux site lien »: « https://caf-remboursement.info
// c'est la caf ? » asks whether a fake site is the CAF's, not about a
// debt to the CAF that the address's words (« caf », « remboursement »)
// made it read as. Other addresses are left as they are.
func readLinks(s string) string {
	if !strings.Contains(s, ".") {
		return s
	}
	return link.ReplaceAllStringFunc(s, func(u string) string {
		if !lookalike(u) {
			return u
		}
		return " faux site lien "
	})
}

// lookalike reports whether the web address u borrows a body's name
// without being its site.
func lookalike(u string) bool {
	host := strings.ToLower(u)
	if i := strings.Index(host, "://"); i >= 0 {
		host = host[i+3:]
	}
	if i := strings.IndexAny(host, "/?#:"); i >= 0 {
		host = host[:i]
	}
	host = strings.TrimPrefix(host, "www.")
	if host == "gouv.fr" || strings.HasSuffix(host, ".gouv.fr") {
		return false
	}
	for h := host; h != ""; {
		if officialHosts[h] {
			return false
		}
		i := strings.IndexByte(h, '.')
		if i < 0 {
			break
		}
		h = h[i+1:]
	}
	for _, w := range strings.FieldsFunc(host, func(r rune) bool { return r == '.' || r == '-' }) {
		if bodyNames[w] {
			return true
		}
		for _, name := range gluedNames {
			if strings.Contains(w, name) {
				return true // « amelisante », « impots2026 »
			}
		}
	}
	return false
}
