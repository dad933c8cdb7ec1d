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
// below the confidence to answer. courtesy finds them; readCourtesy
// removes them before the words are read. Greetings and thanks said
// alone are small talk, read as such: a message that is only courtesy is
// kept whole.
var courtesy = regexp.MustCompile(`(?i)` +
	// thanks with what they thank for: « je vous remercie par avance de
	// votre réponse », « merci d'avance », « en vous remerciant »
	`\b(?:je\s+vous\s+|vous\s+|en\s+vous\s+)?(?:remerci\w*|merci)\b(?:\s+(?:bien|bcp|beaucoup|infiniment|encore|mille\s+fois))*` +
	`(?:\s*,?\s*(?:par\s+avance|d\s*['’]?\s*avance|[àa]\s+l\s*['’]\s*avance|` +
	`(?:pour|de)\s+(?:votre|vos|ta|tes|la|le|l\s*['’])\s*(?:r[ée]ponses?|retours?|temps|attention|compr[ée]hension|patience|travail|gentillesse|[ée]coute)\b|` +
	// « aide » only when the clause ends there: « merci pour votre aide
	// au logement » thanks for no help, it names a benefit
	`(?:pour|de)\s+(?:votre|vos|ta|tes|la|le|l\s*['’])\s*aide\s*(?:[,.!?;]+|\bet\b|$)|` +
	`de\s+(?:bien\s+vouloir\s+)?m\s*['’]\s*(?:aider|[ée]clairer|orienter)|de\s+(?:bien\s+vouloir\s+)?me\s+(?:r[ée]pondre|renseigner|aider|[ée]clairer|orienter)))+` +
	`|\ben\s+vous\s+remerciant\b` +
	// waiting for the answer: « dans l'attente de votre réponse »
	`|\bdans\s+l\s*['’]?\s*attente\s+(?:de\s+)?(?:votre|vos|ta|une)\s+(?:r[ée]ponses?|retours?)\b` +
	`|\ben\s+attente\s+(?:de\s+)?(?:votre|vos|ta)\s+(?:r[ée]ponses?|retours?)\s*[,.!]*\s*$` +
	// the closing, and a signature after it: « Cordialement, Mme Diallo »
	`|\b(?:(?:bien|tr[èe]s|tr[èe]s\s+bien)\s+)?cordialement\b(?:\s*[,.]?\s*(?:\p{L}[\p{L}.'’-]*\s*){0,3})?\s*$` +
	`|\b(?:bien\s+|tr[èe]s\s+)?cordialement\b` +
	`|\b(?:(?:mes|nos)\s+)?(?:sinc[èe]res\s+|meilleures\s+)?salutations(?:\s+distingu[ée]es)?\b` +
	`|\bveuillez\s+agr[ée]er\b[^.?!\n]*` +
	// the apology for writing: « excusez-moi de vous déranger »
	`|\b(?:excusez|excuse|pardon|d[ée]sol[ée]e?s?)(?:[\s-]*moi)?\s+(?:de|pour)\s+(?:vous\s+|te\s+)?(?:d[ée]rang\w*|le\s+d[ée]rangement)` +
	// the announcement of a question: « j'ai une petite question : »
	`|\b(?:j\s*['’]?\s*ai|jai)\s+(?:une|1)\s+(?:petite\s+)?question\b(?:\s+(?:[àa]\s+vous\s+poser|svp|s\s*['’]?\s*il\s+vous\s+pla[iî]t))?\s*[:,.]` +
	`|\bune\s+(?:petite\s+)?question\s*:` +
	// a thanks that closes the message: « …, merci beaucoup »
	`|\bmerci(?:\s+(?:bien|bcp|beaucoup|infiniment|encore|mille\s+fois|[àa]\s+vous|madame|monsieur))*\s*[,.!]*\s*$` +
	// a greeting that opens it: « Bonjour madame, », « Bonjour à toute l'équipe »
	`|^\s*(?:re\s*)?(?:(?:bonjour|bonsoir|salut|slt|coucou|hello|bjr|bsr|allo)\b|allô)(?:\s*[?!]+)?(?:\s+(?:(?:madame|monsieur|mesdames|messieurs)(?:\s+(?:le|la|les)\s+(?:m[ée]diat(?:eur|rice)s?|conseill[eè]re?s?|agents?))?|(?:cher|ch[èe]re|chers)\s+(?:m[ée]diat(?:eur|rice)s?|conseill[eè]re?s?)|[àa]\s+tous|[àa]\s+vous|(?:[àa]\s+)?(?:toute\s+)?l\s*['’]\s*[ée]quipe|[àa]\s+tout\s+le\s+monde))*\s*[,.!]*` +
	// the plea that opens or closes it, alone in its clause: « j'ai
	// besoin d'aide, », « aidez-moi svp », « je compte sur vous »,
	// « c'est urgent » (an urgency of paperwork: the emergencies are read
	// on the whole message)
	`|\b(?:j\s*['’]?\s*ai|jai)\s+besoin\s+(?:d\s*['’]?\s*aide|de\s+votre\s+aide|d\s*['’]?\s*(?:un|une)\s+(?:renseignement|information|conseil))\s*[,.:!]` +
	`|^\s*(?:svp\s+|s\s*['’]?\s*il\s+vous\s+pla[iî]t\s+)?aidez[\s-]*moi\s*(?:svp|s\s*['’]?\s*il\s+vous\s+pla[iî]t)?\s*[,.:!]*` +
	`|\baidez[\s-]*moi\s*(?:svp|s\s*['’]?\s*il\s+vous\s+pla[iî]t)?\s*[.!]*\s*$` +
	`|\bje\s+compte\s+sur\s+vous\b|\bbien\s+[àa]\s+vous\s*[,.!]*\s*$` +
	`|^\s*(?:svp\s+)?(?:c\s*['’]?\s*est\s+)?(?:tr[èe]s\s+)?urgent\s*(?:svp)?\s*[,.:!]*` +
	`|\b(?:svp\s+)?(?:c\s*['’]?\s*est\s+)?(?:tr[èe]s\s+)?urgent\s*(?:svp)?\s*[.!]*\s*$` +
	// the letter's announcement: « je me permets de vous écrire »
	`|\bje\s+me\s+permets\s+de\s+vous\s+(?:[ée]crire|contacter|solliciter|d[ée]ranger)\b` +
	// asking to be told: « pouvez-vous me dire », « dites-moi »
	`|\b(?:pouvez|pourriez|pourrais|pourrait|peux|pouvais|pourriez)[\s-]*(?:vous|tu)?\s+(?:s\s*['’]?\s*il\s+vous\s+pla[iî]t\s+)?m\s*['’]?\s*(?:e\s+)?(?:dire|indiquer|expliquer|pr[ée]ciser)\b` +
	`|\bdites[\s-]*moi\b` +
	// wishes: « bonne journée », « bonne fin de semaine »
	`|\b(?:je\s+vous\s+souhaite\s+)?(?:une\s+)?(?:tr[èe]s\s+)?bonne\s+(?:journ[ée]e|soir[ée]e|fin\s+de\s+(?:journ[ée]e|semaine)|semaine|continuation|week[\s-]?end)\b`)

