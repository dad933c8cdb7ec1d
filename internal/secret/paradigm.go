package secret

import "strings"

// The verbs that give a value are read as one paradigm. Residents give a
// password or a code with « c'est » and « j'ai mis », and with every
// other form of the same verbs: the conditional and the future (« ce
// serait X », « ça sera X »), a modal before « être » (« ça doit être
// X », « il devrait être X », « c'est censé être X »), another tense of
// the auxiliary (« j'avais mis », « j'aurais tapé »), the spellings of
// SMS and of hurried typing (« jai mit X », « j'ai mi X », « je met X »,
// « j'ai taper X ») and a hedge beside the verb (« normalement c'est
// X », « c'est je crois X », « je pense que c'est X »). Every rule reads
// the words after the tokenizer, so the paradigm rewrites the tokens
// once, before any rule: each form becomes the form the rules know
// (« c' est », « est », « j' ai mis », « je mets », « tape »), its
// tokens covering the same bytes. No rule lists a tense of its own.
//
// A form is rewritten only where it gives a value: a participle after an
// auxiliary (« j'ai mi », not « mi cuenta »), a present after « je ».
// What is said of a password stays what it is: « le mot de passe serait
// trop simple » is read « … est trop simple », which masks nothing.

// A verbForm is one way of writing a verb of the paradigm: the tokens
// as the tokenizer reads them, the tokens the rules read instead, and
// the tokens one of which must come right before it (nil: any).
type verbForm struct {
	words, reads []string
	after        map[string]bool
}

// The words the forms of the paradigm come after.
var (
	// auxiliaries are the forms of « avoir » before a participle, as
	// rewritten by the paradigm first (« jai » is « j' ai »).
	auxiliaries = set("ai", "a", "as", "avais", "avait", "avons", "avez", "ont", "aurais", "aurait", "g", "ja")
	// firstPerson says the resident is the one typing.
	firstPerson = set("je", "j'")
	// saidByJ are the pronouns elided before an auxiliary.
	saidByJ = set("j'")
)

// paradigm lists the forms: forms(after, reads, spellings…) gives each
// spelling, a phrase of tokens, the same reading.
var paradigm = func() (p formIndex) {
	p.byFirst = map[string][]verbForm{}
	add := func(after map[string]bool, reads string, spellings ...string) {
		for _, s := range spellings {
			p.add(verbForm{strings.Fields(s), strings.Fields(reads), after})
		}
	}
	// The auxiliary glued to its pronoun, and its other tenses.
	add(nil, "j' ai", "jai", "jaie", "jais")
	add(nil, "j' ai", "javais", "javai", "jaurais", "jaurai")
	add(saidByJ, "ai", "avais", "avai", "aurais", "aurai")
	// The participles of typing and giving, after an auxiliary.
	add(auxiliaries, "mis", "mit", "mi", "mie", "mits", "mets", "met", "mettre", "mi's")
	add(auxiliaries, "tape", "taper", "tapper", "tappe", "tapai", "tapez", "tapee")
	add(auxiliaries, "essaye", "essayer", "essayez", "essayai", "esseye", "essayais")
	add(auxiliaries, "rentre", "rentrer", "rentrez", "rentree")
	add(auxiliaries, "entre", "entrer", "entrez")
	add(auxiliaries, "saisi", "saisir", "saisit", "saisis")
	add(auxiliaries, "ecrit", "ecri", "ecrie", "ecrire", "ecris")
	add(auxiliaries, "choisi", "choisit", "choisir", "choisie")
	add(auxiliaries, "compose", "composer")
	add(auxiliaries, "donne", "donner", "donnez")
	add(auxiliaries, "utilise", "utiliser", "utilisez")
	// The present and the future, after « je ».
	add(firstPerson, "mets", "met", "mai", "mais", "mes", "mettrai", "mettrais", "vais mettre")
	add(firstPerson, "tape", "tapes", "tap", "tappe", "taperai", "taperais", "vais taper")
	add(firstPerson, "rentre", "rentres", "rentrerai", "vais rentrer")
	add(firstPerson, "saisis", "saisi", "saisit", "saisirai", "vais saisir")
	// The copula: the conditional, the future, a modal before « être ».
	add(nil, "est", "serait", "doit etre", "devrait etre", "pourrait etre", "dois etre", "doi etre",
		"est cense etre", "est sense etre", "est suppose etre", "est censee etre", "etait cense etre")
	for _, subject := range []string{"ce", "ca", "sa"} {
		add(nil, "c' est", subject+" serait", subject+" serai", subject+" serais", subject+" sera",
			subject+" doit etre", subject+" devrait etre", subject+" pourrait etre", subject+" doit surement etre")
	}
	add(nil, "c' etait", "c t", "c t'")
	add(nil, "cetait", "ct", "cetais", "cetai", "ctait", "c'etais")
	add(set("c'"), "etait", "etais", "etai")
	// A hedge before « c'est » or after it is part of the verb: the
	// value comes after it all the same.
	for _, hedge := range []string{"normalement", "logiquement", "en principe", "a priori", "je crois", "je pense",
		"il me semble", "surement", "peut etre", "sans doute", "je suppose", "d' habitude", "en theorie"} {
		add(nil, "c'", hedge+" c'", hedge+" que c'", hedge+" qu' c'")
		add(set("c'"), "est", "est "+hedge, "etait "+hedge)
	}
	return p
}()

