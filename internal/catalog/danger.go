package catalog

import (
	_ "embed"
	"math"
	"strings"
)

// The danger reader is a small naive Bayes classifier that recognises a
// message of a resident in danger without a signal: « il m'a mis une
// droite », « on dort où ce soir avec les petits ». Signals are phrases one
// writer thought of; the reader weighs every word the FAQ's emergency
// entries use against the words of all the other entries, so that a
// phrase nobody wrote down still counts by its words.
//
// It is trained when the matcher is built, from the FAQ and its own
// corpus (danger_corpus.txt): each entry of an emergency theme is a class
// (its title, questions, situations, keywords and signals in French are
// its examples), and all the other entries' titles, questions and
// situations, with the corpus's everyday lines that borrow the words of
// danger (family life, nights, health paperwork, figures of speech), are
// the class of ordinary messages.
// A message's features are the sounds of its content words (« tapé »,
// « taper », « tapai » are one feature) and of each pair of neighbouring
// words, stop words included (« me tap », « plus vivr »).
//
// A message is read through a window of dangerWindow words: the score of
// an emergency class is the best sum, over a window, of its words' log
// likelihood ratios against the ordinary class. A story of ten lines
// where one sentence says the danger is thus read as that sentence, not
// drowned by the rest.

// dangerOther is the class of ordinary messages.
const dangerOther = 0

// corpusText is the reader's own corpus (danger_corpus.txt): everyday
// lines that borrow the words of danger, and lines in danger, by entry.
// The FAQ alone gives the ordinary class the questions of procedures,
// whose words are not those of family life, nights or figures of
// speech; and each emergency entry a few dozen phrasings.
//
//go:embed danger_corpus.txt
var corpusText string

// ordinaryClass is the corpus's section of ordinary lines.
const ordinaryClass = "ordinaire"

// A corpusLine is a line of the reader's corpus and its class: an
// emergency entry's id, or ordinaryClass.
type corpusLine struct {
	class, text string
}

// parseCorpus reads the corpus: « [class] » opens a section, « # » a
// comment, every other non-blank line is a message of the section.
func parseCorpus(text string) []corpusLine {
	var out []corpusLine
	class := ""
	for _, l := range strings.Split(text, "\n") {
		l = strings.TrimSpace(l)
		switch {
		case l == "" || strings.HasPrefix(l, "#"):
		case strings.HasPrefix(l, "[") && strings.HasSuffix(l, "]"):
			class = l[1 : len(l)-1]
		case class != "":
			out = append(out, corpusLine{class: class, text: l})
		}
	}
	return out
}

// dangerCorpus is the parsed corpus the matcher's reader learns from.
var dangerCorpus = parseCorpus(corpusText)

// dangerOptions are the reader's settings, chosen on the development sets
// by TestTuneDangerGrid.
type dangerOptions struct {
	// floor is a rate added to a feature's rate in each class before they
	// are compared: a feature seen in neither class weighs nothing, a
	// feature seen once weighs less than a frequent one.
	floor  float64
	window int // words in a window
	// corpus is the weight of a line of the reader's own corpus against
	// a line of the FAQ.
	corpus float64
}

var defaultDanger = dangerOptions{floor: 3e-5, window: 20, corpus: 1}

// dangerRead is the score from which the reader makes a message an
// emergency, when the engine's best candidate is an emergency entry too.
// It is just above the best score of an ordinary message of the
// development sets (« Il y a deux ans j'ai eu un cancer… », 9.2), so that
// none of them alarms; see docs/answer-engine.md § 7.
const dangerRead = 9.5

// dangerContent is the least part of a reading that a short message's
// content words must give (dangerModel.readAll), the words that only name
// a person or a moment left out: « mon fils » and « la nuit » together
// read 10.6 for the children's entry, over dangerRead, though they tell
// no danger. On the development sets the messages in danger read by the
// reader alone give 0.4 (« mon conjoint me retient dans la chambre depuis
// hier… ») or more; « mon fils chante la nuit » gives -0.3.
const dangerContent = 0.25

