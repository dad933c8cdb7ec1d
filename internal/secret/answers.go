package secret

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// secretAnswers masks the answer to an account's secret question, which
// opens the account as a password does: the one or two words after a
// colon that ends the question's name, past an aside in brackets
// (« Question secrète (ville de naissance de la mère) : Bamako »), or
// after « Réponse : » in a message that names a secret question
// (« Question secrète : nom de mon premier chien\nRéponse : Filou »).
// The answer ends its line or sentence; the question's own words (« nom
// de mon premier chien »), a sentence (« je ne m'en souviens plus ») and
// the words that describe a password (« oubliée ») stay.
func (sc *scanner) secretAnswers() {
	named := false
	for k := range sc.toks {
		e, ok := sc.atAny(k, questionNames)
		if !ok {
			continue
		}
		named = true
		sc.questionAnswer(e)
		// « réponse secrète Tata Fatou (c'est ma tante) »: the answer's
		// name, then the answer with no mark, capitalised.
		if sc.toks[k].norm == "reponse" && e < len(sc.toks) && isWord(sc.toks[e].norm) && upperAt(sc.text, sc.toks[e].start) &&
			!sc.taken(sc.toks[e].start) {
			sc.answerAt(e)
		}
	}
	sc.topicAnswers(named)
	if !named {
		return
	}
	for k := 0; k+1 < len(sc.toks); k++ {
		if answerNames[sc.toks[k].norm] && sc.toks[k+1].norm == ":" {
			sc.answerAt(k + 2)
		}
		// « … nom de votre premier animal, j'ai mis Bobby mais ça dit
		// réponse incorrecte », « j'ai répondu Tlemcen »: the answer the
		// resident typed, before the clause that says what came of it.
		if k > 0 && answerVerbs[sc.toks[k].norm] && fieldSubjects[sc.toks[k-1].norm] {
			sc.typedAnswer(k + 1)
		}
	}
}

// questionAnswer masks the answer given after a secret question's name
// that ends before token e, past the question's own words to the last
// mark on its line that gives a value (« : », « = », « → »), past an
// aside in brackets or the question in quotes (« question secrète
// « nom de votre premier animal » : Filou »), or after « c'est » right
// after the name (« réponse secrète c'est Tulle »).
func (sc *scanner) questionAnswer(e int) {
	if c := sc.pastAside(e); sc.word(c) == ":" {
		sc.answerAt(c + 1)
	}
	if v, ok := sc.atAny(e, answerVerbs2); ok {
		sc.answerAt(v)
		return
	}
	if e >= len(sc.toks) {
		return
	}
	from := sc.toks[e].start
	line := sc.text[from:]
	if n := strings.IndexByte(line, '\n'); n >= 0 {
		line = line[:n]
	}
	last := -1
	for _, m := range answerMarks {
		if i := strings.LastIndex(line, m); i >= 0 && i+len(m) > last {
			last = i + len(m)
		}
	}
	if last < 0 {
		return
	}
	for f := e; f < len(sc.toks) && sc.toks[f].start < from+len(line); f++ {
		if sc.toks[f].start >= from+last {
			sc.answerAt(f)
			return
		}
	}
}

// thanks close a message after its last value.
var thanks = set("merci", "mrc", "mrci", "svp", "stp", "thanks", "thx")

// appositionStarts open what an answer, a name, is said to be.
var appositionStarts = set("le", "la", "l'", "mon", "ma", "notre", "c'", "son", "sa")

// answerMarks set a secret question's answer after it on its line;
// answerVerbs2 give it right after the question's name.
var (
	answerMarks  = []string{":", "=", "→", "->", "=>", "⇒", "➡"}
	answerVerbs2 = phrases("c' est", "cest", "c est", "ce", "c", "est", "c' etait", "etait")
)

// typedAnswer masks the answer typed at token f: a word, or two
// capitalised ones, before the end of the sentence, a comma or a word
// that starts another clause (« mais », « et », « puis »).
func (sc *scanner) typedAnswer(f int) {
	e := f
	for e < len(sc.toks) && e < f+3 && !sentenceEnd(sc.toks[e].norm) && sc.toks[e].norm != "," && !answerEnds[sc.toks[e].norm] {
		e++
	}
	if e == f || e-f > 2 || e < len(sc.toks) && !sentenceEnd(sc.toks[e].norm) && sc.toks[e].norm != "," && !answerEnds[sc.toks[e].norm] {
		return
	}
	for k := f; k < e; k++ {
		if n := sc.toks[k].norm; notValue[n] || functionWords[n] || trouble[n] || qualifiers[n] || n == maskToken || !isWord(n) ||
			plainTypedWords[n] || screenKeys[n] {
			return
		}
	}
	start, end := sc.toks[f].start, sc.toks[e-1].end
	if sc.describes(start, sc.text[start:end]) || e-f == 2 && !(upperAt(sc.text, start) && upperAt(sc.text, sc.toks[f+1].start)) {
		return
	}
	sc.add(start, end, Password, MaskPassword)
}

