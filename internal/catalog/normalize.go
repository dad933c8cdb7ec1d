package catalog

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/kljensen/snowball/french"
	"golang.org/x/text/unicode/norm"

	"pimmsbot/internal/fold"
)

// Limits that keep one normalisation cheap whatever a resident sends.
const (
	maxWords    = 64 // content words kept from one message
	maxWordLen  = 25 // longer "words" (links, keyboard mashing) are dropped
	maxInputLen = 4096
)

// Normalize returns the tokens of s as the answer engine sees them, before
// synonyms and typo correction: Unicode NFC, lower case, elisions (l', d',
// qu', j'…) removed, punctuation dropped, French stop words and filler words
// dropped, each word stemmed with the Snowball French stemmer and then folded
// to ASCII (accents removed, œ → oe). Digits are kept.
//
// The same question written with or without accents, in capitals or with
// other punctuation gives the same tokens, so Normalize is also the key used
// to group unanswered questions.
func Normalize(s string) []string {
	var out []string
	for _, w := range words(s) {
		out = append(out, stemFold(w.lower))
	}
	return out
}

// A word is one content word of a message: lower case, as written
// (lower), and folded to ASCII (folded).
type word struct {
	lower  string
	folded string
	// article is true when the word follows an article (« le mcdo »,
	// « une guitare », « l'usine »): it names a thing.
	article bool
	// noun is true when the word follows a determiner, an article, a
	// possessive or « de » (« ma mutuelle », « billet d'avion »): it is
	// likely a noun, a subject the message is about.
	noun bool
}

// nounBefore holds the words after which a word is likely a noun
// (word.noun): the articles, the possessives, the demonstratives, « de ».
// Not « l' », a pronoun as often as an article (« je l'obtiens »).
var nounBefore = map[string]bool{"le": true, "la": true, "les": true, "un": true, "une": true, "au": true, "aux": true,
	"du": true, "de": true, "d": true, "des": true, "mon": true, "ma": true, "mes": true, "ton": true, "ta": true, "tes": true,
	"son": true, "sa": true, "ses": true, "notre": true, "nos": true, "votre": true, "vos": true, "leur": true, "leurs": true,
	"ce": true, "cet": true, "cette": true, "ces": true}

// ordinalSuffixes are the endings of an ordinal written with digits:
// « 1er », « 1ère », « 2e », « 3ème », « 2nd ».
var ordinalSuffixes = map[string]bool{"er": true, "ere": true, "re": true, "e": true, "eme": true, "em": true,
	"ieme": true, "nd": true, "nde": true}

// articles are the words that introduce a noun.
var articles = map[string]bool{"le": true, "la": true, "les": true, "l": true, "un": true, "une": true, "au": true, "aux": true, "du": true}

// words splits s into content words: it lowercases, splits elisions and
// punctuation, and drops stop words. Very long input is cut.
func words(s string) []word {
	if len(s) > maxInputLen {
		s = s[:maxInputLen]
	}
	if !utf8.ValidString(s) {
		s = strings.ToValidUTF8(s, " ")
	}
	s = norm.NFC.String(dropMarkup(s))
	s = readLinks(s)
	s = readNumbers(s)
	s = readEndOfRights(s)
	s = readNotReceived(s)
	s = readWhereAreYou(s)
	s = readPhone(s)
	s = readOffline(s)
	var out []word
	var ask asking
	article := false // the last word was an article
	subject := false // the last word was a subject pronoun
	det := false     // the last word was a determiner
	emit := func(w string) {
		if w == "" || len(out) >= maxWords || utf8.RuneCountInString(w) > maxWordLen {
			return
		}
		f := fold.String(w)
		after, noun, verb := article, det, subject && f == "peu"
		article, subject, det = articles[f], subjects[f], nounBefore[f]
		if verb {
			return // « je peu avoir » is « je peux », not « un peu »
		}
		if q := ask.next(f); q != "" {
			out = append(out, word{lower: q, folded: q})
		}
		if stopWords[f] || len(f) > 2 && f[0] == 'j' && stopWords[f[1:]] {
			return // also the SMS "jsuis", "jsais", "jle", "jen"
		}
		out = append(out, word{lower: w, folded: f, article: after, noun: noun})
	}
	var b wordRunes
	for _, r := range s {
		if len(out) >= maxWords {
			break
		}
		switch {
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			emit(b.add(r))
		case r == '+' && (b.b.String() == "a" || b.b.String() == "à"):
			// "a+" (à plus): a goodbye, not the verb avoir.
			b.flush()
			emit("aplus")
		case isApostrophe(r):
			w := b.flush()
			if elisions[fold.String(w)] {
				ask.next(fold.String(w)) // « quand j'ai… » tells, it does not ask
				article = fold.String(w) == "l"
				det = nounBefore[fold.String(w)]
				continue // l'attestation → attestation
			}
			emit(w)
		default:
			emit(b.flush())
			if strings.ContainsRune(".?!:;\n", r) {
				if q := ask.end(r == '?'); q != "" && len(out) < maxWords {
					out = append(out, word{lower: q, folded: q})
				}
			}
		}
	}
	emit(b.flush())
	if q := ask.end(true); q != "" && len(out) < maxWords {
		out = append(out, word{lower: q, folded: q})
	}
	return out
}

