package catalog

import (
	"strings"
	"testing"
)

func TestSound(t *testing.T) {
	same := [][]string{
		{"frappee", "frape", "frappe"},
		{"tape", "taper", "tapai"},
		{"dort", "dors", "dor"},
		{"enfants", "enfan"},
		{"plus", "plu"},
		{"perd", "per"},
		{"encore", "encor"},
		{"quitte", "quite"},
	}
	for _, words := range same {
		for _, w := range words[1:] {
			if sound(w) != sound(words[0]) {
				t.Errorf("sound(%q) = %q, sound(%q) = %q: want the same", w, sound(w), words[0], sound(words[0]))
			}
		}
	}
	for _, pair := range [][2]string{{"per", "pe"}, {"violent", "viol"}, {"quitte", "qui"}} {
		if sound(pair[0]) == sound(pair[1]) {
			t.Errorf("sound(%q) = sound(%q) = %q: want different", pair[0], pair[1], sound(pair[0]))
		}
	}
}

func TestSMSWords(t *testing.T) {
	for in, want := range map[string]string{
		"jveux plu":                "je veux plus",
		"on dor ds la voiture":     "on dor dans la voiture",
		"jai nul part avc le bb":   "j ai nul part avec le bebe",
		"jean jamais":              "jean jamais",
		"ts les jours":             "tous les jours",
		"g fait une ts hier":       "j ai fait une tentative de suicide hier",
		"c fini pr moi":            "c est fini pour moi",
		"c est fini":               "c est fini",
		"deja 2 ts":                "deja 2 tentative de suicide",
		"de ts les papiers":        "de tous les papiers",
		"c etait hier":             "c etait hier",
		"il ma recogne":            "il ma encore cogne",
		"il m a retapee":           "il m a encore tapee",
		"on va retaper la cuisine": "on va retaper la cuisine",
		"il a retape le mur":       "il a retape le mur",
	} {
		if got := strings.Join(smsWords(strings.Fields(in)), " "); got != want {
			t.Errorf("smsWords(%q) = %q, want %q", in, got, want)
		}
	}
}
