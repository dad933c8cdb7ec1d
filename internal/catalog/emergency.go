package catalog

import (
	"regexp"
	"strings"
)

// Emergencies are read with a lower bar than other entries: a resident in
// danger who writes « il ma encore taper » must get the numbers at once,
// never a menu. The bar is set so that ordinary messages that only borrow
// the words of danger (« ce formulaire va me tuer ») do not reach it; how it
// was measured is in docs/answer-engine.md.
const (
	// emergencyShare is the share of the best candidate's score an
	// emergency candidate needs to outrank it.
	emergencyShare = 0.75
	// emergencyConfidence is the confidence the question needs, measured
	// as if the emergency were the best candidate.
	emergencyConfidence = 0.35
)

// figurative are ways of speaking that borrow the words of danger without
// being one: they never make a question an emergency on their own.
var figurative = regexp.MustCompile(`\b(?:` + strings.Join([]string{
	`mort(?:e|s)? de (?:rire|honte|fatigue|ennui|peur de rater)`,
	`mourir de (?:rire|honte|fatigue|ennui)`,
	`mdr`,
	`(?:ce|cette|ces|ca|cela|le|la|les|leur|leurs|votre|vos|son|sa|ses)(?: \w+)? (?:formulaire|dossier|papier|paperasse|administration|demarche|site|attente|queue|file|courrier|lettre|facture|impot|caf|truc|histoire|bureaucratie|appli|application)s? (?:va|vont|allait|allaient|finira|finiront) (?:me|nous) tuer`,
	`m ont tue(?:e|s)? avec`,
	`m a tue(?:e|s)? avec`,
	`(?:batterie|telephone|portable|ordi|ordinateur|imprimante|voiture|box|compte|carte|appli|application|ecran)(?: \w+)? (?:est|et|a) (?:mort|morte|creve|crevee)`,
	`tuer le temps`,
}, "|") + `)\b`)

// markEmergencies records which documents are entries of an emergency
// theme.
func (m *Matcher) markEmergencies(c *Catalog) {
	m.urgent = map[int32]bool{}
	for i, d := range m.docs {
		if !d.intent && c.IsEmergency(d.id) {
			m.urgent[int32(i)] = true
		}
	}
}

// emergency returns the answer to an emergency when one of the candidates
// is an emergency entry that scores close enough to the best: it outranks
// small talk and every other entry.
func (m *Matcher) emergency(q string, rk ranking) (Result, bool) {
	if len(m.urgent) == 0 {
		return Result{}, false
	}
	for i := 0; i < rk.n; i++ {
		d := rk.top[i]
		if !m.urgent[d] || rk.score[i] < emergencyShare*rk.score[0] {
			continue
		}
		// How well the question is understood, without the margin over
		// the others, which an emergency does not need.
		own := rk
		own.ratio = 0
		if m.confidence(own) < emergencyConfidence {
			return Result{}, false
		}
		if figurative.MatchString(phraseKey(q)) {
			return Result{}, false
		}
		res := Result{Outcome: Answer, ID: m.docs[d].id, Emergency: true, Confidence: round(m.confidence(own))}
		for j := 0; j < rk.n; j++ {
			res.Candidates = append(res.Candidates, Candidate{ID: m.docs[rk.top[j]].id, Score: round(rk.score[j])})
		}
		return res, true
	}
	return Result{}, false
}
