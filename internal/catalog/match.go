package catalog

import (
	"math"
	"slices"
	"sort"
	"strings"
	"sync"
	"unicode"

	"pimmsbot/internal/fold"
)

// params are the weights and thresholds of the engine. How they were
// chosen is in docs/answer-engine.md.
type params struct {
	weightTitle, weightKeywords, weightQuestion float64 // field weights
	saturation                                  float64 // BM25 k1: repeated evidence in one entry saturates
	typoFactor                                  float64 // a corrected word counts a little less
	jaccardBonus                                float64 // weight of the closest example question
	unknownWeight                               float64 // an unknown word weighs this share of the rarest known word
	idfPower                                    float64 // a token weighs idf^idfPower: generic words count less
	digitFactor                                 float64 // a number (age, amount, date) weighs this share of its idf
	lengthNorm                                  float64 // BM25 b: an entry with a large vocabulary earns less per word
	closeLambda                                 float64 // closeness: 1 is Jaccard, 0 the share of the example question matched
	weightSituation                             float64 // a situation counts as this many example questions
	rerank                                      bool    // train the re-ranker (rerank.go)
	rerankBonus                                 float64 // weight of the re-ranker's probability in the score
	agreeConfidence                             float64 // when the plain ranking's best differs, answer only from this confidence

	// The confidence is a logistic model: sigmoid(confBias + Σ conf[i] ·
	// feature i of the ranking); see features.
	confBias float64
	conf     [nFeatures]float64
	// The emergency reader reads the ranking without the re-ranker
	// (rankBoth), with the model fitted on it before the re-ranker.
	plainBias float64
	plainConf [nFeatures]float64

	answerConfidence  float64 // answer at or above this confidence
	clarifyConfidence float64 // below answerConfidence, clarify at or above this when candidates are close
	clarifyRatio      float64 // runner-up score / best score that counts as "close"
	clarifyGap        float64 // …and whose coverage is within this of the best's
	clarifyShareGap   float64 // …and whose closest example question is found within this of the best's
	clarifyKeep       float64 // candidates offered in a clarification score at least this share of the best
	confirmConfidence float64 // below answerConfidence, suggest the best entry(ies) at or above this
	agreedConfidence  float64 // …or at or above this when the best two are of one theme (agreed)
	suggestRatio      float64 // …offering the runner-up too when it scores at least this share of the best
}

var defaultParams = params{
	weightTitle:     2.0,
	weightKeywords:  2.0,
	weightQuestion:  1.0,
	saturation:      1.2,
	typoFactor:      0.8,
	jaccardBonus:    1.0,
	unknownWeight:   0.5,
	idfPower:        0.7,
	digitFactor:     0.5,
	lengthNorm:      0,
	closeLambda:     1,
	weightSituation: 0.3,
	rerank:          true,
	rerankBonus:     0.75,
	agreeConfidence: 0.8,

	confBias: -9.546,
	conf:     [nFeatures]float64{2.442, 2.521, 2.552, 2.509, -2.028, 1.899, 0, 0},

	plainBias: -9.243,
	plainConf: [nFeatures]float64{2.571, 2.193, 1.522, 2.520, -2.076, 2.597, 0, 0},

	answerConfidence:  0.70,
	clarifyConfidence: 0.35,
	clarifyRatio:      0.88,
	clarifyGap:        0.1,
	clarifyShareGap:   0.45,
	clarifyKeep:       0.6,
	confirmConfidence: 0.30,
	agreedConfidence:  0.18,
	suggestRatio:      0.7,
}

// A Matcher ranks the entries and intents of a catalogue against residents'
// questions. It is built once by NewMatcher and is safe for concurrent use.
type Matcher struct {
	p         params
	docs      []doc // entries, then intents
	terms     map[string]*term
	questions []question // example questions and titles, for closeness
	maxIDF    float64

	// surface maps a folded word seen in the content or the synonyms to its
	// token, so that "identite" (no accent) gets the stem of "identité".
	surface map[string]string
	typos   typoIndex
	sounds  soundIndex // words written as they sound (match_sound.go)
	// vocab tells glued elisions (« lapl », « minscrire ») from words.
	vocab vocabulary
	// names maps the token of a theme's name (« caf », « la poste ») to
	// the theme (match_theme.go).
	names map[string]string
	// paperwork holds the tokens of paperworkWords.
	paperwork map[string]bool

	// stems caches stemFold while the index is built.
	stems map[string]string

	// phrases maps a sequence of tokens joined by spaces (a synonym or a
	// canonical phrase) to its concept token.
	phrases   map[string]string
	maxPhrase int

	// smallTalk maps an intent's example phrasing, as phraseKey writes it,
	// to the intent: « a plus » is all stop words, yet a goodbye.
	smallTalk map[string]string

	scratch sync.Pool

	// urgent holds the documents of emergency themes, signals their
	// compiled signals.
	urgent    map[int32]bool
	urgentID  map[string]int32 // the emergency entries by id
	familyDoc []int32          // the document of each of signalFamilies, -1 when the FAQ lacks its entry
	signals   []signal
	signalsBy map[string][]int // by signalWord.key of their first word
	danger    *dangerModel     // reads danger without a signal (danger.go)
	rerank    *rerankModel     // nil unless p.rerank (rerank.go)
}

type doc struct {
	id        string
	theme     string // the entry's theme; "" for an intent
	intent    bool
	smallTalk bool // greeting, thanks or goodbye
	// asks holds the kinds of question the entry's texts ask (asks.go).
	asks askKind
}

type term struct {
	idf       float64
	postings  []posting
	questions []int32
	feat      int32 // its feature in the re-ranker
	smallTalk bool  // only small-talk intents use it ("bonjour", "merci")
	chitchat  bool  // some small-talk intent uses it ("bonne" in "bonne journée")
}

type posting struct {
	doc    int32
	weight float64
}

