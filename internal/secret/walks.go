package secret

import "strings"

// A keyboard walk is typed by moving a finger from key to key: along a row
// in either direction (« poiuytreza »), down a column and up the next
// (« 1qaz2wsx »), in a zigzag between two rows (« 1q2w3e4r »), with the
// shift key held or not (« !Q@W#E$R », « )àçè »). A walk is read by where
// its keys are, not by a list of the walks seen: each key is placed on the
// AZERTY and the QWERTY keyboard, shifted and unshifted characters on the
// same key, and every step must reach a key next to the last, or, once
// three keys are walked in a straight stroke, a key next to where the
// stroke began (the next column, the next row).

// keyPlace is a key's row and column, the row counted from 1 so that the
// zero value says the character is on no key of the layout.
type keyPlace struct{ row, col int8 }

// layoutRows are the rows of a layout, from the digits' row down; each
// string lists the characters on a row's keys, from the left, and a row
// may be given twice, shifted and not, its columns the same.
type layoutRows [4][]string

var (
	qwertyRows = layoutRows{
		{"1234567890-=", "!@#$%^&*()_+"},
		{"qwertyuiop[]", "QWERTYUIOP{}"},
		{"asdfghjkl;'", "ASDFGHJKL:\""},
		{"zxcvbnm,./", "ZXCVBNM<>?"},
	}
	// AZERTY's digits are shifted; unshifted, the row holds accented
	// letters (outside ASCII, not placed) and the marks placed here,
	// « ~ » standing for a key with none.
	azertyRows = layoutRows{
		{"1234567890", "&~\"'(-~_~~)="},
		{"azertyuiop", "AZERTYUIOP"},
		{"qsdfghjklm", "QSDFGHJKLM"},
		{"wxcvbn,;:!", "WXCVBN?./~"},
	}
	keyboards = [...][128]keyPlace{placeKeys(azertyRows), placeKeys(qwertyRows)}
)

func placeKeys(rows layoutRows) [128]keyPlace {
	var m [128]keyPlace
	for r, forms := range rows {
		for _, f := range forms {
			for c := 0; c < len(f); c++ {
				if f[c] != '~' && m[f[c]].row == 0 {
					m[f[c]] = keyPlace{int8(r + 1), int8(c)}
				}
			}
		}
	}
	return m
}

// nextKeys reports whether b is a key next to a: beside it on its row,
// or on the row above or below where the rows' offset puts it.
func nextKeys(a, b keyPlace) bool {
	dr, dc := b.row-a.row, b.col-a.col
	switch dr {
	case 0:
		return dc == 1 || dc == -1
	case -1:
		return dc == 0 || dc == 1
	case 1:
		return dc == 0 || dc == -1
	}
	return false
}

// keyboardWalk reports whether s, ASCII, is a walk on one of the
// keyboards, and whether it leaves its row (a column, a zigzag).
func keyboardWalk(s string) (walked, turns bool) {
	if len(s) < 6 {
		return false, false
	}
	for _, kb := range keyboards {
		if ok, t := walkOn(&kb, s); ok {
			return true, t
		}
	}
	return false, false
}

func walkOn(kb *[128]keyPlace, s string) (walked, turns bool) {
	for k := 0; k < len(s); k++ {
		if s[k] >= 0x80 || kb[s[k]].row == 0 {
			return false, false
		}
	}
	// seg is where the stroke began; stroke, once a stroke is done and
	// the next began beside it, the step every stroke must repeat.
	seg, jumped := 0, false
	var stroke keyPlace
	for i := 1; i < len(s); i++ {
		last, p := kb[s[i-1]], kb[s[i]]
		step := keyPlace{p.row - last.row, p.col - last.col}
		switch {
		case nextKeys(last, p) && (!jumped || step == stroke):
			turns = turns || p.row != last.row
		case !jumped && i-seg >= 2 && straight(kb, s[seg:i]) && nextKeys(kb[s[seg]], p):
			// « 1qaz » then « 2wsx », « 0p » then « 9o »: strokes side by
			// side, each the same.
			jumped, turns, seg = true, true, i
			stroke = keyPlace{kb[s[1]].row - kb[s[0]].row, kb[s[1]].col - kb[s[0]].col}
		case jumped && i-seg == strokeLen(kb, s) && nextKeys(kb[s[seg]], p):
			seg = i
		default:
			return false, false
		}
	}
	if jumped && len(s)-seg != strokeLen(kb, s) {
		return false, false
	}
	return true, turns
}

// straight reports whether the keys of s go in one direction, each step
// the same.
func straight(kb *[128]keyPlace, s string) bool {
	for k := 2; k < len(s); k++ {
		a, b, c := kb[s[k-2]], kb[s[k-1]], kb[s[k]]
		if c.row-b.row != b.row-a.row || c.col-b.col != b.col-a.col {
			return false
		}
	}
	return true
}

// strokeLen returns the length of the first stroke of s, a walk of
// strokes side by side: the keys before the first step that reaches no
// key next to the last.
func strokeLen(kb *[128]keyPlace, s string) int {
	for k := 1; k < len(s); k++ {
		if !nextKeys(kb[s[k-1]], kb[s[k]]) {
			return k
		}
	}
	return len(s)
}

// walkPassword reports whether s is a password made of a keyboard walk:
// a walk of seven keys or more, or of six that leaves its row or holds
// a digit or a sign, with digits or signs after it or before it
// (« poiuytreza », « qazwsx », « 2024mlkjhg »). Digits alone are
// numbers, read elsewhere; « azerty », a layout's name, stays.
func walkPassword(s string) bool {
	if len(s) < 6 || len(s) > 40 {
		return false
	}
	letters := strings.IndexFunc(s, func(r rune) bool { return r < 0x80 && isLetter(byte(r)) }) >= 0
	if !letters {
		return false
	}
	if walked, turns := keyboardWalk(s); walked {
		return turns || len(s) >= 7 || !onlyLetters(s)
	}
	// The walk with digits or signs around it.
	i, j := 0, len(s)
	for i < j && !isLetter(s[i]) && s[i] < 0x80 {
		i++
	}
	for j > i && !isLetter(s[j-1]) && s[j-1] < 0x80 {
		j--
	}
	if i == 0 && j == len(s) || !onlyLetters(s[i:j]) {
		return false
	}
	walked, turns := keyboardWalk(s[i:j])
	return walked && (turns || j-i >= 6)
}

// onlyLetters reports whether s is ASCII letters only.
func onlyLetters(s string) bool {
	for k := 0; k < len(s); k++ {
		if !isLetter(s[k]) {
			return false
		}
	}
	return true
}
