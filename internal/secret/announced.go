package secret

import (
	"strings"
	"unicode/utf8"
)

// A value announced by a pronoun: the resident says they write, type or
// give « it » (« je l'ai tapé 5 fois », « je vous l'écris à l'envers »,
// « je vous le mets en bas », « je vous le donne ») and then gives it,
// after a colon or on a later line: « je l'ai tapé 3 fois : Aurore1982 »,
// « le mot de passe je vous le mets en dessous\n\nTintin&Milou ». The
// pronoun stands for a value the message holds; the value is the first
// run after the mark, shaped as a password (letters with digits or
// signs, or a capital inside a word), or any single word once a
// password is named. A file's name, an address, a link, a reference, a
// plate, a device, a phone number or a date stay.

// announcedValues masks the values announced by a pronoun and a verb of
// giving.
func (sc *scanner) announcedValues() {
	for k := 1; k < len(sc.toks); k++ {
		if !announceVerbs[sc.toks[k].norm] || !sc.pronounBefore(k) {
			continue
		}
		for f := k + 1; f < len(sc.toks) && f <= k+16; f++ {
			t := sc.toks[f]
			if t.norm == "?" || t.norm == "!" {
				break
			}
			if t.norm == "." && sc.text[t.start] != '\n' {
				break
			}
			if t.norm != ":" && t.norm != "." {
				continue
			}
			sc.announced(t.end)
			break
		}
	}
}

// pronounBefore reports whether the verb at token k has an object
// pronoun before it, after its subject: « je l'ai tapé », « je vous le
// mets », « je vous l'écris », or « je vous » before a verb that needs
// none (« je vous dicte »).
func (sc *scanner) pronounBefore(k int) bool {
	object := false
	for b := k - 1; b >= 0 && b >= k-4; b-- {
		switch n := sc.toks[b].norm; n {
		case "le", "l'", "la":
			object = true
		case "vous", "te", "lui":
			if dictateVerbs[sc.toks[k].norm] {
				object = true
			}
		case "ai", "avais", "vais", "veux", "peux", "y":
		case "je", "j'":
			return object
		default:
			return false
		}
	}
	return false
}

// announced masks the value that starts after byte i, past blank lines.
func (sc *scanner) announced(i int) {
	start, end, ok := sc.runAt(i)
	if !ok || sc.taken(start) {
		return
	}
	core := trimValue(sc.text[start:end])
	if core == "" {
		return
	}
	if passwordLike(core, false) {
		if reference(core) || ordinary(core) || mailLike(core) || isLink(core) || fileName(core) || wholeDate(core) ||
			software[leadingWord(core)] {
			return
		}
		sc.add(start, start+len(core), Password, MaskPassword)
		return
	}
	if sc.passwordNamed() {
		sc.lastWord(sc.tokenFrom(start))
	}
}

// fileName reports whether s is a file's name: « facture_2024.pdf ».
func fileName(s string) bool {
	i := strings.LastIndexByte(s, '.')
	if i < 0 || utf8.RuneCountInString(s[i+1:]) > 4 {
		return false
	}
	return fileTypes[strings.ToLower(s[i+1:])]
}

var (
	// announceVerbs give a value the pronoun before them stands for,
	// as the paradigm reads them.
	announceVerbs = set("tape", "mis", "mets", "met", "ecris", "ecrit", "donne", "note", "envoie", "envoye", "dicte",
		"epelle", "copie", "recopie", "colle", "marque", "saisi", "rentre", "ecrire", "mettre", "donner", "noter")
	// dictateVerbs need no object pronoun: « je vous dicte : … ».
	dictateVerbs = set("dicte", "epelle")
	fileTypes    = set("pdf", "jpg", "jpeg", "png", "doc", "docx", "odt", "heic", "txt", "xls", "xlsx", "zip")
)
