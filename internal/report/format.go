package report

import (
	"encoding/csv"
	"fmt"
	"io"
	"strconv"
	"strings"
	"text/tabwriter"
	"time"
)

// WriteTable writes the report as an aligned table in French, one line per
// row and a total line, for a terminal or an e-mail. label turns a theme id
// into its name; nil keeps the id.
func (s *Stats) WriteTable(w io.Writer, label func(theme string) string) error {
	loc := s.opt.Location
	fmt.Fprintf(w, "Période du %s au %s\n\n", s.opt.From.In(loc).Format("02/01/2006"),
		s.opt.To.In(loc).Add(-time.Nanosecond).Format("02/01/2006"))
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
	first := map[By]string{ByNone: "", ByTheme: "Thème de la conversation", ByWeek: "Semaine"}[s.opt.By]
	fmt.Fprintln(tw, strings.Join([]string{first, "Conversations", "Questions", "Répondues", "Sans réponse",
		"En suspens", "Proposées", "Relais", "Attente", "Traitement", "Satisfaction", "Utile", "Pas utile"}, "\t"))
	line := func(name string, r Row) {
		fmt.Fprintln(tw, strings.Join([]string{name,
			strconv.Itoa(r.Conversations), strconv.Itoa(r.Questions), strconv.Itoa(r.Answered),
			strconv.Itoa(r.Unanswered), strconv.Itoa(r.Pending()), strconv.Itoa(r.Clarified), strconv.Itoa(r.Handovers),
			durationCell(r.WaitMedian()), durationCell(r.HandlingMedian()), ratingCell(r),
			strconv.Itoa(r.Helpful), strconv.Itoa(r.NotHelpful)}, "\t"))
	}
	if s.opt.By != ByNone {
		for _, r := range s.Rows() {
			name := r.Key
			if s.opt.By == ByTheme && label != nil && r.Key != NoTheme {
				name = label(r.Key)
			}
			if s.opt.By == ByWeek {
				name = fmt.Sprintf("%s (%s)", r.Key, r.Start.Format("02/01"))
			}
			line(name, r)
		}
	}
	line("Total", s.total)
	if err := tw.Flush(); err != nil {
		return err
	}
	notes := "\nRépondues, sans réponse et en suspens font les questions\u00a0: une question répondue a reçu une fiche, " +
		"directement ou choisie parmi des fiches proposées\u00a0; en suspens, des fiches ont été proposées, sans choix ni refus\u00a0; " +
		"proposées\u00a0: les questions où l'assistant a proposé des fiches au choix, quelle qu'en soit la suite\u00a0; " +
		"attente\u00a0: médiane entre la demande de relais et la prise en charge\u00a0; " +
		"traitement\u00a0: médiane entre la prise en charge et la clôture\u00a0; satisfaction\u00a0: moyenne sur 5 (nombre de notes)."
	if s.opt.By == ByTheme {
		// The monthly report counts each question in its own theme.
		notes += "\nUne conversation compte entière dans le thème de sa première question répondue ou transmise\u00a0; " +
			"le rapport mensuel (pimmsbot report) compte chaque question dans son propre thème."
	}
	_, err := fmt.Fprintln(w, notes)
	return err
}

// durationCell writes a median duration in French: "12 min", "1 h 05",
// "–" when there is none.
func durationCell(d time.Duration, ok bool) string {
	if !ok {
		return "–"
	}
	d = d.Round(time.Minute)
	h, m := int(d.Hours()), int(d.Minutes())%60
	if h == 0 {
		return fmt.Sprintf("%d min", m)
	}
	return fmt.Sprintf("%d h %02d", h, m)
}

func ratingCell(r Row) string {
	mean, ok := r.RatingMean()
	if !ok {
		return "–"
	}
	return fmt.Sprintf("%s/5 (%d)", strings.Replace(strconv.FormatFloat(mean, 'f', 1, 64), ".", ",", 1), len(r.Ratings))
}

// CSVHeader is the first line of WriteCSV: stable names for spreadsheets
// and scripts. Durations are in minutes, decimals use a point.
var CSVHeader = []string{
	"from", "to", "group", "conversations", "questions", "answered", "clarified", "unanswered",
	"handovers", "wait_median_min", "handling_median_min", "tickets_claimed", "tickets_closed",
	"rating_mean", "ratings", "helpful", "not_helpful", "site", "pending",
}

// WriteCSV writes the report as CSV: a header, one line per row and, when
// the report has rows, a last line whose group is "total".
func (s *Stats) WriteCSV(w io.Writer) error {
	cw := csv.NewWriter(w)
	from := s.opt.From.In(s.opt.Location).Format(time.DateOnly)
	to := s.opt.To.In(s.opt.Location).Add(-time.Nanosecond).Format(time.DateOnly)
	if err := cw.Write(CSVHeader); err != nil {
		return err
	}
	site := cmpOr(s.opt.Site, "all")
	rec := func(r Row) []string {
		return []string{from, to, r.Key,
			strconv.Itoa(r.Conversations), strconv.Itoa(r.Questions), strconv.Itoa(r.Answered),
			strconv.Itoa(r.Clarified), strconv.Itoa(r.Unanswered), strconv.Itoa(r.Handovers),
			minutes(r.WaitMedian()), minutes(r.HandlingMedian()),
			strconv.Itoa(len(r.Waits)), strconv.Itoa(len(r.Handlings)),
			mean(r), strconv.Itoa(len(r.Ratings)), strconv.Itoa(r.Helpful), strconv.Itoa(r.NotHelpful), site,
			strconv.Itoa(r.Pending()),
		}
	}
	if s.opt.By != ByNone {
		for _, r := range s.Rows() {
			if err := cw.Write(rec(r)); err != nil {
				return err
			}
		}
	}
	if err := cw.Write(rec(s.total)); err != nil {
		return err
	}
	cw.Flush()
	return cw.Error()
}

func cmpOr(v, def string) string {
	if v == "" {
		return def
	}
	return v
}

func minutes(d time.Duration, ok bool) string {
	if !ok {
		return ""
	}
	return strconv.FormatFloat(d.Minutes(), 'f', 1, 64)
}

func mean(r Row) string {
	m, ok := r.RatingMean()
	if !ok {
		return ""
	}
	return strconv.FormatFloat(m, 'f', 2, 64)
}
