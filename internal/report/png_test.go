package report_test

import (
	"bytes"
	"context"
	"image/png"
	"testing"

	"pimmsbot/internal/report"
)

func TestMainChartPNG(t *testing.T) {
	store, opt := monthFixture(t, 200)
	m, err := report.BuildMonth(context.Background(), store, opt)
	if err != nil {
		t.Fatal(err)
	}
	data, err := m.MainChartPNG()
	if err != nil {
		t.Fatal(err)
	}
	img, err := png.Decode(bytes.NewReader(data))
	if err != nil {
		t.Fatal(err)
	}
	if b := img.Bounds(); b.Dx() < 600 || b.Dy() < 200 {
		t.Errorf("chart is %v", b)
	}
	if *screenshot != "" {
		_ = writeFile(*screenshot+".chart.png", data)
	}
}
