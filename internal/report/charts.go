package report

import (
	"bytes"
	"cmp"
	"fmt"
	"image/color"
	"slices"
	"strings"

	"gonum.org/v1/plot"
	"gonum.org/v1/plot/font"
	"gonum.org/v1/plot/plotter"
	"gonum.org/v1/plot/vg"
	"gonum.org/v1/plot/vg/draw"
	"gonum.org/v1/plot/vg/vgimg"
	"gonum.org/v1/plot/vg/vgsvg"
)

// The charts' colours: the month in blue, the prior month in grey.
var (
	colorMonth = color.RGBA{R: 0x1f, G: 0x4e, B: 0x9c, A: 0xff}
	colorPrior = color.RGBA{R: 0xb4, G: 0xbc, B: 0xc8, A: 0xff}
)

// A chart is one figure of the report: its title and a plot.
type chart struct {
	Title string
	// Alt describes the chart for screen readers and for the printed
	// page when the chart cannot be drawn.
	Alt  string
	plot *plot.Plot
	w, h vg.Length
}

// ThemeRow is one bar of the themes chart.
type ThemeRow struct {
	ID, Label    string
	Count, Prior int
}

// ThemeRows returns the FAQ answers by theme, most first, with the prior
// month's.
func (m *Month) ThemeRows() []ThemeRow {
	seen := map[string]bool{}
	var rows []ThemeRow
	add := func(id string) {
		if seen[id] {
			return
		}
		seen[id] = true
		label := m.Options.Names.ThemeLabel(id)
		rows = append(rows, ThemeRow{ID: id, Label: label, Count: m.Current.Themes[id], Prior: m.Prior.Themes[id]})
	}
	for id := range m.Current.Themes {
		add(id)
	}
	for id := range m.Prior.Themes {
		add(id)
	}
	slices.SortFunc(rows, func(a, b ThemeRow) int {
		return cmp.Or(cmp.Compare(b.Count, a.Count), cmp.Compare(b.Prior, a.Prior), strings.Compare(a.Label, b.Label))
	})
	return rows
}

// groupedBars draws horizontal bars, the month above the prior month, one
// pair per label, the first label at the top.
func groupedBars(title string, labels []string, cur, prior []float64, curName, priorName string) (*plot.Plot, error) {
	p := plot.New()
	p.Title.Text = title
	p.X.Min = 0
	// Bottom to top: reverse so that the first label is on top.
	n := len(labels)
	rl := make([]string, n)
	rc, rp := make(plotter.Values, n), make(plotter.Values, n)
	for i := range n {
		rl[n-1-i], rc[n-1-i], rp[n-1-i] = labels[i], cur[i], prior[i]
	}
	w := vg.Points(7)
	bp, err := plotter.NewBarChart(rp, w)
	if err != nil {
		return nil, err
	}
	bp.Horizontal, bp.Color, bp.LineStyle.Width, bp.Offset = true, colorPrior, 0, -w/2
	bc, err := plotter.NewBarChart(rc, w)
	if err != nil {
		return nil, err
	}
	bc.Horizontal, bc.Color, bc.LineStyle.Width, bc.Offset = true, colorMonth, 0, w/2
	grid := plotter.NewGrid()
	grid.Horizontal.Width = 0 // vertical lines only
	p.Add(grid, bp, bc)
	p.Legend.Add(curName, bc)
	p.Legend.Add(priorName, bp)
	// Bottom right, where the bars are shortest; room is kept on the
	// right so that the legend never covers a bar.
	p.Legend.Top, p.Legend.Left = false, false
	top := 1.0
	for i := range cur {
		top = max(top, cur[i], prior[i])
	}
	p.X.Max = top * 1.3
	p.NominalY(rl...)
	p.Y.Tick.Label.Font.Size = vg.Points(9)
	p.Y.Tick.Length = 0
	p.X.Tick.Marker = integerTicks{}
	return p, nil
}

// integerTicks are ticks at whole numbers only.
type integerTicks struct{}

func (integerTicks) Ticks(lo, hi float64) []plot.Tick {
	var out []plot.Tick
	for _, t := range (plot.DefaultTicks{}).Ticks(lo, hi) {
		if t.Label != "" && t.Value != float64(int64(t.Value)) {
			continue
		}
		if t.Label != "" {
			t.Label = frenchInt(int(t.Value))
		}
		out = append(out, t)
	}
	return out
}

