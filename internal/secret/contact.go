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
	findEmails(text, func(start, end int) { add(start, end, MaskEmail) })
	findAt(phoneRE, text, 32, phoneAt, func(m []int) int {
		if !contactDigitAt(text, m[3]) && !fileNumber(text, m[2], m[3]) {
			add(m[2], m[3], MaskPhone)
		}
		return m[1]
	})
	findAt(birthRE, text, 64, cueAt("nNdD"), func(m []int) int {
		if !contactDigitAt(text, m[3]) {
			add(m[2], m[3], MaskBirthDate)
		}
		return m[1]
	})
	findAt(addressRE, text, 32, numberAt, func(m []int) int {
		end := addressEnd(text, m)
		if end == 0 {
			return m[1]
		}
		add(m[2], end, MaskAddress)
		if slices.ContainsFunc(spans[:len(spans)-1], func(o span) bool { return o.start < end && m[2] < o.end }) {
			// It may lose to a phone number written before it: an
			// address inside it may be the one to mask.
			return m[1]
		}
		// A number inside the address (« 1 rue du 8 Mai 1945 ») starts
		// no other.
		return end
	})
	findAt(nameCueRE, text, 40, cueAt("jJmMnN"), func(m []int) int {
		end := nameEnd(text, m[1])
		if end > m[1] {
			add(m[1], end, MaskName)
		}
		return max(m[1], end)
	})
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
	// An e-mail address's domain, after its @.
	emailDomainRE = regexp.MustCompile(`^@[\p{L}\d\-]+(?:\.[\p{L}\d\-]+)*\.\p{L}{2,}`)

	// The patterns below are anchored: findAt tries them only where
	// they may start.

	// A phone number, in group 1, with no digit right before it
	// (phoneAt) nor, MaskContact checks, after it.
	phoneRE = regexp.MustCompile(`^((?:(?:\+|00)\s?33[\s.\-]?(?:\(0\)[\s.\-]?)?[1-9]|0[1-9])(?:[\s.\-]?\d{2}){4})`)

	// A birth date, in group 1, after its cue.
	birthRE = regexp.MustCompile(`(?i)^(?:n[ée]e?(?:\s?\(e\))?\s+(?:le\s+|en\s+)?|date\s+de\s+naissance\s*:?\s*|naissance\s*:?\s*(?:le\s+)?|ddn\s*:?\s*)(` +
		`\d{1,2}(?:\s?[/.\-]\s?|\s)\d{1,2}(?:\s?[/.\-]\s?|\s)\d{2,4}` +
		`|(?:1er|\d{1,2})\s+(?:janvier|f[ée]vrier|mars|avril|mai|juin|juillet|ao[uû]t|septembre|octobre|novembre|d[ée]cembre)\s+(?:\d{4}|\d{2})` +
		`|(?:19|20)\d{2})`)

	// A street address's start, from its number (group 1) to its kind of
	// way (group 2); addressEnd finds the rest.
	addressRE = regexp.MustCompile(`(?i)^(\d{1,4}\s?(?:(?:bis|ter|b)\b)?,?\s*)(` + wayKinds + `)\.?\s+`)

	// What introduces a resident's own name.
	nameCueRE = regexp.MustCompile(`(?i)^(?:je\s*m\s?['’]?\s?appel+e?|j\s?['’]?\s?m['’]?appel+e?|mon\s+nom\s+(?:est|c\s?['’]?\s?est|:)|nom\s+de\s+famille\s*:?|nom\s*:)\s*`)
)

// findAt hands found, in order, the matches of the anchored re that
// start at the offsets of text where at reports that one may, each
// looked for in the window bytes that follow (the longest cue and value,
// with room for stray spaces), with offsets in text; found returns where
// the next match may start, at or after the match's end. Go's regexp has
// no DFA: a pattern that may start at any digit or word, run over the
// whole text, steps all its threads over every byte (some 10 ms on 4 KB
// of digits), when a few anchored tries on short windows cost
// microseconds.
func findAt(re *regexp.Regexp, text string, window int, at func(text string, i int) bool, found func(m []int) int) {
	for i := 0; i < len(text); i++ {
		if !at(text, i) {
			continue
		}
		m := re.FindStringSubmatchIndex(text[i:min(i+window, len(text))])
		if m == nil {
			continue
		}
		for k := range m {
			if m[k] >= 0 {
				m[k] += i
			}
		}
		i = max(i, found(m)-1)
	}
}

