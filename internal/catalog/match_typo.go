package catalog

import "pimmsbot/internal/typo"

// Typo tolerance: a symmetric-delete index (as in SymSpell) over the words
// of the content. A word of 5 to 8 letters may be one edit away from a known
// word, a longer one two edits; an edit is an insertion, a deletion, a
// substitution or the transposition of two neighbours. The first letter must
// match: residents rarely mistype it, and real words one edit from a FAQ
// word mostly differ there (montre/contre, rendre/prendre, pâtes/dates).

const (
	typoMinLen  = 5 // shorter words are too ambiguous to correct
	typoLongLen = 9 // from this length two edits are allowed

	maxTypoLookups = 8 // per question
)

type typoIndex struct {
	words   []string
	deletes map[string][]int32
}

func maxEdits(n int) int {
	switch {
	case n < typoMinLen:
		return 0
	case n < typoLongLen:
		return 1
	default:
		return 2
	}
}

func newTypoIndex(words []string) typoIndex {
	ix := typoIndex{deletes: map[string][]int32{}}
	for _, w := range words {
		n := len([]rune(w))
		if n < typoMinLen-1 || n > maxWordLen {
			continue
		}
		// A 4-letter word can be the correction of a 5-letter typo.
		k := maxEdits(n + 1)
		i := int32(len(ix.words))
		ix.words = append(ix.words, w)
		for _, d := range deletes(w, k) {
			if l := ix.deletes[d]; len(l) == 0 || l[len(l)-1] != i {
				ix.deletes[d] = append(l, i)
			}
		}
	}
	return ix
}

// deletes returns s and every string obtained by deleting up to k runes
// (k is 1 or 2); with k = 2 a string may appear twice.
func deletes(s string, k int) []string {
	r := []rune(s)
	out := make([]string, 0, 1+len(r)+len(r)*len(r)/2)
	out = append(out, s)
	buf := make([]rune, 0, len(r))
	for i := range r {
		if i > 0 && r[i] == r[i-1] {
			continue // deleting either of two equal neighbours gives the same string
		}
		buf = append(append(buf[:0], r[:i]...), r[i+1:]...)
		out = append(out, string(buf))
		if k < 2 {
			continue
		}
		for j := i + 1; j < len(r); j++ {
			if j > i+1 && r[j] == r[j-1] {
				continue
			}
			buf = append(append(append(buf[:0], r[:i]...), r[i+1:j]...), r[j+1:]...)
			out = append(out, string(buf))
		}
	}
	return out
}

// lookup returns the known word closest to w within the allowed edits and
// with the same first letter; on a tie, the first in alphabetical order.
func (ix typoIndex) lookup(w string) (string, bool) {
	n := len([]rune(w))
	k := maxEdits(n)
	if k == 0 || n > maxWordLen {
		return "", false
	}
	best, bestD := "", k+1
	for _, d := range deletes(w, k) {
		for _, i := range ix.deletes[d] {
			c := ix.words[i]
			if c == best || c[0] != w[0] {
				continue
			}
			dist := typo.Distance(w, c, k)
			if dist < bestD || dist == bestD && c < best {
				best, bestD = c, dist
			}
		}
	}
	return best, best != ""
}