// readCourtesy removes the formulas of courtesy from s, unless s holds
// nothing else: then it is small talk, kept whole.
func readCourtesy(s string) string {
	if !courtesyHint(s) {
		return s
	}
	// The formulas are written with \s, which RE2 reads as ASCII spaces
	// only: the non-breaking spaces a French keyboard puts before « : ? ! »
	// (« question\u202f: », « merci\u00a0! ») would keep them whole.
	s = wideSpaces.Replace(s)
	// Twice: a formula removed may leave another at the end
	// (« merci beaucoup, bonne journée »).
	out := courtesy.ReplaceAllString(courtesy.ReplaceAllString(s, " "), " ")
	if !hasContent(out) {
		return s
	}
	return out
}

// wideSpaces turns the spaces \s does not match into plain ones.
var wideSpaces = strings.NewReplacer("\u00a0", " ", "\u202f", " ", "\u2007", " ", "\u2009", " ")

// courtesyHint reports whether s may hold a formula of courtesy, so that
// most messages skip the search.
func courtesyHint(s string) bool {
	l := strings.ToLower(s)
	for _, w := range []string{"merci", "remerci", "attente", "cordial", "salutation", "agr", "rang", "question", "bonne", "besoin", "aidez", "compte", "à vous", "a vous", "urgent", "permets",
		"bonjour", "bonsoir", "salut", "slt", "coucou", "hello", "bjr", "bsr", "allo", "allô", "dire", "dites", "indiquer", "expliquer", "pr"} {
		if strings.Contains(l, w) {
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
