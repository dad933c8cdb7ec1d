package catalog

import (
	"regexp"
	"strings"
	"unicode"

	"pimmsbot/internal/fold"
)

// Many residents write to the bot as they would write a letter: « Bonjour,
// excusez-moi de vous déranger, je voudrais savoir quand la CAF paie. Je
// vous remercie par avance de votre réponse. Cordialement, Mme D. ». The
// formulas of politeness around the question are not the question, yet
// their words (« avance », « réponse », « attente », « question ») are
// words of entries: they drew wrapped questions to the wrong entry, or
// below the confidence to answer. courtesy finds them, family by
// family; readCourtesy removes them before the words are read. Greetings
// and thanks said alone are small talk, read as such: a message that is
// only courtesy is kept whole.
var courtesy = []courtesyForm{
	// Wishes first, and the closings: a thanks then ends the message
	// (« merci beaucoup, bonne journée »). « bonne journée », « bonne fin
	// de semaine »
	form([]string{"bonne"}, `\b(?:je\s+vous\s+souhaite\s+)?(?:une\s+)?(?:tr[èe]s\s+)?bonne\s+(?:journ[ée]e|soir[ée]e|fin\s+de\s+(?:journ[ée]e|semaine)|semaine|continuation|week[\s-]?end)\b`),
	// the closing, and a signature after it: « Cordialement, Mme Diallo »
	form([]string{"cordial"}, `\b(?:(?:bien|tr[èe]s|tr[èe]s\s+bien)\s+)?cordialement\b(?:\s*[,.]?\s*(?:\p{L}[\p{L}.'’-]*\s*){0,3})?\s*$`+
		`|\b(?:bien\s+|tr[èe]s\s+)?cordialement\b`),
	form([]string{"salutation"}, `\b(?:(?:mes|nos)\s+)?(?:sinc[èe]res\s+|meilleures\s+)?salutations(?:\s+distingu[ée]es)?\b`),
	form([]string{"agréer", "agreer"}, `\bveuillez\s+agr[ée]er\b[^.?!\n]*`),
	// waiting for the answer: « dans l'attente de votre réponse »
	form([]string{"attente"}, `\bdans\s+l\s*['’]?\s*attente\s+(?:de\s+)?(?:votre|vos|ta|une)\s+(?:r[ée]ponses?|retours?)\b`+
		`|\ben\s+attente\s+(?:de\s+)?(?:votre|vos|ta)\s+(?:r[ée]ponses?|retours?)\s*[,.!]*\s*$`),
	// the plea that closes it, alone in its clause: « je compte sur
	// vous », « bien à vous », « aidez-moi svp », « c'est urgent » (an
	// urgency of paperwork: the emergencies are read on the whole message)
	form([]string{"compte sur", "à vous", "a vous"}, `\bje\s+compte\s+sur\s+vous\b|\bbien\s+[àa]\s+vous\s*[,.!]*\s*$`),
	form([]string{"aidez"}, `^\s*(?:svp\s+|s\s*['’]?\s*il\s+vous\s+pla[iî]t\s+)?aidez[\s-]*moi\s*(?:svp|s\s*['’]?\s*il\s+vous\s+pla[iî]t)?\s*[,.:!]*`+
		`|\baidez[\s-]*moi\s*(?:svp|s\s*['’]?\s*il\s+vous\s+pla[iî]t)?\s*[.!]*\s*$`),
	form([]string{"urgent"}, `^\s*(?:svp\s+)?(?:c\s*['’]?\s*est\s+)?(?:tr[èe]s\s+)?urgent\s*(?:svp)?\s*[,.:!]*`+
		`|\b(?:svp\s+)?(?:c\s*['’]?\s*est\s+)?(?:tr[èe]s\s+)?urgent\s*(?:svp)?\s*[.!]*\s*$`),
	// thanks with what they thank for: « je vous remercie par avance de
	// votre réponse », « merci d'avance », « en vous remerciant »; « aide »
	// only when the clause ends there: « merci pour votre aide au
	// logement » thanks for no help, it names a benefit. Then a thanks
	// that closes the message: « …, merci beaucoup ».
	form([]string{"merci", "remerci"}, `\b(?:je\s+vous\s+|vous\s+|en\s+vous\s+)?(?:remerci\w*|merci)\b(?:\s+(?:bien|bcp|beaucoup|infiniment|encore|mille\s+fois))*`+
		`(?:\s*,?\s*(?:par\s+avance|d\s*['’]?\s*avance|[àa]\s+l\s*['’]\s*avance|`+
		`(?:pour|de)\s+(?:votre|vos|ta|tes|la|le|l\s*['’])\s*(?:r[ée]ponses?|retours?|temps|attention|compr[ée]hension|patience|travail|gentillesse|[ée]coute)\b|`+
		`(?:pour|de)\s+(?:votre|vos|ta|tes|la|le|l\s*['’])\s*aide\s*(?:[,.!?;]+|\bet\b|$)|`+
		`de\s+(?:bien\s+vouloir\s+)?m\s*['’]\s*(?:aider|[ée]clairer|orienter)|de\s+(?:bien\s+vouloir\s+)?me\s+(?:r[ée]pondre|renseigner|aider|[ée]clairer|orienter)))+`+
		`|\ben\s+vous\s+remerciant\b`+
		`|\bmerci(?:\s+(?:bien|bcp|beaucoup|infiniment|encore|mille\s+fois|[àa]\s+vous|madame|monsieur))*\s*[,.!]*\s*$`),
	// a greeting that opens it: « Bonjour madame, », « Bonjour à toute
	// l'équipe », « Bonjour Monsieur le médiateur, », « allô ? »
	form([]string{"bonjour", "bonsoir", "salut", "slt", "coucou", "hello", "bjr", "bsr", "allo", "allô"}, `^\s*(?:re\s*)?(?:(?:bonjour|bonsoir|salut|slt|coucou|hello|bjr|bsr|allo)\b|allô)(?:\s*[?!]+)?(?:\s+(?:(?:madame|monsieur|mesdames|messieurs)(?:\s+(?:le|la|les)\s+(?:m[ée]diat(?:eur|rice)s?|conseill[eè]re?s?|agents?))?|(?:cher|ch[èe]re|chers)\s+(?:m[ée]diat(?:eur|rice)s?|conseill[eè]re?s?)|[àa]\s+tous|[àa]\s+vous|(?:[àa]\s+)?(?:toute\s+)?l\s*['’]\s*[ée]quipe|[àa]\s+tout\s+le\s+monde))*\s*[,.!]*`),
	// the apology for writing: « excusez-moi de vous déranger »
	form([]string{"déran", "deran"}, `\b(?:excusez|excuse|pardon|d[ée]sol[ée]e?s?)(?:[\s-]*moi)?\s+(?:de|pour)\s+(?:vous\s+|te\s+)?(?:d[ée]rang\w*|le\s+d[ée]rangement)`),
	// the announcement of a question: « j'ai une petite question : »
	form([]string{"question"}, `\b(?:j\s*['’]?\s*ai|jai)\s+(?:une|1)\s+(?:petite\s+)?question\b(?:\s+(?:[àa]\s+vous\s+poser|svp|s\s*['’]?\s*il\s+vous\s+pla[iî]t))?\s*[:,.]`+
		`|\bune\s+(?:petite\s+)?question\s*:`),
	// the plea that opens it: « j'ai besoin d'aide, »
	form([]string{"besoin d"}, `\b(?:j\s*['’]?\s*ai|jai)\s+besoin\s+(?:d\s*['’]?\s*aide|de\s+votre\s+aide|d\s*['’]?\s*(?:un|une)\s+(?:renseignement|information|conseil))\s*[,.:!]`),
	// the letter's announcement: « je me permets de vous écrire »
	form([]string{"permets"}, `\bje\s+me\s+permets\s+de\s+vous\s+(?:[ée]crire|contacter|solliciter|d[ée]ranger)\b`),
	// « je vous écris pour ma caf », « je vous contacte au sujet de… »:
	// the letter's announcement again, not a question about messages.
	form([]string{"vous ecri", "vous écri", "vous contacte", "vous sollicite"}, `\bje\s+vous\s+(?:[ée]cris|[ée]crit|contacte|sollicite)\b`),
	// asking to be told: « pouvez-vous me dire », « dites-moi »
	form([]string{"dire", "indiquer", "expliquer", "préciser", "preciser"}, `\b(?:pouvez|pourriez|pourrais|pourrait|peux|pouvais|pourriez)[\s-]*(?:vous|tu)?\s+(?:s\s*['’]?\s*il\s+vous\s+pla[iî]t\s+)?m\s*['’]?\s*(?:e\s+)?(?:dire|indiquer|expliquer|pr[ée]ciser)\b`),
	form([]string{"dites"}, `\bdites[\s-]*moi\b`),
}

