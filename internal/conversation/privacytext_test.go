package conversation_test

import (
	"strings"
	"testing"
)

// TestPrivacyTextsAgree: /confidentialite and the FAQ's answer on
// personal data say the same, true thing about who reads a resident's
// messages: the mediators when the resident asks for one or writes about
// a danger (the bot then opens a ticket on its own), and the person in
// charge of the assistant, who reads the unanswered questions to improve
// it (pimmsbot unanswered, faq learn: those not understood, or understood after a suggestion). An outside tester found
// /confidentialite saying « Seuls les médiateurs du PIMMS les lisent ».
func TestPrivacyTextsAgree(t *testing.T) {
	h := newHarness(t)
	for _, ask := range []string{"/confidentialite", "e:pimms-donnees-personnelles"} {
		var got string
		if strings.HasPrefix(ask, "/") {
			got = texts(h.say(alice, ask))
		} else {
			got = texts(h.click(alice, ask))
		}
		got = strings.ReplaceAll(got, "\u00a0", " ")
		for _, want := range []string{"médiateurs", "danger", "questions mal comprises ou restées sans réponse", "responsable de l'assistant", "effacés après 180 jours"} {
			if !strings.Contains(got, want) {
				t.Errorf("%s does not say %q:\n%s", ask, want, got)
			}
		}
		if strings.Contains(got, "Seuls les médiateurs") {
			t.Errorf("%s says only the mediators read the messages:\n%s", ask, got)
		}
	}
}
