package report

import (
	"cmp"
	"context"
	"fmt"
	"io"
	"slices"
	"strings"
	"time"

	"pimmsbot/internal/conversation"
	"pimmsbot/internal/secret"
)

// A Miss is a question the FAQ did not serve: unanswered, or answered
// with an entry the resident found unhelpful (👎).
type Miss struct {
	Question string
	At       time.Time
	// Conversation is where it was asked, Asker who asked: the resident,
	// or the conversation when it is anonymous. A wording is shown in the
	// monthly report only when several askers used it.
	Conversation uint64
	Asker        string
	// Proposed is the entry the resident was shown: the one the bot
	// answered with (👎), or the closest one it suggested and the
	// resident refused; "" when there was none.
	Proposed string
	// Guessed is the closest entry of a question the bot did not know
	// (conversation.ReasonUnknown): the resident never saw it.
	Guessed string
	// Reason is the Unanswered reason, or conversation.ReasonNotHelpful
	// for a 👎.
	Reason conversation.Reason
}

// Misses turns the store's unanswered questions and feedback into misses:
// every unanswered question, and every 👎 whose question is still stored
// (the purge clears it). It returns how many 👎 had no question left.
func Misses(unanswered []conversation.Unanswered, feedback []conversation.Feedback) (misses []Miss, noQuestion int) {
	for _, u := range unanswered {
		m := unansweredMiss(u)
		if strings.TrimSpace(m.Question) == "" {
			noQuestion++
			continue
		}
		misses = append(misses, m)
	}
	for _, f := range feedback {
		if f.Helpful {
			continue
		}
		if strings.TrimSpace(f.Question) == "" {
			noQuestion++
			continue
		}
		misses = append(misses, Miss{Question: f.Question, At: f.At, Proposed: f.Entry, Reason: conversation.ReasonNotHelpful, Conversation: f.Conversation})
	}
	return misses, noQuestion
}

// unansweredMiss turns an unanswered question into a miss: its best
// candidate is the entry proposed when the resident was shown it, else
// the best guess.
func unansweredMiss(u conversation.Unanswered) Miss {
	m := Miss{Question: u.Question, At: u.At, Reason: u.Reason, Conversation: u.Conversation}
	switch {
	case len(u.Candidates) == 0:
	case u.Reason == conversation.ReasonUnknown:
		m.Guessed = u.Candidates[0]
	default:
		m.Proposed = u.Candidates[0]
	}
	return m
}

// MissSource is what the report of misses reads from the store: the
// unanswered questions and the 👍/👎 records. The bbolt store (package
// bolt) implements it.
type MissSource interface {
	Unanswered(ctx context.Context, since time.Time) ([]conversation.Unanswered, error)
	FeedbackSince(ctx context.Context, since time.Time) ([]conversation.Feedback, error)
}

// MissOptions choose the misses WriteMisses shows.
type MissOptions struct {
	// Since is the first instant counted.
	Since time.Time
	// Limit caps the groups written; 0 writes them all.
	Limit int
	// Names name the entries and group the questions.
	Names Names
	// Location is where dates are shown; time.Local when nil.
	Location *time.Location
	// Site, when set, keeps only the misses of that site; a record
	// without a site belongs to DefaultSite. "" keeps the whole network.
	Site, DefaultSite string
}

// WriteMisses writes, in French for the FAQ curators, the questions
// unanswered or found unhelpful (👎) since opt.Since, grouped, with the
// number of those the purge left without text.
func WriteMisses(ctx context.Context, w io.Writer, src MissSource, opt MissOptions) error {
	un, err := src.Unanswered(ctx, opt.Since)
	if err != nil {
		return err
	}
	fb, err := src.FeedbackSince(ctx, opt.Since)
	if err != nil {
		return err
	}
	t := &MissTally{Site: opt.Site, DefaultSite: opt.DefaultSite}
	for _, u := range un {
		t.AddUnanswered(u)
	}
	for _, f := range fb {
		t.AddFeedback(f)
	}
	return WriteTally(w, t, opt)
}

// WriteTally writes the misses t counted as WriteMisses does; opt.Since
// is the start the title shows.
func WriteTally(w io.Writer, t *MissTally, opt MissOptions) error {
	groups := GroupWordings(t.Wordings(), opt.Names.normalize())
	fmt.Fprintf(w, "Questions sans réponse et 👎 depuis le %s\u00a0: %d, en %d %s.\n\n",
		opt.Since.Format("02/01/2006"), t.Misses(), len(groups), plural(len(groups), "groupe", "groupes"))
	err := WriteGroups(w, groups, WriteOptions{Limit: opt.Limit, Title: opt.Names.EntryLabel, Location: opt.Location})
	if err == nil && t.NoText > 0 {
		_, err = fmt.Fprintf(w, "\n(%d %s\u00a0: %s.)\n", t.NoText, plural(t.NoText, "autre sans texte", "autres sans texte"),
			plural(t.NoText, "purgée ou effacée", "purgées ou effacées"))
	}
	return err
}

