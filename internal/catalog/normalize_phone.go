package catalog

import "regexp"

// phoneWord is the word readPhone adds where a message asks how to call
// an organisation. The FAQ's examples are read the same way, so it weighs
// as the entries that give that organisation's number use it: the CAF's
// account entry (32 30), the Assurance maladie's (36 46), the tax
// office's (0 809 401 401), France Travail's adviser (39 49).
const phoneWord = "numappel"

// phoneOrg names the organisations whose number an entry gives, as
// residents write them.
const phoneOrg = `(?:caf|kaf|allocs?|allocations?(?:\s+familiales)?|cpam|ameli|ants|imp[oô]ts?|fisc|tr[ée]sor\s+public|` +
	`finances\s+publiques|p[oô]le[\s-]*emploi|france\s+travail|assurance\s+maladie|s[ée]cu(?:rit[ée]\s+sociale)?|` +
	`caisse\s+primaire|msa|carsat|assurance\s+retraite)\b`

// phoneTo is what may stand between a word of calling and the
// organisation: an article, « le centre des », « le service de la ».
const phoneTo = `(?:\s+(?:à|a|au|aux|avec|le|la|les|l['’]|du|des|de|d['’]|mon|ma|mes|centre|service|caisse|bureau|agence|conseiller|conseill[eè]re)){0,4}\s*`

// phoneAsk finds the ways of asking for an organisation's number: a verb
// of calling before it (« appeler la caf », « joindre la cpam »,
// « téléphoner aux impôts »), « tel » or « téléphone » before it (« tel
// ameli »), « numéro (de téléphone) » before it (« num de la caf »,
// « numero ants »), and « numéro de téléphone » or « numéro à appeler »
// alone. Not « numéro de sécu » nor « numéro allocataire » (a number of
// one's own), nor « j'ai changé de téléphone ».
var phoneAsk = regexp.MustCompile(`(?i)` +
	`\b(?:appel(?:er|le|les|ez|é)?|rappeler|t[ée]l[ée]phon(?:er|e|é)|joindre|contacter(?:\s+par\s+t[ée]l[ée]?\w*)?)` + phoneTo + phoneOrg + `|` +
	`\bt[ée]l(?:[ée]phone)?(?:\s+(?:de\s+la|de\s+l['’]|du|des|de|d['’]|pour\s+la|pour\s+les|pour))?\s*` + phoneOrg + `|` +
	`\bnum(?:[ée]ro)?s?(?:\s+(?:de\s+la|de\s+l['’]|du|des|de|d['’]|pour\s+la|pour\s+les|pour))?\s*` +
	`(?:caf|kaf|allocs|cpam|ameli|ants|imp[oô]ts?|p[oô]le[\s-]*emploi|france\s+travail|assurance\s+maladie|msa|carsat)\b|` +
	`\bnum(?:[ée]ro)?s?\s+(?:de\s+)?(?:t[ée]l[ée]phone|t[ée]l|tel)\b|\bnum(?:[ée]ro)?s?\s+(?:à|a|pour)\s+appeler\b`)

// readPhone adds phoneWord after each phrase of phoneAsk. Only a message
// with one of the words it needs is searched.
func readPhone(s string) string {
	if !mayHold(s, "appel", "joind", "tel", "tél", "num") {
		return s
	}
	locs := phoneAsk.FindAllStringIndex(s, -1)
	if locs == nil {
		return s
	}
	out := make([]byte, 0, len(s)+(len(phoneWord)+2)*len(locs))
	last := 0
	for _, loc := range locs {
		out = append(out, s[last:loc[1]]...)
		out = append(out, " "+phoneWord+" "...)
		last = loc[1]
	}
	return string(append(out, s[last:]...))
}