// wordRunes gathers the letters or the digits of one word.
type wordRunes struct {
	b         strings.Builder
	lastDigit bool
	ordinal   bool // letters that follow digits (« 1er », « 18ans »)
}

// add appends r, a letter or a digit. Letters and digits are separate
// words ("18ans", "3eme"): when r starts the other kind, add returns the
// word before it (flush), else "".
func (w *wordRunes) add(r rune) string {
	isDigit := unicode.IsDigit(r)
	done := ""
	if w.b.Len() > 0 && isDigit != w.lastDigit {
		done = w.flush()
		w.ordinal = !isDigit
	}
	w.lastDigit = isDigit
	w.b.WriteRune(unicode.ToLower(r))
	return done
}

// flush returns the word gathered and empties w. The suffix of an
// ordinal (« 1er », « 2ème ») is no word: the number says it all, and
// « er » would weigh as a rare word of its own.
func (w *wordRunes) flush() string {
	s := w.b.String()
	w.b.Reset()
	if w.ordinal {
		w.ordinal = false
		if ordinalSuffixes[fold.String(s)] {
			return ""
		}
	}
	return s
}

// readNumbers rewrites the figures of s that are no numbers to match:
//
//   - a date (« 12/03/1985 », « 5.10.24 », « le 12/03 », not « 12.50 », a
//     price) and a year (« né en 1985 », « depuis 2019 ») tell when, not
//     what: they are dropped, else they would drown a short question
//     (« je suis né le 12/03/1985 et je veux ma retraite »). Form numbers
//     (« 2042 ») and phone numbers (« 3919 ») are no such years;
//   - « 1 » before a word that is no unit is the article « un » of a text
//     message (« jveux 1 logement »), but « 1 euro », « 1 an » stay;
//   - « qq1 » is « qqn », quelqu'un.
func readNumbers(s string) string {
	if !strings.ContainsAny(s, "0123456789") {
		return s
	}
	s = dates.ReplaceAllString(s, " ")
	s = years.ReplaceAllString(s, " ")
	s = someone.ReplaceAllString(s, "${1}qqn")
	return one.ReplaceAllStringFunc(s, func(m string) string {
		i := strings.IndexByte(m, '1') // after the character before it, if any
		if w := strings.TrimLeft(m[i+1:], " "); !units[fold.String(strings.ToLower(w))] {
			return m[:i] + "un " + w
		}
		return m
	})
}

var (
	dates   = regexp.MustCompile(`\b\d{1,2}(?:/\d{1,2}(?:/\d{2,4})?|[.-]\d{1,2}[.-]\d{2,4})\b`)
	years   = regexp.MustCompile(`\b(?:19\d\d|20[0-3]\d)\b`)
	someone = regexp.MustCompile(`(?i)(^|[^\pL\d])qq1\b`)
	one     = regexp.MustCompile(`(?:^|[^\pL\d.,])1 +\pL+`)
)

// subjects are the pronouns after which « peu » is the SMS spelling of
// « peux » or « peut » (« je peu avoir le rsa ? »).
var subjects = map[string]bool{"je": true, "j": true, "tu": true, "on": true, "il": true, "elle": true}

// units are the words after which « 1 » is a number, not « un ».
var units = func() map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(`euro euros e eur an ans mois jour jours j semaine semaines
		heure heures h fois er ere eme enfant enfants minute minutes min personne personnes`) {
		m[w] = true
	}
	return m
}()

