package catalog

import "strings"

// officialDomains are the sites an entry may cite as a source, with their
// subdomains (www.ameli.fr, mesdroits.caf.fr …). Every *.gouv.fr is
// official too. Add a domain here only when it is the official site of a
// public body or of a public service operator.
var officialDomains = []string{
	// Public services and social security.
	"service-public.fr",
	"ameli.fr",
	"caf.fr",
	"msa.fr",
	"france-travail.fr",
	"francetravail.fr",
	"info-retraite.fr",
	"lassuranceretraite.fr",
	"agirc-arrco.fr",
	"unedic.org",
	"urssaf.fr",
	"mesdroitssociaux.gouv.fr",
	"monparcourshandicap.gouv.fr",
	// Identity, taxes, fines.
	"ants.gouv.fr",
	"impots.gouv.fr",
	"antai.gouv.fr",
	"franceconnect.gouv.fr",
	// Energy, water, housing.
	"energie-info.fr",
	"energie-mediateur.fr",
	"chequeenergie.gouv.fr",
	"mediateur-eau.fr",
	"maprimerenov.gouv.fr",
	"anah.gouv.fr",
	"visale.fr",
	"demande-logement-social.gouv.fr",
	// Money, work, training.
	"banque-france.fr",
	"moncompteformation.gouv.fr",
	// Online safety and data.
	"cybermalveillance.gouv.fr",
	"cnil.fr",
	// Justice.
	"justice.fr",
	// Public service operators.
	"laposte.fr",
	"sncf-connect.com",
	// The PIMMS network's own site (Union nationale des PIMMS).
	"pimmsmediation.fr",
}

// officialHost reports whether host is an official domain, a subdomain of
// one, or a *.gouv.fr site.
func officialHost(host string) bool {
	host = strings.ToLower(strings.TrimSuffix(host, "."))
	if host == "gouv.fr" || strings.HasSuffix(host, ".gouv.fr") {
		return true
	}
	for _, d := range officialDomains {
		if host == d || strings.HasSuffix(host, "."+d) {
			return true
		}
	}
	return false
}
