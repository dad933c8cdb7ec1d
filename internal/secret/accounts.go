package secret

import "strings"

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
		named := codeNames[n] || authApps[n] || otpNames[n]
		if !named || sc.namedBefore(k) || codeNames[n] && sc.parcelCode(k) {
			continue
		}
		f := k + 1
		for steps := 0; f < len(sc.toks) && steps < 8; steps++ {
			w := sc.toks[f].norm
			if isDigits(w) && len(w) == 1 && strings.HasPrefix(sc.word(f+1), "chiffre") {
				f += 2 // « code à 6 chiffres 482915 »
				continue
			}
			if notCode[w] && !(w == "banque" && bankOwners[sc.word(f-1)]) && !(w == "travail" && sc.word(f-1) == "france") || otherCodes[w] || otherNumbers[w] {
				f = len(sc.toks) // a postcode's, a door's, another paper's
				break
			}
			if !accountBridge[w] && !codeQualifiers[w] && !onlineServices[w] && !codeVerbs[w] {
				break
			}
			f++
		}
		if f >= len(sc.toks) || isDigits(sc.word(f)) && yearOrPhone(sc.word(f)) {
			continue
		}
		s, e, d, ok := sc.codeValue(f, 4, 8)
		if !ok || sc.taken(s) || d == 7 && sc.has(allocWords) && !codeNames[sc.word(f-1)] {
			continue
		}
		if a := sc.tokenFrom(e); countedBy[sc.word(a)] || amountAfter[sc.word(a)] || d == 5 && sc.has(placeWords) {
			continue
		}
		sc.addCode(s, e, Password)
		k = f
	}
}

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
	"identite", "numerique", "la", "poste", "laposte", "ameli", "caf", "impots", "impot", "gouv", "fr",
	"francetravail", "pole", "emploi", "acces", "connexion",
	"messagerie", "banque", "bancaire", "appli", "application", "sante", "mutuelle", "cpam", "msa")

// allocWords name a CAF file, whose number has seven digits.
var allocWords = set("allocataire", "caf", "identifiant")

// placeWords speak of a place, where five digits are a postcode: « code
// 75011 c'est mon arrondissement ».
var placeWords = set("arrondissement", "ville", "commune", "adresse", "habite", "rue", "cedex", "departement", "quartier")

// amountAfter are the marks after a number that make it an amount.
var amountAfter = set("€", "eur", "euros", "%", "h", "km", "kg")
