package secret

import (
	"slices"
	"sort"
	"strings"
	"unicode/utf8"
)

// Words between a card number and its expiry date: « expire le 05/28 »,
// « exp 11/27 », « valable jusqu'au 08-31 », « date d'expiration 05/2027 »,
// « expire à la fin du mois (09/26) », « Date d'expiration (MM/AA) 07/27 ».
var expiryWords = set("annee", "exp", "expi", "expire", "expirait", "expirera", "expiration", "expir", "expiry", "expirant", "expires", "date", "d'",
	"de", "le", "la", "l'", "au", "fin", "validite", "valable", "valide", "jusqu'", "jusqu", "jusque", ":",
	".", ",", "et", "en", "du", "a", "elle", "qui", "avec", "sa", "-", "mois", "c'", "c", "est", "cest",
	"mm", "aa", "aaaa", "yy", "/", "=", "valid", "thru", "through", "until",
	// « la date sur la carte c 08-28 », « sur ma carte il y a écrit 04/30 ».
	"sur", "carte", "cb", "ma", "il", "y", "ya", "marque", "ecrit", "inscrit", "indique",
	// Joined: « 4970 … puis 11 / 28 »; Turkish « son kullanma tarihi »
	// (last day of use).
	"puis", "ensuite", "son",
	// « périmée depuis 7/24 », « expirée depuis le 03/25 ».
	"perime", "perimee", "expiree", "expirees", "depuis",
	// Validity cut short as a card's face or a form prints it: « VAL
	// 10-28 », « val. 03/27 », « vld 11/26 ».
	"val", "vld")

// Words that alone announce an expiry date when a card is in the message.
var expiryTriggers = set("annee", "exp", "expi", "expire", "expirait", "expirera", "expiration", "expir", "expiry", "expirant", "expires",
	"validite", "valable", "valide", "valid", "date", "mm", "marque", "ecrit", "inscrit", "indique",
	"perime", "perimee", "expiree", "val", "vld")

// notExpiry are the things whose date, after « expire » or « valable »,
// is not a card's: « l'offre est valable jusqu'à décembre 2026 ».
var notExpiry = set("naissance", "rdv", "rendez", "paiement", "prelevement", "facture", "achat", "commande",
	"livraison", "offre", "promo", "promotion", "attestation", "droits", "droit", "aide", "aides", "allocation",
	"prime", "ordonnance", "certificat", "forfait", "bon", "ticket", "cheque", "devis", "delai", "convocation",
	"arret", "dossier", "demande", "inscription", "loyer", "bail", "logement", "location", "pret", "credit",
	"code", "mot", "mdp", "lien", "colis", "document", "justificatif", "autorisation", "recepisse", "carnet",
	"avis", "impots", "impot", "taxe", "echeance", "echeancier", "plan", "accord", "rsa", "apl", "caf",
	"chomage", "indemnites", "pension", "retraite", "stage", "formation", "mission", "cdd", "emploi", "travail")

// Words that announce what is written on a card: the date after them is
// an expiry only if it cannot be a day and a month.
var readOff = set("marque", "ecrit", "inscrit", "indique")

// Phrases that speak of a card's CVV without naming a card: « date 01/27
// et code derrière 456 ».
var cvvTalk = phrases("code derriere", "code au dos", "chiffres au dos", "chiffres derriere", "code de securite",
	"code visuel", "code dos", "code du dos", "chiffres du dos", "code verso")

// Words that announce an expiry date even in a message with no card
// number: « exp 09/27 », « date de fin 03/27 ». « date » alone does not.
var expiryStrong = set("exp", "expi", "expire", "expirait", "expirera", "expiration", "expir", "expiry", "expirant", "expires",
	"validite", "valable", "valide", "valid", "fin", "mm")

// Words that make an expiry date a card's: a message that speaks of a
// card or its CVV.
var cardTalk = set("carte", "cartes", "cb", "visa", "mastercard", "bancaire", "bleue", "bleu", "crypto",
	"cryptogramme", "cvv", "cvc", "amex", "maestro", "card", "cards")

// Papers whose expiry date is not a secret: « mon titre de séjour
// expire le 06/27 ».
var papers = set("sejour", "identite", "cni", "passeport", "permis", "titre", "vitale", "navigo", "contrat",
	"bail", "abonnement", "assurance", "garantie", "mutuelle", "recepisse", "visa", "fidelite", "grise",
	"invalidite", "mobilite", "electeur", "electorale", "stationnement", "etudiant", "etudiante", "cmi")

// cardExtras masks, once a card number is found, its expiry date and its
// CVV written next to it: « 4558 0955 4862 9045 04/29 294 », « carte …
// expire le 05/28 »; and an expiry date announced as such anywhere.
func (sc *scanner) cardExtras() {
	var cards []span
	for _, s := range sc.spans {
		if s.kind == Card {
			cards = append(cards, s)
		}
	}
	for _, c := range cards {
		after := c.end
		if e, ok := sc.expiryAfter(c.end, true); ok {
			after = e
		} else if s, e, ok := sc.expiryRunTogether(c.end); ok && (sc.add(s, e, Card, MaskPassword) || sc.taken(s)) {
			after = e
		} else if s, e, ok := sc.untilAfter(c.end); ok && (sc.add(s, e, Card, MaskPassword) || sc.taken(s)) {
			// « valable jusqu'au 04 28, code 640 »: the expiry another
			// rule masked first still leads to the CVV after it.
			after = e
		}
		sc.cvvAfter(after, cvvLength(sc.text[c.start:c.end]))
	}
	// An expiry date announced as such, anywhere in the message: after
	// « date » only when the message speaks of a card, or gives a CVV.
	card := len(cards) > 0 || sc.has(cardTalk) || sc.hasPhrase(cvvTalk) || sc.cvvFound()
	for k, t := range sc.toks {
		if sc.dateOfEnd(k) && !sc.expired(k) && (card || !sc.otherPaper() && !sc.has(notExpiry)) {
			// « date fin 11/2028 », « date de fin : 07/28 »: a form's
			// field, the date right after it.
			sc.expiryAfter(t.end, card)
			continue
		}
		// « 4973… puis mois/année 11 25 », as a card's form names the
		// field, once the card's number is given (« mois et année :
		// 04/2026 pour la carte grise » stays).
		if t.norm == "annee" && (len(cards) == 0 || sc.word(k-1) != "/" && sc.word(k-1) != "et" || sc.word(k-2) != "mois") {
			continue
		}
		if !expiryTriggers[t.norm] || !card && !expiryStrong[t.norm] || len(cards) == 0 && sc.ofPaper(k) || sc.expired(k) {
			continue
		}
		if e, ok := sc.expiryAfter(t.start, card && !readOff[t.norm]); ok {
			if s, e2, ok := sc.digitsAt(e, 3, 3); ok && sc.onlySpaceBetween(e, s) {
				sc.add(s, e2, Card, MaskPassword)
			} else if len(cards) > 0 {
				// « 5168 …, valable jusqu'au 04 28, code 640 »: the
				// expiry of the card given, then its CVV named.
				sc.cvvAfter(e, 3)
			}
		} else if card && !readOff[t.norm] {
			sc.expiryBefore(k)
		}
	}
	sc.monthAndYear()
	if len(cards) == 0 {
		sc.cardBesideFields()
	}
	if card && len(cards) == 0 {
		sc.expiryAnywhere()
		sc.cardEnds()
	}
}

// cvvAfter masks a CVV of three to most digits right after byte i, the
// end of a card's number or its expiry, past the words that name it:
// « 04/29 294 », « exp 06/27 code 430 », « 08 25, código 923 ».
func (sc *scanner) cvvAfter(i, most int) {
	k := sc.tokenFrom(i)
	for n := 0; k < len(sc.toks) && n < 4 && (cvvBetween[sc.toks[k].norm] || cvvNames[sc.toks[k].norm]); n++ {
		i = sc.toks[k].end
		k++
	}
	if s, e, ok := sc.digitsAt(i, 3, most); ok {
		sc.add(s, e, Card, MaskPassword)
	}
}

// cvvLength returns how many digits the CVV of the card written card
// has: four for an American Express card (15 digits from 34 or 37, its
// « CID » printed on the front: « 3776 923790 03444 / 01/2028 / 1911 »),
// three for any other.
func cvvLength(card string) int {
	var d []byte
	for i := 0; i < len(card) && len(d) <= 15; i++ {
		if isDigit(card[i]) {
			d = append(d, card[i])
		}
	}
	if len(d) == 15 && d[0] == '3' && (d[1] == '4' || d[1] == '7') {
		return 4
	}
	return 3
}

// cardBesideFields masks a card's number that fails Luhn (a digit
// mistyped) in a message where its expiry or its CVV was found: 16
// digits with a card issuer's prefix, in one run, by fours or 4-6-6
// (« le numéro : 5702…\nles trois chiffres derrière : 630 », a CVV of
// three digits), unless
// another paper names it.
func (sc *scanner) cardBesideFields() {
	if !slices.ContainsFunc(sc.spans, func(s span) bool { return s.kind == Card || s.kind == CardCode && s.end-s.start == 3 }) {
		return
	}
	for i, g := range sc.groups {
		if !g.digits || sc.taken(g.start) || i > 0 && g.linked && sc.groups[i-1].digits {
			continue
		}
		j := i + 1
		if f := sc.fours(i, 4); f > 0 {
			j = f
		} else if c := sc.cardCut(i); c > 0 {
			j = c
		}
		if j < len(sc.groups) && sc.groups[j].linked && sc.groups[j].digits {
			continue
		}
		var b strings.Builder
		for _, g := range sc.groups[i:j] {
			b.WriteString(g.text)
		}
		if d := b.String(); len(d) == 16 && cardShaped(d) && !sc.otherLabelled(g.start) {
			start, end := sc.spanOf(i, j)
			sc.add(start, end, Card, MaskCard)
		}
	}
}

// untilAfter reads a card's expiry given right after its number as the
// day it is good until: « 4724 … jusqu'au 10/27 ». Anywhere else « jusqu'au »
// says nothing of a card (« bloquée jusqu'au 15/12 »).
func (sc *scanner) untilAfter(i int) (start, end int, ok bool) {
	k := sc.tokenFrom(i)
	if k >= len(sc.toks) || !untilWords[sc.toks[k].norm] {
		return 0, 0, false
	}
	k++
	if k < len(sc.toks) && (sc.toks[k].norm == "au" || sc.toks[k].norm == "a" || sc.toks[k].norm == "en") {
		k++
	}
	if k >= len(sc.toks) {
		return 0, 0, false
	}
	start, end, ok = dateAt(sc.text, sc.toks[k].start)
	return start, end, ok && sc.toks[k].start == start && cardYear(sc.text[start:end])
}

var untilWords = set("jusqu'", "jusqu", "jusque")

// expiryRunTogether reads a card's expiry written as four digits, its
// month and year run together, right after byte i past the marks that
// set a card's fields apart: « 4970-1012-3456-7893 / 0927 / 412 ».
func (sc *scanner) expiryRunTogether(i int) (start, end int, ok bool) {
	k := sc.tokenFrom(i)
	lines := 0
	for k < len(sc.toks) && (sc.toks[k].norm == "/" || sc.toks[k].norm == "," || sc.lineEnd(k) && lines == 0) {
		if sc.lineEnd(k) {
			lines++
		}
		k++
	}
	if k >= len(sc.toks) || !sc.onlySpaceBetween(i, sc.toks[k].start) {
		return 0, 0, false
	}
	// « 4973 1593 3078 9198\n0825\n »: alone on the line below the card.
	if lines > 0 && k+1 < len(sc.toks) && !sc.lineEnd(k+1) {
		return 0, 0, false
	}
	t := sc.toks[k]
	if len(t.norm) != 4 || !isDigits(t.norm) || !monthNumber(t.norm[:2]) || t.norm[2:] < "20" || t.norm[2:] > "39" {
		return 0, 0, false
	}
	// Not part of a longer number; a slash after it sets the next field
	// apart (« 0927 / 412 »), and says no fraction.
	if g := sc.groupAt(t.start); g < 0 || g+1 < len(sc.groups) && sc.groups[g+1].linked && sc.groups[g+1].digits && !sc.cvvLast(g+1) ||
		sc.unitAfter(t) && !strings.HasPrefix(strings.TrimLeft(sc.text[t.end:], " "), "/") {
		return 0, 0, false
	}
	return t.start, t.end, true
}

// cvvLast reports whether group g is a CVV of three digits that ends
// the number it is linked to: « 5132… 0528 293 », the expiry run
// together, then the CVV.
func (sc *scanner) cvvLast(g int) bool {
	return len(sc.groups[g].text) == 3 && (g+1 == len(sc.groups) || !sc.groups[g+1].linked || !sc.groups[g+1].digits)
}

// isEmoji reports whether r is an emoji or a mark that joins or styles
// one: residents put them for a field's name (« ⏰ », « 🔢 », « 📅 »).
func isEmoji(r rune) bool {
	return r >= 0x2300 && r <= 0x27bf || r >= 0x1f300 && r <= 0x1faff || r == 0xfe0f || r == 0x200d
}

// dateOfEnd reports whether token k is « fin » in « date fin » or « date
// de fin », a card's expiry as a form names it.
func (sc *scanner) dateOfEnd(k int) bool {
	return sc.word(k) == "fin" && (sc.word(k-1) == "date" || sc.word(k-1) == "de" && sc.word(k-2) == "date")
}

