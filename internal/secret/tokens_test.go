package secret

import (
	"testing"

	"pimmsbot/internal/fold"
)

// TestFold checks that the scanner folds words as fold.String does, in
// its buffer or not: every rune the buffer takes, alone and in words, and
// words it leaves to fold.String.
func TestFold(t *testing.T) {
	words := []string{"", "bonjour", "Bonjour", "CAF", "numéro", "NUMÉRO", "Sécurité", "œuvre", "ŒUVRE", "Straße",
		"cœur", "İstanbul", "ıi", "ĳssel", "ſ", "µm", "ºC", "e\u0301te\u0301", "Привет", "كلمة", "mot_de_passe2", "Ça"}
	for r := rune(0x80); r < 0x200; r++ {
		words = append(words, string(r), "a"+string(r)+"B", string(r)+string(r))
	}
	sc := &scanner{text: "0123456789"}
	for _, w := range words {
		if got, want := sc.fold(w), fold.String(w); got != want {
			t.Errorf("fold(%q) = %q, want %q", w, got, want)
		}
	}
}

// TestMaskConcurrent masks the tables' lines from several goroutines at
// once, as the core does for residents writing together: the scanners
// kept from one message to the next must give each the same answer as
// masking them one by one.
func TestMaskConcurrent(t *testing.T) {
	var texts, want []string
	for _, name := range tables[:4] {
		for _, l := range readTable(t, name) {
			got, _ := Mask(l.Text)
			texts, want = append(texts, l.Text), append(want, got)
		}
	}
	errs := make(chan string, 4)
	for g := range 4 {
		go func() {
			bad := ""
			for i := range texts {
				k := (i*7 + g*13) % len(texts)
				if got, _ := Mask(texts[k]); got != want[k] && bad == "" {
					bad = texts[k]
				}
			}
			errs <- bad
		}()
	}
	for range 4 {
		if bad := <-errs; bad != "" {
			t.Errorf("Mask(%q) differs when masking concurrently", bad)
		}
	}
}