// A formIndex holds the forms by their first token, with the first
// bytes and lengths of those tokens (as a phraseSet has) so that most
// tokens are passed without hashing them.
type formIndex struct {
	byFirst    map[string][]verbForm
	firstBytes [4]uint64
	lengths    uint64
}

func (p *formIndex) add(f verbForm) {
	w := f.words[0]
	p.byFirst[w] = append(p.byFirst[w], f)
	p.firstBytes[w[0]/64] |= 1 << (w[0] % 64)
	p.lengths |= 1 << min(len(w), 63)
}

func (p *formIndex) mayStart(w string) bool {
	return w != "" && p.firstBytes[w[0]/64]&(1<<(w[0]%64)) != 0 && p.lengths&(1<<min(len(w), 63)) != 0
}

// readParadigm rewrites the forms of the paradigm in sc.toks into the
// forms the rules read, the longest form first at each token.
func (sc *scanner) readParadigm() {
	for k := 0; k < len(sc.toks); k++ {
		w := sc.surface(k)
		if !paradigm.mayStart(w) {
			continue
		}
		var best *verbForm
		for i, f := range paradigm.byFirst[w] {
			if (best == nil || len(f.words) > len(best.words)) && sc.spells(k, f) {
				best = &paradigm.byFirst[w][i]
			}
		}
		if best != nil {
			k = sc.rewrite(k, best) - 1
		}
	}
}

// surface is token k's word for the paradigm: its norm, but « mi »,
// which the tokenizer reads as Spanish « mon », as written.
func (sc *scanner) surface(k int) string {
	t := sc.toks[k]
	if t.norm == "mon" && t.end-t.start == 2 && (sc.text[t.start] == 'm' || sc.text[t.start] == 'M') {
		return "mi"
	}
	return t.norm
}

// spells reports whether the tokens from k spell the form f, after one
// of the words it must follow.
func (sc *scanner) spells(k int, f verbForm) bool {
	if k+len(f.words) > len(sc.toks) || f.after != nil && (k == 0 || !f.after[sc.toks[k-1].norm]) {
		return false
	}
	for i, w := range f.words {
		if sc.surface(k+i) != w {
			return false
		}
	}
	return true
}

// rewrite puts f's reading in place of its tokens from k, and returns
// the index after it. Fewer tokens read than written: the last covers
// the rest (« doit être » is one « est »). One more: the first word is
// cut after its elided pronoun (« jai » is « j' » and « ai »).
func (sc *scanner) rewrite(k int, f *verbForm) int {
	n, m := len(f.words), len(f.reads)
	switch {
	case m == n+1 && n == 1:
		t := sc.toks[k]
		cut := t.start + len(f.reads[0]) - 1
		if cut >= t.end || !isASCIIPrefix(sc.text[t.start:], cut-t.start) {
			return k + 1
		}
		sc.toks = append(sc.toks, token{})
		copy(sc.toks[k+2:], sc.toks[k+1:])
		sc.toks[k] = token{t.start, cut, f.reads[0]}
		sc.toks[k+1] = token{cut, t.end, f.reads[1]}
		return k + 2
	case m > n:
		return k + 1
	}
	end := sc.toks[k+n-1].end
	for i, r := range f.reads {
		sc.toks[k+i].norm = r
	}
	sc.toks[k+m-1].end = end
	sc.toks = append(sc.toks[:k+m], sc.toks[k+n:]...)
	return k + m
}
