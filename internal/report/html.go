package report

import (
	_ "embed"
	"html/template"
	"io"
	"pimmsbot/internal/conversation"
	"slices"
	"strings"
	"time"
)

//go:embed month.html.tmpl
var monthHTML string

var monthTemplate = template.Must(template.New("month").Funcs(template.FuncMap{
	"n":     frenchInt,
	"trend": trend,
	"pct":   percentOf,
	"dec":   frenchFloat,
	"inc":   func(i int) int { return i + 1 },
}).Parse(monthHTML))

// A line is one row of a table comparing the month with the prior month.
type line struct {
	Label string
	// One is the label for a count of one, when it differs (« 1
	// conversation »); "" keeps Label.
	One        string
	Cur, Prior int
	// Note explains the figure, in small print.
	Note string
	// Within marks a detail line (« dont… »): already counted in a line
	// above, it has no share of its own, so that the shares of the other
	// lines add up.
	Within bool
}

// outcomeLines are the lines of « Issue des questions »: the questions,
// then the four outcomes that share them out (their shares add up to
// 100 %), with the emergency answers within the direct answers and the
// suggestions shown, which end in one of the outcomes, last.
func outcomeLines(f, g *Figures) []line {
	return []line{
		{Label: "Questions posées", Cur: f.Questions, Prior: g.Questions},
		{Label: "Répondues directement", Cur: f.AnsweredDirectly(), Prior: g.AnsweredDirectly(),
			Note: "L'assistant a donné une fiche de la FAQ, ou les numéros d'urgence."},
		{Label: "dont réponses d'urgence", Cur: f.Emergencies, Prior: g.Emergencies, Within: true,
			Note: "Personne en danger orientée vers les secours (17, 112, 115, 3919…)."},
		{Label: "Répondues après une suggestion confirmée", Cur: f.Confirmed, Prior: g.Confirmed,
			Note: "L'usager a choisi la fiche proposée («\u00a0Oui\u00a0» ou un titre)."},
		{Label: "Restées en suspens", Cur: f.Unresolved(), Prior: g.Unresolved(),
			Note: "Une suggestion montrée, ou le code postal demandé, sans suite\u00a0: l'usager est passé à autre chose."},
		{Label: "Sans réponse («\u00a0je ne sais pas\u00a0»)", Cur: f.DontKnow, Prior: g.DontKnow,
			Note: "Aucune fiche, ou suggestion refusée."},
		{Label: "Pour information\u00a0: suggestions montrées", Cur: f.Clarified, Prior: g.Clarified, Within: true,
			Note: "«\u00a0Votre question concerne-t-elle…\u00a0?\u00a0»\u00a0; chacune est comptée plus haut selon son issue."},
	}
}

// Count is the label for the month's figure: One for a count of one.
func (l line) Count() string {
	if l.Cur == 1 && l.One != "" {
		return l.One
	}
	return l.Label
}

// Trend is the change from the prior month.
func (l line) Trend() string { return trend(l.Cur, l.Prior) }

type partnerLine struct {
	Name, Scope string
	Cur, Prior  int
	Sentence    string
}

type feedbackLine struct {
	Title               string
	Helpful, NotHelpful int
}

type htmlChart struct {
	Title, Alt string
	SVG        template.HTML
}

type timeFigure struct {
	Median, P90 string
	OK          bool
}

// monthView is what the template shows: every text is already French.
type monthView struct {
	Title, Site, SiteID string
	Month, PriorMonth   string
	From, To            string // "1er novembre 2026", "30 novembre 2026"
	Zone, Generated     string
	RetentionDays       int
	Key, Outcomes       []line
	// Emergencies are the residents in danger directed to help, nil
	// when there were none in either month.
	Emergencies                 *line
	Questions                   int
	Themes                      []ThemeRow
	Charts                      []htmlChart
	Handovers, Replied          line
	Reply, PriorReply           timeFigure
	RatingCount                 int
	RatingMean, PriorRatingMean string
	Helpful, NotHelpful         line
	Feedback                    []feedbackLine
	Top                         []EntryRow
	Groups                      []MissGroup
	Isolated, MinGroup          int
	Partners                    []partnerLine
	Proposals                   int
	Purged, PriorPurged         int
	NoMessages                  bool
}

func timeFig(f *Figures) timeFigure {
	med, ok := f.FirstReplyMedian()
	p90, _ := f.FirstReplyP90()
	return timeFigure{Median: frenchDuration(med), P90: upTo(p90), OK: ok}
}

func meanText(f *Figures) string {
	n, mean := f.RatingCount()
	if n == 0 {
		return "–"
	}
	return frenchFloat(mean) + nbsp + "/" + nbsp + "5"
}

// monthEnd writes the last day of a month that ends at end, or, for the
// month under way when the report is made, that day and « mois en
// cours »: its figures stop there.
func monthEnd(end, generated time.Time, loc *time.Location) string {
	if !generated.IsZero() && generated.Before(end) {
		return frenchDay(generated.In(loc)) + " (mois en cours)"
	}
	return frenchDay(end.Add(-time.Nanosecond))
}

