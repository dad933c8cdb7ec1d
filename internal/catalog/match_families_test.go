package catalog

import (
	"path/filepath"
	"slices"
	"testing"
)

// TestMatchFamilies runs testdata/families.jsonl: residents' everyday names
// for one thing, written for these tests by family (the end of the
// unemployment pay, the adults' disability allowance, advertising calls,
// « msg », a device named as the means), each brought to its entry.
// Before those synonyms, readEndOfRights and deviceStems, the set gave
// 24 % top-1, 48 % helped and 3 wrong answers (main at dc3b3a6).
func TestMatchFamilies(t *testing.T) {
	m := NewMatcher(mustLoadFAQ(t))
	rep := evaluate(m, loadCases(t, filepath.Join("testdata", "families.jsonl")))
	for _, l := range rep.Failures {
		checkResult(t, l.Result)
		t.Logf("%q: %v %s %v, want %v", l.Case.Q, l.Result.Outcome, l.Result.ID, l.Result.Offered, l.Case.Accept)
	}
	f := rep.All
	t.Log(f)
	if f.Top1Pct() < 70 || f.HelpedPct() < 85 || f.Wrong > 1 {
		t.Errorf("below the floor: top-1 ≥ 70 %%, helped ≥ 85 %%, at most 1 wrong answer")
	}
}

// TestPaymentNotReceivedNorPayable: an APL that did not come is the
// payment dates' entry, not how to apply for it; a bill too high to pay
// is the payment difficulties', not how to read it (an outside check of
// the console: « g pa recu mes apl ce mois » got how to apply, « facture
// edf trop chere je peux pas payer » how to read a bill). Lines of our
// own, not the entries' examples; the neighbours keep their questions.
func TestPaymentNotReceivedNorPayable(t *testing.T) {
	m := NewMatcher(mustLoadFAQ(t))
	for q, want := range map[string]string{
		"j'ai toujours pas eu mon apl de ce mois":            "caf-date-paiement",
		"ce mois-ci la caf m'a rien versé pour l'apl":        "caf-date-paiement",
		"apl toujours pas reçue":                             "caf-date-paiement",
		"facture de gaz trop chère, impossible de payer":     "energie-difficultes-paiement",
		"ma facture engie est trop chère jpeux pas la payer": "energie-difficultes-paiement",
		"comment faire une demande d'apl":                    "caf-apl",
		"pourquoi ma facture edf est si élevée":              "energie-facture",
	} {
		res := m.Match(q)
		if res.ID != want && !slices.Contains(res.Offered, want) {
			t.Errorf("%q: %v %q %v, want %s answered or offered", q, res.Outcome, res.ID, res.Offered, want)
		}
	}
}

// TestCallbackIsHandover: a resident who leaves their number to be
// called back asks for a mediator (an outside check: « mon numero c est
// 06… rappelez moi » got « je ne suis pas sûr »); the digits of the
// number must not drown the request.
func TestCallbackIsHandover(t *testing.T) {
	m := NewMatcher(mustLoadFAQ(t))
	for _, q := range []string{
		"pouvez vous me rappeler au 06 12 34 56 78 svp", "mon numéro c'est le 07 98 76 54 32, rappelez-moi",
		"rappelez moi au 01 23 45 67 89 merci",
	} {
		if res := m.Match(q); res.Outcome != Answer || res.ID != IntentHandover {
			t.Errorf("%q: %v %q %v, want the request for a mediator", q, res.Outcome, res.ID, res.Offered)
		}
	}
}
