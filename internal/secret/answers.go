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
	}
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
	e := f
	for e < len(sc.toks) && e < f+3 && !sentenceEnd(sc.toks[e].norm) && sc.toks[e].norm != "," && !thanks[sc.toks[e].norm] {
		e++
	}
	if e > f && e < len(sc.toks) && thanks[sc.toks[e].norm] {
		e = f + min(e-f, 2) // « Pompon merci »: the thanks end it.
	}
	// « Filou le chien de mon fils »: a name, then what it names.
	if f+1 < len(sc.toks) && appositionStarts[sc.toks[f+1].norm] && upperAt(sc.text, sc.toks[f].start) {
		e = f + 1
	}
	if e == f || e-f > 2 || e < len(sc.toks) && !sentenceEnd(sc.toks[e].norm) && sc.toks[e].norm != "," && !thanks[sc.toks[e].norm] && e != f+1 {
		return
	}
	start, end := sc.toks[f].start, sc.toks[e-1].end
	for k := f; k < e; k++ {
		if n := sc.toks[k].norm; notValue[n] || trouble[n] || qualifiers[n] || n == maskToken {
			return
		}
	}
	// Two words only as a place's or a name's, capitalised: « Saint
	// Malo », not « aucune idée ».
	if sc.describes(start, sc.text[start:end]) || e-f == 2 && !(upperAt(sc.text, start) && upperAt(sc.text, sc.toks[f+1].start)) {
		return
	}
	sc.add(start, end, Password, MaskPassword)
}

var (
	// questionNames name an account's secret question.
	questionNames = phrases("question secrete", "questions secretes", "reponse secrete", "reponses secretes", "question de securite", "secret question",
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
