package catalog

import (
	"testing"
)

// TestLookalike: a domain that borrows a body's name without being its
// site is a fake; the bodies' own sites and other addresses are not.
func TestLookalike(t *testing.T) {
	for u, want := range map[string]bool{
		"https://caf-remboursement.info/dossier": true, "ameli-carte-vitale.com": true,
		"www.impots-gouv-remboursement.fr": true, "http://laposte-suivi-colis.net/payer": true,
		"amelisante.online": true, "antai-amendes.com": true,
		"https://www.caf.fr/allocataires": false, "ameli.fr": false, "www.impots.gouv.fr": false,
		"https://aide.laposte.fr/contenu": false, "ants.gouv.fr": false, "www.doctolib.fr": false,
		"leboncoin.fr": false, "restaurants-paris.com": false, "https://secure.mabanque.com": false,
	} {
		if got := lookalike(u); got != want {
			t.Errorf("lookalike(%q) = %v, want %v", u, got, want)
		}
	}
}

// TestFakeSiteIsScam: a resident who asks whether a link or a message
// that borrows a body's name is real is told how to spot and report a
// scam (numerique-arnaques), not about a debt to the CAF or a refund of
// care (an outside check of the console: a pasted
// « caf-remboursement » address asking « c'est la caf ? » got the CAF's
// overpayment). Lines of our own; the bodies' questions keep their
// entries. Before readLinks and the entry's examples, 4 of the 8 were
// (3 answered the body's own entry: a refund of care, a fine, the CAF's
// payment dates).
func TestFakeSiteIsScam(t *testing.T) {
	m := NewMatcher(mustLoadFAQ(t))
	for _, q := range []string{
		"https://ameli-remboursement-frais.com c'est vraiment l'ameli ?",
		"on m'a envoyé www.caf-aides-2026.fr, c'est officiel ?",
		"j'ai un texto avec impots-remboursement.info pour récupérer 300 euros",
		"http://antai-amende-paiement.com je dois payer mon amende là-dessus ?",
		"laposte-colis-livraison.net demande 1 euro c normal",
		"un lien caf-versement.online pour mon apl c'est la caf ?",
		"la caf m'a écrit par sms qu'un remboursement m'attend, faut cliquer, c'est vrai ?",
		"mail de l'ameli : remboursement en attente, entrez votre carte bancaire, c'est sérieux ?",
	} {
		res := m.Match(q)
		checkResult(t, res)
		if !helps(res, "numerique-arnaques") {
			t.Errorf("%q: %v %q %v, want numerique-arnaques answered or offered", q, res.Outcome, res.ID, res.Offered)
		}
	}
	for q, want := range map[string]string{
		"https://www.caf.fr je n'arrive pas à me connecter": "caf-compte",
		"la caf veut que je rembourse un trop perçu":        "caf-indu",
		"suivre mes remboursements sur ameli.fr":            "ameli-remboursements",
	} {
		if res := m.Match(q); res.ID != want {
			t.Errorf("%q: %v %q %v, want %s answered", q, res.Outcome, res.ID, res.Offered, want)
		}
	}
}
