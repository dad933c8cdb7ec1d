package report

import (
	"cmp"
	"fmt"
	"io"
	"slices"
	"strings"

	"pimmsbot/internal/conversation"
	"pimmsbot/internal/secret"
)

// A Learned is what residents' taps say about one entry: the questions a
// resident confirmed (« Oui ») or picked it for, and the questions that
// ended in « don't know » while it was the best candidate.
type Learned struct {
	Entry string
	// Confirmed are the distinct wordings, most frequent first, masked as
	// stored: evidence for the entry's example questions, after review.
	Confirmed []Counted
	// DontKnow are the questions the bot did not know, with this entry
	// as the closest candidate, never shown to the resident; NotThis
	// those where the resident was shown it and refused it (« Non »,
	// « Aucune de ces questions »). Most frequent first.
	DontKnow, NotThis []Counted
	// Shown, Accepted and Refused count the suggestions of the entry.
	Shown, Accepted, Refused int
}

// NoCandidate is the Entry of the questions that ended in « don't know »
// without any candidate.
const NoCandidate = ""

// Learn groups the suggestions and the unanswered questions by entry:
// accepted suggestions give confirmed wordings, unanswered questions
// (every reason but conversation.ReasonNotHelpful) are grouped by their
// best candidate. Questions cleared by the purge are counted but not
// listed. Entries are sorted by the number of wordings, then by id.
func Learn(suggestions []conversation.Suggestion, unanswered []conversation.Unanswered) []Learned {
	by := map[string]*Learned{}
	get := func(id string) *Learned {
		l := by[id]
		if l == nil {
			l = &Learned{Entry: id}
			by[id] = l
		}
		return l
	}
	for _, sg := range suggestions {
		switch sg.Event {
		case conversation.SuggestionShown:
			for _, id := range sg.Offered {
				get(id).Shown++
			}
		case conversation.SuggestionAccepted:
			l := get(sg.Entry)
			l.Accepted++
			if q := strings.TrimSpace(sg.Question); q != "" {
				l.Confirmed = bump(l.Confirmed, q)
			}
		case conversation.SuggestionRefused:
			for _, id := range sg.Offered {
				get(id).Refused++
			}
		}
	}
	for _, u := range unanswered {
		if u.Reason == conversation.ReasonNotHelpful {
			continue
		}
		q := strings.TrimSpace(u.Question)
		if q == "" {
			continue
		}
		best := NoCandidate
		if len(u.Candidates) > 0 {
			best = u.Candidates[0]
		}
		l := get(best)
		if u.Reason == conversation.ReasonUnknown || best == NoCandidate {
			l.DontKnow = bump(l.DontKnow, q)
		} else {
			l.NotThis = bump(l.NotThis, q)
		}
	}
	out := make([]Learned, 0, len(by))
	for _, l := range by {
		byCount := func(a, b Counted) int { return cmp.Or(b.Count-a.Count, strings.Compare(a.Value, b.Value)) }
		slices.SortStableFunc(l.Confirmed, byCount)
		slices.SortStableFunc(l.DontKnow, byCount)
		slices.SortStableFunc(l.NotThis, byCount)
		out = append(out, *l)
	}
	slices.SortFunc(out, func(a, b Learned) int {
		na, nb := len(a.Confirmed)+len(a.DontKnow)+len(a.NotThis), len(b.Confirmed)+len(b.DontKnow)+len(b.NotThis)
		return cmp.Or(nb-na, strings.Compare(a.Entry, b.Entry))
	})
	return out
}

// WriteLearned writes the report for the FAQ curators, in French: per
// entry, the confirmed wordings as YAML list items ready to paste under
// the entry's questions after review, then the questions the entry was
// shown for and refused, then those the bot did not know with the entry
// as the closest. title names an entry (nil: its id). Entries with
// nothing to list are left out. The wordings are written with the
// residents' names, phone numbers, e-mail and postal addresses and
// birth dates masked (secret.MaskContact).
func WriteLearned(w io.Writer, learned []Learned, title func(id string) string) error {
	ew := &errWriter{w: w}
	for _, l := range learned {
		if len(l.Confirmed) == 0 && len(l.DontKnow) == 0 && len(l.NotThis) == 0 {
			continue
		}
		if l.Entry == NoCandidate {
			ew.printf("## Sans fiche proche\n")
			writeWordings(ew, "\nQuestions restées sans réponse, sans aucune fiche proche\u00a0:\n", "  - %s%s\n", l.DontKnow, false)
			ew.printf("\n")
			continue
		}
		name := l.Entry
		if title != nil {
			name = title(l.Entry)
		}
		ew.printf("## %s\n", name)
		ew.printf("suggestions\u00a0: %d %s, %d %s, %d %s\n", l.Shown, plural(l.Shown, "montrée", "montrées"),
			l.Accepted, plural(l.Accepted, "acceptée", "acceptées"), l.Refused, plural(l.Refused, "refusée", "refusées"))
		writeWordings(ew, "\nFormulations confirmées par les usagers (à relire avant de les ajouter sous «\u00a0questions:\u00a0»)\u00a0:\n",
			"      - %s%s\n", l.Confirmed, true)
		writeWordings(ew, "\nQuestions où cette fiche a été proposée puis refusée («\u00a0Non\u00a0», «\u00a0Aucune de ces questions\u00a0»)\u00a0:\n",
			"  - %s%s\n", l.NotThis, false)
		writeWordings(ew, "\nQuestions restées sans réponse, dont cette fiche était la plus proche (elle n'a pas été montrée)\u00a0:\n",
			"  - %s%s\n", l.DontKnow, false)
		ew.printf("\n")
	}
	return ew.err
}

// writeWordings writes head, then each wording of cs, masked, by format
// (the wording and its count); as YAML scalars when yaml is true.
// Nothing is written when cs is empty.
func writeWordings(ew *errWriter, head, format string, cs []Counted, yaml bool) {
	if len(cs) == 0 {
		return
	}
	ew.printf("%s", head)
	for _, c := range cs {
		v := secret.MaskContact(c.Value)
		if yaml {
			v = yamlScalar(v)
		}
		ew.printf(format, v, countNote(c.Count))
	}
}

func countNote(n int) string {
	if n < 2 {
		return ""
	}
	return fmt.Sprintf("   # ×%d", n)
}

// yamlScalar writes s as a YAML scalar on one line: plain when that is
// safe, else double-quoted. Runs of spaces, tabs and line breaks become
// one space; no-break spaces (French typography) are kept.
func yamlScalar(s string) string {
	s = strings.Join(strings.FieldsFunc(s, func(r rune) bool {
		return r == ' ' || r == '\t' || r == '\n' || r == '\r'
	}), " ")
	plain := s != "" && !strings.ContainsAny(s[:1], "-?:,[]{}#&*!|>'\"%@`") &&
		!strings.Contains(s, ": ") && !strings.Contains(s, " #") && !strings.HasSuffix(s, ":")
	if plain {
		return s
	}
	return `"` + strings.NewReplacer(`\`, `\\`, `"`, `\"`).Replace(s) + `"`
}

type errWriter struct {
	w   io.Writer
	err error
}

func (e *errWriter) printf(format string, args ...any) {
	if e.err == nil {
		_, e.err = fmt.Fprintf(e.w, format, args...)
	}
}
