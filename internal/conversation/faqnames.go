package conversation

// FAQNames are the names of the FAQ the service answers from, as the
// reports show them: each theme's label, each entry's theme and title.
// The report commands ask the running service for them instead of
// loading the FAQ's files.
type FAQNames struct {
	Themes  map[string]string       `json:"themes"`  // theme id → label
	Entries map[string]FAQEntryName `json:"entries"` // entry id → names
}

// FAQEntryName is an entry's theme and title.
type FAQEntryName struct {
	Theme string `json:"theme"`
	Title string `json:"title"`
}

// FAQNames returns the names of the FAQ the service answers from now.
func (s *Service) FAQNames() FAQNames {
	cat := s.Catalog()
	n := FAQNames{Themes: make(map[string]string, len(cat.Themes)), Entries: make(map[string]FAQEntryName, len(cat.Entries))}
	for _, t := range cat.Themes {
		n.Themes[t.ID] = t.Label
	}
	for _, e := range cat.Entries {
		n.Entries[e.ID] = FAQEntryName{Theme: e.Theme, Title: e.Title}
	}
	return n
}