// answerAt masks the answer that starts at token f: a word, or two
// capitalised ones, that end the line or the sentence.
func (sc *scanner) answerAt(f int) {
	if sc.quotedAnswer(f) {
		return
	}
	e := f
	for e < len(sc.toks) && e < f+4 && !sentenceEnd(sc.toks[e].norm) && sc.toks[e].norm != "," && !thanks[sc.toks[e].norm] {
		e++
		// « Tata Fatou (c'est ma tante) »: an aside ends it.
		if e < len(sc.toks) && strings.ContainsRune(sc.text[sc.toks[e-1].end:sc.toks[e].start], '(') {
			break
		}
	}
	if e > f && e < len(sc.toks) && strings.ContainsRune(sc.text[sc.toks[e-1].end:sc.toks[e].start], '(') {
		e = f + min(e-f, 2)
		if e-f == 2 || e == f+1 {
			start, end := sc.toks[f].start, sc.toks[e-1].end
			if sc.answerWords(f, e) && !sc.describes(start, sc.text[start:end]) &&
				(e-f == 1 || upperAt(sc.text, start) && upperAt(sc.text, sc.toks[f+1].start)) {
				sc.add(start, end, Password, MaskPassword)
			}
			return
		}
	}
	if e > f && e < len(sc.toks) && thanks[sc.toks[e].norm] {
		e = f + min(e-f, 3) // « Pompon merci »: the thanks end it.
	}
	// « Filou le chien de mon fils »: a name, then what it names.
	if f+1 < len(sc.toks) && appositionStarts[sc.toks[f+1].norm] && upperAt(sc.text, sc.toks[f].start) {
		e = f + 1
	}
	if e == f || e-f > 3 || e < len(sc.toks) && !sentenceEnd(sc.toks[e].norm) && sc.toks[e].norm != "," && !thanks[sc.toks[e].norm] && e != f+1 {
		return
	}
	start, end := sc.toks[f].start, sc.toks[e-1].end
	for k := f; k < e; k++ {
		if n := sc.toks[k].norm; notValue[n] || trouble[n] || qualifiers[n] || n == maskToken {
			return
		}
	}
	// Two or three words only as a place's or a name's, each
	// capitalised: « Saint Malo », « Sidi Bel Abbes », not « aucune
	// idée ».
	if sc.describes(start, sc.text[start:end]) || e-f >= 2 && !sc.allCapitalised(f, e) {
		return
	}
	sc.add(start, end, Password, MaskPassword)
}

var (
	// questionNames name an account's secret question.
	questionNames = phrases("question secrete", "reponse a la question", "questions secretes", "reponse secrete", "reponses secretes", "question de securite", "secret question",
		"security question", "question personnelle")
	// answerNames name its answer on a line of its own.
	answerNames = set("reponse", "answer", "rep")
	// answerVerbs say the resident typed or gave the answer; answerEnds
	// start the clause after it.
	answerVerbs = union(fieldVerbs, set("repondu", "reponds", "donne", "indique"))
	answerEnds  = set("mais", "et", "puis", "pourtant", "alors", "car", "comme", "sauf", "ca")
	// screenKeys are keys and buttons typed or pressed, beyond
	// plainTypedWords, no answer: « j'ai tapé Valider et rien ».
	screenKeys = set("enter", "valider", "valide", "envoyer", "suivant", "ok", "retour", "tab", "effacer")
)

// upperAt reports whether the text at byte i starts with a capital.
func upperAt(text string, i int) bool {
	r, _ := utf8.DecodeRuneInString(text[i:])
	return unicode.IsUpper(r)
}

// answerWords reports whether the tokens from f to e may be an answer:
// no word that describes a password, no mask.
func (sc *scanner) answerWords(f, e int) bool {
	for k := f; k < e; k++ {
		if n := sc.toks[k].norm; notValue[n] || trouble[n] || qualifiers[n] || n == maskToken || !isWord(n) {
			return false
		}
	}
	return true
}