// indexCatalog indexes the synonyms, entries and intents of c and weighs
// their terms: the matcher it returns has its documents and postings, and
// the indexer what it read, for the example questions and the re-ranker.
func indexCatalog(c *Catalog, p params) (*Matcher, *indexer) {
	m := &Matcher{
		p:         p,
		terms:     map[string]*term{},
		surface:   map[string]string{},
		phrases:   map[string]string{},
		stems:     map[string]string{},
		smallTalk: map[string]string{},
		vocab:     newVocabulary(c),
	}
	m.indexSynonyms(c.Synonyms)
	ix := &indexer{m: m, titled: map[string][]int32{}}
	ix.addEntries(c.Entries)
	ix.addIntents(c.Intents)
	m.addPostings(ix.raws)
	m.weighTerms()
	return m, ix
}

type question struct {
	doc  int32
	norm float64 // sum of the idf of its distinct tokens
}

// NewMatcher indexes the entries, intents and synonyms of c. A nil or empty
// catalogue gives a matcher that answers nothing.
func NewMatcher(c *Catalog) *Matcher {
	return newMatcher(c, defaultParams)
}

func newMatcher(c *Catalog, p params) *Matcher {
	if c == nil {
		c = &Catalog{}
	}
	m, ix := indexCatalog(c, p)
	m.indexQuestions(ix.qtoks)
	if p.rerank {
		m.rerank = m.newRerank(ix.texts, defaultRerank)
	}
	words := make([]string, 0, len(m.surface))
	for w := range m.surface {
		words = append(words, w)
	}
	sort.Strings(words)
	m.typos = newTypoIndex(words)
	m.sounds = newSoundIndex(m.surface, m.vocab.content, c.Synonyms)
	m.stems = nil
	m.scratch.New = func() any { return newScratch(len(m.docs), len(m.questions)) }
	m.names = m.themeNames(c.Themes, ix.titled)
	m.paperwork = m.paperworkTokens()
	m.markEmergencies(c)
	return m
}

// An indexer reads the documents' texts while newMatcher builds the index:
// it adds the documents to the matcher and keeps, for the later steps, the
// raw field weights of each document and the tokens of each example
// question.
type indexer struct {
	m     *Matcher
	qtoks [][]string           // per example question (m.questions): its distinct tokens
	raws  []map[string]float64 // per document: token → field weight
	texts []docText            // every text of every document, for the re-ranker
	// titled lists, by token, the documents whose title or keywords use
	// it, for the names of the themes (match_theme.go).
	titled map[string][]int32
}

// A docText is the tokens of one text of a document (the keywords of an
// entry are one text).
type docText struct {
	doc  int32
	toks []string
}

// A field is one kind of text of a document, with how it counts.
type field struct {
	weight float64
	texts  []string
	asQ    bool    // each text is an example question (for closeness)
	field  bool    // each text adds weight to its tokens (title, keywords)
	count  float64 // an example question or situation counts this much
}

// addEntries adds the entries as documents: title and keywords weigh as
// fields, questions and situations as examples.
func (ix *indexer) addEntries(entries []*Entry) {
	p := ix.m.p
	for _, e := range entries {
		if e == nil {
			continue
		}
		ix.addDoc(e.ID, false, []field{
			{weight: p.weightTitle, texts: []string{e.Title}, asQ: true, field: true},
			{texts: e.Questions, asQ: true, count: 1},
			{texts: e.Situations, asQ: true, count: p.weightSituation},
			{weight: p.weightKeywords, texts: e.Keywords, field: true},
		})
		ix.m.docs[len(ix.m.docs)-1].theme = e.Theme
		ix.m.docs[len(ix.m.docs)-1].asks = askedBy(e)
	}
}

// addIntents adds the intents as documents, and records the exact
// phrasings of each for small talk.
func (ix *indexer) addIntents(intents []*Intent) {
	m := ix.m
	for _, in := range intents {
		if in == nil {
			continue
		}
		ix.addDoc(in.ID, true, []field{{texts: in.Questions, asQ: true, count: 1}})
		for _, q := range in.Questions {
			if k := phraseKey(q); k != "" && m.smallTalk[k] == "" {
				m.smallTalk[k] = in.ID
			}
		}
		switch in.ID {
		case IntentGreeting, IntentThanks, IntentGoodbye:
			m.docs[len(m.docs)-1].smallTalk = true
		}
	}
}

// addDoc adds one document and the raw weight of each of its tokens: the
// weight of the fields it appears in, plus the log-damped count of the
// example questions that use it.
func (ix *indexer) addDoc(id string, intent bool, fields []field) {
	m := ix.m
	d := int32(len(m.docs))
	m.docs = append(m.docs, doc{id: id, intent: intent})
	raw := map[string]float64{}
	qcount := map[string]float64{}
	kw := docText{doc: d}
	for _, f := range fields {
		seen := map[string]bool{}
		for _, text := range f.texts {
			toks := m.indexTokens(text)
			if f.field && !f.asQ {
				kw.toks = append(kw.toks, toks...)
			} else {
				ix.texts = append(ix.texts, docText{doc: d, toks: toks})
			}
			if f.asQ && len(toks) > 0 {
				ix.qtoks = append(ix.qtoks, dedupe(toks))
				m.questions = append(m.questions, question{doc: d})
			}
			if !f.field {
				for _, t := range dedupe(toks) {
					qcount[t] += f.count
				}
				continue
			}
			for _, t := range toks {
				if l := ix.titled[t]; len(l) == 0 || l[len(l)-1] != d {
					ix.titled[t] = append(l, d)
				}
				if !seen[t] {
					seen[t] = true
					raw[t] += f.weight
				}
			}
		}
	}
	if len(kw.toks) > 0 {
		ix.texts = append(ix.texts, kw)
	}
	for t, n := range qcount {
		if n >= 1 {
			n = 1 + math.Log(n)
		}
		raw[t] += m.p.weightQuestion * n
	}
	ix.raws = append(ix.raws, raw)
}