// dangerSure is the score from which the reader alone makes a message an
// emergency, whatever entry the engine ranks first (Matcher.surelyDanger),
// when its content words give half of it (dangerSureContent): far above the best
// ordinary message of the tuning sets that no joke or film silences
// (« pharmacie de garde nuit », 16.9; a toe broken at work yesterday,
// 15.7), so that a story opened by a procedure is read by its danger.
const (
	dangerSure        = 20.0
	dangerSureContent = dangerSure / 2
)

// dangerDoubt is the score under which no window of a message reads like
// danger at all (« je dors mal depuis que je travaille de nuit »): the
// engine's confidence alone then does not make it an emergency.
const dangerDoubt = -10.0

// dangerFar is the score under which a message that holds a single signal
// and that the engine answers with an ordinary entry is read as that
// entry's question (rankingOutweighs): below dangerDoubt, with a margin,
// for the reader is less sure of long stories.
const dangerFar = -12.0

// dangerModel is the trained reader.
type dangerModel struct {
	opt     dangerOptions
	classes []int32 // document of each emergency class; classes[0] is unused
	// llr maps a feature to its log likelihood ratio against the ordinary
	// class, per class (index 0 unused).
	llr map[string][]float64
}

// trainDanger trains the reader on the entries of c and the lines of
// corpus (dangerCorpus); urgent maps the emergency entries' ids to their
// documents. It returns nil when there is
// no emergency entry.
func trainDanger(c *Catalog, urgent map[string]int32, opt dangerOptions, corpus []corpusLine) *dangerModel {
	dm := &dangerModel{opt: opt, classes: []int32{-1}}
	classOf := map[string]int{}
	for _, e := range c.Entries {
		if d, ok := urgent[e.ID]; ok {
			classOf[e.ID] = len(dm.classes)
			dm.classes = append(dm.classes, d)
		}
	}
	if len(dm.classes) == 1 {
		return nil
	}
	n := len(dm.classes)
	index := map[string]int{} // feature → its row in counts
	var counts []float64      // n per feature
	totals := make([]float64, n)
	soundOf := map[string]string{}
	weight := 1.0
	add := func(class int, texts []string) {
		for _, t := range texts {
			words := messageWords(phraseKey(t))
			sounds := make([]string, len(words))
			for i, w := range words {
				sd, ok := soundOf[w]
				if !ok {
					sd = sound(w)
					soundOf[w] = sd
				}
				sounds[i] = sd
			}
			for _, f := range dangerFeatures(words, sounds, nil) {
				if f == "" {
					continue
				}
				row, ok := index[f]
				if !ok {
					row = len(index)
					index[f] = row
					counts = append(counts, make([]float64, n)...)
				}
				counts[row*n+class] += weight
				totals[class] += weight
			}
		}
	}
	for _, e := range c.Entries {
		class := classOf[e.ID]
		add(class, []string{e.Title})
		add(class, e.Questions)
		add(class, e.Situations)
		if class != dangerOther {
			add(class, e.Keywords)
			signals := make([]string, 0, len(e.Signals))
			for _, s := range e.Signals {
				if _, foreign := signalLanguage(s); !foreign {
					signals = append(signals, strings.ReplaceAll(s, "*", ""))
				}
			}
			add(class, signals)
		}
	}
	for _, in := range c.Intents {
		add(dangerOther, in.Questions)
	}
	// The corpus's ordinary lines only: its lines in danger, learned
	// too, made the reader read more of its held-out ordinary lines as
	// danger and no more of its lines in danger (TestDangerCorpusCV);
	// they are the check set of what it reads.
	weight = opt.corpus
	for _, l := range corpus {
		if l.class == ordinaryClass {
			add(dangerOther, []string{l.text})
		}
	}
	dm.setRatios(index, counts, totals)
	return dm
}