// cvvFound reports whether a CVV has been found: a card's code of three
// digits, together or apart (« 2 6 1 »), or in words.
func (sc *scanner) cvvFound() bool {
	for _, s := range sc.spans {
		if s.kind != CardCode {
			continue
		}
		digits := 0
		for i := s.start; i < s.end; i++ {
			if isDigit(sc.text[i]) {
				digits++
			}
		}
		if digits == 3 || digits == 0 {
			return true
		}
	}
	return false
}

// expiryWordsAnywhere say that a message speaks of a card's expiry date.
var expiryWordsAnywhere = set("exp", "expi", "expire", "expiration", "expir", "expiry", "expirant", "expires",
	"validite", "valable", "valide", "valid", "val")

// expiryAnywhere masks, in a message about a card that speaks of its
// expiry and names no other paper, every date that can only be a month
// and a year, wherever it stands: « sur ma visa il y a 06/27 en bas à
// droite, c'est ça l'expiration ? », « VAL 12/27 … je mets quoi dans
// expiration ? ». « 05/03 » could be a day and a month, and stays.
func (sc *scanner) expiryAnywhere() {
	if !sc.has(expiryWordsAnywhere) || sc.otherPaper() {
		return
	}
	for k := range sc.toks {
		if sc.expired(k) {
			return
		}
	}
	for _, t := range sc.toks {
		if !isDigits(t.norm) || len(t.norm) > 2 || sc.taken(t.start) {
			continue
		}
		s, e, ok := dateAt(sc.text, t.start)
		if !ok || s != t.start || dayMonth(sc.text[s:e]) || !cardYear(sc.text[s:e]) {
			continue
		}
		if s > 0 && (isDigit(sc.text[s-1]) || strings.ContainsRune("/.-", rune(sc.text[s-1]))) {
			continue
		}
		if k := sc.tokenFrom(s) - 1; k >= 0 && sinceWords[sc.toks[k].norm] {
			continue // « mon loyer … depuis 01/2024 » is when it started.
		}
		sc.add(s, e, Card, MaskPassword)
	}
}

// sinceWords put a date in the past: « depuis 01/2024 ».
var sinceWords = set("depuis", "des", "since", "partir", "entre")

// cardYear reports whether the year of a date read by dateAt is a card's:
// 20 to 39, or 2020 to 2039.
func cardYear(d string) bool {
	i := strings.LastIndexAny(d, "/-.")
	y := strings.TrimSpace(d[i+1:])
	if len(y) == 4 {
		y = y[2:]
		if d[i+1:][:2] != "20" {
			return false
		}
	}
	return y >= "20" && y <= "39"
}

// otherPaper reports whether the message names a paper other than a
// payment card: « carte de séjour », « carte vitale ».
func (sc *scanner) otherPaper() bool {
	for k, t := range sc.toks {
		if papers[t.norm] && !(t.norm == "visa" && sc.visaCard(k)) {
			return true
		}
	}
	return false
}

// endWords say when a card ends: « elle finit en septembre 2026 », « se
// termine fin mars 2028 ».
var endWords = set("finit", "fini", "finie", "termine", "terminee", "arrive")

// cardEnds masks the expiry date said as the month a card ends, in a
// message about a card that names no other paper: « la carte bancaire
// elle finit en septembre deux mille vingt-six ». The last digits of a
// card (« qui finit par 1234 ») stay.
func (sc *scanner) cardEnds() {
	for k, t := range sc.toks {
		if !endWords[t.norm] {
			continue
		}
		if sc.otherPaper() {
			return
		}
		f := k + 1
		for n := 0; f < len(sc.toks) && n < 3 && (sc.toks[f].norm == "en" || sc.toks[f].norm == "fin" ||
			sc.toks[f].norm == "le" || sc.toks[f].norm == "a" || sc.toks[f].norm == "au" || sc.toks[f].norm == "mois"); n++ {
			f++
		}
		if f == k+1 || f >= len(sc.toks) {
			continue
		}
		if s, e, ok := dateAt(sc.text, sc.toks[f].start); ok && s == sc.toks[f].start && cardYear(sc.text[s:e]) {
			sc.add(s, e, Card, MaskPassword)
		} else if s, e, ok := sc.monthWords(f); ok {
			sc.add(s, e, Card, MaskPassword)
		}
	}
}

// monthNumber reports whether s is a month's number: 1 to 12, 01 to 09.
func monthNumber(s string) bool {
	switch len(s) {
	case 1:
		return s >= "1" && s <= "9"
	case 2:
		return s >= "01" && s <= "12"
	}
	return false
}

// The fields of an expiry date asked apart: « mois et année », « MM et AA ».
var monthYearWords = phrases("mois et annee", "mois et l' annee", "mois / annee", "mois et an", "mm et aa",
	"mm / aa", "mois annee")

// monthAndYear masks an expiry date given as two numbers after its two
// fields are named: « il demande mois et année, j'ai mis 10 et 31 »; or
// as one date in a message about a card that names no other paper: « le
// mois et année sur la carte c 09-26 ». The year has two digits, 20 to
// 39: « mois et année de naissance : 03 et 1985 » stays.
func (sc *scanner) monthAndYear() {
	for k := 0; k < len(sc.toks); k++ {
		j, ok := sc.atAny(k, monthYearWords)
		if !ok {
			continue
		}
		card := (sc.has(cardTalk) || sc.cvvFound()) && !sc.otherPaper()
		for f := j; f+1 < len(sc.toks) && f < j+10; f++ {
			if s, e, ok := dateAt(sc.text, sc.toks[f].start); card && ok && s == sc.toks[f].start &&
				!dayMonth(sc.text[s:e]) && cardYear(sc.text[s:e]) {
				sc.add(s, e, Card, MaskPassword)
				break
			}
			m, y := sc.toks[f], sc.toks[f+1]
			if (y.norm == "et" || y.norm == ",") && f+2 < len(sc.toks) {
				y = sc.toks[f+2]
			}
			if monthNumber(m.norm) &&
				len(y.norm) == 2 && isDigits(y.norm) && y.norm >= "20" && y.norm <= "39" && sc.alone(m) && sc.alone(y) {
				sc.add(m.start, m.end, Card, MaskPassword)
				sc.add(y.start, y.end, Card, MaskPassword)
				break
			}
		}
		k = j - 1
	}
}

// ofPaper reports whether a paper other than a card is named in the eight
// tokens before token k: « ma carte d'identité expire … ».
func (sc *scanner) ofPaper(k int) bool {
	for b := k - 1; b >= 0 && b >= k-8; b-- {
		// « paiement de mon passeport, carte exp 09/26 »: the card
		// named nearer is the one that expires.
		if paymentCard[sc.toks[b].norm] {
			return false
		}
		// « ma carte visa », « Visa Premier » are payment cards, « mon
		// visa » a paper.
		if papers[sc.toks[b].norm] && !(sc.toks[b].norm == "visa" && sc.visaCard(b)) {
			return true
		}
	}
	return false
}

// paymentCard are the words that name a payment card: « carte » alone
// may be a paper's (« carte de séjour »), these may not.
var paymentCard = set("card", "cb", "bancaire", "bleue", "mastercard", "amex", "maestro")

// expired reports whether the word at token k says the card has expired
// (« a expiré le 05/26 », « expirée »): its date is no longer a secret.
func (sc *scanner) expired(k int) bool {
	w := sc.text[sc.toks[k].start:sc.toks[k].end]
	if !strings.HasPrefix(sc.toks[k].norm, "expir") {
		return false
	}
	return strings.HasSuffix(w, "é") || strings.HasSuffix(w, "ée") || strings.HasSuffix(w, "É") ||
		k > 0 && (sc.toks[k-1].norm == "a" || sc.toks[k-1].norm == "est" || sc.toks[k-1].norm == "etait")
}

// expiryAfter masks a MM/AA, MM/AAAA or MM-AA date right after byte i,
// or after words that announce it (« expire le »), and returns where it
// ends. Without card, in a message that does not speak of a card, the
// date must not read as a day and a month: « 05/28 », not « 05/03 ».
func (sc *scanner) expiryAfter(i int, card bool) (int, bool) {
	k := sc.tokenFrom(i)
	from := i
	skipped, joined, announced, strongly, free := false, true, false, false, 0
	for n := 0; k < len(sc.toks) && n < 8; n++ {
		w := sc.toks[k].norm
		// Once « expire » or « valable » is said, two words of any kind
		// may stand before the date: « expire bientôt (08/25) ».
		if !expiryWords[w] && !(card && n == 0 && cardEndWords[w]) && (!strongly || free == 2 || !isWord(w) || monthNames[w] || papers[w] || notExpiry[w]) {
			break
		}
		if !expiryWords[w] {
			free++
		}
		joined = joined && joinWords[w]
		skipped = skipped || w != "." && w != "," && w != "/"
		// « 5168 … fin 08/27 », « … ends 08/27 », « 4970 …, fin 08/28 »:
		// right after a card's number, a comma or not, its end is its expiry.
		endWord := card && cardEndWords[w] && (n == 0 || n == 1 && sc.word(k-1) == ",") && sc.cardEndsAt(from)
		announced = announced || expiryTriggers[w] || endWord
		strongly = strongly || expiryStrong[w] && w != "fin" && w != "mm"
		i = sc.toks[k].end
		k++
	}
	// « 4970 … puis 11 / 28 », « … et 03/29 »: a word that only joins
	// the fields says nothing of the date, which must then be no day.
	if skipped && !announced && !joined {
		return 0, false
	}
	s, e, ok := dateAt(sc.text, i)
	if ok && skipped && !announced && dayMonth(sc.text[s:e]) {
		return 0, false
	}
	// « expire le 31/05/2027 »: the day too, once the expiry is announced.
	// So, in a message about a bank card that names no other paper, when
	// the resident reads it off the card (« la carte est valable
	// jusqu'au 30/09/2027, c'est ce qui est écrit dessus »); « ma cb
	// expire le 30/09/2027 normalement » says when, not what is printed.
	if !ok && strongly && (sc.cardNumber() || card && sc.has(printedWords) && !sc.has(papers) && !sc.has(notExpiry)) {
		s, e, ok = fullDateAt(sc.text, i)
	}
	// A month in words (« mai 2027 ») in a message about a card, or
	// right after « expire » or « valable » in a message that names no
	// other paper.
	if !ok && (card || strongly && !sc.has(papers) && !sc.has(notExpiry)) {
		s, e, ok = sc.monthWords(k)
	}
	if !ok && announced {
		// « valable jusqu'à fin 2027 (12/27) »: the date a few words on,
		// in the same sentence.
		for f := k; f < len(sc.toks) && f < k+6 && !ok; f++ {
			if n := sc.toks[f].norm; n == "." || n == "?" || n == "!" || papers[n] || notExpiry[n] {
				break
			}
			if s, e, ok = dateAt(sc.text, sc.toks[f].start); ok {
				k = f
			}
		}
	}
	if !ok && (announced || card && joined && skipped) {
		s, e, ok = sc.expiryDigits(k, announced, card)
	}
	if !ok && announced {
		s, e, ok = sc.monthYearSpaced(k)
	}
	for ok && k < len(sc.toks) && sc.toks[k].norm == "/" && sc.toks[k].start < s {
		k++ // « … 7595 / 09/27 »: the slash that sets the fields apart
	}
	if !ok || k < len(sc.toks) && sc.toks[k].start < s || !card && dayMonth(sc.text[s:e]) {
		return 0, false
	}
	if sc.add(s, e, Card, MaskPassword) {
		sc.expiryRestated(e)
		return e, true
	}
	// Masked already, as a code read in its digits (« jusqu'au 04 28 »):
	// it still ends where a CVV may follow.
	return e, sc.taken(s) && sc.taken(e-1)
}

// expiryDigits reads at token k an expiry written in digits alone: the
// month and the year run together after « exp » (« exp 0527 »), or,
// joined to the card's number, a year to come (« 4132 … puis 0731 puis
// 812 »); once announced in a message with a card's number, the year
// alone (« 5132 … (expire fin 2025) », « valable jusqu'à fin 2028 »).
func (sc *scanner) expiryDigits(k int, announced, card bool) (s, e int, ok bool) {
	if k >= len(sc.toks) || len(sc.toks[k].norm) != 4 || !isDigits(sc.toks[k].norm) || !sc.alone(sc.toks[k]) {
		return 0, 0, false
	}
	t := sc.toks[k]
	if m, y := t.norm[:2], t.norm[2:]; m >= "01" && m <= "12" && (announced || y >= "20" && y <= "39") {
		return t.start, t.end, true
	}
	if announced && card && sc.cardNumber() && t.norm >= "2020" && t.norm <= "2039" {
		return t.start, t.end, true
	}
	return 0, 0, false
}

// cardEndWords name a card's end right after its number.
var cardEndWords = set("fin", "ends", "end", "ending")

// cardEndsAt reports whether a card's number found ends at byte i.
func (sc *scanner) cardEndsAt(i int) bool {
	return slices.ContainsFunc(sc.spans, func(s span) bool { return s.mask == MaskCard && s.end == i })
}

// cardNumber reports whether a card's number was found in the text.
func (sc *scanner) cardNumber() bool {
	return slices.ContainsFunc(sc.spans, func(s span) bool { return s.mask == MaskCard })
}