// addPostings saturates the raw weights of each document as in BM25 and
// posts them to the terms; with lengthNorm > 0 an entry with a larger
// vocabulary than the average earns less per word.
func (m *Matcher) addPostings(raws []map[string]float64) {
	var avgLen float64
	for _, raw := range raws {
		avgLen += float64(len(raw))
	}
	if len(raws) > 0 {
		avgLen /= float64(len(raws))
	}
	for d, raw := range raws {
		k := m.p.saturation
		if avgLen > 0 {
			k *= 1 - m.p.lengthNorm + m.p.lengthNorm*float64(len(raw))/avgLen
		}
		for t, r := range raw {
			tm := m.terms[t]
			if tm == nil {
				tm = &term{}
				m.terms[t] = tm
			}
			tm.postings = append(tm.postings, posting{doc: int32(d), weight: r * (m.p.saturation + 1) / (r + k)})
		}
	}
}

// weighTerms computes the idf of every term, marks the small-talk ones,
// and records the largest idf.
func (m *Matcher) weighTerms() {
	n := float64(len(m.docs))
	feat := int32(0)
	for t, tm := range m.terms {
		tm.feat = feat
		feat++
		tm.smallTalk = true
		for _, p := range tm.postings {
			tm.smallTalk = tm.smallTalk && m.docs[p.doc].smallTalk
			tm.chitchat = tm.chitchat || m.docs[p.doc].smallTalk
		}
		df := float64(len(tm.postings))
		tm.idf = math.Pow(math.Log(1+(n-df+0.5)/(df+0.5)), m.p.idfPower)
		if isDigits(t) {
			tm.idf *= m.p.digitFactor
		}
		if tm.idf > m.maxIDF {
			m.maxIDF = tm.idf
		}
	}
}

// indexQuestions links every term to the example questions that use it,
// and gives each question its norm, the sum of its tokens' idf.
func (m *Matcher) indexQuestions(qtoks [][]string) {
	for qi, toks := range qtoks {
		for _, t := range toks {
			tm := m.terms[t]
			tm.questions = append(tm.questions, int32(qi))
			m.questions[qi].norm += tm.idf
		}
	}
}

// indexSynonyms builds the phrase table: every variant and the canonical
// phrase itself map to one concept token.
func (m *Matcher) indexSynonyms(syn map[string][]string) {
	keys := make([]string, 0, len(syn))
	for k := range syn {
		keys = append(keys, k)
	}
	sort.Strings(keys) // deterministic when two keys would collide
	for _, canon := range keys {
		ctoks := m.learn(canon)
		if len(ctoks) == 0 {
			continue
		}
		concept := strings.Join(ctoks, "_")
		m.addPhrase(ctoks, concept)
		for _, v := range syn[canon] {
			if vt := m.learn(v); len(vt) > 0 {
				m.addPhrase(vt, concept)
			}
		}
	}
}

func (m *Matcher) addPhrase(toks []string, concept string) {
	key := strings.Join(toks, " ")
	if _, ok := m.phrases[key]; ok {
		return
	}
	m.phrases[key] = concept
	if len(toks) > m.maxPhrase {
		m.maxPhrase = len(toks)
	}
}

// learn stems the words of text, glued elisions split, records their
// surface forms and returns the tokens (without synonyms).
func (m *Matcher) learn(text string) []string {
	ws := words(text)
	out := make([]string, 0, len(ws))
	for _, w := range ws {
		w, drop := m.vocab.unglue(w)
		if drop {
			continue
		}
		t, ok := m.stems[w.lower]
		if !ok {
			t = stemFold(m.vocab.spelling(w))
			m.stems[w.lower] = t
		}
		if _, ok := m.surface[w.folded]; !ok {
			m.surface[w.folded] = t
		}
		out = append(out, t)
	}
	return out
}

// indexTokens returns the tokens of a content text, synonyms applied.
func (m *Matcher) indexTokens(text string) []string {
	return m.applyPhrases(m.learn(text))
}

// applyPhrases replaces the longest known phrases by their concept token.
func (m *Matcher) applyPhrases(toks []string) []string {
	if len(m.phrases) == 0 {
		return toks
	}
	out := toks[:0:0]
	for i := 0; i < len(toks); {
		n := min(m.maxPhrase, len(toks)-i)
		matched := false
		for ; n > 0; n-- {
			if c, ok := m.phrases[strings.Join(toks[i:i+n], " ")]; ok {
				out = append(out, c)
				i += n
				matched = true
				break
			}
		}
		if !matched {
			out = append(out, toks[i])
			i++
		}
	}
	return out
}

func dedupe(toks []string) []string {
	out := make([]string, 0, len(toks))
	for _, t := range toks {
		dup := false
		for _, o := range out {
			if o == t {
				dup = true
				break
			}
		}
		if !dup {
			out = append(out, t)
		}
	}
	return out
}

// A qtoken is one token of a question, with the weight it carries.
type qtoken struct {
	tok    string
	weight float64 // idf; unknown words weigh unknownWeight*maxIDF
	match  float64 // share of the weight a match earns: 1, or typoFactor for a corrected word
	term   *term   // nil for words the catalogue does not know
	// thing is true for an unknown word that opens the message after an
	// article (« le mcdo… », « la pizzeria… »): its subject is a thing
	// the catalogue does not know.
	thing bool
	// noun is true for a word written after a determiner (word.noun),
	// and for a phrase of the synonyms.
	noun bool
}

// scratch holds the per-match accumulators, reused through a sync.Pool.
type scratch struct {
	score, matched, best, share []float64
	inter                       []float64
	prob                        []float64 // the re-ranker's probability of each document
	docs, qs                    []int32
}

