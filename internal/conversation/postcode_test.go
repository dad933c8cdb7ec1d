package conversation

import (
	"strings"
	"testing"
)

func TestFindPostcode(t *testing.T) {
	tests := []struct {
		text, want string
	}{
		{"69009", "69009"},
		{"c 69009", "69009"},
		{"j'habite à Lyon 9e 69009", "69009"},
		{"69 009", "69009"},
		{"75011 Paris", "75011"},
		{"code postal : 13001.", "13001"},
		{"97400", "97400"},
		{"6900", ""},                               // four digits
		{"690091", ""},                             // six
		{"0612345678", ""},                         // a phone number
		{"00123", ""},                              // no département 00
		{"Lyon", ""},                               // no digits
		{"69009abc", "69009"},                      // letters right after
		{strings.Repeat("mot ", 13) + "69009", ""}, // too long for an answer
	}
	for _, tt := range tests {
		got, ok := findPostcode(tt.text)
		if got != tt.want || ok != (tt.want != "") {
			t.Errorf("findPostcode(%q) = %q, %v; want %q", tt.text, got, ok, tt.want)
		}
	}
}

// FuzzFindPostcode checks that whatever a resident writes, a postcode
// found is five ASCII digits that the text holds.
func FuzzFindPostcode(f *testing.F) {
	for _, s := range []string{"69009", "c 69 009", "j'habite à Lyon 9e 69009", "0612345678", "２０１２３"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		code, ok := findPostcode(text)
		if !ok {
			return
		}
		if len(code) != 5 || strings.Trim(code, "0123456789") != "" || code[:2] == "00" {
			t.Fatalf("findPostcode(%q) = %q", text, code)
		}
		if !strings.Contains(text, code) && !strings.Contains(text, code[:2]+" "+code[2:]) {
			t.Fatalf("findPostcode(%q) = %q, not in the text", text, code)
		}
	})
}
