// Package typo measures how far a word is from another by typing
// mistakes: a letter wrong, missing or added, or two letters swapped. The
// answer engine reads « atestation » as « attestation » with it, and the
// masker reads « criptogramme » as « cryptogramme ».
package typo

// short is the length, in runes, up to which Distance works without
// allocating.
const short = 32

// Distance returns the optimal string alignment distance between a and b
// (Damerau–Levenshtein where no letter is edited twice), counted in runes,
// or most+1 as soon as it is sure to be greater than most.
func Distance(a, b string, most int) int {
	var bufA, bufB [short]rune
	ra, rb := runes(a, bufA[:0]), runes(b, bufB[:0])
	if d := len(ra) - len(rb); d > most || -d > most {
		return most + 1
	}
	var rows [3][short + 1]int
	var prev2, prev, cur []int
	if len(rb) <= short {
		prev2, prev, cur = rows[0][:len(rb)+1], rows[1][:len(rb)+1], rows[2][:len(rb)+1]
	} else {
		prev2, prev, cur = make([]int, len(rb)+1), make([]int, len(rb)+1), make([]int, len(rb)+1)
	}
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(ra); i++ {
		cur[0] = i
		low := cur[0]
		for j := 1; j <= len(rb); j++ {
			cost := 1
			if ra[i-1] == rb[j-1] {
				cost = 0
			}
			v := min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
			if i > 1 && j > 1 && ra[i-1] == rb[j-2] && ra[i-2] == rb[j-1] {
				v = min(v, prev2[j-2]+1)
			}
			cur[j] = v
			low = min(low, v)
		}
		if low > most {
			return most + 1
		}
		prev2, prev, cur = prev, cur, prev2
	}
	return min(prev[len(rb)], most+1)
}

// runes appends the runes of s to buf, which it grows only past short.
func runes(s string, buf []rune) []rune {
	for _, r := range s {
		buf = append(buf, r)
	}
	return buf
}