// The question words « quand » and « où » are stop words, yet when they
// ask they say which entry fits: « quand la CAF paie l'APL » wants the
// payment date, not how to apply; « où est le PIMMS » its address, not what
// it is. When one asks — it opens a sentence, follows « c'est », comes
// before « est-ce » (« et pour la caf, quand est-ce qu'elle paye »), or closes
// the question (« vous ouvrez quand ? ») — it becomes a word of its own,
// askWhen or askWhere, in the questions and in the FAQ alike, and weighs
// as its use in the FAQ says. « Quand je suis rentrée… », « quand même »
// tell or insist: they do not ask.
const (
	askWhen  = "qquand"
	askWhere = "qouu"
	whereEst = "qouu est" // « où est », until the next word says whether « -ce que » follows
	whenEst  = "qquand?"  // « quand » within a sentence: it asks if « est-ce » follows
	whereOr  = "qouu?"    // « où » after « c », « êtes », « sont »…: it asks unless « pas » follows
)

// asking follows the words of a message to find the question words that ask.
type asking struct {
	started bool   // a word was seen in this sentence
	prev    string // the previous word, folded, stop words included
	pending string // askWhen or askWhere, decided at the next word
	said    bool   // the previous word was a question word, kept at once
}

// notAsked are the words after which « quand » does not ask: a subject
// (« quand je suis arrivée », « quand c'est fini ») or « même ».
var notAsked = map[string]bool{
	"je": true, "j": true, "jai": true, "jsuis": true, "tu": true, "il": true, "elle": true, "on": true,
	"nous": true, "ils": true, "elles": true, "c": true, "ca": true, "meme": true, "mm": true,
}

// indirectAsk are the words after which « quand » and « où » open the
// question as at a sentence's start: « je voudrais savoir quand la CAF
// paie », « pouvez-vous me dire où est le PIMMS ».
var indirectAsk = map[string]bool{
	"savoir": true, "sais": true, "sait": true, "savez": true, "dire": true, "dites": true, "demande": true,
	"demandais": true, "indiquer": true, "preciser": true, "expliquer": true, "question": true,
	// and after a greeting: « bonjour quand la CAF paie »
	"bonjour": true, "bonsoir": true, "salut": true, "slt": true, "coucou": true, "hello": true,
	"madame": true, "monsieur": true, "svp": true,
}

// orNot are the words after which « ou » offers a choice: « ou pas »,
// « ou non », « ou bien », « ou plutôt ».
var orNot = map[string]bool{"pas": true, "non": true, "bien": true, "plutot": true, "sinon": true, "alors": true}

// whereIs are the words after which « où » asks where a place is (« où
// est », « où se trouve », « où c'est »), not where to get or send
// something (« où trouver mon attestation »), which the object decides.
var whereIs = map[string]bool{
	"est": true, "sont": true, "se": true, "ce": true, "c": true, "cest": true, "etes": true,
	"trouve": true, "situe": true, "situes": true, "ca": true,
}

// next reads word f (folded) and returns the question word to add before
// it, if the previous one asked.
func (a *asking) next(f string) string {
	var q string
	pending := a.pending
	a.pending, a.said = "", false
	switch {
	case pending == askWhen && !notAsked[f], pending == askWhere && whereIs[f] && f != "est", pending == whereEst && f != "ce":
		q = askWhere
		if pending == askWhen {
			q = askWhen
		}
	case pending == askWhere && f == "est":
		a.pending = whereEst // « où est le PIMMS », not « où est-ce que… »
	case pending == whenEst && (f == "est" || f == "estce"):
		q = askWhen // « et pour la caf, quand est-ce qu'elle paye »
	case pending == whereOr && !orNot[f]:
		q = askWhere // « c ou le pimms », not « vous êtes ou pas ouverts »
	}
	atStart := !a.started || a.prev == "est" || a.prev == "cest" || a.prev == "ce" || indirectAsk[a.prev]
	switch {
	case atStart && (f == "quand" || f == "qd" || f == "kan" || f == "kand"):
		a.pending = askWhen
	case f == "quand" || f == "qd" || f == "kan" || f == "kand":
		a.pending = whenEst
	case (a.prev == "est" || a.prev == "cest") && f == "ou":
		q, a.said = askWhere, true // « c'est où »
	case whereIs[a.prev] && a.prev != "se" && a.prev != "ce" && a.prev != "ca" && f == "ou":
		// Without its accent, « ou » after « c », « êtes », « sont »,
		// « trouve » may offer a choice: « vous êtes ou pas ouverts »,
		// « je dois le déclarer ou non ». The next word says.
		a.pending = whereOr
	case atStart && f == "ou":
		a.pending = askWhere
	}
	a.started, a.prev = true, f
	return q
}

