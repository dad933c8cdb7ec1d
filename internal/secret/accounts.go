package secret

import (
	"strings"
	"unicode"
)

// accountCodes masks the digits given as the code of an account, a card
// or a one-time code, whatever words name the account between « code »
// and the digits: « mon code caf 98765432 », « identifiant 1234567 code
// 98765432 », « le code de mon compte ameli 48213579 », « le code
// 880614 expire dans 5 minutes ». A one-time code's own name serves as
// « code » (« Certicode Plus 9491 9353 », « le Certicode c'est
// 78496754 »). Four to eight digits, not a year, a phone number, an
// amount or a count; « code postal », « code promo », « code de la
// porte », « code de la route » and a parcel's code stay, and so does a
// number that only follows « code » in another sentence.
func (sc *scanner) accountCodes() {
	for k := 0; k < len(sc.toks); k++ {
		n := sc.toks[k].norm
		f, named := sc.atAny(k, otpPhrases)
		if !named && (codeNames[n] || authApps[n] || otpNames[n]) {
			f, named = k+1, true
		}
		if !named || sc.namedBefore(k) {
			continue
		}
		secret, lines := !codeNames[n], 0
		for steps := 0; f < len(sc.toks) && steps < 8; steps++ {
			w := sc.toks[f].norm
			if sc.lineEnd(f) && lines == 0 {
				lines++ // « le code\n482193 »: a form's line
				f++
				continue
			}
			if w == "banque" && sc.word(f+1) == "en" && sc.word(f+2) == "ligne" {
				f, secret = f+3, true // « mon code banque en ligne »
				continue
			}
			if isDigits(w) && len(w) == 1 && strings.HasPrefix(sc.word(f+1), "chiffre") {
				f += 2 // « code à 6 chiffres 482915 »
				continue
			}
			if sc.notAccount(f) {
				f = len(sc.toks) // a postcode's, a door's, another paper's
				break
			}
			if !accountBridge[w] && !codeQualifiers[w] && !onlineServices[w] && !codeVerbs[w] {
				break
			}
			secret = secret || secretKinds[w] || onlineServices[w]
			f++
		}
		// « code d'activation 4K7P-9ZQ2 »: letters and digits, once the
		// words say what the code opens or that it was sent.
		if f >= len(sc.toks) {
			continue
		}
		// A parcel's or a voucher's code (parcelKept) is looked for only
		// once a value is there: the sentence is read for it.
		if secret && !isDigits(sc.toks[f].norm) {
			if mixed(sc.toks[f].norm) && !sc.parcelKept(k) {
				if end, ok := sc.passwordAt(f, true); ok {
					k = sc.tokenFrom(end) - 1
				}
			}
			continue
		}
		if isDigits(sc.word(f)) && yearOrPhone(sc.word(f)) || sc.officialAfter(k, f) {
			continue
		}
		s, e, d, ok := sc.codeValue(f, 4, 8)
		if !ok || sc.taken(s) || d == 7 && sc.has(allocWords) && !codeNames[sc.word(f-1)] {
			continue
		}
		if a := sc.tokenFrom(e); countedBy[sc.word(a)] || amountAfter[sc.word(a)] || d == 5 && sc.has(placeWords) ||
			sc.parcelKept(k) {
			continue
		}
		sc.addCode(s, e, Password)
		k = f
	}
}

// parcelKept reports whether « code » at token k is a parcel's or a
// voucher's, which stays.
func (sc *scanner) parcelKept(k int) bool {
	return codeNames[sc.toks[k].norm] && (sc.parcelCode(k) || sc.voucherBefore(k))
}

// notAccount reports whether token f, after « code » and the words that
// describe it, makes it a postcode's, a door's, a bank field's or
// another paper's code: « code postal », « code de la porte », « code
// banque », « code du travail ». « reçu » is one that came, not a
// receipt; « ma banque » and « France Travail » are accounts.
func (sc *scanner) notAccount(f int) bool {
	switch w := sc.toks[f].norm; {
	case w == "recu" || w == "recue":
		return false
	case w == "banque":
		return !bankOwners[sc.word(f-1)]
	case w == "travail":
		return sc.word(f-1) != "france"
	default:
		return notCode[w] || otherCodes[w] || otherNumbers[w]
	}
}

