package secret

import (
	"strings"
	"testing"
)

// TestStrongShaped checks that a word shaped like a made-up password is
// masked wherever it stands, and that the look-alikes residents write
// every day stay.
func TestStrongShaped(t *testing.T) {
	masked := []struct{ text, secret string }{
		{"#%*XT1Se39\nvoilà celui de la lettre, il faut le changer ?", "#%*XT1Se39"},
		{"J'ai changé pour %@8qzVj_qM6WSD. Ça passe ?", "%@8qzVj_qM6WSD"},
		{"ah non attendez, c'était Bz9?tR4x# je crois", "Bz9?tR4x#"},
		{"le wifi de chez moi « W1WbwB$!xKeUd_zB » marche pas", "W1WbwB$!xKeUd_zB"},
		{"essayé Kiwi&Lune2023 ce matin", "Kiwi&Lune2023"},
	}
	for _, c := range masked {
		got, kinds := Mask(c.text)
		if strings.Contains(got, c.secret) || len(kinds) == 0 {
			t.Errorf("Mask(%q) = %q, %v: %q left in clear", c.text, got, kinds, c.secret)
		}
	}
	kept := []string{
		"écrivez-moi à k.nguyen75@yahoo.fr ou sur https://www.caf.fr/allocataires?id=42&x=1",
		"Référence unique du mandat : ++ASSUR-0098-1124-7734",
		"Identifiant créancier SEPA : FR26ZZZ642458",
		"dossier ER3612071718, mon iPhone13 et la Livebox4",
		"tapez *144# pour le solde, n°12345678, de 10h30-12h00",
		"Mon nouveau mot de passe était trop court, j'ai mis 2 fois Paris!!",
		"C'est urgent!!!Merci2024",
	}
	for _, text := range kept {
		if got, _ := strongShaped(text); got != text {
			t.Errorf("strongShaped(%q) = %q, want it unchanged", text, got)
		}
	}
}

// TestStrongShapedTwice checks that the mask it writes is not read again.
func TestStrongShapedTwice(t *testing.T) {
	once, _ := Mask("mon code Bz9!tR4w et l'autre %@8qzVj_qM6WSD")
	if twice, _ := Mask(once); twice != once {
		t.Errorf("masking twice gives %q, once %q", twice, once)
	}
}
