package typo

import "testing"

func TestDistance(t *testing.T) {
	tests := []struct {
		a, b       string
		most, want int
	}{
		{"attestation", "attestation", 2, 0},
		{"attestaiton", "attestation", 2, 1},  // two letters swapped
		{"atestation", "attestation", 2, 1},   // a letter missing
		{"attestations", "attestation", 2, 1}, // a letter added
		{"pasport", "passeport", 2, 2},
		{"logement", "paiement", 2, 3}, // beyond most
		{"cafe", "caf", 1, 1},
		{"", "abc", 2, 3},
		{"é", "e", 1, 1}, // runes, not bytes
		{"criptogramme", "cryptogramme", 1, 1},
		{"confidenciel", "confidentiel", 1, 1},
		{"ab", "ba", 1, 1},
		{"abcdefghijklmnopqrstuvwxyzabcdefghij", "abcdefghijklmnopqrstuvwxyzabcdefghik", 1, 1}, // past 32 runes
	}
	for _, tt := range tests {
		if got := Distance(tt.a, tt.b, tt.most); got != tt.want {
			t.Errorf("Distance(%q, %q, %d) = %d, want %d", tt.a, tt.b, tt.most, got, tt.want)
		}
	}
}

func BenchmarkDistance(b *testing.B) {
	for b.Loop() {
		Distance("criptogramme", "cryptogramme", 2)
	}
}
