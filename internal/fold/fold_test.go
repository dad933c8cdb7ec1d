package fold_test

import (
	"fmt"
	"testing"

	"pimmsbot/internal/fold"
)

func TestString(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"", ""},
		{"àâäéèêëîïôöùûüÿç", "aaaeeeeiioouuuyc"},
		{"Œuvre", "oeuvre"},
		{"ascii", "ascii"},
		{"apl", "apl"},
		{"CAF APL", "caf apl"},
		{"Œuvre à côté", "oeuvre a cote"},
		{"ŒUVRE", "oeuvre"},
		{"Ça été déjà", "ca ete deja"},
		{"ÉTÉ À L'ÎLE", "ete a l'ile"},
		{"naïve Noël aïeux", "naive noel aieux"},
		{"où dû gîte ÿ", "ou du gite y"},
		{"curriculum vitæ", "curriculum vitae"},
		{"Æsop Straße", "aesop strasse"},
		{"e\u0301te\u0301", "ete"}, // accents typed as combining marks
		{"mañana", "manana"},
		{"n° 3 €", "n° 3 €"},
		{"l’ancien", "l’ancien"},
		{"\u00a0:", "\u00a0:"},
	} {
		if got := fold.String(c.in); got != c.want {
			t.Errorf("String(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

// Folding twice changes nothing.
func TestStringIdempotent(t *testing.T) {
	for _, s := range []string{"Œuvre à côté", "ÉTÉ", "Straße", "e\u0301", "Ǆ ǅ ǆ", "İstanbul"} {
		once := fold.String(s)
		if twice := fold.String(once); twice != once {
			t.Errorf("String(String(%q)) = %q, String = %q", s, twice, once)
		}
	}
}

func TestStringASCIIDoesNotAllocate(t *testing.T) {
	n := testing.AllocsPerRun(100, func() { _ = fold.String("demande de logement social") })
	if n != 0 {
		t.Errorf("%v allocations for a lower-case ASCII string, want 0", n)
	}
}

func ExampleString() {
	fmt.Println(fold.String("Où déposer ma demande d'aide à l'Œuvre ?"))
	// Output: ou deposer ma demande d'aide a l'oeuvre ?
}
