package report

import (
	"fmt"
	"strings"
)

// Names tell the report what the FAQ calls things. Every field may be nil:
// the ids are shown then.
type Names struct {
	// Theme returns a theme's label ("Énergie"), "" when unknown.
	Theme func(id string) string
	// EntryTheme returns the theme of an entry, "" when unknown.
	EntryTheme func(id string) string
	// EntryTitle returns an entry's title, "" when unknown.
	EntryTitle func(id string) string
	// Normalize turns a question into tokens to group similar questions
	// (catalog.Normalize); nil groups identical wordings only.
	Normalize func(string) []string
}

// ThemeLabel returns a theme's label, or its id when unknown.
func (n Names) ThemeLabel(id string) string {
	if n.Theme != nil {
		if l := n.Theme(id); l != "" {
			return l
		}
	}
	return id
}

// entryTheme returns the theme of an entry, "" when unknown.
func (n Names) entryTheme(id string) string {
	if n.EntryTheme != nil {
		return n.EntryTheme(id)
	}
	return ""
}

// intentLabels name the matcher's intents (catalog.IntentHandover…),
// which come out of it like entries: the candidates of an unanswered
// question may hold them.
var intentLabels = map[string]string{
	"handover": "Parler à un médiateur",
	"greeting": "Salutation",
	"thanks":   "Remerciement",
	"goodbye":  "Au revoir",
}

// entryTitle returns an entry's title, or its id when unknown.
func (n Names) entryTitle(id string) string {
	if l := intentLabels[id]; l != "" {
		return l
	}
	if n.EntryTitle != nil {
		if t := n.EntryTitle(id); t != "" {
			return t
		}
	}
	return id
}

// EntryLabel names an entry for the FAQ curators: « title [id] », or its
// id alone when unknown; an intent by its French label (« Parler à un
// médiateur [handover] »).
func (n Names) EntryLabel(id string) string {
	if l := intentLabels[id]; l != "" {
		return fmt.Sprintf("%s [%s]", l, id)
	}
	if n.EntryTitle != nil {
		if t := n.EntryTitle(id); t != "" {
			return fmt.Sprintf("%s [%s]", t, id)
		}
	}
	return id
}

// isTheme and isEntry tell whether an id is a theme or an entry of the
// FAQ: the FAQ requires a label and a title.
func (n Names) isTheme(id string) bool { return n.Theme != nil && n.Theme(id) != "" }
func (n Names) isEntry(id string) bool { return n.EntryTitle != nil && n.EntryTitle(id) != "" }

// normalize returns Normalize, or strings.Fields when it is nil.
func (n Names) normalize() func(string) []string {
	if n.Normalize == nil {
		return strings.Fields
	}
	return n.Normalize
}