// end closes a sentence (question: with a question mark, or the end of the
// message) and returns the question word it asked with, if any.
func (a *asking) end(question bool) string {
	q := a.pending
	if q == whereEst {
		q = askWhere
	}
	if q == whenEst {
		q = "" // the last word: asks only in a question, as below
	}
	if q == whereOr {
		q = askWhere // « vous êtes situés ou »
	}
	if q == "" && question && !a.said {
		switch a.prev {
		case "quand", "qd", "kan", "kand":
			q = askWhen
		case "ou":
			q = askWhere
		}
	}
	*a = asking{}
	return q
}

func isApostrophe(r rune) bool {
	switch r {
	case '\'', '’', '‘', 'ʼ', '`', '´', 'ʹ', '′':
		return true
	}
	return false
}

// elisions are the elided words that an apostrophe joins to the next word.
var elisions = map[string]bool{
	"l": true, "d": true, "j": true, "m": true, "n": true, "s": true, "t": true,
	"c": true, "qu": true, "jusqu": true, "lorsqu": true, "puisqu": true,
	"quoiqu": true, "presqu": true,
}

// stemFold stems a lower-case word with the Snowball French stemmer, then
// folds the stem to ASCII. Stemming first keeps the stemmer's rules for
// accented suffixes (résiliation and résilier both give "resili").
func stemFold(w string) string {
	if t, ok := stemFixes[w]; ok {
		return t
	}
	if len(w) > 2 && !isDigits(w) {
		w = french.Stem(w, true)
	}
	if len(w) >= 5 && strings.HasSuffix(w, "os") {
		// The stemmer keeps the s of a plural after an o: « restos »,
		// « infos », « photos » would not meet « resto », « info »,
		// « photo ». Short words keep theirs (« dos »).
		w = w[:len(w)-1]
	}
	return fold.String(w)
}

// stemFixes gives their own stem to words that the stemmer makes one with
// a word of another meaning, keyed by the lower-case word with and without
// accents: « coupé », « couper » (cut, as in « coupure ») are not « coups »
// (blows), « télé » (« télévision ») is not « tél » (a telephone), « garer »
// (« stationner ») is not « gare », « moisi » (« moisissure ») is not
// « mois ».
var stemFixes = func() map[string]string {
	fixes := map[string][]string{
		"coupur":    {"coupé", "coupée", "coupés", "coupées", "couper", "coupe", "coupent", "coupez", "coupera", "couperont", "couperait", "coupait"},
		"televis":   {"télé", "télés"},
		"stationn":  {"garer", "garée", "garées"}, // not « garé »: without its accent, « gare »
		"moisissur": {"moisi", "moisie", "moisis", "moisies"},
		// « testament » is no « test » (of French, of the code), « données »
		// (data) no « don » (a gift, « donner »), and « virer » (to fire
		// someone, to throw out) no « virement » (a bank transfer).
		"testament": {"testament", "testaments"},
		"donnee":    {"donnée", "données"},
		"vire":      {"virer", "viré", "virée", "virés", "virées", "vire", "virent", "virez", "virera", "vireront", "virerait", "virait"},
	}
	out := map[string]string{}
	for stem, ws := range fixes {
		for _, w := range ws {
			out[w] = stem
			out[fold.String(w)] = stem
		}
	}
	return out
}()

func isDigits(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return s != ""
}

