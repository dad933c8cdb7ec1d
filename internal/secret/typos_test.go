package secret

import "testing"

func TestCueWord(t *testing.T) {
	for norm, want := range map[string]string{
		"criptogramme": "cryptogramme", "cryptograme": "cryptogramme", "confidenciel": "confidentiel",
		"pasword": "password", "passowrd": "password", "expirtion": "expiration", "immatriculaton": "immatriculation",
		// Real words and short ones stay themselves.
		"securise": "", "code": "", "mode": "", "cote": "", "validation": "validation", "vacation": "",
	} {
		if got := cueWord(norm); got != want && !(want == norm && got == "") {
			t.Errorf("cueWord(%q) = %q, want %q", norm, got, want)
		}
	}
}

func TestSplitElided(t *testing.T) {
	for norm, want := range map[string][2]string{
		"dacces": {"d", "acces"}, "lancien": {"l", "ancien"}, "dexpiration": {"d", "expiration"},
		"lidentifiant": {"l", "identifiant"}, "jusqua": {"jusqu", "a"}, "jusquau": {"jusqu", "au"},
		"ca": {}, "dans": {}, "lacet": {}, "dossier": {},
	} {
		a, w, ok := splitElided(norm)
		if ok != (want[0] != "") || a != want[0] || w != want[1] {
			t.Errorf("splitElided(%q) = %q, %q, %v; want %q", norm, a, w, ok, want)
		}
	}
}