func (m *Month) view() (*monthView, error) {
	opt := m.Options
	loc := opt.Location
	f, g := &m.Current, &m.Prior
	v := &monthView{
		Title:         "Rapport d'activité – " + monthName(f.From),
		Site:          opt.Site,
		SiteID:        opt.SiteID,
		Month:         monthName(f.From),
		PriorMonth:    monthName(g.From),
		From:          frenchDay(f.From),
		To:            monthEnd(f.To, opt.Generated, loc),
		Zone:          loc.String(),
		Generated:     frenchDay(opt.Generated.In(loc)) + " à " + opt.Generated.In(loc).Format("15:04"),
		RetentionDays: opt.RetentionDays,
		Questions:     f.Questions,
		Themes:        m.ThemeRows(),
		Handovers:     line{Label: "Demandes de relais", Cur: f.Handovers, Prior: g.Handovers},
		Replied:       line{Label: "Demandes avec une réponse d'un médiateur", Cur: f.Replied, Prior: g.Replied},
		Reply:         timeFig(f),
		PriorReply:    timeFig(g),
		RatingMean:    meanText(f), PriorRatingMean: meanText(g),
		Helpful:     line{Label: "👍 utile", Cur: f.Helpful, Prior: g.Helpful},
		NotHelpful:  line{Label: "👎 pas utile", Cur: f.NotHelpful, Prior: g.NotHelpful},
		Top:         m.TopEntries,
		Groups:      m.Groups,
		Isolated:    m.Isolated,
		MinGroup:    MinGroup,
		Proposals:   opt.Proposals,
		Purged:      f.PurgedConversations,
		PriorPurged: g.PurgedConversations,
		NoMessages:  !f.EntriesFromMessages,
	}
	v.RatingCount, _ = f.RatingCount()
	v.Key = []line{
		{Label: "Conversations", One: "Conversation", Cur: f.Conversations, Prior: g.Conversations},
		{Label: "Usagers différents", One: "Usager", Cur: f.Residents, Prior: g.Residents,
			Note: "Sans compter les usagers qui ont effacé leurs données."},
		{Label: "dont nouveaux usagers", Cur: f.New, Prior: g.New, Note: "Première conversation ce mois-ci."},
		{Label: "dont usagers déjà venus", Cur: f.Returning, Prior: g.Returning},
		{Label: "Messages des usagers", Cur: f.ResidentMessages, Prior: g.ResidentMessages},
		{Label: "Messages envoyés (assistant et médiateurs)", Cur: f.SentMessages, Prior: g.SentMessages},
	}
	v.Outcomes = outcomeLines(f, g)
	if f.EmergencyConversations+g.EmergencyConversations > 0 {
		n := f.EmergencyConversations
		v.Emergencies = &line{Label: plural(n, "personne", "personnes") + " en danger " +
			plural(n, "orientée", "orientées") + " vers les secours",
			Cur: n, Prior: g.EmergencyConversations}
	}
	for _, e := range sortedFeedback(f, opt.Names) {
		v.Feedback = append(v.Feedback, e)
	}
	for _, p := range opt.Partners {
		scope := partnerScope(p, opt.Names)
		pl := partnerLine{Name: p.Name, Scope: scope, Cur: f.Partners[p.Name], Prior: g.Partners[p.Name]}
		pl.Sentence = p.Name + nbsp + ": " + frenchInt(pl.Cur) + " " + plural(pl.Cur, "question", "questions") +
			" sur " + scope + " (" + trend(pl.Cur, pl.Prior) + ")"
		v.Partners = append(v.Partners, pl)
	}
	charts, err := m.charts()
	if err != nil {
		return nil, err
	}
	for _, c := range charts {
		s, err := c.svg()
		if err != nil {
			return nil, err
		}
		v.Charts = append(v.Charts, htmlChart{Title: c.Title, Alt: c.Alt, SVG: template.HTML(s)})
	}
	return v, nil
}

// plural is conversation.Plural: the noun in the singular for 0 and 1.
func plural(n int, one, many string) string { return conversation.Plural(n, one, many) }

// partnerScope names what a partner covers: "le thème Énergie", "les
// thèmes Eau et Énergie et la fiche « … »".
func partnerScope(p Partner, names Names) string {
	var parts []string
	if len(p.Themes) > 0 {
		var ts []string
		for _, t := range p.Themes {
			ts = append(ts, names.ThemeLabel(t))
		}
		parts = append(parts, plural(len(ts), "le thème ", "les thèmes ")+joinAnd(ts))
	}
	if len(p.Entries) > 0 {
		var es []string
		for _, e := range p.Entries {
			// A title is quoted whole, its question mark included.
			es = append(es, "«"+nbsp+names.entryTitle(e)+nbsp+"»")
		}
		parts = append(parts, plural(len(es), "la fiche ", "les fiches ")+joinAnd(es))
	}
	return joinAnd(parts)
}

// joinAnd joins "a, b et c".
func joinAnd(parts []string) string {
	if len(parts) < 2 {
		return strings.Join(parts, "")
	}
	return strings.Join(parts[:len(parts)-1], ", ") + " et " + parts[len(parts)-1]
}

func sortedFeedback(f *Figures, names Names) []feedbackLine {
	var out []feedbackLine
	for id, e := range f.Entries {
		if e.Helpful+e.NotHelpful == 0 {
			continue
		}
		out = append(out, feedbackLine{Title: names.entryTitle(id), Helpful: e.Helpful, NotHelpful: e.NotHelpful})
	}
	slices.SortFunc(out, func(a, b feedbackLine) int {
		if d := (b.Helpful + b.NotHelpful) - (a.Helpful + a.NotHelpful); d != 0 {
			return d
		}
		return strings.Compare(a.Title, b.Title)
	})
	if len(out) > 15 {
		out = out[:15]
	}
	return out
}

// WriteHTML writes the report as one self-contained HTML page in French:
// styles and SVG charts inline, no script, no external file, ready to
// print to PDF from a browser.
func (m *Month) WriteHTML(w io.Writer) error {
	v, err := m.view()
	if err != nil {
		return err
	}
	return monthTemplate.Execute(w, v)
}
