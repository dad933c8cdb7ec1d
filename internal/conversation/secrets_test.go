package conversation

import (
	"strings"
	"testing"
)

func TestMaskSecrets(t *testing.T) {
	tests := []struct {
		name, in string
		masked   bool
		gone     string // what must not remain
	}{
		{"nir with spaces", "mon numéro c'est 1 85 05 78 006 084 91 merci", true, "006 084"},
		{"nir compact", "2690549588157 80", true, "2690549588157"},
		{"nir wrong key", "1 85 05 78 006 084 92", false, ""},
		{"nir corsica", "1 85 05 2A 006 084 35", true, "006 084"},
		{"iban", "mon rib FR76 3000 6000 0112 3456 7890 189 voila", true, "3456"},
		{"iban bad checksum", "FR76 3000 6000 0112 3456 7890 188", false, ""},
		{"card", "carte 4970 1012 3456 7893 expire", true, "3456"},
		{"card not luhn", "4970 1012 3456 7890", false, ""},
		{"phone is not a secret", "appelez moi au 06 12 34 56 78", false, ""},
		{"password after est", "mon mot de passe est Soleil2024 et ça marche pas", true, "Soleil2024"},
		{"password after colon", "mdp: azerty", true, "azerty"},
		{"password with digits", "mot de passe toto1234", true, "toto1234"},
		{"forgotten password is a question", "j'ai oublié mon mot de passe caf", false, ""},
		{"password forgotten", "mot de passe oublié", false, ""},
		{"plain words", "mot de passe impossible à changer", false, ""},
		{"nothing", "bonjour, j'ai perdu ma carte vitale", false, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, found := MaskSecrets(tt.in)
			if found != tt.masked {
				t.Errorf("MaskSecrets(%q) found = %v, want %v (got %q)", tt.in, found, tt.masked, got)
			}
			if tt.gone != "" && strings.Contains(got, tt.gone) {
				t.Errorf("MaskSecrets(%q) = %q, still holds %q", tt.in, got, tt.gone)
			}
			if !found && got != tt.in {
				t.Errorf("MaskSecrets(%q) changed the text to %q without finding a secret", tt.in, got)
			}
		})
	}
}

func FuzzMaskSecrets(f *testing.F) {
	for _, s := range []string{"1 85 05 78 006 084 91", "FR76 3000 6000 0112 3456 7890 189", "mdp: x", "", "🙂"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		got, found := MaskSecrets(s)
		if !found && got != s {
			t.Errorf("changed %q to %q without a secret", s, got)
		}
		again, _ := MaskSecrets(got)
		if again != got {
			t.Errorf("masking is not stable: %q then %q", got, again)
		}
	})
}
