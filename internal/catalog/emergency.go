package catalog

import (
	"regexp"
	"slices"
	"strings"
)

// Emergencies are not left to the engine's ranking: the entries of an
// emergency theme are long and share everyday words (« ce soir », « mon
// fils », « dormir ») with half the catalogue, so ranking alone either
// misses residents in danger or alarms the others. Each emergency entry
// lists signals instead: short phrases that, found in a message, make it
// an emergency (« me frapp* », « nulle part ou dormir », « envie de
// mourir »). Ordinary messages that only borrow the words of danger (« ce
// formulaire va me tuer », « mort de rire ») are recognised first and never
// are. How the signals were measured is in docs/answer-engine.md.
//
// A signal is matched on the message's words, lower case and without
// accents or apostrophes (« m'a » is « m a »): its words must appear in
// order, each at most signalGap words after the previous one. A word ending
// in * matches any word it begins (« frapp* » matches « frappé »); a word
// of seven letters or more also matches a word one typo away (« sucider »).
// Shorter words are matched exactly: one typo away from « agresse » is
// « adresse ».
const signalGap = 3

// rankedEmergency is the confidence from which the engine's best
// candidate, when it is an emergency entry, is answered as an emergency
// without a signal. Chosen on a blind set of residents in danger: from 0.9
// to 0.7 it answered 12 more of 124 without a false alarm on its 90
// alarming messages (docs/answer-engine.md).
const rankedEmergency = 0.7

// figurative are ways of speaking that borrow the words of danger without
// being one. A message that holds one is not an emergency, whatever else.
var figurative = regexp.MustCompile(`\b(?:` + strings.Join([]string{
	`mort(?:e|s)? de (?:rire|honte|fatigue|ennui|faim)`,
	`mourir de (?:rire|honte|fatigue|ennui)`,
	`meurs? (?:de faim|d envie|de chaud|de rire)`,
	`mdr`, `ptdr`,
	`(?:formulaire|dossier|papier|paperasse|administration|demarche|site|attente|queue|file|courrier|lettre|facture|impot|caf|truc|histoire|bureaucratie|appli|application|bebe|travail|boulot|patron|chef|prof|ca|cela)s?(?: \w+){0,3} (?:va|vont|allait|allaient|finira|finiront|me|nous) (?:me |nous )?tue`,
	`etouffe sous`,
	`(?:banque|operateur|caf|patron|boss|assurance)s? (?:m|nous) (?:a|ont) mis a la rue`,
	`(?:m|nous) (?:a|ont) tue(?:e|s)? avec`,
	`ma tue(?:e|s)? avec`,
	`(?:batterie|telephone|portable|ordi|ordinateur|imprimante|voiture|box|compte|carte|appli|application|ecran|plante|forfait|permis)(?: \w+){0,2} (?:est|et|a|sont) (?:mort|morte|morts|creve|crevee)`,
	`tuer le temps`,
	`frapp\w* d une amende`,
	`sur les nerfs`,
	`film`, `series?`, `jeux? video`, `match`,
	`failli faire une crise`,
	`a la rue niveau`,
	`pas une urgence`,
}, "|") + `)\b`)

// A signal is a phrase of an emergency entry, compiled.
type signal struct {
	doc   int32
	words []signalWord
}

type signalWord struct {
	text   string
	prefix bool
}

// markEmergencies records which documents are entries of an emergency
// theme, and compiles their signals.
func (m *Matcher) markEmergencies(c *Catalog) {
	m.urgent = map[int32]bool{}
	byID := map[string]int32{}
	for i, d := range m.docs {
		if !d.intent {
			byID[d.id] = int32(i)
		}
	}
	for _, e := range c.Entries {
		d, ok := byID[e.ID]
		if !ok || !c.IsEmergency(e.ID) {
			continue
		}
		m.urgent[d] = true
		for _, s := range e.Signals {
			sig := signal{doc: d}
			for _, w := range strings.Fields(phraseKey(strings.ReplaceAll(s, "*", " zzstarzz "))) {
				if w == "zzstarzz" {
					if n := len(sig.words); n > 0 {
						sig.words[n-1].prefix = true
					}
					continue
				}
				sig.words = append(sig.words, signalWord{text: w})
			}
			if len(sig.words) > 0 {
				m.signals = append(m.signals, sig)
			}
		}
	}
	// Index the signals by their first word, or its first three letters
	// when it may match more than itself, so that a message is tested
	// against the few signals that can start in it.
	m.signalsBy = map[string][]int{}
	for i, sig := range m.signals {
		key := sig.words[0].key()
		if !slices.Contains(m.signalsBy[key], i) {
			m.signalsBy[key] = append(m.signalsBy[key], i)
		}
	}
}

