package report

import (
	"encoding/csv"
	"io"
	"slices"
	"strconv"
	"time"
)

// MonthCSVHeader is the first line of Month.WriteCSV. Each line is one
// figure: its section, a stable item name for scripts, its French label,
// its value for the month and for the prior month. Durations are in
// minutes with a decimal point; a figure with no value is empty.
var MonthCSVHeader = []string{"month", "section", "item", "label", "value", "prior_value"}

// WriteCSV writes the figures of the HTML report as CSV, for spreadsheets.
// Unanswered questions are counted by group, with the wording only for
// groups of at least MinGroup questions, as in the HTML.
func (m *Month) WriteCSV(w io.Writer) error {
	cw := csv.NewWriter(w)
	month := m.Current.From.Format("2006-01")
	f, g := &m.Current, &m.Prior
	rec := func(section, item, label string, cur, prior string) {
		cw.Write([]string{month, section, item, label, cur, prior})
	}
	num := func(section, item, label string, cur, prior int) {
		rec(section, item, label, strconv.Itoa(cur), strconv.Itoa(prior))
	}
	cw.Write(MonthCSVHeader)
	num("activity", "conversations", "Conversations", f.Conversations, g.Conversations)
	num("activity", "residents", "Usagers différents", f.Residents, g.Residents)
	num("activity", "residents_new", "Nouveaux usagers", f.New, g.New)
	num("activity", "residents_returning", "Usagers déjà venus", f.Returning, g.Returning)
	num("activity", "resident_messages", "Messages des usagers", f.ResidentMessages, g.ResidentMessages)
	num("activity", "sent_messages", "Messages envoyés", f.SentMessages, g.SentMessages)
	num("outcomes", "questions", "Questions posées", f.Questions, g.Questions)
	// answered_directly, confirmed, unresolved and dont_know share the
	// questions out; emergencies are within answered_directly, clarified
	// (the suggestions shown) end in confirmed, unresolved or dont_know.
	num("outcomes", "answered_directly", "Répondues directement (urgences comprises)", f.AnsweredDirectly(), g.AnsweredDirectly())
	num("outcomes", "confirmed", "Répondues après une suggestion confirmée", f.Confirmed, g.Confirmed)
	num("outcomes", "unresolved", "Restées en suspens (suggestion sans choix)", f.Unresolved(), g.Unresolved())
	num("outcomes", "dont_know", "Sans réponse", f.DontKnow, g.DontKnow)
	num("outcomes", "emergencies", "Dont réponses d'urgence", f.Emergencies, g.Emergencies)
	num("outcomes", "emergency_conversations", "Personnes en danger orientées vers les secours", f.EmergencyConversations, g.EmergencyConversations)
	num("outcomes", "clarified", "Suggestions montrées (comptées aussi dans leur issue)", f.Clarified, g.Clarified)
	for _, r := range m.ThemeRows() {
		num("themes", "theme:"+r.ID, r.Label, r.Count, r.Prior)
	}
	num("handovers", "handovers", "Demandes de relais", f.Handovers, g.Handovers)
	num("handovers", "replied", "Demandes avec une réponse", f.Replied, g.Replied)
	rec("handovers", "first_reply_median_min", "Délai de première réponse, médiane (heures d'ouverture)",
		minutes(f.FirstReplyMedian()), minutes(g.FirstReplyMedian()))
	rec("handovers", "first_reply_p90_min", "Délai de première réponse, 90e centile (heures d'ouverture)",
		minutes(f.FirstReplyP90()), minutes(g.FirstReplyP90()))
	for v := 5; v >= 1; v-- {
		num("satisfaction", "rating_"+strconv.Itoa(v), "Note "+strconv.Itoa(v)+"/5", f.Ratings[v], g.Ratings[v])
	}
	rec("satisfaction", "rating_mean", "Note moyenne", ratingMean(f), ratingMean(g))
	num("satisfaction", "helpful", "👍", f.Helpful, g.Helpful)
	num("satisfaction", "not_helpful", "👎", f.NotHelpful, g.NotHelpful)
	for _, e := range sortedFeedbackIDs(f) {
		x := f.Entries[e]
		num("feedback", "helpful:"+e, m.Options.Names.entryTitle(e)+" 👍", x.Helpful, entryOf(g, e).Helpful)
		num("feedback", "not_helpful:"+e, m.Options.Names.entryTitle(e)+" 👎", x.NotHelpful, entryOf(g, e).NotHelpful)
	}
	for i, e := range m.TopEntries {
		num("top_entries", "entry:"+e.ID, strconv.Itoa(i+1)+". "+e.Title, e.Answers, e.Prior)
	}
	for i, gr := range m.Groups {
		rec("unanswered", "group:"+strconv.Itoa(i+1), gr.Question, strconv.Itoa(gr.Count), "")
	}
	rec("unanswered", "isolated", "Questions trop rares pour être montrées", strconv.Itoa(m.Isolated), "")
	for _, p := range m.Options.Partners {
		num("partners", "partner:"+p.Name, p.Name, f.Partners[p.Name], g.Partners[p.Name])
	}
	rec("faq", "proposals_waiting", "Propositions de fiches en attente", strconv.Itoa(m.Options.Proposals), "")
	rec("period", "retention_days", "Durée de conservation des messages (jours)", strconv.Itoa(m.Options.RetentionDays), "")
	rec("period", "from", "Début de la période", f.From.Format(time.DateOnly), g.From.Format(time.DateOnly))
	// The month under way ends, for its figures, on the day the report is
	// made, as the HTML says.
	to, label := f.To, "Fin de la période (incluse)"
	if gen := m.Options.Generated; !gen.IsZero() && gen.Before(to) {
		loc := m.Options.Location
		if loc == nil {
			loc = f.From.Location()
		}
		y, mo, d := gen.In(loc).Date()
		to, label = time.Date(y, mo, d+1, 0, 0, 0, 0, loc), "Fin de la période (incluse, mois en cours)"
	}
	rec("period", "to", label, to.Add(-time.Nanosecond).Format(time.DateOnly), g.To.Add(-time.Nanosecond).Format(time.DateOnly))
	cw.Flush()
	return cw.Error()
}

func ratingMean(f *Figures) string {
	n, mean := f.RatingCount()
	if n == 0 {
		return ""
	}
	return strconv.FormatFloat(mean, 'f', 2, 64)
}

func entryOf(f *Figures, id string) EntryFigures {
	if e := f.Entries[id]; e != nil {
		return *e
	}
	return EntryFigures{}
}

func sortedFeedbackIDs(f *Figures) []string {
	var ids []string
	for id, e := range f.Entries {
		if e.Helpful+e.NotHelpful > 0 {
			ids = append(ids, id)
		}
	}
	slices.Sort(ids)
	return ids
}