func newScratch(ndocs, nquestions int) *scratch {
	return &scratch{
		score:   make([]float64, ndocs),
		matched: make([]float64, ndocs),
		best:    make([]float64, ndocs),
		share:   make([]float64, ndocs),
		inter:   make([]float64, nquestions),
		prob:    make([]float64, ndocs),
	}
}

func (s *scratch) reset() {
	for _, d := range s.docs {
		s.score[d], s.matched[d], s.best[d], s.share[d] = 0, 0, 0, 0
	}
	for _, q := range s.qs {
		s.inter[q] = 0
	}
	s.docs, s.qs = s.docs[:0], s.qs[:0]
}

// Tokens returns the tokens the matcher sees in question: Normalize plus
// the catalogue's vocabulary (accents restored, typos corrected, glued
// elisions split) and its synonyms.
func (m *Matcher) Tokens(question string) []string {
	qt := m.analyze(question)
	out := make([]string, len(qt))
	for i, t := range qt {
		out[i] = t.tok
	}
	return out
}

// analyze turns a question into distinct weighted tokens. The formulas
// of courtesy around it are not read (readCourtesy); the FAQ's examples
// are read whole, since « ça m'a aidé, merci » is a thanks.
func (m *Matcher) analyze(q string) []qtoken {
	ws := words(readCourtesy(q))
	toks := make([]string, 0, len(ws))
	typo := make([]bool, 0, len(ws))
	lookups := 0 // typo look-ups, capped so that a long rant stays cheap
	type resolved struct {
		folded, tok   string
		corrected, ok bool
	}
	nouns := make([]bool, 0, len(ws))
	seen := make([]resolved, 0, len(ws))
	for _, w := range ws {
		i := slices.IndexFunc(seen, func(r resolved) bool { return r.folded == w.folded })
		if i < 0 {
			t, corrected, ok := m.resolve(w, &lookups)
			seen = append(seen, resolved{w.folded, t, corrected, ok})
			i = len(seen) - 1
		}
		if r := seen[i]; r.ok {
			toks = append(toks, r.tok)
			typo = append(typo, r.corrected)
			nouns = append(nouns, w.noun)
		}
	}
	thing := len(ws) > 0 && ws[0].article && len(toks) > 0 && m.terms[toks[0]] == nil
	out := make([]qtoken, 0, len(toks))
	add := func(t string, corrected, noun bool) {
		for i, o := range out {
			if o.tok == t {
				out[i].noun = o.noun || noun
				return
			}
		}
		qt := qtoken{tok: t, term: m.terms[t], match: 1, noun: noun}
		switch {
		case qt.term == nil:
			// Short unknown words are mostly SMS fillers: they weigh less.
			qt.weight = m.p.unknownWeight * m.maxIDF * min(1, float64(len(t))/5)
			qt.thing = thing && len(out) == 0
		default:
			qt.weight = qt.term.idf
			if corrected {
				qt.match = m.p.typoFactor
			}
		}
		out = append(out, qt)
	}
	for i := 0; i < len(toks); {
		n := min(m.maxPhrase, len(toks)-i)
		for ; n > 1; n-- {
			if c, ok := m.phrases[strings.Join(toks[i:i+n], " ")]; ok {
				corrected := false
				for _, typoed := range typo[i : i+n] {
					corrected = corrected || typoed
				}
				// A phrase of the synonyms names a thing (« carte de
				// fidélité », « titre de séjour »), whatever comes before
				// it: « carte de fidélité perdue, mes points ? » is about
				// that card, not the driving licence's points
				// (uncoveredWord).
				add(c, corrected, true)
				break
			}
		}
		if n <= 1 {
			if c, ok := m.phrases[toks[i]]; ok {
				add(c, typo[i], nouns[i])
			} else {
				add(toks[i], typo[i], nouns[i])
			}
			n = 1
		}
		i += n
	}
	return out
}

// resolve finds the token of one word of a question: the content's own
// stem for a word it knows, else the word's stem, else a known word one or
// two typos away. ok is false for a word to ignore (an unknown number).
// Beyond maxTypoLookups look-ups in one question, words are not corrected.
func (m *Matcher) resolve(w word, lookups *int) (tok string, corrected, ok bool) {
	if len(w.folded) == 1 && !isDigits(w.folded) {
		// A lone letter says nothing of a subject: the « b » of a typed
		// « <b> » tag, or of « B2 », must not carry an entry.
		return "", false, false
	}
	if t, found := m.surface[w.folded]; found {
		return t, false, true
	}
	// Glued elisions: "lapl", "minscrire", "quil" (match_elision.go).
	if rest, drop := m.vocab.unglue(w); drop {
		return "", false, false
	} else if rest != w {
		w = rest
		if t, found := m.surface[w.folded]; found {
			return t, false, true
		}
	}
	t := stemFold(w.lower)
	if _, found := m.terms[t]; found {
		return t, false, true
	}
	if isDigits(w.folded) {
		return "", false, false
	}
	f := w.folded
	var typoed string
	if *lookups < maxTypoLookups {
		*lookups++
		typoed, _ = m.typos.lookup(f)
	}
	// Written as it sounds (match_sound.go): a word one typo from a word
	// of the content is that word (« vieilesse »); else a word that sounds
	// like one (« kart », « avi », « veu »); else a glued elision written
	// by ear (« dimpo », « jveu »), which a typo correction may read too:
	// then the word the content writes more wins (« dimpo » is no
	// « dispo », « logment » no « l'augment »).
	glued, gluedFound, gluedDrop := m.sounds.lookupGlued(f)
	if typoed != "" {
		if gluedFound && m.vocab.content[glued] > m.vocab.content[typoed] {
			return m.surface[glued], true, true
		}
		return m.surface[typoed], true, true
	}
	if c, found, drop := m.sounds.lookup(f); drop {
		return "", false, false
	} else if found {
		return m.surface[c], true, true
	}
	if gluedFound {
		return m.surface[glued], true, true
	} else if gluedDrop {
		return "", false, false
	}
	// A glued elision and a typo: "didentiter".
	if len(f) >= 7 && strings.IndexByte("ldjmnstc", f[0]) >= 0 && *lookups < maxTypoLookups {
		*lookups++
		if c, found := m.typos.lookup(f[1:]); found {
			return m.surface[c], true, true
		}
	}
	return t, false, true
}

