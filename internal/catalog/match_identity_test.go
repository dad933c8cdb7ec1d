package catalog

import "testing"

// TestIdentityCardAnswered: a resident who names the identity card with
// no more than « faire », « avoir », « ma » gets how to make or renew it
// answered, not a choice with the lost papers and the France Identité
// app (an outside check of the console); a lost card and the app keep
// their entries. Before the entry's bare example, 5 of the 7 got a
// choice.
func TestIdentityCardAnswered(t *testing.T) {
	m := NewMatcher(mustLoadFAQ(t))
	for q, want := range map[string]string{
		"carte d'identité": "ants-carte-identite", "faire une carte d'identité": "ants-carte-identite",
		"comment on fait une carte d'identité ?": "ants-carte-identite", "cni svp": "ants-carte-identite",
		"ma carte d'identité, comment faire": "ants-carte-identite",
		"carte d'identité perdue":            "ants-perte-vol-papiers",
		"carte d'identité sur le téléphone":  "numerique-france-identite",
	} {
		if res := m.Match(q); res.Outcome != Answer || res.ID != want {
			t.Errorf("%q: %v %q %v, want %s answered", q, res.Outcome, res.ID, res.Offered, want)
		}
	}
}
