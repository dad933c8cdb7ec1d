package conversation

import (
	"reflect"
	"testing"
)

// TestSourceLinks: the links under an answer are named after their site;
// two pages of one site are told apart by their number in turn, with no
// gap (an outside tester saw « caf.fr », then « caf.fr (3) »).
func TestSourceLinks(t *testing.T) {
	got := sourceLinks([]string{
		"https://www.caf.fr/allocataires/aides-et-demarches/droits-et-prestations",
		"https://www.service-public.fr/particuliers/vosdroits/F1234",
		"https://www.caf.fr/allocataires/mon-compte",
	})
	var labels []string
	for _, l := range got {
		labels = append(labels, l.Label)
	}
	want := []string{"🔗 caf.fr (1)", "🔗 service-public.gouv.fr", "🔗 caf.fr (2)"}
	if !reflect.DeepEqual(labels, want) {
		t.Errorf("labels = %q, want %q", labels, want)
	}
	if got := sourceLinks([]string{"https://www.ameli.fr/a"}); len(got) != 1 || got[0].Label != "🔗 ameli.fr" {
		t.Errorf("one source: %+v", got)
	}
}

// TestSourceLinksOneNamePerSite: service-public.fr and its new name
// service-public.gouv.fr are one site, named and numbered as one (an
// outside tester read both names in one menu).
func TestSourceLinksOneNamePerSite(t *testing.T) {
	got := sourceLinks([]string{
		"https://www.service-public.fr/particuliers/vosdroits/F1",
		"https://www.service-public.gouv.fr/particuliers/vosdroits/F2",
	})
	var labels []string
	for _, l := range got {
		labels = append(labels, l.Label)
	}
	want := []string{"🔗 service-public.gouv.fr (1)", "🔗 service-public.gouv.fr (2)"}
	if !reflect.DeepEqual(labels, want) {
		t.Errorf("labels = %q, want %q", labels, want)
	}
}
