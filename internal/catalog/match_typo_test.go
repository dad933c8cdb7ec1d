package catalog

import (
	"slices"
	"testing"
)

func TestTypoLookup(t *testing.T) {
	ix := newTypoIndex([]string{"attestation", "passeport", "logement", "vitale", "carte", "caf"})
	tests := []struct {
		in, want string
		ok       bool
	}{
		{"atestation", "attestation", true},
		{"passport", "passeport", true},
		{"atestaton", "attestation", true}, // two edits in a long word
		{"pasport", "", false},             // two edits in a 7-letter word
		{"logemnt", "logement", true},
		{"vitalle", "vitale", true},
		{"vitel", "", false}, // two edits in a short word
		{"carde", "carte", true},
		{"cat", "", false}, // too short to correct
		{"zzzzzzzz", "", false},
	}
	for _, tt := range tests {
		got, ok := ix.lookup(tt.in)
		if got != tt.want || ok != tt.ok {
			t.Errorf("lookup(%q) = %q, %v, want %q, %v", tt.in, got, ok, tt.want, tt.ok)
		}
	}
}

func TestDeletes(t *testing.T) {
	got := deletes("abb", 1)
	slices.Sort(got)
	if want := []string{"ab", "abb", "bb"}; !slices.Equal(got, want) {
		t.Errorf("deletes(abb, 1) = %q, want %q", got, want)
	}
	for _, d := range deletes("abcd", 2) {
		if len(d) < 2 {
			t.Errorf("deletes(abcd, 2) gave %q", d)
		}
	}
}
