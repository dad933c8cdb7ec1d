package catalog

import (
	"strings"
	"testing"
)

func TestSpellElided(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"mon mari m tape", "mon mari me tape"},
		{"i m bat", "i me bat"},
		{"il m harcele", "il me harcele"},
		{"il m insulte et m tape", "il m insulte et me tape"},
		{"il m a tape", "il m a tape"},
		{"son pere l frappe", "son pere le frappe"},
		{"l hopital", "l hopital"},
		{"j suis battue", "je suis battue"},
		{"j habite ici", "j habite ici"},
		{"5 m de tissu", "5 m de tissu"},
		{"dans 3 j max", "dans 3 j max"},
		{"il t tape", "il t tape"},
		{"fin m", "fin m"},
	} {
		if got := strings.Join(messageWords(c.in), " "); got != c.want {
			t.Errorf("messageWords(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

func TestScriptWords(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"нам нема де ночувати сьогодні", "nam nema de nochuvaty sohodni"},
		{"нам негде ночевать", "nam negde nochevat"},
		{"бьет ребенка", "bet rebenka"},
		{"ولا يستيقظ", "و لا يستيقظ"},
		{"وحدي", "و حدي"},
		{"و", "و"},
		{"il me tape", "il me tape"},
	} {
		if got := strings.Join(messageWords(phraseKey(c.in)), " "); got != c.want {
			t.Errorf("messageWords(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}