// findEmails hands found, in order, where each e-mail address of text
// starts and ends: the letters, digits and ._%+- before an @, and a
// domain after it. It looks from each @, not from every letter.
func findEmails(text string, found func(start, end int)) {
	from := 0
	for from < len(text) {
		at := strings.IndexByte(text[from:], '@')
		if at < 0 {
			return
		}
		at += from
		start := at
		for start > from {
			r, size := utf8.DecodeLastRuneInString(text[from:start])
			if !unicode.IsLetter(r) && !(r >= '0' && r <= '9') && !strings.ContainsRune("._%+-", r) {
				break
			}
			start -= size
		}
		m := emailDomainRE.FindStringIndex(text[at:min(at+emailDomainMax, len(text))])
		if start == at || m == nil {
			from = at + 1
			continue
		}
		found(start, at+m[1])
		from = at + m[1]
	}
}

// emailDomainMax is the longest domain findEmails looks for, in bytes.
const emailDomainMax = 255

// fileNumber reports whether the phone number matched at text[start:end]
// is rather a file's number: ten digits in one piece, right after the
// name of a file, a contract or an account (« numéro de dossier
// 0123456789 », « réf. client 0412345678 ») and no word of a phone's.
// Mediators need such numbers to find the file. A number grouped as a
// phone's, or named a phone's, is one.
func fileNumber(text string, start, end int) bool {
	if end-start != 10 {
		return false
	}
	var buf [4]contactWord
	from := max(0, start-48)
	for from > 0 && from < start && !utf8.RuneStart(text[from]) {
		from++
	}
	ws := contactWordsFrom(buf[:0], text, lastWordsFrom(text, from, start, 4), 4)
	file := false
	for _, w := range ws {
		if w.end > start {
			break
		}
		low := strings.ToLower(w.text)
		if phoneWords[low] {
			return false
		}
		file = file || fileWords[low]
	}
	return file
}

// lastWordsFrom returns the byte, at or after from, where the last n
// words before byte at begin.
func lastWordsFrom(text string, from, at, n int) int {
	i, inWord := at, false
	for i > from {
		r, size := utf8.DecodeLastRuneInString(text[from:i])
		if isContactRune(r) {
			inWord = true
		} else if inWord {
			if n--; n == 0 {
				return i
			}
			inWord = false
		}
		i -= size
	}
	return from
}

// fileWords name a file, a contract or an account whose number may start
// with 0 as a phone's does; phoneWords name a phone.
var (
	fileWords = contactWordSet(`dossier dossiers référence reference réf ref client contrat facture allocataire
		demande identifiant fiscal pdl pce compteur commande colis suivi adhérent adherent sinistre affaire ticket
		bordereau recommandé recommande matricule prm avis`)
	phoneWords = contactWordSet(`tel tél téléphone telephone portable mobile fixe appeler appelez appelle joindre
		rappeler rappelez whatsapp sms joignable`)
)

// phoneAt reports whether a phone number may start at text[i]: a 0
// before a digit, or a + before 33, after no digit nor +.
func phoneAt(text string, i int) bool {
	switch {
	case text[i] == '0' && contactDigitAt(text, i+1):
	case text[i] == '+' && i+1 < len(text) && (text[i+1] == '3' || text[i+1] == ' '):
	default:
		return false
	}
	return i == 0 || !(text[i-1] >= '0' && text[i-1] <= '9' || text[i-1] == '+')
}