// A Group is similar questions: their tokens overlap enough.
type Group struct {
	// Count is the number of misses in the group.
	Count int
	// Questions are the distinct wordings, most frequent first, with
	// their counts.
	Questions []Counted
	// Proposed are the entries the residents were shown, and Guessed
	// the closest entries of questions the bot did not know, never
	// shown; most frequent first.
	Proposed, Guessed []Counted
	// Reasons count the misses by reason.
	Reasons map[conversation.Reason]int
	// Last is when the latest of them was asked.
	Last time.Time
	// Askers counts the distinct askers of the group (Miss.Asker), and
	// Spread those of each wording (in the order of Questions).
	Askers int
	Spread []int

	tokens map[string]bool // of the group's first (most frequent) wording
	askers map[asker]bool
}

// An asker is who asked a miss: the resident when known (Miss.Asker),
// else the conversation.
type asker struct {
	resident     string
	conversation uint64
}

// asker returns who asked m.
func (m Miss) asker() asker {
	if m.Asker != "" {
		return asker{resident: m.Asker}
	}
	return asker{conversation: m.Conversation}
}

// Counted is a value and how often it occurs.
type Counted struct {
	Value string `json:"value"`
	Count int    `json:"count"`
}

// MinSimilarity is the Jaccard similarity of token sets above which two
// questions go in the same group.
const MinSimilarity = 0.5

// GroupMisses groups similar misses, most frequent group first, as
// GroupWordings groups their wordings.
func GroupMisses(misses []Miss, normalize func(string) []string) []Group {
	var t MissTally
	for _, m := range misses {
		t.Add(m)
	}
	return GroupWordings(t.Wordings(), normalize)
}

// GroupWordings groups similar wordings, most frequent group first.
// normalize turns a question into tokens (catalog.Normalize: lower case,
// no accents, no stop words, stemmed); two wordings are similar when the
// Jaccard index of their token sets is at least MinSimilarity. Each
// wording joins the most similar group whose first wording is close
// enough; wordings are taken most frequent first (in their order for
// equal counts), so a group is named by its most frequent wording.
// Wordings without tokens are grouped alone.
func GroupWordings(wordings []Wording, normalize func(string) []string) []Group {
	order := slices.Clone(wordings)
	slices.SortStableFunc(order, func(a, b Wording) int { return cmp.Compare(b.Count, a.Count) })
	var groups []*Group
	for _, w := range order {
		tokens := set(normalize(w.Question))
		var best *Group
		bestSim := 0.0
		if len(tokens) > 0 {
			for _, g := range groups {
				if sim := jaccard(tokens, g.tokens); sim >= MinSimilarity && sim > bestSim {
					best, bestSim = g, sim
				}
			}
		}
		if best == nil {
			best = &Group{tokens: tokens, Reasons: map[conversation.Reason]int{}, askers: map[asker]bool{}}
			groups = append(groups, best)
		}
		best.add(w)
	}
	out := make([]Group, 0, len(groups))
	for _, g := range groups {
		g.Askers = len(g.askers)
		slices.SortStableFunc(g.Proposed, func(a, b Counted) int { return cmp.Compare(b.Count, a.Count) })
		slices.SortStableFunc(g.Guessed, func(a, b Counted) int { return cmp.Compare(b.Count, a.Count) })
		out = append(out, *g)
	}
	slices.SortStableFunc(out, func(a, b Group) int {
		return cmp.Or(cmp.Compare(b.Count, a.Count), b.Last.Compare(a.Last))
	})
	return out
}

// add counts the wording w in g.
func (g *Group) add(w Wording) {
	g.Questions = append(g.Questions, Counted{w.Question, w.Count})
	g.Spread = append(g.Spread, len(w.Askers)+len(w.Conversations))
	for _, a := range w.Askers {
		g.askers[asker{resident: a}] = true
	}
	for _, c := range w.Conversations {
		g.askers[asker{conversation: c}] = true
	}
	g.Count += w.Count
	for r, n := range w.Reasons {
		g.Reasons[r] += n
	}
	if w.Last.After(g.Last) {
		g.Last = w.Last
	}
	for _, p := range w.Proposed {
		g.Proposed = bumpBy(g.Proposed, p.Value, p.Count)
	}
	for _, p := range w.Guessed {
		g.Guessed = bumpBy(g.Guessed, p.Value, p.Count)
	}
}

