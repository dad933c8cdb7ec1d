package catalog

import (
	"strings"
	"testing"
)

// TestPhoneNumberOfAnOrganisation: a resident who asks how to call the
// CAF, the Assurance maladie or France Travail is answered or offered the
// entry that gives its number (the outside console check chatqa3, item
// 5: « tel ameli » offered two entries without the 36 46, the CAF's
// number was in no entry). Lines of our own, by family: « appeler »,
// « joindre », « téléphoner », « numéro (de téléphone) de », « tel ».
// The account entries of the CAF and of the tax office now give the
// number; the tax office's questions are not yet led to it (see the
// report of engine21).
func TestPhoneNumberOfAnOrganisation(t *testing.T) {
	c := mustLoadFAQ(t)
	m := NewMatcher(c)
	numbers := map[string]string{
		"caf-compte": "32 30", "ameli-compte": "36 46", "impots-espace-particulier": "0 809 401 401",
		"ft-contact-conseiller": "39 49",
	}
	for id, num := range numbers {
		e, ok := c.Entry(id)
		if !ok || !strings.Contains(e.Answer, num) {
			t.Errorf("%s: its answer does not give the number %s", id, num)
		}
	}
	checkQA3(t, m, []qa3Case{
		{q: "quel est le numéro de téléphone de la caf ?", want: "caf-compte", offer: true},
		{q: "c koi le num de la caf svp", want: "caf-compte", offer: true},
		{q: "comment téléphoner aux allocs", want: "caf-compte", offer: true},
		{q: "tel caf", want: "caf-compte", offer: true},
		{q: "numero de la cpam", want: "ameli-compte"},
		{q: "je veux appeler la sécu", want: "ameli-compte", offer: true},
		{q: "comment joindre l'assurance maladie", want: "ameli-compte", offer: true},
		{q: "téléphone ameli", want: "ameli-compte"},
		{q: "numero pole emploi", want: "ft-contact-conseiller"},
		{q: "je dois joindre france travail par téléphone", want: "ft-contact-conseiller"},
	})
	// A number that is no phone number keeps its entry.
	checkQA3(t, m, []qa3Case{
		{q: "j'ai perdu mon numéro allocataire", want: "caf-compte"},
		{q: "où trouver mon numéro fiscal", want: "impots-espace-particulier"},
	})
	for _, q := range []string{"le numéro fiscal", "mon numéro de sécu", "numéro allocataire", "j'ai changé de téléphone"} {
		if got := readPhone(q); strings.Contains(got, phoneWord) {
			t.Errorf("readPhone(%q) = %q, want no %q", q, got, phoneWord)
		}
	}
	for _, q := range []string{"appeler la caf", "tel ameli", "num de la caf", "joindre le centre des impôts"} {
		if got := readPhone(q); !strings.Contains(got, phoneWord) {
			t.Errorf("readPhone(%q) = %q, want %q", q, got, phoneWord)
		}
	}
}

// TestLetterAnnouncement: « je vous écris pour… » announces a letter; it
// asks nothing about the PIMMS's messages (chatqa3, item 8: « je vous
// ecris pour ma caf » was answered with the privacy entry).
func TestLetterAnnouncement(t *testing.T) {
	m := NewMatcher(mustLoadFAQ(t))
	for _, q := range []string{"je vous écris pour la caf", "je vous contacte pour mes impôts", "je vous ecris au sujet de ma retraite"} {
		if res := m.Match(q); helps(res, "pimms-donnees-personnelles") {
			t.Errorf("%q: %v %q %v, want no privacy entry", q, res.Outcome, res.ID, res.Offered)
		}
	}
	if res := m.Match("que faites-vous de mes messages"); res.ID != "pimms-donnees-personnelles" {
		t.Errorf("the privacy question: %v %q, want it answered", res.Outcome, res.ID)
	}
}
