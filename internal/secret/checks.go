package secret

import "strings"

// validNIR reports whether s, 13 characters, has the structure of a French
// social security number: sex (1 or 2, 3 or 4 for a provisional number, 7
// or 8 for a foreign-born person's temporary one), year, month (01 to 12,
// or 20 to 42 and 50 to 99 when unknown), département (01 to 99, 2A or 2B
// for Corsica, 99 abroad), commune and order (never 000).
func validNIR(s string) bool {
	if len(s) != 13 {
		return false
	}
	switch s[0] {
	case '1', '2', '3', '4', '7', '8':
	default:
		return false
	}
	if !isDigits(s[1:5]) || !isDigits(s[7:13]) {
		return false
	}
	month := s[3:5]
	if month == "00" || month > "12" && month < "20" || month > "42" && month < "50" {
		return false
	}
	switch dep := strings.ToUpper(s[5:7]); {
	case dep == "2A" || dep == "2B":
	case !isDigits(dep) || dep == "00":
		return false
	}
	return s[7:10] != "000" && s[10:13] != "000"
}

// nirKey returns the key of a NIR's 13 characters: 97 minus the number
// modulo 97, where 2A counts as 19 and 2B as 18.
func nirKey(s string) string {
	switch strings.ToUpper(s[5:7]) {
	case "2A":
		s = s[:5] + "19" + s[7:]
	case "2B":
		s = s[:5] + "18" + s[7:]
	}
	var n uint64
	for i := range 13 {
		n = n*10 + uint64(s[i]-'0')
	}
	k := 97 - n%97
	return string([]byte{byte('0' + k/10), byte('0' + k%10)})
}

// validIBAN reports whether s is an IBAN: its country's letters, then its
// check digits, right modulo 97 once the first four characters are moved
// to the end and letters read as 10 to 35. Every country's account
// (after the check digits) is at least half digits: words read as
// groups (« le 10, rien sur le compte, et … ») are no IBAN, even when
// their sum is right by chance.
func validIBAN(s string) bool {
	if len(s) < 15 || len(s) > 34 {
		return false
	}
	s = strings.ToUpper(s)
	r, digits := 0, 0
	for _, c := range []byte(s[4:] + s[:4]) {
		switch {
		case isDigit(c):
			digits++
			r = (r*10 + int(c-'0')) % 97
		case c >= 'A' && c <= 'Z':
			r = (r*100 + int(c-'A'+10)) % 97
		default:
			return false
		}
	}
	return r == 1 && 2*(digits-2) >= len(s)-4
}

// ibanShaped reports whether s, an IBAN's characters, has the shape its
// country gives it: where the registry makes the account all digits
// (Germany, Spain, Iceland…), no letter past the check digits. A run of
// words read as groups (« is 20041010050 and the key is 57 ») is no
// Icelandic IBAN.
func ibanShaped(s string) bool {
	if !digitsOnlyBBAN[strings.ToUpper(s[:2])] {
		return true
	}
	return isDigits(s[4:])
}

// digitsOnlyBBAN are the countries whose IBAN has only digits after its
// check digits, from the SWIFT IBAN registry.
var digitsOnlyBBAN = set("AE", "AT", "BA", "BE", "BI", "CZ", "DE", "DJ", "DK", "EE", "EG", "ES", "FI", "FO",
	"GL", "HR", "HU", "IL", "IS", "LT", "LY", "ME", "NO", "PL", "PT", "RS", "SD", "SE", "SI", "SK", "TL",
	"TN", "XK")

// validRIB reports whether a French RIB's key is right: 97 minus (89 ×
// bank + 15 × branch + 3 × account) modulo 97, the account's letters read
// as digits (A and J as 1, B K S as 2, and so on).
func validRIB(bank, branch, account, key string) bool {
	if len(bank) != 5 || len(branch) != 5 || len(account) != 11 || len(key) != 2 ||
		!isDigits(bank) || !isDigits(branch) || !isDigits(key) {
		return false
	}
	num := func(s string) uint64 {
		var n uint64
		for i := 0; i < len(s); i++ {
			c := s[i]
			if c >= 'a' && c <= 'z' {
				c -= 'a' - 'A'
			}
			switch {
			case isDigit(c):
				n = n*10 + uint64(c-'0')
			case c >= 'A' && c <= 'Z':
				n = n*10 + uint64(ribLetter[c-'A'])
			default:
				return 1 << 62
			}
		}
		return n
	}
	a := num(account)
	if a == 1<<62 {
		return false
	}
	sum := (89*num(bank) + 15*num(branch) + 3*a) % 97
	return isDigits(account[:2]) && 97-sum == num(key)
}

