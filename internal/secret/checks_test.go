package secret

import "testing"

// TestChecks checks each checksum on numbers computed by hand from their
// definitions, and on the same numbers with one digit changed.
func TestChecks(t *testing.T) {
	for _, c := range []struct {
		name string
		ok   bool
		got  bool
	}{
		{"NIR structure", true, validNIR("1850578006084")},
		{"NIR Corsica 2A", true, validNIR("260072A459532")},
		{"NIR born abroad", true, validNIR("1460999350667")},
		{"NIR month 13", false, validNIR("1851378006084")},
		{"NIR month 45", false, validNIR("1854578006084")},
		{"NIR month 30 (unknown)", true, validNIR("1853078006084")},
		{"NIR sex 5", false, validNIR("5850578006084")},
		{"NIR département 00", false, validNIR("1850500006084")},
		{"NIR order 000", false, validNIR("1850578006000")},
		{"NIR key", true, nirKey("1850578006084") == "91"},
		{"NIR key 2A counts as 19", true, nirKey("260072A459532") == "08"},
		{"NIR key 2B counts as 18", true, nirKey("155082B654934") == "11"},
		{"IBAN FR", true, validIBAN("FR7630006000011234567890189")},
		{"IBAN FR one digit off", false, validIBAN("FR7630006000011234567890188")},
		{"IBAN GB, letters", true, validIBAN("GB29NWBK60161331926819")},
		{"IBAN lower case", true, validIBAN("fr7630006000011234567890189")},
		{"RIB", true, validRIB("30002", "56353", "80856433943", "16")},
		{"RIB letter in account", true, validRIB("20041", "44078", "9984624C267", "39")},
		{"RIB wrong key", false, validRIB("30002", "56353", "80856433943", "17")},
		{"card Visa", true, validCard("4970101234567893")},
		{"card not Luhn", false, validCard("4970101234567890")},
		{"card Amex", true, validCard("376012345678909")},
		{"14 digits (SIRET) never a card", false, validCard("73282932000074")},
		{"card from an unknown scheme", false, validCard("9970101234567891")},
		{"numéro fiscal", true, validTaxNumber("0744919909461")},
		{"numéro fiscal wrong key", false, validTaxNumber("0744919909462")},
		{"numéro fiscal starting with 4", false, validTaxNumber("4744919909461")},
	} {
		if c.got != c.ok {
			t.Errorf("%s: got %v, want %v", c.name, c.got, c.ok)
		}
	}
}
