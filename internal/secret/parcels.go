package secret

// parcelCode reports whether the code named at token k is a parcel's
// pickup code: its sentence names a parcel, a locker or a carrier
// (« Code de retrait Mondial Relay : 482917 », « le code du casier »,
// « Chronopost m'a envoyé le code 4417 pour le colis », « avis de
// passage, code de retrait … ») and no card (a
// « code de retrait » alone may be a card's, at a cash machine). A
// mediator may need it to help, and it opens none of the resident's
// accounts. A « code sms » is a one-time code all the same.
func (sc *scanner) parcelCode(k int) bool {
	if smsNamed[sc.word(k+1)] {
		// « code sms 827513 c pour la poste colis »: named by how it
		// came, as a bank's or a site's one-time code is, it is one.
		return false
	}
	s, e := sc.sentence(k)
	if sc.sent.parcel != 0 {
		return sc.sent.parcel == 2
	}
	parcel := false
	for _, t := range sc.toks[s:e] {
		if cardish[t.norm] && t.norm != "retrait" && t.norm != "retirer" {
			parcel = false
			break
		}
		parcel = parcel || parcelWords[t.norm]
	}
	sc.sent.parcel = 1
	if parcel {
		sc.sent.parcel = 2
	}
	return parcel
}

// sentenceMemo is the last sentence a scanner found: its first token,
// the one after its last, and, once read, whether it names a parcel (1:
// no, 2: yes).
type sentenceMemo struct {
	s, e   int
	parcel int8
}

// parcelWords name a parcel, a locker or a carrier.
var parcelWords = set("colis", "casier", "casiers", "locker", "lockers", "consigne", "relay", "relais", "chronopost",
	"colissimo", "pickup", "recommande", "dpd", "gls", "ups", "fedex", "vinted", "shein",
	// The notice a carrier leaves when nobody was in: « avis de
	// passage », « avis d'instance ». Not « livreur »: a false one on
	// the phone asks for the code a bank sent.
	"passage", "instance", "paquet",
	// A queue's ticket, whose number calls the resident to a desk: « un
	// ticket avec le code 4521 pour la file d'attente ».
	"ticket", "attente")

// sentence returns the tokens of the sentence around token k, from its
// first to the one after its last: it ends at « . », « ? », « ! » and
// at a line's end.
func (sc *scanner) sentence(k int) (int, int) {
	if sc.sent.s <= k && k < sc.sent.e {
		return sc.sent.s, sc.sent.e
	}
	s, e := k, k
	for s > 0 && !sentenceEnd(sc.toks[s-1].norm) {
		s--
	}
	for e < len(sc.toks) && !sentenceEnd(sc.toks[e].norm) {
		e++
	}
	if e > s {
		sc.sent = sentenceMemo{s: s, e: e}
	}
	return s, e
}

func sentenceEnd(n string) bool { return n == "." || n == "?" || n == "!" }