// emergency returns the answer to an emergency when the message holds a
// signal of an emergency entry and no figurative use of the words of
// danger. When signals of several entries match, the entry the ranking puts
// first wins, then the longest signal.
func (m *Matcher) emergency(q string, rk ranking) (Result, bool) {
	if len(m.signals) == 0 {
		return Result{}, false
	}
	key := phraseKey(q)
	words := strings.Fields(key)
	best, bestLen := int32(-1), 0
	rankOf := func(d int32) int {
		for i := 0; i < rk.n; i++ {
			if rk.top[i] == d {
				return i
			}
		}
		return len(rk.top)
	}
	var tried []int
	for _, w := range words {
		for _, key := range [2]string{w, w[:min(3, len(w))]} {
			for _, i := range m.signalsBy[key] {
				if !slices.Contains(tried, i) {
					tried = append(tried, i)
				}
			}
		}
	}
	for _, i := range tried {
		s := m.signals[i]
		if !s.in(words) {
			continue
		}
		switch {
		case best < 0,
			rankOf(s.doc) < rankOf(best),
			rankOf(s.doc) == rankOf(best) && len(s.words) > bestLen:
			best, bestLen = s.doc, len(s.words)
		}
	}
	if best < 0 && rk.n > 0 && m.urgent[rk.top[0]] && m.confidence(rk) >= rankedEmergency {
		// No signal, but the engine is sure: an emergency entry it
		// would answer anyway is answered as one.
		best = rk.top[0]
	}
	if best < 0 || figurative.MatchString(key) {
		return Result{}, false
	}
	res := Result{Outcome: Answer, ID: m.docs[best].id, Emergency: true, Confidence: 1}
	for j := 0; j < rk.n; j++ {
		res.Candidates = append(res.Candidates, Candidate{ID: m.docs[rk.top[j]].id, Score: round(rk.score[j])})
	}
	return res, true
}

// in reports whether the signal's words appear in words, in order, each at
// most signalGap words after the previous one.
func (s signal) in(words []string) bool {
	var from func(w, i int) bool
	from = func(w, i int) bool {
		if w == len(s.words) {
			return true
		}
		end := len(words)
		if w > 0 {
			end = min(end, i+signalGap+1)
		}
		for j := i; j < end; j++ {
			if s.words[w].matches(words[j]) && from(w+1, j+1) {
				return true
			}
		}
		return false
	}
	return from(0, 0)
}

// key is what signalsBy indexes the word under: the word itself when it
// only matches itself, else its first three letters.
func (sw signalWord) key() string {
	if sw.prefix || len(sw.text) >= 7 {
		return sw.text[:min(3, len(sw.text))]
	}
	return sw.text
}

// matches reports whether a word of a message is this word of a signal.
func (sw signalWord) matches(w string) bool {
	if sw.prefix {
		return strings.HasPrefix(w, sw.text)
	}
	return w == sw.text || len(sw.text) >= 7 && oneEdit(w, sw.text)
}

// oneEdit reports whether a and b differ by at most one insertion,
// deletion or substitution of a byte.
func oneEdit(a, b string) bool {
	if len(a) > len(b) {
		a, b = b, a
	}
	if len(b)-len(a) > 1 {
		return false
	}
	i := 0
	for i < len(a) && a[i] == b[i] {
		i++
	}
	if len(a) == len(b) {
		return a[i+min(1, len(a)-i):] == b[i+min(1, len(b)-i):]
	}
	return a[i:] == b[i+1:]
}
