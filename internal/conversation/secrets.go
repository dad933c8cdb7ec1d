package conversation

import (
	"math/big"
	"regexp"
	"strings"
	"unicode"
)

// Secrets a resident should never send, masked before anything is stored.
var (
	// A French social security number (NIR): sex, year, month, department
	// (2A/2B for Corsica), commune, order, then a two-digit key.
	nirRe = regexp.MustCompile(`(?i)\b([12])[ .]?(\d{2})[ .]?(\d{2})[ .]?(\d{2}|2a|2b)[ .]?(\d{3})[ .]?(\d{3})[ .]?(\d{2})\b`)
	// An IBAN: country, check digits, then 11 to 30 letters or digits,
	// possibly in groups of four.
	ibanRe = regexp.MustCompile(`(?i)\b[a-z]{2}\d{2}(?: ?[a-z0-9]{4}){2,7}(?: ?[a-z0-9]{1,4})?\b`)
	// A payment card number: 13 to 19 digits, possibly grouped.
	cardRe = regexp.MustCompile(`\b\d(?:[ -]?\d){12,18}\b`)
	// A password or code given after the words that introduce it.
	passwordRe = regexp.MustCompile(`(?i)\b(mot de passe|mots de passe|mdp|password|pass|code secret|code confidentiel|code pin|pin)\b(\s*(?:est|c'est|c’est|=|:)?\s*)(\S+)`)
)

// Masks put in place of secrets in stored text.
const (
	maskNIR      = "[n° de sécurité sociale masqué]"
	maskIBAN     = "[IBAN masqué]"
	maskCard     = "[n° de carte masqué]"
	maskPassword = "[masqué]"
)

// MaskSecrets replaces in s what looks like a social security number (with
// a valid key), an IBAN (valid mod 97), a card number (valid Luhn) or a
// password after "mot de passe", and reports whether it found any.
func MaskSecrets(s string) (string, bool) {
	found := false
	s = nirRe.ReplaceAllStringFunc(s, func(m string) string {
		if validNIR(m) {
			found = true
			return maskNIR
		}
		return m
	})
	s = ibanRe.ReplaceAllStringFunc(s, func(m string) string {
		if validIBAN(m) {
			found = true
			return maskIBAN
		}
		return m
	})
	s = cardRe.ReplaceAllStringFunc(s, func(m string) string {
		if luhn(m) {
			found = true
			return maskCard
		}
		return m
	})
	s = passwordRe.ReplaceAllStringFunc(s, func(m string) string {
		sub := passwordRe.FindStringSubmatch(m)
		word := strings.ToLower(strings.Trim(sub[3], ".,;!?"))
		// "mot de passe oublié", "mdp caf": a question, not a secret. A
		// word is taken for a secret after "est", ":" or "=", or when it
		// holds a digit or a symbol.
		if commonWord[word] || word == "" {
			return m
		}
		if strings.TrimSpace(sub[2]) == "" && !strings.ContainsFunc(word, func(r rune) bool {
			return !unicode.IsLetter(r) && r != '\'' && r != '’'
		}) {
			return m
		}
		found = true
		return sub[1] + sub[2] + maskPassword
	})
	return s, found
}

// commonWord lists words that often follow "mot de passe" in a question.
var commonWord = map[string]bool{
	"oublié": true, "oublie": true, "oubliée": true, "perdu": true, "perdue": true, "bloqué": true,
	"bloque": true, "de": true, "du": true, "pour": true, "sur": true, "caf": true, "ameli": true,
	"impots": true, "impôts": true, "a": true, "à": true, "ne": true, "n'est": true, "marche": true,
	"changer": true, "modifier": true, "refaire": true, "svp": true, "et": true, "mais": true,
	"le": true, "la": true, "les": true, "mon": true, "ma": true, "mes": true, "un": true, "une": true,
	"pas": true, "plus": true, "incorrect": true, "faux": true, "erroné": true, "invalide": true,
	"expiré": true, "?": true, "!": true, "oubli": true, "reçu": true, "recu": true, "par": true,
	"provisoire": true, "temporaire": true, "trop": true, "avec": true, "dans": true, "en": true,
}

func digitsOnly(s string) string {
	var b strings.Builder
	for _, r := range s {
		if r >= '0' && r <= '9' {
			b.WriteRune(r)
		}
	}
	return b.String()
}

func validNIR(m string) bool {
	sub := nirRe.FindStringSubmatch(m)
	if sub == nil {
		return false
	}
	month := sub[3]
	if month == "00" || (month > "12" && month < "20") {
		return false
	}
	dep := strings.ToLower(sub[4])
	number := sub[1] + sub[2] + sub[3]
	switch dep {
	case "2a":
		number += "19"
	case "2b":
		number += "18"
	default:
		number += dep
	}
	number += sub[5] + sub[6]
	n, ok := new(big.Int).SetString(number, 10)
	if !ok {
		return false
	}
	key := 97 - new(big.Int).Mod(n, big.NewInt(97)).Int64()
	return sub[7] == twoDigits(key)
}

func twoDigits(n int64) string {
	return string([]byte{byte('0' + n/10), byte('0' + n%10)})
}

func validIBAN(m string) bool {
	s := strings.ToUpper(strings.ReplaceAll(m, " ", ""))
	if len(s) < 15 || len(s) > 34 {
		return false
	}
	s = s[4:] + s[:4]
	var b strings.Builder
	for _, r := range s {
		switch {
		case r >= '0' && r <= '9':
			b.WriteRune(r)
		case r >= 'A' && r <= 'Z':
			b.WriteString(big.NewInt(int64(r - 'A' + 10)).String())
		default:
			return false
		}
	}
	n, ok := new(big.Int).SetString(b.String(), 10)
	return ok && new(big.Int).Mod(n, big.NewInt(97)).Int64() == 1
}

func luhn(m string) bool {
	d := digitsOnly(m)
	if len(d) < 13 || len(d) > 19 {
		return false
	}
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
