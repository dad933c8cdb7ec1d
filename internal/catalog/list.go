package catalog

import (
	"encoding/json"
	"fmt"
	"io"
)

// WriteList writes one entry per line, as "pimmsbot faq list" prints
// them: "id<TAB>theme<TAB>title".
func (c *Catalog) WriteList(w io.Writer) error {
	for _, e := range c.Entries {
		if _, err := fmt.Fprintf(w, "%s\t%s\t%s\n", e.ID, e.Theme, e.Title); err != nil {
			return err
		}
	}
	return nil
}

// WriteListJSON writes one JSON object per entry and per line, as
// "pimmsbot faq list --json" prints them: the fields a reader of the FAQ
// needs, lists never null, HTML not escaped.
func (c *Catalog) WriteListJSON(w io.Writer) error {
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	for _, e := range c.Entries {
		if err := enc.Encode(listedEntry(e)); err != nil {
			return err
		}
	}
	return nil
}

// jsonEntry is an entry as WriteListJSON writes it.
type jsonEntry struct {
	ID        string   `json:"id"`
	Theme     string   `json:"theme"`
	Title     string   `json:"title"`
	Questions []string `json:"questions"`
	Keywords  []string `json:"keywords"`
	Answer    string   `json:"answer"`
	Sources   []string `json:"sources"`
	Reviewed  string   `json:"reviewed"`
	Handover  bool     `json:"handover"`
}

func listedEntry(e *Entry) jsonEntry {
	nonNil := func(s []string) []string {
		if s == nil {
			return []string{}
		}
		return s
	}
	return jsonEntry{
		ID: e.ID, Theme: e.Theme, Title: e.Title,
		Questions: nonNil(e.Questions), Keywords: nonNil(e.Keywords),
		Answer: e.Answer, Sources: nonNil(e.Sources), Reviewed: e.Reviewed, Handover: e.Handover,
	}
}

// CheckSummary sums up what Check found, in French, as "pimmsbot faq
// check" prints it: "N fiches, N thèmes, N intentions, N groupes de
// synonymes ; N erreurs, N avertissements" (singular for 0 and 1).
func CheckSummary(c *Catalog, problems []Problem) string {
	nerr, nwarn := 0, 0
	for _, p := range problems {
		if p.Warning {
			nwarn++
		} else {
			nerr++
		}
	}
	return count(len(c.Entries), "fiche", "fiches") + ", " +
		count(len(c.Themes), "thème", "thèmes") + ", " +
		count(len(c.Intents), "intention", "intentions") + ", " +
		count(len(c.Synonyms), "groupe de synonymes", "groupes de synonymes") + nbsp + "; " +
		count(nerr, "erreur", "erreurs") + ", " + count(nwarn, "avertissement", "avertissements")
}