// A ranking is what Match decides from: the best documents and the
// evidence for the best one.
type ranking struct {
	best
	// named holds the best entries of the theme the question names,
	// when it only names one (« caf », « la poste »; match_theme.go).
	named    best
	coverage float64 // share of the question's weight the best document matches
	closest  float64 // weighted Jaccard of the best document's closest example question
	ratio    float64 // runner-up score / best score (0 without a runner-up)
	gap      float64 // coverage of the best document minus the runner-up's
	unknown  float64 // share of the question's weight carried by unknown words
	share    float64 // share of the best document's closest example question matched
	share2   float64 // share of the runner-up's closest example question matched
	// plain is true for the ranking without the re-ranker, which the
	// emergency reader reads (rankBoth); its confidence has its own model.
	plain  bool
	weight float64 // weight of the question (without small talk for an entry)
	// agree is true when the ranking without the re-ranker has the same
	// best document.
	agree bool
	// ordinary, when the best document is an emergency entry, is the
	// ranking of the others (rankOrdinary).
	ordinary *ranking
	// elsewhere is true for a short question about a thing the catalogue
	// does not know (« le mcdo ferme à quelle heure »): its words say
	// what is asked (hours), not about what.
	elsewhere bool
	// namesTheme is true when a word of the question is a theme's name
	// (Result.NamesTheme).
	namesTheme bool
	// smallTalkOnly is true when every word of the question is used by
	// greetings, thanks or goodbyes ("ok merci au revoir", "merci et
	// bonne journée").
	smallTalkOnly bool
	// uncovered is true for a short question whose rarest word the best
	// document does not use (uncoveredWord): « billet d'avion » is not
	// about the train tickets the entry knows.
	uncovered bool
	// short is true for a question of at most maxUncovered tokens.
	short bool
}

// best holds the best documents of a ranking, best first.
type best struct {
	top   [3]int32
	score [3]float64
	n     int // number of documents in top
}

// insert adds document d with score s if it is among the best three;
// equal scores are ordered by id.
func (b *best) insert(d int32, s float64, docs []doc) {
	i := b.n
	if i < len(b.top) {
		b.n++
	} else if s <= b.score[i-1] {
		return
	} else {
		i--
	}
	for i > 0 && (s > b.score[i-1] || s == b.score[i-1] && docs[d].id < docs[b.top[i-1]].id) {
		b.top[i], b.score[i] = b.top[i-1], b.score[i-1]
		i--
	}
	b.top[i], b.score[i] = d, s
}

// rank scores every document against the question, the re-ranker
// included (see rankBoth).
func (m *Matcher) rank(q string) ranking {
	rk, _ := m.rankBoth(q)
	return rk
}

// maxElsewhere is the most tokens a question about an unknown thing may
// have to be held back from an answer (ranking.elsewhere): a story that
// opens with « les racines du chêne… » goes on to say what it is about.
const maxElsewhere = 5

// rankBoth scores every document against the question, and returns the
// ranking with the re-ranker's probabilities added (rank) and the plain
// one, without them, which the emergency reader reads: emergencies were
// tuned on the plain ranking, and the re-ranker is there to tell
// ordinary entries apart, not to make or unmake an alarm. Without a
// re-ranker the two are the same.
//
// Entries are measured against the question without its small-talk words,
// so that "bonjour, ma CAF ne m'a pas payé" is fully about the CAF; intents
// against the whole question.
func (m *Matcher) rankBoth(q string) (rk, plain ranking) {
	qt := m.analyze(q)
	w := weighQuestion(qt)
	// Courtesy alone is small talk too, though a formula holds other
	// words (« Au revoir, bonne journée. merci d'avance »).
	small := w.smallTalkOnly || courtesyOnly(q)
	rk = ranking{smallTalkOnly: small, elsewhere: len(qt) <= maxElsewhere && len(qt) > 0 && qt[0].thing,
		namesTheme: m.namesAnyTheme(qt)}
	plain = ranking{smallTalkOnly: small, plain: true}
	if w.total == 0 || len(m.docs) == 0 {
		return rk, plain
	}
	sc := m.scratch.Get().(*scratch)
	defer func() { sc.reset(); m.scratch.Put(sc) }()
	m.accumulate(sc, qt)
	m.closeness(sc, w)
	m.keepBest(&plain, sc, w, nil)
	m.evidence(&plain, sc, w)
	plain.agree = true
	theme := m.namedTheme(qt)
	if m.rerank == nil {
		plain.plain = false
		m.keepTheme(&plain, sc, w, nil, theme)
		return plain, plain
	}
	m.classify(qt, sc.prob)
	m.keepBest(&rk, sc, w, sc.prob)
	m.evidence(&rk, sc, w)
	m.keepTheme(&rk, sc, w, sc.prob, theme)
	rk.agree = plain.n > 0 && plain.top[0] == rk.top[0]
	rk.uncovered = m.uncoveredWord(qt, rk)
	rk.short = len(qt) <= maxUncovered
	if rk.n > 0 && m.urgent[rk.top[0]] {
		rk.ordinary = m.rankOrdinary(rk, plain, sc, w)
		rk.ordinary.uncovered = m.uncoveredWord(qt, *rk.ordinary)
	}
	return rk, plain
}

// handoverConfidence is the confidence from which a request for a
// human, the best document, is answered below answerConfidence.
const handoverConfidence = 0.5

// maxUncovered is the most content words a question may have for its
// rarest word to decide (uncoveredWord): in a longer message, a story,
// rare words are often incidental (« le chêne », « la Toussaint »).
const maxUncovered = 6

