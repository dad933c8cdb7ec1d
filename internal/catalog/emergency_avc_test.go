package catalog

import "testing"

// TestAVCIsAStroke: « avc » is « avec » in a text message, but after an
// article or a possessive, or opening a short message, it names a stroke:
// « AVC papa » was read « avec papa », and no emergency answered.
func TestAVCIsAStroke(t *testing.T) {
	m := NewMatcher(mustLoadFAQ(t))
	for q, want := range map[string]string{
		"AVC papa":                                "urgence-medicale",
		"AVC ma tante":                            "urgence-medicale",
		"je pense que mon voisin fait un AVC":     "urgence-medicale",
		"on dort dans la voiture avc les petits":  "urgence-hebergement",
		"avc mon mari on voudrait l'APL":          "",
		"ma mère a eu un AVC l'an dernier, l'APA": "",
		"je viens avc mon fils pour sa carte":     "",
	} {
		res := m.Match(q)
		got := ""
		if res.Emergency {
			got = res.ID
		}
		if got != want {
			t.Errorf("%q = emergency %q, want %q", q, got, want)
		}
	}
}
