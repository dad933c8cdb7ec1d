package secret

import "strings"

// strongShaped masks in text the words shaped like a made-up password,
// whatever introduces them or not: eight characters or more of ASCII,
// with letters, digits and a sign that ordinary words, amounts, dates,
// references and codes of the administrations never hold inside them
// (« + » is not one: a bank's mandate reference begins « ++ »)
// (« %@8qzVj_qM6WSD », « Bz9!tR4w », « #%*XT1Se39 »). Residents paste such
// a password alone on a line, or after words no list foresees (« j'ai
// changé pour … », « c'était … je crois »). It reports whether it masked
// one. Links and e-mail addresses are left alone; quotes and the
// sentence's closing punctuation stay outside the mask.
func strongShaped(text string) (string, bool) {
	var b strings.Builder
	last := 0
	var cores [4]string // the passwords found, for their respellings
	n := 0
	for i, j := 0, 0; i < len(text); i = j {
		i, j = nextShapeField(text, i)
		if start, end := passwordCore(text[i:j]); end > start && n < len(cores) {
			cores[n] = text[i+start : i+end]
			n++
		}
	}
	if n == 0 {
		return text, false
	}
	for i, j := 0, 0; i < len(text); i = j {
		i, j = nextShapeField(text, i)
		start, end := passwordCore(text[i:j])
		if end <= start {
			start, end = respelling(text[i:j], cores[:n])
		}
		if end > start {
			if b.Len() == 0 {
				b.Grow(len(text))
			}
			b.WriteString(text[last : i+start])
			b.WriteString(MaskPassword)
			last = i + end
		}
	}
	if last == 0 {
		return text, false
	}
	b.WriteString(text[last:])
	return b.String(), true
}

// nextShapeField returns the bounds of the field of strongShaped that
// starts at or after byte i.
func nextShapeField(text string, i int) (int, int) {
	for i < len(text) && isFieldSpace(text[i]) {
		i++
	}
	j := i
	for j < len(text) && !isFieldSpace(text[j]) {
		j++
	}
	return i, j
}

// respelling returns the bytes of field that hold one of the passwords
// cores written again with a sign or another case (« 2w3e4r5t! »,
// respelled), or start == end.
func respelling(field string, cores []string) (start, end int) {
	f := strings.TrimRight(field, ".,;:?)")
	for _, c := range cores {
		if f != c && sameAlnum(f, c) {
			return 0, len(f)
		}
	}
	return 0, 0
}

// isFieldSpace reports whether c ends a word for strongShaped: ASCII
// space, or the first byte of a non-ASCII character (a non-breaking
// space, an emoji, a guillemet), which a password of ASCII never holds.
func isFieldSpace(c byte) bool {
	return c == ' ' || c == '\n' || c == '\t' || c == '\r' || c >= 0x80
}

// passwordCore returns the bytes of field, a word between spaces, that
// hold a made-up password, or start == end when it holds none.
func passwordCore(field string) (start, end int) {
	if len(field) < 6 || strings.Contains(field, "://") || strings.HasPrefix(field, "www.") {
		return 0, 0
	}
	start, end = 0, len(field)
	for start < end && strings.IndexByte(`"'([{`, field[start]) >= 0 {
		start++
	}
	// « ghjkl;' »: a walk along a row may end on its marks. « 23 19
	// A123456 78 »: a capital then digits is a paper's reference (a tax
	// notice's), with no word that names a password.
	ref := isUpperASCII(field[start]) && isDigits(strings.TrimRight(field[start+1:end], `"'.,;:)]}`))
	if walked, _ := keyboardWalk(field[start:end]); walked && end-start >= 7 && strings.IndexFunc(field[start:end], isASCIILetter) >= 0 && !ref {
		return start, end
	}
	for end > start && strings.IndexByte(`"'.,;:)]}`, field[end-1]) >= 0 {
		end--
	}
	core := field[start:end]
	if walkPassword(core) && !ref {
		return start, end
	}
	if len(core) < 8 || strings.Contains(core, "[") {
		return 0, 0
	}
	if at := strings.IndexByte(core, '@'); at >= 0 && strings.IndexByte(core[at:], '.') > 0 {
		return 0, 0 // an e-mail address
	}
	letter, digit, sign := false, false, false
	// « !Bc6oBTq6q »: a sign that opens a word of capitals, small letters
	// and digits mixed is a password's, no sentence opens a word so.
	if (core[0] == '!' || core[0] == '?') && len(core) >= 9 && shuffled(core[1:]) {
		sign = true
	}
	for k := 0; k < len(core); k++ {
		c := core[k]
		switch {
		case c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z':
			letter = true
		case c >= '0' && c <= '9':
			digit = true
		case strings.IndexByte("#$%&*=@^~|", c) >= 0:
			sign = true
		case c == '!' || c == '?':
			// Between a letter or digit and another only: at the
			// word's end or in a run (« urgent!!!Merci »), the sentence's.
			// « Poussin!!76 »: a run of them before a digit too.
			r := k + 1
			for r < len(core) && (core[r] == '!' || core[r] == '?') {
				r++
			}
			// A run before a capital is two sentences glued (« urgent!!!Merci »).
			sign = sign || k > 0 && r < len(core) && isAlnum(core[k-1]) && (r == k+1 && isAlnum(core[r]) || isDigit(core[r]))
		}
	}
	if !letter || !digit || !sign {
		return 0, 0
	}
	return start, end
}

func isASCIILetter(r rune) bool { return r < 0x80 && isLetter(byte(r)) }

// shuffled reports whether s is only ASCII letters and digits, with
// capitals, small letters and digits, and a capital after a small letter
// or a digit: « Bc6oBTq6q », not « Paris2024 ».
func shuffled(s string) bool {
	upper, low, digit, inside := false, false, false, false
	for k := 0; k < len(s); k++ {
		c := s[k]
		switch {
		case c >= 'A' && c <= 'Z':
			upper = true
			inside = inside || k > 0 && !(s[k-1] >= 'A' && s[k-1] <= 'Z')
		case c >= 'a' && c <= 'z':
			low = true
		case c >= '0' && c <= '9':
			digit = true
		default:
			return false
		}
	}
	return upper && low && digit && inside
}
