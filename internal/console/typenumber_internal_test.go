package console

import (
	"strings"
	"testing"
)

// TestTypeANumber: a wrong number says what there is to type, and with a
// single button says it is the only choice (an outside check: « Tapez 1. »
// alone read as an order).
func TestTypeANumber(t *testing.T) {
	for n, want := range map[int]string{1: "qu'un choix", 2: "Tapez 1 ou 2.", 5: "de 1 à 5."} {
		if got := typeANumber(n); !strings.Contains(got, want) {
			t.Errorf("typeANumber(%d) = %q, want %q in it", n, got, want)
		}
	}
}