// voucherBefore reports whether the sentence names a voucher before the
// code at token k, whose code is no secret: « Pour le Pass Culture le
// code reçu par mail c'est PC24-8HJ2 », « la carte cadeau, code … ».
func (sc *scanner) voucherBefore(k int) bool {
	for b := k - 1; b >= 0 && b >= k-8 && !sentenceEnd(sc.toks[b].norm); b-- {
		// « Pass Culture », « Pass'Sport »: a scheme's voucher.
		if n := sc.toks[b].norm; vouchers[n] || strings.HasPrefix(n, "pass") && notCode[sc.word(b+1)] ||
			strings.HasPrefix(n, "pass'") || n == "passsport" || n == "passculture" {
			return true
		}
	}
	return false
}

var vouchers = set("culture", "cadeau", "cadeaux", "coupon", "achat", "reduction", "promo", "parrainage", "fidelite",
	"ticket", "tickets", "cheque", "cheques", "voucher")

// otpPhrases name a bank's or a service's one-time code in words:
// « clé digitale 482193 », « Sécur'Pass 4821 ».
var otpPhrases = phrases("cle digitale", "secur' pass", "secur pass", "pass securite", "code pass",
	"mot de passe a usage unique", "mot de passe unique")

// secretKinds say a code is a secret one, sent or opening something.
var secretKinds = set("activation", "confirmation", "validation", "verification", "provisoire", "temporaire",
	"secret", "secrete", "confidentiel", "acces", "connexion", "unique", "securite", "recu", "recue", "sms",
	"messagerie", "vocale", "repondeur", "perso", "personnel", "wifi", "box")

// otpNames are words that name a one-time code on their own:
// « Certicode », a « passcode ».
var otpNames = set("certicode", "passcode", "securicode", "otp", "pin", "puk")

// bankOwners say whose a bank is, and make « banque » the account a code
// opens (« le code de ma banque 846213 »), not a RIB's field (« code
// banque 30004 »).
var bankOwners = set("ma", "mon", "sa", "ta", "votre", "notre", "la")

// accountBridge are the words that may stand between a code's name and
// its digits besides an account's name: whose it is, what kind, that it
// was sent, a verb or a quote.
var accountBridge = set("plus", "pro", "mes", "ta", "ton", "votre", "son", "sa", "notre", "actuel", "nouveau",
	"nouvelle", "ancien", "vrai", "bon", "confidentiel", "confidentielle", "secret", "secrete", "perso", "a",
	"usage", "unique", "recu", "recue", "sms", "texto", "mail", "par", "est", "etait", "c'", "c", "ct", "cest",
	"ces", "ce", "se", "t", ":", "=", "-", "«", "»", "\"", "'", "c'etait", "cetait", "bien", "france",
	"identite", "numerique", "la", "poste", "laposte", "vocale", "repondeur", "ameli", "caf", "impots", "impot", "gouv", "fr",
	"francetravail", "pole", "emploi", "acces", "connexion",
	"messagerie", "banque", "bancaire", "appli", "application", "sante", "mutuelle", "cpam", "msa")

// allocWords name a CAF file, whose number has seven digits.
var allocWords = set("allocataire", "caf", "identifiant")

// placeWords speak of a place, where five digits are a postcode: « code
// 75011 c'est mon arrondissement ».
var placeWords = set("arrondissement", "ville", "commune", "adresse", "habite", "rue", "cedex", "departement", "quartier")

// amountAfter are the marks after a number that make it an amount.
var amountAfter = set("€", "eur", "euros", "%", "h", "km", "kg")

