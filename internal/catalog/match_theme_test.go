package catalog

import (
	"slices"
	"strings"
	"testing"
)

// TestThemeNames checks that a message which only names a theme or an
// organisation, or says it needs help with one (« j'ai besoin d'aide pour
// la caf », « un problème avec la caf »: an outside tester got « je ne
// sais pas » for them), gets entries of that theme to pick from, never
// « je ne sais pas » nor another theme's entries.
func TestThemeNames(t *testing.T) {
	c := mustLoadFAQ(t)
	m := NewMatcher(c)
	for _, tt := range []struct{ q, theme string }{
		{"caf", "caf"},
		{"la caf", "caf"},
		{"bonjour la caf", "caf"},
		{"ameli", "sante"},
		{"cpam", "sante"},
		{"la secu", "sante"},
		{"msa", "sante"},
		{"impots", "impots"},
		{"ants", "identite"},
		{"france travail", "emploi"},
		{"pole emploi", "emploi"},
		{"retraite", "retraite"},
		{"carsat", "retraite"},
		{"edf", "energie"},
		{"la poste", "poste"},
		{"banque", "banque"},
		{"sncf", "transport"},
		{"j ai besoin d aide pour la caf", "caf"},
		{"un probleme avec la caf", "caf"},
		{"probleme caf", "caf"},
		{"salam alikoum j ai besoin d aide pour la caf", "caf"},
		{"renseignement france travail", "emploi"},
		{"besoin d'infos pour ma retraite", "retraite"},
	} {
		r := m.Match(tt.q)
		ids := r.Offered
		if r.Outcome == Answer {
			ids = []string{r.ID}
		}
		if r.Outcome == Unknown || r.Emergency || len(ids) == 0 {
			t.Errorf("Match(%q) = %s, want entries of %s", tt.q, r.Outcome, tt.theme)
			continue
		}
		for _, id := range ids {
			if e, _ := c.Entry(id); e == nil || e.Theme != tt.theme {
				t.Errorf("Match(%q) offers %s (%s), want only entries of %s", tt.q, id, strings.Join(ids, ", "), tt.theme)
			}
		}
	}
}

// TestAgreedCandidates checks that a question whose best two candidates
// are entries of one theme gets them as buttons, though the engine is not
// sure which.
func TestAgreedCandidates(t *testing.T) {
	m := NewMatcher(mustLoadFAQ(t))
	q := "j ai une amende que je merite pas"
	r := m.Match(q)
	if !slices.Contains(r.Offered, "amende-contester") || !slices.Contains(r.Offered, "amende-payer") {
		t.Fatalf("Match(%q) = %s %q %v, want amende-payer and amende-contester offered", q, r.Outcome, r.Offered, r.Candidates)
	}
}
