package conversation

import (
	"strings"

	"pimmsbot/internal/catalog"
	"pimmsbot/internal/fold"
)

// A FAQChoice is a FAQ entry offered to a mediator who types its name,
// as in Discord's /faq.
type FAQChoice struct {
	ID    string
	Title string
}

// FAQChoices returns up to n entries of the FAQ the service answers from
// whose id or title holds every word of query, accents and case aside:
// those whose id holds them all first, then the others, each group in
// the FAQ's order. An empty query gives the first n entries.
func (s *Service) FAQChoices(query string, n int) []FAQChoice {
	words := strings.Fields(fold.String(query))
	var byID, byTitle []FAQChoice
	for _, e := range s.Catalog().Entries {
		switch inID, inTitle := holdsAll(e, words); {
		case inID:
			byID = append(byID, FAQChoice{ID: e.ID, Title: e.Title})
		case inTitle:
			byTitle = append(byTitle, FAQChoice{ID: e.ID, Title: e.Title})
		}
	}
	out := append(byID, byTitle...)
	if len(out) > n {
		out = out[:n]
	}
	return out
}

// holdsAll reports whether the entry's id holds every word, and whether
// its id and title together do, each word in one or the other.
func holdsAll(e *catalog.Entry, words []string) (inID, inEither bool) {
	id, title := fold.String(e.ID), fold.String(e.Title)
	inID, inEither = true, true
	for _, w := range words {
		if !strings.Contains(id, w) {
			inID = false
			if !strings.Contains(title, w) {
				inEither = false
			}
		}
	}
	return inID, inEither
}

// EntryTitle returns the title of the FAQ entry id, "" when the FAQ the
// service answers from has none.
func (s *Service) EntryTitle(id string) string {
	if e, ok := s.Catalog().Entry(id); ok {
		return e.Title
	}
	return ""
}

// ThemeLabel returns the label of the FAQ theme id, "" when the FAQ the
// service answers from has none.
func (s *Service) ThemeLabel(id string) string {
	if t, ok := s.Catalog().Theme(id); ok {
		return t.Label
	}
	return ""
}