// laterValues masks a password given after « c'est » or a colon once a
// password or an account's code is named earlier in the message, in
// another clause or sentence: « g oublié mon mdp. Le dernier que jme
// rappelle c t Ryan_PSG_10 », « le code c'est 190384 et pour le mail
// c'est Doudou_19 », « l'ancien était Paris2020! ». Only letters with
// digits or symbols, and no reference, device, address or link (see
// givenPassword): « mot de passe oublié, mon dossier c'est AB12345 »
// stays.
func (sc *scanner) laterValues() {
	code, password := sc.firstNames()
	first := min(code, password)
	// A code masked already names one: « pour mon compte la poste le
	// code c'est 190384 », where « la poste » could make it a parcel's.
	for _, sp := range sc.spans {
		if sp.kind == Password || sp.kind == CardCode {
			first = min(first, sc.tokenFrom(sp.start))
		}
	}
	// Another clause: the name's own is read by the other rules, which
	// know a voucher's code (« le Pass Culture, le code reçu par mail
	// c'est PC24-8HJ2 »).
	for first < len(sc.toks) && !clauseEnds[sc.toks[first].norm] {
		first++
	}
	for k := first + 1; k < len(sc.toks); k++ {
		e, ok := sc.atAny(k, laterVerbs)
		if !ok || sc.toks[k].norm == ":" && !sc.spaceAfter(k) {
			continue // « javascript:alert(1) », « https://… »
		}
		for e < len(sc.toks) && quoteMarks[sc.toks[e].norm] {
			e++
		}
		if e >= len(sc.toks) {
			return
		}
		// « pour le mail c'est Doudou_19 »: a mailbox named, and a
		// value no address is, is the mailbox's password.
		if sc.mailboxOnly(e) && !strings.ContainsAny(sc.toks[e].norm, "@.") {
			sc.passwordAt(e, true)
			continue
		}
		sc.givenPassword(e, true)
	}
}

// mailboxOnly reports whether the words naming the value at token k
// (see named) name a mailbox and nothing else: « le mail ».
func (sc *scanner) mailboxOnly(k int) bool {
	box := false
	for b := k - 1; b >= 0 && b >= k-3; b-- {
		switch n := sc.toks[b].norm; {
		case n == "mail" || n == "email":
			box = true
		case idWords[n] || loginWords[n]:
			return false
		}
	}
	return box
}

// laterVerbs say a value is given, as residents write them, « c'était »
// too in SMS spelling: « c t », « ct », « cété ».
var laterVerbs = phrases("c' est", "cest", "c est", "c' etait", "cetait", "c etait", "etait", "c t", "ct", "cete",
	"ces", "ce", "se", "c", ":", "=", "est")

// clauseEnds end a clause.
var clauseEnds = set(".", "?", "!", ",", ";", "et", "mais", "puis", "sinon")

// quoteMarks may stand around a value.
var quoteMarks = set("«", "»", "\"", "'", "“", "”")

// spaceAfter reports whether a space or the end of the text follows
// token k.
func (sc *scanner) spaceAfter(k int) bool {
	e := sc.toks[k].end
	return e >= len(sc.text) || isSpace(runeAt(sc.text, e))
}

// textedCodes masks a number the resident says came by text message,
// whatever the verb and its tense: « je recois 195732 par texto »,
// « 667120 reçu par sms ce matin », « il m'arrive 338120 par sms ». Four
// to eight digits, not seven, not a year or a phone number, and no
// paper named right before it (« le dossier 458712 par mail »).
func (sc *scanner) textedCodes() {
	for k := 0; k+2 < len(sc.toks); k++ {
		if isDigits(sc.toks[k].norm) && yearOrPhone(sc.toks[k].norm) || k > 0 && isDigits(sc.toks[k-1].norm) {
			continue
		}
		s, e, d, ok := sc.codeValue(k, 4, 8)
		if !ok || d == 7 || sc.taken(s) {
			continue
		}
		a := sc.tokenFrom(e)
		if sc.word(a) == "recu" || sc.word(a) == "recue" {
			a++
		}
		if sc.word(a) != "par" || !smsWords[sc.word(a+1)] && sc.word(a+1) != "mail" {
			continue
		}
		if sc.word(a+1) == "mail" && !sc.has(receivedWords) {
			continue // « j'envoie 1500 par mail »: sent, not received
		}
		if otherNumbers[sc.word(k-1)] || otherNumbers[sc.word(k-2)] || notCode[sc.word(k-1)] {
			continue
		}
		sc.addCode(s, e, Password)
	}
}