// maxRareDocs is the most documents a word may be used by to name a
// subject of its own (uncoveredWord): « avion », « européenne ».
const maxRareDocs = 3

// strongWeight is the weight of a word that a handful of entries use
// (« billet », « msa », « arrêt maladie »): two such words of the best
// document outweigh a rarer one it misses (« mon arrêt maladie, je
// l'envoie à la MSA ? » told by a worker « dans les vignes »).
const strongWeight = 2.0

// uncoveredWord reports whether the best document of rk misses the word
// that says most in a short question: a word of the catalogue that the
// best document does not use and that weighs more than every word it
// does use, written as a noun (after a determiner), when the best
// document holds no more than one strong word of the question.
// « acheter un billet d'avion » matches the train tickets' entry by
// « acheter » and « billet », but « avion » is rarer than both and that
// entry never says it. Such a question is offered, never answered.
func (m *Matcher) uncoveredWord(qt []qtoken, rk ranking) bool {
	if rk.n == 0 || m.docs[rk.top[0]].intent {
		return false
	}
	best := rk.top[0]
	var missed, held float64
	n, strong := 0, 0
	for _, t := range qt {
		if t.term == nil {
			n++
			continue
		}
		if t.term.smallTalk {
			continue
		}
		n++
		if uses(t.term, best) {
			held = max(held, t.weight)
			if t.weight >= strongWeight {
				strong++
			}
		} else if t.noun && len(t.term.postings) <= maxRareDocs && !deviceStems[t.tok] {
			missed = max(missed, t.weight)
		}
	}
	return n <= maxUncovered && missed > held && strong <= 1
}

// uses reports whether document d uses term t.
func uses(t *term, d int32) bool {
	_, found := slices.BinarySearchFunc(t.postings, d, func(p posting, d int32) int { return int(p.doc - d) })
	return found
}

// rankOrdinary ranks the documents that are no emergency entry, the
// re-ranker included, for a message whose best document is one: when the
// emergency reader stays silent, that entry is out of the running, and
// the message may be about the next (« mon proprio veut me mettre
// dehors » is about the unpaid rent, not a night in the street).
func (m *Matcher) rankOrdinary(rk, plain ranking, sc *scratch, w questionWeight) *ranking {
	ord := &ranking{smallTalkOnly: rk.smallTalkOnly, elsewhere: rk.elsewhere, namesTheme: rk.namesTheme}
	for _, d := range sc.docs {
		if !m.urgent[d] {
			ord.insert(d, m.docScore(sc, w, sc.prob, d, ord.smallTalkOnly), m.docs)
		}
	}
	m.evidence(ord, sc, w)
	for i := 0; i < plain.n; i++ {
		if !m.urgent[plain.top[i]] {
			ord.agree = ord.n > 0 && plain.top[i] == ord.top[0]
			break
		}
	}
	return ord
}

// evidence records in rk, once its best documents are kept, the evidence
// for the best one and against the runner-up.
func (m *Matcher) evidence(rk *ranking, sc *scratch, w questionWeight) {
	if rk.n == 0 {
		return
	}
	best := rk.top[0]
	rk.coverage = sc.matched[best] / w.of(m.docs[best])
	if rk.smallTalkOnly {
		rk.coverage = 1
	}
	rk.closest = sc.best[best]
	rk.share = sc.share[best]
	rk.weight = w.of(m.docs[best])
	rk.unknown = w.unknown / w.of(m.docs[best])
	if rk.n > 1 {
		rk.ratio = rk.score[1] / rk.score[0]
		rk.gap = rk.coverage - sc.matched[rk.top[1]]/w.of(m.docs[rk.top[1]])
		rk.share2 = sc.share[rk.top[1]]
	}
}

// questionWeight is how much a question weighs: in all, without its
// small-talk words, and in unknown words.
type questionWeight struct {
	total, content, unknown float64
	// smallTalkOnly is true when every word is used by greetings, thanks
	// or goodbyes.
	smallTalkOnly bool
}

// weighQuestion adds up the weights of a question's tokens.
func weighQuestion(qt []qtoken) questionWeight {
	w := questionWeight{smallTalkOnly: true}
	for _, t := range qt {
		w.total += t.weight
		w.smallTalkOnly = w.smallTalkOnly && t.term != nil && t.term.chitchat
		switch {
		case t.term == nil:
			w.unknown += t.weight
			w.content += t.weight
		case !t.term.smallTalk:
			w.content += t.weight
		}
	}
	return w
}

// of returns the weight a document is measured against: the whole
// question for small talk, the question without small talk for the rest.
func (w questionWeight) of(d doc) float64 {
	if d.smallTalk {
		return w.total
	}
	return w.content
}

// accumulate adds the question's tokens to the scores and matched weights
// of the documents, and to the overlap of the example questions.
func (m *Matcher) accumulate(sc *scratch, qt []qtoken) {
	for _, t := range qt {
		if t.term == nil {
			continue
		}
		w := t.weight * t.match
		for _, p := range t.term.postings {
			if sc.matched[p.doc] == 0 {
				sc.docs = append(sc.docs, p.doc)
			}
			sc.score[p.doc] += w * p.weight
			sc.matched[p.doc] += w
		}
		for _, qi := range t.term.questions {
			if sc.inter[qi] == 0 {
				sc.qs = append(sc.qs, qi)
			}
			sc.inter[qi] += w
		}
	}
}

// closeness records, per document, the weighted Jaccard of its closest
// example question and the largest share of an example question matched.
func (m *Matcher) closeness(sc *scratch, w questionWeight) {
	for _, qi := range sc.qs {
		inter := sc.inter[qi]
		qq := m.questions[qi]
		j := inter / (qq.norm + m.p.closeLambda*(w.of(m.docs[qq.doc])-inter))
		if j > sc.best[qq.doc] {
			sc.best[qq.doc] = j
		}
		if sh := inter / qq.norm; sh > sc.share[qq.doc] {
			sc.share[qq.doc] = sh
		}
	}
}

