package catalog_test

import (
	"net/url"
	"regexp"
	"sort"
	"strings"
	"testing"

	"pimmsbot/faq"
	"pimmsbot/internal/catalog"
)

// An entry's sources are the links a resident sees under its answer
// (internal/conversation entryLinks); its facts back each claim for the
// next reviewer and are not shown. A shown link must be a national page
// about the entry's own procedure: a page of one département's CAF, of a
// prefecture or of a local caisse answers someone else's question, and a
// page that every answer cites tells the resident nothing about theirs.
// A local page may still be the evidence of a fact.

// maxSharedSources is how many entries may show the same page. A national
// page about one procedure serves that procedure and its close cousins
// (the identity-card fiche backs the card, the passport and their loss);
// a page shown under more entries than that is a general warning or a
// home page, which belongs in facts.
const maxSharedSources = 3

// generalSources are the pages allowed past maxSharedSources, with the
// reason. Keep it short: a page listed here is shown under answers that
// are not about it.
var generalSources = map[string]string{}

// departments are the slugs of the départements and overseas
// collectivities, as their prefectures' sites (vaucluse.gouv.fr) and the
// local caisses' pages (ameli.fr/vaucluse/…) spell them.
var departments = strings.Fields(`
ain aisne allier alpes-de-haute-provence hautes-alpes alpes-maritimes ardeche
ardennes ariege aube aude aveyron bouches-du-rhone calvados cantal charente
charente-maritime cher correze corse-du-sud haute-corse cote-d-or cotes-d-armor
creuse dordogne doubs drome eure eure-et-loir finistere gard haute-garonne gers
gironde herault ille-et-vilaine indre indre-et-loire isere jura landes
loir-et-cher loire haute-loire loire-atlantique loiret lot lot-et-garonne lozere
maine-et-loire manche marne haute-marne mayenne meurthe-et-moselle meuse
morbihan moselle nievre nord oise orne pas-de-calais puy-de-dome
pyrenees-atlantiques hautes-pyrenees pyrenees-orientales bas-rhin haut-rhin
rhone haute-saone saone-et-loire sarthe savoie haute-savoie paris
seine-maritime seine-et-marne yvelines deux-sevres somme tarn tarn-et-garonne
var vaucluse vendee vienne haute-vienne vosges yonne territoire-de-belfort
essonne hauts-de-seine seine-saint-denis val-de-marne val-d-oise guadeloupe
martinique guyane la-reunion reunion mayotte saint-pierre-et-miquelon
`)

// localCAF matches the path of a page of one département's CAF
// (caf.fr/allocataires/caf-de-la-drome/…, caf-des-yvelines, caf-du-nord,
// caf-d-ille-et-vilaine).
var localCAF = regexp.MustCompile(`/caf-(de|des|du|d)-[a-z-]+(/|$)`)

// legalPage matches the site's own legal pages: terms of use, legal
// notice, privacy policy, accessibility statement, site map.
var legalPage = regexp.MustCompile(`conditions-generales|mentions-legales|(^|[/_-])cgu([/._-]|$)|politique-de-confidentialite|declaration-d-accessibilite|plan-du-site`)

// otherAudience matches the path of a page written for professionals,
// employers, partners or the press, not for residents.
var otherAudience = regexp.MustCompile(`(^|/)(professionnels|partenaires|employeur|entreprise|entreprises|presse|spectacle)(/|$)`)

// wholeText matches a Légifrance address of a whole code or law: the
// resident gets hundreds of articles and no answer. An article may be
// shown; the code stays in facts, with the article's service-public
// fiche shown instead.
var wholeText = regexp.MustCompile(`^/(codes/texte_lc|codes/id|loda/id)/legitext`)

// sourceKey is a source as a page, whatever the spelling of its address:
// lower-case host without www., service-public.gouv.fr as
// service-public.fr, no trailing slash, no query.
func sourceKey(u *url.URL) string {
	host := strings.TrimPrefix(strings.ToLower(u.Hostname()), "www.")
	if host == "service-public.gouv.fr" {
		host = "service-public.fr"
	}
	return host + strings.TrimSuffix(strings.TrimPrefix(u.Path, "/index.php"), "/")
}