// receivedWords say the resident received something.
var receivedWords = set("recu", "recue", "recois", "recoit", "recevoir", "arrive", "arrivee", "envoie", "envoient",
	"renvoie", "renvoient", "envoye", "envoyee")

// credentialPairs masks the password given right after a login address,
// with no mark between them, in a message that names the identifiers or
// logging in: « Mes identifiants : jean.dupont@gmail.com Kiwi2023 »,
// « login marie@orange.fr, Soleil_75 ». Only letters with digits or
// symbols (see givenPassword).
func (sc *scanner) credentialPairs() {
	if !sc.has(idWords) && !sc.has(loginPlaces) {
		return
	}
	for i := 0; i < len(sc.text); {
		at := strings.IndexByte(sc.text[i:], '@')
		if at < 0 {
			return
		}
		at += i
		end := at
		for end < len(sc.text) && !isSpace(runeAt(sc.text, end)) {
			end++
		}
		i = end
		address := strings.TrimRight(sc.text[at:end], ",;")
		if !strings.Contains(address, ".") {
			continue
		}
		k := sc.tokenFrom(end)
		for k < len(sc.toks) && (sc.toks[k].norm == "," || sc.toks[k].norm == ";" || sc.toks[k].norm == "-" || sc.lineEnd(k)) {
			k++
		}
		if k < len(sc.toks) && !sc.taken(sc.toks[k].start) {
			sc.passwordAt(k, true)
		}
	}
}

// sentDigits masks six or eight digits the sentence says were sent to
// the resident or shown on a screen, by whom or how in any order:
// « ameli m'a envoyé 482193 », « le sms de la banque dit 482193 »,
// « j'ai eu un texto avec 482193 dedans », « le code qui s'affiche sur
// mon téléphone 482193 », « voici ce que j'ai reçu : 482193 ». Not
// seven digits (a CAF number), nor an amount, a count, a year or a
// phone number, nor a parcel's or a paper's number.
func (sc *scanner) sentDigits() {
	for k := 1; k < len(sc.toks); k++ {
		if !startsWithDigit(sc.toks[k].norm) || isDigits(sc.toks[k-1].norm) || yearOrPhone(sc.toks[k].norm) {
			continue
		}
		s, e, d, ok := sc.codeValue(k, 6, 8)
		// « un chèque de 150000 », « je dois 125000 »: an amount.
		if !ok || d == 7 || sc.taken(s) || !sc.receivedEnd(sc.tokenFrom(e)) || amountBefore[sc.word(k-1)] {
			continue
		}
		verb, channel := false, sc.word(k-1) == ":"
		for b := k - 1; b >= 0 && b >= k-8 && !sentenceEnd(sc.toks[b].norm); b-- {
			n := sc.toks[b].norm
			switch {
			case sentChannels[n] || onlineServices[n] || codeNames[n]:
				channel = true
			case n == "demande" && pronouns[sc.word(b-1)]:
				// « il me demande les chiffres reçus »: asked for, not
				// a « numéro de demande ».
			case parcelWords[n] || otherNumbers[n] && n != "recu" || notCode[n] || notSent[n]:
				verb, channel = false, false
				b = -1
			case sentVerbs[n]:
				verb = true
			}
		}
		if verb && channel {
			sc.addCode(s, e, Password)
		}
	}
}

// receivedEnd reports whether token a may follow a code the resident was
// sent: the end of the text or of a line, or the words of receivedAfter.
func (sc *scanner) receivedEnd(a int) bool {
	return a >= len(sc.toks) || sc.lineEnd(a) || receivedAfter[sc.toks[a].norm] || afterSent[sc.toks[a].norm]
}