// joinWords only join a card's fields, and announce nothing: « 4970 …
// puis 11 / 28 », « … avec 03/29 ».
var joinWords = set("et", "puis", "avec", ",", "-", "/", "ensuite")

// fullDateAt reads after byte i, past spaces, a date with its day, its
// month and a year of four digits, with the same mark between them:
// « 31/05/2027 », « 30.04.2028 ».
func fullDateAt(s string, i int) (start, end int, ok bool) {
	for i < len(s) && (s[i] == ' ' || s[i] == '(' || s[i] == ':') {
		i++
	}
	if i > 0 && (isDigit(s[i-1]) || s[i-1] == '/') {
		return 0, 0, false
	}
	d, next := leadingNumber(s, i)
	if next-i < 1 || next-i > 2 || d < 1 || d > 31 || next >= len(s) || !strings.ContainsRune("/-.", rune(s[next])) {
		return 0, 0, false
	}
	sep := s[next]
	m, after := leadingNumber(s, next+1)
	if after-next-1 != 2 || m < 1 || m > 12 || after >= len(s) || s[after] != sep {
		return 0, 0, false
	}
	y, end := leadingNumber(s, after+1)
	if end-after-1 != 4 || y < 2000 || y > 2099 || end < len(s) && isDigit(s[end]) {
		return 0, 0, false
	}
	return i, end, true
}

// whenDate returns the token after a date that says when something
// happened, starting at token f after « le », « du » or « au »: a day and
// a month (« le 02/10 », « le 3 mars »), with or without a year
// (« le 21/11/2025 », « du 3 mars 2025 »). With no such date it returns f.
func (sc *scanner) whenDate(f int) int {
	if f == 0 || f >= len(sc.toks) || !whenWords[sc.toks[f-1].norm] {
		return f
	}
	t := sc.toks[f]
	if len(t.norm) > 2 || !isDigits(t.norm) {
		return f
	}
	if day, _ := leadingNumber(t.norm, 0); day < 1 || day > 31 {
		return f
	}
	if monthNames[sc.word(f+1)] {
		if y := sc.word(f + 2); len(y) == 4 && isDigits(y) {
			return f + 3
		}
		return f + 2
	}
	if _, end, ok := fullDateAt(sc.text, t.start); ok {
		return sc.tokenFrom(end)
	}
	// A day and a month: « 02/10 », « 2.10 », not « 02/10/… » cut short.
	i := t.end
	if i+1 >= len(sc.text) || !strings.ContainsRune("/.-", rune(sc.text[i])) {
		return f
	}
	m, end := leadingNumber(sc.text, i+1)
	if end-i-1 < 1 || end-i-1 > 2 || m < 1 || m > 12 || end < len(sc.text) && (isDigit(sc.text[end]) || strings.ContainsRune("/.-", rune(sc.text[end])) && end+1 < len(sc.text) && isDigit(sc.text[end+1])) {
		return f
	}
	return sc.tokenFrom(end)
}

// whenWords stand before a date that says when something happened.
var whenWords = set("le", "du", "au")

// leadingNumber reads the digits of s from byte i, and returns their
// value and where they end.
func leadingNumber(s string, i int) (n, end int) {
	for end = i; end < len(s) && isDigit(s[end]) && end-i < 6; end++ {
		n = n*10 + int(s[end]-'0')
	}
	return n, end
}

// restateWords stand between an expiry and the same date said again.
var restateWords = set("soit", "donc", "c'", "est", "cest", "=", "ou", "a", "dire", ",", "ca", "fait", "en", "clair")

// expiryRestated masks an expiry date said again right after the one
// masked up to byte i, in words or in another writing: « date fin carte =
// 0130 (janvier 2030 je crois) », « exp 09/27 soit septembre 2027 ».
func (sc *scanner) expiryRestated(i int) {
	k := sc.tokenFrom(i)
	for n := 0; k < len(sc.toks) && n < 4 && restateWords[sc.toks[k].norm]; n++ {
		k++
	}
	if k >= len(sc.toks) {
		return
	}
	if s, e, ok := sc.monthWords(k); ok {
		sc.add(s, e, Card, MaskPassword)
	} else if s, e, ok := dateAt(sc.text, sc.toks[k].start); ok && s == sc.toks[k].start && !dayMonth(sc.text[s:e]) {
		sc.add(s, e, Card, MaskPassword)
	}
}

// Months in words, accents folded.
var monthNames = set("janvier", "fevrier", "mars", "avril", "mai", "juin", "juillet", "aout", "septembre",
	"octobre", "novembre", "decembre", "janv", "fev", "fevr", "sept", "oct", "nov", "dec")

// monthWords reads an expiry date written with its month in words from
// token k: « mai 2027 », « septembre 27 ».
func (sc *scanner) monthWords(k int) (start, end int, ok bool) {
	if k+1 >= len(sc.toks) || !monthNames[sc.toks[k].norm] {
		return 0, 0, false
	}
	y := sc.toks[k+1]
	if !isDigits(y.norm) {
		// « septembre deux mille vingt-six »
		if next, d := sc.spokenChunk(k + 1); len(d) == 4 && d[:2] == "20" {
			return sc.toks[k].start, sc.toks[next-1].end, true
		}
		return 0, 0, false
	}
	if !(len(y.norm) == 2 || len(y.norm) == 4 && y.norm[:2] == "20") || !sc.alone(y) {
		return 0, 0, false
	}
	return sc.toks[k].start, y.end, true
}

// hasPhrase reports whether one of phrases is in the text.
func (sc *scanner) hasPhrase(ps phraseSet) bool {
	for k := range sc.toks {
		if _, ok := sc.atAny(k, ps); ok {
			return true
		}
	}
	return false
}

// dayMonth reports whether a date read as an expiry could be a day and a
// month: « 05/03 » is the 5th of March, « 05/28 » can only be May 2028.
func dayMonth(d string) bool {
	i := strings.IndexAny(d, "/-.")
	if i < 0 {
		return false
	}
	y := strings.TrimSpace(d[i+1:])
	return len(y) == 2 && y <= "12"
}

// tokenFrom returns the index of the first token that starts at or after
// byte i.
func (sc *scanner) tokenFrom(i int) int {
	return sort.Search(len(sc.toks), func(k int) bool { return sc.toks[k].start >= i })
}

// dateAt reads a card's expiry date after byte i, past spaces and commas:
// a month (1 to 12), a slash, a hyphen or a dot, a year of two or four
// digits.
func dateAt(s string, i int) (start, end int, ok bool) {
	// Spaces of any kind, commas, colons, dots and brackets: « exp.06/27 »,
	// « expire (09/26) », « 4974 … [09/28] »,
	// « Date d'expiration (MM/AA)\t07/27 »; a hyphen with a space after it;
	// an emoji for a label (« ⏰ 09/25 »).
	for i < len(s) {
		r, n := utf8.DecodeRuneInString(s[i:])
		// A bar, or a slash with spaces around it, sets the fields of a
		// card apart: « 4561 … / 09/27 / 556 », « … | 06/28 | 019 ».
		apart := r == '|' || r == '/' && i > 0 && s[i-1] == ' ' && i+1 < len(s) && s[i+1] == ' '
		if !isSpace(r) && !strings.ContainsRune(",:().[]", r) && !(r == '-' && i+1 < len(s) && s[i+1] == ' ') && !apart && !isEmoji(r) {
			break
		}
		i += n
	}
	if i > 0 && (isDigit(s[i-1]) || s[i-1] == '/') {
		return 0, 0, false
	}
	start = i
	// « 31.12.2026 » is one date with its day, not « 12.2026 »: the
	// mark before the month is the one after it.
	if i > 1 && isDigit(s[i-2]) && (s[i-1] == '.' || s[i-1] == '-') {
		if j := strings.IndexFunc(s[i:], func(r rune) bool { return r < '0' || r > '9' }); j >= 0 && s[i+j] == s[i-1] {
			return 0, 0, false
		}
	}
	m := 0
	for i < len(s) && isDigit(s[i]) && i-start < 3 {
		m = m*10 + int(s[i]-'0')
		i++
	}
	if i-start == 0 || i-start > 2 || m < 1 || m > 12 {
		return 0, 0, false
	}
	// « 05/27 », « 05 / 27 », the spaces non-breaking too, as a
	// French keyboard or a phone puts them around a slash.
	j := i + narrowSpace(s[i:])
	j += narrowSpace(s[j:])
	if j >= len(s) || s[j] != '/' && s[j] != '-' && s[j] != '.' {
		return 0, 0, false
	}
	i = j + 1 + narrowSpace(s[j+1:])
	i += narrowSpace(s[i:])
	y := i
	for i < len(s) && isDigit(s[i]) {
		i++
	}
	switch n := i - y; {
	case n == 2:
	case n == 4 && (s[y:y+2] == "20" || s[y:y+2] == "19"):
	default:
		return 0, 0, false
	}
	// Not the start of a longer date: « 12/03/2024 ».
	if i < len(s) && (s[i] == '/' || s[i] == '-' || s[i] == '.') && i+1 < len(s) && isDigit(s[i+1]) {
		return 0, 0, false
	}
	return start, i, true
}

// printedWords say a value is read off the card: « c'est marqué », « il
// y a écrit », « imprimé dessus ».
var printedWords = set("marque", "marquee", "ecrit", "ecrite", "inscrit", "inscrite", "imprime", "imprimee", "dessus",
	"indique", "indiquee", "lis", "lit")

// narrowSpace returns the length of the one space, plain or
// non-breaking, that s starts with, or 0.
func narrowSpace(s string) int {
	switch {
	case strings.HasPrefix(s, " "):
		return 1
	case strings.HasPrefix(s, "\u00a0"):
		return len("\u00a0")
	case strings.HasPrefix(s, "\u202f"):
		return len("\u202f")
	}
	return 0
}

// digitsAt returns a number of min to max digits that stands alone after
// byte i, past spaces and commas.
func (sc *scanner) digitsAt(i, min, max int) (start, end int, ok bool) {
	k := sc.tokenFrom(i)
	for k < len(sc.toks) && (sc.toks[k].norm == "," || sc.lineEnd(k)) {
		k++
	}
	if k >= len(sc.toks) || !sc.onlySpaceBetween(i, sc.toks[k].start) {
		return 0, 0, false
	}
	t := sc.toks[k]
	if !isDigits(t.norm) || len(t.norm) < min || len(t.norm) > max || !sc.alone(t) {
		return 0, 0, false
	}
	return t.start, t.end, true
}

// onlySpaceBetween reports whether bytes i to j hold only what sets
// apart the fields of a card copied on one line: spaces, commas, dashes,
// bars, a slash (« 4974 … - 03/29 - 112 », « … | 06/28 | 019 »),
// brackets around a field (« … (08/27) — 241 au dos »), an
// emoji standing for a field's name (« 💳 4974 … ⏰ 09/25 🔢 126 »), and
// line breaks, as in a form copied line by line.
func (sc *scanner) onlySpaceBetween(i, j int) bool {
	if j < i {
		return false
	}
	for _, r := range sc.text[i:j] {
		if !isSpace(r) && !strings.ContainsRune(",-–—|/()[]", r) && !isEmoji(r) {
			return false
		}
	}
	return true
}

// alone reports whether a number token is a number of its own: not part of
// a longer number, an amount or a time.
func (sc *scanner) alone(t token) bool {
	if k := sc.groupAt(t.start); k >= 0 {
		g := sc.groups[k]
		// A number glued to a secret already found is still alone.
		prev := k > 0 && g.linked && sc.groups[k-1].digits && !sc.taken(sc.groups[k-1].start)
		next := k+1 < len(sc.groups) && sc.groups[k+1].linked && sc.groups[k+1].digits && !sc.taken(sc.groups[k+1].start)
		if prev || next {
			return false
		}
	}
	return !sc.unitAfter(t)
}

// unitAfter reports whether a unit follows a number token, making it an
// amount, a time or a length: « 12 € », « 14h », « 3 ans ».
func (sc *scanner) unitAfter(t token) bool {
	rest := sc.text[t.end:min(len(sc.text), t.end+12)]
	rest = strings.ToLower(strings.TrimLeft(rest, " \u00a0\u202f"))
	for _, unit := range []string{"€", "euro", "eur", "h", "%", "/", ",", "ans", "mois", "jours"} {
		// « 3/4 », « 12 / 5 » and « 12 €/mois » are numbers counted; a
		// slash that sets fields apart is not: « crypto: 377 / exp … ».
		if unit == "/" && rest != "" && rest[0] == '/' && t.end < len(sc.text) && isSpace(runeAt(sc.text, t.end)) &&
			!startsWithDigit(strings.TrimLeft(rest[1:], " \u00a0\u202f")) {
			continue
		}
		if strings.HasPrefix(rest, unit) && (unit != "," || len(rest) > 1 && isDigit(rest[1])) {
			return true
		}
	}
	return false
}

func startsWithDigit(s string) bool { return s != "" && isDigit(s[0]) }

