package catalog

import (
	"strings"
	"unicode"

	"pimmsbot/internal/fold"
)

// Elisions written without their apostrophe. Residents write « lapl »
// for « l'APL », « minscrire » for « m'inscrire », « quil » for
// « qu'il »; so do the example questions of the FAQ, written in their
// style. Left glued, such a word is a word of its own: « minscrire »
// matches the one example that spells it so, not the thirty that say
// « inscrire ». The matcher splits a glued elision the same way in the
// content and in a question, with the vocabulary of the content:
//
//   - the glued form is not a word of the FAQ's edited text (titles,
//     answers, facts, theme labels), nor a word the content writes after
//     an article or a possessive (« la dame »): those are words, not
//     elisions (« sans », « mars », « couverture »);
//   - the elided word is followed by a vowel or an h, as in French (but j,
//     which residents glue to anything: « jcomprends »);
//   - the rest is a word of the content (« apl », « inscrire »), written
//     there more often than the glued form (« livré » is no « l'ivre »),
//     of three letters or more (four after m', t', s', n', see minRest) —
//     then the word is read as the rest —, or a pronoun or
//     a form of être or avoir that the elided word stands before
//     (« quil », « mont », « lai ») — then the word is a stop word and is
//     dropped.
//
// « lapin », « diplome », « mutuelle », « sein » stay: their rest is no
// word of the content.

// gluedPrefixes are the elided words that may be glued to the next word,
// longest first. « c' » only stands before forms of être (« cest »,
// « cetait », see elidedBefore): « couverture » is no « c'ouverture ».
// « k » is « qu' » written by ear, and only stands before pronouns
// (« kil », « kelle »).
var gluedPrefixes = []string{"qu", "l", "m", "t", "s", "d", "j", "n", "c", "k"}

// elidedBefore lists, for each elided word, the stop words it stands
// before when glued: « quil » is « qu'il », but « quai » is no « qu'ai »,
// « mai » no « m'ai », « test » no « t'est », « taux » no « t'aux ».
// (« j » glued to any stop word is dropped by words.)
var elidedBefore = func() map[string]map[string]bool {
	out := map[string]map[string]bool{}
	for p, ws := range map[string]string{
		"qu": "il ils elle elles on un une en y est",
		"k":  "il ils elle elles on", // « kil », « kelle »: « qu' » written by ear
		"c":  "est etait etaient",
		"s":  "il ils en y est etait",
		"n":  "a ai as avait avais ont est etait y en",
		"d":  "un une il ils elle elles en y",
		"m":  "a as avait avais ont en y",
		"t":  "a as avais avait en y es etais",
		"l":  "a ai avait avais on un une en y",
	} {
		out[p] = map[string]bool{}
		for _, w := range strings.Fields(ws) {
			out[p][w] = true
		}
	}
	return out
}()

// determiners are the words after which a word is a noun, never an
// elision: « la dame », « une couverture ». Not « ce »: « ce quil ».
var determiners = map[string]bool{
	"le": true, "la": true, "les": true, "un": true, "une": true, "du": true,
	"ma": true, "ta": true, "sa": true, "mon": true, "ton": true, "son": true,
	"mes": true, "tes": true, "ses": true, "cette": true, "ces": true,
	"notre": true, "votre": true, "nos": true, "vos": true, "leur": true, "leurs": true,
}

// A vocabulary is what the matcher knows of the words of the content, to
// split glued elisions.
type vocabulary struct {
	content map[string]int  // every folded word of the content: how many times it is written
	words   map[string]bool // words that are words: edited text, nouns after a determiner
	// accented maps a folded word of the content to its accented
	// spelling (the first in byte order when there are several): an SMS
	// example's « volee » is the « volée » of another, and must be stemmed
	// as it (see spelling).
	accented map[string]string
}

// newVocabulary reads the words of the catalogue.
func newVocabulary(c *Catalog) vocabulary {
	v := vocabulary{content: map[string]int{}, words: map[string]bool{}, accented: map[string]string{}}
	addContent := func(texts ...string) {
		for _, t := range texts {
			for _, w := range words(t) {
				v.content[w.folded]++
				if a, ok := v.accented[w.folded]; w.lower != w.folded && (!ok || w.lower < a) {
					v.accented[w.folded] = w.lower
				}
			}
			v.addNouns(t)
		}
	}
	addEdited := func(texts ...string) {
		for _, t := range texts {
			for _, w := range rawWords(t) {
				v.words[w] = true
			}
		}
	}
	for canon, vs := range c.Synonyms {
		addContent(canon)
		addContent(vs...)
	}
	for _, e := range c.Entries {
		if e == nil {
			continue
		}
		addContent(e.Title)
		addContent(e.Questions...)
		addContent(e.Situations...)
		addContent(e.Keywords...)
		addEdited(e.Title, e.Answer)
		for _, f := range e.Facts {
			addEdited(f.Claim)
		}
	}
	for _, in := range c.Intents {
		if in != nil {
			addContent(in.Questions...)
			addEdited(in.Answer)
		}
	}
	for _, t := range c.Themes {
		addEdited(t.Label)
	}
	return v
}

// spelling returns the spelling of w to stem: its accented spelling in
// the content when w is written without accents. The stemmer reads
// accented suffixes: « volée » gives « vol », as « volé » does, but
// « volee » gives « vole »; without this, an example written without
// accents would give its own token to every « volée » of the residents.
func (v vocabulary) spelling(w word) string {
	if a, ok := v.accented[w.folded]; ok && w.lower == w.folded {
		return a
	}
	return w.lower
}

// addNouns records the words of text written after a determiner.
func (v vocabulary) addNouns(text string) {
	prev := ""
	for _, w := range rawWords(text) {
		if determiners[prev] {
			v.words[w] = true
		}
		prev = w
	}
}

// rawWords returns the folded lower-case words of text, stop words
// included, split at anything that is not a letter or a digit.
func rawWords(text string) []string {
	return strings.FieldsFunc(fold.String(strings.ToLower(text)), func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r)
	})
}

// minRest is the shortest word of the content read after the elided word
// p: « l' » and « d' » stand before nouns, acronyms included (« lapl »,
// « daah »); « m' », « t' », « s' », « n' », « j' », « qu' » before
// verbs and pronouns, none of three letters that are not stop words, so
// that « taah » (Darija for « il est tombé ») is no « t'AAH ».
func minRest(p string) int {
	if p == "l" || p == "d" {
		return 3
	}
	return 4
}

// unglue splits w when it is an elided word glued to the next one: it
// returns the next word and true, or drop true when that word is a stop
// word. A word that is no glued elision comes back as it is.
func (v vocabulary) unglue(w word) (rest word, drop bool) {
	f := w.folded
	if v.words[f] {
		return w, false
	}
	for _, p := range gluedPrefixes {
		r, ok := strings.CutPrefix(f, p)
		if !ok || r == "" || p != "j" && strings.IndexByte("aeiouyh", r[0]) < 0 {
			continue
		}
		if elidedBefore[p][r] {
			return word{}, true
		}
		if p != "c" && p != "k" && len(r) >= minRest(p) && v.content[r] > v.content[f] {
			lower := r
			if l, ok := strings.CutPrefix(w.lower, p); ok {
				lower = l // with its accents, which the stemmer needs
			}
			return word{lower: lower, folded: r}, false
		}
	}
	return w, false
}
