package secret

import "testing"

func TestKeyboardWalk(t *testing.T) {
	for _, tc := range []struct {
		s            string
		walked, turn bool
	}{
		{"poiuytreza", true, false},
		{"mlkjhgfdsq", true, false},
		{"1qaz2wsx", true, true},
		{"zaq1xsw2", true, true},
		{"1q2w3e4r", true, true},
		{"!Q@W#E$R", true, true},
		{"1a2z3e4r", true, true},
		{"zsedcft", true, true},
		{"qazwsxedc", true, true},
		{"ASDFGH", true, false},
		{"0987654321", true, false},
		{"dessert", false, false},
		{"bonjour", false, false},
		{"aaaaaaa", false, false},
		{"azer", false, false},
	} {
		w, turn := keyboardWalk(tc.s)
		if w != tc.walked || w && turn != tc.turn {
			t.Errorf("keyboardWalk(%q) = %v, %v, want %v, %v", tc.s, w, turn, tc.walked, tc.turn)
		}
	}
}