// Words that introduce a CVV: « cryptogramme 294 », « le crypto au dos
// c'est 309 », « cvv 430 », « les 3 chiffres au dos : 123 », « au dos il
// y a 772 », « derrière c'est écrit neuf zéro trois ».
var cvvWords = phrases("cryptogramme", "crypto", "cryptogrammes", "cryptograme", "cvv", "cvc", "cvv2", "cvc2",
	"cryto", "cripto", "kripto", "crypt",
	"3 chiffres", "trois chiffres", "code a 3 chiffres", "code a trois chiffres", "3 chiffre", "trois chiffre",
	"code a 3 chiffre", "code a trois chiffre", "sur le dos", "dans le dos",
	"code de securite", "code au dos", "chiffres au dos", "numero au dos", "code visuel", "chiffres derriere",
	// « au » dropped, as a form's field or a hurried note has it: « code
	// dos 393 », « chiffres du dos », « code verso ».
	"code dos", "code du dos", "chiffres dos", "chiffres du dos", "numero dos", "numero du dos", "code verso",
	"code du verso",
	"chiffres de derriere", "code derriere", "au dos", "au verso", "derriere",
	// The CVV is printed by the signature strip.
	"cote de la signature", "pres de la signature", "bande de signature", "a cote de la signature",
	// Its other names, in French and English.
	"code de verification", "code verification", "code de verif", "valeur de verification",
	"numero de verification", "chiffres de verification", "chiffres de securite", "numero de securite",
	"security code", "security number", "securite code", "securite number", "verification code", "card code", "card verification", "cvv code", "on the back", "behind",
	"back of the card", "back", "arriere", "a l' arriere", "en arriere", "au revers", "revers",
	// An American Express card prints its four-digit code on the front.
	"chiffres devant", "chiffres sur le devant", "chiffres au recto", "chiffres du recto", "au recto", "cid")

// spatialCvv are the words of cvvWords that only say where a number is on
// the card: a CVV after them only in a message that speaks of a card.
var spatialCvv = set("au", "derriere", "cote", "pres", "bande", "a", "on", "behind", "back", "arriere", "en",
	"revers")

// cvvNames name a CVV right after a card number.
var cvvNames = set("code", "codigo", "cvv", "cvc", "crypto", "cryptogramme", "cryptograme", "cvv2", "cvc2")

// What may stand between a card number, or its expiry, and its CVV.
var cvvBetween = set("au", "dos", "de", "la", "le", "les", "ma", "mon", "sa", "carte", "bancaire", "bleue", "c'",
	"est", "cest", "c", ":", "=", "visuel", "securite", "derriere", "3", "trois", "chiffres", "etait", "qui",
	"sont", "is", "are", "du", "verso", "c'etait", "cb", "/", "et", "puis", "avec", "ensuite",
	// « puis le petit code 623 », as a resident tells a card read out.
	"petit", "petits",
	// A form's fields in a row: « …, expiration 03/29, code 161 ».
	",", ";",
	// « exp 02/28 code sécu 847 »: its security code, cut short.
	"secu")

// What may stand between a CVV's name and its number: cvvBetween, and
// the words of « le site demande cvv2, j'ai mis 641 », « cryptogramme
// dynamique, là il affiche 618 », « au dos il y a 772 ».
var cvvGap = union(cvvBetween, set(",", "j'", "ai", "mis", "tape", "rentre", "entre", "saisi", "ecrit",
	"marque", "note", "indique", "affiche", "il", "y", "ya", "a", "dynamique", "numero", "?"))

// cvvGapCode is cvvGap with the code named after where it is, for three
// digits only (a door's code has more): « derrière y a un code 4 8 9 ».
var cvvGapCode = union(cvvGap, set("un", "code", "petit"))

// Words that introduce a code, a card's when a word says so: « le code
// de ma carte », « code cb », « code pin », « cod secre 1508 ».
var pinWords = phrases("code", "codes", "cod", "pin", "code pin", "puk", "code puk", "otp", "code otp")

// What may stand between a code's name and its number.
var pinBetween = set("de", "d'", "du", "ma", "mon", "la", "le", "l'", "sa", "son", "carte", "cartes", "bleue",
	"bleu", "bancaire", "bancaires", "cb", "visa", "mastercard", "pin", "confidentiel", "secret", "a", "4",
	"quatre", "chiffres", "c'", "est", "cest", "c", "etait", ":", "=", "is", "mes", "ta", "votre", "qui", "ces", "ce", "se",
	"actuel", "nouveau", "maintenant", "desormais", "pour", "au", "distributeur", "dab", "retrait", "retirer", "sim", "puce", "telephone",
	"tel", "portable", "puk", ",", "otp", "mobile", "smartphone", "iphone", "tablette",
	// « the pin number for my card is … »
	"number", "for", "my", "the", "of", "card", "banque",
	// A phone's or an app's own code: « code de déverrouillage de mon
	// portable », « code France Identité ».
	"deverrouillage", "verrouillage", "deblocage", "smartphone", "france", "identite", "franceidentite",
	// Whose card: « le code de la carte de ma mère c'est 9567 ».
	"mere", "pere", "maman", "papa", "mari", "femme", "epouse", "fils", "fille", "frere", "soeur", "mamie",
	"papi", "grand-mere", "grand-pere", "conjoint", "conjointe", "tante", "oncle", "voisin", "voisine",
	// The same in Darija: « code carte dial mama 2839 ».
	"mama", "baba", "khti", "khouya", "yemma", "bba", "mmi", "ukhti", "oukhti", "rajli", "mrati",
	// What kind of card: « le code de la carte de paiement », « … de
	// crédit », « … de débit ».
	"paiement", "credit", "debit", "bleu", "bleue")

var cardish = set("carte", "cartes", "card", "tarjeta", "cartao", "cb", "pin", "confidentiel", "bancaire", "bancaires", "visa", "mastercard",
	"distributeur", "dab", "retrait", "retirer", "sim", "secret", "bleu", "bleue")

// codeVerbs say that a code is given: after them, the code may come a few
// words later (« le code de ma carte c'est la date de naissance de ma
// fille 1203 »).
//
// Residents write « c'est » as it sounds: « ces », « cé », « sé ».
var codeVerbs = set("c'", "est", "cest", "c", "etait", ":", "=", "ces", "ce", "se")

// backSkip are the words between a code written first and its name:
// « 4639 c'est le code de ma carte ».
var backSkip = set("le", "mon", "ma", "la", "c'", "est", "cest", "c", ":", "=", "etait", ",", "votre", "ton", "son",
	"sa", "your", "is", "the", "my", "les", "bien", "comme")

// cardCodes masks a CVV introduced as such and a PIN introduced as a
// card's code: « le code de ma carte c'est 4821 », « code cb : 6143 »;
// or a code of four digits given right after « code » (« code 1 9 8 3 »,
// « son code 6147 pour retirer »), unless « code » is a postcode's, a
// promotion's, a bank's (notCode).
func (sc *scanner) cardCodes() {
	for k := 0; k < len(sc.toks); k++ {
		if sc.securityField(k) && sc.codeAfter(k+1, labelMarks, 3, 4, nil) {
			continue
		}
		if j, ok := sc.atAny(k, cvvWords); ok {
			if sc.codeAfter(j, cvvGap, 3, 4, nil) || sc.codeBefore(k, j, 3, 4, CardCode) ||
				spatialCvv[sc.toks[k].norm] && sc.codeAfter(j, cvvGapCode, 3, 3, nil) ||
				(!spatialCvv[sc.toks[k].norm] || sc.has(cardTalk)) && sc.codeInWindow(j, 3, 4, CardCode) ||
				sc.toks[k].norm == "code" && sc.oneTimeCode(k, j) {
				k = j - 1
			}
			continue
		}
		j, ok := sc.atAny(k, pinWords)
		if !ok && sc.codeReferred(k) {
			// « Le code de ma carte Vitale ? … celui de ma carte
			// bancaire c'est 8056 »: « celui » stands for the code.
			card := false
			if sc.codeAfter(k+1, pinBetween, 4, 6, &card) {
				continue
			}
		}
		if !ok {
			// « le mot de passe de ma carte c'est 1234 », « numéro secret
			// de ma cb : 4512 »: a card's code once a card is named.
			if j, ok = sc.atAny(k, cardSecretWords); ok && sc.namesCard(j) {
				card := true
				if sc.codeAfter(j, pinBetween, 4, 6, &card) {
					k = j - 1
				}
			}
			continue
		}
		if j < len(sc.toks) && notCode[sc.toks[j].norm] || sc.toks[k].norm == "code" && (sc.namedBefore(k) || sc.parcelCode(k)) {
			k = j - 1
			continue
		}
		// « deux codes 2023 et 2024 »: years right after codes named
		// in the plural are what the codes are of, not codes (a PIN a
		// year is given as « le code »).
		if sc.toks[k].norm == "codes" && j == k+1 && yearOrPhone(sc.word(j)) {
			continue
		}
		// « le code 2042 de la déclaration », « code 3949 c'est quel
		// numéro ? »: a form's or a public service's number.
		if sc.officialAfter(k, j) {
			continue
		}
		card := sc.toks[k].norm == "pin" || cardish[sc.toks[j-1].norm]
		// « code secre », « code confidenciel »: any spelling.
		if j < len(sc.toks) && (strings.HasPrefix(sc.toks[j].norm, "secr") || strings.HasPrefix(sc.toks[j].norm, "confiden")) {
			j, card = j+1, true
		}
		// A SIM's PUK has eight digits.
		most := 6
		if sc.toks[j-1].norm == "puk" || j < len(sc.toks) && sc.toks[j].norm == "puk" {
			most, card = 8, true
		}
		// « c'est 3391 ou 3319 le code », in a message about a card.
		before := card || sc.has(pinPlaces)
		if sc.codeAfter(j, pinBetween, 4, most, &card) || (card || before) && sc.codeBefore(k, j, 4, most, CardCode) || sc.codeGiven(j, card) ||
			sc.oneTimeCode(k, j) || sc.dictatedCode(j) {
			k = j - 1
		}
	}
	sc.typedCodes()
	sc.sureCodes()
	sc.countedCodes()
	sc.codesOfCount()
	sc.dictatedCodes()
	sc.heldCodes()
	sc.rightCodes()
	sc.oldAndNewCodes()
	sc.smsCodes()
	sc.receivedCodes()
	sc.pairedCodes()
}

// pairedCodes masks the codes a resident received twice and asks which
// to type: « j'ai deux codes 154165 et 162894, lequel je dois mettre ? »,
// « 2 codes sont arrivés : 5512 puis 7720 ». Both must be codes of four
// to eight digits, not seven (a CAF number), nor a year or a phone; a
// word between « codes » and the first that is not a verb says whose
// they are (« deux codes postaux 93200 et 93210 » stay).
func (sc *scanner) pairedCodes() {
	for k := 1; k+3 < len(sc.toks); k++ {
		if sc.toks[k].norm != "codes" || !pairCounts[sc.toks[k-1].norm] {
			continue
		}
		f := k + 1
		for n := 0; n < 3 && pairVerbs[sc.word(f)]; n++ {
			f++
		}
		s1, e1, d1, ok1 := sc.codeValue(f, 4, 8)
		if !ok1 || d1 == 7 || yearOrPhone(sc.word(f)) {
			continue
		}
		g := sc.tokenFrom(e1)
		if !pairJoins[sc.word(g)] {
			continue
		}
		s2, e2, d2, ok2 := sc.codeValue(g+1, 4, 8)
		if !ok2 || d2 == 7 || yearOrPhone(sc.word(g+1)) {
			continue
		}
		sc.addCode(s1, e1, Password)
		sc.addCode(s2, e2, Password)
	}
}

// pairCounts count two codes or a few; pairVerbs say they came;
// pairJoins stand between them.
var (
	pairCounts = set("deux", "2", "plusieurs", "trois", "3")
	pairVerbs  = set(":", "sont", "arrives", "arrivees", "recus", "recues", "envoyes", "differents", "par", "sms")
	pairJoins  = set("et", "puis", "ou", ",")
)

// codeReferred reports whether token k is « celui » or « celle »
// standing for a code named before it: « le code secret de ma carte
// Vitale ? … celui de ma carte bancaire c'est 8056 ».
func (sc *scanner) codeReferred(k int) bool {
	if n := sc.toks[k].norm; n != "celui" && n != "celle" {
		return false
	}
	for b := k - 1; b >= 0 && b >= k-30; b-- {
		if sc.toks[b].norm == "code" {
			return true
		}
	}
	return false
}

// dictatedCode masks a code of three digits or more dictated right
// after « code » and a verb or a colon, digit by digit, in words or
// spaced: « le code : six cinq zéro », « voici le code: 5 8 2 ». A
// resident dictates a secret so; an amount or a count (« le code : deux
// cent cinquante euros », « trois fautes ») is not said digit by digit.
func (sc *scanner) dictatedCode(j int) bool {
	f := j
	for n := 0; f < len(sc.toks) && n < 3 && codeVerbs[sc.toks[f].norm]; n++ {
		f++
	}
	if f == j || f >= len(sc.toks) {
		return false
	}
	k, n := sc.spacedDigits(f)
	if n == 0 {
		// One word a digit, a comma for a pause: « huit, zéro, six »;
		// each digit with its article: « le sept, le trois, le neuf ».
		if _, unit := unitWords[sc.word(f+1)]; sc.word(f) == "le" && unit {
			f++
		}
		for k = f; k < len(sc.toks); k++ {
			if _, unit := unitWords[sc.toks[k].norm]; unit {
				n++
				continue
			}
			if sc.toks[k].norm == "," && sc.word(k+1) == "le" && k > f {
				k++ // « …, le trois »
			}
			if _, next := unitWords[sc.word(k+1)]; sc.toks[k].norm != "," && sc.word(k-1) != "," || k == f || !next {
				break
			}
		}
	}
	if n < 3 || n > 8 || countedBy[sc.word(k)] {
		return false
	}
	// « le code c'est 3 4 5 pour l'interphone » opens a door.
	for b := max(0, j-6); b < min(len(sc.toks), k+6); b++ {
		if otherCodes[sc.toks[b].norm] {
			return false
		}
	}
	return sc.addCode(sc.toks[f].start, sc.toks[k-1].end, CardCode)
}