// setRatios sets the log likelihood ratios of the features against the
// ordinary class, from their counts by class (n a feature, in the row
// index gives) and the classes' totals. The ordinary class has no ratio of
// its own: its place marks the features that only name a person or a
// moment (see readAll).
func (dm *dangerModel) setRatios(index map[string]int, counts, totals []float64) {
	n := len(dm.classes)
	dm.llr = make(map[string][]float64, len(index))
	ratios := make([]float64, len(counts))
	naming := namingSounds()
	for f, row := range index {
		cs, r := counts[row*n:row*n+n], ratios[row*n:row*n+n]
		other := cs[dangerOther]/totals[dangerOther] + dm.opt.floor
		for k := 1; k < n; k++ {
			r[k] = math.Log((cs[k]/totals[k] + dm.opt.floor) / other)
		}
		if namingFeature(f, naming) {
			r[dangerOther] = 1
		}
		dm.llr[f] = r
	}
}

// namingSounds returns the sounds of the words that only name a person or
// a moment (namedOnly), true, and of the stop words, false.
func namingSounds() map[string]bool {
	out := map[string]bool{}
	for w := range stopWords {
		out[sound(w)] = false
	}
	for w := range namedOnly {
		out[sound(w)] = true
	}
	return out
}

// namingFeature reports whether the feature f only names a person or a
// moment: the sound of a word of namedOnly, or a pair of such words and
// stop words with one of namedOnly at least (« mon fils », « la nuit »,
// « ce soir »), by the sounds of naming (namingSounds).
func namingFeature(f string, naming map[string]bool) bool {
	a, b, pair := strings.Cut(f, " ")
	if !pair {
		return naming[f]
	}
	na, oka := naming[a]
	nb, okb := naming[b]
	return oka && okb && (na || nb)
}

// dangerFeatures returns the features of a message's words, given their
// sounds, two by word position: the sound of the word when it is a
// content word, and the sounds of the pair it begins, stop words
// included. A position without one has "". Masked words give none.
func dangerFeatures(words, sounds []string, masked []bool) []string {
	out := make([]string, 0, 2*len(words))
	for i, w := range words {
		on := sounds[i] != "" && (masked == nil || !masked[i])
		f := ""
		if on && !stopWords[w] && !isDigits(w) {
			f = sounds[i]
		}
		out = append(out, f)
		b := ""
		if on && i+1 < len(words) && sounds[i+1] != "" && (masked == nil || !masked[i+1]) {
			b = sounds[i] + " " + sounds[i+1]
		}
		out = append(out, b)
	}
	return out
}

// read returns the emergency class that the message reads most like and
// its score: the best sum of log likelihood ratios over a window of
// words. The class is 0 when no window leans to an emergency.
func (dm *dangerModel) read(msg *message) (class int, score float64) {
	class, score, _ = dm.readAll(msg)
	return class, score
}

// readAll is read, and also returns the part of the best window's score
// that its content words give: without the features that only name a
// person or a moment (namingFeature). « mon fils chante la nuit » reads
// as danger by « mon fils » and « la nuit » alone, its content a little
// under nothing; « voisin bat son fils » reads so by « bat » too.
func (dm *dangerModel) readAll(msg *message) (class int, score, content float64) {
	feats := dangerFeatures(msg.words, msg.sounds, msg.masked)
	const per = 2 // features by word: the word, the pair it begins
	n := len(dm.classes)
	words := len(feats) / per
	win := max(1, min(dm.opt.window, words))
	// sums[k] is the running sum of class k over the current window,
	// sums[n+k] that of its content words.
	sums := make([]float64, 2*n)
	// rows are the ratios of each feature, looked up once.
	rows := make([][]float64, len(feats))
	for i, f := range feats {
		rows[i] = dm.llr[f]
	}
	at := func(pos, k int) (all, content float64) {
		for _, r := range rows[pos*per : pos*per+per] {
			if r != nil {
				all += r[k]
				if r[dangerOther] == 0 {
					content += r[k]
				}
			}
		}
		return all, content
	}
	score = math.Inf(-1)
	for pos := 0; pos < words; pos++ {
		for k := 1; k < n; k++ {
			a, c := at(pos, k)
			sums[k] += a
			sums[n+k] += c
			if pos >= win {
				a, c = at(pos-win, k)
				sums[k] -= a
				sums[n+k] -= c
			}
			if pos >= win-1 && sums[k] > score {
				class, score, content = k, sums[k], sums[n+k]
			}
		}
	}
	return class, score, content
}