func bump(list []Counted, v string) []Counted { return bumpBy(list, v, 1) }

// bumpBy adds n to v's count in list, or appends v.
func bumpBy(list []Counted, v string, n int) []Counted {
	for i := range list {
		if list[i].Value == v {
			list[i].Count += n
			return list
		}
	}
	return append(list, Counted{v, n})
}

func set(tokens []string) map[string]bool {
	m := make(map[string]bool, len(tokens))
	for _, t := range tokens {
		m[t] = true
	}
	return m
}

// jaccard returns |a ∩ b| / |a ∪ b|.
func jaccard(a, b map[string]bool) float64 {
	if len(a) == 0 || len(b) == 0 {
		return 0
	}
	inter := 0
	for t := range a {
		if b[t] {
			inter++
		}
	}
	return float64(inter) / float64(len(a)+len(b)-inter)
}

// reasonNames are the French names of the reasons of a miss.
var reasonNames = map[conversation.Reason]string{
	conversation.ReasonUnknown:      "sans réponse",
	conversation.ReasonClarifyOther: "«\u00a0aucune de ces questions\u00a0»",
	conversation.ReasonConfirmNo:    "suggestion refusée",
	conversation.ReasonNotHelpful:   "👎",
}

// WriteOptions tune WriteGroups.
type WriteOptions struct {
	// Limit caps the groups written; 0 writes them all.
	Limit int
	// Title names an entry id; nil writes the id alone.
	Title func(entry string) string
	// Location is where dates are shown; time.Local when nil.
	Location *time.Location
}

// WriteGroups writes the groups for the FAQ curators, in French: the count,
// the most frequent wording, the reasons, the entry proposed (or, when
// none was shown, the closest one) and other wordings. The wordings are
// shown with the residents' names, phone numbers, e-mail and postal
// addresses and birth dates masked (secret.MaskContact): the curators
// are not the residents' mediators, and may paste them into the FAQ.
func WriteGroups(w io.Writer, groups []Group, opt WriteOptions) error {
	limit, title, loc := opt.Limit, opt.Title, opt.Location
	if loc == nil {
		loc = time.Local
	}
	if len(groups) == 0 {
		_, err := fmt.Fprintln(w, "Aucune question sans réponse ni 👎 sur la période.")
		return err
	}
	for i, g := range groups {
		if limit > 0 && i == limit {
			n := len(groups) - limit
			_, err := fmt.Fprintf(w, "… et %d %s (--limit 0 pour tout voir).\n", n, plural(n, "autre groupe", "autres groupes"))
			return err
		}
		var reasons []string
		for _, r := range []conversation.Reason{conversation.ReasonUnknown, conversation.ReasonClarifyOther, conversation.ReasonConfirmNo, conversation.ReasonNotHelpful} {
			if n := g.Reasons[r]; n > 0 {
				reasons = append(reasons, fmt.Sprintf("%s %d", reasonNames[r], n))
			}
		}
		fmt.Fprintf(w, "%3d × «\u00a0%s\u00a0»  (%s\u00a0; dernière le %s)\n", g.Count, secret.MaskContact(g.Questions[0].Value),
			strings.Join(reasons, ", "), g.Last.In(loc).Format("02/01/2006"))
		writeEntries(w, "fiche proposée", g.Proposed, title)
		writeEntries(w, "meilleure fiche (non montrée)", g.Guessed, title)
		for j, q := range g.Questions[1:] {
			if j == 5 {
				n := len(g.Questions) - 6
				fmt.Fprintf(w, "      … et %d %s\n", n, plural(n, "autre formulation", "autres formulations"))
				break
			}
			fmt.Fprintf(w, "      aussi\u00a0: «\u00a0%s\u00a0»", secret.MaskContact(q.Value))
			if q.Count > 1 {
				fmt.Fprintf(w, " ×%d", q.Count)
			}
			fmt.Fprintln(w)
		}
	}
	return nil
}

// writeEntries writes the line of the entries es, « what : title (n),
// … », when there are some; title names an entry (nil: its id).
func writeEntries(w io.Writer, what string, es []Counted, title func(string) string) {
	if len(es) == 0 {
		return
	}
	var ps []string
	for _, p := range es {
		name := p.Value
		if title != nil {
			name = title(p.Value)
		}
		ps = append(ps, fmt.Sprintf("%s (%d)", name, p.Count))
	}
	fmt.Fprintf(w, "      %s\u00a0: %s\n", what, strings.Join(ps, ", "))
}