// countedBy are the words after a number that make it a count or an
// amount: « trois essais », « 5 8 2 euros ».
var countedBy = set("euros", "euro", "eur", "ans", "an", "fois", "jours", "jour", "mois", "minutes", "heures",
	"pages", "personnes", "enfants", "essais", "fautes", "points", "chiffres", "caracteres", "lettres")

// labelMarks are the marks between a form's field and its value.
var labelMarks = set(":", "=")

// securityField reports whether token k is « sécurité » as a card form
// names its CVV's field, alone, first on its line or after another
// field, before a colon, in a message about a card or a payment:
// « Date fin : 03/29 - Sécurité : 127 ». « la sécurité : », « sécurité
// sociale » and « Sécurité : 112 » in a list of emergency numbers are no
// field.
func (sc *scanner) securityField(k int) bool {
	if sc.toks[k].norm != "securite" || !labelMarks[sc.word(k+1)] || k > 0 && isWord(sc.toks[k-1].norm) {
		return false
	}
	for b, t := range sc.toks {
		if cardTalk[t.norm] || paying[t.norm] || expiryWordsAnywhere[t.norm] || sc.dateOfEnd(b) {
			return true
		}
	}
	return false
}

// paying are the words of a payment, which a card's form is for.
var paying = set("paie", "paye", "payer", "paiement", "achat", "regler", "reglement")

// Words that name a code the resident was sent, the verbs that say they
// got it, and what may stand between the verb and the code.
var (
	codeNames     = set("code", "codes", "otp", "cod")
	receivedVerbs = set("recu", "recue", "eu", "envoye", "envoyee", "obtenu")
	// « j'ai », « jai », « g », « on m'a », « vous avez »: the verb's
	// auxiliary, as residents write it.
	// « I tried », « I've typed », Spanish « he probado » (I have tried).
	haveWords    = set("ai", "a", "avons", "avez", "jai", "g", "ja", "avais", "avait", "ont", "i", "ive", "have", "he")
	receivedSkip = set("le", "un", "ce", "ca", ":", "code", "sms", "par", "texto", "mail", "ceci", "cela", "celui")
)

// receivedCodes masks the number the resident says they received, in a
// message that asks about a code: « c koi le code ki faut mettre ? jai
// recu 771204 », « on m'a envoyé 482 913 par sms, c'est le code ? ».
func (sc *scanner) receivedCodes() {
	asked := false
	for k, t := range sc.toks {
		if codeNames[t.norm] && !notCode[sc.word(k+1)] && !otherCodes[sc.word(k+1)] {
			asked = true
			break
		}
	}
	for k := 1; k < len(sc.toks); k++ {
		if !receivedVerbs[sc.toks[k].norm] || !haveWords[sc.toks[k-1].norm] {
			continue
		}
		f := k + 1
		for n := 0; n < 2 && receivedSkip[sc.word(f)]; n++ {
			f++
		}
		if isDigits(sc.word(f)) && yearOrPhone(sc.word(f)) {
			continue
		}
		// Six or eight digits, as sites send them, and nothing after them
		// that makes them an amount or a count: « j'ai reçu 1200 de la
		// CAF », « on a reçu 250000 demandes » stay.
		if s, e, d, ok := sc.codeValue(f, 6, 8); ok && d != 7 && !sc.taken(s) {
			// With no code named, how it came says it is one: « j'ai
			// reçu 007582 par texto ».
			a := sc.tokenFrom(e)
			if asked && (a >= len(sc.toks) || receivedAfter[sc.toks[a].norm]) ||
				sc.word(a) == "par" && (smsWords[sc.word(a+1)] || sc.word(a+1) == "mail") {
				sc.addCode(s, e, Password)
			}
		}
	}
	if !asked {
		return
	}
	sc.moreCodes()
	sc.answeredCodes()
}

// answeredCodes masks a code sent to the resident and given right after
// the question that names it: « Je dois vous donner le code que je viens
// de recevoir ? C'est 769670. » Four to eight digits, not seven.
func (sc *scanner) answeredCodes() {
	for q := 1; q+2 < len(sc.toks); q++ {
		if sc.toks[q].norm != "?" {
			continue
		}
		named, sent := false, false
		for b := q - 1; b >= 0 && !sentenceEnd(sc.toks[b].norm); b-- {
			named = named || codeNames[sc.toks[b].norm] && !notCode[sc.word(b+1)] && !otherCodes[sc.word(b+1)]
			sent = sent || otpWords[sc.toks[b].norm]
		}
		if !named || !sent {
			continue
		}
		if e, ok := sc.atAny(q+1, strongVerbs); ok && e < len(sc.toks) && !yearOrPhone(sc.word(e)) {
			if s, end, d, ok := sc.codeValue(e, 4, 8); ok && d != 7 {
				sc.addCode(s, end, Password)
			}
		}
	}
}

// moreCodes masks the codes sent after a first one the message gives
// (« j'ai reçu 158233, … puis un deuxième 857613 »): six to eight digits,
// not seven, right after « un autre », « un deuxième », « le nouveau ».
func (sc *scanner) moreCodes() {
	if !slices.ContainsFunc(sc.spans, func(s span) bool {
		return s.kind == Password && s.end-s.start >= 6 && isDigits(strings.ReplaceAll(sc.text[s.start:s.end], " ", ""))
	}) {
		return
	}
	for k := 1; k+1 < len(sc.toks); k++ {
		if !nextOnes[sc.toks[k].norm] || !determiners[sc.toks[k-1].norm] {
			continue
		}
		if s, e, d, ok := sc.codeValue(k+1, 6, 8); ok && d != 7 && !yearOrPhone(sc.word(k+1)) && !sc.taken(s) {
			sc.addCode(s, e, Password)
		}
	}
}

// nextOnes name a code sent after another: « un autre », « un deuxième ».
var nextOnes = set("autre", "deuxieme", "second", "seconde", "troisieme", "nouveau")

// receivedAfter may follow a code the resident received: the end of the
// sentence, or words that go on about how it came (« 771204 et 2 min
// après un autre », « 482 913 par sms »).
var receivedAfter = set(".", ",", "?", "!", ":", "et", "par", "sur", "puis", "mais", "hier", "ce", "ca", "c'", "c",
	"je", "j'", "il", "elle", "dans", "a", "en", "ou", "avec", "from", "via")

// smsWords name a message that brings a one-time code, and sayWords the
// verbs that read it out: « le sms dit\n834 512 », « le texto
// m'indique 48213 ».
var (
	smsWords = union(set("sms", "texto", "textos", "message", "notification"), authApps)
	// authApps name the apps and services that show a one-time code:
	// « l'appli authenticator me donne 029 481 », « Certicode Plus :
	// 91 47 30 », « Sécur'Pass affiche 4829 ».
	authApps = set("authenticator", "authentificator", "authentificateur", "authenticateur", "authentication",
		"certicode", "securpass", "securipass", "secur'pass", "otp")
	sayWords = set("dit", "indique", "affiche", "marque", "donne", "ecrit", "montre", "says", ":")
)

// lastWords say how long a one-time code lasts: « valable 10 minutes ».
var lastWords = set("valable", "valide")

// smsCodes masks a one-time code, of four to eight digits but not seven
// (a CAF number), read out of an SMS (« le sms dit\n834 512 »), or given
// with how long it lasts (« 834 512 valable 10 minutes »).
func (sc *scanner) smsCodes() {
	for k, t := range sc.toks {
		if !smsWords[t.norm] {
			continue
		}
		f := k + 1
		for n := 0; f < len(sc.toks) && n < 2 && (sc.word(f) == "m'" || sc.word(f) == "me" || sc.word(f) == "vous" ||
			authApps[t.norm] && (sc.word(f) == "plus" || sc.word(f) == "pro")); n++ {
			f++
		}
		if !sayWords[sc.word(f)] {
			continue
		}
		for f++; f < len(sc.toks) && (sc.word(f) == ":" || sc.lineEnd(f)); f++ {
		}
		sc.oneTime(f)
	}
	if !sc.has(lastWords) {
		return
	}
	for k := range sc.toks {
		if _, e, _, ok := sc.codeValue(k, 4, 8); ok {
			a := sc.tokenFrom(e)
			for a < len(sc.toks) && (sc.word(a) == "," || sc.lineEnd(a)) {
				a++
			}
			if (sc.word(a) == "valable" || sc.word(a) == "valide") && isDigits(sc.word(a+1)) &&
				strings.HasPrefix(sc.word(a+2), "min") {
				sc.oneTime(k)
			}
		}
	}
}

// oneTime masks the code at token f as a one-time code: four to eight
// digits, not seven, not a year or a phone number.
func (sc *scanner) oneTime(f int) {
	s, e, d, ok := sc.codeValue(f, 4, 8)
	if !ok || d == 7 || yearOrPhone(sc.word(f)) || sc.taken(s) {
		return
	}
	sc.addCode(s, e, Password)
}

// lockWords name a code that locks a phone or an app, a PIN of four to
// six digits like a card's.
var lockWords = set("deverrouillage", "verrouillage", "deblocage", "identite", "franceidentite",
	// « le code de mon téléphone 270419 »: the code that opens it.
	"telephone", "tel", "portable", "smartphone", "iphone", "mobile", "tablette")

// Where a card's PIN is typed, and the verbs that say it was.
var (
	pinPlaces = set("carte", "cartes", "cb", "distributeur", "dab", "pin", "retrait", "retirer", "tpe",
		// Where a card's code is typed in a shop: « le terminal dit code
		// faux ». (« caisse » names a bank too: « caisse d'épargne ».)
		"terminal", "terminaux", "automate")
	typedVerbs = set("tape", "tapee", "mis", "mise", "compose", "composee", "saisi", "saisie", "entre", "rentre", "fait",
		"essaye", "essayee", "essaie", "tente", "teste")
	// « on m'a demandé mon code confidentiel, je lui ai dit 5183 »: a
	// code told to someone, in a message that names a card's code.
	toldVerbs = set("dit", "donne", "donnee", "communique", "communiquee", "lu", "epele")
	pinNames  = set("confidentiel", "pin")
	// cvvOwnNames name a CVV and nothing else; countWords, after three
	// digits, make them a count (« j'ai dit 100 fois »).
	cvvOwnNames = set("cryptogramme", "cryptograme", "crypto", "cvv", "cvc", "cvv2", "cvc2")
	countWords  = set("fois", "ans", "euros", "eur", "jours", "mois", "personnes", "km", "metres", "m", "minutes")
	// typedNow say a code is typed, in the present: « je mets 0509 ».
	typedNow = set("mets", "met", "saisis", "compose", "composes", "tapes", "rentres")
	// « j'ai tapé 3 fois 8796 »: how often, between the verb and the code.
	typedOften = set("1", "2", "3", "une", "deux", "trois", "fois", "encore", "bien")
)

// typedCodes masks a code of four digits the resident says they typed, in
// a message about a card or a cash machine: « j'ai tapé 8796 trois fois
// et la carte est bloquée », « il m'a pris ma carte, j'ai mis 0509 »; or
// told to someone in a message that names a card's code (« mon code
// confidentiel, je lui ai dit 5183 »).
func (sc *scanner) typedCodes() {
	checked, place, told, cvv := false, false, false, false
	for k := 1; k+1 < len(sc.toks); k++ {
		w := sc.toks[k].norm
		// « j'ai tapé 8796 », « pour retirer je tape 2580 »
		if p := sc.toks[k-1].norm; !typedVerbs[w] && !toldVerbs[w] && !typedNow[w] ||
			p != "ai" && p != "a" && p != "avais" && p != "avait" && p != "je" && p != "j'" && p != "on" {
			continue
		}
		if !checked {
			checked, place = true, sc.has(pinPlaces) || sc.wrongCodeSaid()
			told = sc.has(pinNames) || place && sc.has(set("code"))
			cvv = sc.has(cvvOwnNames)
		}
		// « … ne jamais donner le cryptogramme, mais le monsieur (…)
		// me l'a demandé, j'ai dit 903 »: three digits told or typed
		// in a message that names a CVV, however far.
		if cvv {
			f := k + 1
			if s, e, _, ok := sc.codeValue(f, 3, 3); ok && !sc.unitAfter(sc.toks[f]) && !countWords[sc.word(sc.tokenFrom(e))] {
				sc.addCode(s, e, CardCode)
				continue
			}
		}
		if !place && !told {
			if cvv {
				continue
			}
			return
		}
		if toldVerbs[w] && (!told || yearOrPhone(sc.word(k+1))) {
			continue
		}
		f := k + 1
		for n := 0; n < 3 && typedOften[sc.word(f)]; n++ {
			f++
		}
		if sc.word(k) == "fait" && sc.word(f-1) != "fois" {
			continue // « j'ai fait 2024 ma demande de carte »
		}
		if s, e, _, ok := sc.codeValue(f, 4, 4); ok && sc.addCode(s, e, CardCode) {
			// « j'ai essayé 9198 et 6653 »: each code tried.
			for k := sc.tokenFrom(e); pinJoins[sc.word(k)] || sc.word(k) == ","; k += 2 {
				s, e, _, ok := sc.codeValue(k+1, 4, 4)
				if !ok || !sc.add(s, e, CardCode, MaskPassword) {
					break
				}
			}
		}
	}
}

