package fold

import (
	"math/rand/v2"
	"strings"
	"testing"
)

// The table of Latin runes folds every string as the decomposition does.
func TestLatinFoldsAsDecomposed(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	pick := []rune("aAeEéÉèêëÈÊËàÀâÂçÇîÎïôÔöùÙûüÿŸœŒæÆß  ,'?!-0123456789Ǆǅǆİıĳſ\u00a0\u00ad")
	for range 20000 {
		var b strings.Builder
		for n := rng.IntN(12); n > 0; n-- {
			if rng.IntN(4) == 0 {
				b.WriteRune(rune(rng.IntN(0x250)))
			} else {
				b.WriteRune(pick[rng.IntN(len(pick))])
			}
		}
		s := b.String()
		if got, want := String(s), decomposed(s); got != want {
			t.Fatalf("String(%q) = %q, decomposed gives %q", s, got, want)
		}
	}
}

func FuzzString(f *testing.F) {
	for _, s := range []string{"Œuvre à côté", "e\u0301te\u0301", "ÉTÉ À L'ÎLE", "\xff\xfe", "Ǆ", "İstanbul", "日本"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		// An invalid byte reads as U+FFFD, which the table does not hold.
		if got, want := String(s), decomposed(s); got != want {
			t.Fatalf("String(%q) = %q, decomposed gives %q", s, got, want)
		}
	})
}

// A resident's question with accents: through the table, then through
// the decomposition it replaces.
func BenchmarkString(b *testing.B) {
	s := "Bonjour, je voudrais savoir où en est ma demande de prime d'activité à la CAF, c'est très urgent !"
	b.Run("table", func(b *testing.B) {
		for b.Loop() {
			_ = String(s)
		}
	})
	b.Run("decomposed", func(b *testing.B) {
		for b.Loop() {
			_ = decomposed(s)
		}
	})
}
