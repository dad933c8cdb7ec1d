package catalog

import (
	"regexp"
	"strings"

	"pimmsbot/internal/fold"
)

// notReceivedWord is the word readNotReceived adds where a message says
// that money did not come. The FAQ's examples are read the same way, so
// it weighs as the entries that say what to do then use it: the CAF's
// payment dates, the monthly declaration to France Travail, the pension's
// payments, the sick pay…
const notReceivedWord = "pasrecu"

// notReceivedPhrase finds the ways of saying that something did not come: a
// negation (« pas », « plus », « jamais », « rien », « toujours pas »,
// « pas encore », « pas été ») before a participle of receiving or paying
// (« reçu », « arrivé », « versé », « tombé », « touché », « viré »,
// « perçu », « payé », « eu »); « toujours rien »; « pas de paiement »,
// « aucun virement ».
var notReceivedPhrase = regexp.MustCompile(`(?i)\b(?:(?:pas|plus|jamais|rien)(?:\s+(?:encore|toujours|[ée]t[ée]|du\s+tout|n['’]\s*(?:est|a)))*\s+` +
	`(re[çc]u|arriv[ée]|vers[ée]|tomb[ée]|touch[ée]|vir[ée]|per[çc]u|pay[ée]|eu)(?:e|s|es)?|toujours\s+rien|` +
	`(?:pas\s+(?:de|d['’]|eu\s+de)|aucun)\s*(?:paiement|versement|virement)s?)(?:[^\pL\d]|$)`)

// paidWords name a payment: a benefit, a pension, a wage, a refund.
// « reçu », « arrivé », « eu », « tombé » say that money did not come only
// with one of them near: « pas reçu ma retraite », not « pas reçu ma carte
// Vitale ».
var paidWords = askSet(`apl apls als alf aah rsa prime primes allocation allocations alloc allocs aide aides
	chomage chaumage are ars paje asf aspa retraite retraites pension pensions reversion salaire salaires paie paye
	argent sous virement virements paiement paiements versement versements indemnite indemnites ij
	remboursement remboursements bourse bourses caf`)

// sentWords are what may not come by post or by message: then what did
// not come is that thing, not money (« pas reçu le courrier de la CAF »,
// « la notification de mes droits au chômage »).
var sentWords = askSet(`courrier courriers lettre lettres code codes carte cartes mail mails email sms message
	attestation attestations papier papiers avis notification notifications dossier numero reponse reponses
	recepisse convocation identifiant identifiants mot formulaire document documents`)

// paidByMe are the words before « pas payé » that make the resident the
// payer: « j'ai pas payé mon loyer » owes, « la CAF m'a pas payé » waits.
var paidByMe = askSet("ai jai avons avez ont on")

// readNotReceived adds notReceivedWord after each phrase of notReceivedPhrase
// that speaks of money: its participle is one of paying (« versé »,
// « viré », « payé », « touché », « perçu ») or a word of paidWords is
// within notReceivedSpan words of it, and no word of sentWords is.
// « pas » is a stop word, so that « prime d'activité pas reçue » read as
// « prime d'activité reçue », how to apply for it; now it reads as the
// payment that did not come.
func readNotReceived(s string) string {
	locs := notReceivedPhrase.FindAllStringSubmatchIndex(s, -1)
	if locs == nil {
		return s
	}
	var b strings.Builder
	last := 0
	for _, loc := range locs {
		if !speaksOfMoney(s, loc) {
			continue
		}
		b.WriteString(s[last:loc[1]])
		b.WriteString(" " + notReceivedWord + " ")
		last = loc[1]
	}
	if last == 0 {
		return s
	}
	b.WriteString(s[last:])
	return b.String()
}

// notReceivedSpan is how many words on each side of a phrase of
// notReceivedPhrase may say what did not come.
const notReceivedSpan = 5

// speaksOfMoney reports whether the match loc of notReceivedPhrase in s is
// about money (see readNotReceived).
func speaksOfMoney(s string, loc []int) bool {
	before := longWords(askWords(s[:loc[0]]))
	before = before[max(0, len(before)-notReceivedSpan):]
	after := longWords(askWords(s[loc[1]:]))
	after = after[:min(len(after), notReceivedSpan)]
	near := append(before, after...)
	if hasWord(near, sentWords) {
		return false
	}
	match := fold.String(strings.ToLower(s[loc[0]:loc[1]]))
	if loc[2] < 0 {
		// « pas de paiement » names it; « toujours rien » needs it near.
		return !strings.HasSuffix(match, "rien") || hasWord(near, paidWords)
	}
	part := fold.String(strings.ToLower(s[loc[2]:loc[3]]))
	if strings.HasPrefix(part, "pay") {
		return strings.Contains(match, "ete") || !hasWord(before[max(0, len(before)-2):], paidByMe)
	}
	for _, paid := range []string{"ver", "vir", "tou", "per"} {
		if strings.HasPrefix(part, paid) {
			return true
		}
	}
	return hasWord(near, paidWords)
}

// longWords drops the one-letter words of ws, the elisions (« d' »,
// « n' ») that would narrow the span.
func longWords(ws []string) []string {
	out := ws[:0]
	for _, w := range ws {
		if len(w) > 1 {
			out = append(out, w)
		}
	}
	return out
}
