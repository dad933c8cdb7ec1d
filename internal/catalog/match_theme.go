package catalog

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Theme names. A resident who writes only « caf », « la poste » or
// « pole emploi » names a theme of the FAQ, not a question: such a word
// is common to many entries, so it weighs little and no entry is
// confident, and the engine would say it does not know. Match offers
// instead the entries of that theme the message matches best.
//
// The names of a theme are its id and the capitalised words of its label,
// as the matcher reads them: « Emploi et France Travail » names emploi by
// « emploi » and by the synonyms of France Travail (« pole emploi »),
// « Santé et Assurance maladie » by « ameli » and « cpam », the synonyms
// of the Assurance maladie. So are the words the theme owns: its entries
// name them in their titles or keywords, other themes' entries seldom use
// them (« ants », « sncf »). A name shared by two themes names neither.
// Emergency themes have no names: an emergency is never offered.

// themeNames returns the theme each theme name stands for, by token.
// titled lists the documents whose title or keywords use each token.
func (m *Matcher) themeNames(themes []Theme, titled map[string][]int32) map[string]string {
	names := map[string]string{}
	shared := map[string]bool{}
	add := func(tok, theme string) {
		if other, ok := names[tok]; ok && other != theme {
			shared[tok] = true
		}
		names[tok] = theme
	}
	emergency := map[string]bool{}
	for _, th := range themes {
		if th.Emergency {
			emergency[th.ID] = true
			continue
		}
		for _, tok := range m.nameTokens(th) {
			add(tok, th.ID)
		}
	}
	for tok, docs := range titled {
		if isDigits(tok) {
			continue // « 3949 »: a number names nothing
		}
		if th := m.ownTheme(tok, docs); th != "" && !emergency[th] {
			add(tok, th)
		}
	}
	for tok := range shared {
		delete(names, tok)
	}
	return names
}

// ownTheme returns the theme that owns a word, or "": three in four of
// the entries that use it in their title or keywords (docs), two or more,
// are of that theme, and so are half of the entries that use it at all
// (« ants », « sncf », « compteur »).
func (m *Matcher) ownTheme(tok string, docs []int32) string {
	byTheme := map[string]int{}
	for _, d := range docs {
		byTheme[m.docs[d].theme]++
	}
	for th, n := range byTheme {
		if th == "" || n < 2 || 4*n < 3*len(docs) {
			continue
		}
		in, all := 0, 0
		for _, p := range m.terms[tok].postings {
			if !m.docs[p.doc].intent {
				all++
				if m.docs[p.doc].theme == th {
					in++
				}
			}
		}
		if 2*in >= all {
			return th
		}
	}
	return ""
}

// nameTokens returns the tokens of a theme's names: its id, and the
// tokens of its label that are a capitalised word or a synonym's concept
// (« Assurance maladie », not « Assurance » alone).
func (m *Matcher) nameTokens(th Theme) []string {
	var out []string
	for _, t := range m.analyze(th.ID) {
		if t.term != nil && !t.term.chitchat {
			out = append(out, t.tok)
		}
	}
	capitalised := map[string]bool{}
	for _, w := range strings.Fields(th.Label) {
		if r, _ := utf8.DecodeRuneInString(w); unicode.IsUpper(r) {
			for _, t := range m.analyze(w) {
				capitalised[t.tok] = true
			}
		}
	}
	for _, t := range m.analyze(th.Label) {
		if t.term != nil && !t.term.chitchat && (capitalised[t.tok] || strings.Contains(t.tok, "_")) {
			out = append(out, t.tok)
		}
	}
	return out
}

// namedTheme returns the theme a question names when each of its words
// but small talk and vague words is a name of that theme (« la caf »,
// « bonjour pole emploi », « j'ai un problème avec la caf »), else "".
func (m *Matcher) namedTheme(qt []qtoken) string {
	theme := ""
	for _, t := range qt {
		if t.term != nil && t.term.chitchat || vagueWords[t.tok] {
			continue // « bonjour », « merci », « besoin », « problème »
		}
		th, ok := m.names[t.tok]
		if !ok || theme != "" && th != theme {
			return ""
		}
		theme = th
	}
	return theme
}

// namesAnyTheme reports whether one of the question's words is a theme's
// name (« et pour la caf »).
func (m *Matcher) namesAnyTheme(qt []qtoken) bool {
	for _, t := range qt {
		if _, ok := m.names[t.tok]; ok || m.paperwork[t.tok] {
			return true
		}
	}
	return false
}

// paperworkWords name the things of paperwork, whatever the organisation:
// a message that uses one asks about a démarche even when no entry
// answers it (« un extrait de casier judiciaire », « ce formulaire »), so
// it has a subject of its own (Result.NamesTheme), and the bot does not
// say it is none of the PIMMS's business.
const paperworkWords = `formulaire formulaires cerfa dossier démarche démarches papiers paperasse casier judiciaire
	extrait justificatif justificatifs attestation administration administratif administrative préfecture
	mairie tribunal courrier recommandé procuration pacs`

// paperworkTokens returns the tokens of paperworkWords as the matcher
// reads them.
func (m *Matcher) paperworkTokens() map[string]bool {
	set := map[string]bool{}
	for _, t := range m.analyze(paperworkWords) {
		if t.term == nil || !t.term.chitchat {
			set[t.tok] = true
		}
	}
	return set
}

// vagueWords are the words, as the matcher reads them, that say a resident
// needs something without saying what: « j'ai besoin d'aide pour la
// caf », « un souci avec les impôts » (souci reads problème),
// « renseignement France Travail »; « help » is the English word (« aide »
// reads « aid », a small-talk word). With a theme's name, they ask for
// that theme, not for one of its entries.
var vagueWords = map[string]bool{"besoin": true, "problem": true, "renseign": true, "info": true, "inform": true, "help": true}

// keepTheme keeps in rk.named the best entries of theme, as keepBest
// scores them; nothing when theme is "".
func (m *Matcher) keepTheme(rk *ranking, sc *scratch, w questionWeight, prob []float64, theme string) {
	if theme == "" {
		return
	}
	for _, d := range sc.docs {
		if m.docs[d].theme == theme && !m.urgent[d] {
			rk.named.insert(d, m.docScore(sc, w, prob, d, rk.smallTalkOnly), m.docs)
		}
	}
}

// offerTheme offers the entries of named, the best entries of the theme
// a message names: Clarify, or Confirm when the theme has one.
func (m *Matcher) offerTheme(res *Result, named best) {
	res.Offered = res.Offered[:0]
	for i := 0; i < named.n; i++ {
		res.Offered = append(res.Offered, m.docs[named.top[i]].id)
	}
	res.Outcome = Clarify
	if len(res.Offered) == 1 {
		res.Outcome = Confirm
	}
}