// ribLetter is the digit a letter of a RIB's account counts for.
var ribLetter = [26]byte{1, 2, 3, 4, 5, 6, 7, 8, 9, 1, 2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5, 6, 7, 8, 9}

// validCard reports whether d, digits only, is a payment card number: the
// length and first digits of a card scheme (Visa, Mastercard, CB, American
// Express, Maestro…), and valid by Luhn. Fourteen digits, the length of a
// SIRET or an electricity meter's PDL, are never a card here.
func validCard(d string) bool {
	return cardShaped(d) && luhn(d)
}

// cardShaped reports whether d has a card issuer's prefix and length,
// whatever its Luhn check.
func cardShaped(d string) bool {
	n := len(d)
	if n < 13 || n > 19 || n == 14 {
		return false
	}
	switch d[0] {
	case '4': // Visa
	case '5', '6': // Mastercard, Maestro, Discover, UnionPay
		if n < 16 {
			return false
		}
	case '3': // American Express, JCB, Diners
		if n == 13 || n == 15 && d[1] != '4' && d[1] != '7' {
			return false
		}
	case '2': // Mastercard 2221 to 2720
		if n != 16 || d[:4] < "2221" || d[:4] > "2720" {
			return false
		}
	default:
		return false
	}
	return true
}

func luhn(d string) bool {
	sum := 0
	for i := len(d) - 1; i >= 0; i-- {
		n := int(d[i] - '0')
		if (len(d)-1-i)%2 == 1 {
			n *= 2
			if n > 9 {
				n -= 9
			}
		}
		sum += n
	}
	return sum%10 == 0
}

// validTaxNumber reports whether d, 13 digits, is a numéro fiscal: it
// starts with 0 to 3, and its last three digits are its first ten modulo
// 511.
func validTaxNumber(d string) bool {
	if len(d) != 13 || !isDigits(d) || d[0] > '3' || strings.Count(d, d[:1]) == len(d) {
		return false
	}
	var n, k uint64
	for i := range 10 {
		n = n*10 + uint64(d[i]-'0')
	}
	for i := 10; i < 13; i++ {
		k = k*10 + uint64(d[i]-'0')
	}
	return n%511 == k
}

// ibanLength is the length of an IBAN by country, from the SWIFT IBAN
// registry, with the countries of Africa that publish IBANs outside it.
var ibanLength = map[string]int{
	"AD": 24, "AE": 23, "AL": 28, "AT": 20, "AZ": 28, "BA": 20, "BE": 16, "BG": 22, "BH": 22, "BI": 27,
	"BR": 29, "BY": 28, "CH": 21, "CR": 22, "CY": 28, "CZ": 24, "DE": 22, "DJ": 27, "DK": 18, "DO": 28,
	"EE": 20, "EG": 29, "ES": 24, "FI": 18, "FK": 18, "FO": 18, "FR": 27, "GB": 22, "GE": 22, "GI": 23,
	"GL": 18, "GR": 27, "GT": 28, "HR": 21, "HU": 28, "IE": 22, "IL": 23, "IQ": 23, "IS": 26, "IT": 27,
	"JO": 30, "KW": 30, "KZ": 20, "LB": 28, "LC": 32, "LI": 21, "LT": 20, "LU": 20, "LV": 21, "LY": 25,
	"MC": 27, "MD": 24, "ME": 22, "MK": 19, "MN": 20, "MR": 27, "MT": 31, "MU": 30, "NI": 28, "NL": 18,
	"NO": 15, "OM": 23, "PK": 24, "PL": 28, "PS": 29, "PT": 25, "QA": 29, "RO": 24, "RS": 22, "RU": 33,
	"SA": 24, "SC": 31, "SD": 18, "SE": 24, "SI": 19, "SK": 24, "SM": 27, "SO": 23, "ST": 25, "SV": 28,
	"TL": 23, "TN": 24, "TR": 26, "UA": 29, "VA": 22, "VG": 24, "XK": 20, "YE": 30,
	// Outside the registry, used by banks of Africa.
	"DZ": 26, "AO": 25, "BJ": 28, "BF": 28, "CM": 27, "CV": 25, "CI": 28, "CG": 27, "GA": 27, "MG": 27,
	"ML": 28, "MA": 28, "SN": 28, "TG": 28, "KM": 27, "TD": 27, "NE": 28, "CF": 27, "GQ": 27, "GW": 25,
	"MZ": 25, "HN": 28, "IR": 26,
}