// numberAt reports whether an address's number may start at text[i]: an
// ASCII digit after no letter nor digit, whose number of at most four
// digits is followed, past spaces and a comma, by a kind of way or
// « bis » (« 12 rue », « 3 bis, av. »).
func numberAt(text string, i int) bool {
	if !contactDigitAt(text, i) {
		return false
	}
	if r, _ := utf8.DecodeLastRuneInString(text[:i]); i > 0 && (unicode.IsLetter(r) || r >= '0' && r <= '9') {
		return false
	}
	j := i
	for j < len(text) && contactDigitAt(text, j) {
		j++
	}
	if j-i > 4 {
		return false
	}
	for j < len(text) && strings.IndexByte(" \t\n\f\r,", text[j]) >= 0 {
		j++
	}
	k := j
	for k < len(text) {
		r, size := utf8.DecodeRuneInString(text[k:])
		if !unicode.IsLetter(r) && r != '-' {
			break
		}
		k += size
	}
	return k > j && wayWords[strings.ToLower(text[j:k])]
}

// wayWords are the words that may follow an address's number: the
// wayKinds, and what comes between (« 3 bis »).
var wayWords = func() map[string]bool {
	m := map[string]bool{"bis": true, "ter": true, "b": true}
	for _, w := range strings.Split(wayKinds, "|") {
		m[strings.ReplaceAll(w, "[ée]", "e")] = true
		m[strings.ReplaceAll(w, "[ée]", "é")] = true
	}
	return m
}()

// cueAt returns a test of whether a cue may start at text[i]: one of
// the bytes first, at the start of a word.
func cueAt(first string) func(text string, i int) bool {
	var starts [256]bool
	for _, c := range []byte(first) {
		starts[c] = true
	}
	return func(text string, i int) bool {
		if !starts[text[i]] {
			return false
		}
		r, _ := utf8.DecodeLastRuneInString(text[:i])
		return i == 0 || !unicode.IsLetter(r)
	}
}

// wayKinds are the kinds of ways of a French street address, as a
// regular expression's alternatives.
const wayKinds = `rue|avenue|av|bd|boulevard|blvd|chemin|ch|all[ée]e|impasse|imp|place|pl|cours|quai|route|rte|square|sq|passage|cit[ée]|r[ée]sidence|lotissement|hameau|sentier|voie|esplanade|promenade|mont[ée]e|faubourg|fbg|rond-point|parvis|villa|clos|r`

// commonWays are kinds of ways that are also common words (« 1 place de
// parking », « 3 cours de français »): they make an address only before
// a capitalisedWay name.
var commonWays = map[string]bool{
	"place": true, "pl": true, "cours": true, "route": true, "passage": true, "voie": true, "square": true,
	"clos": true, "villa": true, "ch": true, "imp": true, "av": true, "sq": true, "cité": true, "cite": true,
	"résidence": true, "residence": true, "promenade": true, "montée": true, "montee": true, "parvis": true,
	// « 12 r des Lilas », « 4 r. Victor Hugo »: « rue » cut to its letter.
	"r": true,
}

// addressEnd returns where the address matched by m (addressRE) ends:
// after the way's name, up to 6 words, and the postcode and town after
// it; 0 when it is no address.
func addressEnd(text string, m []int) int {
	kind := strings.ToLower(text[m[4]:m[5]])
	var buf [6]contactWord
	ws := contactWordsFrom(buf[:0], text, m[1], 6)
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
			var one [1]contactWord
			if next := contactWordsFrom(one[:0], text, w.end, 1); len(next) == 1 && !next[0].sepBefore && !stops(addressStops, strings.ToLower(next[0].text)) {
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
	var buf [3]contactWord
	for _, w := range contactWordsFrom(buf[:0], text, from, 3) {
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
	le la les un une de du des pas comment quoi que qui bonjour svp stp merci
	sur sous dans en par sans mal bien plus toujours encore déjà deja aussi trop très tres faux fausse
	écrit ecrit marqué marque inscrit orthographié orthographie changé change différent different
	incorrect erroné errone mauvais bon juste illisible composé compose`)

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

// contactWordsFrom appends to ws the first n words of text from byte
// offset from.
func contactWordsFrom(ws []contactWord, text string, from, n int) []contactWord {
	n += len(ws)
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
