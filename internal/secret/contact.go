package secret

import (
	"regexp"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// The masks MaskContact puts in place of what identifies a resident.
const (
	MaskPhone     = "[téléphone]"
	MaskEmail     = "[e-mail]"
	MaskBirthDate = "[date de naissance]"
	MaskAddress   = "[adresse]"
	MaskName      = "[nom]"
)

// MaskContact replaces in text what tells who a resident is and where to
// find them, for the tools that show residents' words to people who are
// not their mediator (the FAQ curators' review of unanswered questions,
// whose wordings may be pasted into the FAQ):
//
//   - a French phone number, fixed or mobile, grouped or not, with +33
//     or 0033 before it (« 06 12 34 56 78 », « +33 6 12 34 56 78 »); the
//     short numbers of public services (« 39 49 », « 3646 ») stay;
//   - an e-mail address;
//   - a date introduced as a birth date (« né le 12/03/1985 », « née le
//     3 mars 1990 », « date de naissance : … »); other dates stay;
//   - a street address: a number, then a kind of way (rue, avenue, bd,
//     chemin, allée, impasse, place…) and its name, with the postcode and
//     town that follow (« 12 bis rue des Lilas 69009 Lyon »); a kind of
//     way that is also a common word (place, cours, route…) counts only
//     before a capitalisedWay name (« 2 place de la Mairie », not « 1 place
//     de parking »);
//   - a name the resident gives as theirs (« je m'appelle Jean Dupont »,
//     « mon nom est … »).
//
// Ordinary numbers stay: amounts, dates that are no birth dates, file
// numbers. Mask, not this, masks secrets (NIR, IBAN, card, password);
// phone numbers stay in what mediators read, who may call the resident.
func MaskContact(text string) string {
	if !worthContact(text) {
		return text
	}
	var spans []span
	add := func(start, end int, mask string) {
		spans = append(spans, span{start: start, end: end, mask: mask})
	}
	for _, m := range emailRE.FindAllStringIndex(text, -1) {
		add(m[0], m[1], MaskEmail)
	}
	for _, m := range phoneRE.FindAllStringSubmatchIndex(text, -1) {
		if !contactDigitAt(text, m[3]) {
			add(m[2], m[3], MaskPhone)
		}
	}
	for _, m := range birthRE.FindAllStringSubmatchIndex(text, -1) {
		if !contactDigitAt(text, m[3]) {
			add(m[2], m[3], MaskBirthDate)
		}
	}
	for _, m := range addressRE.FindAllStringSubmatchIndex(text, -1) {
		if end := addressEnd(text, m); end > 0 {
			add(m[2], end, MaskAddress)
		}
	}
	for _, m := range nameCueRE.FindAllStringIndex(text, -1) {
		if end := nameEnd(text, m[1]); end > m[1] {
			add(m[1], end, MaskName)
		}
	}
	return replaceSpans(text, spans)
}

// worthContact reports whether text may hold anything MaskContact masks:
// a digit, an @, or a name's cue.
func worthContact(text string) bool {
	if strings.ContainsAny(text, "0123456789@") {
		return true
	}
	l := strings.ToLower(text)
	return strings.Contains(l, "appel") || strings.Contains(l, "nom")
}

// replaceSpans replaces the spans of text by their masks; of spans that
// overlap, the first to start (the longest when they start together)
// wins.
func replaceSpans(text string, spans []span) string {
	if len(spans) == 0 {
		return text
	}
	slices.SortFunc(spans, func(a, b span) int {
		if a.start != b.start {
			return a.start - b.start
		}
		return b.end - a.end
	})
	var b strings.Builder
	at := 0
	for _, s := range spans {
		if s.start < at {
			continue
		}
		b.WriteString(text[at:s.start])
		b.WriteString(s.mask)
		at = s.end
	}
	b.WriteString(text[at:])
	return b.String()
}

var (
	emailRE = regexp.MustCompile(`[\p{L}\d._%+\-]+@[\p{L}\d\-]+(?:\.[\p{L}\d\-]+)*\.\p{L}{2,}`)

	// A phone number, in group 1, with no digit right before it (nor,
	// MaskContact checks, after it).
	phoneRE = regexp.MustCompile(`(?:^|[^\d+])((?:(?:\+|00)\s?33[\s.\-]?(?:\(0\)[\s.\-]?)?[1-9]|0[1-9])(?:[\s.\-]?\d{2}){4})`)

	// A birth date, in group 1, after its cue.
	birthRE = regexp.MustCompile(`(?i)(?:^|[^\p{L}])(?:n[ée]e?(?:\s?\(e\))?\s+(?:le\s+|en\s+)?|date\s+de\s+naissance\s*:?\s*|naissance\s*:?\s*(?:le\s+)?|ddn\s*:?\s*)(` +
		`\d{1,2}\s?[/.\-]\s?\d{1,2}\s?[/.\-]\s?\d{2,4}` +
		`|(?:1er|\d{1,2})\s+(?:janvier|f[ée]vrier|mars|avril|mai|juin|juillet|ao[uû]t|septembre|octobre|novembre|d[ée]cembre)\s+\d{4}` +
		`|(?:19|20)\d{2})`)

	// A street address's start, from its number (group 1) to its kind of
	// way (group 2); addressEnd finds the rest.
	addressRE = regexp.MustCompile(`(?i)(?:^|[^\p{L}\d])(\d{1,4}\s?(?:(?:bis|ter|b)\b)?,?\s*)(` + wayKinds + `)\.?\s+`)

	// What introduces a resident's own name.
	nameCueRE = regexp.MustCompile(`(?i)(?:^|[^\p{L}])(?:je\s*m\s?['’]?\s?appel+e?|j\s?['’]?\s?m['’]?appel+e?|mon\s+nom\s+(?:est|c\s?['’]?\s?est|:)|nom\s+de\s+famille\s*:?|nom\s*:)\s*`)
)

// wayKinds are the kinds of ways of a French street address, as a
// regular expression's alternatives.
const wayKinds = `rue|avenue|av|bd|boulevard|blvd|chemin|ch|all[ée]e|impasse|imp|place|pl|cours|quai|route|rte|square|sq|passage|cit[ée]|r[ée]sidence|lotissement|hameau|sentier|voie|esplanade|promenade|mont[ée]e|faubourg|fbg|rond-point|parvis|villa|clos`

// commonWays are kinds of ways that are also common words (« 1 place de
// parking », « 3 cours de français »): they make an address only before
// a capitalisedWay name.
var commonWays = map[string]bool{
	"place": true, "pl": true, "cours": true, "route": true, "passage": true, "voie": true, "square": true,
	"clos": true, "villa": true, "ch": true, "imp": true, "av": true, "sq": true, "cité": true, "cite": true,
	"résidence": true, "residence": true, "promenade": true, "montée": true, "montee": true, "parvis": true,
}

// addressEnd returns where the address matched by m (addressRE) ends:
// after the way's name, up to 6 words, and the postcode and town after
// it; 0 when it is no address.
func addressEnd(text string, m []int) int {
	kind := strings.ToLower(text[m[4]:m[5]])
	ws := contactWordsFrom(text, m[1], 6)
	if len(ws) == 0 || stops(addressStops, strings.ToLower(ws[0].text)) {
		return 0
	}
	if commonWays[kind] && !capitalisedWay(ws, 3) {
		return 0
	}
	end := m[1]
	for _, w := range ws {
		low := strings.ToLower(w.text)
		if stops(addressStops, low) || w.sepBefore {
			break
		}
		end = w.end
		if isPostcode(w.text) {
			// The town follows its postcode.
			if next := contactWordsFrom(text, w.end, 1); len(next) == 1 && !next[0].sepBefore && !stops(addressStops, strings.ToLower(next[0].text)) {
				end = next[0].end
			}
			break
		}
	}
	return end
}

// capitalisedWay reports whether one of the first n words, past the
// wayArticles, starts with a capital or a digit.
func capitalisedWay(ws []contactWord, n int) bool {
	for i, w := range ws {
		if i == n || w.sepBefore {
			return false
		}
		r := []rune(w.text)[0]
		if unicode.IsUpper(r) || unicode.IsDigit(r) {
			return true
		}
		if !wayArticles[strings.ToLower(w.text)] {
			return false
		}
	}
	return false
}

var wayArticles = map[string]bool{"de": true, "du": true, "des": true, "la": true, "le": true, "les": true, "l": true, "d": true}

// addressStops are words that end a way's name: what a resident writes
// after their address.
var addressStops = contactWordSet(`et mais je j tel tél téléphone telephone depuis pour avec à a au aux chez ou où mon ma mes
	il elle on nous vous ils elles qui que quoi comment pourquoi est suis ai né née nee ne email mail mobile portable
	appartement appart apt bâtiment batiment bat étage etage escalier code`)

// nameEnd returns where the name given at from ends: up to 3 words, not
// a word that says something else (« je m'appelle Jean et … »); from
// when there is none.
func nameEnd(text string, from int) int {
	end := from
	for _, w := range contactWordsFrom(text, from, 3) {
		low := strings.ToLower(w.text)
		if stops(nameStops, low) || w.sepBefore || isPostcode(w.text) {
			break
		}
		end = w.end
	}
	return end
}

// nameStops are words that are no part of a name given.
var nameStops = contactWordSet(`et mais je j tel tél téléphone telephone depuis pour avec à a au aux chez ou où mon ma mes
	il elle on nous vous est suis ai né née nee ne habite j'habite jhabite madame monsieur mme mr m mlle
	le la les un une de du des pas comment quoi que qui bonjour svp stp merci`)

func contactWordSet(s string) map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(s) {
		m[w] = true
	}
	return m
}