// sentVerbs say a code came or is shown; sentChannels, how or where;
// afterSent may follow it.
var (
	sentVerbs = set("envoye", "envoyee", "envoyes", "recu", "recue", "recus", "recues", "recois", "recoit", "arrive",
		"arrivee", "affiche", "affichent", "eu", "dit", "indique", "marque", "transmis", "envoie", "envoient", "renvoie")
	sentChannels = set("sms", "texto", "textos", "message", "messages", "notification", "mail", "email", "telephone",
		"tel", "portable", "appli", "application", "ecran", "banque", "chiffres", "code", "codes")
	// amountBefore and notSent make a number an amount or an error's.
	amountBefore = set("de", "d'", "des", "du", "dois", "doit", "devez", "devoir", "payer", "paye", "verse", "versee", "rembourser")
	notSent      = set("erreur", "error", "cheque", "virement", "montant", "somme", "solde", "dette", "trop-percu")
	pronouns     = set("me", "m'", "il", "elle", "on", "ils", "elles", "vous", "nous", "te", "t'")
	afterSent    = set("dedans", "je", "j'", "que", "qu'", "pour", "sur", "merci", "svp")
)

// nearName masks a password in the sentence that names one, wherever it
// stands and whatever verb links them: « je l'ai changé en Kiwi2024 mon
// mot de passe », « Kiwi2023 ne marche pas comme mot de passe », or in
// a reply of its own right after a question naming it (« mon mot de
// passe ? Kiwi2023 »). Only a word of six characters or more with
// letters and digits, and no reference, device, address or link (see
// givenPassword).
func (sc *scanner) nearName() {
	for p := 0; p < len(sc.toks); p++ {
		j, ok := sc.passwordName(p)
		if !ok {
			continue
		}
		from := p
		for from > 0 && !sentenceEnd(sc.toks[from-1].norm) {
			from--
		}
		to := j
		for to < len(sc.toks) && !sentenceEnd(sc.toks[to].norm) {
			to++
		}
		// A reply of its own: « mon mot de passe ? Kiwi2023 ».
		if to < len(sc.toks) && sc.toks[to].norm == "?" {
			if next := to + 1; next+1 >= len(sc.toks) || sentenceEnd(sc.toks[next+1].norm) {
				to = next + 1
			}
		}
		to = min(to, len(sc.toks))
		for f := from; f < to; f++ {
			if (f < p || f >= j) && letterAndDigit(sc.toks[f].norm) && !sc.taken(sc.toks[f].start) {
				sc.givenPassword(f, true)
			}
		}
		p = max(j, to) - 1 // each sentence once
	}
}

// letterAndDigit reports whether a word has six characters or more,
// letters and digits among them.
func letterAndDigit(w string) bool {
	return len(w) >= 6 && strings.ContainsFunc(w, unicode.IsLetter) && strings.ContainsFunc(w, unicode.IsDigit)
}

// loginValues masks the password given after « c'est » or a colon in
// the clause that says it logs the resident in, with no password named:
// « pour me connecter à ameli c'est « Kiwi2023 » », « pour se connecter :
// Lulu_88 ». Only letters with digits or symbols (see givenPassword):
// « pour me connecter c'est FranceConnect » stays.
func (sc *scanner) loginValues() {
	for k := 1; k < len(sc.toks); k++ {
		if !loginVerbs[sc.toks[k].norm] || !reflexive[sc.word(k-1)] {
			continue
		}
		for f := k + 1; f < len(sc.toks) && f < k+8 && !sentenceEnd(sc.toks[f].norm); f++ {
			if e, ok := sc.atAny(f, strongVerbs); ok {
				for e < len(sc.toks) && quoteMarks[sc.toks[e].norm] {
					e++
				}
				if e < len(sc.toks) {
					sc.givenPassword(e, true)
				}
				break
			}
		}
	}
}

// loginVerbs log the resident in; reflexive, before them, says who.
var (
	loginVerbs = set("connecter", "connecte", "reconnecter", "identifier", "identifie", "loguer", "logger")
	reflexive  = set("me", "m'", "se", "s'", "nous", "vous")
)