// keepBest scores the documents the question touched and keeps the best
// three in rk, best first; equal scores are ordered by id. prob, when not
// nil, holds the re-ranker's probability of each document.
func (m *Matcher) keepBest(rk *ranking, sc *scratch, w questionWeight, prob []float64) {
	for _, d := range sc.docs {
		rk.insert(d, m.docScore(sc, w, prob, d, rk.smallTalkOnly), m.docs)
	}
}

// docScore is the score of document d: its words' score, plus its closest
// example's and, with prob, the re-ranker's.
func (m *Matcher) docScore(sc *scratch, w questionWeight, prob []float64, d int32, smallTalkOnly bool) float64 {
	s := sc.score[d] + m.p.jaccardBonus*w.of(m.docs[d])*sc.best[d]
	if prob != nil && !m.docs[d].smallTalk {
		// Small talk has its own rule below: a greeting's word
		// (« aide » in « merci pour votre aide ») must not make
		// « aide » alone a thanks.
		s += m.p.rerankBonus * w.of(m.docs[d]) * prob[d]
	}
	if m.docs[d].smallTalk && !smallTalkOnly {
		// Small talk is the whole message or nothing: "bonjour" in
		// "bonjour, j'ai perdu ma carte vitale" must not win.
		cov := sc.matched[d] / w.total
		s *= cov * cov
	}
	return s
}

// The features of the confidence model, in the order of params.conf.
const (
	featScore    = iota // log(1 + best score): how much evidence there is
	featCoverage        // share of the question's weight the best matches
	featClosest         // Jaccard of its closest example question
	featMargin          // 1 - runner-up score / best score
	featUnknown         // share of the question's weight in unknown words
	featShare           // share of its closest example question matched
	featLength          // log(1 + the question's weight)
	featGap             // coverage of the best minus the runner-up's
	nFeatures
)

// features returns the evidence the confidence is computed from.
func (rk ranking) features() [nFeatures]float64 {
	var x [nFeatures]float64
	x[featScore] = math.Log1p(rk.score[0])
	x[featCoverage] = rk.coverage
	x[featClosest] = rk.closest
	x[featMargin] = 1 - rk.ratio
	x[featUnknown] = rk.unknown
	x[featShare] = rk.share
	x[featLength] = math.Log1p(rk.weight)
	x[featGap] = rk.gap
	if rk.n < 2 {
		x[featGap] = rk.coverage
	}
	return x
}

// confidence turns the evidence into a probability that the best
// candidate is right: a logistic model over the features of the ranking,
// fitted on the evaluation sets (docs/answer-engine.md).
func (m *Matcher) confidence(rk ranking) float64 {
	z, weights := m.p.confBias, m.p.conf
	if rk.plain {
		z, weights = m.p.plainBias, m.p.plainConf
	}
	for i, x := range rk.features() {
		z += weights[i] * x
	}
	return 1 / (1 + math.Exp(-z))
}

// Match ranks the catalogue against a resident's question and decides
// whether to answer, to ask which of a few entries is meant, or to say it
// does not know. It never panics, whatever the input.
func (m *Matcher) Match(q string) Result {
	var msg message
	res := m.match(q, &msg)
	if !res.Emergency && (res.Outcome != Answer || res.ID == IntentGreeting) && cryForHelp(q) {
		// No topic, no small talk: the doubt and the numbers (cry.go).
		res.Outcome, res.ID, res.Offered, res.Worry, res.Cry = Unknown, "", nil, true, true
		return res
	}
	if res.Outcome != Answer && !res.Emergency {
		res.Worry = m.worried(q, &msg)
	}
	return res
}

// match is Match without Result.Worry. It leaves in msg the message as
// the emergency check read it, if it did.
func (m *Matcher) match(q string, msg *message) Result {
	if plain := dropMarkup(q); len(plain) < 64 {
		// A message that is exactly one of the intents' phrasings is that
		// intent, even when all its words are stop words (markup aside).
		if id, ok := m.smallTalk[phraseKey(plain)]; ok {
			return Result{Outcome: Answer, ID: id, Confidence: 1, Candidates: []Candidate{{ID: id, Score: 1}}}
		}
	}
	rk, plain := m.rankBoth(q)
	// Emergencies first, even when no entry ranks: a resident who writes
	// in English (« he hit me ») may use no word the engine knows.
	if res, urgent := m.emergency(q, plain, msg); urgent {
		return res
	}
	if rk.n == 0 {
		return Result{}
	}
	res := Result{Candidates: m.candidates(rk), NamesTheme: rk.namesTheme}
	conf := m.confidence(rk)
	res.Confidence = round(conf)
	p := m.p
	// A tie: the runner-up scores almost as well, matches as much of the
	// question (a word only the best one has breaks the tie) and has an
	// example question found in the message about as fully (an example
	// found whole in the message, against scattered words, breaks it: the
	// best one's subject is there, the runner-up shares its words). Small talk
	// and handover never tie: a close intent does not hold an answer back,
	// and a request for a human wins.
	tie := m.tie(rk)
	if res.Declines = m.unasked(q, rk).Name(); res.Declines != "" {
		return res // it asks what no answer gives, in a topic's words (asks.go)
	}
	if rk.ordinary != nil && m.answers(*rk.ordinary) {
		// The best was an emergency entry that the emergency reader did
		// not raise: the best of the others is answered when it would
		// be answered on its own.
		return m.ordinaryAnswer(*rk.ordinary, res.NamesTheme)
	}
	switch {
	case rk.smallTalkOnly && m.docs[rk.top[0]].smallTalk:
		// Only greetings, thanks or goodbyes: answer the best of them.
		res.Outcome, res.ID = Answer, m.docs[rk.top[0]].id
	case m.docs[rk.top[0]].smallTalk:
		// A greeting, thanks or goodbye is answered only when the message
		// has nothing else: « il va pleuvoir ce week-end ? » is not a
		// goodbye, whatever the weight of « week-end ».
	case !m.urgent[rk.top[0]] && m.answerable(rk, conf, tie):
		// An emergency entry is answered only by emergency above, with
		// the alarm or as a plain answer to a question about its numbers;
		// else the message was figurative, a joke or about something
		// else, and the others may be offered below. When the re-ranker
		// changed the best entry, the answer needs more confidence: such
		// answers are right about one time in two; below it, both entries
		// are offered. A short question about a thing the catalogue does
		// not know (rk.elsewhere) is offered, not answered: « le mcdo
		// ferme à quelle heure » asks the hours of somewhere else.
		res.Outcome, res.ID = Answer, m.docs[rk.top[0]].id
	case rk.short && conf >= handoverConfidence && m.docs[rk.top[0]].intent && m.docs[rk.top[0]].id == IntentHandover:
		// A short request for a human, in words not written yet (« je
		// voudrais voir quelqu'un »): an intent is never offered as a
		// button, so « don't know » was its only other outcome. A
		// story that borrows the words (« j'ai rencontré quelqu'un »)
		// is no such request.
		res.Outcome, res.ID = Answer, IntentHandover
	case conf >= p.clarifyConfidence && tie:
		// Two or three entries are about as likely: however confident the
		// engine is that one of them is right, it asks which.
		m.suggest(&res, rk, p.clarifyKeep)
	case (conf >= p.confirmConfidence || conf >= p.agreedConfidence && m.agreed(rk)) && !m.docs[rk.top[0]].intent:
		// Likely but not sure: one tap instead of « je ne sais pas ». The
		// runner-up is offered too when it is nearly as good.
		m.suggest(&res, rk, p.suggestRatio)
	}
	if res.Outcome != Answer && rk.named.n > 0 {
		// The message only names a theme (« caf »): its entries, not
		// « je ne sais pas », nor those of other themes.
		m.offerTheme(&res, rk.named)
	}
	return res
}