// shownSourceProblem says why a source may not be shown under an answer,
// or "".
func shownSourceProblem(raw string) string {
	u, err := url.Parse(raw)
	if err != nil {
		return "not an address"
	}
	host := strings.TrimPrefix(strings.ToLower(u.Hostname()), "www.")
	path := strings.ToLower(u.Path)
	first := strings.Split(strings.TrimPrefix(path, "/"), "/")[0]
	switch {
	case (host == "caf.fr" || strings.HasSuffix(host, ".caf.fr")) && localCAF.MatchString(path):
		return "a page of one département's CAF"
	case strings.HasSuffix(host, ".gouv.fr") && isDepartment(strings.TrimSuffix(host, ".gouv.fr")):
		return "a prefecture's site"
	case strings.Contains(host, "mdph"):
		return "a local MDPH"
	case (host == "ameli.fr" || strings.HasSuffix(host, ".ameli.fr")) && isDepartment(first):
		return "a page of one département's caisse"
	case legalPage.MatchString(path):
		return "a terms-of-use or legal page"
	case strings.HasPrefix(host, "cultureetspectacle.") || otherAudience.MatchString(path) ||
		strings.Contains(host, "presse") || strings.HasPrefix(host, "assurance-maladie.ameli.fr"):
		return "a page for professionals, employers, artists or the press"
	case host == "data.gouv.fr":
		return "a data set, not a procedure"
	case host == "legifrance.gouv.fr" && wholeText.MatchString(path):
		return "a whole code or law"
	case host == "bofip.impots.gouv.fr":
		return "the tax doctrine written for professionals"
	case host == "education.gouv.fr" && strings.HasPrefix(path, "/bo/"):
		return "an official bulletin for schools"
	}
	return ""
}

func isDepartment(slug string) bool {
	for _, d := range departments {
		if slug == d {
			return true
		}
	}
	return false
}

func TestShownSourceProblem(t *testing.T) {
	tests := []struct {
		url  string
		bad  bool
		what string
	}{
		{"https://caf.fr/allocataires/caf-de-la-drome/offre-de-service/x", true, "local CAF"},
		{"https://caf.fr/allocataires/caf-des-yvelines/actualites-departementales/x", true, "local CAF"},
		{"https://www.caf.fr/index.php/professionnels/offres-et-services/caf-de-la-manche/x", true, "local CAF"},
		{"https://caf.fr/allocataires/caf-d-ille-et-vilaine/x", true, "local CAF"},
		{"https://vaucluse.gouv.fr/Demarches/Immigration/x", true, "prefecture"},
		{"https://www.seine-saint-denis.gouv.fr/x", true, "prefecture"},
		{"https://www.ameli.fr/bouches-du-rhone/assure/x", true, "local caisse"},
		{"https://www.mdph13.fr/x", true, "local MDPH"},
		{"https://www.info-retraite.fr/portail-info/sites/PortailInformationnel/home/conditions-generales-dutilisatio.html", true, "terms"},
		{"https://www.impots.gouv.fr/mentions-legales", true, "legal"},
		{"https://francetravail.fr/employeur/solution-recrutement/x.html", true, "employers"},
		{"https://cultureetspectacle.francetravail.fr/je-me-forme/x", true, "artists"},
		{"https://francetravail.fr/spectacle/spectacle--intermittents/x.html", true, "artists"},
		{"https://assurance-maladie.ameli.fr/presse/2022-04-07-cp-phishing", true, "press"},
		{"https://www.data.gouv.fr/datasets/ars-x", true, "data set"},
		{"https://www.legifrance.gouv.fr/codes/texte_lc/LEGITEXT000006069565", true, "whole code"},
		{"https://www.legifrance.gouv.fr/loda/id/LEGITEXT000006069108", true, "whole law"},
		{"https://bofip.impots.gouv.fr/bofip/346281", true, "tax doctrine"},
		{"https://www.education.gouv.fr/bo/2024/Hebdo23/MENE2413111C", true, "official bulletin"},
		{"https://www.legifrance.gouv.fr/codes/article_lc/LEGIARTI000006576853", false, "one article"},
		{"https://www.caf.fr/allocataires/aides-et-demarches/droits-et-prestations/vie-personnelle/l-allocation-de-rentree-scolaire-ars", false, "national CAF"},
		{"https://www.caf.fr/allocataires/vies-de-famille/articles/separation-la-caf-prend-le-relai", false, "national CAF, « la-caf » is no département"},
		{"https://www.ameli.fr/assure/remboursements/etre-bien-rembourse/carte-vitale", false, "national ameli"},
		{"https://www.service-public.fr/particuliers/vosdroits/F1341", false, "service-public fiche"},
		{"https://www.impots.gouv.fr/particulier/delai-de-paiement", false, "impots.gouv.fr"},
		{"https://www.cnil.fr/fr/les-droits-pour-maitriser-vos-donnees-personnelles", false, "a page about data rights is no privacy policy"},
	}
	for _, tt := range tests {
		if got := shownSourceProblem(tt.url) != ""; got != tt.bad {
			t.Errorf("%s (%s): refused = %v, want %v", tt.url, tt.what, got, tt.bad)
		}
	}
}