// stopWords are dropped before matching, in their folded form: French
// function words, the forms of être and avoir, the words every question
// uses (comment, faire, veux…), politeness and residents' SMS spellings of
// all of these. Greetings, thanks and goodbyes are not stop words: the
// intents need them.
var stopWords = func() map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(`
a au aux avec ce ces cet cette ceci cela ca ça dans de des du elle elles en et eux il ils
je la le les leur leurs lui ma mais me meme mes moi mon ne ni nos notre nous on ou par pas
pour qu que qui quoi sa se ses si son sur ta te tes toi ton tu un une vos votre vous
c d j l m n s t y e
ete etee etees etes etant suis es est sommes sont serai seras sera serons serez seront
serais serait serions seriez seraient etais etait etions etiez etaient fus fut fumes
furent sois soit soyons soyez soient ayant eu eue eues eus ai as avons avez ont aurai
auras aura aurons aurez auront aurais aurait aurions auriez auraient avais avait avions
aviez avaient aie aies ait ayons ayez aient
comment combien pourquoi quand quel quelle quels quelles lequel laquelle lesquels
faire fais fait faites faut falloir fallait faudrait dois doit doivent devoir devrais devrait
peux peut pouvez pouvons peuvent pourrais pourrait pourriez pouvoir puis puisse
veux veut voulez voudrais voudrait voudrions vouloir aimerais aimerait souhaite souhaiterais
sais sait savoir savez connais
svp stp sil plait plaît
bien tres trop plus moins aussi deja encore tout tous toute toutes tt bcp beaucoup
alors donc car comme juste vraiment quelque quelques chose choses truc trucs
oui non ok okay voila bah ben euh hein bref
madame monsieur mme mr mlle messieurs dames
ici entre chez vers depuis pendant
cest jai jsuis chui jsp jpp jpeux jveux jvoudrais jdois jme jte cst g ke koi kel kelle kels
vs pr pour ds dc qd qq qlq qlqs tjr tjrs mm mn ya yen nn ouais
pk pq pkoi pourkoi qqch qqc genre plutot parce lors vais vas va vont aller allez
jaimerais jaurais
pa kom koman koment komen coment komment fair fer ke keske kesse kesk kan kand dan avk ki sui jsui chuis jcp
fo ci
est-ce estce
`) {
		m[fold.String(w)] = true
	}
	return m
}()

// dropMarkup blanks the markup tags a resident may type or paste
// (« <b>test</b> », « <br/> »): a tag's letters are no words of the
// message. A « < » not followed by a letter or « / » and a letter (« <3 »,
// « < 10 € ») is kept, as is one never closed by « > ».
func dropMarkup(s string) string {
	if !strings.Contains(s, "<") {
		return s
	}
	var b strings.Builder
	for {
		i := strings.IndexByte(s, '<')
		if i < 0 {
			b.WriteString(s)
			return b.String()
		}
		j := strings.IndexByte(s[i:], '>')
		if j < 0 || !isTag(s[i+1:i+j]) {
			b.WriteString(s[:i+1])
			s = s[i+1:]
			continue
		}
		b.WriteString(s[:i])
		b.WriteByte(' ')
		inner := s[i+1 : i+j]
		s = s[i+j+1:]
		if name := codeTag(inner); name != "" {
			// A script's or a style's content is code, not words:
			// skipped up to its closing tag, or to the end.
			k := indexFold(s, "</"+name)
			if k < 0 {
				return b.String()
			}
			s = s[k:]
		}
	}
}

// codeTag returns "script" or "style" when inner, the text of an opening
// tag, opens a script or a style (in any case), else "".
func codeTag(inner string) string {
	for _, name := range []string{"script", "style"} {
		if len(inner) >= len(name) && strings.EqualFold(inner[:len(name)], name) &&
			(len(inner) == len(name) || inner[len(name)] == ' ' || inner[len(name)] == '/') {
			return name
		}
	}
	return ""
}

// indexFold returns the index of the first sub in s, in any ASCII case,
// or -1.
func indexFold(s, sub string) int {
	for i := 0; i+len(sub) <= len(s); i++ {
		if strings.EqualFold(s[i:i+len(sub)], sub) {
			return i
		}
	}
	return -1
}

// isTag reports whether inner, the text between « < » and « > », is a
// markup tag: a name of ASCII letters and digits, after an optional « / »,
// then attributes or a closing « / », on one line.
func isTag(inner string) bool {
	inner = strings.TrimPrefix(inner, "/")
	if inner == "" || !('a' <= inner[0] && inner[0] <= 'z' || 'A' <= inner[0] && inner[0] <= 'Z') {
		return false
	}
	end := strings.IndexAny(inner, " /")
	if end < 0 {
		end = len(inner)
	}
	for i := 0; i < end; i++ {
		c := inner[i]
		if !('a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9') {
			return false
		}
	}
	return !strings.ContainsAny(inner, "<\n")
}