// sureCodes masks the PIN the resident is sure of, in a message about a
// card refused after tries: « carte bloquée après 3 essais, pourtant je
// suis sûr que c'est 7233 ». Four digits, not a year.
func (sc *scanner) sureCodes() {
	for k := 0; k+2 < len(sc.toks); k++ {
		if !sureWords[sc.toks[k].norm] || sc.word(k+1) != "que" && sc.word(k+1) != "qu'" {
			continue
		}
		if !sc.has(pinPlaces) || !sc.has(triedWords) {
			return
		}
		if e, ok := sc.atAny(k+2, strongVerbs); ok && !yearOrPhone(sc.word(e)) {
			if s, end, _, ok := sc.codeValue(e, 4, 4); ok {
				sc.addCode(s, end, CardCode)
			}
		}
	}
}

var (
	sureWords  = set("sur", "sure", "certain", "certaine", "persuade", "persuadee")
	triedWords = set("essai", "essais", "tentative", "tentatives", "bloque", "bloquee", "refuse", "refusee", "faux")
)

// rightWords name the right code beside a wrong one: « le vrai c'est
// 0902 », « le bon c'est 4417 », « le nouveau : 5561 ».
var rightWords = set("vrai", "bon", "bonne", "nouveau", "nouvel", "correct", "exact")

// rightCodes masks the right code the resident gives after a wrong one,
// in a message about a card's code: « j'ai tapé 3 fois le mauvais code,
// le vrai c'est 0902, la carte est bloquée ? ». Four to six digits, not
// a year. Without « code », the wrong one must have been found typed
// (« j'avais tapé 1234 mais le vrai c'est 2143 »); a code named before it
// is enough without a card (« j'ai changé le code en agence, le nouveau
// c'est 0522 »).
func (sc *scanner) rightCodes() {
	checked := false
	for k := 0; k+2 < len(sc.toks); k++ {
		if !rightWords[sc.toks[k].norm] || !codeVerbs[sc.toks[k+1].norm] {
			continue
		}
		if !checked {
			typed := slices.ContainsFunc(sc.spans, func(s span) bool { return s.kind == CardCode })
			// « J'ai changé le code en agence, le nouveau c'est 0522 »:
			// a code named before it is enough.
			if named, _ := sc.secretNamedBefore(k); !named && (!sc.has(pinPlaces) || !sc.has(codeNames) && !typed) ||
				sc.has(otherCodes) {
				return
			}
			checked = true
		}
		f := k + 1
		for f < len(sc.toks) && codeVerbs[sc.toks[f].norm] {
			f++
		}
		if s, e, _, ok := sc.codeValue(f, 4, 6); ok && !yearOrPhone(sc.word(f)) {
			sc.addCode(s, e, CardCode)
		}
	}
}

// oldAndNewCodes masks a card's old code and its new one, given
// together in a message about a card's code, with or without a verb:
// « l'ancien était 8350 et le nouveau 0518 », « avant c'était 6621, le
// nouveau 4093 ». Both must be there, four to six digits each, not a
// year; a door's codes (« le code de la porte ») stay.
func (sc *scanner) oldAndNewCodes() {
	if !sc.has(codeNames) {
		return // asked below in any case: no code named, nothing to read
	}
	var found [2][]span // the old codes, the new ones
	for k, t := range sc.toks {
		side := 0
		if newWords[t.norm] || rightWords[t.norm] {
			side = 1
		} else if !oldWords[t.norm] {
			continue
		}
		f := k + 1
		for n := 0; f < len(sc.toks) && n < 3 && codeVerbs[sc.toks[f].norm]; n++ {
			f++
		}
		if s, e, _, ok := sc.codeValue(f, 4, 6); ok && !yearOrPhone(sc.word(f)) {
			found[side] = append(found[side], span{start: s, end: e})
		}
	}
	if len(found[0]) == 0 || len(found[1]) == 0 || !sc.has(pinPlaces) || !sc.has(codeNames) || sc.has(otherCodes) {
		return
	}
	for _, sp := range append(found[0], found[1]...) {
		sc.add(sp.start, sp.end, CardCode, MaskPassword)
	}
}

// cardSecretWords name a secret that is a card's code when a card is
// named after them.
var cardSecretWords = phrases("mot de passe", "mdp", "numero secret", "nombre secret", "chiffres secrets",
	"chiffre secret")

// namesCard reports whether a card is named among the words of pinBetween
// from token j: « … de ma carte bancaire ».
func (sc *scanner) namesCard(j int) bool {
	for n := 0; j < len(sc.toks) && n < 10 && pinBetween[sc.toks[j].norm]; n++ {
		if cardish[sc.toks[j].norm] {
			return true
		}
		j++
	}
	return false
}

// codeAfter masks the code of min to max digits after token j, past the
// words of between. With card, a PIN: of any length from min to max once
// a word said it is a card's, else of four digits only.
func (sc *scanner) codeAfter(j int, between map[string]bool, min, max int, card *bool) bool {
	verb, lines := false, 0
	// Ten words: « le code de la carte de paiement de ma tante … ».
	for n := 0; j < len(sc.toks) && n < 10; n++ {
		// A form copied line by line: « Cryptogramme\n920 »,
		// « Code PIN :\n8264 », « au dos y a écrit\n537 »: one line
		// break.
		if sc.lineEnd(j) && lines == 0 {
			lines++
			j++
			continue
		}
		if s, e, d, ok := sc.codeValue(j, min, max); ok {
			if card != nil && !*card && d != 4 {
				return false
			}
			return sc.addCode(s, e, CardCode)
		}
		t := sc.toks[j].norm
		// « le code de ma carte, c'était pas 4821 ? »: the resident
		// doubts, and still gives it; « pas » right after the verb.
		if t == "pas" && verb && codeVerbs[sc.word(j-1)] {
			j++
			continue
		}
		if !between[t] {
			break
		}
		if card != nil && (cardish[t] || lockWords[t]) {
			*card = true
		}
		verb = verb || codeVerbs[t]
		j++
	}
	// « le code de ma carte c'est … 1203 »: a verb said it is given.
	if card != nil && *card && verb {
		return sc.codeFurther(j, min, max)
	}
	return false
}

// lineEnd reports whether token j is the end of a line.
func (sc *scanner) lineEnd(j int) bool {
	return sc.toks[j].norm == "." && sc.text[sc.toks[j].start] == '\n'
}

// Words that say a code is a one-time code sent to the resident.
var sentCode = set("sms", "texto", "textos", "message", "courrier", "lettre", "mail", "recu", "envoye",
	// « le code ki ma ete envoyer c 4014 », as residents spell it.
	"envoyer")

// otherCodes name codes that are not secrets, wherever they stand in the
// words that describe a code: « le code de la porte de l'immeuble ».
var otherCodes = set("postal", "postaux", "promo", "promotionnel", "barre", "barres", "qr", "porte", "portail",
	"immeuble", "entree", "interphone", "digicode", "wifi", "suivi", "colis", "cadeau", "reduction", "parrainage",
	// A building's shared doors: « le code d'accès au parking de la
	// résidence c'est 7836B », « code du local vélos 1357 ».
	"parking", "garage", "cave", "velo", "velos", "batiment", "cadenas", "casier", "portillon", "ascenseur")

// officialNumbers are the tax forms' numbers and the public services'
// short phone numbers residents call a « code »: « le code 2042 »,
// « code 3949 ».
var officialNumbers = set("2042", "2044", "2047", "2049", "2031", "2035", "2065", "2072", "2074", "2086", "2041",
	"3919", "3939", "3949", "3646", "3230", "3237", "3960", "3620", "3114", "3977", "3624", "3631", "3634", "3639",
	"3900", "3020", "3018", "3224", "3246", "3623", "3635", "3670", "3975", "3989", "3990", "3995")

// officialAfter reports whether « code » at token k is followed right
// away, at token j, by one of officialNumbers, in a message that names no
// card: « le code 2042 de la déclaration ».
func (sc *scanner) officialAfter(k, j int) bool {
	return sc.toks[k].norm == "code" && j == k+1 && officialNumbers[sc.word(j)] && !sc.has(pinPlaces)
}

// otherCodeAhead reports whether the words that describe a code from
// token j, up to the verb or the value, name a code that is no secret:
// « code d'accès au parking de la résidence c'est … ».
func (sc *scanner) otherCodeAhead(j int) bool {
	for f := j; f < len(sc.toks) && f < j+8; f++ {
		n := sc.toks[f].norm
		if otherCodes[n] && n != "wifi" { // a box's wifi key is one
			return true
		}
		// « mot de passe du mail cerise et code postal 59000 »: another
		// code named after « et » is another item.
		if !isWord(n) || codeVerbs[n] || n == "et" || n == "mais" {
			return false
		}
	}
	return false
}

// codeGiven masks a code given after words that describe it, once they
// say it is a card's or one sent to the resident: « le code à 4 chiffres
// de l'appli bancaire : 0661 », « le code qu'ils m'ont envoyé pour la
// nouvelle carte c 3625 », « le code reçu par SMS c'est 481 526 ». The
// value must come right after a verb or a colon, in the same sentence.
func (sc *scanner) codeGiven(j int, card bool) bool {
	sent, use, other, count := false, false, false, 0
	for f := j; f < len(sc.toks) && f < j+14; f++ {
		n := sc.toks[f].norm
		switch {
		case isDigits(n) && f+1 < len(sc.toks) && (sc.toks[f+1].norm == "chiffres" || sc.toks[f+1].norm == "chiffre"):
			// « à 4 chiffres » describes the code, and says how long it is.
			if len(n) == 1 {
				count = int(n[0] - '0')
			}
		case isDigits(n) && count >= 4 && (card || sent || use) && !other && strings.HasPrefix(sc.word(f-1), "chiffre"):
			// « code appli bancaire (6 chiffres) 482 915 »: as many
			// digits as it said, right after.
			if s, e, d, ok := sc.codeValue(f, count, count); ok && d == count {
				return sc.addCode(s, e, CardCode)
			}
			return false
		case isDigits(n) && sc.whenDate(f) > f:
			// « reçu par courrier le 02/10 pour ma carte est 6047 »:
			// when it came, no code.
			f = sc.whenDate(f) - 1
		case isDigits(n) && sc.asidePhone(f) > f:
			// « le code pour valider (reçu sur mon 06 44 …) c'est … »
			f = sc.asidePhone(f) - 1
		case n == "." || n == "?" || n == "!" || n == "depuis" || trouble[n] || otherCodes[n] || isDigits(n):
			return false
		case cardish[n]:
			card = true
		case sentCode[n]:
			sent = true
		case codeUses[n]:
			use = true
		case notCode[n] && n != "banque":
			// « le code à 5 chiffres de la commune c'est 69123 » is an
			// INSEE code; « l'appli banque » still opens an account.
			other = true
		case codeVerbs[n] && !other && (card || sent || use || count >= 4):
			for f < len(sc.toks) && codeVerbs[sc.toks[f].norm] {
				f++
			}
			if card {
				if s, e, _, ok := sc.codeValue(f, 4, 6); ok {
					return sc.addCode(s, e, CardCode)
				}
			}
			s, e, d, ok := sc.codeValue(f, 4, 8)
			// A code « à 6 chiffres » given with six digits is one, what
			// ever it opens.
			if ok && (sent || use && d != 7 && !yearOrPhone(sc.word(f)) || d == count) {
				return sc.addCode(s, e, Password)
			}
			return false
		}
	}
	return false
}

// codeUses say what a code opens or confirms, making it a secret: « le
// code pour déverrouiller le tel », « le code de l'appli banque pour
// valider le virement c'est … ».
var codeUses = set("appli", "application", "app", "deverrouiller", "debloquer", "verrouiller", "valider",
	"confirmer", "connecter", "acceder", "activer", "authentifier", "signer", "deverrouillage", "connexion",
	"validation", "confirmation", "verification", "authentification", "activation",
	// A backup code, given once to open an account when all else fails:
	// « le code de secours c'est 658004 », « recovery code ».
	"secours", "recuperation", "sauvegarde", "backup", "recovery")

// codeFurther masks the first code of min to max digits among the ten
// words after token j, in the same sentence, unless a word says the code
// is in trouble rather than given (« c'est bloqué depuis 2023 »), or
// another code's (« … et le code postal 75011 »).
func (sc *scanner) codeFurther(j, min, max int) bool {
	for k := j; k < len(sc.toks) && k < j+10; k++ {
		// « … et le code postal 75011 » further on is another code's.
		if n := sc.toks[k].norm; n == "." || n == "?" || n == "!" || trouble[n] || n == "depuis" || otherCodes[n] {
			return false
		}
		if s, e, _, ok := sc.codeValue(k, min, max); ok {
			return sc.addCode(s, e, CardCode)
		}
	}
	return false
}