// A courtesyForm is one family of courtesy's formulas: its pattern, and
// the pieces one of which a message must hold for it to be searched (a
// large alternation of case-insensitive patterns is slow to run on every
// message; most hold none of the pieces).
type courtesyForm struct {
	hints []string
	re    *regexp.Regexp
}

// form compiles a family of formulas, matched whatever the case.
func form(hints []string, pattern string) courtesyForm {
	return courtesyForm{hints, regexp.MustCompile(`(?i)` + pattern)}
}

// readCourtesy removes the formulas of courtesy from s, unless s holds
// nothing else: then it is small talk, kept whole.
func readCourtesy(s string) string {
	out := stripCourtesy(s)
	if !hasContent(out) {
		return s
	}
	return out
}

// courtesyOnly reports whether s holds nothing but courtesy: greetings,
// thanks, wishes, goodbyes and the formulas around them.
func courtesyOnly(s string) bool {
	return !hasContent(stripCourtesy(s))
}

// stripCourtesy returns s without its formulas of courtesy.
func stripCourtesy(s string) string {
	lower := strings.ToLower(s)
	if !courtesyHint(lower) {
		return s
	}
	// The formulas are written with \s, which RE2 reads as ASCII spaces
	// only: the non-breaking spaces a French keyboard puts before « : ? ! »
	// (« question\u202f: », « merci\u00a0! ») would keep them whole.
	out := wideSpaces.Replace(s)
	for _, f := range courtesy {
		if f.hinted(lower) {
			out = f.re.ReplaceAllString(out, " ")
		}
	}
	return out
}