// answerLink matches a link of the answer markup, [text](https://…):
// the resident sees it too.
var answerLink = regexp.MustCompile(`\]\((https://[^)\s]+)\)`)

// TestShownSources loads the real FAQ and refuses, in the sources shown
// under an answer, a local page, a legal page, a page for another
// audience, the same page twice, and a page shown under more than
// maxSharedSources entries; and in the answer's own links, a local,
// legal or other-audience page. The sources of an answer that gives the
// site's hours are checked too, but not counted as shown.
func TestShownSources(t *testing.T) {
	cat, err := catalog.Load(faq.FS)
	if err != nil {
		t.Fatal(err)
	}
	shownBy := map[string][]string{} // page → ids of the entries showing it
	for _, e := range cat.Entries {
		seen := map[string]bool{}
		for _, s := range e.Sources {
			if why := shownSourceProblem(s); why != "" {
				t.Errorf("faq/%s: %s: source %s is %s: keep it in facts if it backs a claim, show a national page about the procedure", e.File, e.ID, s, why)
			}
			u, err := url.Parse(s)
			if err != nil {
				continue
			}
			k := sourceKey(u)
			if seen[k] {
				t.Errorf("faq/%s: %s: source %s is listed twice", e.File, e.ID, s)
			}
			seen[k] = true
			if !strings.Contains(e.Answer, "{site.hours}") {
				// An answer that gives the site's hours shows no
				// link (entryLinks): its sources only back the checks.
				shownBy[k] = append(shownBy[k], e.ID)
			}
		}
		for _, m := range answerLink.FindAllStringSubmatch(e.Answer, -1) {
			if why := shownSourceProblem(m[1]); why != "" {
				t.Errorf("faq/%s: %s: the answer links %s, %s: link a national page", e.File, e.ID, m[1], why)
			}
		}
	}
	pages := make([]string, 0, len(shownBy))
	for k := range shownBy {
		pages = append(pages, k)
	}
	sort.Strings(pages)
	for _, k := range pages {
		if ids := shownBy[k]; len(ids) > maxSharedSources && generalSources[k] == "" {
			t.Errorf("%s is a source of %d entries (%s): at most %d may show the same page; keep it in facts where it backs a claim", k, len(ids), strings.Join(ids, ", "), maxSharedSources)
		}
	}
	for k := range generalSources {
		if len(shownBy[k]) <= maxSharedSources {
			t.Errorf("generalSources lists %s, which %d entries show: remove it from the list", k, len(shownBy[k]))
		}
	}
}

// blankLines matches two blank lines in a row: the renderer keeps one
// paragraph break, the resident sees a hole.
var blankLines = regexp.MustCompile(`\n[ \t]*\n[ \t]*\n`)

// TestAnswersNoDoubleBlankLine refuses an answer, of an entry or of an
// intent, with two blank lines in a row.
func TestAnswersNoDoubleBlankLine(t *testing.T) {
	cat, err := catalog.Load(faq.FS)
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range cat.Entries {
		if blankLines.MatchString(strings.TrimSpace(e.Answer)) {
			t.Errorf("faq/%s: %s: the answer has two blank lines in a row", e.File, e.ID)
		}
	}
	for _, in := range cat.Intents {
		if blankLines.MatchString(strings.TrimSpace(in.Answer)) {
			t.Errorf("faq/%s: intent %s: the answer has two blank lines in a row", in.File, in.ID)
		}
	}
}
