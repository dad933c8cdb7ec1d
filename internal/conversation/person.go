package conversation

import (
	"regexp"
	"strings"

	"pimmsbot/internal/catalog"
	"pimmsbot/internal/fold"
)

// Residents ask for a person in a handful of ways, often with what it is
// about: « je veux un médiateur pour ma retraite », « je voudrais voir
// quelqu'un pour mes impôts », « est-ce que je peux parler à une
// personne ? ». The engine reads words, and the subject's words
// (« retraite », « impôts ») outweighed the request's: an entry was
// answered where the resident had asked for a person. These requests are
// read before the engine's verdict: they open a ticket, and the subject
// they name is the ticket's question.

// personRequest matches, in a folded message (fold.String), a request
// for a person of the PIMMS: a mediator by name, or someone to see or
// talk to. A « conseiller » or an « agent » is left to the engine: it is
// most often another office's (« un conseiller France Travail »).
var personRequest = regexp.MustCompile(`(?:^|[\s,.!;:])` +
	// Who asks: « je veux », « je voudrais », « j'aimerais », « est-ce
	// que je peux », « puis-je », « il me faut », « j'ai besoin d' ».
	`(?:je\s+(?:veux|veut|voudrais|voudrai|souhaite|souhaiterais|aimerais|desire|demande|peux|pourrais)|` +
	`j'?\s*(?:aimerais|voudrais|voudrai)|est[\s-]ce\s+que\s+je\s+(?:peux|pourrais)|(?:puis|pourrais)[\s-]je|` +
	`il\s+me\s+faut|j'?\s*ai\s+besoin\s+d'?(?:e\s+)?)\s*` +
	// What: a mediator, or to see, meet or talk to someone.
	`(?:(?:un|une|d'?un|d'?une|le|la)?\s*m[ea]diat(?:eur|rice)|` +
	`(?:voir|parler|discuter|rencontrer|echanger|avoir|etre\s+aide\s+par)\s+(?:a|avec|par)?\s*` +
	`(?:un\s+|une\s+|le\s+|la\s+)?(?:m[ea]diat(?:eur|rice)|quelqu'?\s*un|quelquun|qqn|qq1|(?:vraie?\s+)?personne|(?:etre\s+)?humain))` +
	`(?:$|[\s,.!?;:])`)

// personTopic matches what a request for a person says it is about:
// « pour ma retraite », « au sujet de mes impôts ».
var personTopic = regexp.MustCompile(`^\s*(?:pour|pr|au\s+sujet\s+d|concernant|a\s+propos\s+d|sur|par\s+rapport\s+a)\S*\s*(.*)$`)

// asksForPerson reports whether text asks for a person of the PIMMS, and
// returns the subject it names, if any (« ma retraite » in « je veux un
// médiateur pour ma retraite »), folded.
func asksForPerson(text string) (topic string, ok bool) {
	folded := fold.String(strings.ReplaceAll(text, "’", "'"))
	loc := personRequest.FindStringIndex(folded)
	if loc == nil {
		return "", false
	}
	rest := strings.Trim(folded[loc[1]:], " \t\n,.!?;:")
	if m := personTopic.FindStringSubmatch(rest); m != nil && hasLetterOrDigit(m[1]) {
		return strings.TrimSpace(m[1]), true
	}
	return "", true
}

// asPerson returns the engine's verdict res on text, or the handover
// intent when text asks for a person, whatever subject it names.
func asPerson(text string, res catalog.Result) catalog.Result {
	if _, ok := asksForPerson(text); ok {
		return catalog.Result{Outcome: catalog.Answer, ID: catalog.IntentHandover, Confidence: 1}
	}
	return res
}

// namesSubject reports whether text asks for a person and names what
// for.
func namesSubject(text string) bool {
	topic, _ := asksForPerson(text)
	return topic != ""
}

// withoutRequest returns text without the words of a request for a
// person, when it holds one: what the engine reads of it for the
// ticket's theme (« pour ma retraite »).
func withoutRequest(text string) string {
	topic, ok := asksForPerson(text)
	if !ok || topic == "" {
		return text
	}
	return topic
}