// A contactWord is a run of letters, digits, hyphens and apostrophes inside a
// word; sepBefore tells whether punctuation (not a space) came before it.
type contactWord struct {
	text      string
	end       int
	sepBefore bool
}

// contactWordsFrom returns the first n words of text from byte offset from.
func contactWordsFrom(text string, from, n int) []contactWord {
	var ws []contactWord
	sep := false
	i := from
	for i < len(text) && len(ws) < n {
		r, size := contactRune(text[i:])
		if !isContactRune(r) {
			if !unicode.IsSpace(r) {
				sep = true
			}
			i += size
			continue
		}
		start := i
		for i < len(text) {
			r, size = contactRune(text[i:])
			if !isContactRune(r) && !(r == '-' || r == '\'' || r == '’') {
				break
			}
			i += size
		}
		t := strings.TrimRight(text[start:i], "-'’")
		ws = append(ws, contactWord{text: t, end: start + len(t), sepBefore: sep})
		i = start + len(t)
		if i == start {
			i++
		}
		sep = false
	}
	return ws
}

func isContactRune(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }

func contactRune(s string) (rune, int) { return utf8.DecodeRuneInString(s) }

// contactDigitAt reports whether text has an ASCII digit at byte offset i.
func contactDigitAt(text string, i int) bool {
	return i < len(text) && text[i] >= '0' && text[i] <= '9'
}

// stops reports whether the word low, in lower case, or its part before
// an apostrophe (« j'habite »), is in set.
func stops(set map[string]bool, low string) bool {
	if set[low] {
		return true
	}
	if i := strings.IndexAny(low, "'’"); i > 0 {
		return set[low[:i]]
	}
	return false
}

// isPostcode reports whether w is a French postcode: five digits.
func isPostcode(w string) bool {
	if len(w) != 5 {
		return false
	}
	for _, r := range w {
		if r < '0' || r > '9' {
			return false
		}
	}
	return true
}
