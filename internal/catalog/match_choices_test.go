package catalog

import (
	"slices"
	"testing"
)

// TestChoicesAboutTheQuestion: what is offered or answered is about what
// the question asks (an outside check of the console: a complaint about
// an operator's bill got « je ne sais pas », the operator's name being
// unknown; « pas internet chez moi » was offered the internet theme's
// scams, sending a document and e-mail address, « pas » being a stop
// word; an appointment at the préfecture was offered the PIMMS's own
// appointments). Lines of our own: want is answered or offered, never is
// not offered. Before the operators' names, readOffline and the PIMMS's
// example, 4 of the 8 failed.
func TestChoicesAboutTheQuestion(t *testing.T) {
	m := NewMatcher(mustLoadFAQ(t))
	internetTheme := []string{"numerique-arnaques", "numerique-envoyer-document", "numerique-adresse-email"}
	for _, c := range []struct {
		q     string
		want  string
		never []string
	}{
		{"contester une facture bouygues", "conso-litige", nil},
		{"litige avec sfr", "conso-litige", nil},
		{"red by sfr me facture trop", "conso-litige", nil},
		{"pas d'internet à la maison", "pimms-presentation", internetTheme},
		{"jai pas internet chez moi, je fais comment", "pimms-presentation", internetTheme},
		{"je n'ai pas internet, je peux faire la déclaration d'impôts sur papier ?", "impots-declaration-revenus", nil},
		{"je cherche un rdv en préfecture", "etrangers-titre-sejour", []string{"pimms-rendez-vous"}},
		{"rendez-vous préfecture comment faire", "etrangers-titre-sejour", []string{"pimms-rendez-vous"}},
	} {
		res := m.Match(c.q)
		checkResult(t, res)
		if res.ID != c.want && !slices.Contains(res.Offered, c.want) {
			t.Errorf("%q: %v %q %v, want %s answered or offered", c.q, res.Outcome, res.ID, res.Offered, c.want)
		}
		for _, id := range c.never {
			if slices.Contains(res.Offered, id) {
				t.Errorf("%q: %v %v offers %s", c.q, res.Outcome, res.Offered, id)
			}
		}
	}
}