// codeBefore masks the code of least to most digits written before the
// words from token k to j that name it: « 294 c'est le cryptogramme »,
// « zéro quatre deux un le code de ma carte », and right before them when
// they name a card: « c'est 441 derrière la carte ».
func (sc *scanner) codeBefore(k, j, least, most int, kind Kind) bool {
	i := k - 1
	// « 537\nc'est le cryptogramme »: the code may stand on the line
	// above its name.
	for n, lines := 0, 0; i >= 0 && n < 5 && (backSkip[sc.toks[i].norm] || lines == 0 && sc.lineEnd(i)); n++ {
		if sc.lineEnd(i) {
			lines++
		}
		i--
	}
	if i < 0 || i == k-1 && !sc.namesCard(j) {
		return false
	}
	// The code ends at token i: one number, or digits apart or in words
	// (« 5 0 4 1 », « huit deux zéro un »), read from their first token.
	for b := max(0, i-7); b <= i; b++ {
		if _, w := sc.numberChunk(b); !isDigits(sc.toks[b].norm) && w == 0 {
			continue
		}
		if s, e, _, ok := sc.codeValue(b, least, most); ok && e == sc.toks[i].end {
			return !sc.givenTo(b) && sc.addCode(s, e, kind)
		}
	}
	return false
}

// givenTo reports whether the value at token b is given to a name that
// stands before it, past a verb, and names no secret: « code postal
// c'est 93200, le code … », « le plafond 3000, le code … ».
func (sc *scanner) givenTo(b int) bool {
	// « SMS de la banque : « 604 218 est votre code » »: a quote opens
	// what another says.
	if b > 0 && strings.ContainsAny(sc.text[sc.toks[b-1].end:sc.toks[b].start], "«\"“") {
		return false
	}
	f := b - 1
	for n := 0; f >= 0 && n < 3 && codeVerbs[sc.toks[f].norm]; n++ {
		f--
	}
	if f < 0 {
		return false
	}
	// « SMS reçu : 193 882 est votre code » was sent, not a receipt.
	n := sc.toks[f].norm
	return !otpWords[n] && (notCode[n] || otherCodes[n] || otherNumbers[n] || quantities[n])
}

// quantities are the names of an amount or a count, whose number is no
// code: « le plafond 3000 ».
var quantities = set("plafond", "montant", "prix", "total", "loyer", "solde", "somme", "salaire", "facture",
	"frais", "retrait", "virement", "remboursement", "reste", "dette", "credit", "limite")

// otpWords say a code is one sent to the resident to confirm who they
// are, or a payment: « code de validation », « code reçu par SMS »,
// « code de confirmation FranceConnect ».
var otpWords = set("sms", "texto", "textos", "recu", "recue", "envoye", "envoyee", "validation", "confirmation",
	"verification", "securite", "activation", "unique", "temporaire", "provisoire", "otp", "authentification",
	"connexion", "acces", "double", "verif", "confirmer", "valider", "recevoir",
	// « ils m'envoient un code par mail 671691 »: sent, in the present.
	"envoie", "envoient", "renvoie", "renvoient", "mail", "email", "courriel",
	// The apps that show one: « mon code Certicode c'est 914730 ».
	"authenticator", "authentificator", "authentificateur", "certicode", "securipass",
	// « I receive code 463239 on my phone », in English.
	"receive",
	// « code 3D Secure », a payment's one-time code.
	"3d", "3ds", "secure", "securise",
	// English: « the code they sent me is 552109 ».
	"sent", "received", "texted", "one-time",
	// « one-time code », its hyphen dropped by the tokenizer.
	"time")

// oneTimeCode masks a code sent to the resident, of four to eight digits,
// named « code » with words around it that say it was sent or what it
// confirms, before or after (« j'ai reçu le code par sms 554470 », « Code
// de sécurité pour votre paiement de 49,90 EUR chez EDF : 387179 »); or
// named with a service's name alone (« code doctolib 700516 »), of six
// or eight digits.
func (sc *scanner) oneTimeCode(k, j int) bool {
	sent := false
	first := k
	// A slash with spaces sets fields apart (« num fiscal … / code reçu
	// par sms … »): the field before names another number, not this code.
	for first > 0 && first > k-8 && !strings.Contains(".?!", sc.toks[first-1].norm) && !sc.fieldSlash(first-1) {
		first--
	}
	// How it came may be told in a clause of its own: « le code qui est
	// arrivé par sms 208079 ».
	for b := first; b < min(len(sc.toks), j+6); b++ {
		switch n := sc.toks[b].norm; {
		case b > j && sc.fullStop(b):
			// « code sms 009-941. Facture 2024/3378 … »: the next
			// sentence's papers name another number.
			b = len(sc.toks)
		case b > j && sc.word(b-1) == "pour" && confirmVerbs[n]:
			// « le code 884302 pour confirmer ma demande »: what it
			// confirms is named after, and names no other number.
			sent, b = true, len(sc.toks)
		case otpWords[n] || (n == "arrive" || n == "arrivee") && b == j:
			// « le code arrivé dans ma boîte mail 552910 »: it came.
			sent = true
		case sc.cameOn(b) >= 0:
			// « le code reçu sur mon tel 96658 »: the phone it came to,
			// and « arrivé sur le téléphone » says it was sent.
			sent = sent || arrivalWords[sc.word(sc.cameOn(b)-1)]
		case b > j && sent && notCode[n] && !otherNumbers[n] && !otherCodes[n]:
			// A sender named after what the code confirms: « code de
			// confirmation France Travail », not « code du travail ».
		case sc.identityService(b):
		case b > j && askedOf[sc.word(b+1)]:
			// « que la banque m'a envoyé »: who sent it to the resident.
		case sc.askingVerb(b):
			// « la banque demande le code 90806 reçu par sms »: asked for,
			// not « le numéro de demande ».
		case (otherCodes[n] || otherNumbers[n] || b >= j && notCode[n]) && !(parcelWords[n] && smsNamed[sc.word(k+1)]):
			// « code banque » is a bank's code, « la banque m'a envoyé un
			// code » one sent; a « code sms » is one sent even for a
			// parcel.
			return false
		}
	}
	if sent {
		// « 193 882 est votre code »: the code may come first.
		return sc.codeInWindow(j, 4, 8, Password) || sc.codeBefore(k, j, 4, 8, Password)
	}
	// « code doctolib 700516 »: one word, a name, then the code of six
	// or eight digits a site sends (« code classe 1234 » stays).
	if j+1 < len(sc.toks) && isWord(sc.toks[j].norm) && !notValue[sc.toks[j].norm] && !papers[sc.toks[j].norm] {
		if s, e, d, ok := sc.codeValue(j+1, 6, 8); ok && d != 7 {
			return sc.addCode(s, e, Password)
		}
	}
	return false
}

// smsNamed are the words right after « code » that name it by how it
// came: « code sms », « code texto », « code otp ».
var smsNamed = set("sms", "texto", "otp")

// fieldSlash reports whether token b is a slash with spaces on both
// sides, as between the fields of a list: « n° fiscal … / code … ».
func (sc *scanner) fieldSlash(b int) bool {
	t := sc.toks[b]
	return t.norm == "/" && t.start > 0 && t.end < len(sc.text) && isSpace(runeAt(sc.text, t.start-1)) && isSpace(runeAt(sc.text, t.end))
}

// confirmVerbs say what a code sent to the resident is for, after
// « pour »: « pour confirmer ma demande », « pour valider le virement ».
var confirmVerbs = set("confirmer", "valider", "signer", "activer", "finaliser", "authentifier", "certifier")

// fullStop reports whether token b ends a sentence with a mark the
// resident wrote (« . », « ? », « ! »), not a line break.
func (sc *scanner) fullStop(b int) bool {
	n := sc.toks[b].norm
	return n == "?" || n == "!" || n == "." && sc.text[sc.toks[b].start] == '.'
}

// askingVerb reports whether token b is « demande » said as a verb, a
// determiner after it (« la banque demande le code », « on me redemande
// mon code »), not the paper (« numéro de demande »).
func (sc *scanner) askingVerb(b int) bool {
	n := sc.word(b)
	// « ameli me demande de le taper »: a pronoun before makes it a verb.
	return (n == "demande" || n == "redemande" || n == "demandent") &&
		(askedThings[sc.word(b+1)] || askedOf[sc.word(b-1)] || askers[sc.word(b-1)] || services[sc.word(b-1)])
}

// askers stand before « demande » as its subject: « le site demande »,
// « ameli demande » (services), « on demande ».
var askers = set("on", "il", "elle", "ils", "elles", "site", "appli", "application", "formulaire", "qui")

// askedOf are the pronouns before a verb that asks something of the
// resident: « ameli me demande de le taper ».
var askedOf = set("me", "m'", "nous", "vous", "te", "t'")

// askedThings are the determiners after a verb that asks for something.
var askedThings = set("le", "la", "l'", "les", "un", "une", "mon", "ma", "mes", "votre", "vos", "ce", "cette", "son", "sa")

// codeInWindow masks the first code of min to max digits among the twelve
// words after token j, in the same sentence, past the words that describe
// it (« à 4 chiffres sur le devant », « pour votre paiement de 49,90 EUR
// chez EDF »): a number that counts something or has a unit is skipped,
// any other number ends the search, and so does a word that says the code
// is in trouble rather than given.
func (sc *scanner) codeInWindow(j, min, max int, kind Kind) bool {
	sent := kind == Password && j > 0 && otpWords[sc.toks[j-1].norm]
	limit := j + 12 // a phone's number is one word
	for k := j; k < len(sc.toks) && k < limit+6; k++ {
		t := sc.toks[k]
		// Twelve words on, only a value after a colon or « c'est » a
		// few words further: « Code à usage unique reçu par mail pour me
		// connecter à mon espace France Travail : 418220 ».
		if k >= limit && !givenMarks[sc.word(k-1)] && !sc.givenWithin(k, limit+6) {
			return false
		}
		if sc.identityService(k) || kind == Password && sc.cameOn(k) >= 0 {
			continue // « code à usage unique de l'Identité Numérique : », « reçu sur mon tel »
		}
		// « Votre code de sécurité La Poste :\n250225 »: the code on the
		// line after its name, or after a colon.
		if t.norm == "." && !(sc.lineEnd(k) && (k == j || sc.word(k-1) == ":")) || t.norm == "?" || t.norm == "!" ||
			trouble[t.norm] && !(t.norm == "plus" && authApps[sc.word(k-1)]) || // « Certicode Plus »
			t.norm == "depuis" || otherCodes[t.norm] || otherNumbers[t.norm] && !otpWords[t.norm] && !sc.asks(k) ||
			notCode[t.norm] && !otpWords[t.norm] && !sent {
			return false
		}
		// Once the code is said to confirm something, a sender's name may
		// follow: « code de validation Banque Populaire 552 109 ».
		sent = sent || kind == Password && otpWords[t.norm]
		// « reçu le 02/06/2025 : 481526 »: when it came, no code.
		if _, end, ok := fullDateAt(sc.text, t.start); ok && isDigits(t.norm) {
			k = sc.tokenFrom(end) - 1
			continue
		}
		if s, e, _, ok := sc.codeValue(k, min, max); ok {
			return sc.addCode(s, e, kind)
		}
		e := sc.phoneCameTo(k)
		if e < 0 {
			e = sc.asidePhone(k)
		}
		if e > k {
			// « reçu sur le 06 33 21 88 14 c'est 113439 », « (reçu sur
			// mon 06 33 21 88 14) c'est 113439 »
			limit += e - k - 1
			k = e - 1
			continue
		}
		if isDigits(t.norm) {
			if next := sc.word(k + 1); next == "chiffres" || next == "chiffre" || next == "caracteres" ||
				next == "digits" || sc.unitAfter(t) {
				continue
			}
			if k+1 < len(sc.toks) && isDigits(sc.word(k+1)) && sc.unitAfter(sc.toks[k+1]) {
				continue // « 49,90 EUR »
			}
			return false
		}
	}
	return false
}

// asks reports whether token k is « demande » the verb, a pronoun before
// it (« le site le demande, c'est 556 »), not a request's number (« la
// demande n° … »).
func (sc *scanner) asks(k int) bool {
	return sc.askingVerb(k) || sc.toks[k].norm == "demande" && askedIt[sc.word(k-1)]
}

// askedIt are the pronouns that stand for what is asked, before
// « demande » the verb.
var askedIt = set("le", "les", "l'")

// givenWithin reports whether one of givenMarks stands among tokens k
// to end-1, in the same sentence.
func (sc *scanner) givenWithin(k, end int) bool {
	for ; k < end && k < len(sc.toks) && !sentenceEnd(sc.toks[k].norm); k++ {
		if givenMarks[sc.toks[k].norm] {
			return true
		}
	}
	return false
}

// givenMarks give a value that follows them: a colon, « c'est ».
var givenMarks = set(":", "=", "est", "cest", "etait")

// phoneCameTo returns the token after a phone number that starts at
// token k, one number or its pairs apart, when it is the phone a code
// came to (« reçu sur le 06 33 21 88 14 », « envoyé au 0612345678 »);
// else -1.
func (sc *scanner) phoneCameTo(k int) int {
	if p := sc.word(k - 1); p != "au" && p != "sur" && (p != "le" || sc.word(k-2) != "sur") {
		return -1
	}
	e := sc.phoneRun(k)
	if e < 0 || sc.text[sc.toks[k].start] != '0' {
		return -1
	}
	return e
}