// quotedAnswer masks an answer given between quotes at token f, spaces
// and digits and all: « ma réponse secrète c'est 'Simca 1000' ».
func (sc *scanner) quotedAnswer(f int) bool {
	if f >= len(sc.toks) {
		return false
	}
	start := sc.toks[f].start
	before := strings.TrimRightFunc(sc.text[:start], isSpace)
	q, n := utf8.DecodeLastRuneInString(before)
	if !strings.ContainsRune("«\"“'‘", q) || q == '\'' && !singleQuote(sc.text, len(before)-n) {
		return false
	}
	line := sc.text[start:min(len(sc.text), start+60)]
	if i := strings.IndexByte(line, '\n'); i >= 0 {
		line = line[:i]
	}
	c := strings.IndexAny(line, "»\"”'’")
	if c <= 0 || strings.Count(line[:c], " ") > 3 {
		return false
	}
	inner := strings.TrimRightFunc(line[:c], isSpace)
	return alnumCount(inner) >= 3 && sc.add(start, start+len(inner), Password, MaskPassword)
}

// topicAnswers masks the answer given after a secret question's topic,
// the question's own words standing for its name: « première école :
// Jules Ferry », « plat préféré (question de sécurité) couscous », « …
// le nom de mon instit, Lefèvre ». A topic only a secret question asks
// (a first school, a favourite dish, a first pet) needs nothing more; a
// topic a form asks too (a mother's maiden name, a parent's town of
// birth) needs a secret question (named) or an account or a bank named
// in the message (« nom de jeune fille de ma mère pour la banque :
// Benhamou »); « nom de jeune fille de ma mère : Martin » for a birth
// certificate stays.
func (sc *scanner) topicAnswers(named bool) {
	var account bool
	accountRead := false
	for k := 0; k < len(sc.toks); k++ {
		e, strong := sc.atAny(k, secretTopics)
		if !strong {
			var ok bool
			if e, ok = sc.atAny(k, formTopics); !ok {
				continue
			}
			if !accountRead {
				account, accountRead = sc.has(answerAccounts), true
			}
			if !named && !account {
				continue
			}
		}
		c := sc.pastAside(e)
		switch w := sc.word(c); {
		case w == ":" || w == "=" || w == ",":
			sc.answerAt(c + 1)
		case c > e:
			// « plat préféré (question de sécurité) couscous »
			sc.answerAt(c)
		case w == "pour" || w == "de":
			// « … pour la banque : X », « … de ma banque : X »
			for f := c; f < len(sc.toks) && f < c+9; f++ {
				if sc.toks[f].norm == ":" || sc.toks[f].norm == "=" || sc.toks[f].norm == "," {
					sc.answerAt(f + 1)
					break
				}
			}
		default:
			sc.questionAnswer(e)
		}
		k = e - 1
	}
}

var (
	// secretTopics are what only a secret question asks.
	secretTopics = phrases("premiere ecole", "ecole primaire", "plat prefere", "premier animal", "premiere voiture",
		"nom de mon instit", "nom de mon instituteur", "nom de mon institutrice", "meilleur ami d' enfance",
		"meilleure amie d' enfance", "heros d' enfance", "surnom d' enfance", "film prefere", "livre prefere",
		"nom de mon premier chien", "nom de mon premier chat", "premier emploi", "premier professeur")
	// formTopics are asked by forms too.
	formTopics = phrases("nom de jeune fille de ma mere", "nom de jeune fille de votre mere", "nom de jeune fille de la mere",
		"nom de jeune fille de maman", "ville de naissance de ma mere", "ville de naissance de mon pere",
		"ville de naissance de votre mere", "ville de naissance de votre pere", "ville de naissance de la mere",
		"ville de naissance du pere", "nom de naissance de ma mere")
	// answerAccounts say the topic is an account's question.
	answerAccounts = union(onlineServices, set("banque", "compte", "site", "appli", "application", "securite", "secrete",
		"secret", "connexion", "connecter"))
)

// allCapitalised reports whether each token from f to e starts with a
// capital.
func (sc *scanner) allCapitalised(f, e int) bool {
	for k := f; k < e; k++ {
		if !upperAt(sc.text, sc.toks[k].start) {
			return false
		}
	}
	return true
}