// hinted reports whether lower, a message in lower case, holds one of f's
// pieces.
func (f courtesyForm) hinted(lower string) bool {
	for _, h := range f.hints {
		if strings.Contains(lower, h) {
			return true
		}
	}
	return false
}

// wideSpaces turns the spaces \s does not match into plain ones.
var wideSpaces = strings.NewReplacer("\u00a0", " ", "\u202f", " ", "\u2007", " ", "\u2009", " ")

// courtesyHint reports whether lower, a message in lower case, may hold a
// formula of courtesy, so that most messages skip the search (not
// « compte » nor « pr », which « mon compte », « la prime » hold).
func courtesyHint(lower string) bool {
	for _, f := range courtesy {
		if f.hinted(lower) {
			return true
		}
	}
	return false
}

// hasContent reports whether s holds a word that is not a stop word nor
// a word of small talk's most common forms.
func hasContent(s string) bool {
	for _, w := range strings.FieldsFunc(s, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) }) {
		f := fold.String(w)
		if !stopWords[f] && !courtesyAlone[f] {
			return true
		}
	}
	return false
}

// courtesyAlone are the words that make, with stop words, a message of
// small talk only: « bonjour madame », « merci ».
var courtesyAlone = map[string]bool{"bonjour": true, "bonsoir": true, "salut": true, "slt": true, "coucou": true,
	"merci": true, "mercii": true, "bonne": true, "journee": true, "soiree": true, "nuit": true, "revoir": true, "vs": true,
	"allo": true}