// phoneRun returns the token after the ten digits of a phone's number
// that start at token k, in one run or in groups a code's separators
// apart; else -1.
func (sc *scanner) phoneRun(k int) int {
	n, e := 0, k
	for ; e < len(sc.toks) && n < 10 && isDigits(sc.toks[e].norm); e++ {
		if e > k && !sc.codeSep(sc.toks[e-1].end, sc.toks[e].start) {
			break
		}
		n += len(sc.toks[e].norm)
	}
	if n != 10 {
		return -1
	}
	return e
}

// asidePhone returns, when token k starts a phone's number (ten digits
// from 0, in one run or in groups) set in brackets, as a resident puts
// aside where a code came or who asked for it (« le code (reçu sur mon
// 06 44 91 27 30) c'est … », « le monsieur au téléphone (09 70 80 21 57)
// me l'a demandé »), the token after it; else -1. A code is never ten
// digits, and the brackets say the number is no value given.
func (sc *scanner) asidePhone(k int) int {
	if k >= len(sc.toks) || sc.text[sc.toks[k].start] != '0' {
		return -1
	}
	e := sc.phoneRun(k)
	if e < 0 {
		return -1
	}
	open := strings.LastIndexAny(sc.text[max(0, sc.toks[k].start-40):sc.toks[k].start], "()")
	end := sc.toks[e-1].end
	shut := strings.IndexAny(sc.text[end:min(len(sc.text), end+40)], "()")
	if open < 0 || sc.text[max(0, sc.toks[k].start-40)+open] != '(' || shut < 0 || sc.text[end+shut] != ')' {
		return -1
	}
	return e
}

// cameOn returns, when token k names the phone a code came to rather
// than a phone's number (« reçu sur mon tel », « envoyé sur le
// portable », « par téléphone »), the token of its « sur » or « par »;
// else -1.
func (sc *scanner) cameOn(k int) int {
	if !phoneNames[sc.word(k)] {
		return -1
	}
	b := k - 1
	if owners[sc.word(b)] {
		b--
	}
	if sc.word(b) == "sur" || sc.word(b) == "par" {
		return b
	}
	return -1
}

// phoneNames name a phone; owners stand between « sur » and its name;
// arrivalWords, before « sur mon tel », say a code was sent.
var (
	phoneNames   = set("tel", "telephone", "portable", "mobile", "smartphone", "phone")
	owners       = set("mon", "le", "ma", "son", "sa", "notre", "votre")
	arrivalWords = set("arrive", "arrivee", "recu", "recue", "envoye", "envoyee", "tombe")
)

// identityService reports whether token k is « identité » in the name of
// a service that sends codes (« l'Identité Numérique La Poste », « France
// Identité »), not an identity card's.
func (sc *scanner) identityService(k int) bool {
	return sc.word(k) == "identite" && (sc.word(k+1) == "numerique" || sc.word(k-1) == "france")
}

// cardProducts are the names of payment cards' ranges.
var cardProducts = set("premier", "classic", "infinite", "gold", "electron", "platinum", "business", "debit",
	"credit", "prepayee", "black", "world", "elite", "ultim")

// visaCard reports whether « visa » at token b names a payment card: a
// card or a card's range named next to it, across a line break
// (« Ma carte\nVisa Premier »).
func (sc *scanner) visaCard(b int) bool {
	// « ma visa » is a card, « mon visa » a paper.
	if p := sc.word(b - 1); p == "ma" || p == "la" || p == "une" || p == "sa" {
		return true
	}
	for k := max(0, b-3); k < min(len(sc.toks), b+3); k++ {
		if n := sc.toks[k].norm; k != b && (cardTalk[n] && n != "visa" || cardProducts[n]) {
			return true
		}
	}
	return false
}

// expiryBefore masks an expiry date written before the words that name
// it, in a message about a card: « 09/28 c'est la date d'expiration de ma
// carte », « 0529 = date de validité ».
func (sc *scanner) expiryBefore(k int) {
	i := k - 1
	for n := 0; i >= 0 && n < 5 && (backSkip[sc.toks[i].norm] || sc.toks[i].norm == "date" || sc.toks[i].norm == "d'" ||
		sc.toks[i].norm == "de" || sc.toks[i].norm == "pour"); n++ {
		i--
	}
	if i < 0 || i == k-1 || sc.toks[i].norm == "." {
		return
	}
	// The date ends at token i: « 09/28 » is three tokens.
	for b := max(0, i-2); b <= i; b++ {
		if s, e, ok := dateAt(sc.text, sc.toks[b].start); ok && s == sc.toks[b].start && e == sc.toks[i].end &&
			!dayMonth(sc.text[s:e]) {
			sc.add(s, e, Card, MaskPassword)
			return
		}
	}
}

// dateYear reports whether bytes s to e are the year of a date, which
// no code is: « reçu le 02/06/2025 : 481526 », « du 22 mai 2025 :
// numéro de sécurité sociale … ».
func (sc *scanner) dateYear(s, e int) bool {
	if e-s != 4 || !yearOrPhone(sc.text[s:e]) || s < 2 {
		return false
	}
	if strings.ContainsRune("/.-", rune(sc.text[s-1])) && isDigit(sc.text[s-2]) {
		return true
	}
	k := sc.tokenFrom(s)
	return k >= 1 && k < len(sc.toks) && sc.toks[k].start == s && monthNames[sc.toks[k-1].norm]
}

// addCode masks a code from byte s to e, and the other guess the resident
// gives with it, of as many digits: « c'est 1 9 3 8 ou 1 9 8 3 ».
// secondHalves masks the second half of a code of eight digits printed
// in two halves of four, when the first half was masked as a code of its
// own (« mon code c'est 4821 9930 » left « 9930 » in clear): the four
// digits right after it, one space, dot or hyphen apart, with no digits
// before the first half nor after the second, and no year.
func (sc *scanner) secondHalves() {
	for _, sp := range sc.spans {
		if sp.mask != MaskPassword || sp.end-sp.start != 4 || !isDigits(sc.text[sp.start:sp.end]) {
			continue
		}
		k := sc.tokenFrom(sp.start)
		if k >= len(sc.toks) || sc.toks[k].end != sp.end || !sc.fourAndFour(k) {
			continue
		}
		sc.add(sc.toks[k+1].start, sc.toks[k+1].end, sp.kind, MaskPassword)
	}
}

func (sc *scanner) addCode(s, e int, kind Kind) bool {
	if sc.namedOtherAfter(e) || !sc.add(s, e, kind, MaskPassword) {
		return false
	}
	digits := 0
	for i := s; i < e; i++ {
		if isDigit(sc.text[i]) {
			digits++
		}
	}
	// « si c'est 3391 ou 3319 le code »: the guess before it.
	if k := sc.tokenFrom(s) - 1; k >= 1 && (sc.word(k) == "ou" || sc.word(k) == "/" || sc.word(k) == "voire") {
		for b := max(0, k-8); b < k; b++ {
			if s2, e2, d, ok := sc.codeValue(b, digits, digits); ok && d == digits && e2 == sc.toks[k-1].end {
				sc.add(s2, e2, kind, MaskPassword)
				break
			}
		}
	}
	// « c'est 8315 au lieu de 2468 »: the old code after the new one.
	if k := sc.tokenFrom(e); digits > 0 && sc.word(k) == "au" && sc.word(k+1) == "lieu" {
		k += 2
		if w := sc.word(k); w == "de" || w == "d'" || w == "du" {
			k++
		}
		if s2, e2, d, ok := sc.codeValue(k, digits, digits); ok && d == digits {
			sc.add(s2, e2, kind, MaskPassword)
		}
	}
	if k := sc.tokenFrom(e); digits > 0 && (orOther[sc.word(k)] && sc.word(k) != "," || sc.word(k) == "/" || sc.word(k) == "voire") {
		if s2, e2, d, ok := sc.codeValue(k+1, digits, digits); ok && d == digits {
			sc.add(s2, e2, kind, MaskPassword)
		}
	} else if k := sc.orAfterAside(sc.tokenFrom(e)); k > 0 && digits > 0 {
		// « c'est 1957 son année de naissance ou 7591 »: what the
		// first guess is, then the other.
		if s2, e2, d, ok := sc.codeValue(k, digits, digits); ok && d == digits {
			sc.add(s2, e2, kind, MaskPassword)
		}
	}
	return true
}

// namedOtherAfter reports whether the code ending at byte e is said
// right after, in the same sentence, to be printed on a paper or a code
// that is no secret:
// « j'ai le code 75056 pour Paris, c'est le code INSEE ? », « … 4821 sur
// le courrier, c'est le code postal ? ».
func (sc *scanner) namedOtherAfter(e int) bool {
	k := sc.tokenFrom(e)
	// « c'est quoi le code 1234 sur mon avis d'imposition ? »: a code
	// printed on a paper, in a message that names no card.
	if sc.word(k) == "sur" && printedPapers[sc.word(k+2)] && (owners[sc.word(k+1)] || paperArticles[sc.word(k+1)]) && !sc.bankCardNamed() {
		return true
	}
	for f := k; f < len(sc.toks) && f < k+8; f++ {
		n := sc.toks[f].norm
		if sentenceEnd(n) || isDigits(n) {
			return false
		}
		if n != "code" || f+1 >= len(sc.toks) {
			continue
		}
		// « c'est le code INSEE », « c'est un code promo »: a verb and
		// an article before the name.
		if a := sc.word(f - 1); (a == "le" || a == "un") && codeVerbs[sc.word(f-2)] && notCode[sc.toks[f+1].norm] {
			return true
		}
	}
	return false
}

// paperArticles come before a paper's name as owners do: « sur la
// feuille de soins », « sur l'avis ».
var paperArticles = set("l'", "la", "le", "une", "un", "cette", "ce")

// bankCardNamed reports whether the message names a bank card or its
// PIN; a card that is a paper (« carte vitale », « carte de fidélité »,
// « carte grise ») names none.
func (sc *scanner) bankCardNamed() bool {
	if !sc.has(cardish) {
		return false
	}
	for k, t := range sc.toks {
		if !cardish[t.norm] {
			continue
		}
		if t.norm != "carte" && t.norm != "cartes" && t.norm != "card" {
			return true
		}
		w := sc.word(k + 1)
		if w == "de" || w == "d'" {
			w = sc.word(k + 2)
		}
		if !papers[strings.TrimPrefix(w, "d'")] {
			return true
		}
	}
	return false
}

// printedPapers are papers a code is printed on for the office that
// sent them, not to open an account: « le code 8821 sur ma facture ».
// A letter may bring a PIN or a first password, and is none of them.
var printedPapers = set("avis", "facture", "factures", "attestation", "releve", "bulletin", "quittance",
	"declaration", "formulaire", "ordonnance", "bordereau", "ticket", "feuille", "fiche", "echeancier")

// orAfterAside returns, when the words from token k say in up to five
// words what a code just given is (« son année de naissance », « je
// crois ») and « ou » follows them, the token after « ou »; else -1.
// A number, a mark or another paper's name among them ends the aside.
func (sc *scanner) orAfterAside(k int) int {
	for f := k; f < len(sc.toks) && f <= k+5; f++ {
		n := sc.toks[f].norm
		if n == "ou" && f > k {
			if w := sc.word(f + 1); w == "bien" || w == "alors" || w == "sinon" {
				f++
			}
			return f + 1
		}
		if !isWord(n) || isDigits(n) || otherCodes[n] || otherNumbers[n] || notCode[n] {
			return -1
		}
	}
	return -1
}

// monthYearSpaced reads at token k a month and a year of two digits each
// with a space between them and no other number beside them, as an
// expiry is said after its name: « exp date 08 27 ».
func (sc *scanner) monthYearSpaced(k int) (start, end int, ok bool) {
	if k+1 >= len(sc.toks) {
		return 0, 0, false
	}
	m, y := sc.toks[k], sc.toks[k+1]
	g := sc.groupAt(m.start)
	if g < 0 || len(m.norm) != 2 || len(y.norm) != 2 || !isDigits(m.norm) || !isDigits(y.norm) ||
		m.norm < "01" || m.norm > "12" || sc.text[m.end:y.start] != " " || sc.unitAfter(y) {
		return 0, 0, false
	}
	if g > 0 && sc.groups[g].linked && sc.groups[g-1].digits ||
		g+2 < len(sc.groups) && sc.groups[g+2].linked && sc.groups[g+2].digits {
		return 0, 0, false
	}
	return m.start, y.end, true
}

// wrongCodes are what a machine says of a code typed wrong: « la machine
// dit code faux », « mauvais code ».
var wrongCodes = phrases("code faux", "code errone", "code incorrect", "code invalide", "mauvais code",
	"code refuse", "faux code")

// wrongCodeSaid reports whether the message says a code typed was wrong.
func (sc *scanner) wrongCodeSaid() bool {
	if !sc.has(wrongCodeWords) {
		return false
	}
	for k := range sc.toks {
		if _, ok := sc.atAny(k, wrongCodes); ok {
			return true
		}
	}
	return false
}

var wrongCodeWords = set("faux", "errone", "incorrect", "invalide", "mauvais", "refuse")