// charts returns the report's charts, the main one first.
func (m *Month) charts() ([]chart, error) {
	cur, prior := monthName(m.Current.From), monthName(m.Prior.From)
	var out []chart

	rows := m.ThemeRows()
	if len(rows) > 12 {
		rows = rows[:12]
	}
	labels := make([]string, len(rows))
	c, pr := make([]float64, len(rows)), make([]float64, len(rows))
	var alt []string
	for i, r := range rows {
		labels[i], c[i], pr[i] = r.Label, float64(r.Count), float64(r.Prior)
		alt = append(alt, fmt.Sprintf("%s\u00a0: %d", r.Label, r.Count))
	}
	if len(rows) == 0 {
		labels, c, pr = []string{"(aucune réponse)"}, []float64{0}, []float64{0}
	}
	p, err := groupedBars("Réponses de la FAQ par thème", labels, c, pr, cur, prior)
	if err != nil {
		return nil, err
	}
	out = append(out, chart{Title: "Questions par thème", Alt: strings.Join(alt, ", "), plot: p,
		w: 17 * vg.Centimeter, h: vg.Length(3+len(labels)) * vg.Points(22)})

	f, g := &m.Current, &m.Prior
	olabels := []string{"Répondues directement", "dont urgences", "Après suggestion confirmée", "Restées en suspens", "Sans réponse", "Relais à un médiateur"}
	oc := []float64{float64(f.AnsweredDirectly()), float64(f.Emergencies), float64(f.Confirmed), float64(f.Unresolved()), float64(f.DontKnow), float64(f.Handovers)}
	op := []float64{float64(g.AnsweredDirectly()), float64(g.Emergencies), float64(g.Confirmed), float64(g.Unresolved()), float64(g.DontKnow), float64(g.Handovers)}
	p, err = groupedBars("Issue des questions", olabels, oc, op, cur, prior)
	if err != nil {
		return nil, err
	}
	alt = alt[:0]
	for i, l := range olabels {
		alt = append(alt, fmt.Sprintf("%s\u00a0: %d", l, int(oc[i])))
	}
	out = append(out, chart{Title: "Issue des questions", Alt: strings.Join(alt, ", "), plot: p,
		w: 17 * vg.Centimeter, h: 9 * vg.Points(22)})

	rl := []string{"5 – très satisfait", "4", "3", "2", "1 – pas satisfait"}
	rc, rp := make([]float64, 5), make([]float64, 5)
	alt = alt[:0]
	for i := range 5 {
		rc[i], rp[i] = float64(f.Ratings[5-i]), float64(g.Ratings[5-i])
		alt = append(alt, fmt.Sprintf("note %d\u00a0: %d", 5-i, f.Ratings[5-i]))
	}
	p, err = groupedBars("Notes de satisfaction (sur 5)", rl, rc, rp, cur, prior)
	if err != nil {
		return nil, err
	}
	out = append(out, chart{Title: "Satisfaction", Alt: strings.Join(alt, ", "), plot: p,
		w: 17 * vg.Centimeter, h: 8 * vg.Points(22)})

	for i := range out {
		out[i].plot.BackgroundColor = color.White
		styleText(out[i].plot)
	}
	return out, nil
}

func styleText(p *plot.Plot) {
	for _, f := range []*font.Font{&p.Title.TextStyle.Font, &p.Legend.TextStyle.Font, &p.X.Label.TextStyle.Font,
		&p.X.Tick.Label.Font, &p.Y.Label.TextStyle.Font, &p.Y.Tick.Label.Font} {
		f.Variant = "Sans"
	}
	p.Title.TextStyle.Font.Size = vg.Points(12)
	p.Title.Padding = vg.Points(6)
	p.Legend.TextStyle.Font.Size = vg.Points(9)
	p.X.Tick.Label.Font.Size = vg.Points(8)
}

// svg draws a chart as an inline SVG element: without the XML prolog, so
// that it can sit in an HTML page.
func (c chart) svg() (string, error) {
	cv := vgsvg.New(c.w, c.h)
	c.plot.Draw(draw.New(cv))
	var b bytes.Buffer
	if _, err := cv.WriteTo(&b); err != nil {
		return "", err
	}
	s := b.String()
	if i := strings.Index(s, "<svg"); i >= 0 {
		s = s[i:]
	}
	// Let the page scale it: keep the viewBox, drop the fixed size.
	s = strings.Replace(s, `<svg width=`, `<svg role="img" class="chart" data-width=`, 1)
	s = strings.Replace(s, ` height="`, ` data-height="`, 1)
	return s, nil
}

// MainChartPNG draws the main chart of the report (questions by theme) as
// a PNG image, for a chat message.
func (m *Month) MainChartPNG() ([]byte, error) {
	cs, err := m.charts()
	if err != nil {
		return nil, err
	}
	c := cs[0]
	cv := vgimg.NewWith(vgimg.UseWH(c.w, c.h), vgimg.UseDPI(144))
	c.plot.Draw(draw.New(cv))
	var b bytes.Buffer
	if _, err := (vgimg.PngCanvas{Canvas: cv}).WriteTo(&b); err != nil {
		return nil, err
	}
	return b.Bytes(), nil
}