// tie reports whether the runner-up of rk scores almost as well as the
// best, matches as much of the question and has an example question found
// in the message about as fully (see Match).
func (m *Matcher) tie(rk ranking) bool {
	p := m.p
	return rk.n > 1 && rk.ratio >= p.clarifyRatio && rk.gap < p.clarifyGap && rk.share-rk.share2 < p.clarifyShareGap &&
		!m.docs[rk.top[0]].intent && !m.docs[rk.top[1]].intent
}

// answerable reports whether the best of rk, at confidence conf, is
// answered: confident enough, no tie, the plain ranking agreeing or the
// confidence higher still, and no question about a thing unknown.
func (m *Matcher) answerable(rk ranking, conf float64, tie bool) bool {
	p := m.p
	return conf >= p.answerConfidence && !tie && (rk.agree || conf >= p.agreeConfidence) && !rk.elsewhere && !rk.uncovered
}

// answers reports whether the best of an ordinary ranking is an entry
// that is answered.
func (m *Matcher) answers(rk ranking) bool {
	return rk.n > 0 && !m.docs[rk.top[0]].intent && m.answerable(rk, m.confidence(rk), m.tie(rk))
}

// ordinaryAnswer is the answer from an ordinary ranking (rankOrdinary).
func (m *Matcher) ordinaryAnswer(rk ranking, namesTheme bool) Result {
	return Result{Outcome: Answer, ID: m.docs[rk.top[0]].id, Confidence: round(m.confidence(rk)),
		Candidates: m.candidates(rk), NamesTheme: namesTheme}
}

// candidates returns the best documents of rk with their scores, best
// first.
func (m *Matcher) candidates(rk ranking) []Candidate {
	cs := make([]Candidate, rk.n)
	for i := 0; i < rk.n; i++ {
		cs[i] = Candidate{ID: m.docs[rk.top[i]].id, Score: round(rk.score[i])}
	}
	return cs
}

// agreed reports whether the best two candidates agree on the subject:
// they are entries of one theme (« amende-payer », « amende-contester »).
// Then a low confidence says which of them is unsure, not whether the
// message is about that theme, and they are offered. (The rankings with
// and without the re-ranker agreeing on the best one is no such sign:
// offering on it made out-of-scope messages get buttons, one in four more
// than today on the development sets, for three more helped.)
func (m *Matcher) agreed(rk ranking) bool {
	return rk.n > 1 && m.docs[rk.top[0]].theme != "" && m.docs[rk.top[0]].theme == m.docs[rk.top[1]].theme
}

// suggest offers the best entry, and those scoring at least keep times
// its score: Clarify when there are two or more, else Confirm. Intents are
// never offered, nor emergencies: an emergency is answered at once or not
// at all, never put to a resident as a question.
func (m *Matcher) suggest(res *Result, rk ranking, keep float64) {
	var ids []string
	for i := 0; i < rk.n; i++ {
		if rk.score[i] >= keep*rk.score[0] && !m.docs[rk.top[i]].intent && !m.urgent[rk.top[i]] {
			ids = append(ids, m.docs[rk.top[i]].id)
		}
	}
	switch {
	case len(ids) >= 2:
		res.Outcome, res.Offered = Clarify, ids
	case len(ids) == 1 && (ids[0] == m.docs[rk.top[0]].id || m.urgent[rk.top[0]]):
		// The runner-up alone when the best is an emergency that was not
		// raised: « mon proprio veut me mettre dehors » is about the
		// unpaid rent, not a night in the street.
		res.Outcome, res.Offered = Confirm, ids
	}
}

func round(x float64) float64 { return math.Round(x*1000) / 1000 }

// phraseKey writes a short message for an exact comparison: lower case,
// no accents, words separated by one space, no punctuation.
func phraseKey(s string) string {
	return strings.Join(strings.FieldsFunc(fold.String(strings.ToLower(s)), func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r) && r != '+'
	}), " ")
}
