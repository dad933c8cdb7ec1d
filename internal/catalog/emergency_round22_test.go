package catalog_test

import (
	"strings"
	"testing"

	"pimmsbot/internal/catalog/catalogtest"
)

// TestEmergencyOverdoseFirstMedical checks that an overdose taken now is
// answered by the medical entry (the 15 or the 112 first), even with a
// wish to die told, and that pills set out and looked at stay distress.
func TestEmergencyOverdoseFirstMedical(t *testing.T) {
	m := catalogtest.Matcher(t)
	for _, c := range []struct{ q, want string }{
		{"j'ai pris toutes mes boîtes de médicaments", "urgence-medicale"},
		{"je viens d'avaler deux boîtes de somnifères, je veux dormir pour toujours", "urgence-medicale"},
		{"il a avalé toutes les plaquettes de sa mère il y a une heure", "urgence-medicale"},
		{"j'ai sorti toutes mes boîtes de médicaments sur la table et je les regarde", "urgence-detresse"},
	} {
		checkEmergency(t, m, c.q, c.want)
	}
}

// TestEmergencyAnswersPupilsAndOverdose checks what the answers say: the
// children's entry names the 3018 for violence and harassment between
// pupils, and the medical entry, which answers an overdose taken now,
// gives the 15 or the 112 before the 3114.
func TestEmergencyAnswersPupilsAndOverdose(t *testing.T) {
	c := catalogtest.FAQ(t)
	answer := func(id string) string {
		for _, e := range c.Entries {
			if e.ID == id {
				return e.Answer
			}
		}
		t.Fatalf("no entry %s", id)
		return ""
	}
	if a := answer("urgence-enfance"); !strings.Contains(a, "3018") {
		t.Errorf("urgence-enfance does not name the 3018:\n%s", a)
	}
	a := answer("urgence-medicale")
	i15, i3114 := strings.Index(a, "**15**"), strings.Index(a, "3114")
	if i15 < 0 || i3114 < 0 || i3114 < i15 {
		t.Errorf("urgence-medicale must give the 15 before the 3114:\n%s", a)
	}
}
