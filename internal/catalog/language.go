package catalog

import (
	"slices"
	"strings"
	"unicode"

	"pimmsbot/internal/fold"
)

// Foreign reports whether s is written in another language than French:
// most of its letters are of another script than the Latin one (Arabic,
// Cyrillic…), or it holds at least two of the small words of another
// language (« I need help with my CAF », « necesito ayuda ») and more of
// them than of French. Names of organisations and the words French has
// borrowed (« mail », « help ») are not enough.
//
// The answer engine does not use it: it tells the resident whom the bot
// could not answer that the bot reads French, rather than that their
// question was not understood.
func Foreign(s string) bool {
	if len(s) > maxInputLen {
		s = s[:maxInputLen]
	}
	var latin, other int
	for _, r := range s {
		switch {
		case !unicode.IsLetter(r):
		case unicode.Is(unicode.Latin, r):
			latin++
		default:
			other++
		}
	}
	if other > latin {
		return true
	}
	french, counts := 0, make([]int, len(foreignWords))
	for _, w := range strings.FieldsFunc(fold.String(strings.ToLower(s)), func(r rune) bool {
		return !unicode.IsLetter(r)
	}) {
		if frenchWords[w] {
			french++
		}
		for i, lang := range foreignWords {
			if lang[w] {
				counts[i]++
			}
		}
	}
	best := slices.Max(counts)
	return best >= 2 && best > french
}

// frenchWords are small French words, folded to ASCII, that a question
// in French almost always holds.
var frenchWords = wordSet(`je j me m moi tu te vous nous il elle on ils elles le la les l un une
	des du de d au aux mon ma mes ton ta votre vos notre nos son sa ses ce cet cette c ca
	est suis sont ai as avons avez ont etre avoir fait faire peux peut veux veut voudrais dois
	et ou mais donc pour avec sans dans sur chez par pas ne n plus tres bien aussi
	que qu qui quoi quand comment combien pourquoi quel quelle quels quelles
	bonjour merci svp stp oui non`)

// foreignWords are small words of the other languages residents write
// in (English, Spanish, Portuguese, Italian, Romanian, Moroccan Arabic in
// Latin letters), folded to ASCII. A word that French also uses (« a »,
// « on », « me », « con », « es », « y », « nu », « job ») is left out.
var foreignWords = []map[string]bool{
	wordSet(`i my you your we he she they it is are am was be been have has had do does did
		the and or but with from for of to in at this that these what how where when why who
		can could would should will need needs want help please hello hi thanks get got
		lost pay paid card money house apartment doctor`),
	wordSet(`necesito quiero tengo puedo puede como donde cuando porque hola gracias por favor
		para pero estoy esta mi mis su ayuda hacer mucho tambien ahora hijo hija trabajo`),
	wordSet(`preciso quero tenho posso voce meu minha obrigado obrigada nao ola onde fazer
		ajuda estou sou filho filha trabalho agora`),
	wordSet(`voglio ho bisogno aiuto grazie sono questo quando perche mio mia lavoro figlio`),
	wordSet(`vreau am nevoie ajutor sunt este pentru cum unde multumesc buna ziua copilul meu`),
	wordSet(`bghit bghina wach kifach kifash afak chno chnou dyal dial mzyan bzaf`),
}

// wordSet returns the words of a space-separated list as a set.
func wordSet(words string) map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(words) {
		m[w] = true
	}
	return m
}
