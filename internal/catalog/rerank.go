package catalog

import (
	"math"
	"math/rand/v2"
)

// The re-ranker is a multinomial logistic regression over the documents
// (entries and intents), trained when the matcher is built from the
// catalogue alone: every title, example question, situation and the
// keywords of each entry are labelled examples of it, every phrasing of
// an intent an example of that intent. A message's features are its
// tokens as the matcher sees them (stems, accents restored, typos
// corrected, synonyms applied), each present token counting 1/√n for a
// message of n known tokens.
//
// Where the BM25-like score weighs a word by how rare it is over the whole
// catalogue, the model learns how much each word says about each entry
// against its neighbours: « fille » and « voyage » are everyday words,
// and the model learns which entry's stories use them. Its probability of
// an entry is added to the entry's score, weighted like the closest
// example (docs/answer-engine.md § 2).

// rerankOptions are the settings of the training.
type rerankOptions struct {
	epochs int     // passes over the examples
	rate   float64 // learning rate of the first pass; pass e uses rate/(1+e)
	seed   uint64  // shuffling order, fixed so that two builds agree
	// learnt is the probability of its own class from which an example
	// is learnt: it is left out of the later passes, which spares most
	// of the training.
	learnt float64
}

// defaultRerank trains gently: a first rate of 1 over twelve passes.
// With a first rate of 3 over five passes the model overshot on the first
// pass, and where it landed depended on the shuffling order: another seed,
// or one more example line anywhere in the FAQ, changed the outcome of
// some thirty lines of the development sets, one or two points of top-1.
// The gentle training ends near the same model whatever the order (five
// to nine lines change), for about 0.1 s more per NewMatcher; its
// probabilities are less peaked, so the matcher weighs them more
// (params.rerankBonus 0.75, was 0.5). docs/answer-engine.md § 4.
var defaultRerank = rerankOptions{epochs: 12, rate: 1, seed: 12, learnt: 0.9}

// rerankCut is how far under the best class a class's logit may be
// before its probability counts as 0 (e^-10 ≈ 5·10⁻⁵): it spares most
// exponentials once the model has learnt.
const rerankCut = 10

// rerankModel is the trained model: classes are the matcher's documents,
// features its terms (term.feat).
type rerankModel struct {
	classes int
	bias    []float64
	weights []float64 // classes per feature, feature-major
}

// An example is the distinct features of one text of a document.
type example struct {
	class int32
	feats []int32
}

// trainRerank fits the model on examples with stochastic gradient descent.
func trainRerank(examples []example, classes, features int, opt rerankOptions) *rerankModel {
	rm := &rerankModel{
		classes: classes,
		bias:    make([]float64, classes),
		weights: make([]float64, classes*features),
	}
	if classes == 0 || len(examples) == 0 || opt.epochs <= 0 {
		return rm
	}
	order := make([]int, len(examples))
	for i := range order {
		order[i] = i
	}
	rnd := rand.New(rand.NewPCG(opt.seed, opt.seed))
	p := make([]float64, classes)
	live := make([]int32, 0, classes) // the classes with a gradient
	learnt := make([]bool, len(examples))
	for e := 0; e < opt.epochs; e++ {
		rnd.Shuffle(len(order), func(i, j int) { order[i], order[j] = order[j], order[i] })
		rate := opt.rate / float64(1+e)
		for _, i := range order {
			ex := examples[i]
			if len(ex.feats) == 0 || learnt[i] {
				continue
			}
			x := 1 / math.Sqrt(float64(len(ex.feats)))
			rm.probabilities(ex.feats, x, p)
			learnt[i] = p[ex.class] >= opt.learnt
			p[ex.class]-- // the gradient of the log loss: p − onehot
			live = live[:0]
			for k, g := range p {
				if g != 0 {
					live = append(live, int32(k))
					rm.bias[k] -= rate * g
				}
			}
			for _, f := range ex.feats {
				row := rm.weights[int(f)*classes : int(f)*classes+classes]
				for _, k := range live {
					row[k] -= rate * x * p[k]
				}
			}
		}
	}
	return rm
}

// probabilities writes into p the model's probability of every class for
// a message with the given features, each of value x.
func (rm *rerankModel) probabilities(feats []int32, x float64, p []float64) {
	copy(p, rm.bias)
	for _, f := range feats {
		row := rm.weights[int(f)*rm.classes : int(f)*rm.classes+rm.classes]
		for k, w := range row {
			p[k] += x * w
		}
	}
	top := math.Inf(-1)
	for _, z := range p {
		top = max(top, z)
	}
	var sum float64
	for k, z := range p {
		if z < top-rerankCut {
			p[k] = 0 // under e^-rerankCut of the best: nothing to learn
			continue
		}
		p[k] = math.Exp(z - top)
		sum += p[k]
	}
	for k := range p {
		p[k] /= sum
	}
}

// newRerank trains the re-ranker on the texts the indexer read.
func (m *Matcher) newRerank(texts []docText, opt rerankOptions) *rerankModel {
	examples := make([]example, 0, len(texts))
	for _, dt := range texts {
		ex := example{class: dt.doc}
		for _, t := range dedupe(dt.toks) {
			if tm := m.terms[t]; tm != nil && !tm.smallTalk && !askWord(t) {
				ex.feats = append(ex.feats, tm.feat)
			}
		}
		examples = append(examples, ex)
	}
	return trainRerank(examples, len(m.docs), len(m.terms), opt)
}

// askWord reports whether t is a question word that asks (normalize.go).
// The re-ranker leaves them out: they say when or where, which the score
// weighs by their use in the FAQ, not what about; and a model trained
// without them is the one the FAQ's content was judged with.
func askWord(t string) bool { return t == askWhen || t == askWhere }

// classify writes into p the model's probability of every document for
// the question's tokens; words the catalogue does not know are left out.
func (m *Matcher) classify(qt []qtoken, p []float64) {
	feats := make([]int32, 0, len(qt))
	for _, t := range qt {
		if t.term != nil && !t.term.smallTalk && !askWord(t.tok) {
			feats = append(feats, t.term.feat)
		}
	}
	if len(feats) == 0 {
		clear(p)
		return
	}
	m.rerank.probabilities(feats, 1/math.Sqrt(float64(len(feats))), p)
}
