package catalog

import "strings"

// Words written as they sound. Residents who text write French by ear:
// « kart vital » for « carte Vitale », « avi » for « avis », « dehor » for
// « dehors », « bloker » for « bloquer », « credi » for « crédit ». Such a
// word is no typo of the FAQ's word — its first letter differs, or it is
// too short to correct — yet it sounds the same. When a word of a question
// is unknown to the content, the matcher reads it by its sound: a word of
// the content that sounds the same gives its token (match counted as a
// correction), and a word that sounds like a stop word (« veu », « fai »,
// « jveu ») is dropped as the stop word would be. A glued elision is read
// the same way: « dimpo » is « d'impôt ».

// minSoundKey is the shortest sound key that finds a word of the content:
// shorter ones (« pa », « kA ») are too many words.
const minSoundKey = 3

// soundKey reduces a folded word to a rough pronunciation (soundStem) and
// drops the letters that texting residents leave out at the end: a final
// e, then a final s or x, then a final t, d, p or g, then the e these
// leave (« frais » and « frai » are both « fre », « apres » and « apre »
// « apr »). « carte » and
// « kart » are both « kar », « impots » and « impo » are « Ipo »,
// « avis » and « avi » are « avi ».
func soundKey(w string) string {
	s := soundStem(w)
	for _, set := range []string{"e", "sx", "tdpg"} {
		if n := len(s); n > 2 && strings.IndexByte(set, s[n-1]) >= 0 {
			s = s[:n-1]
		}
	}
	if n := len(s); n > 3 && s[n-1] == 'e' {
		s = s[:n-1] // « voudrais » is « voudre », then « voudr », as « voudrai »
	}
	return s
}

// A soundIndex maps sound keys to what the matcher makes of a word that
// sounds so.
type soundIndex struct {
	content map[string]string // sound key → the most written content word (folded) that sounds so
	stop    map[string]bool   // sound keys of the stop words
}

// stopSounds are the sound keys of the stop words of three letters or
// more, but those that a content word also sounds like.
var stopSounds = func() map[string]bool {
	out := map[string]bool{}
	for w := range stopWords {
		if len(w) >= 3 {
			out[soundKey(w)] = true
		}
	}
	return out
}()

// newSoundIndex reads the content's words (the keys of surface) and how
// often each is written (count). The words that only synonyms' variants
// write are left out: they are residents' spellings already, and a word
// that sounds like « paumé » is rather « pomme » than « perdu ».
func newSoundIndex(surface map[string]string, count map[string]int, syn map[string][]string) soundIndex {
	variants := map[string]int{}
	for _, vs := range syn {
		for _, v := range vs {
			for _, w := range words(v) {
				variants[w.folded]++
			}
		}
	}
	ix := soundIndex{content: map[string]string{}, stop: map[string]bool{}}
	for w := range surface {
		if len(w) < 3 || isDigits(w) || variants[w] >= count[w] {
			continue
		}
		k := soundKey(w)
		if len(k) < minSoundKey {
			continue
		}
		b, ok := ix.content[k]
		if !ok || count[w] > count[b] || count[w] == count[b] && w < b {
			ix.content[k] = w
		}
	}
	for k := range stopSounds {
		if _, ok := ix.content[k]; !ok {
			ix.stop[k] = true
		}
	}
	return ix
}

// lookup reads folded word f, unknown to the content, by its sound: c is
// the content word it sounds like (found), or drop is true when it sounds
// like a stop word.
func (ix soundIndex) lookup(f string) (c string, found, drop bool) {
	if len(f) < 3 {
		return "", false, false
	}
	k := soundKey(f)
	if t, ok := ix.content[k]; ok && len(k) >= minSoundKey {
		return t, true, false
	}
	if ix.stop[k] && len(f) <= 5 {
		return "", false, true
	}
	return "", false, false
}

// lookupGlued reads f as a glued elision whose rest is written by ear
// (« dimpo », « lamand », « jveu »). The caller weighs it against a typo
// correction: « logment » is a typo of « logement », no « l'augment »,
// but « dimpo » is « d'impôt », no typo of « dispo ».
func (ix soundIndex) lookupGlued(f string) (c string, found, drop bool) {
	for _, p := range gluedPrefixes {
		r, ok := strings.CutPrefix(f, p)
		if !ok || p == "c" || p == "k" || p != "j" && strings.IndexByte("aeiouyh", r[0]) < 0 {
			continue
		}
		if p == "j" && len(r) >= 3 && len(r) <= 5 && ix.stop[soundKey(r)] {
			return "", false, true // « jveu », « jfai », « jvai »
		}
		if len(r) < minRest(p) {
			continue
		}
		if t, ok := ix.content[soundKey(r)]; ok {
			return t, true, false
		}
	}
	return "", false, false
}
